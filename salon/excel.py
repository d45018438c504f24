"""Writing what people typed into Excel safely: text that starts with = + - @ would become a formula (and run
on the accountant's machine), and control characters make openpyxl refuse the whole file."""
from __future__ import annotations

import re

_FORMULA_START = ("=", "+", "-", "@")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_text(value: str) -> str:
    """The text as a cell shows it, never a formula: a leading = + - @ is kept behind an apostrophe-like quote."""
    text = _CONTROL.sub("", value or "")
    return "'" + text if text.startswith(_FORMULA_START) else text
