"""The keys a client can be found by, computed once when the client is saved.

For a name every reading of a polyphonic character counts (曾 zeng/ceng, 单 shan/dan/chan,
解 xie/jie, 区 ou/qu), so both 'zxm' and 'cxm' find 曾小梅. Keys are stored in `client_search_key`
and matched by prefix, so suffixes are stored too: '小梅', 'xm' and 'xiaomei' find her as well.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from salon.phones import phone_digits
from salon.text import fold, split_tags

# A name with many polyphonic characters would multiply readings; beyond this many combinations
# only the most common reading of the remaining characters is used.
MAX_READING_COMBINATIONS = 16
MIN_PHONE_KEY_LENGTH = 3


# Surnames whose reading as a surname differs from the character's most common reading; used to
# put the surname reading first (sorting and display), while every reading stays searchable.
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "区": "ou", "仇": "qiu", "朴": "piao", "查": "zha",
    "盖": "ge", "乐": "yue", "召": "shao", "缪": "miao", "翟": "zhai", "秘": "bi", "种": "chong",
    "繁": "po", "员": "yun", "重": "chong", "能": "nai", "祭": "zhai", "句": "gou", "折": "she",
    "牟": "mou", "莘": "shen", "洗": "xian", "贲": "ben", "乜": "nie", "覃": "qin", "尉": "yu",
    "长": "zhang", "宿": "su", "柏": "bai", "薄": "bo", "沈": "shen", "燕": "yan", "万": "wan",
    "参": "can", "阚": "kan", "隗": "wei", "卜": "bu", "殷": "yin", "车": "che", "都": "du",
}


@lru_cache(maxsize=20_000)
def char_readings(char: str) -> tuple[str, ...]:
    """Toneless pinyin readings of one character, most common first; the character itself if none."""
    if not re.match(r"[\u3400-\u9fff\uf900-\ufaff]", char):
        return (char.lower(),)
    # Imported here: pypinyin's phrase tables cost ~0.4 s, paid when a name is first saved or matched.
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.NORMAL, heteronym=True)[0]
    cleaned = tuple(dict.fromkeys(r.replace("ü", "v") for r in readings if r))
    return cleaned or (char,)


@lru_cache(maxsize=50_000)  # a name is read for its sort key and again for its search keys
def name_readings(name: str) -> tuple[tuple[str, ...], ...]:
    """Each possible reading of a name as a tuple of syllables, the most common reading first."""
    chars = [c for c in fold(name) if not c.isspace() and c not in "·.-"]
    options = [char_readings(c) for c in chars]
    if chars and chars[0] in SURNAME_READINGS:
        surname = SURNAME_READINGS[chars[0]]
        options[0] = (surname, *(r for r in options[0] if r != surname))
    combinations = 1
    limited = []
    for readings in options:
        if combinations * len(readings) > MAX_READING_COMBINATIONS:
            readings = readings[:1]
        combinations *= len(readings)
        limited.append(readings)
    return tuple(itertools.product(*limited))


def sort_key(name: str) -> str:
    """Alphabetical order of Chinese names, by their most common reading."""
    readings = name_readings(name)
    return " ".join(readings[0]) if readings else ""


def _suffixes(parts: list[str]) -> set[str]:
    return {"".join(parts[i:]) for i in range(len(parts))}


def name_keys(name: str) -> set[str]:
    """Every tail of the name, of each full pinyin reading and of each reading's initials: matched by prefix,
    '清洁', 'qingjie' and 'qj' all find 深层清洁."""
    keys: set[str] = set()
    folded = [c for c in fold(name) if not c.isspace()]
    keys |= _suffixes(folded)
    for syllables in name_readings(name):
        keys |= _suffixes(list(syllables))
        keys |= _suffixes([s[0] for s in syllables if s])
    return keys


def client_search_keys(name: str, phones: list[str], tags: str) -> set[str]:
    keys = name_keys(name)
    for phone in phones:
        digits = phone_digits(phone)
        keys |= {digits[i:] for i in range(len(digits) - MIN_PHONE_KEY_LENGTH + 1)}
    keys |= {fold(tag) for tag in split_tags(tags)}
    keys.discard("")
    return keys


def query_terms(text: str) -> list[str]:
    """Split what was typed into terms that must all match; phone-like input loses its separators."""
    folded = fold(text)
    if re.fullmatch(r"[\d\s\-+()]+", folded):
        digits = re.sub(r"\D", "", folded)
        if digits.startswith("86") and len(digits) == 13:
            digits = digits[2:]
        return [digits] if digits else []
    return [t for t in re.split(r"[\s,，、]+", folded) if t]
