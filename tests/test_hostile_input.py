"""Hostile input (issue 12): every domain function either refuses a value with ValidationError / NotFoundError,
writing nothing, or stores exactly what it was given; the books stay sound (`python main.py check`) either way.

The examples name each kind of bad value once; the properties (hypothesis) throw mixtures of them at the same
functions. Hypothesis reuses the function-scoped `shop` across the examples of one test, so every example writes
rows of its own (a new client, a new card, a new visit) and compares the whole file before and after a refusal.
"""
from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salon.catalogue import PlanInput, ProductInput, ServiceInput, save_plan, save_product, save_service
from salon.clients.birthdays import make_birthday
from salon.clients.profiles import BirthdayInput, ClientInput, EventInput, save_client
from salon.errors import NotFoundError, ValidationError
from salon.inputs import as_whole
from salon.money import MAX_AMOUNT_FEN
from salon.packages.expiry import reactivate_package
from salon.packages.refunds import refund_package
from salon.packages.selling import adjust, sell_package, top_up
from salon.payments import PAYMENT_METHODS, PaymentInput, check_payments
from salon.phones import normalize_phone
from salon.reminders.actions import Outcome, complete, snooze
from salon.settings import SalonSettings, load_settings, save_settings
from salon.staff import StaffInput, save_staff
from salon.store.integrity import find_problems
from salon.store.models import ClientPackage, PackageLedger, Payment, Service, VisitItem, database_proxy
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit, update_visit, void_visit

REFUSED = (ValidationError, NotFoundError)
VISITED = datetime(2026, 3, 2, 15, 0)
SOLD = datetime(2026, 3, 1, 10, 0)

# Numbers nobody means: floats with a fraction, NaN, infinities, beyond 64 bits, bools, text, None, containers.
ODD_NUMBERS = [12.7, 0.5, -0.5, float("nan"), float("inf"), float("-inf"), 2**63, 2**64 + 1, -(2**63) - 1, True,
               False, None, "3", "12.7", "", Decimal("1.5"), b"1", [1], 1e300]
HOSTILE_NUMBERS = st.one_of(st.integers(min_value=-5, max_value=30), st.integers(min_value=-(2**70), max_value=2**70),
                            st.floats(), st.sampled_from(ODD_NUMBERS))
HOSTILE_IDS = st.one_of(st.integers(min_value=-3, max_value=12), st.sampled_from(ODD_NUMBERS))
# Text with the characters that break things: lone surrogates, controls, bidi overrides, invisible spaces.
NASTY_CHARACTERS = "\ud800\udfff\x00\x07\x1b\x7f\u202a\u202e\u2066\u2069\u200b\ufeff\u2060\u200d\u3164 \t\n"
HOSTILE_TEXT = st.one_of(st.text(max_size=12), st.text(alphabet=st.sampled_from(NASTY_CHARACTERS + "王芳a1"),
                                                        max_size=8), st.sampled_from([None, 12, b"x", ["a"]]))
HOSTILE_DATES = st.one_of(st.dates(), st.sampled_from([date(2101, 1, 1), date(1899, 12, 31), None, "2026-03-01",
                                                       20260301, datetime(2101, 1, 1)]))
PHONE_DIGITS = "0123456789０１２３４５６７８９٠١٢٣٤٥٦٧٨٩०१२३४५६७८९۰۱۲۳۴۵۶۷۸۹ -+"

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def shop(database):
    client = save_client(ClientInput(name="王芳", phone="13812345678"))
    cleansing = save_service(ServiceInput(name="深层清洁", price="198"))
    cream = save_product(ProductInput(name="面霜", brand="雅", price="300"))
    therapist = save_staff(StaffInput(name="小张", commission_rate="10"))
    count = save_plan(PlanInput(name="清洁10次卡", kind="count", price="1580", sessions=10, validity_days=365,
                                service_ids=[cleansing.id]))
    stored = save_plan(PlanInput(name="储值1000", kind="stored_value", price="1000", bonus="200"))
    return {"client": client.id, "cleansing": cleansing.id, "cream": cream.id, "therapist": therapist.id,
            "count": count.id, "stored": stored.id}


