"""Packages: sale, use, top-up, adjustment, expiry and refunds — always the sum of their ledger."""
from __future__ import annotations

from datetime import date, datetime

import peewee
import pytest

from salon.catalogue import PlanInput, ServiceInput, save_plan, save_service
from salon.clients.profiles import ClientInput, save_client
from salon.errors import ValidationError
from salon.packages.expiry import expire_packages
from salon.packages.refunds import refund_package, refund_quote
from salon.packages.selling import adjust, sell_package, top_up
from salon.packages.usage import packages_for_service, split_stored_value
from salon.packages.views import client_packages, package_ledger
from salon.payments import PaymentInput
from salon.store.models import ClientPackage, PackageLedger, Payment
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit

SOLD = datetime(2026, 3, 1, 10, 0)


@pytest.fixture
def shop(database):
    client = save_client(ClientInput(name="王芳", phone="13812345678"))
    other = save_client(ClientInput(name="李娜", phone="13912345678"))
    cleansing = save_service(ServiceInput(name="深层清洁", price="198", followup_days="1,7"))
    massage = save_service(ServiceInput(name="肩颈理疗", price="268"))
    plans = {
        "count": save_plan(PlanInput(name="清洁10次卡", kind="count", price="1580", sessions=10, bonus_sessions=2,
                                     validity_days=365, service_ids=[cleansing.id])),
        "annual": save_plan(PlanInput(name="理疗年卡", kind="period", price="3650", validity_days=365,
                                      service_ids=[massage.id, cleansing.id])),
        "monthly": save_plan(PlanInput(name="理疗月卡（限4次）", kind="period", price="600", sessions=4,
                                       validity_days=30, service_ids=[massage.id])),
        "stored": save_plan(PlanInput(name="储值1000送200", kind="stored_value", price="1000", bonus="200")),
    }
    return {"client": client.id, "other": other.id, "cleansing": cleansing.id, "massage": massage.id, **plans}


def totals(package_id: int) -> tuple:
    package = ClientPackage.get_by_id(package_id)
    return package.sessions_left, package.principal_fen, package.bonus_fen, package.status


def ledger_sums(package_id: int) -> tuple[int, int, int]:
    lines = package_ledger(package_id)
    return (sum(line.sessions_delta for line in lines), sum(line.principal_delta_fen for line in lines),
            sum(line.bonus_delta_fen for line in lines))


def test_selling_a_count_card_freezes_the_plan_terms(shop):
    payments = [PaymentInput("wechat", 100000), PaymentInput("cash", 58000)]
    package = sell_package(shop["client"], shop["count"].id, payments, when=SOLD)
    assert totals(package.id) == (12, 0, 0, "active")
    assert package.expires_on == date(2027, 2, 28)  # 365 days including the first
    [line] = package_ledger(package.id)
    assert (line.kind, line.sessions_delta, line.paid_fen, line.sessions_after) == ("sale", 12, 158000, 12)
    assert sorted((p.method, p.amount_fen) for p in Payment.select().where(Payment.ledger == line.id)) == [
        ("cash", 58000), ("wechat", 100000)]
    # Changing the plan later does not change what she bought.
    save_plan(PlanInput(name="清洁10次卡", kind="count", price="1980", sessions=10, validity_days=180,
                        service_ids=[shop["cleansing"]]), shop["count"].id)
    [view] = client_packages(shop["client"])
    assert (view.sessions_left, view.paid_fen, view.expires_on, view.service_names) == (
        12, 158000, date(2027, 2, 28), ["深层清洁"])


def test_sale_payments_must_add_up_and_nothing_is_written_otherwise(shop):
    with pytest.raises(ValidationError) as raised:
        sell_package(shop["client"], shop["count"].id, [PaymentInput("cash", 150000)])
    assert raised.value.code == "payments_mismatch"
    with pytest.raises(ValidationError):
        sell_package(shop["client"], shop["count"].id, [PaymentInput("stored_value", 158000, 1)])
    assert ClientPackage.select().count() == PackageLedger.select().count() == Payment.select().count() == 0
    # A discount is a lower price actually paid, and it is what refunds are based on.
    package = sell_package(shop["client"], shop["count"].id, [PaymentInput("cash", 120000)], price_fen=120000)
    assert client_packages(shop["client"])[0].paid_fen == 120000
    assert refund_quote(package.id).price_per_session_fen == 10000


