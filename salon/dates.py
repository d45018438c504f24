"""Dates and times as the database hands them back (SQLite stores ISO text), and the clock the domain uses."""
from __future__ import annotations

from datetime import date, datetime


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