def snapshot() -> dict[str, list[tuple]]:
    """Every row of every table: a refusal must leave the file exactly as it was."""
    tables = [row[0] for row in database_proxy.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    # Sorted rather than ordered by rowid: some tables have none (WITHOUT ROWID).
    return {table: sorted(database_proxy.execute_sql(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in tables}


def refused_or_done(call, *args, **kwargs):
    """Run `call`: refused (then nothing changed: returns None) or done (returns its result); the books stay sound."""
    before = snapshot()
    try:
        result = call(*args, **kwargs)
    except REFUSED:
        assert snapshot() == before
        result = None
    assert find_problems() == []
    return result


def whole(value: object, minimum: int, maximum: int) -> bool:
    number = as_whole(value)
    return number is not None and minimum <= number <= maximum


def visible_and_safe(text: str) -> bool:
    return bool(text.strip()) and not any(
        unicodedata.category(c) in ("Cs", "Cc") or "\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069"
        or c in "\u200b\ufeff\u2060" for c in text)


def a_count_card(shop) -> ClientPackage:
    return sell_package(shop["client"], shop["count"], [PaymentInput("cash", 158000)], when=SOLD)


def a_visit(shop, **line) -> VisitInput:
    item = VisitItemInput("service", shop["cleansing"], **line)
    return VisitInput(shop["client"], VISITED, [item], [PaymentInput("cash", 19800)])


# --- one example of each ---------------------------------------------------------------------------------
@pytest.mark.parametrize("value", [12.7, 0.5, float("nan"), float("inf"), 2**63, True, "3", None])
def test_a_number_that_is_no_whole_number_is_refused_as_a_payment(database, value):
    with pytest.raises(ValidationError) as raised:
        check_payments([PaymentInput("cash", value)], PAYMENT_METHODS)
    assert raised.value.code == ("amount_absurd" if value == 2**63 else "amount_invalid")


def test_float_fen_and_half_sessions_are_refused_and_write_nothing(shop):
    card = a_count_card(shop)
    lines = PackageLedger.select().count()
    with pytest.raises(ValidationError) as raised:
        sell_package(shop["client"], shop["count"], [PaymentInput("cash", 12.7)], price_fen=12.7)
    assert raised.value.code == "amount_invalid"
    with pytest.raises(ValidationError) as raised:
        top_up(card.id, [PaymentInput("cash", 100)], sessions=0.5, when=SOLD)
    assert raised.value.code == "sessions_invalid"
    with pytest.raises(ValidationError):
        adjust(card.id, "送一次", sessions=0.5, when=SOLD)
    assert PackageLedger.select().count() == lines
    # A whole float says what it means and is stored as the integer.
    line = top_up(card.id, [PaymentInput("cash", 10000.0)], sessions=2.0, when=SOLD)
    assert (line.sessions_delta, line.paid_fen) == (2, 10000)
    assert isinstance(PackageLedger.get_by_id(line.id).sessions_delta, int)


def test_nan_infinity_and_huge_numbers_are_refused(shop):
    card = a_count_card(shop)
    for value in (float("nan"), float("inf"), 2**63, 10**30):
        with pytest.raises(ValidationError):
            save_visit(a_visit(shop, quantity=value))
        with pytest.raises(ValidationError):
            save_visit(a_visit(shop, unit_price_fen=value))
        with pytest.raises(ValidationError):
            adjust(card.id, "更正", sessions=value, when=SOLD)
        with pytest.raises(ValidationError):
            save_service(ServiceInput(name="新项目", price="10", duration_min=value))
    with pytest.raises(ValidationError) as raised:  # above the ceiling: one line of ¥1,000,000.01
        save_visit(a_visit(shop, unit_price_fen=MAX_AMOUNT_FEN + 1))
    assert raised.value.code == "amount_absurd"
    with pytest.raises(ValidationError) as raised:  # 500 lines of ¥10,000 is one line of ¥5,000,000
        save_visit(a_visit(shop, quantity=500, unit_price_fen=1_000_000))
    assert raised.value.code == "amount_absurd"
    with pytest.raises(ValidationError) as raised:
        top_up(card.id, [PaymentInput("cash", 100)], sessions=10001, when=SOLD)
    assert raised.value.code == "sessions_invalid"
    assert VisitItem.select().count() == 0


@pytest.mark.parametrize("value", [2**63, -1, 0, 12.5, "1", True, None])
def test_ids_that_cannot_exist_are_not_found(shop, value):
    with pytest.raises(REFUSED):
        sell_package(value, shop["count"], [PaymentInput("cash", 158000)])
    with pytest.raises(REFUSED):
        sell_package(shop["client"], value, [PaymentInput("cash", 158000)])
    with pytest.raises(REFUSED):
        save_visit(VisitInput(value, VISITED, [VisitItemInput("service", shop["cleansing"])],
                              [PaymentInput("cash", 19800)]))
    with pytest.raises(REFUSED):
        save_visit(VisitInput(shop["client"], VISITED, [VisitItemInput("service", value)]))
    if value is not None:
        with pytest.raises(REFUSED):
            save_visit(a_visit(shop, therapist_id=value))
        with pytest.raises(REFUSED):
            save_client(ClientInput(name="李娜", therapist_id=value))
    assert find_problems() == []


def test_an_unknown_card_on_a_visit_line_is_refused_not_an_integrity_error(shop):
    visit = VisitInput(shop["client"], VISITED, [VisitItemInput("service", shop["cleansing"], package_id=999)])
    with pytest.raises(ValidationError) as raised:
        save_visit(visit)
    assert raised.value.code == "package_missing"
    with pytest.raises(ValidationError) as raised:
        save_visit(VisitInput(shop["client"], VISITED, [VisitItemInput("service", shop["cleansing"])],
                              [PaymentInput("stored_value", 19800, 999)]))
    assert raised.value.code == "package_missing"
    with pytest.raises(REFUSED):
        sell_package(shop["client"], shop["count"], [PaymentInput("cash", 158000)], staff_id=999)
    assert ClientPackage.select().count() == 0


def test_dates_beyond_2100_or_before_1900_are_refused(shop):
    with pytest.raises(ValidationError) as raised:
        sell_package(shop["client"], shop["count"], [PaymentInput("cash", 158000)], starts_on=date(2101, 1, 1))
    assert raised.value.code == "date_out_of_range"
    with pytest.raises(ValidationError) as raised:
        save_visit(VisitInput(shop["client"], datetime(1899, 12, 31), [VisitItemInput("service", shop["cleansing"])],
                              [PaymentInput("cash", 19800)]))
    assert raised.value.code == "date_out_of_range"
    with pytest.raises(ValidationError):
        save_client(ClientInput(name="李娜", events=[EventInput("wedding", date(2101, 5, 1))]))
    card = a_count_card(shop)
    with pytest.raises(ValidationError) as raised:
        reactivate_package(card.id, date(9999, 12, 31), when=SOLD)
    assert raised.value.code == "date_out_of_range"
    with pytest.raises(ValidationError):
        snooze("birthday:1:2026", shop["client"], date(2101, 1, 1))


@pytest.mark.parametrize("name", ["\u200b\u200b", "\ufeff", " \u2060 \u200b ", "\u3164"])
def test_a_name_of_invisible_characters_is_no_name(database, name):
    with pytest.raises(ValidationError) as raised:
        save_client(ClientInput(name=name))
    assert raised.value.code == "name_required"
    with pytest.raises(ValidationError):
        save_service(ServiceInput(name=name, price="10"))
    with pytest.raises(ValidationError):
        save_staff(StaffInput(name=name))


@pytest.mark.parametrize("name", ["王\u202e芳", "\u2066王芳\u2069", "王\x00芳", "王\ud800芳", "王\x1b[31m芳"])
def test_bidi_overrides_controls_and_lone_surrogates_are_refused(database, name):
    with pytest.raises(ValidationError) as raised:
        save_client(ClientInput(name=name))
    assert raised.value.code == "text_invalid"
    with pytest.raises(ValidationError):
        save_client(ClientInput(name="王芳", notes=name))
    with pytest.raises(ValidationError):
        save_product(ProductInput(name="面霜", brand=name, price="1"))


def test_a_zero_width_space_inside_a_name_is_dropped(database):
    client = save_client(ClientInput(name="王\u200b芳", notes="  第一行\n第二行  "))
    assert (client.name, client.notes) == ("王芳", "第一行\n第二行")


@pytest.mark.parametrize("typed", ["١٣٨١٢٣٤٥٦٧٨", "१३८ १२३४ ५६७८", "۱۳۸۱۲۳۴۵۶۷۸", "１３８-１２３４-５６７８"])
def test_phones_in_other_scripts_digits_are_the_same_phone(shop, typed):
    assert normalize_phone(typed) == "13812345678"
    with pytest.raises(ValidationError) as raised:
        save_client(ClientInput(name="李娜", phone=typed))
    assert raised.value.code == "phone_duplicate"


def test_a_leap_month_birthday_without_a_year_must_be_a_leap_month_of_some_year(database):
    assert make_birthday("lunar", None, 4, 30, True).leap_month  # 闰四月 (2020 has one)
    for month, day in ((1, 5), (12, 1), (2, 30)):  # no 闰正月 or 闰腊月 in 1900-2100; 闰二月 never has a 30th
        with pytest.raises(ValidationError) as raised:
            make_birthday("lunar", None, month, day, True)
        assert raised.value.code == "leap_month_invalid"
    with pytest.raises(ValidationError):
        save_client(ClientInput(name="李娜", birthday=BirthdayInput("lunar", None, 1, 5, True)))
    with pytest.raises(ValidationError):
        make_birthday("solar", 1985.5, 3, 12)
    with pytest.raises(ValidationError):
        make_birthday("solar", None, 3.5, 12)


def test_settings_refuse_numbers_that_are_no_whole_numbers(database):
    for value in (12.5, float("nan"), True, "3", 2**63):
        with pytest.raises(ValidationError):
            save_settings(SalonSettings(card_low_sessions=value))
    with pytest.raises(ValidationError):
        save_settings(SalonSettings(salon_name="美\u202e容院"))
    assert load_settings() == SalonSettings()


# --- properties --------------------------------------------------------------------------------------------
@PROPERTY
@given(name=HOSTILE_TEXT, phone=st.one_of(st.text(alphabet=PHONE_DIGITS, max_size=14), HOSTILE_TEXT),
       notes=HOSTILE_TEXT, year=HOSTILE_NUMBERS, month=HOSTILE_NUMBERS, day=HOSTILE_NUMBERS, leap=HOSTILE_NUMBERS,
       calendar_kind=st.sampled_from(["solar", "lunar", "", "x", None]), therapist=st.one_of(st.none(), HOSTILE_IDS))
def test_save_client_refuses_or_stores_what_it_was_given(shop, name, phone, notes, year, month, day, leap,
                                                        calendar_kind, therapist):
    data = ClientInput(name=name, phone=phone, notes=notes, therapist_id=therapist,
                       birthday=BirthdayInput(calendar_kind, year, month, day, leap))
    client = refused_or_done(save_client, data)
    if client is not None:
        client = type(client).get_by_id(client.id)
        assert visible_and_safe(client.name) and client.name == " ".join(client.name.split())
        assert client.phone == "" or client.phone.lstrip("+").isascii() and client.phone.lstrip("+").isdigit()
        assert all(isinstance(value, (int, type(None))) and not isinstance(value, bool)
                   for value in (client.birth_year, client.birth_month, client.birth_day))
        if client.birth_month is not None:
            assert (client.birth_month, client.birth_day) == (as_whole(month), as_whole(day))


@PROPERTY
@given(price=st.one_of(HOSTILE_TEXT, HOSTILE_NUMBERS, st.sampled_from(["1,000,000.01", "999999999", "12.345"])),
       duration=HOSTILE_NUMBERS, code=HOSTILE_TEXT, followup=HOSTILE_TEXT, commission=HOSTILE_TEXT)
def test_save_service_and_product_refuse_or_store(shop, price, duration, code, followup, commission):
    number = Service.select().count()
    service = refused_or_done(save_service, ServiceInput(name=f"项目{number}", price=price, duration_min=duration,
                                                         code=code, followup_days=followup, commission=commission))
    if service is not None:
        stored = Service.get_by_id(service.id)
        assert stored.duration_min == as_whole(duration) and isinstance(stored.duration_min, int)
        assert 0 <= stored.price_fen <= MAX_AMOUNT_FEN
    refused_or_done(save_product, ProductInput(name=f"产品{number}", brand=code, kind=followup, price=price))


@PROPERTY
@given(kind=st.sampled_from(["count", "period", "stored_value", "x", None]), sessions=HOSTILE_NUMBERS,
       bonus_sessions=HOSTILE_NUMBERS, validity=HOSTILE_NUMBERS, service_ids=st.lists(HOSTILE_IDS, max_size=3),
       price=st.one_of(st.sampled_from(["100", "0", "1000000", "1000000.01"]), HOSTILE_TEXT))
def test_save_plan_refuses_or_stores(shop, kind, sessions, bonus_sessions, validity, service_ids, price):
    plan = refused_or_done(save_plan, PlanInput(name=f"卡{len(service_ids)}{kind}{price!r}"[:40], kind=kind,
                                                price=price, sessions=sessions, bonus_sessions=bonus_sessions,
                                                validity_days=validity, service_ids=service_ids))
    if plan is not None:
        stored = type(plan).get_by_id(plan.id)
        if stored.sessions is not None:
            assert stored.sessions == as_whole(sessions) and 1 <= stored.sessions <= 10000
        if stored.validity_days is not None:
            assert stored.validity_days == as_whole(validity)


@PROPERTY
@given(price=HOSTILE_NUMBERS, paid=st.one_of(HOSTILE_NUMBERS, st.just("price")), starts_on=HOSTILE_DATES,
       staff=st.one_of(st.none(), HOSTILE_IDS), client=st.one_of(st.just("client"), HOSTILE_IDS),
       plan=st.sampled_from(["count", "stored"]), notes=HOSTILE_TEXT)
def test_sell_package_refuses_or_stores(shop, price, paid, starts_on, staff, client, plan, notes):
    paid = price if paid == "price" else paid
    package = refused_or_done(sell_package, shop[client] if client == "client" else client, shop[plan],
                              [PaymentInput("wechat", paid)], price_fen=price, starts_on=starts_on, staff_id=staff,
                              notes=notes, when=SOLD)
    if package is not None:
        [line] = PackageLedger.select().where(PackageLedger.package == package.id)
        assert line.paid_fen == as_whole(price) and 0 <= line.paid_fen <= MAX_AMOUNT_FEN
        assert isinstance(line.paid_fen, int)


@PROPERTY
@given(amount=HOSTILE_NUMBERS, bonus=HOSTILE_NUMBERS, sessions=HOSTILE_NUMBERS, principal=HOSTILE_NUMBERS,
       reason=HOSTILE_TEXT, package=st.one_of(st.just("card"), HOSTILE_IDS))
def test_top_up_and_adjust_refuse_or_store(shop, amount, bonus, sessions, principal, reason, package):
    stored = sell_package(shop["client"], shop["stored"], [PaymentInput("cash", 100000)], when=SOLD)
    count = a_count_card(shop)
    for card in (stored, count):
        target = card.id if package == "card" else package
        line = refused_or_done(top_up, target, [PaymentInput("cash", amount)], bonus_fen=bonus, sessions=sessions,
                               when=SOLD)
        if line is not None:  # the card topped up may be another than `card` when an id was drawn
            topped_stored = line.package.kind == "stored_value"
            assert (line.paid_fen, line.bonus_delta_fen, line.sessions_delta) == (
                as_whole(amount), as_whole(bonus) if topped_stored else 0, as_whole(sessions))
        line = refused_or_done(adjust, target, reason, sessions=sessions, principal_fen=principal, bonus_fen=bonus,
                               when=SOLD)
        if line is not None:
            assert (line.sessions_delta, line.principal_delta_fen, line.bonus_delta_fen) == (
                as_whole(sessions), as_whole(principal), as_whole(bonus))


def _due(quantity, unit, discount) -> object:
    numbers = [as_whole(quantity), as_whole(19800 if unit is None else unit), as_whole(discount)]
    return 0 if None in numbers else numbers[0] * numbers[1] - numbers[2]


@PROPERTY
@given(quantity=HOSTILE_NUMBERS, unit=st.one_of(st.none(), HOSTILE_NUMBERS), discount=HOSTILE_NUMBERS,
       paid=st.one_of(st.just("due"), HOSTILE_NUMBERS), therapist=st.one_of(st.none(), HOSTILE_IDS),
       package=st.one_of(st.none(), st.just("card"), HOSTILE_IDS), satisfaction=st.one_of(st.none(), HOSTILE_NUMBERS),
       visited_at=st.one_of(st.just(VISITED), st.datetimes(), st.sampled_from([None, "2026-03-02", date(2026, 3, 2)])),
       notes=HOSTILE_TEXT, token=st.one_of(st.none(), HOSTILE_TEXT))
def test_save_visit_refuses_or_stores(shop, quantity, unit, discount, paid, therapist, package, satisfaction,
                                      visited_at, notes, token):
    card = a_count_card(shop) if package == "card" else None
    package_id = card.id if card else package
    due = 0 if package_id is not None else _due(quantity, unit, discount)
    amount = due if paid == "due" else paid
    payments = [PaymentInput("cash", amount)] if amount != 0 else []
    item = VisitItemInput("service", shop["cleansing"], quantity, unit, discount, therapist, package_id)
    data = VisitInput(shop["client"], visited_at, [item], payments, notes=notes, satisfaction=satisfaction,
                      request_token=token)
    visit = refused_or_done(save_visit, data)
    if visit is not None:
        [line] = VisitItem.select().where(VisitItem.visit == visit.id)
        assert (line.quantity, line.discount_fen) == (as_whole(quantity), as_whole(discount))
        assert line.unit_price_fen == (19800 if unit is None else as_whole(unit))
        assert all(isinstance(value, int) for value in (line.quantity, line.unit_price_fen, line.amount_fen))
        assert line.amount_fen <= MAX_AMOUNT_FEN


@PROPERTY
@given(quantity=HOSTILE_NUMBERS, paid=st.one_of(st.just("due"), HOSTILE_NUMBERS), reason=HOSTILE_TEXT,
       visit_id=st.one_of(st.just("visit"), HOSTILE_IDS), void_reason=HOSTILE_TEXT, staff=st.one_of(st.none(),
                                                                                                HOSTILE_IDS))
def test_update_and_void_visit_refuse_or_store(shop, quantity, paid, reason, visit_id, void_reason, staff):
    card = a_count_card(shop)
    visit = save_visit(VisitInput(shop["client"], VISITED, [VisitItemInput("service", shop["cleansing"],
                                                                           package_id=card.id)]))
    target = visit.id if visit_id == "visit" else visit_id
    due = _due(quantity, None, 0)
    amount = due if paid == "due" else paid
    corrected = VisitInput(shop["client"], VISITED, [VisitItemInput("service", shop["cleansing"], quantity)],
                           [PaymentInput("cash", amount)] if amount != 0 else [])
    updated = refused_or_done(update_visit, target, corrected, reason, staff_id=staff)
    if updated is not None:
        [line] = VisitItem.select().where(VisitItem.visit == updated.id)
        assert line.quantity == as_whole(quantity)
    voided = refused_or_done(void_visit, target, void_reason, staff_id=staff)
    if voided is not None:
        assert voided.status == "void"


@PROPERTY
@given(method=st.one_of(st.sampled_from(["cash", "wechat", "stored_value", "bitcoin"]), HOSTILE_TEXT),
       reason=HOSTILE_TEXT, today=st.one_of(st.none(), HOSTILE_DATES), package=st.one_of(st.just("card"),
                                                                                          HOSTILE_IDS))
def test_refund_refuses_or_pays_back(shop, method, reason, today, package):
    card = a_count_card(shop)
    line = refused_or_done(refund_package, card.id if package == "card" else package, method, reason=reason,
                           today=today, when=SOLD + timedelta(days=1))
    if line is not None:
        assert sum(p.amount_fen for p in Payment.select().where(Payment.ledger == line.id)) == line.paid_fen <= 0


@PROPERTY
@given(amounts=st.lists(HOSTILE_NUMBERS, max_size=3), package_id=st.one_of(st.none(), HOSTILE_IDS))
def test_payment_amounts_are_whole_fen_within_the_ceiling(database, amounts, package_id):
    payments = [PaymentInput("cash", amount) for amount in amounts]
    try:
        checked = check_payments(payments, PAYMENT_METHODS)
    except ValidationError:
        assert not all(whole(amount, 0, MAX_AMOUNT_FEN) for amount in amounts) \
            or sum(as_whole(amount) for amount in amounts) > MAX_AMOUNT_FEN
        return
    assert all(whole(amount, 0, MAX_AMOUNT_FEN) for amount in amounts)
    assert sum(p.amount_fen for p in checked) == sum(as_whole(amount) for amount in amounts)
    assert all(type(p.amount_fen) is int for p in checked)


@PROPERTY
@given(key=HOSTILE_TEXT, note=HOSTILE_TEXT, gift=HOSTILE_TEXT, cost=HOSTILE_NUMBERS,
       satisfied=st.one_of(st.none(), st.booleans(), HOSTILE_NUMBERS), client=st.one_of(st.just("client"),
                                                                                         HOSTILE_IDS))
def test_reminder_outcomes_refuse_or_store(shop, key, note, gift, cost, satisfied, client):
    outcome = Outcome(note=note, gift=gift, gift_cost_fen=cost, satisfied=satisfied)
    contact = refused_or_done(complete, key, shop[client] if client == "client" else client, "followup", outcome)
    if contact is not None:
        assert contact.satisfied in (None, True, False)


def test_ids_beyond_sqlite_are_not_found_in_the_little_actions(shop):
    from salon.catalogue import set_item_active
    from salon.clients.profiles import archive_client, assign_therapist
    from salon.staff import set_active

    for call in (lambda: set_item_active("service", 2**63, False), lambda: archive_client(2**63),
                 lambda: assign_therapist([2**63], shop["therapist"]), lambda: set_active(12.5, False)):
        with pytest.raises(NotFoundError):
            call()
    assert find_problems() == []


def test_a_complaint_about_an_unknown_client_or_visit_is_not_found(database):
    from datetime import date

    from salon.clients.profiles import ClientInput, save_client
    from salon.errors import NotFoundError
    from salon.reminders.logs import log_complaint
    from salon.store.models import Complaint

    client = save_client(ClientInput(name="王芳", phone="13812345678")).id
    for kwargs in ({"client_id": 999}, {"client_id": client, "visit_id": 999}, {"client_id": 2 ** 63},
                   {"client_id": client, "staff_id": 12.5}):
        with pytest.raises(NotFoundError):
            log_complaint(received_on=date(2026, 11, 1), what="水太烫", **kwargs)
    with pytest.raises(ValidationError):
        log_complaint(client, date(2101, 1, 1), "水太烫")
    assert Complaint.select().count() == 0
    assert log_complaint(client, date(2026, 11, 1), "水太烫").what == "水太烫"
