"""Numbers, ids and dates as the domain accepts them, whatever a caller hands in.

A screen sends what its widgets hold, but the command line, the import, a script or a bug can send 12.7 fen,
NaN, 2**63, True, '3' or None. Each would otherwise slip through (12.7 stored as 12), or fail deep in SQLite
with an error nobody can read (OverflowError, IntegrityError); here it is refused with a ValidationError
(or NotFoundError for an id that cannot exist) before anything is written.
"""
from __future__ import annotations

import math
import operator
from datetime import date, datetime

from salon.errors import NotFoundError, ValidationError
from salon.words import translate

# The years a salon's records and clients' lives fall in; dates outside are a typing slip (20266 for 2026).
FIRST_YEAR = 1900
LAST_YEAR = 2100
# SQLite's INTEGER is 64-bit: a larger id is not a row, whatever it is.
_LARGEST_ID = 2**63 - 1


def as_whole(value: object) -> int | None:
    """The integer `value` stands for, or None when it is not one: bools, strings, NaN, 12.7 are not."""
    if isinstance(value, bool):
        return None  # True is 1 to Python, but nobody means one session by ticking a box
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() else None
    try:
        return operator.index(value)  # int and the int-like (numpy), never str or Decimal('1.5')
    except TypeError:
        return None


def whole_number(value: object, field: str, *, minimum: int, maximum: int, code: str, message: str,
                 **params: object) -> int:
    """`value` as an int within minimum..maximum, or ValidationError(code, message) naming `field`."""
    number = as_whole(value)
    if number is None or not minimum <= number <= maximum:
        raise ValidationError(code, message, field=field, minimum=minimum, maximum=maximum, **params)
    return number


def optional_whole_number(value: object, field: str, *, minimum: int, maximum: int, code: str, message: str,
                          **params: object) -> int | None:
    """As `whole_number`, with None meaning "not given"."""
    if value is None:
        return None
    return whole_number(value, field, minimum=minimum, maximum=maximum, code=code, message=message, **params)


def record_id(value: object, what: str) -> int:
    """An id as the database keys rows; anything that cannot be one names no row, so it is not found."""
    number = as_whole(value)
    if number is None or not 1 <= number <= _LARGEST_ID:
        raise NotFoundError(f"{what} {value!r}")
    return number


def optional_record_id(value: object, what: str) -> int | None:
    return None if value is None else record_id(value, what)


def _refuse_date(field: str, value: object) -> ValidationError:
    return ValidationError("date_out_of_range", translate("errors", "日期应在 %1 年到 %2 年之间。"), FIRST_YEAR,
                           LAST_YEAR, field=field, value=str(value), first=FIRST_YEAR, last=LAST_YEAR)


def checked_date(value: object, field: str) -> date:
    """A calendar day between 1900 and 2100 (a datetime counts as its day)."""
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        raise ValidationError("date_invalid", translate("errors", "日期无效。"), field=field)
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise _refuse_date(field, value)
    return value


def checked_datetime(value: object, field: str) -> datetime:
    """A moment between 1900 and 2100."""
    if not isinstance(value, datetime):
        raise ValidationError("date_invalid", translate("errors", "日期无效。"), field=field)
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise _refuse_date(field, value)
    return value
