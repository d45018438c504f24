"""Phone number normalisation for mainland China, Hong Kong, Macau and Taiwan clients.

Stored form: mainland mobiles and local numbers as bare digits ('13812345678', '02112345678',
'62345678'); other countries and regions with a leading '+' and country code ('+85291234567').
"""
from __future__ import annotations

import re
import unicodedata

from salon.errors import ValidationError
from salon.text import clean_text, fold
from salon.words import QT_TRANSLATE_NOOP, translate

_SEPARATORS = re.compile(r"[\s\-().·]")
_MAINLAND_MOBILE = re.compile(r"1[3-9]\d{9}")
_MAINLAND_LANDLINE = re.compile(r"0\d{9,11}")  # area code with its 0, then 7-8 digits
_LOCAL_NUMBER = re.compile(r"[2-9]\d{6,7}")  # a local landline without area code
_INTERNATIONAL = re.compile(r"\+[1-9]\d{6,14}")


def normalize_phone(text: str, field: str = "phone") -> str:
    """Return the stored form of a phone number, '' for empty input.

    Accepts digits of any script (full-width, Arabic-Indic, Devanagari...), spaces, dashes, brackets and the
    +86 / 0086 prefix. Raises ValidationError (code 'phone_invalid') for anything that is not a phone number.
    """
    text = clean_text(text, field=field, what=QT_TRANSLATE_NOOP("fields", "电话"))
    raw = _ascii_digits(fold(text))
    if not raw:
        return ""
    digits = _SEPARATORS.sub("", raw)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("86") and len(digits) == 13 and _MAINLAND_MOBILE.fullmatch(digits[2:]):
        digits = digits[2:]
    for pattern in (_MAINLAND_MOBILE, _MAINLAND_LANDLINE, _LOCAL_NUMBER, _INTERNATIONAL):
        if pattern.fullmatch(digits):
            return digits
    raise ValidationError(
        "phone_invalid",
        translate("errors", "电话号码“%1”格式不对：手机应为 11 位数字（如 138 1234 5678），座机请带区号。"),
        text.strip(),
        field=field,
        value=text.strip(),
    )


def _ascii_digits(text: str) -> str:
    """Every decimal digit as its ASCII digit. NFKC folds full-width digits but leaves Arabic-Indic '٠١٢' and
    Devanagari '०१२' alone, so the same number typed on another keyboard would pass the duplicate check."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.digit(character)) if character.isdecimal() else character for character in text)


def phone_digits(phone: str) -> str:
    """The digits of a stored phone, for search keys and last-four look-ups."""
    return re.sub(r"\D", "", phone or "")
