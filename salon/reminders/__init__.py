"""Reminders (提醒/回访, F6): who to call, thank, congratulate or win back on a date and the days after it, what
the front desk did about each occasion, and the gift and complaint logs.

May import the store and the domain packages it reads (clients, packages, visits); nothing imports it but the
command line, the UI and the demo.
"""
