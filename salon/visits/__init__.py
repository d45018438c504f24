"""Visits (F5): pricing a visit's lines, recording, correcting and voiding it in one transaction, and
reading it back as a receipt, a client's timeline or the salon's history.

May import the store, `salon.packages` (a visit draws on cards) and the flat domain modules.
"""