def test_stored_value_keeps_principal_and_bonus_apart(shop):
    card = sell_package(shop["client"], shop["stored"].id, [PaymentInput("card", 100000)], when=SOLD)
    assert totals(card.id) == (None, 100000, 20000, "active")
    top_up(card.id, [PaymentInput("alipay", 50000)], bonus_fen=5000, when=SOLD)
    assert totals(card.id) == (None, 150000, 25000, "active")
    assert ledger_sums(card.id) == (0, 150000, 25000)
    # Spending draws principal and bonus in proportion to what is left of each.
    assert split_stored_value(100000, 20000, 12000) == (10000, 2000)
    assert split_stored_value(100000, 20000, 1) == (1, 0)
    assert split_stored_value(333, 667, 1000) == (333, 667)
    principal, bonus = split_stored_value(150000, 25000, 9999)
    assert principal + bonus == 9999 and principal == round(9999 * 150000 / 175000)


def test_adjustments_need_a_reason_and_cannot_go_negative(shop):
    package = sell_package(shop["client"], shop["count"].id, [PaymentInput("cash", 158000)])
    with pytest.raises(ValidationError) as raised:
        adjust(package.id, "  ", sessions=1)
    assert raised.value.code == "reason_required"
    with pytest.raises(ValidationError) as raised:
        adjust(package.id, "数错了", sessions=-13)
    assert raised.value.code == "package_insufficient"
    adjust(package.id, "老客户赠送一次", sessions=1)
    assert totals(package.id)[0] == 13
    assert package_ledger(package.id)[-1].reason == "老客户赠送一次"
    adjust(package.id, "次数登记错误", sessions=-13)
    assert totals(package.id) == (0, 0, 0, "used_up")


def test_the_schema_itself_refuses_negative_totals_and_edits_of_the_ledger(shop, database):
    package = sell_package(shop["client"], shop["count"].id, [PaymentInput("cash", 158000)])
    with pytest.raises(peewee.IntegrityError):
        database.execute_sql("INSERT INTO package_ledger (package_id, kind, sessions_delta, created_at)"
                             " VALUES (?, 'use', -13, '2026-03-02')", (package.id,))
    with pytest.raises(peewee.IntegrityError):
        database.execute_sql("UPDATE client_package SET sessions_left = 99 WHERE id = ?", (package.id,))
    with pytest.raises(peewee.IntegrityError):
        database.execute_sql("UPDATE package_ledger SET sessions_delta = 99")
    with pytest.raises(peewee.IntegrityError):
        database.execute_sql("DELETE FROM package_ledger")
    with pytest.raises(peewee.IntegrityError):
        database.execute_sql("INSERT INTO client_package (client_id, name, kind, sold_at, starts_on, principal_fen)"
                             " VALUES (?, 'x', 'stored_value', '2026-01-01', '2026-01-01', 500)", (shop["client"],))
    assert totals(package.id) == (12, 0, 0, "active")
    assert ledger_sums(package.id) == (12, 0, 0)


def test_right_card_first(shop):
    day = SOLD.date()
    annual = sell_package(shop["client"], shop["annual"].id, [PaymentInput("cash", 365000)], when=SOLD)
    count = sell_package(shop["client"], shop["count"].id, [PaymentInput("cash", 158000)], when=SOLD,
                         starts_on=date(2026, 2, 1))
    sell_package(shop["other"], shop["count"].id, [PaymentInput("cash", 158000)], when=SOLD)
    # Both cover cleansing; the one that expires first is used first.
    assert [p.id for p in packages_for_service(shop["client"], shop["cleansing"], day)] == [count.id, annual.id]
    assert [p.id for p in packages_for_service(shop["client"], shop["massage"], day)] == [annual.id]
    assert packages_for_service(shop["client"], shop["massage"], date(2027, 3, 1)) == []  # annual card expired
    assert packages_for_service(shop["client"], shop["cleansing"], date(2026, 1, 31)) == []  # not yet started


