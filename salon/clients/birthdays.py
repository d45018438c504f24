"""Birthdays kept the way clients give them: a solar (公历) date or a lunar (农历) month and day.

A lunar birthday moves every solar year; `next_occurrence` converts it to the solar date it falls
on. Conventions (those of most Chinese families): a 30th in a month that has only 29 days this year
is kept on the 29th; a birthday in a leap month is kept in the ordinary month of that number; a
solar 29 February is kept on 28 February in common years.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from salon.dates import date_text
from salon.errors import ValidationError
from salon.inputs import FIRST_YEAR, LAST_YEAR, as_whole
from salon.words import QT_TRANSLATE_NOOP, fill, translate, word

SOLAR = "solar"
LUNAR = "lunar"


def _lunar_calendar():
    """lunar_python, imported when a lunar date is first converted (its tables cost ~20 ms at start-up)."""
    import lunar_python

    return lunar_python

_CHINESE_DIGITS = "〇一二三四五六七八九"

# A lunar date's month and day as words of their own (正月, 十五), so that a translation can name them its
# way ('1st month', '15th') and put them in its own order (lunar_date_text).
LUNAR_MONTH_WORDS = (
    QT_TRANSLATE_NOOP("birthdays", "正月"), QT_TRANSLATE_NOOP("birthdays", "二月"),
    QT_TRANSLATE_NOOP("birthdays", "三月"), QT_TRANSLATE_NOOP("birthdays", "四月"),
    QT_TRANSLATE_NOOP("birthdays", "五月"), QT_TRANSLATE_NOOP("birthdays", "六月"),
    QT_TRANSLATE_NOOP("birthdays", "七月"), QT_TRANSLATE_NOOP("birthdays", "八月"),
    QT_TRANSLATE_NOOP("birthdays", "九月"), QT_TRANSLATE_NOOP("birthdays", "十月"),
    QT_TRANSLATE_NOOP("birthdays", "冬月"), QT_TRANSLATE_NOOP("birthdays", "腊月"),
)
LUNAR_DAY_WORDS = (
    QT_TRANSLATE_NOOP("birthdays", "初一"), QT_TRANSLATE_NOOP("birthdays", "初二"),
    QT_TRANSLATE_NOOP("birthdays", "初三"), QT_TRANSLATE_NOOP("birthdays", "初四"),
    QT_TRANSLATE_NOOP("birthdays", "初五"), QT_TRANSLATE_NOOP("birthdays", "初六"),
    QT_TRANSLATE_NOOP("birthdays", "初七"), QT_TRANSLATE_NOOP("birthdays", "初八"),
    QT_TRANSLATE_NOOP("birthdays", "初九"), QT_TRANSLATE_NOOP("birthdays", "初十"),
    QT_TRANSLATE_NOOP("birthdays", "十一"), QT_TRANSLATE_NOOP("birthdays", "十二"),
    QT_TRANSLATE_NOOP("birthdays", "十三"), QT_TRANSLATE_NOOP("birthdays", "十四"),
    QT_TRANSLATE_NOOP("birthdays", "十五"), QT_TRANSLATE_NOOP("birthdays", "十六"),
    QT_TRANSLATE_NOOP("birthdays", "十七"), QT_TRANSLATE_NOOP("birthdays", "十八"),
    QT_TRANSLATE_NOOP("birthdays", "十九"), QT_TRANSLATE_NOOP("birthdays", "二十"),
    QT_TRANSLATE_NOOP("birthdays", "廿一"), QT_TRANSLATE_NOOP("birthdays", "廿二"),
    QT_TRANSLATE_NOOP("birthdays", "廿三"), QT_TRANSLATE_NOOP("birthdays", "廿四"),
    QT_TRANSLATE_NOOP("birthdays", "廿五"), QT_TRANSLATE_NOOP("birthdays", "廿六"),
    QT_TRANSLATE_NOOP("birthdays", "廿七"), QT_TRANSLATE_NOOP("birthdays", "廿八"),
    QT_TRANSLATE_NOOP("birthdays", "廿九"), QT_TRANSLATE_NOOP("birthdays", "三十"),
)


@dataclass(frozen=True)
class Birthday:
    calendar: str  # SOLAR or LUNAR
    month: int
    day: int
    year: int | None = None  # the year of birth (lunar year for a lunar birthday), if known
    leap_month: bool = False  # lunar only: born in the leap month of that number

    @property
    def is_lunar(self) -> bool:
        return self.calendar == LUNAR


def _no_such_day() -> str:
    return translate("errors", "日期 %1 月 %2 日不存在。")


def make_birthday(
    calendar_kind: str,
    year: int | None,
    month: int | None,
    day: int | None,
    leap_month: bool = False,
    *,
    field: str = "birthday",
    today: date | None = None,
) -> Birthday | None:
    """Validate the parts of a birthday; None when nothing was given.

    Raises ValidationError ('date_invalid') for a date that does not exist and ('date_future') for
    a year of birth after today.
    """
    if not calendar_kind and month is None and day is None:
        return None
    if not isinstance(calendar_kind, str) or calendar_kind not in (SOLAR, LUNAR):
        raise ValidationError("date_invalid", translate("errors", "请选择公历或农历生日。"), field=field)
    if month is None or day is None:
        raise ValidationError("date_invalid", translate("errors", "生日需要月和日。"), field=field)
    given_month, given_day = month, day
    month, day = as_whole(month), as_whole(day)
    if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValidationError("date_invalid", _no_such_day(), given_month, given_day, field=field,
                              month=str(given_month), day=str(given_day))
    today = today or date.today()
    if year is not None:
        given_year, year = year, as_whole(year)
        if year is None or not (FIRST_YEAR <= year <= min(today.year, LAST_YEAR)):
            raise ValidationError("date_future", translate("errors", "出生年份 %1 不可能。"), given_year, field=field,
                                  year=str(given_year))
    if not isinstance(leap_month, bool) and leap_month not in (0, 1):
        raise ValidationError("date_invalid", translate("errors", "闰月只能是“是”或“否”。"), field=field)
    leap_month = bool(leap_month)
    if calendar_kind == SOLAR:
        check_year = year if year is not None else 2000  # a leap year, so 2-29 is allowed
        try:
            born = date(check_year, month, day)
        except ValueError:
            raise ValidationError("date_invalid", _no_such_day(), month, day, field=field, month=month,
                                  day=day) from None
        if year is not None and born > today:
            raise ValidationError("date_future", translate("errors", "生日不能晚于今天。"), field=field, year=year)
        return Birthday(SOLAR, month, day, year, False)
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise ValidationError("date_invalid", translate("errors", "农历 %1 月 %2 日不存在。"), month, day, field=field,
                              month=month, day=day)
    if year is None and leap_month:
        # Without the year nothing says which leap month is meant, but some never occur (no 闰正月 or 闰腊月
        # from 1900 to 2100, no 闰二月 with a 30th): a birthday in one of those cannot be right.
        longest = _leap_month_lengths().get(month, 0)
        if day > longest:
            missing = lunar_month_day_text(month, 1, True)[:-2]  # '闰正月'
            if longest:
                missing += lunar_month_day_text(month, day)[-2:]  # '闰二月三十'
            raise ValidationError("leap_month_invalid", translate("errors",
                                                                  "%1–%2 年间没有%3，请检查月份或填上出生年份。"),
                                  FIRST_YEAR, LAST_YEAR, missing, field=field, month=month, day=day, days=longest)
    if year is not None:
        lunar_month = _lunar_calendar().LunarMonth.fromYm(year, -month if leap_month else month)
        month_text = lunar_month_day_text(month, 1, bool(leap_month))[:-2]  # '闰正月'
        if lunar_month is None:
            raise ValidationError("date_invalid_lunar", translate("errors", "农历%1年没有%2。"), year, month_text,
                                  field=field, year=year, month=month, day=day, leap=bool(leap_month), days=0)
        if day > lunar_month.getDayCount():
            # Said the way the client says it: 闰正月没有三十 (that month has 29 days that year).
            days = lunar_month.getDayCount()
            raise ValidationError(
                "date_invalid_lunar",
                translate("errors", "农历%1年%2没有%3（这个月只有%4天）。"), year, month_text,
                lunar_month_day_text(month, day)[-2:], days, field=field, year=year, month=month, day=day,
                leap=bool(leap_month), days=days,
            )
    birthday = Birthday(LUNAR, month, day, year, bool(leap_month))
    born = solar_date_of_birth(birthday)
    if born is not None and born > today:
        raise ValidationError("date_future", translate("errors", "生日不能晚于今天。"), field=field, year=year)
    return birthday


@lru_cache(maxsize=1)
def _leap_month_lengths() -> dict[int, int]:
    """Each month number that is a leap month in some lunar year 1900–2100, with its longest length (29 or 30)."""
    lunar = _lunar_calendar()
    lengths: dict[int, int] = {}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        month = lunar.LunarYear.fromYear(year).getLeapMonth()
        if month:
            lengths[month] = max(lengths.get(month, 0), lunar.LunarMonth.fromYm(year, -month).getDayCount())
    return lengths


def _solar_in_year(birthday: Birthday, year: int) -> date:
    day = birthday.day
    if birthday.month == 2 and day == 29 and not calendar.isleap(year):
        day = 28
    return date(year, birthday.month, day)


def _lunar_in_year(birthday: Birthday, lunar_year: int) -> date:
    month = _lunar_calendar().LunarMonth.fromYm(lunar_year, birthday.month)
    day = min(birthday.day, month.getDayCount())
    solar = _lunar_calendar().Lunar.fromYmd(lunar_year, birthday.month, day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def occurrence_in_year(birthday: Birthday, year: int) -> date:
    """The solar date the birthday falls on in `year` (for lunar: in the lunar year `year`)."""
    if birthday.is_lunar:
        return _lunar_in_year(birthday, year)
    return _solar_in_year(birthday, year)


def next_occurrence(birthday: Birthday, on_or_after: date) -> date:
    """The first solar date on or after `on_or_after` on which the birthday is celebrated."""
    if birthday.is_lunar:
        # The year of birth does not move the celebration: one conversion serves every client born that day.
        return _next_lunar_occurrence(birthday.month, birthday.day, birthday.leap_month, on_or_after)
    return _next_occurrence(birthday, on_or_after)


@lru_cache(maxsize=4096)
def _next_lunar_occurrence(month: int, day: int, leap_month: bool, on_or_after: date) -> date:
    return _next_occurrence(Birthday(LUNAR, month, day, None, leap_month), on_or_after)


def _next_occurrence(birthday: Birthday, on_or_after: date) -> date:
    if not birthday.is_lunar:
        this_year = _solar_in_year(birthday, on_or_after.year)
        return this_year if this_year >= on_or_after else _solar_in_year(birthday, on_or_after.year + 1)
    lunar_year = _lunar_calendar().Solar.fromYmd(on_or_after.year, on_or_after.month,
                                                 on_or_after.day).getLunar().getYear()
    candidates = (_lunar_in_year(birthday, y) for y in (lunar_year - 1, lunar_year, lunar_year + 1))
    return min(d for d in candidates if d >= on_or_after)


def birthdays_between(birthday: Birthday, start: date, days: int) -> date | None:
    """The celebration date inside [start, start + days), or None."""
    when = next_occurrence(birthday, start)
    return when if when < start + timedelta(days=days) else None


def solar_date_of_birth(birthday: Birthday) -> date | None:
    """The solar date of birth when the year is known."""
    if birthday.year is None:
        return None
    if not birthday.is_lunar:
        return date(birthday.year, birthday.month, birthday.day)
    solar = _lunar_calendar().Lunar.fromYmd(birthday.year, -birthday.month if birthday.leap_month else birthday.month,
                          birthday.day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def lunar_month_day_text(month: int, day: int, leap_month: bool = False) -> str:
    """'正月初五', '闰六月三十' — the way a lunar date is written in Chinese, whatever the language (the source words
    a sentence is made of); `lunar_date_text` says it in the chosen language."""
    month_names = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]
    if day <= 10:
        day_text = "初" + ("十" if day == 10 else _CHINESE_DIGITS[day])
    elif day < 20:
        day_text = "十" + _CHINESE_DIGITS[day - 10]
    elif day == 20:
        day_text = "二十"
    elif day < 30:
        day_text = "廿" + _CHINESE_DIGITS[day - 20]
    else:
        day_text = "三十"
    return ("闰" if leap_month else "") + month_names[month - 1] + "月" + day_text


def lunar_month_name(month: int, leap_month: bool = False) -> str:
    """'八月', '闰四月' in the chosen language (English '8th month', 'leap 4th month')."""
    name = word("birthdays", LUNAR_MONTH_WORDS[month - 1])
    return fill(translate("birthdays", "闰%1"), name) if leap_month else name


def lunar_day_name(day: int) -> str:
    """'十五' in the chosen language (English '15th')."""
    return word("birthdays", LUNAR_DAY_WORDS[day - 1])


def lunar_date_text(month: int, day: int, leap_month: bool = False, *, year: int | None = None,
                    marked: bool = True) -> str:
    """A lunar date as people say it: '农历八月十五', '农历1985年闰四月初一', or unmarked '八月十五' (English
    '8th month, 15th day (lunar)', '8th month, 15th day')."""
    month_text, day_text = lunar_month_name(month, leap_month), lunar_day_name(day)
    if not marked:
        return fill(translate("birthdays", "%1%2"), month_text, day_text)
    if year:
        return fill(translate("birthdays", "农历%1年%2%3"), year, month_text, day_text)
    return fill(translate("birthdays", "农历%1%2"), month_text, day_text)


@lru_cache(maxsize=4096)
def lunar_of_solar(day: date) -> tuple[int, int, int, bool]:
    """(lunar year, month, day, is leap month) of a solar date."""
    lunar = _lunar_calendar().Solar.fromYmd(day.year, day.month, day.day).getLunar()
    return lunar.getYear(), abs(lunar.getMonth()), lunar.getDay(), lunar.getMonth() < 0


def short_text(birthday: Birthday | None) -> str:
    """Compact form for lists: '1985-03-12', '03-12' or '农历三月十二' (in the chosen language)."""
    if birthday is None:
        return ""
    if birthday.is_lunar:
        return lunar_date_text(birthday.month, birthday.day, birthday.leap_month)
    return date_text(birthday.year, birthday.month, birthday.day)


def describe(birthday: Birthday | None, today: date | None = None) -> str:
    """Both ways at once: '农历三月十二（公历 2026-04-28）' — the next time it falls — or
    '1985-03-12（农历正月廿一）', the lunar date of birth."""
    if birthday is None:
        return ""
    today = today or date.today()
    if birthday.is_lunar:
        lunar_text = lunar_date_text(birthday.month, birthday.day, birthday.leap_month, year=birthday.year)
        upcoming = next_occurrence(birthday, today)
        return fill(translate("birthdays", "%1（公历 %2）"), lunar_text,
                    date_text(upcoming.year, upcoming.month, upcoming.day))
    solar_text = date_text(birthday.year, birthday.month, birthday.day)
    born = solar_date_of_birth(birthday)
    if born is None:
        return solar_text
    _, month, day, leap = lunar_of_solar(born)
    return fill(translate("birthdays", "%1（农历%2）"), solar_text, lunar_date_text(month, day, leap, marked=False))


def age_on(birthday: Birthday | None, today: date) -> int | None:
    born = solar_date_of_birth(birthday) if birthday else None
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
