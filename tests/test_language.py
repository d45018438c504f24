"""Which language the app speaks, and salon/ speaking it through the shipped catalogues (no window needed)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from salon import words
from ui.language import LANGUAGES, chosen_language, install_for_command_line, language_locale, system_language


@pytest.fixture(autouse=True)
def source_language_after():
    yield
    words.install(None)


@pytest.mark.parametrize(("locale", "language"), [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("zh_MO", "zh_TW"),
    ("zh_Hant_CN", "zh_TW"), ("en_GB", "en"), ("en_US", "en"), ("de_DE", "en"), ("ja_JP", "en"),
])
def test_the_system_locale_picks_one_of_the_three(locale, language):
    assert system_language(QLocale(locale)) == language


def test_a_saved_choice_wins_over_the_system_and_nonsense_is_ignored():
    for language in LANGUAGES:
        assert chosen_language(language) == language
    assert chosen_language("fr_FR") == system_language()
    assert chosen_language("") == system_language()


def test_each_language_formats_with_a_locale_that_speaks_it():
    assert language_locale("zh_TW").language() == QLocale.Language.Chinese
    assert language_locale("en").language() == QLocale.Language.English
    assert language_locale("zh_CN").territory() in (QLocale.Country.China, QLocale.system().territory())


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Please enter a name."), ("zh_TW", "請填寫姓名。"), ("zh_CN", "请填写姓名。")])
def test_the_command_line_reads_the_shipped_catalogue(language, expected):
    install_for_command_line(language)
    assert words.language() == language
    assert words.translate("messages", "请填写姓名。") == expected
    assert words.translate("messages", "a text no catalogue has") == "a text no catalogue has"


def test_fill_puts_arguments_in_the_translations_order_once():
    assert words.fill("%2 paid %1", "¥100", "Ms Wang") == "Ms Wang paid ¥100"
    assert words.fill("%1 and %2", "%2", "x") == "%2 and x"  # an argument holding %2 stays as typed
    assert words.translate("ctx", "%n 位客户", n=3) == "3 位客户"


def test_dates_follow_the_language_one_format_per_language(qapp):
    from datetime import date, datetime

    from ui.common.formats import date_text, datetime_text, weekday_text

    day = date(2026, 10, 3)
    try:
        QLocale.setDefault(QLocale("zh_CN"))
        assert date_text(day) == "2026-10-03" and date_text(datetime(2026, 10, 3, 9, 5)) == "2026-10-03"
        assert datetime_text(datetime(2026, 10, 3, 9, 5)) == "2026-10-03 09:05"
        assert weekday_text(day) == "周六"
        QLocale.setDefault(QLocale("zh_TW"))
        assert weekday_text(day) == "週六"
        QLocale.setDefault(QLocale("en_GB"))
        assert date_text(day) == "03/10/2026" and weekday_text(day) == "Sat"
        QLocale.setDefault(QLocale("en_US"))
        assert date_text(day) == "10/3/2026"
    finally:
        QLocale.setDefault(QLocale.system())


def test_amounts_are_grouped_and_pointed_by_the_locale_exactly(qapp):
    from ui.common.labels import amount_text, money

    try:
        QLocale.setDefault(QLocale("zh_CN"))
        assert money(158000) == "¥1,580.00" and money(-5) == "-¥0.05"
        assert amount_text(123456789012) == "1,234,567,890.12"
        QLocale.setDefault(QLocale("en_IN"))  # an English salon in India groups by lakh
        assert amount_text(123456700) == "12,34,567.00"
        QLocale.setDefault(QLocale("de_DE"))
        assert amount_text(158099) == "1.580,99"
    finally:
        QLocale.setDefault(QLocale.system())
