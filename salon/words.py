"""The one way `salon/` words text for people, in the language the UI or the command line chose.

`salon/` writes its sentences in Simplified Chinese (the source language of every translation) through
`translate(context, text)`; the GUI installs Qt's translator at start (`ui.language`), the command line a
standalone one for the same compiled catalogues, so a receipt, a refund statement or a workbook header reads
the same in the window and in a terminal. Nothing installed (tests, scripts) means Simplified Chinese.

Qt's `pyside6-lupdate` collects every `translate("context", "text")` call and every `QT_TRANSLATE_NOOP`
mark into the catalogues in `resources/translations/`, so the first two arguments must be literal strings;
a table of words defined once at import time marks each word with `QT_TRANSLATE_NOOP` and translates it
where it is shown with `translate(context, word)` (see `word`).
Arguments go in Qt's way, `%1`, `%2`… (`fill`), so a translation can put them in its own order; `%n` takes
the count `n` for plural forms.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

Translator = Callable[[str, str, "str | None", int], str]

LANGUAGES = ("zh_CN", "zh_TW", "en")  # the catalogues that ship (resources/translations)


def _source_text(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text


_translator: Translator = _source_text
_language = "zh_CN"


def install(translator: Translator | None, language: str = "zh_CN") -> None:
    """Use `translator(context, text, disambiguation, n)` from now on (None: the Simplified Chinese source)."""
    global _translator, _language
    _translator = translator or _source_text
    _language = language if translator else "zh_CN"


def language() -> str:
    """The language texts are rendered in: 'zh_CN', 'zh_TW' or 'en'."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` (Simplified Chinese) in the chosen language; `%n` replaced by `n` when n ≥ 0."""
    result = _translator(context, text, disambiguation, n) or text
    if n >= 0:
        result = result.replace("%n", str(n))
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for the catalogues without translating it now (a table built at import time)."""
    return text


def word(context: str, text: str) -> str:
    """A word marked with QT_TRANSLATE_NOOP elsewhere, in the chosen language."""
    return translate(context, text)


def fill(template: str, *args: object) -> str:
    """Qt-style placeholders: `%1`…`%9` replaced by args in one pass (so an argument holding '%2' stays as is)."""
    out = []
    i = 0
    while i < len(template):
        char = template[i]
        if char == "%" and i + 1 < len(template) and template[i + 1].isdigit() and template[i + 1] != "0":
            index = int(template[i + 1]) - 1
            if index < len(args):
                out.append(str(args[index]))
                i += 2
                continue
        out.append(char)
        i += 1
    return "".join(out)


# The punctuation that joins words put together in code, in the language's own way: Chinese lists names with
# '、', adds a note in full-width brackets '（…）' and ends a label with '：'; English writes ', ', ' (…)' and ': '.
# A mark glued to a word in the code would stay Chinese in every language; the window and salon/ both join here.
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