def test_expiry_takes_what_is_left_through_the_ledger(shop):
    count = sell_package(shop["client"], shop["count"].id, [PaymentInput("cash", 158000)], when=SOLD)
    card = sell_package(shop["client"], shop["stored"].id, [PaymentInput("cash", 100000)], when=SOLD)
    assert expire_packages(date(2027, 2, 28)) == []  # still valid on its last day
    assert expire_packages(date(2027, 3, 1)) == [count.id]
    assert totals(count.id) == (0, 0, 0, "expired")
    last = package_ledger(count.id)[-1]
    assert (last.kind, last.sessions_delta) == ("expiry", -12)
    assert totals(card.id) == (None, 100000, 20000, "active")  # no expiry date on this card
    assert expire_packages(date(2027, 3, 2)) == []  # only once
    with pytest.raises(ValidationError) as raised:
        top_up(count.id, [PaymentInput("cash", 10000)], sessions=1)
    assert raised.value.code == "package_closed"


def test_count_card_refund_uses_the_price_really_paid_per_session(shop):
    """法释〔2025〕4号: used sessions at the price actually paid, not re-priced at the list price."""
    package = sell_package(shop["client"], shop["count"].id, [PaymentInput("cash", 158000)], when=SOLD)
    save_visit(VisitInput(shop["client"], datetime(2026, 3, 8, 14, 0),
                          [VisitItemInput("service", shop["cleansing"], package_id=package.id)]))
    adjust(package.id, "老客户赠送", sessions=2)  # a gift is not a use: it neither costs nor earns a refund
    quote = refund_quote(package.id, today=date(2026, 4, 1))
    assert (quote.paid_fen, quote.sessions_granted, quote.sessions_used) == (158000, 12, 1)
    assert quote.price_per_session_fen == 13167  # 1580 / 12, not the list price 198
    assert quote.list_price_fen == 19800
    assert quote.refund_fen == 158000 - 13167 == 144833
    assert any("131.67" in line for line in quote.lines)
    line = refund_package(package.id, "wechat", reason="搬家", when=datetime(2026, 4, 1, 10, 0))
    assert (line.kind, line.paid_fen, line.sessions_delta) == ("refund", -144833, -13)
    assert totals(package.id) == (0, 0, 0, "refunded")
    [payout] = Payment.select().where(Payment.ledger == line.id)
    assert (payout.method, payout.amount_fen) == ("wechat", -144833)
    with pytest.raises(ValidationError):
        refund_quote(package.id)


def test_refunds_never_exceed_what_was_paid_nor_count_gifts_or_price_rounding(shop):
    card = sell_package(shop["client"], shop["stored"].id, [PaymentInput("cash", 100000)], when=SOLD)
    with pytest.raises(ValidationError) as raised:
        adjust(card.id, "老客户送 500", principal_fen=50000)  # goodwill is bonus, not principal
    assert raised.value.code == "principal_gift"
    adjust(card.id, "老客户送 500", bonus_fen=50000)
    assert refund_quote(card.id).refund_fen == 100000
    # Three sessions for 1000, two used: 666.67 used, 333.33 back — the printed formula says exactly that.
    plan = save_plan(PlanInput(name="三次体验卡", kind="count", price="1000", sessions=3, validity_days=90,
                               service_ids=[shop["cleansing"]]))
    trial = sell_package(shop["client"], plan.id, [PaymentInput("cash", 100000)], when=SOLD)
    for day in (2, 3):
        save_visit(VisitInput(shop["client"], datetime(2026, 3, day, 10, 0),
                              [VisitItemInput("service", shop["cleansing"], package_id=trial.id)]))
    quote = refund_quote(trial.id, today=date(2026, 3, 10))
    assert (quote.used_value_fen, quote.refund_fen) == (66667, 33333)
    assert any("1,000.00 × 2 ÷ 3 = 666.67" in line for line in quote.lines)


