"""The app's one look: resources/styles/app.qss, loaded once at start, and the roles a label can take in it.

Colours live in the stylesheet, not in the widgets: a label says what it is (`set_role(label, ERROR)`) and the
stylesheet says how that looks, so a hint, an error or a warning reads the same on every screen.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from resources import resource_path

STYLESHEET = "styles/app.qss"
ROLE = "role"
HINT = "hint"  # a quiet explanation under or beside a field
ERROR = "error"  # something is wrong and must be fixed before saving
WARNING = "warning"  # worth a second look, but allowed
OK = "ok"  # settled (paid in full, the right amount)
ERROR_BANNER = "errorBanner"  # the boxed line at the top of a dialog
TITLE = "title"  # a figure to read from across the counter (the amount due)
PRIMARY = "primary"  # a push button: the main action of its screen


# The palette under the stylesheet: what the platform's style paints with (windows, menus, combo lists).
PALETTE = {
    QPalette.ColorRole.Window: "#f8f5f2",
    QPalette.ColorRole.WindowText: "#2e2a28",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#fbf8f5",
    QPalette.ColorRole.Text: "#2e2a28",
    QPalette.ColorRole.ButtonText: "#2e2a28",
    QPalette.ColorRole.Highlight: "#a8546a",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#fffaf4",
    QPalette.ColorRole.ToolTipText: "#2e2a28",
    QPalette.ColorRole.PlaceholderText: "#8f8680",
    QPalette.ColorRole.Link: "#8e4358",
}


def apply_style(app: QApplication) -> bool:
    """The palette and the stylesheet for the whole application; False (and the platform's look) when the
    stylesheet is missing."""
    path = resource_path(STYLESHEET)
    if not path.exists():
        return False
    palette = app.palette()
    for role, colour in PALETTE.items():
        palette.setColor(QPalette.ColorGroup.Active, role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Inactive, role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(path.read_text(encoding="utf-8"))
    return True


def set_role(widget: QWidget, role: str) -> None:
    """Give `widget` its look from the stylesheet ('' for the plain one); works on a widget already shown."""
    if widget.property(ROLE) == role:
        return
    widget.setProperty(ROLE, role)
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return  # not shown yet: its first polish reads the property (and costs nothing now, at start-up)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
