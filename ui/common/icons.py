"""The app's icons (resources/icons/*.svg, one stroke colour that goes with the stylesheet), by name."""
from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from resources import resource_path


@cache
def icon(name: str) -> QIcon:
    """The icon `name` ("client-new", "search", …); an empty icon when there is no such file."""
    path = resource_path(f"icons/{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
