"""The morning list on a fixed calendar: lunar birthdays across the new year, in a leap month and on 腊月三十,
follow-ups on day 1 and 7 and overdue, regulars who drift and one who does not, cards low, expiring and used
up, holiday greetings that differ per client, and what done, snoozed and dismissed do."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from salon.catalogue import PlanInput, ServiceInput, save_plan, save_service
from salon.clients.profiles import BirthdayInput, ClientInput, EventInput, FamilyInput, save_client
from salon.packages.selling import sell_package
from salon.payments import PaymentInput
from salon.reminders.actions import Outcome, complete, dismiss, snooze
from salon.reminders.listing import build_reminders, reminder_lines
from salon.reminders.logs import log_complaint, log_gift, resolve_complaint, suggest_gift
from salon.settings import SalonSettings, save_settings
from salon.staff import StaffInput, save_staff
from salon.store.models import Contact
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit

ON = date(2026, 2, 14)  # four days before the lunar new year of 2026 (2026-02-17)


def client(name: str, phone: str, **fields) -> int:
    return save_client(ClientInput(name=name, phone=phone, **fields)).id


def lunar(month: int, day: int, year: int | None = None, leap: bool = False) -> BirthdayInput:
    return BirthdayInput("lunar", year, month, day, leap)


def keys(found, kind: str) -> list[tuple[str, date]]:
    return [(item.client_name, item.due) for item in found.of_kind(kind)]


def at(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time()) + timedelta(hours=10)


def visit(client_id: int, service_id: int, when: datetime, **fields):
    price = 19800
    return save_visit(VisitInput(client_id, when, [VisitItemInput("service", service_id)],
                                 [PaymentInput("cash", price)], **fields), when=when)


@pytest.fixture
def facial(database):
    return save_service(ServiceInput(name="深层清洁", price="198", followup_days="1,7")).id


def test_lunar_birthdays_across_the_new_year_on_the_29th_and_in_a_leap_month(database):
    client("腊月二十", "13800000001", birthday=lunar(12, 20))  # lunar year 2025: 2026-02-07, before the window
    client("正月初三", "13800000002", birthday=lunar(1, 3))  # after the new year: 2026-02-19
    client("除夕生", "13800000003", birthday=lunar(12, 30))  # 腊月 of 2025 has 29 days: on 廿九, 2026-02-16
    client("公历生", "13800000004", birthday=BirthdayInput("solar", 1990, 2, 20))
    found = build_reminders(ON, 7)
    assert keys(found, "birthday") == [("除夕生", date(2026, 2, 16)), ("正月初三", date(2026, 2, 19)),
                                       ("公历生", date(2026, 2, 20))]
    assert [item.title for item in found.of_kind("birthday")][0] == "生日（农历腊月三十）"
    # Born in the leap sixth month of 2025: 2026 has none, so she is celebrated in the ordinary sixth month.
    client("闰六月生", "13800000005", birthday=lunar(6, 10, 2025, leap=True))
    summer = build_reminders(date(2026, 7, 20), 7)
    assert ("闰六月生", date(2026, 7, 23)) in keys(summer, "birthday")


def test_family_birthdays_and_yearly_events_and_a_care_call(database):
    client("王芳", "13800000011", family=[FamilyInput("child", "小宝", BirthdayInput("solar", 2018, 2, 15))],
           events=[EventInput("wedding", date(2016, 2, 18), "结婚十周年"),
                   EventInput("illness", date(2026, 2, 10), "阑尾炎手术")])
    found = build_reminders(ON, 7)
    titles = {item.title for item in found.items}
    assert "孩子小宝生日（2月15日）" in titles
    assert "结婚纪念日（10 周年）" in titles
    assert "关心：生病" in titles  # a one-off event: a care call from its date on


def test_follow_ups_on_day_one_and_seven_and_one_overdue(database, facial):
    wang = client("王芳", "13800000021")
    li = client("李娜", "13800000022")
    visit(wang, facial, datetime(2026, 2, 13, 10))  # day 1 on the 14th, day 7 on the 20th
    visit(li, facial, datetime(2026, 2, 5, 10))  # day 7 was the 12th: overdue
    found = build_reminders(ON, 7)
    assert [(item.client_name, item.title, item.due) for item in found.of_kind("followup")] == [
        ("李娜", "回访：深层清洁 第 1 天", date(2026, 2, 6)),
        ("李娜", "回访：深层清洁 第 7 天", date(2026, 2, 12)),
        ("王芳", "回访：深层清洁 第 1 天", date(2026, 2, 14)),
        ("王芳", "回访：深层清洁 第 7 天", date(2026, 2, 20)),
    ]
    assert found.items[0].client_name == "李娜", "what is overdue stays on top"


def test_a_regular_who_drifts_past_her_own_rhythm_and_one_who_does_not(database, facial):
    drifting = client("常客甲", "13800000031")
    steady = client("常客乙", "13800000032")
    for weeks in (10, 8, 6):  # every two weeks, last visit six weeks ago: 28 days over her rhythm
        visit(drifting, facial, at(ON - timedelta(weeks=weeks)))
    for weeks in (6, 4, 2):  # every two weeks, last visit two weeks ago: on time
        visit(steady, facial, at(ON - timedelta(weeks=weeks)))
    found = build_reminders(ON, 7)
    lapsing = found.of_kind("lapse")
    assert [item.client_name for item in lapsing] == ["常客甲"]
    assert lapsing[0].title == "流失预警：该回访了"
    assert "平时约 14 天来一次，已超过 28 天" in lapsing[0].detail


def test_cards_at_two_sessions_expiring_and_used_up(database, facial):
    wang = client("王芳", "13800000041")
    plan = save_plan(PlanInput(name="清洁3次卡", kind="count", price="500", sessions=3, validity_days=30,
                               service_ids=[facial]))
    card = sell_package(wang, plan.id, [PaymentInput("cash", 50000)], when=datetime(2026, 1, 20, 10))
    save_visit(VisitInput(wang, datetime(2026, 2, 1, 10), [VisitItemInput("service", facial, package_id=card.id)]),
               when=datetime(2026, 2, 1, 10))
    titles = [item.title for item in build_reminders(ON, 7).of_kind("card")]
    assert sorted(titles) == ["卡快到期：清洁3次卡", "卡快用完了：清洁3次卡"]
    li = client("李娜", "13800000042")
    used = sell_package(li, plan.id, [PaymentInput("cash", 50000)], when=datetime(2026, 2, 10, 10))
    save_visit(VisitInput(li, datetime(2026, 2, 12, 10), [VisitItemInput("service", facial, package_id=used.id,
                                                                          quantity=3)]),
               when=datetime(2026, 2, 12, 10))
    used_up = [item for item in build_reminders(ON, 7).of_kind("card") if item.client_id == li]
    assert [item.title for item in used_up] == ["卡已用完：清洁3次卡"]
    assert "送一份小礼物" in used_up[0].detail


def test_holiday_greetings_differ_per_client_and_need_consent(database, facial):
    therapist = save_staff(StaffInput(name="赵雪")).id
    ids = [client(f"客户{n}", f"1380000005{n}", interests="瑜伽、烘焙", marketing_consent=True,
                  therapist_id=therapist) for n in range(4)]
    no_consent = client("不要广告", "13800000060")
    for client_id in [*ids, no_consent]:
        visit(client_id, facial, datetime(2026, 1, 10, 10))
    found = build_reminders(ON, 7)  # the Spring Festival, 2026-02-17
    greetings = found.of_kind("holiday")
    assert {item.client_id for item in greetings} == set(ids)
    drafts = [item.draft for item in greetings]
    assert len(set(drafts)) == len(drafts)
    assert all("春节" in draft and "赵雪" in draft and ("瑜伽" in draft or "烘焙" in draft) for draft in drafts)
    assert all(greetings[n].client_name in greetings[n].draft for n in range(len(greetings)))


def test_do_not_contact_means_no_greeting_but_still_the_complaint_call(database, facial):
    quiet = client("请勿打扰", "13800000071", do_not_contact=True, birthday=BirthdayInput("solar", None, 2, 15))
    visit(quiet, facial, datetime(2026, 2, 13, 10), complaint=True)
    found = build_reminders(ON, 7)
    assert found.of_kind("birthday") == []
    assert [item.title for item in found.of_kind("complaint")] == ["不满意回访：第二天打电话"]
    assert [item.client_id for item in found.of_kind("followup")] == [quiet, quiet]


def test_done_and_dismissed_never_come_back_and_snoozed_returns_on_its_date(database, facial):
    wang = client("王芳", "13800000081")
    visit(wang, facial, datetime(2026, 2, 13, 10))
    day_one, day_seven = build_reminders(ON, 7).of_kind("followup")
    complete(day_one.key, wang, "followup", Outcome("phone", "皮肤不错", skin_reaction="轻微泛红已退", satisfied=True,
                                                      next_booked=True), when=datetime(2026, 2, 14, 9))
    contact = Contact.get(Contact.client == wang)
    assert (contact.skin_reaction, contact.satisfied, contact.next_booked) == ("轻微泛红已退", True, True)
    snooze(day_seven.key, wang, date(2026, 2, 22), when=datetime(2026, 2, 14, 9))
    assert build_reminders(ON, 7).of_kind("followup") == []
    back = build_reminders(date(2026, 2, 22), 7).of_kind("followup")
    assert [(item.key, item.due) for item in back] == [(day_seven.key, date(2026, 2, 22))]
    dismiss(day_seven.key, wang, when=datetime(2026, 2, 22, 9))
    assert build_reminders(date(2026, 2, 22), 7).of_kind("followup") == []
    assert build_reminders(date(2026, 2, 25), 7).of_kind("followup") == []


def test_open_complaints_are_reminders_and_gift_suggestions_avoid_the_last_gift(database):
    wang = client("王芳", "13800000091")
    complaint = log_complaint(wang, date(2026, 2, 10), "面膜过敏，脸上起疹子")
    assert [item.title for item in build_reminders(ON, 7).of_kind("complaint")] == ["投诉未解决"]
    resolve_complaint(complaint.id, "退还面膜费用并送一次舒缓护理", date(2026, 2, 14))
    assert build_reminders(ON, 7).of_kind("complaint") == []
    first = suggest_gift(wang)
    log_gift(wang, date(2026, 2, 14), first, occasion="投诉致歉", cost_fen=3000)
    assert suggest_gift(wang) != first


def test_the_list_as_text_groups_kinds_with_counts_and_marks_what_is_late(database, facial):
    li = client("李娜", "13800000101")
    visit(li, facial, datetime(2026, 2, 5, 10))
    text = "\n".join(reminder_lines(build_reminders(ON, 7)))
    assert "【护理回访】2 条" in text and "2026-02-12（已逾期）  李娜" in text
    assert "【流失预警】1 条" in text and "第一次来店，问问感受" in text


def test_windows_are_owner_settings(database, facial):
    regular = client("常客", "13800000111")
    for days in (40, 30, 20):
        visit(regular, facial, at(ON - timedelta(days=days)))
    assert build_reminders(ON, 7).of_kind("lapse") == []  # 20 days since, rhythm 10: 10 over, below 15
    save_settings(SalonSettings(lapse_due_days_over=7))
    assert [item.title for item in build_reminders(ON, 7).of_kind("lapse")] == ["流失预警：该回访了"]


def test_the_demo_leaves_a_morning_worth_seeing(database):
    from salon.demo.generator import generate_demo

    today = date(2026, 9, 14)
    summary = generate_demo(database, clients=300, months=24, seed=2, today=today)
    found = build_reminders(today, 7)
    assert summary.open_reminders == len(found.items)
    birthdays = found.of_kind("birthday")
    assert any("农历" in item.title for item in birthdays) and len(birthdays) >= 3
    followups = found.of_kind("followup")
    assert any(item.overdue(today) for item in followups) and any(item.due >= today for item in followups)
    drifting = [item for item in found.of_kind("lapse") if item.title in ("流失预警：该回访了", "流失预警：流失风险")
                and "平时约" in item.detail]
    assert len(drifting) == 2  # the two regulars the demo keeps; the quiet one may be a regular too
    assert any(item.title.startswith("卡快用完了") for item in found.of_kind("card"))
    assert any(item.title == "投诉未解决" for item in found.of_kind("complaint"))
    assert len(found.of_kind("followup")) < 80, "the past is dealt with: a morning's list, not two years of calls"


def test_the_list_exports_to_excel_with_real_dates_and_no_formulas(database, facial, tmp_path):
    from openpyxl import load_workbook

    from salon.reminders.export import write_reminders_xlsx

    evil = client("=HYPERLINK(\"x\")", "13800000121")
    visit(evil, facial, datetime(2026, 2, 5, 10))
    path = write_reminders_xlsx(build_reminders(ON, 7), tmp_path / "提醒.xlsx")
    sheet = load_workbook(path).active
    assert [cell.value for cell in sheet[1]][:4] == ["日期", "逾期", "类型", "客户"]
    first = [cell.value for cell in sheet[2]]
    assert first[0] == datetime(2026, 2, 6) and first[1] == "是" and first[2] == "护理回访"
    assert first[3] == "'=HYPERLINK(\"x\")"  # shown as typed, never run


def test_a_therapists_own_clients_come_first(database, facial):
    zhao = save_staff(StaffInput(name="赵雪")).id
    liu = save_staff(StaffInput(name="刘芳")).id
    visit(client("安琪", "13800000131", therapist_id=liu), facial, datetime(2026, 2, 13, 9))
    visit(client("赵敏", "13800000132", therapist_id=zhao), facial, datetime(2026, 2, 13, 11))
    assert [item.client_name for item in build_reminders(ON, 0).of_kind("followup")] == ["安琪", "赵敏"]
    names = [item.client_name for item in build_reminders(ON, 0, therapist_first=zhao).of_kind("followup")]
    assert names == ["赵敏", "安琪"]


def test_follow_up_calls_and_visit_summaries_follow_every_write(database, facial):
    from salon.store.models import ClientPackage
    from salon.visits.recording import load_visit_input, update_visit, void_visit

    wang = client("王芳", "13800000141")
    saved = visit(wang, facial, datetime(2026, 2, 13, 10))
    calls = lambda: database.execute_sql("SELECT day, due_on FROM followup_call ORDER BY day").fetchall()  # noqa: E731
    assert calls() == [(1, "2026-02-14"), (7, "2026-02-20")]
    data = load_visit_input(saved.id)
    data.visited_at = datetime(2026, 2, 12, 10)  # the correction moves the day, and the calls with it
    update_visit(saved.id, data, "记错了日期", when=datetime(2026, 2, 14, 9))
    assert calls() == [(1, "2026-02-13"), (7, "2026-02-19")]
    void_visit(saved.id, "重复登记", when=datetime(2026, 2, 14, 10))
    assert build_reminders(ON, 7).of_kind("followup") == []  # a void visit asks for no call
    plan = save_plan(PlanInput(name="清洁5次卡", kind="count", price="800", sessions=5, service_ids=[facial]))
    card = sell_package(wang, plan.id, [PaymentInput("cash", 80000)], when=datetime(2026, 1, 5, 10))
    save_visit(VisitInput(wang, datetime(2026, 1, 20, 10), [VisitItemInput("service", facial, package_id=card.id)]),
               when=datetime(2026, 1, 20, 10))
    assert str(ClientPackage.get_by_id(card.id).last_used_at).startswith("2026-01-20")
    # Three visits make a rhythm; her summary follows a void at once.
    regular = client("常客", "13800000151")
    visits = [visit(regular, facial, at(ON - timedelta(days=days))) for days in (62, 48, 34)]
    lapsing = [item for item in build_reminders(ON, 0).of_kind("lapse") if item.client_name == "常客"]
    assert [item.title for item in lapsing] == ["流失预警：该回访了"]  # 34 days since, her rhythm is 14
    void_visit(visits[-1].id, "没来", when=datetime(2026, 2, 14, 11))
    # Two visits left, the last 48 days ago: no rhythm yet and still inside the salon's 60-day floor.
    assert [item for item in build_reminders(ON, 0).of_kind("lapse") if item.client_name == "常客"] == []


def test_a_lapse_dealt_with_stays_dealt_with_when_her_summary_is_recomputed(database, facial):
    from salon.visits.recording import void_visit

    regular = client("常客丙", "13800000161")
    visits = [visit(regular, facial, at(ON - timedelta(days=days))) for days in (90 + 62, 90 + 48, 62, 48, 34)]
    lapsing = [item for item in build_reminders(ON, 0).of_kind("lapse") if item.client_id == regular]
    assert [item.title for item in lapsing] == ["流失预警：该回访了"]
    dismiss(lapsing[0].key, regular, when=datetime(2026, 2, 14, 9))
    void_visit(visits[0].id, "登记错了", when=datetime(2026, 2, 14, 10))  # her last visit stays the same
    assert [item for item in build_reminders(ON, 0).of_kind("lapse") if item.client_id == regular] == []
    # Two weeks on she is further over her rhythm: a new level, a new call.
    later = [item for item in build_reminders(ON + timedelta(days=14), 0).of_kind("lapse")
             if item.client_id == regular]
    assert [item.title for item in later] == ["流失预警：流失风险"]


def test_cards_low_in_money_and_never_used_and_dealt_with(database, facial):
    zhou = client("周晴", "13800000171")
    value = save_plan(PlanInput(name="储值1000", kind="stored_value", price="1000"))
    card = sell_package(zhou, value.id, [PaymentInput("cash", 100000)], when=datetime(2025, 11, 1, 10))
    save_visit(VisitInput(zhou, datetime(2026, 2, 10, 10), [VisitItemInput("service", facial, unit_price_fen=85000)],
                          [PaymentInput("stored_value", 85000, package_id=card.id)]), when=datetime(2026, 2, 10, 10))
    wu = client("吴敏", "13800000172")
    plan = save_plan(PlanInput(name="清洁10次卡", kind="count", price="1500", sessions=10, service_ids=[facial]))
    sell_package(wu, plan.id, [PaymentInput("cash", 150000)], when=datetime(2025, 11, 20, 10))
    cards = {item.client_name: item for item in build_reminders(ON, 7).of_kind("card")}
    assert (cards["周晴"].title, cards["周晴"].detail) == ("储值卡余额不多：储值1000", "余额 ¥150.00，可以提醒续充")
    assert (cards["吴敏"].title, cards["吴敏"].detail) == ("卡很久没用：清洁10次卡", "2025-11-20 买的，还没用过")
    complete(cards["周晴"].key, zhou, "card", Outcome("wechat", "她下周来续充"), when=datetime(2026, 2, 14, 9))
    dismiss(cards["吴敏"].key, wu, when=datetime(2026, 2, 14, 9))
    assert build_reminders(ON, 7).of_kind("card") == []


def test_the_list_read_a_page_at_a_time_is_the_list_made_whole(database, facial):
    from salon.reminders.listing import PAGE

    for n in range(PAGE + 30):  # more than a page of follow-ups, and a birthday among them
        visit(client(f"客户{n:03d}", f"139{n:08d}"), facial, at(ON - timedelta(days=n % 9)))
    client("寿星", "13800000181", birthday=BirthdayInput("solar", 1990, 2, 16))
    found = build_reminders(ON, 7)
    whole = build_reminders(ON, 7).items
    view = found.view()
    assert len(view) == len(whole) == len(found) > PAGE
    assert [view[index] for index in reversed(range(len(view)))] == list(reversed(whole))
    assert found.counts() == {kind: sum(item.kind == kind for item in whole) for kind in found.counts()}
    assert found.overdue_count() == sum(item.overdue(ON) for item in whole) > 0
    birthdays = found.view("birthday")
    assert [item.client_name for item in birthdays] == ["寿星"]
    assert birthdays.position_of(birthdays[0].key) == 0 and view.position_of(birthdays[0].key) >= 0
    assert all(item.title.startswith("回访：深层清洁 第 ") for item in found.of_kind("followup"))
