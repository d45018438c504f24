"""Cards in the client file (卡项): the page, selling, topping up, adjusting, extending and refunding.

May import `salon`, `ui.common` and other feature packages of `ui` whose dialogs it opens."""
