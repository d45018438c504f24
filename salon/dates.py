"""Dates and times as the database hands them back (SQLite stores ISO text), and the clock the domain uses."""
from __future__ import annotations

import re
from datetime import date, datetime

from salon.words import QT_TRANSLATE_NOOP, translate, word


def now() -> datetime:
    """The current time to the second: what every row's created/updated column records."""
    return datetime.now().replace(microsecond=0)


def as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


# Month names in the chosen language ('3月' in Chinese, 'March' in English), for the date patterns below.
MONTH_WORDS = (
    QT_TRANSLATE_NOOP("dates", "1月"), QT_TRANSLATE_NOOP("dates", "2月"), QT_TRANSLATE_NOOP("dates", "3月"),
    QT_TRANSLATE_NOOP("dates", "4月"), QT_TRANSLATE_NOOP("dates", "5月"), QT_TRANSLATE_NOOP("dates", "6月"),
    QT_TRANSLATE_NOOP("dates", "7月"), QT_TRANSLATE_NOOP("dates", "8月"), QT_TRANSLATE_NOOP("dates", "9月"),
    QT_TRANSLATE_NOOP("dates", "10月"), QT_TRANSLATE_NOOP("dates", "11月"), QT_TRANSLATE_NOOP("dates", "12月"),
)
_PATTERN = re.compile(r"yyyy|MMMM|MM|M|dd|d")


def month_name(month: int) -> str:
    return word("dates", MONTH_WORDS[month - 1])


def written_date(pattern: str, year: int | None = None, month: int = 1, day: int = 1) -> str:
    """A date written by a pattern in Qt's letters (yyyy, MMMM a month's name, MM/M, dd/d), which is itself
    translated: a Chinese 'M月d日' is an English 'd MMMM', so each language orders and names the parts its way."""
    parts = {"yyyy": f"{year or 0:04d}", "MMMM": month_name(month), "MM": f"{month:02d}", "M": str(month),
             "dd": f"{day:02d}", "d": str(day)}
    return _PATTERN.sub(lambda match: parts[match[0]], pattern)


def month_day_text(month: int, day: int) -> str:
    """A day of the year in a sentence: '3月12日' (English '12 March')."""
    return written_date(translate("dates", "M月d日"), None, month, day)


def date_text(year: int | None, month: int, day: int) -> str:
    """A date as lists and cards show it: '1985-03-12', or '03-12' without the year (English '12 March 1985',
    '12 March')."""
    if year:
        return written_date(translate("dates", "yyyy-MM-dd"), year, month, day)
    return written_date(translate("dates", "MM-dd"), None, month, day)
