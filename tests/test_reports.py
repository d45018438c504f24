"""The monthly review and the accountant's workbook on a month computed by hand, and on a demo month against
independent SQL sums.

The hand-computed October 2026: three cards sold (a 10-session facial card for ¥1,500, ¥1,000 stored value with
¥200 bonus, a 365-day annual card for ¥3,650), and four visits — a facial from the card (¥150 a session), a
¥300 massage paid from stored value (¥250 principal, ¥50 bonus), a facial and a cream paid in cash (¥318) and a
massage with ¥20 off paid by WeChat (¥280).
"""
from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest

from salon.catalogue import PlanInput, ProductInput, ServiceInput, save_plan, save_product, save_service
from salon.clients.profiles import ClientInput, save_client
from salon.packages.selling import sell_package
from salon.payments import PaymentInput
from salon.reports.figures import rows_behind
from salon.reports.liability import rollforward
from salon.reports.period import month_of, parse_month
from salon.reports.printout import review_lines
from salon.reports.review import build_review
from salon.reports.workbook import ExportCancelled, write_workbook
from salon.settings import SalonSettings, save_settings
from salon.staff import StaffInput, save_staff
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit

OCTOBER = parse_month("2026-10")


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 10, day, hour)


@pytest.fixture
def october(database):
    """The month above, with the commission policy asked for (the price really paid for a card session, or the
    list price)."""

    def make(policy: str = "paid") -> dict:
        save_settings(SalonSettings(commission_on_cards=policy))
        liu = save_staff(StaffInput(name="刘芳", commission_rate="10")).id
        facial = save_service(ServiceInput(name="深层清洁", price="198")).id
        massage = save_service(ServiceInput(name="肩颈按摩", price="300")).id
        cream = save_product(ProductInput(name="保湿霜", price="120")).id
        wang = save_client(ClientInput(name="王芳", phone="13800000001", community="阳光花园")).id
        li = save_client(ClientInput(name="李娜", phone="13800000002", community="阳光花园")).id
        zhao = save_client(ClientInput(name="赵敏", phone="13800000003", community="翠湖天地")).id
        sun = save_client(ClientInput(name="=HYPERLINK(\"http://x\")", phone="13800000004")).id
        count = save_plan(PlanInput(name="清洁10次卡", kind="count", price="1500", sessions=10, service_ids=[facial]))
        value = save_plan(PlanInput(name="储值1000送200", kind="stored_value", price="1000", bonus="200"))
        annual = save_plan(PlanInput(name="理疗年卡", kind="period", price="3650", validity_days=365,
                                     service_ids=[massage]))
        card = sell_package(wang, count.id, [PaymentInput("cash", 150000)], when=at(1))
        stored = sell_package(li, value.id, [PaymentInput("wechat", 100000)], when=at(2))
        sell_package(zhao, annual.id, [PaymentInput("alipay", 365000)], when=at(3))
        save_visit(VisitInput(wang, at(5), [VisitItemInput("service", facial, therapist_id=liu, package_id=card.id)]),
                   when=at(5))
        save_visit(VisitInput(li, at(6), [VisitItemInput("service", massage, therapist_id=liu)],
                              [PaymentInput("stored_value", 30000, package_id=stored.id)]), when=at(6))
        save_visit(VisitInput(sun, at(7), [VisitItemInput("service", facial), VisitItemInput("product", cream)],
                              [PaymentInput("cash", 31800)]), when=at(7))
        save_visit(VisitInput(sun, at(20), [VisitItemInput("service", massage, discount_fen=2000)],
                              [PaymentInput("wechat", 28000)]), when=at(20))
        return {"wang": wang, "li": li, "zhao": zhao, "sun": sun, "liu": liu}

    return make


def test_money_in_and_consumption_are_two_figures(october):
    october()
    review = build_review(OCTOBER)
    assert review.money.received_fen == 674800  # three cards and two cash visits
    assert (review.money.received_kind("sale"), review.money.received_kind("visit")) == (615000, 59800)
    assert review.money.method_total("stored_value") == 30000  # drawn from a card: not money in
    assert review.consumed_fen == 15000 + 25000 + 31800 + 28000
    assert (review.prepaid_fen, review.counter_fen, review.bonus_fen) == (15000 + 25000, 31800 + 28000, 5000)
    assert sum(row.amount_fen for row in review.services + review.products) == review.consumed_fen
    assert [(row.name, row.amount_fen) for row in review.services] == [
        ("肩颈按摩", 25000 + 28000), ("深层清洁", 15000 + 19800)]
    assert review.services[0].cumulative == pytest.approx(53000 / 87800)
    assert review.services[1].cumulative == pytest.approx(1.0 - 12000 / 99800, abs=0.2)  # products follow apart
    assert [(row.name, row.amount_fen, row.cumulative) for row in review.products] == [("保湿霜", 12000, 1.0)]


