"""Money as integer fen: parsing what people type, and the plain text form used at the edges."""
from __future__ import annotations

import re

from salon.errors import ValidationError
from salon.inputs import as_whole
from salon.text import fold
from salon.words import language, translate

_AMOUNT = re.compile(r"(\d{1,9})(?:\.(\d{0,2}))?")
# Commas only as thousands separators: '1,280.50' is 1280.50, while '12,50' (a decimal comma) is refused.
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d*)?")


def parse_yuan(text: str, field: str = "amount", *, allow_empty: bool = False) -> int:
    """'128', '128.5', '¥1,280.00', '１２８元' -> fen. Negative amounts and more than two decimals are refused."""
    if text is not None and not isinstance(text, str):
        raise ValidationError("amount_invalid", _not_an_amount(), text, field=field, text=str(text))
    cleaned = fold(text)
    for noise in ("¥", "￥", "元", "rmb", "cny", " "):
        cleaned = cleaned.replace(noise, "")
    if "," in cleaned and _THOUSANDS.fullmatch(cleaned):
        cleaned = cleaned.replace(",", "")
    if not cleaned:
        if allow_empty:
            return 0
        raise ValidationError("amount_required", translate("errors", "请填写金额。"), field=field)
    match = _AMOUNT.fullmatch(cleaned)
    if not match:
        raise ValidationError("amount_invalid", _not_an_amount(), text, field=field, text=text)
    return refuse_absurd(int(match.group(1)) * 100 + int((match.group(2) or "").ljust(2, "0")), field)


def format_fen(fen: int, *, symbol: bool = False) -> str:
    """12850 -> '128.50' (or '¥128.50'); negative amounts keep their sign in front."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{'¥' if symbol else ''}{yuan:,}.{cents:02d}"


def share(amount_fen: int, numerator: int, denominator: int) -> int:
    """amount × numerator / denominator, rounded half up to the fen, in integers only."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    return (2 * amount_fen * numerator + denominator) // (2 * denominator)


# No salon takes ¥1,000,000 in one line, one card or one payment: more is a slip of the finger, refused.
MAX_AMOUNT_FEN = 100_000_000

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_FINANCIAL_UNITS = "仟佰拾 "


def _not_an_amount() -> str:
    return translate("errors", "金额“%1”无效：应为不小于 0 的数，最多两位小数。")


def _absurd(fen: int, field: str) -> ValidationError:
    return ValidationError("amount_absurd", translate("errors", "金额 %1 元超过 %2 元，请检查是否多输了几位。"),
                           format_fen(fen), format_fen(MAX_AMOUNT_FEN), field=field, amount=abs(fen),
                           limit=MAX_AMOUNT_FEN)


def refuse_absurd(fen: int, field: str = "amount") -> int:
    """The amount itself, or a refusal when it is beyond anything a salon does (over ¥1,000,000)."""
    if fen > MAX_AMOUNT_FEN:
        raise _absurd(fen, field)
    return fen


def checked_fen(value: object, field: str = "amount", *, allow_negative: bool = False) -> int:
    """An amount in fen handed in as a number: whole (12.7 fen is no amount), not negative unless allowed, and
    within the ceiling either way."""
    fen = as_whole(value)
    if fen is None:
        raise ValidationError("amount_invalid", translate("errors", "金额“%1”无效：应为整数分。"), value, field=field,
                              text=str(value))
    if fen < 0 and not allow_negative:
        raise ValidationError("amount_negative", translate("errors", "金额不能为负数。"), field=field)
    if fen < -MAX_AMOUNT_FEN:
        raise _absurd(fen, field)
    return refuse_absurd(fen, field)


def _four_digits_in_words(number: int, digits: str = _DIGITS, units: str = _FINANCIAL_UNITS) -> str:
    """1..9999 in words: 1010 -> 壹仟零壹拾 (financial capitals) or 一千零一十 (everyday numerals)."""
    text, pending_zero = "", False
    parts = (number // 1000, number // 100 % 10, number // 10 % 10, number % 10)
    for digit, unit in zip(parts, units, strict=True):
        if digit == 0:
            pending_zero = bool(text)
            continue
        if pending_zero:
            text += digits[0]
            pending_zero = False
        text += digits[digit] + unit.strip()
    return text


_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Traditional forms of the characters that differ (萬, 億; the financial capitals 貳, 參, 陸).
_TRADITIONAL = str.maketrans("万亿贰叁陆负", "萬億貳參陸負")


def _english_below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    words = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest:
        tens, ones = divmod(rest, 10)
        words += ["and"] if hundreds else []
        words.append(_ONES[rest] if rest < 20 else _TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    return " ".join(words)


def _english_number(number: int) -> str:
    """British English: 120 -> 'one hundred and twenty', 2,500,005 -> 'two million five hundred thousand and five'."""
    if number == 0:
        return "zero"
    words = []
    for scale, name in ((1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand"), (1, "")):
        part, number = divmod(number, scale)
        if part:
            if not name and words and part < 100:
                words.append("and")
            words.append((_english_below_thousand(part) + f" {name}").strip())
    return " ".join(words)


def number_in_words(number: int) -> str:
    """A count in everyday numerals, for confirmations: 120 -> 一百二十, 15 -> 十五, 10010 -> 一万零一十 (in the
    chosen language: 一萬零一十, 'ten thousand and ten')."""
    if language() == "en":
        return _english_number(number)
    text = _chinese_number(number)
    return text.translate(_TRADITIONAL) if language() == "zh_TW" else text


def _chinese_number(number: int) -> str:
    if number == 0:
        return "零"
    if number >= 100_000_000:
        return str(number)
    high, low = divmod(number, 10_000)
    text = (_four_digits_in_words(high, "零一二三四五六七八九", "千百十 ") + "万") if high else ""
    if low:
        text += ("零" if high and low < 1000 else "") + _four_digits_in_words(low, "零一二三四五六七八九", "千百十 ")
    return text[1:] if text.startswith("一十") else text


def yuan_in_words(fen: int) -> str:
    """An amount in the capitals of Chinese receipts and contracts (大写): 2500000 -> 贰万伍仟元整 (貳萬伍仟元整 in
    Traditional Chinese; in English 'twenty-five thousand yuan').

    A confirmation that names the number in words catches the extra zero that digits hide.
    """
    if language() == "en":
        yuan, cents = divmod(abs(int(fen)), 100)
        parts = ([f"{_english_number(yuan)} yuan"] if yuan or not cents else []) + \
            ([f"{_english_number(cents)} fen"] if cents else [])
        text = " ".join(parts)
        return ("minus " if fen < 0 else "") + text
    text = _chinese_capitals(fen)
    return text.translate(_TRADITIONAL) if language() == "zh_TW" else text


def _chinese_capitals(fen: int) -> str:
    sign = "负" if fen < 0 else ""
    yuan, cents = divmod(abs(int(fen)), 100)
    text, pending_zero = "", False
    for value, unit in ((yuan // 100_000_000, "亿"), (yuan // 10_000 % 10_000, "万"), (yuan % 10_000, "")):
        if value == 0:
            pending_zero = pending_zero or bool(text)
            continue
        if text and (pending_zero or value < 1000):
            text += "零"
        text += _four_digits_in_words(value) + unit
        pending_zero = False
    if text:
        text += "元"
    jiao, fen_digit = divmod(cents, 10)
    if jiao:
        text += _DIGITS[jiao] + "角"
    if fen_digit:
        text += ("零" if text and not jiao else "") + _DIGITS[fen_digit] + "分"
    if not text:
        return "零元整"
    return sign + text + ("" if fen_digit else "整")
