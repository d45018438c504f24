"""Qt widgets of Salon Desk, built on the `salon` domain package; no business rule lives here.

One package per tab or feature (`clients/`, `packages/`, `visits/`, `catalogue/`, `staff/`, `history/`),
shared widgets and helpers in `common/`; `app.py` starts the GUI and `main_window.py` holds the tabs.
"""
