"""The salon's settings live in its database; money is named in words for confirmations; absurd amounts refused."""
from __future__ import annotations

import pytest

from salon.db import close_database, open_database
from salon.errors import ValidationError
from salon.money import parse_yuan, refuse_absurd, yuan_in_words
from salon.settings import COMMISSION_ON_LIST, SalonSettings, load_settings, save_settings


def test_settings_have_defaults_and_are_kept_in_the_file(db_path):
    database = open_database(db_path)
    assert load_settings() == SalonSettings()
    assert load_settings().commission_on_cards == "paid"
    save_settings(SalonSettings(salon_name="  丽人  美容 ", salon_phone="0571-8888 6666",
                                commission_on_cards=COMMISSION_ON_LIST, confirm_above_fen=500000))
    close_database(database)
    database = open_database(db_path)
    stored = load_settings()
    assert stored.salon_name == "丽人 美容" and stored.commission_on_cards == "list"
    assert stored.confirm_above_fen == 500000
    close_database(database)


@pytest.mark.parametrize("settings", [
    SalonSettings(salon_name="名" * 41), SalonSettings(commission_on_cards="maybe"),
    SalonSettings(confirm_above_fen=0), SalonSettings(confirm_above_fen=100_000_001),
])
def test_bad_settings_are_refused_and_nothing_changes(database, settings):
    save_settings(SalonSettings(salon_name="丽人"))
    with pytest.raises(ValidationError):
        save_settings(settings)
    assert load_settings() == SalonSettings(salon_name="丽人")


@pytest.mark.parametrize(("fen", "words"), [
    (2_500_000, "贰万伍仟元整"), (100, "壹元整"), (1_001_000, "壹万零壹拾元整"), (10_010_000, "壹拾万零壹佰元整"),
    (100_050, "壹仟元伍角整"), (55, "伍角伍分"), (1_230_405, "壹万贰仟叁佰零肆元零伍分"), (0, "零元整"),
    (100_000_000, "壹佰万元整"),
])
def test_an_amount_in_the_capitals_of_a_receipt(fen, words):
    assert yuan_in_words(fen) == words


def test_an_absurd_amount_is_refused_wherever_it_is_typed():
    assert refuse_absurd(100_000_000) == 100_000_000
    with pytest.raises(ValidationError) as raised:
        refuse_absurd(100_000_001, "price")
    assert raised.value.code == "amount_absurd" and raised.value.field == "price"
    with pytest.raises(ValidationError):
        parse_yuan("1000000.01")


@pytest.mark.parametrize(("language", "amount", "count"), [
    ("zh_CN", "贰万伍仟元整", "一万零一十"), ("zh_TW", "貳萬伍仟元整", "一萬零一十"),
    ("en", "twenty-five thousand yuan", "ten thousand and ten"),
])
def test_amounts_and_counts_in_words_follow_the_language(language, amount, count):
    from salon import words
    from salon.money import number_in_words, yuan_in_words

    words.install(None if language == "zh_CN" else lambda context, text, disambiguation, n: text, language)
    try:
        assert yuan_in_words(2_500_000) == amount and number_in_words(10010) == count
        if language == "en":
            assert yuan_in_words(1250) == "twelve yuan fifty fen" and yuan_in_words(5) == "five fen"
            assert number_in_words(120) == "one hundred and twenty"
    finally:
        words.install(None)
