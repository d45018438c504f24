"""Text clean-up shared by input validation and search."""
from __future__ import annotations

import unicodedata


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
