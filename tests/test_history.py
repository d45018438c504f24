"""The salon-wide history list: filters, order, row columns and footer totals, against visits saved for real."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from salon.catalogue import PlanInput, ProductInput, ServiceInput, save_plan, save_product, save_service
from salon.clients.profiles import ClientInput, save_client
from salon.errors import ValidationError
from salon.packages.selling import sell_package
from salon.payments import PAYMENT_METHODS, PaymentInput
from salon.staff import StaffInput, save_staff
from salon.visits.history import (
    LONG_RANGE_DAYS,
    HistoryFilter,
    fetch_history_rows,
    history_ids,
    history_totals,
    preset_range,
)
from salon.visits.pricing import VisitInput, VisitItemInput, amount_due, price_items
from salon.visits.recording import save_visit, update_visit, void_visit

MAY = HistoryFilter(date(2026, 5, 1), date(2026, 5, 31))


@dataclass
class Recorded:
    """A visit as the test saved it: what the history must show, worked out from the inputs."""

    id: int
    data: VisitInput
    total_fen: int
    void: bool = False


@pytest.fixture
def salon(database):
    wang = save_client(ClientInput(name="王芳", phone="13812345678")).id
    li = save_client(ClientInput(name="李娜", phone="13900001111")).id
    zhao = save_staff(StaffInput(name="赵雪", commission_rate="10%")).id
    liu = save_staff(StaffInput(name="刘芳", commission_rate="12%")).id
    cleansing = save_service(ServiceInput(name="深层清洁", price="198")).id
    massage = save_service(ServiceInput(name="肩颈理疗", price="268")).id
    mask = save_product(ProductInput(name="补水面膜", brand="雅诗", price="88")).id
    count_plan = save_plan(PlanInput(name="清洁10次卡", kind="count", price="1580", sessions=10, validity_days=365,
                                     service_ids=[cleansing]))
    stored_plan = save_plan(PlanInput(name="储值1000送200", kind="stored_value", price="1000", bonus="200"))
    sold = datetime(2026, 3, 1, 10, 0)
    count_card = sell_package(wang, count_plan.id, [PaymentInput("wechat", 158000)], when=sold).id
    stored_card = sell_package(wang, stored_plan.id, [PaymentInput("cash", 100000)], when=sold).id
    ids = {"wang": wang, "li": li, "zhao": zhao, "liu": liu, "cleansing": cleansing, "massage": massage,
           "mask": mask, "count_card": count_card, "stored_card": stored_card}
    visits: dict[str, Recorded] = {}

    def record(key: str, client: int, when: datetime, items: list[VisitItemInput],
               payments: list[PaymentInput]) -> None:
        data = VisitInput(client, when, items, payments)
        visit = save_visit(data, when=when)
        visits[key] = Recorded(visit.id, data, visit.total_fen)

    # The first and the last second of May, and just outside it on both sides.
    record("may_first", wang, datetime(2026, 5, 1, 0, 0, 0),
           [VisitItemInput("service", cleansing, therapist_id=zhao)], [PaymentInput("wechat", 19800)])
    record("may_last", li, datetime(2026, 5, 31, 23, 59, 59),
           [VisitItemInput("service", massage, therapist_id=liu)],
           [PaymentInput("cash", 10000), PaymentInput("alipay", 16800)])
    record("card_day", wang, datetime(2026, 5, 15, 14, 0),
           [VisitItemInput("service", cleansing, therapist_id=zhao, package_id=count_card),
            VisitItemInput("service", massage, therapist_id=liu)],
           [PaymentInput("stored_value", 26800, stored_card)])
    record("april", li, datetime(2026, 4, 30, 23, 59, 59),
           [VisitItemInput("product", mask, quantity=2)], [PaymentInput("card", 17600)])
    record("june", wang, datetime(2026, 6, 1, 0, 0, 0),
           [VisitItemInput("service", massage, therapist_id=liu)], [PaymentInput("wechat", 26800)])
    record("voided", wang, datetime(2026, 5, 20, 11, 0),
           [VisitItemInput("service", cleansing, therapist_id=zhao, package_id=count_card),
            VisitItemInput("product", mask)], [PaymentInput("wechat", 8800)])
    void_visit(visits["voided"].id, "录错客户", when=datetime(2026, 5, 20, 12, 0))
    visits["voided"].void = True
    # Paid by WeChat at first, corrected to cash the next day: it counts as cash only.
    record("corrected", li, datetime(2026, 5, 10, 16, 0),
           [VisitItemInput("service", massage, therapist_id=liu)], [PaymentInput("wechat", 26800)])
    fixed = VisitInput(li, datetime(2026, 5, 10, 16, 0), [VisitItemInput("service", massage, therapist_id=liu)],
                       [PaymentInput("cash", 26800)])
    update_visit(visits["corrected"].id, fixed, "客人实际付的现金", when=datetime(2026, 5, 11, 9, 0))
    visits["corrected"].data = fixed
    return ids, visits


def keys_of(visits: dict[str, Recorded], ids: list[int]) -> list[str]:
    by_id = {record.id: key for key, record in visits.items()}
    return [by_id[i] for i in ids]


def test_date_range_takes_whole_first_and_last_days_newest_first(salon):
    _, visits = salon
    assert keys_of(visits, history_ids(MAY)) == ["may_last", "card_day", "corrected", "may_first"]
    assert keys_of(visits, history_ids(HistoryFilter(date(2026, 4, 30), date(2026, 4, 30)))) == ["april"]
    assert keys_of(visits, history_ids(HistoryFilter(date(2026, 6, 1), None))) == ["june"]
    assert keys_of(visits, history_ids(HistoryFilter(None, date(2026, 4, 30)))) == ["april"]
    assert history_ids(HistoryFilter(date(2026, 5, 2), date(2026, 5, 1))) == []


def test_voided_visits_only_when_asked(salon):
    _, visits = salon
    assert "voided" not in keys_of(visits, history_ids(MAY))
    with_void = keys_of(visits, history_ids(HistoryFilter(MAY.date_from, MAY.date_to, include_void=True)))
    assert with_void == ["may_last", "voided", "card_day", "corrected", "may_first"]


@pytest.mark.parametrize("date_from", [date(2026, 5, 1), None], ids=["month: checked per visit", "all time: indexed"])
def test_therapist_filter_matches_any_therapist_of_the_visit(salon, date_from):
    ids, visits = salon
    to = date(2026, 5, 31) if date_from else None
    zhao = keys_of(visits, history_ids(HistoryFilter(date_from, to, therapist_id=ids["zhao"])))
    liu = keys_of(visits, history_ids(HistoryFilter(date_from, to, therapist_id=ids["liu"])))
    assert zhao == ["card_day", "may_first"]
    expected = ["may_last", "card_day", "corrected"] if date_from else ["june", "may_last", "card_day", "corrected"]
    assert liu == expected
    with_void = history_ids(HistoryFilter(date_from, to, therapist_id=ids["zhao"], include_void=True))
    assert keys_of(visits, with_void) == ["voided", "card_day", "may_first"]


@pytest.mark.parametrize("date_from", [date(2026, 5, 1), None], ids=["month", "all time"])
def test_service_filter(salon, date_from):
    ids, visits = salon
    to = date(2026, 5, 31) if date_from else None
    massage = keys_of(visits, history_ids(HistoryFilter(date_from, to, service_id=ids["massage"])))
    assert massage == (["may_last", "card_day", "corrected"] if date_from
                       else ["june", "may_last", "card_day", "corrected"])
    cleansing = keys_of(visits, history_ids(HistoryFilter(date_from, to, service_id=ids["cleansing"])))
    assert cleansing == ["card_day", "may_first"]


def test_payment_method_filter_is_net_of_corrections(salon):
    _, visits = salon

    def paid_by(method: str, **options) -> list[str]:
        return keys_of(visits, history_ids(HistoryFilter(MAY.date_from, MAY.date_to, payment_method=method,
                                                         **options)))

    assert paid_by("wechat") == ["may_first"]  # the corrected visit is cash now
    assert paid_by("cash") == ["may_last", "corrected"]
    assert paid_by("alipay") == ["may_last"]
    assert paid_by("stored_value") == ["card_day"]
    assert paid_by("card") == []
    assert paid_by("other") == []
    assert paid_by("package") == ["card_day"]
    assert paid_by("package", include_void=True) == ["voided", "card_day"]
    # A voided visit is found by what it had been paid with before the void gave it back.
    assert paid_by("wechat", include_void=True) == ["voided", "may_first"]
    assert keys_of(visits, history_ids(HistoryFilter(payment_method="card"))) == ["april"]
    assert keys_of(visits, history_ids(HistoryFilter(payment_method="package"))) == ["card_day"]
    with pytest.raises(ValidationError) as error:
        history_ids(HistoryFilter(payment_method="bitcoin"))
    assert error.value.code == "payment_method_invalid"


def test_client_text_filter_uses_the_search_keys(salon):
    _, visits = salon
    assert keys_of(visits, history_ids(HistoryFilter(MAY.date_from, MAY.date_to, text="wf"))) == ["card_day",
                                                                                                  "may_first"]
    assert keys_of(visits, history_ids(HistoryFilter(MAY.date_from, MAY.date_to, text="1111"))) == ["may_last",
                                                                                                    "corrected"]
    assert keys_of(visits, history_ids(HistoryFilter(text="李娜"))) == ["may_last", "corrected", "april"]
    assert history_ids(HistoryFilter(text="nobody")) == []


def test_filters_combine(salon):
    ids, visits = salon
    spec = HistoryFilter(MAY.date_from, MAY.date_to, therapist_id=ids["liu"], service_id=ids["massage"],
                         payment_method="cash", text="ln")
    assert keys_of(visits, history_ids(spec)) == ["may_last", "corrected"]


def test_rows_show_what_was_done_who_did_it_and_how_it_was_paid(salon):
    ids, visits = salon
    rows = fetch_history_rows([visits[key].id for key in ("card_day", "may_last", "april", "voided", "corrected")])
    card_day = rows[visits["card_day"].id]
    assert card_day.client_name == "王芳"
    assert card_day.visited_at == datetime(2026, 5, 15, 14, 0)
    assert card_day.items == ("深层清洁", "肩颈理疗")
    assert card_day.therapists == ("赵雪", "刘芳")
    assert card_day.total_fen == 19800 + 26800
    assert card_day.payments == (("stored_value", 26800),)
    assert card_day.deductions == (("清洁10次卡", 1),)
    assert rows[visits["may_last"].id].payments == (("cash", 10000), ("alipay", 16800))
    april = rows[visits["april"].id]
    assert april.items == ("雅诗 补水面膜 ×2",)
    assert april.therapists == ()
    assert april.deductions == ()
    voided = rows[visits["voided"].id]
    assert (voided.status, voided.void_reason, voided.payments) == ("void", "录错客户", (("wechat", 8800),))
    assert voided.deductions == (("清洁10次卡", 1),)  # what it had taken, before the void gave it back
    assert rows[visits["corrected"].id].payments == (("cash", 26800),)
    assert rows[visits["corrected"].id].status == "done"


def test_sorting_in_sql(salon):
    _, visits = salon
    by_total = keys_of(visits, history_ids(MAY, "total", descending=False))
    assert by_total == ["may_first", "may_last", "corrected", "card_day"]  # 198, 268 (newer first), 268, 466
    assert keys_of(visits, history_ids(MAY, "total"))[0] == "card_day"
    by_client = keys_of(visits, history_ids(MAY, "client", descending=False))
    assert by_client == ["may_last", "corrected", "card_day", "may_first"]  # li na before wang fang
    assert keys_of(visits, history_ids(MAY, "visited_at", descending=False)) == [
        "may_first", "corrected", "card_day", "may_last"]
    assert keys_of(visits, history_ids(HistoryFilter(include_void=True), "status"))[0] == "voided"
    assert len(history_ids(MAY, limit=2)) == 2
    with pytest.raises(ValueError):
        history_ids(MAY, "notes")


def expected_totals(records: list[Recorded]) -> tuple[int, int, dict[str, int], int]:
    """(visits, sum of totals, payments per method, card sessions) worked out from the inputs alone."""
    standing = [r for r in records if not r.void]
    payments: dict[str, int] = {}
    for record in standing:
        for payment in record.data.payments:
            payments[payment.method] = payments.get(payment.method, 0) + payment.amount_fen
    sessions = sum(item.quantity for r in standing for item in r.data.items if item.package_id is not None)
    return len(records), sum(r.total_fen for r in standing), payments, sessions


def test_footer_totals_agree_with_the_inputs(salon):
    _, visits = salon
    may = [visits[key] for key in ("may_first", "may_last", "card_day", "corrected")]
    totals = history_totals(MAY)
    count, total, payments, sessions = expected_totals(may)
    assert (totals.visits, totals.void_visits, totals.total_fen) == (count, 0, total)
    assert totals.total_fen == 19800 + 26800 + (19800 + 26800) + 26800
    assert totals.payments == {"cash": 10000 + 26800, "wechat": 19800, "alipay": 16800, "stored_value": 26800}
    assert totals.payments == payments
    assert list(totals.payments) == [m for m in PAYMENT_METHODS if m in payments]
    assert totals.received_fen == 10000 + 26800 + 19800 + 16800
    assert totals.deducted_sessions == sessions == 1
    # Listing the voided visit counts it, but its money and sessions went back.
    with_void = history_totals(HistoryFilter(MAY.date_from, MAY.date_to, include_void=True))
    assert (with_void.visits, with_void.void_visits, with_void.total_fen) == (5, 1, total)
    assert with_void.payments == payments
    assert with_void.deducted_sessions == 1
    assert history_totals(HistoryFilter(date(2027, 1, 1), date(2027, 1, 31))).visits == 0


def test_random_visits_filtered_and_summed_like_python_does(database):
    """Sixty visits of random shape through save_visit; every filter and total recomputed from the inputs."""
    rng = random.Random(7)
    clients = [save_client(ClientInput(name=name, phone=phone)).id for name, phone in
               (("曾小梅", "13812340001"), ("单丽华", "13812340002"), ("张三丰", "13812340003"))]
    staff = [save_staff(StaffInput(name=name, commission_rate="10%")).id for name in ("赵雪", "刘芳", "孙丽")]
    services = [save_service(ServiceInput(name=f"项目{n}", price=str(100 + 37 * n))).id for n in range(4)]
    product = save_product(ProductInput(name="面霜", price="59.9")).id
    plan = save_plan(PlanInput(name="次卡", kind="count", price="1000", sessions=500, service_ids=services[:2]))
    stored = save_plan(PlanInput(name="储值", kind="stored_value", price="50000"))
    sold = datetime(2026, 1, 2, 10, 0)
    cards = {c: sell_package(c, plan.id, [PaymentInput("cash", 100000)], when=sold).id for c in clients}
    wallets = {c: sell_package(c, stored.id, [PaymentInput("card", 5000000)], when=sold).id for c in clients}
    records: list[Recorded] = []
    therapists_of: dict[int, set[int]] = {}
    services_of: dict[int, set[int]] = {}
    for _ in range(60):
        client = rng.choice(clients)
        when = datetime(2026, 2, 1, 10) + timedelta(days=rng.randrange(120), minutes=rng.randrange(600))
        items = []
        for service in rng.sample(services, rng.randint(1, 2)):
            card = cards[client] if service in services[:2] and rng.random() < 0.4 else None
            items.append(VisitItemInput("service", service, therapist_id=rng.choice(staff), package_id=card,
                                        discount_fen=rng.choice((0, 0, 500))))
        if rng.random() < 0.3:
            items.append(VisitItemInput("product", product, quantity=rng.randint(1, 3)))
        data = VisitInput(client, when, items)
        due = amount_due(price_items(data))
        methods = rng.sample([m for m in PAYMENT_METHODS], 2)
        first = due // 3 if rng.random() < 0.4 else due
        for method, amount in ((methods[0], first), (methods[1], due - first)):
            if amount:
                wallet = wallets[client] if method == "stored_value" else None
                data.payments.append(PaymentInput(method, amount, wallet))
        visit = save_visit(data, when=when)
        records.append(Recorded(visit.id, data, visit.total_fen))
        therapists_of[visit.id] = {item.therapist_id for item in items if item.therapist_id}
        services_of[visit.id] = {item.item_id for item in items if item.kind == "service"}
    for record in rng.sample(records, 6):
        void_visit(record.id, "测试作废", when=record.data.visited_at + timedelta(hours=2))
        record.void = True

    def paid(record: Recorded, method: str) -> bool:
        if method == "package":
            return any(item.package_id for item in record.data.items)
        return sum(p.amount_fen for p in record.data.payments if p.method == method) > 0

    checked = 0
    for _ in range(80):
        start = date(2026, 2, 1) + timedelta(days=rng.randrange(120))
        span = rng.choice((0, 6, 30, LONG_RANGE_DAYS + 30))
        spec = HistoryFilter(
            start, start + timedelta(days=span), therapist_id=rng.choice((None, *staff)),
            service_id=rng.choice((None, None, *services)), payment_method=rng.choice((None, None, "package",
                                                                                        *PAYMENT_METHODS)),
            include_void=rng.random() < 0.5)
        matching = [r for r in records
                    if spec.date_from <= r.data.visited_at.date() <= spec.date_to
                    and (spec.include_void or not r.void)
                    and (spec.therapist_id is None or spec.therapist_id in therapists_of[r.id])
                    and (spec.service_id is None or spec.service_id in services_of[r.id])
                    and (spec.payment_method is None or paid(r, spec.payment_method))]
        expected_order = [r.id for r in sorted(matching, key=lambda r: (r.data.visited_at, r.id), reverse=True)]
        assert history_ids(spec) == expected_order, spec
        count, total, payments, sessions = expected_totals(matching)
        totals = history_totals(spec)
        assert (totals.visits, totals.void_visits, totals.total_fen, totals.payments, totals.deducted_sessions) == (
            count, sum(r.void for r in matching), total, payments, sessions), spec
        checked += bool(matching)
    assert checked > 20  # most random filters found something, so the comparison was not vacuous


def test_query_plans_use_the_indexes(salon):
    """The default list (this month, voided left out) reads the partial date index, never the whole table."""
    from salon.store.models import database_proxy
    from salon.visits.history import _where, _where_sql

    def plan(spec: HistoryFilter) -> str:
        where, params = _where(spec)
        sql = f"SELECT v.id FROM visit v{_where_sql(where)} ORDER BY v.visited_at DESC, v.id DESC"
        return " | ".join(row[3] for row in database_proxy.execute_sql("EXPLAIN QUERY PLAN " + sql, params))

    month = plan(MAY)
    assert "visit_done_time" in month and "SCAN v" not in month and "TEMP B-TREE" not in month, month
    ids, _ = salon
    # All time: the therapist's own index finds her visits; over a month, the dates do and she is checked per visit.
    assert "visit_therapist_staff" in plan(HistoryFilter(therapist_id=ids["zhao"]))
    short = plan(HistoryFilter(MAY.date_from, MAY.date_to, therapist_id=ids["zhao"]))
    assert "visit_done_time" in short and "visit_therapist_staff" not in short, short
    assert "visit_therapist_staff" in plan(HistoryFilter(date(2025, 6, 1), date(2026, 5, 31), therapist_id=ids["zhao"]))


@pytest.mark.parametrize(("preset", "today", "expected"), [
    ("today", date(2026, 11, 23), (date(2026, 11, 23), date(2026, 11, 23))),
    ("week", date(2026, 11, 23), (date(2026, 11, 23), date(2026, 11, 29))),  # a Monday
    ("week", date(2026, 12, 3), (date(2026, 11, 30), date(2026, 12, 6))),  # across the month end
    ("month", date(2026, 12, 31), (date(2026, 12, 1), date(2026, 12, 31))),
    ("month", date(2028, 2, 10), (date(2028, 2, 1), date(2028, 2, 29))),  # leap year
    ("last_month", date(2026, 1, 15), (date(2025, 12, 1), date(2025, 12, 31))),
    ("last_month", date(2026, 3, 31), (date(2026, 2, 1), date(2026, 2, 28))),
])
def test_preset_ranges(preset, today, expected):
    assert preset_range(preset, today) == expected
