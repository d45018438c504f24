"""The 美容师/员工 tab: staff, commission rates and each therapist's clients.

May import `salon`, `ui.common` and other feature packages of `ui` whose dialogs it opens."""
