"""Dates, times and weekdays as the language in use writes them (QLocale's default, set by ui.language).

One format per kind, so a column never mixes two: Chinese screens write 2026-10-03 (what Chinese business
software and the salon's paper records use), English ones the locale's short date with a four-digit year
(03/10/2026 in the UK, 10/3/2026 in the US). Weekday names come from the locale too. Tables that sort by text
keep sorting by the date itself (see `date_column`).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale, QTime

from ui.common.record_model import Column


def date_format(locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.Chinese:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_text(day: date | datetime | None) -> str:
    """The day alone (of a datetime too)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def time_text(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def datetime_text(moment: datetime | None) -> str:
    """A date and a time of day: 2026-10-03 14:05 / 03/10/2026 14:05."""
    if moment is None:
        return ""
    return f"{date_text(moment.date())} {time_text(moment)}"


def weekday_text(day: date) -> str:
    """The short weekday name: 周五 / 週五 / Fri."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def date_column(header: str, day_of: Callable[[Any], date | None], *, suffix: Callable[[Any], str] | None = None
                ) -> Column:
    """A table column of dates written the locale's way and sorted by the dates themselves."""
    return Column(header, lambda record: date_text(day_of(record)) + (suffix(record) if suffix else ""),
                  sort_key=lambda record: day_of(record))