def test_clients_spend_share_categories_and_abc(october):
    people = october()
    review = build_review(OCTOBER)
    spend = [(client.client_id, client.spend_fen, client.abc, client.category) for client in review.clients]
    assert spend == [(people["zhao"], 365000, "A", "annual"), (people["wang"], 150000, "A", "walk_in"),
                     (people["li"], 100000, "B", "walk_in"), (people["sun"], 59800, "C", "walk_in")]
    assert review.spend_fen == review.money.received_fen
    assert review.category_counts == {"annual": (1, 365000), "monthly": (0, 0), "walk_in": (3, 309800)}
    assert review.abc_totals() == {"A": (2, 515000), "B": (1, 100000), "C": (1, 59800)}
    assert review.communities() == [("翠湖天地", 1, 365000), ("阳光花园", 2, 250000), ("", 1, 59800)]
    assert (review.new_clients, review.returning_clients, review.lapsed_clients) == (3, 0, 0)
    assert review.frequency == {"one_time": 2, "occasional": 1, "regular": 0}
    headers, rows = rows_behind(review, "visitors:occasional")
    assert headers[0] == "客户" and [row[0] for row in rows] == ['=HYPERLINK("http://x")']
    assert rows[0][3:] == [2, "2026-10-20"]
    save_settings(SalonSettings(abc_a_percent=50, abc_b_percent=80))  # 赵敏 alone already holds 54 %
    assert [client.abc for client in build_review(OCTOBER).clients] == ["A", "B", "B", "C"]


@pytest.mark.parametrize(("policy", "commission"), [("paid", 1500 + 3000), ("list", 1980 + 3000)])
def test_therapist_figures_under_both_commission_policies(october, policy, commission):
    people = october(policy)
    [liu] = build_review(OCTOBER).therapists
    assert (liu.staff_id, liu.visits, liu.clients) == (people["liu"], 2, 2)
    assert (liu.consumed_fen, liu.commission_fen) == (15000 + 25000, commission)


def test_prepaid_liability_rolls_forward_per_card_in_money_bonus_and_sessions(october):
    october()
    roll = rollforward(OCTOBER)
    by_name = {card.name: card for card in roll.cards}
    count, stored, annual = by_name["清洁10次卡"], by_name["储值1000送200"], by_name["理疗年卡"]
    assert (count.opening_fen, count.moves, count.closing_fen) == (0, {"sold": 150000, "consumed": 15000}, 135000)
    assert (count.opening_sessions, count.session_moves, count.closing_sessions) == (0, {"sold": 10, "consumed": 1}, 9)
    assert (stored.moves, stored.closing_fen) == ({"sold": 100000, "consumed": 25000}, 75000)
    assert (stored.bonus_moves, stored.closing_bonus_fen) == ({"sold": 20000, "consumed": 5000}, 15000)
    # 365 days from 3 October: 29 of them in October, 336 still owed on 1 November, at ¥10 a day.
    assert (annual.moves, annual.closing_fen) == ({"sold": 365000, "consumed": 29000}, 336000)
    assert all(card.balances() for card in roll.cards)
    assert roll.total("closing_fen") == 135000 + 75000 + 336000
    review = build_review(OCTOBER)
    headers, rows = rows_behind(review, "cards:move=consumed")
    assert headers[5] == "耗卡" and sorted(row[5] for row in rows) == [15000, 25000, 29000]
    november = rollforward(month_of(date(2026, 11, 1)))
    assert november.total("opening_fen") == roll.total("closing_fen")
    assert november.total("opening_bonus_fen") == roll.total("closing_bonus_fen") == 15000


def test_the_report_prints_the_same_figures(october):
    october()
    text = "\n".join(review_lines(build_review(OCTOBER)))
    assert "实收 ¥6,748.00" in text and "【耗（确认收入）】¥998.00" in text
    assert "期初 ¥0.00" in text and "期末 ¥5,460.00" in text


