"""Text clean-up shared by input validation and search."""
from __future__ import annotations

import unicodedata

from salon.errors import ValidationError


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


def one_line(text: str, *, limit: int, field: str, what: str) -> str:
    """A name as stored: spaces collapsed, required, at most `limit` characters (the editor allows no more)."""
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise ValidationError("name_required", f"请填写{what}。", field=field)
    if len(cleaned) > limit:
        raise ValidationError("text_too_long", f"{what}最多 {limit} 个字。", field=field, limit=limit)
    return cleaned
