"""The database: opening the file, the models, the numbered migrations and the integrity check.

May import only `salon.errors` and itself: the domain builds on the store, never the other way round.
"""
