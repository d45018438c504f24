"""记录到店: the visit dialog, its lines and payments, and the receipt.

May import `salon`, `ui.common` and other feature packages of `ui` whose dialogs it opens."""
