"""Text clean-up shared by input validation and search."""
from __future__ import annotations

import re
import unicodedata

from salon.errors import ValidationError
from salon.words import translate, word


def fold(text: str) -> str:
    """Full-width to half-width, compatibility forms folded, lower case, outer spaces stripped."""
    return unicodedata.normalize("NFKC", text or "").strip().lower()


def split_tags(text: str) -> list[str]:
    """Tags typed as '贵宾, 敏感肌；老客' (any common separator) as a clean, de-duplicated list."""
    cleaned = unicodedata.normalize("NFKC", text or "")
    for separator in ",;，；、/|#\n\t":
        cleaned = cleaned.replace(separator, " ")
    seen: dict[str, None] = {}
    for tag in cleaned.split():
        seen.setdefault(tag, None)
    return list(seen)


# Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what follows them: a name
# holding one shows in lists and on receipts as something else than what is stored ("Trojan Source").
_BIDI_CONTROLS = frozenset(chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
# Characters that show nothing and mean nothing in a salon's text; a name of only these is no name, and one
# inside a name would keep searches and the duplicate check from finding it.
_INVISIBLE = frozenset("\u200b\u2060\ufeff\u00ad\u180e")
# Letters and symbols that draw nothing (Hangul fillers, the blank Braille cell): a name of only these is blank.
_BLANK_GLYPHS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


# One search for all of them (the import cleans a few hundred thousand cells): control characters (category Cc,
# U+0000-001F and U+007F-009F) but tab and line breaks, lone surrogates (Cs), bidi controls.
_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff"
                      + "".join(sorted(_BIDI_CONTROLS)) + "]")
_INVISIBLE_RE = re.compile("[" + "".join(sorted(_INVISIBLE)) + "]")


def _visible(character: str) -> bool:
    return character not in _BLANK_GLYPHS and unicodedata.category(character)[0] not in "CZ" \
        and unicodedata.category(character) not in ("Mn", "Me")


def clean_text(text: object, *, field: str, what: str = "", limit: int | None = None, required: bool = False,
               multiline: bool = False) -> str:
    """Text as stored: invisible characters removed, spaces collapsed (only the outer ones when
    `multiline`: notes keep their layout); text with nothing visible in it is empty.

    Refused (ValidationError 'text_invalid'): anything but a string, lone surrogates (SQLite cannot store them),
    control characters and bidi overrides. None is the empty text. `required` refuses what is left empty
    ('name_required'), `limit` what is longer ('text_too_long').
    """
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise ValidationError("text_invalid", translate("errors", "%1无效。"), _what(what), field=field, what=what)
    refused = _REFUSED.search(text)
    if refused:
        raise ValidationError("text_invalid",
                              translate("errors", "%1里有无法保存的控制字符或文字方向符号，请删掉后重新输入。"),
                              _what(what), field=field, what=what, character=f"U+{ord(refused.group()):04X}")
    text = _INVISIBLE_RE.sub("", text)
    cleaned = text.strip() if multiline else " ".join(text.split())
    if not any(_visible(character) for character in cleaned):
        cleaned = ""
    if required and not cleaned:
        raise ValidationError("name_required", translate("errors", "请填写%1。"), word("fields", what), field=field)
    if limit is not None and len(cleaned) > limit:
        raise ValidationError("text_too_long", translate("errors", "%1最多 %2 个字。"), word("fields", what), limit,
                              field=field, limit=limit)
    return cleaned


def _what(what: str) -> str:
    """The field's word (marked QT_TRANSLATE_NOOP("fields", …) by the caller) in the chosen language."""
    return word("fields", what) if what else translate("fields", "文字")


def one_line(text: str, *, limit: int, field: str, what: str) -> str:
    """A name as stored: spaces collapsed, required, at most `limit` characters (the editor allows no more)."""
    return clean_text(text, field=field, what=what, limit=limit, required=True)