def test_the_workbook_agrees_with_the_review_read_by_another_reader(october, tmp_path):
    from python_calamine import CalamineWorkbook

    october()
    review = build_review(OCTOBER)
    path = write_workbook(OCTOBER, tmp_path / "十月.xlsx")
    book = CalamineWorkbook.from_path(str(path))
    assert book.sheet_names == ["汇总", "销售明细", "收款", "售卡充值", "耗卡", "预收款", "在用卡", "提成", "客户"]
    summary = {row[0]: row[1] for row in book.get_sheet_by_name("汇总").to_python()[1:]}
    assert summary["实收合计（不含储值卡支付）"] == pytest.approx(6748.00)
    assert summary["确认收入（耗）"] == pytest.approx(998.00)
    assert summary["发票分类：预付卡销售/充值（不征税）"] == pytest.approx(6150.00)
    assert summary["发票分类：耗卡（应税，不开票）"] + summary["发票分类：现结（应税）"] == pytest.approx(998.00)
    assert summary["预收款期末"] == pytest.approx(review.liability.total("closing_fen") / 100)
    journal = book.get_sheet_by_name("销售明细").to_python()
    header, rows = journal[0], journal[1:]
    assert len(rows) == 5 + 3  # five visit lines and three card sales
    assert isinstance(rows[0][header.index("日期")], date)
    assert sum(row[header.index("确认收入")] for row in rows) == pytest.approx(998.00)
    assert {row[header.index("发票分类")] for row in rows} == {
        "耗卡（应税，不开票）", "现结（应税）", "预付卡销售/充值（不征税）"}
    payments = book.get_sheet_by_name("收款").to_python()[1:]
    assert sum(row[5] for row in payments if row[4] != "储值卡") == pytest.approx(6748.00)
    assert '=HYPERLINK("http://x")' in [row[header.index("客户")] for row in rows]
    with zipfile.ZipFile(path) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert not any(b"<f>" in archive.read(name) or b"<f " in archive.read(name) for name in sheets)
        styles = archive.read("xl/styles.xml")
    assert b'numFmtId="4"' in styles and b'quotePrefix="1"' in styles  # 4 is Excel's built-in #,##0.00


def test_a_cancelled_or_failed_export_leaves_no_file(october, tmp_path):
    october()
    folder = tmp_path / "给会计"
    folder.mkdir()
    target = folder / "十月.xlsx"
    with pytest.raises(ExportCancelled):
        write_workbook(OCTOBER, target, cancelled=lambda: True)
    assert list(folder.iterdir()) == []
    with pytest.raises(OSError):
        write_workbook(OCTOBER, folder / "没有这个文件夹" / "十月.xlsx")
    assert list(folder.iterdir()) == []
    reported = []
    written = write_workbook(OCTOBER, target, progress=lambda done, total: reported.append((done, total)))
    assert written.exists() and [path.name for path in folder.iterdir()] == ["十月.xlsx"]
    assert reported[-1][0] == reported[-1][1] >= 5 + 3 + 8  # every sheet's rows, the journal's and the payments'
    assert all(done <= total for done, total in reported)


