from datetime import date

import pytest

from salon.clients.birthdays import (
    LUNAR,
    SOLAR,
    Birthday,
    age_on,
    describe,
    make_birthday,
    next_occurrence,
    solar_date_of_birth,
)
from salon.errors import ValidationError


def test_lunar_birthday_moves_to_this_years_solar_date():
    birthday = make_birthday(LUNAR, None, 3, 12)
    # 农历三月十二 fell on 2025-04-09 and falls on 2026-04-28.
    assert next_occurrence(birthday, date(2025, 1, 1)) == date(2025, 4, 9)
    assert next_occurrence(birthday, date(2026, 1, 1)) == date(2026, 4, 28)
    assert next_occurrence(birthday, date(2026, 4, 29)) == date(2027, 4, 18)


def test_lunar_birthday_late_in_the_lunar_year_is_found_before_spring_festival():
    # 腊月二十 of lunar 2025 falls in February 2026, before the 2026 Spring Festival (2026-02-17).
    birthday = make_birthday(LUNAR, None, 12, 20)
    assert next_occurrence(birthday, date(2026, 1, 15)) == date(2026, 2, 7)


def test_lunar_thirtieth_is_kept_on_the_29th_in_a_short_month():
    birthday = Birthday(LUNAR, 2, 30)
    # Lunar 2026 month 2 has 29 days.
    assert next_occurrence(birthday, date(2026, 3, 1)) == date(2026, 4, 16)


def test_leap_month_birthday_is_kept_in_the_ordinary_month():
    born = make_birthday(LUNAR, 2025, 6, 3, leap_month=True)  # 2025 had a leap sixth month
    assert solar_date_of_birth(born) == date(2025, 7, 27)
    assert next_occurrence(born, date(2026, 1, 1)) == date(2026, 7, 16)


def test_solar_29_february_is_kept_on_28_february_in_common_years():
    birthday = make_birthday(SOLAR, 1996, 2, 29)
    assert next_occurrence(birthday, date(2026, 1, 1)) == date(2026, 2, 28)
    assert next_occurrence(birthday, date(2027, 3, 1)) == date(2028, 2, 29)


@pytest.mark.parametrize(
    ("kind", "year", "month", "day", "leap"),
    [
        (SOLAR, 1990, 2, 30, False),
        (SOLAR, None, 4, 31, False),
        (SOLAR, 1990, 13, 1, False),
        (LUNAR, None, 13, 1, False),
        (LUNAR, 2026, 2, 30, False),  # only 29 days that month
        (LUNAR, 2026, 6, 1, True),  # no leap sixth month in 2026
    ],
)
def test_impossible_dates_are_refused(kind, year, month, day, leap):
    with pytest.raises(ValidationError) as caught:
        make_birthday(kind, year, month, day, leap)
    # A lunar date of a known year is refused in lunar words.
    assert caught.value.code == ("date_invalid_lunar" if kind == LUNAR and year else "date_invalid")


def test_a_bad_lunar_date_is_refused_in_lunar_words():
    with pytest.raises(ValidationError) as caught:
        make_birthday(LUNAR, 2023, 2, 30, True)
    assert str(caught.value) == "农历2023年闰二月没有三十（这个月只有29天）。"
    with pytest.raises(ValidationError) as caught:
        make_birthday(LUNAR, 2026, 6, 1, True)
    assert str(caught.value) == "农历2026年没有闰六月。"


@pytest.mark.parametrize(("kind", "year", "month"), [(SOLAR, 2031, 1), (SOLAR, 2026, 12), (LUNAR, 2026, 11)])
def test_birth_date_in_the_future_is_refused(kind, year, month):
    with pytest.raises(ValidationError) as caught:
        make_birthday(kind, year, month, 20, today=date(2026, 11, 23))
    assert caught.value.code == "date_future"


def test_birthdays_are_shown_both_ways():
    lunar = make_birthday(LUNAR, None, 3, 12)
    assert describe(lunar, today=date(2026, 1, 1)) == "农历三月十二（公历 2026-04-28）"
    solar = make_birthday(SOLAR, 1985, 3, 12)
    assert describe(solar, today=date(2026, 1, 1)) == "1985-03-12（农历正月廿一）"
    assert describe(make_birthday(SOLAR, None, 7, 7)) == "07-07"


def test_age_counts_from_the_solar_date_of_birth():
    born = make_birthday(SOLAR, 1990, 6, 15)
    assert age_on(born, date(2026, 6, 14)) == 35
    assert age_on(born, date(2026, 6, 15)) == 36
    assert age_on(make_birthday(SOLAR, None, 6, 15), date(2026, 6, 15)) is None
