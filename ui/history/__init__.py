"""The 消费记录 tab: the salon's visits, filtered and summed.

May import `salon`, `ui.common` and other feature packages of `ui` whose dialogs it opens."""
