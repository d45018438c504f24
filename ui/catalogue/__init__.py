"""The 项目与卡项 tab: services, retail products and card plans.

May import `salon`, `ui.common` and other feature packages of `ui` whose dialogs it opens."""
