"""Money as integer fen: parsing what people type, and the plain text form used at the edges."""
from __future__ import annotations

import re

from salon.errors import ValidationError
from salon.text import fold

_AMOUNT = re.compile(r"(\d{1,9})(?:\.(\d{0,2}))?")
# Commas only as thousands separators: '1,280.50' is 1280.50, while '12,50' (a decimal comma) is refused.
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d*)?")


def parse_yuan(text: str, field: str = "amount", *, allow_empty: bool = False) -> int:
    """'128', '128.5', '¥1,280.00', '１２８元' -> fen. Negative amounts and more than two decimals are refused."""
    cleaned = fold(text)
    for noise in ("¥", "￥", "元", "rmb", "cny", " "):
        cleaned = cleaned.replace(noise, "")
    if "," in cleaned and _THOUSANDS.fullmatch(cleaned):
        cleaned = cleaned.replace(",", "")
    if not cleaned:
        if allow_empty:
            return 0
        raise ValidationError("amount_required", "请填写金额。", field=field)
    match = _AMOUNT.fullmatch(cleaned)
    if not match:
        raise ValidationError("amount_invalid", f"金额“{text}”无效：应为不小于 0 的数，最多两位小数。",
                              field=field, text=text)
    return int(match.group(1)) * 100 + int((match.group(2) or "").ljust(2, "0"))


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