def test_a_card_past_its_last_day_takes_no_change_even_before_the_sweep(shop):
    count = sell_package(shop["client"], shop["count"].id, [PaymentInput("cash", 158000)], when=SOLD)
    after = datetime(2027, 3, 1, 9, 0)  # last day 2027-02-28; the app has not restarted since
    for attempt in (lambda: top_up(count.id, [PaymentInput("cash", 50000)], sessions=5, when=after),
                    lambda: adjust(count.id, "补登", sessions=-1, when=after)):
        with pytest.raises(ValidationError) as raised:
            attempt()
        assert raised.value.code == "package_closed"
    assert totals(count.id) == (12, 0, 0, "active")
    with pytest.raises(ValidationError) as raised:  # nor can a card be sold already expired
        sell_package(shop["client"], shop["monthly"].id, [PaymentInput("cash", 60000)], starts_on=date(2026, 1, 1),
                     when=SOLD)
    assert raised.value.code == "package_sold_expired"


def test_unlimited_period_plans_cannot_carry_bonus_sessions(shop):
    with pytest.raises(ValidationError) as raised:
        save_plan(PlanInput(name="无限年卡", kind="period", price="3000", validity_days=365, bonus_sessions=3,
                            service_ids=[shop["massage"]]))
    assert raised.value.code == "sessions_invalid"


def test_stored_value_refund_returns_the_unspent_principal_only(shop):
    card = sell_package(shop["client"], shop["stored"].id, [PaymentInput("cash", 100000)], when=SOLD)
    adjust(card.id, "模拟消费 600", principal_fen=-50000, bonus_fen=-10000)
    quote = refund_quote(card.id)
    assert (quote.paid_fen, quote.principal_left_fen, quote.bonus_left_fen, quote.refund_fen) == (
        100000, 50000, 10000, 50000)
    refund_package(card.id, "cash")
    assert totals(card.id) == (None, 0, 0, "refunded")
    assert ledger_sums(card.id) == (0, 0, 0)


def test_period_card_refund_is_the_unused_share_of_the_days(shop):
    card = sell_package(shop["client"], shop["annual"].id, [PaymentInput("cash", 365000)], when=SOLD)
    quote = refund_quote(card.id, today=date(2026, 9, 1))
    # 2026-03-01 .. 2027-02-28; from 09-01 on, 184 days are used and 181 are left (today included).
    assert (quote.days_total, quote.days_left) == (365, 181)
    assert quote.refund_fen == 181000
    before = refund_quote(card.id, today=date(2026, 2, 1))
    assert before.refund_fen == 365000 and before.days_left == 365


def test_capped_monthly_card_counts_its_uses(shop):
    card = sell_package(shop["client"], shop["monthly"].id, [PaymentInput("cash", 60000)], when=SOLD)
    assert totals(card.id) == (4, 0, 0, "active")
    [view] = client_packages(shop["client"])
    assert (view.kind, view.sessions_left, view.expires_on) == ("period", 4, date(2026, 3, 30))


def test_capped_monthly_card_refund_is_limited_by_the_uses_left(shop):
    card = sell_package(shop["client"], shop["monthly"].id, [PaymentInput("cash", 60000)], when=SOLD)
    for _ in range(4):
        save_visit(VisitInput(shop["client"], datetime(2026, 3, 1, 12, 0),
                              [VisitItemInput("service", shop["massage"], package_id=card.id)]))
    assert totals(card.id)[0] == 0
    quote = refund_quote(card.id, today=date(2026, 3, 2))
    assert quote.days_left == 29 and quote.refund_fen == 0  # every use taken on day one: nothing left to refund


def test_the_schema_refuses_turning_a_count_into_unlimited_and_replacing_ledger_lines(shop, database):
    package = sell_package(shop["client"], shop["count"].id, [PaymentInput("cash", 158000)])
    with pytest.raises(peewee.IntegrityError):
        database.execute_sql("UPDATE client_package SET sessions_left = NULL WHERE id = ?", (package.id,))
    line_id = package_ledger(package.id)[0].id
    with pytest.raises(peewee.IntegrityError):
        database.execute_sql("INSERT OR REPLACE INTO package_ledger (id, package_id, kind, sessions_delta, paid_fen,"
                             " created_at) VALUES (?, ?, 'sale', 12, 1, '2026-01-01')", (line_id, package.id))
    assert package_ledger(package.id)[0].paid_fen == 158000
