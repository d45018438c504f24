"""Reminders (提醒/回访, F6): who to call, thank, congratulate or win back on a date and the days after it, what
the front desk did about each occasion, and the gift and complaint logs.

May import the store and the flat domain modules; it reads visits and cards through the store, never through
`salon.visits`, which shows its contacts in a client's timeline (and so imports `salon.reminders.actions`).
"""