def test_a_demo_month_agrees_with_independent_sums(database):
    from salon.demo.generator import generate_demo

    generate_demo(database, clients=200, months=8, seed=5, today=date(2026, 11, 20))
    review = build_review(OCTOBER)
    sql = lambda query, *args: database.execute_sql(query, args).fetchone()[0] or 0  # noqa: E731
    start, after = OCTOBER.bounds
    assert review.money.received_fen == sql(
        "SELECT sum(amount_fen) FROM payment WHERE paid_at >= ? AND paid_at < ? AND method <> 'stored_value'",
        start, after) == review.spend_fen
    counter_lines = sql("SELECT sum(i.amount_fen) FROM visit_item i JOIN visit v ON v.id = i.visit_id"
                        " WHERE v.status = 'done' AND v.visited_at >= ? AND v.visited_at < ? AND i.package_id IS NULL",
                        start, after)
    bonus = sql("SELECT -sum(l.bonus_delta_fen) FROM package_ledger l JOIN visit v ON v.id = l.visit_id"
                " JOIN client_package p ON p.id = l.package_id WHERE p.kind = 'stored_value' AND v.status = 'done'"
                " AND v.visited_at >= ? AND v.visited_at < ?", start, after)
    assert review.bonus_fen == bonus > 0
    card_lines = review.consumed_fen - (counter_lines - bonus)
    assert card_lines > 0 and review.prepaid_fen + review.counter_fen == review.consumed_fen
    assert sum(row.amount_fen for row in review.services + review.products) == review.consumed_fen
    assert sum(row.commission_fen for row in review.therapists) == sql(
        "SELECT sum(i.commission_fen) FROM visit_item i JOIN visit v ON v.id = i.visit_id WHERE v.status = 'done'"
        " AND v.visited_at >= ? AND v.visited_at < ?", start, after)
    roll = review.liability
    assert all(card.balances() for card in roll.cards)
    stored_closing = sql("SELECT sum(l.principal_delta_fen) FROM package_ledger l WHERE l.created_at < ?", after)
    assert sum(card.closing_fen for card in roll.cards if card.kind == "stored_value") == stored_closing
    sessions_closing = sql("SELECT sum(l.sessions_delta) FROM package_ledger l JOIN client_package p"
                           " ON p.id = l.package_id WHERE l.created_at < ? AND p.kind <> 'stored_value'", after)
    assert roll.sessions("closing_sessions") == sessions_closing
    assert rollforward(month_of(date(2026, 11, 1))).total("opening_fen") == roll.total("closing_fen")
    from salon.reports.consumption import consumed_lines

    lines = list(consumed_lines(OCTOBER))
    assert all(type(value) is int for line in lines for value in (
        line.stored_fen, line.bonus_fen, line.consumed_fen, line.prepaid_fen, line.counter_fen))
    assert sum(line.consumed_fen for line in lines) == review.consumed_fen
    mixed = [line for line in lines if line.package_id is not None and line.stored_fen == 0]
    assert mixed, "the demo has card lines; a card line never takes a share of stored value"


def test_new_returning_and_lapsed_clients(database):
    from salon.catalogue import ServiceInput, save_service

    facial = save_service(ServiceInput(name="深层清洁", price="198")).id

    def came(client_id: int, day: datetime) -> None:
        save_visit(VisitInput(client_id, day, [VisitItemInput("service", facial)], [PaymentInput("cash", 19800)]),
                   when=day)

    regular = save_client(ClientInput(name="常客", phone="13800000011")).id
    gone = save_client(ClientInput(name="走了", phone="13800000012")).id
    fresh = save_client(ClientInput(name="新来", phone="13800000013")).id
    came(regular, datetime(2026, 8, 1, 10))
    came(regular, datetime(2026, 10, 2, 10))
    came(gone, datetime(2026, 7, 10, 10))  # 90 days later is 8 October: she lapses in October
    came(fresh, datetime(2026, 10, 9, 10))
    review = build_review(OCTOBER)
    assert review.visitors["new"] == {fresh} and review.visitors["returning"] == {regular}
    assert review.visitors["lapsed"] == {gone}
    assert build_review(parse_month("2026-09")).visitors["lapsed"] == frozenset()


def test_typed_text_is_written_as_text_without_control_characters(tmp_path):
    from openpyxl import Workbook
    from python_calamine import CalamineWorkbook

    from salon.reports.workbook import _Sheet

    book = Workbook(write_only=True)
    sheet = _Sheet(book, "客户", ["备注", "金额"], [20, 12], money=[1])
    for text in ("=1+1", "+8613800000000", "-5", "@SUM(A1)", "\tTab", "\rCR", "响\x07铃\x00", "普通"):
        sheet.append([text, 12345])
    sheet.finish()
    book.save(tmp_path / "t.xlsx")
    rows = CalamineWorkbook.from_path(str(tmp_path / "t.xlsx")).get_sheet_by_name("客户").to_python()[1:]
    assert [row[0] for row in rows] == ["=1+1", "+8613800000000", "-5", "@SUM(A1)", "\tTab", "\rCR", "响铃", "普通"]
    assert all(row[1] == pytest.approx(123.45) for row in rows)
    with zipfile.ZipFile(tmp_path / "t.xlsx") as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml and xml.count(b's="') >= 8


