"""Salon Desk domain and persistence, pure Python: nothing in this package imports Qt or `ui`.

`store/` is the database (connection, models, migrations, integrity) and imports no domain module; the
domain is grouped by concept (`clients/`, `packages/`, `visits/`, and flat modules for staff, the catalogue,
payments, money, phones, dates, text); `demo/` generates a believable salon; `cli.py` is the command line.
"""
