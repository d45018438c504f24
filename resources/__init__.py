"""What the app loads at run time: the app icon now; translations, the stylesheet and templates as they come.

`resource_path` finds a file the same way from a source checkout and from an installed package
(importlib.resources), so nothing else in the code builds paths to these files. Both `salon` and `ui` may use it.
"""
from __future__ import annotations

import atexit
from contextlib import ExitStack
from functools import cache
from pathlib import Path

APP_ICON = "icons/app.svg"
TRANSLATIONS = "translations"

_extracted = ExitStack()  # files copied out of a zipped install live until the process ends
atexit.register(_extracted.close)


@cache
def resource_path(name: str) -> Path:
    """A real path to the resource `name` ("icons/app.svg", "translations"), which Qt and open() can read.

    The path may not exist (a folder a later release fills, such as translations); callers that need the
    file check with `.exists()`.
    """
    beside = Path(__file__).resolve().parent.joinpath(*name.split("/"))
    if beside.exists():  # a checkout or an ordinary install: the file is right here
        return beside
    from importlib import resources  # the general way (a zipped install); its imports cost ~7 ms at start-up

    target = resources.files(__name__).joinpath(*name.split("/"))
    if isinstance(target, Path):
        return target
    return _extracted.enter_context(resources.as_file(target))  # pragma: no cover - zipped installs only