def test_the_monthly_spend_table_follows_every_change_to_payments(database, october):
    people = october()

    def direct() -> dict[int, int]:
        return {client: amount for client, amount in database.execute_sql(
            "SELECT coalesce(v.client_id, c.client_id), sum(p.amount_fen) FROM payment p"
            " LEFT JOIN visit v ON v.id = p.visit_id LEFT JOIN package_ledger l ON l.id = p.ledger_id"
            " LEFT JOIN client_package c ON c.id = l.package_id WHERE p.method <> 'stored_value'"
            " AND p.paid_at >= '2026-10-01' AND p.paid_at < '2026-11-01' GROUP BY 1") if amount}

    def kept() -> dict[int, int]:
        return {client: amount for client, amount in database.execute_sql(
            "SELECT client_id, amount_fen FROM client_month_spend WHERE month = '2026-10'") if amount}

    assert kept() == direct() == {client.client_id: client.spend_fen for client in build_review(OCTOBER).clients}
    cash = database.execute_sql("SELECT id, visit_id FROM payment WHERE method = 'cash' AND visit_id IS NOT NULL"
                                ).fetchone()
    database.execute_sql("UPDATE payment SET amount_fen = amount_fen + 100 WHERE id = ?", (cash[0],))
    assert kept() == direct()
    database.execute_sql("UPDATE visit SET client_id = ? WHERE id = ?", (people["wang"], cash[1]))
    assert kept() == direct()
    database.execute_sql("DELETE FROM payment WHERE id = ?", (cash[0],))
    assert kept() == direct()
    assert [client.spend_fen for client in build_review(OCTOBER).clients] == sorted(direct().values(), reverse=True)


def test_stored_line_values_follow_every_change_and_equal_the_values_computed_afresh(database):
    """Migration 15 keeps each line's value (and month sums) instead of valuing the month on every review: after
    visits, corrections, voids, top-ups at another price and a visit entered late, what is stored equals what the
    lines are worth computed from scratch, line by line and month by month."""
    from datetime import datetime, timedelta

    from salon.demo.generator import generate_demo
    from salon.packages.selling import top_up
    from salon.reports.consumption import (
        CONSUMED_SQL,
        LINES_CTE,
        PREPAID_SQL,
        refresh_line_values,
    )
    from salon.store.models import ClientPackage, Visit
    from salon.visits.recording import load_visit_input, update_visit, void_visit

    generate_demo(database, clients=80, months=4, seed=11)
    refresh_line_values()

    def stored() -> list[tuple]:
        return database.execute_sql(
            "SELECT item_id, consumed_fen, prepaid_fen, bonus_fen, card_value_fen FROM line_value ORDER BY 1"
        ).fetchall()

    def afresh() -> list[tuple]:
        return database.execute_sql(
            f"WITH {LINES_CTE} SELECT id, {CONSUMED_SQL}, {PREPAID_SQL}, bonus_fen, card_value_fen FROM lines"
            " ORDER BY 1", {"start": "0000", "after": "9999"}).fetchall()

    assert stored() == afresh() and len(stored()) > 100
    count_card = ClientPackage.select().where((ClientPackage.kind == "count") & (ClientPackage.status == "active")
                                              ).first()
    top_up(count_card.id, [PaymentInput("cash", 12345)], sessions=3)  # another price per session from now on
    done = list(Visit.select().where(Visit.status == "done").order_by(Visit.id.desc()).limit(3))
    void_visit(done[0].id, "测试作废")
    corrected = load_visit_input(done[1].id)
    corrected.notes = "更正"
    update_visit(done[1].id, corrected, "测试更正")
    late = datetime.now().replace(microsecond=0) - timedelta(days=40)  # entered weeks after it happened
    facial = save_service(ServiceInput(name="补录项目", price="88")).id
    save_visit(VisitInput(done[2].client_id, late, [VisitItemInput("service", facial)], [PaymentInput("cash", 8800)]),
               when=datetime.now())
    assert database.execute_sql("SELECT count(*) FROM line_value_stale").fetchone()[0] >= 3
    refresh_line_values()
    assert stored() == afresh()
    sums = database.execute_sql(
        "SELECT month, sum(consumed_fen), sum(lines) FROM consumption_month GROUP BY month ORDER BY month").fetchall()
    lines_by_month = database.execute_sql(
        f"WITH {LINES_CTE} SELECT substr(visited_at, 1, 7), sum({CONSUMED_SQL}), count(*) FROM lines GROUP BY 1"
        " ORDER BY 1", {"start": "0000", "after": "9999"}).fetchall()
    assert sums == lines_by_month
