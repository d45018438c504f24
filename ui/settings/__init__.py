"""The owner's settings of the salon: its name and contacts on receipts, the amount that asks first, the commission
policy.

May import `salon` and `ui.common`."""
