"""What salon/ writes for people follows the language the UI or the command line chose: reminders, birthdays and
lunar dates, the client's timeline, the refund statement, the printed review and the accountant's workbook.

Two translators stand in for the catalogues (whose English is written separately): a pseudo-translation that
turns every Chinese character it is handed into 'ж', so that any Chinese left in the output was never offered
for translation, and a few English words to read whole sentences back. Simplified Chinese, with nothing
installed, is what the other tests check byte for byte.
"""
from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from salon import words
from salon.catalogue import PlanInput, ServiceInput, save_plan, save_service
from salon.clients.birthdays import Birthday, describe, lunar_date_text, short_text
from salon.clients.profiles import BirthdayInput, ClientInput, FamilyInput, save_client
from salon.packages.refunds import refund_package, refund_quote
from salon.packages.selling import sell_package
from salon.payments import PaymentInput
from salon.reminders.actions import Outcome, complete
from salon.reminders.listing import build_reminders, reminder_lines
from salon.reports.figures import money_headers, review_figures, rows_behind
from salon.reports.period import month_of, parse_month
from salon.reports.printout import review_lines
from salon.reports.review import build_review
from salon.reports.workbook import write_workbook
from salon.settings import SalonSettings, load_settings, save_settings
from salon.store.models import SalonSetting
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit
from salon.visits.timeline import client_timeline
from tests.test_reports import october  # noqa: F401 - the hand-computed month, as a fixture here too

CHINESE = re.compile(r"[\u3400-\u9fff]")


