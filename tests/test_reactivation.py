"""A card past its last day keeps what the client paid for: it can be reactivated (延期/激活) or refunded."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from salon.catalogue import PlanInput, ServiceInput, save_plan, save_service
from salon.clients.profiles import ClientInput, save_client
from salon.errors import ValidationError
from salon.packages.expiry import expire_packages, reactivate_package
from salon.packages.refunds import refund_package, refund_quote
from salon.packages.selling import adjust, sell_package
from salon.packages.usage import packages_for_service
from salon.packages.views import package_ledger
from salon.payments import PaymentInput
from salon.staff import StaffInput, save_staff
from salon.store import integrity
from salon.store.models import ClientPackage, Payment
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit, void_visit
from salon.visits.timeline import client_timeline

SOLD = datetime(2025, 3, 1, 10, 0)
LAST_DAY = date(2026, 2, 28)  # 365 days from SOLD
AFTER = datetime(2026, 3, 10, 11, 0)


@pytest.fixture
def shop(database):
    client = save_client(ClientInput(name="王芳", phone="13812345678")).id
    cleansing = save_service(ServiceInput(name="深层清洁", price="198")).id
    count_plan = save_plan(PlanInput(name="清洁10次卡", kind="count", price="1580", sessions=10, bonus_sessions=2,
                                     validity_days=365, service_ids=[cleansing])).id
    stored_plan = save_plan(PlanInput(name="储值1000送200（一年）", kind="stored_value", price="1000", bonus="200",
                                      validity_days=365)).id
    annual_plan = save_plan(PlanInput(name="清洁年卡", kind="period", price="3650", validity_days=365,
                                      service_ids=[cleansing])).id
    return {"client": client, "cleansing": cleansing, "count": count_plan, "stored": stored_plan,
            "annual": annual_plan, "database": database}


def _visit(shop, day: datetime, package_id: int | None = None, payments: list[PaymentInput] | None = None) -> int:
    item = VisitItemInput("service", shop["cleansing"], package_id=package_id)
    return save_visit(VisitInput(shop["client"], day, [item], payments or [])).id


def _totals(package_id: int) -> tuple:
    package = ClientPackage.get_by_id(package_id)
    return package.sessions_left, package.principal_fen, package.bonus_fen, package.status


def test_an_expired_count_card_is_refunded_for_its_unused_sessions(shop):
    card = sell_package(shop["client"], shop["count"], [PaymentInput("cash", 158000)], when=SOLD).id
    for day in (3, 17):
        _visit(shop, datetime(2025, 3, day, 15), card)
    assert expire_packages(AFTER.date()) == [card]
    assert _totals(card) == (0, 0, 0, "expired")

    quote = refund_quote(card, AFTER.date())
    # Expiry took the 10 sessions left, but they were paid for: 1580 − 1580 × 2 ÷ 12 comes back.
    assert (quote.sessions_used, quote.used_value_fen, quote.refund_fen) == (2, 26333, 131667)
    assert quote.expired_on == LAST_DAY
    assert any("2026-02-28" in line and "到期" in line for line in quote.lines)

    line = refund_package(card, "wechat", reason="过期后申请退卡", when=AFTER)
    assert (line.kind, line.paid_fen, line.sessions_delta) == ("refund", -131667, 0)
    assert _totals(card) == (0, 0, 0, "refunded")
    assert [(p.method, p.amount_fen) for p in Payment.select().where(Payment.ledger == line.id)] == [
        ("wechat", -131667)]
    assert integrity.find_problems(shop["database"]) == []


def test_an_expired_stored_value_card_refunds_the_principal_its_expiry_took(shop):
    card = sell_package(shop["client"], shop["stored"], [PaymentInput("cash", 100000)], when=SOLD).id
    _visit(shop, datetime(2025, 4, 1, 15), payments=[PaymentInput("stored_value", 19800, card)])
    left = _totals(card)
    assert left[1] + left[2] == 120000 - 19800
    expire_packages(AFTER.date())
    assert _totals(card) == (None, 0, 0, "expired")

    quote = refund_quote(card, AFTER.date())
    assert (quote.principal_left_fen, quote.bonus_left_fen) == (left[1], left[2])
    assert quote.refund_fen == left[1] == 100000 - 16500  # 198 was drawn as 165 principal + 33 bonus
    refund_package(card, "cash", when=AFTER)
    assert _totals(card) == (None, 0, 0, "refunded")
    assert integrity.find_problems(shop["database"]) == []


def test_an_expired_period_card_has_nothing_left_to_refund(shop):
    card = sell_package(shop["client"], shop["annual"], [PaymentInput("cash", 365000)], when=SOLD).id
    expire_packages(AFTER.date())
    with pytest.raises(ValidationError) as raised:
        refund_quote(card, AFTER.date())
    assert raised.value.code == "period_ended"
    with pytest.raises(ValidationError):
        refund_package(card, "cash", when=AFTER)
    assert _totals(card) == (None, 0, 0, "expired")


def test_reactivation_gives_back_what_expiry_took_and_the_card_works_again(shop):
    zhao = save_staff(StaffInput(name="赵雪")).id
    card = sell_package(shop["client"], shop["count"], [PaymentInput("cash", 158000)], when=SOLD).id
    _visit(shop, datetime(2025, 3, 3, 15), card)
    expire_packages(AFTER.date())
    assert packages_for_service(shop["client"], shop["cleansing"], AFTER.date()) == []

    line = reactivate_package(card, date(2026, 6, 30), reason="客户住院三个月", staff_id=zhao, when=AFTER)
    expiry = next(entry for entry in package_ledger(card) if entry.kind == "expiry")
    assert (line.kind, line.sessions_delta, line.reverses_id, line.staff_id) == ("adjustment", 11, expiry.id, zhao)
    assert "重新激活" in line.reason and "2026-06-30" in line.reason and "客户住院三个月" in line.reason
    assert _totals(card) == (11, 0, 0, "active")
    assert ClientPackage.get_by_id(card).expires_on == date(2026, 6, 30)
    assert [p.id for p in packages_for_service(shop["client"], shop["cleansing"], AFTER.date())] == [card]
    _visit(shop, datetime(2026, 3, 15, 15), card)
    assert _totals(card)[0] == 10

    # It can lapse and come back again; each expiry is given back once.
    assert expire_packages(date(2026, 7, 1)) == [card]
    reactivate_package(card, date(2026, 12, 31), when=datetime(2026, 7, 2, 10))
    assert _totals(card) == (10, 0, 0, "active")
    assert integrity.find_problems(shop["database"]) == []


def test_reactivation_gives_back_sessions_a_void_returned_after_expiry(shop):
    card = sell_package(shop["client"], shop["count"], [PaymentInput("cash", 158000)], when=SOLD).id
    visit = _visit(shop, datetime(2025, 3, 3, 15), card)
    expire_packages(AFTER.date())
    void_visit(visit, "登记错了客户", when=AFTER)  # the session given back expires again at once
    assert _totals(card) == (0, 0, 0, "expired")
    reactivate_package(card, date(2026, 6, 30), when=AFTER)
    assert _totals(card) == (12, 0, 0, "active")  # both expiry lines given back
    assert integrity.find_problems(shop["database"]) == []


def test_a_stored_value_card_comes_back_with_principal_and_bonus_apart(shop):
    card = sell_package(shop["client"], shop["stored"], [PaymentInput("cash", 100000)], when=SOLD).id
    expire_packages(AFTER.date())
    reactivate_package(card, date(2026, 12, 31), when=AFTER)
    assert _totals(card) == (None, 100000, 20000, "active")


def test_extending_a_card_before_it_expires_records_who_and_why(shop):
    card = sell_package(shop["client"], shop["count"], [PaymentInput("cash", 158000)], when=SOLD).id
    line = reactivate_package(card, date(2026, 5, 31), reason="店内装修停业三个月补偿", when=datetime(2025, 9, 1, 10))
    assert (line.kind, line.sessions_delta, line.reverses_id) == ("adjustment", 0, None)
    assert line.reason == "有效期由 2026-02-28 延至 2026-05-31：店内装修停业三个月补偿"
    assert _totals(card) == (12, 0, 0, "active")
    assert expire_packages(date(2026, 3, 1)) == []


@pytest.mark.parametrize("case, code", [
    ("refunded", "package_closed"),
    ("no_expiry", "package_no_expiry"),
    ("not_later", "expiry_not_later"),
    ("in_the_past", "expiry_in_past"),
])
def test_reactivation_refusals_write_nothing(shop, case, code):
    card = sell_package(shop["client"], shop["count"], [PaymentInput("cash", 158000)], when=SOLD).id
    new_date = date(2026, 6, 30)
    if case == "refunded":
        refund_package(card, "cash", when=datetime(2025, 4, 1, 10))
    elif case == "no_expiry":
        plan = save_plan(PlanInput(name="长期储值", kind="stored_value", price="500"))
        card = sell_package(shop["client"], plan.id, [PaymentInput("cash", 50000)], when=SOLD).id
    elif case == "not_later":
        new_date = LAST_DAY
    else:
        expire_packages(AFTER.date())
        new_date = date(2026, 3, 5)  # later than the old last day, but already gone by AFTER
    before = (_totals(card), len(package_ledger(card)), ClientPackage.get_by_id(card).expires_on)
    with pytest.raises(ValidationError) as raised:
        reactivate_package(card, new_date, when=AFTER if case == "in_the_past" else datetime(2025, 9, 1, 10))
    assert raised.value.code == code
    assert (_totals(card), len(package_ledger(card)), ClientPackage.get_by_id(card).expires_on) == before


def test_an_extension_of_a_period_card_is_a_gift_that_a_refund_does_not_pay_out(shop):
    card = sell_package(shop["client"], shop["annual"], [PaymentInput("cash", 365000)], when=SOLD).id
    before = refund_quote(card, date(2025, 9, 1))
    reactivate_package(card, date(2026, 5, 31), reason="装修停业补偿", when=datetime(2025, 9, 1, 10))
    after = refund_quote(card, date(2025, 9, 1))
    assert (after.days_total, after.days_left, after.refund_fen) == (before.days_total, before.days_left,
                                                                     before.refund_fen) == (365, 181, 181000)
    assert after.term_ends_on == LAST_DAY
    assert any("2026-05-31" in line and "赠送" in line for line in after.lines)
    # Inside the extra months nothing paid for is left; a lapsed card brought back is the same.
    with pytest.raises(ValidationError) as raised:
        refund_quote(card, date(2026, 4, 1))
    assert raised.value.code == "period_ended"
    lapsed = sell_package(shop["client"], shop["annual"], [PaymentInput("cash", 365000)], when=SOLD).id
    expire_packages(AFTER.date())
    reactivate_package(lapsed, date(2027, 3, 10), when=AFTER)
    with pytest.raises(ValidationError) as raised:
        refund_package(lapsed, "cash", when=AFTER)
    assert raised.value.code == "period_ended"


def test_sessions_taken_off_by_hand_count_as_used_in_a_refund_gifts_do_not(shop):
    card = sell_package(shop["client"], shop["count"], [PaymentInput("cash", 158000)], when=SOLD).id
    _visit(shop, datetime(2025, 3, 3, 15), card)
    adjust(card, "上次漏扣两次", sessions=-2, when=datetime(2025, 3, 4, 10))
    assert refund_quote(card, date(2025, 3, 5)).sessions_used == 3
    gifted = sell_package(shop["client"], shop["count"], [PaymentInput("cash", 158000)], when=SOLD).id
    _visit(shop, datetime(2025, 3, 3, 16), gifted)
    adjust(gifted, "老客户赠送", sessions=2, when=datetime(2025, 3, 4, 10))
    adjust(gifted, "赠送多记了一次", sessions=-1, when=datetime(2025, 3, 4, 11))
    assert refund_quote(gifted, date(2025, 3, 5)).sessions_used == 1


def test_her_timeline_calls_a_reactivation_by_its_name(shop):
    card = sell_package(shop["client"], shop["count"], [PaymentInput("cash", 158000)], when=SOLD).id
    expire_packages(AFTER.date(), when=AFTER.replace(hour=0, minute=5))
    reactivate_package(card, date(2026, 6, 30), when=AFTER)
    kinds = [entry.kind for entry in client_timeline(shop["client"]) if entry.package_id == card]
    assert kinds == ["reactivation", "expiry", "sale"]
