"""The 提醒 tab: the morning list, and what the front desk does about each reminder.

May import `salon`, `ui.common` and other feature packages of `ui` whose dialogs it opens."""