def _pseudo(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return CHINESE.sub("ж", text)


ENGLISH = {
    ("birthdays", "八月"): "8th month", ("birthdays", "四月"): "4th month", ("birthdays", "十五"): "15th",
    ("birthdays", "初一"): "1st", ("birthdays", "正月"): "1st month", ("birthdays", "廿一"): "21st",
    ("birthdays", "闰%1"): "leap %1", ("birthdays", "%1%2"): "%1, %2 day",
    ("birthdays", "农历%1%2"): "%1, %2 day (lunar)", ("birthdays", "农历%1年%2%3"): "%2, %3 day (lunar year %1)",
    ("birthdays", "%1（公历 %2）"): "%1 – next on %2", ("birthdays", "%1（农历%2）"): "%1 (lunar: %2)",
    ("dates", "3月"): "March", ("dates", "9月"): "September", ("dates", "M月d日"): "d MMMM",
    ("dates", "yyyy-MM-dd"): "d MMMM yyyy", ("dates", "MM-dd"): "d MMMM",
    ("occasions", "生日（%1）"): "Birthday – %1", ("occasions", "孩子"): "child",
    ("occasions", "%1%2生日（%3）"): "Birthday of her %1 %2 – %3",
    ("settings", "中秋节"): "Mid-Autumn Festival",
    ("settings", "{name}，{holiday}快乐！{therapist}和全店同事祝您节日愉快，{interest}之余也别忘了好好休息。"):
        "Happy {holiday}, {name}!",
    ("workbook", "汇总"): "Summary", ("workbook", "销售明细"): "Sales detail", ("workbook", "收款"): "Payments",
    ("workbook", "售卡充值"): "Card sales", ("workbook", "耗卡"): "Card use", ("workbook", "预收款"): "Prepaid",
    ("workbook", "在用卡"): "Cards in use", ("workbook", "提成"): "Commission", ("workbook", "客户"): "Client",
    ("workbook", "项目"): "Item", ("workbook", "金额"): "Amount", ("workbook", "说明"): "Notes",
    ("workbook", "日期"): "Date", ("workbook", "单号"): "Ref.", ("workbook", "类型"): "Type",
    ("workbook", "次数"): "Sessions", ("workbook", "本金"): "Principal", ("workbook", "赠送"): "Bonus",
    ("workbook", "业务"): "Transaction", ("workbook", "卡"): "Card", ("workbook", "撤销"): "Void",
    ("workbook", "发票分类：%1"): "VAT class: %1", ("workbook", "现结（应税）"): "Counter sale (VAT due)",
    ("liability", "次卡"): "Session card",
    ("refunds", "应退金额：%1 − %2 = %3 元"): "Refund due: %1 − %2 = ¥%3",
    ("refunds", "客户申请退卡"): "Refund requested by the client",
    ("period", "yyyy年M月"): "MMMM yyyy", ("printout", "报表 %1（%2 至 %3）"): "Review %1 (%2 to %3)",
    ("dates", "10月"): "October",
}


@pytest.fixture
def pseudo():
    words.install(_pseudo, "en")
    yield
    words.install(None)


@pytest.fixture
def english():
    words.install(lambda context, text, disambiguation, n: ENGLISH.get((context, text), text), "en")
    yield
    words.install(None)


def untranslated(lines: list[str], *data: str) -> list[str]:
    """The lines still holding Chinese once the names the test itself gave (in Chinese) are taken out."""
    found = []
    for line in lines:
        for name in data:
            line = line.replace(name, "")
        if CHINESE.search(line):
            found.append(line)
    return found


# --- lunar and solar dates -------------------------------------------------------------------------------
def test_lunar_dates_read_the_same_in_simplified_chinese():
    assert lunar_date_text(8, 15) == "农历八月十五"
    assert lunar_date_text(4, 1, True, year=1990) == "农历1990年闰四月初一"
    assert lunar_date_text(12, 30, marked=False) == "腊月三十"
    assert short_text(Birthday("solar", 3, 12)) == "03-12"
    assert describe(Birthday("solar", 3, 12, 1985)) == "1985-03-12（农历正月廿一）"


def test_lunar_and_solar_birthdays_in_english(english):
    assert lunar_date_text(8, 15) == "8th month, 15th day (lunar)"
    assert lunar_date_text(4, 1, True) == "leap 4th month, 1st day (lunar)"
    assert lunar_date_text(4, 1, True, year=1990) == "leap 4th month, 1st day (lunar year 1990)"
    assert short_text(Birthday("solar", 3, 12)) == "12 March"
    assert describe(Birthday("solar", 3, 12, 1985)) == "12 March 1985 (lunar: 1st month, 21st day)"
    assert (describe(Birthday("lunar", 8, 15), date(2026, 9, 1))
            == "8th month, 15th day (lunar) – next on 25 September 2026")


def test_birthday_reminders_in_english(database, english):
    save_client(ClientInput(name="Amy", phone="13800000001", birthday=BirthdayInput("lunar", None, 8, 15, False)))
    save_client(ClientInput(name="Bea", phone="13800000002", birthday=BirthdayInput("solar", 1990, 9, 26),
                            family=[FamilyInput("child", "Kit", BirthdayInput("solar", 2018, 9, 27))]))
    titles = {item.title for item in build_reminders(date(2026, 9, 24), 7).of_kind("birthday")}
    assert titles == {"Birthday – 8th month, 15th day (lunar)", "Birthday – 26 September",
                      "Birthday of her child Kit – 27 September"}


# --- reminders, the timeline, the refund statement -------------------------------------------------------
@pytest.fixture
def shop(database):
    """A client with a lunar birthday, a family member, a session card nearly used up, a follow-up due, a
    complaint and an unhappy visit, and the default holidays; every name in English, so any Chinese in the
    output is a word that was never translated."""
    facial = save_service(ServiceInput(name="Facial", price="198", followup_days="1,7")).id
    plan = save_plan(PlanInput(name="Facial x3", kind="count", price="450", sessions=3, service_ids=[facial]))
    amy = save_client(ClientInput(name="Amy", phone="13800000001", interests="yoga", marketing_consent=True,
                                  birthday=BirthdayInput("lunar", 1990, 8, 15, False),
                                  family=[FamilyInput("spouse", "Ben", BirthdayInput("lunar", None, 8, 16, False))]
                                  )).id
    card = sell_package(amy, plan.id, [PaymentInput("cash", 45000)], when=datetime(2026, 9, 1, 10))
    for day in (2, 10):
        save_visit(VisitInput(amy, datetime(2026, 9, day, 10), [VisitItemInput("service", facial,
                                                                              package_id=card.id)],
                              satisfaction=2 if day == 10 else None), when=datetime(2026, 9, day, 10))
    return {"amy": amy, "card": card.id, "facial": facial}


def test_every_reminder_word_is_offered_for_translation(shop, pseudo):
    found = build_reminders(date(2026, 9, 20), 14)
    assert {item.kind for item in found.items} >= {"birthday", "card", "followup", "complaint", "holiday"}
    assert untranslated(reminder_lines(found)) == []


def test_the_timeline_and_the_refund_statement_are_translated(shop, pseudo):
    complete(f"birthday:client:{shop['amy']}:2026-09-25", shop["amy"], "birthday",
             Outcome(channel="wechat", satisfied=True, next_booked=True, skin_reaction="fine"))
    quote = refund_quote(shop["card"], date(2026, 9, 20))
    assert untranslated(quote.lines) == []
    refund_package(shop["card"], "cash", today=date(2026, 9, 20), when=datetime(2026, 9, 20, 12))
    entries = client_timeline(shop["amy"])
    shown = [" ".join((entry.title, entry.change, entry.reason, entry.therapists)) for entry in entries]
    assert untranslated(shown, "Facial x3") == []
    assert any(entry.kind == "refund" and entry.reason == _pseudo("", "客户申请退卡", None, -1) for entry in entries)


def test_a_ledger_reason_already_written_stays_as_written(shop):
    """A reason is part of the record: written once in the language in use, read back as it was written."""
    refund_package(shop["card"], "cash", today=date(2026, 9, 20), when=datetime(2026, 9, 20, 12))
    words.install(_pseudo, "en")
    try:
        reasons = [entry.reason for entry in client_timeline(shop["amy"]) if entry.kind == "refund"]
    finally:
        words.install(None)
    assert reasons == ["客户申请退卡"]


def test_the_refund_statement_in_english(shop, english):
    quote = refund_quote(shop["card"], date(2026, 9, 20))
    assert quote.lines[-1] == "Refund due: 450.00 − 300.00 = ¥150.00"


# --- the default holidays and greetings ------------------------------------------------------------------
def test_default_greetings_follow_the_language_and_an_edited_one_stays_as_typed(database, english):
    settings = load_settings()
    assert "Mid-Autumn Festival|lunar:8-15" in settings.holidays.splitlines()
    assert settings.greetings.splitlines()[0] == "Happy {holiday}, {name}!"
    save_settings(settings)  # kept as it is: stored as the source, so that a change of language follows
    stored = {row.key: row.value for row in SalonSetting.select()}
    assert stored["holidays"] == SalonSettings().holidays and stored["greetings"] == SalonSettings().greetings
    save_settings(SalonSettings(greetings="Hi {name}, happy {holiday}!"))
    words.install(None)
    assert load_settings().greetings == "Hi {name}, happy {holiday}!"
    assert load_settings().holidays == SalonSettings().holidays  # back in Chinese


def test_a_holiday_greeting_sent_stays_sent_when_the_language_changes(shop):
    found = build_reminders(date(2026, 9, 20), 14)
    greeting = next(item for item in found.items if item.kind == "holiday")
    complete(greeting.key, shop["amy"], "holiday", Outcome(channel="wechat"))
    words.install(lambda context, text, disambiguation, n: ENGLISH.get((context, text), text), "en")
    try:
        again = build_reminders(date(2026, 9, 20), 14)
    finally:
        words.install(None)
    assert [item for item in again.items if item.kind == "holiday"] == []


# --- the review and the accountant's workbook ------------------------------------------------------------
OCTOBER_NAMES = ("王芳", "李娜", "赵敏", "刘芳", "深层清洁", "肩颈按摩", "保湿霜", "阳光花园", "翠湖天地", "清洁10次卡",
                 "储值1000送200", "理疗年卡")


def test_the_review_its_figures_and_the_printout_are_translated(october, pseudo):  # noqa: F811
    october()
    review = build_review(parse_month("2026-10"))
    assert untranslated(review_lines(review), *OCTOBER_NAMES) == []
    figures = review_figures(review)
    assert untranslated([f"{figure.section} {figure.label}" for figure in figures], *OCTOBER_NAMES) == []
    for figure in figures:
        if figure.drill:
            headers, rows = rows_behind(review, figure.drill)
            assert untranslated(headers) == []
            assert untranslated([" ".join(str(cell) for cell in row) for row in rows], *OCTOBER_NAMES) == []
    assert set(rows_behind(review, "cards:")[0]) & money_headers() >= {_pseudo("", "期初", None, -1)}


def test_the_review_title_in_english(database, english):
    review = build_review(month_of(date(2026, 10, 1)))
    assert review_lines(review)[0] == "Review October 2026 (2026-10-01 to 2026-10-31)"


def test_the_workbook_in_english(october, english, tmp_path):  # noqa: F811
    from openpyxl import load_workbook

    october()
    book = load_workbook(write_workbook(parse_month("2026-10"), tmp_path / "october.xlsx"), read_only=True)
    assert book.sheetnames == ["Summary", "Sales detail", "Payments", "Card sales", "Card use", "Prepaid",
                               "Cards in use", "Commission", "Client"]
    summary = [row for row in book["Summary"].iter_rows(values_only=True)]
    assert summary[0] == ("Item", "Amount", "Notes")
    assert "VAT class: Counter sale (VAT due)" in {row[0] for row in summary}
    usage = list(book["Card use"].iter_rows(values_only=True))
    assert usage[0][:3] == ("Date", "Ref.", "Client") and usage[0][4:] == ("Type", "Sessions", "Principal",
                                                                            "Bonus", "Transaction")
    assert usage[1][4:6] == ("Session card", 1)  # a session under Sessions, not as ¥0.01 of principal


def test_every_workbook_word_is_offered_for_translation(october, pseudo, tmp_path):  # noqa: F811
    from openpyxl import load_workbook

    october()
    book = load_workbook(write_workbook(parse_month("2026-10"), tmp_path / "october.xlsx"), read_only=True)
    assert untranslated(book.sheetnames) == []
    for sheet in book.worksheets:
        cells = [" ".join(str(cell) for cell in row if cell is not None) for row in sheet.iter_rows(values_only=True)]
        assert untranslated(cells, *OCTOBER_NAMES) == [], sheet.title


