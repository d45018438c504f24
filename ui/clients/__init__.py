"""The 客户 tab and the client file: the list, the at-a-glance card, the file dialog and its editors.

May import `salon`, `ui.common` and other feature packages of `ui` whose dialogs it opens."""
