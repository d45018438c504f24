"""The punctuation that joins words the screens put together, in the language's own way.

Chinese lists names with '、', adds a note in full-width brackets '（…）' and ends a label with '：'; English
writes ', ', ' (…)' and ': '. A mark glued to a word in the code stays Chinese in every language, so the
screens join words through these and the catalogues say how each language punctuates.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from salon.words import fill

translate = QCoreApplication.translate


def listing(items: Iterable[str]) -> str:
    """'补水护理、眼部护理': names side by side."""
    return translate("punctuation", "、").join(items)


def clauses(items: Iterable[str]) -> str:
    """'剩 3 次，至 2027-02-28': parts of one sentence."""
    return translate("punctuation", "，").join(items)


def separated(items: Iterable[str]) -> str:
    """'对花粉过敏；孕期': things that each stand alone."""
    return translate("punctuation", "；").join(items)


def with_note(text: str, note: str) -> str:
    """'王芳（店长）': a word and what it needs said about it."""
    return fill(translate("punctuation", "%1（%2）"), text, note)


def labelled(label: str, value: str = "") -> str:
    """'客户：王芳', or '客户：' to start a line the value follows."""
    return fill(translate("punctuation", "%1：%2"), label, value)
