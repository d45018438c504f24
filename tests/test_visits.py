"""Recording visits: one transaction, split payments, package deductions, corrections and voids."""
from __future__ import annotations

from datetime import datetime

import pytest

from salon.catalogue import PlanInput, ProductInput, ServiceInput, save_plan, save_product, save_service
from salon.clients.profiles import ClientInput, save_client
from salon.errors import ValidationError
from salon.packages.expiry import expire_packages
from salon.packages.refunds import refund_package
from salon.packages.selling import sell_package
from salon.packages.views import client_packages, package_ledger
from salon.payments import PaymentInput
from salon.staff import StaffInput, save_staff
from salon.store.models import Payment, Visit, VisitItem, VisitRevision
from salon.visits import recording
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.receipts import visit_detail
from salon.visits.recording import load_visit_input, save_visit, update_visit, void_visit
from salon.visits.timeline import client_timeline

TABLES = ("visit", "visit_item", "payment", "package_ledger", "client_package", "visit_therapist", "visit_revision")
WHEN = datetime(2026, 5, 20, 15, 30)


@pytest.fixture
def shop(database):
    client = save_client(ClientInput(name="王芳", phone="13812345678"))
    other = save_client(ClientInput(name="李娜", phone="13912345678"))
    zhao = save_staff(StaffInput(name="赵雪", commission_rate="10%"))
    liu = save_staff(StaffInput(name="刘芳", commission_rate="12.5%"))
    cleansing = save_service(ServiceInput(name="深层清洁", price="198", followup_days="1,7"))
    massage = save_service(ServiceInput(name="肩颈理疗", price="268", commission="30"))
    nails = save_service(ServiceInput(name="美甲", price="120", commission="20%"))
    mask = save_product(ProductInput(name="补水面膜", brand="雅诗", price="88"))
    count_plan = save_plan(PlanInput(name="清洁10次卡", kind="count", price="1580", sessions=10, bonus_sessions=2,
                                     validity_days=365, service_ids=[cleansing.id]))
    stored_plan = save_plan(PlanInput(name="储值1000送200", kind="stored_value", price="1000", bonus="200"))
    sold = datetime(2026, 3, 1, 10, 0)
    count = sell_package(client.id, count_plan.id, [PaymentInput("wechat", 158000)], when=sold)
    card = sell_package(client.id, stored_plan.id, [PaymentInput("cash", 100000)], when=sold)
    return {"client": client.id, "other": other.id, "zhao": zhao.id, "liu": liu.id, "cleansing": cleansing.id,
            "massage": massage.id, "nails": nails.id, "mask": mask.id, "count": count.id, "card": card.id}


def dump(database) -> dict[str, list[tuple]]:
    return {table: database.execute_sql(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in TABLES}


def left(package_id: int) -> tuple:
    view = next(v for v in client_packages_all() if v.id == package_id)
    return view.sessions_left, view.principal_fen, view.bonus_fen


def client_packages_all():
    return client_packages(1) + client_packages(2)


def typical_visit(shop, **changes) -> VisitInput:
    data = VisitInput(
        client_id=shop["client"], visited_at=WHEN,
        items=[VisitItemInput("service", shop["cleansing"], therapist_id=shop["zhao"], package_id=shop["count"]),
               VisitItemInput("service", shop["massage"], therapist_id=shop["zhao"]),
               VisitItemInput("product", shop["mask"], quantity=2, discount_fen=1600)],
        payments=[PaymentInput("stored_value", 26800, shop["card"]), PaymentInput("cash", 16000)],
        therapist_ids=[shop["zhao"]], skin_condition="T 区出油，两颊偏干", satisfaction=5,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_a_visit_with_a_deduction_a_card_payment_and_cash(shop):
    visit = save_visit(typical_visit(shop))
    assert visit.total_fen == 19800 + 26800 + 2 * 8800 - 1600
    assert left(shop["count"]) == (11, 0, 0)
    # 268 from a 1000 + 200 card: 223.33 principal and 44.67 bonus.
    assert left(shop["card"]) == (None, 100000 - 22333, 20000 - 4467)
    detail = visit_detail(visit.id)
    assert [(line.name, line.amount_fen, line.package_name) for line in detail.lines] == [
        ("深层清洁", 19800, "清洁10次卡"), ("肩颈理疗", 26800, ""), ("雅诗 补水面膜", 16000, "")]
    assert detail.due_fen == 42800
    assert detail.payments == [("cash", 16000)]
    assert detail.stored_value == [("储值1000送200", 26800)]
    moves = {move.package_name: move for move in detail.packages}
    assert (moves["清洁10次卡"].sessions_used, moves["清洁10次卡"].sessions_left) == (1, 11)
    assert (moves["储值1000送200"].amount_fen, moves["储值1000送200"].balance_fen) == (26800, 120000 - 26800)
    # Commission is kept with each line: rate of the therapist, fixed amount of the service; the line the card
    # paid earns it on what the client really paid per session (1,580 for 12 sessions), the owner's default.
    items = list(VisitItem.select().where(VisitItem.visit == visit.id).order_by(VisitItem.position))
    assert [(i.commission_fen, i.commission_basis) for i in items] == [
        (1317, "10%（卡实付 131.67/次）"), (3000, "30.00/次"), (0, "")]
    assert items[0].followup_days == "1,7"


def test_commission_does_not_change_when_rates_change_later(shop):
    visit = save_visit(typical_visit(shop))
    save_staff(StaffInput(name="赵雪", commission_rate="50%"), shop["zhao"])
    save_service(ServiceInput(name="肩颈理疗", price="300", commission="80"), shop["massage"])
    items = VisitItem.select().where(VisitItem.visit == visit.id).order_by(VisitItem.position)
    assert [i.commission_fen for i in items] == [1317, 3000, 0]


def test_payments_must_match_what_is_due(shop, database):
    before = dump(database)
    for payments in ([PaymentInput("cash", 42700)], [PaymentInput("cash", 42900)], []):
        with pytest.raises(ValidationError) as raised:
            save_visit(typical_visit(shop, payments=payments))
        assert raised.value.code == "payments_mismatch"
        assert raised.value.params["due"] == 42800
    assert dump(database) == before


@pytest.mark.parametrize(("change", "code"), [
    ("no_sessions", "package_insufficient"),
    ("not_covered", "package_not_covering"),
    ("other_client", "package_other_client"),
    ("balance", "balance_insufficient"),
    ("expired", "package_closed"),
])
def test_a_deduction_the_package_cannot_cover_writes_nothing(shop, database, change, code):
    data = typical_visit(shop)
    if change == "no_sessions":
        data.items[0].quantity = 13  # 12 left
    elif change == "not_covered":  # the cleansing card cannot pay for the massage
        data.items[1].package_id = shop["count"]
        data.payments = [PaymentInput("cash", 16000)]
    elif change == "other_client":
        data.client_id = shop["other"]
    elif change == "balance":  # 20 masks on a card holding 1200
        data.items[2].quantity = 20
        data.payments = [PaymentInput("stored_value", 26800 + 20 * 8800 - 1600, shop["card"])]
    elif change == "expired":  # the card's last day is 2027-02-28
        data.visited_at = datetime(2026, 5, 20, 10, 0)
        expire_packages(datetime(2027, 3, 1).date())
        code = "package_closed"
    before = dump(database)
    with pytest.raises(ValidationError) as raised:
        save_visit(data)
    assert raised.value.code == code
    assert dump(database) == before


def test_a_failure_in_the_middle_of_saving_leaves_the_database_exactly_as_before(shop, database, monkeypatch):
    before = dump(database)
    real = recording.pay_from_stored_value

    def power_cut(*args, **kwargs):
        real(*args, **kwargs)  # the session and the card are already taken when it fails
        raise OSError("disk I/O error")

    monkeypatch.setattr(recording, "pay_from_stored_value", power_cut)
    with pytest.raises(OSError):
        save_visit(typical_visit(shop))
    assert dump(database) == before
    monkeypatch.undo()
    save_visit(typical_visit(shop))
    assert Visit.select().count() == 1


def test_the_same_request_saves_once(shop):
    data = typical_visit(shop, request_token="dialog-7f3a")
    first = save_visit(data)
    second = save_visit(data)
    assert first.id == second.id
    assert Visit.select().count() == 1
    assert left(shop["count"])[0] == 11


def test_void_gives_sessions_and_money_back_through_the_ledger(shop, database):
    visit = save_visit(typical_visit(shop))
    with pytest.raises(ValidationError) as raised:
        void_visit(visit.id, " ")
    assert raised.value.code == "reason_required"
    void_visit(visit.id, "登记错了客户")
    assert left(shop["count"]) == (12, 0, 0)
    assert left(shop["card"]) == (None, 100000, 20000)
    kinds = [line.kind for line in package_ledger(shop["count"])]
    assert kinds == ["sale", "use", "void"]
    net = database.execute_sql("SELECT method, sum(amount_fen) FROM payment WHERE visit_id = ? GROUP BY method",
                               (visit.id,)).fetchall()
    assert sorted(net) == [("cash", 0), ("stored_value", 0)]
    assert Visit.get_by_id(visit.id).status == "void"
    assert VisitRevision.get(VisitRevision.visit == visit.id).action == "void"
    detail = visit_detail(visit.id)
    assert detail.packages == [] and detail.payments == [] and detail.void_reason == "登记错了客户"
    with pytest.raises(ValidationError):
        void_visit(visit.id, "again")
    with pytest.raises(ValidationError):
        update_visit(visit.id, typical_visit(shop), "改")


def test_correcting_a_visit_keeps_the_old_version_and_re_applies_packages(shop):
    visit = save_visit(typical_visit(shop))
    data = load_visit_input(visit.id)
    # She had the cleansing twice from her card and paid the massage by WeChat instead; no mask.
    data.items = [
        type(data.items[0])("service", shop["cleansing"], quantity=2, therapist_id=shop["liu"],
                            package_id=shop["count"]),
        type(data.items[0])("service", shop["massage"], therapist_id=shop["liu"]),
    ]
    data.payments = [PaymentInput("wechat", 26800)]
    with pytest.raises(ValidationError):
        update_visit(visit.id, data, "")
    update_visit(visit.id, data, "项目登记错了")
    assert left(shop["count"]) == (10, 0, 0)
    assert left(shop["card"]) == (None, 100000, 20000)
    again = load_visit_input(visit.id)
    assert [(i.item_id, i.quantity, i.therapist_id) for i in again.items] == [
        (shop["cleansing"], 2, shop["liu"]), (shop["massage"], 1, shop["liu"])]
    assert again.payments == [PaymentInput("wechat", 26800)]
    revision = VisitRevision.get(VisitRevision.visit == visit.id)
    assert revision.action == "edit" and revision.reason == "项目登记错了"
    assert '"quantity": 2' in revision.before_json and '"name": "雅诗 补水面膜"' in revision.before_json
    assert f'"item_id": {shop["mask"]}' in revision.before_json
    assert visit_detail(visit.id).revisions == 1
    assert Visit.get_by_id(visit.id).total_fen == 2 * 19800 + 26800
    # Payments net per method: the stored-value and cash were reversed, WeChat taken.
    rows = Payment.select().where(Payment.visit == visit.id)
    net: dict[str, int] = {}
    for row in rows:
        net[row.method] = net.get(row.method, 0) + row.amount_fen
    assert net == {"stored_value": 0, "cash": 0, "wechat": 26800}


def test_bad_input_is_refused_with_a_code(shop):
    cases = [
        (typical_visit(shop, items=[]), "visit_empty"),
        (typical_visit(shop, satisfaction=6), "satisfaction_invalid"),
        (typical_visit(shop, visited_at=datetime(2099, 1, 1)), "date_future"),
    ]
    bad_discount = typical_visit(shop)
    bad_discount.items[2].discount_fen = 99999
    cases.append((bad_discount, "discount_too_large"))
    bad_quantity = typical_visit(shop)
    bad_quantity.items[1].quantity = 0
    cases.append((bad_quantity, "quantity_invalid"))
    for data, code in cases:
        with pytest.raises(ValidationError) as raised:
            save_visit(data)
        assert raised.value.code == code
    assert Visit.select().count() == 0


def test_timeline_lists_visits_and_package_events_newest_first(shop):
    save_visit(typical_visit(shop))
    later = save_visit(typical_visit(shop, visited_at=datetime(2026, 6, 2, 11, 0),
                                     items=[VisitItemInput("service", shop["nails"], therapist_id=shop["liu"])],
                                     payments=[PaymentInput("alipay", 12000)], therapist_ids=[]))
    entries = client_timeline(shop["client"])
    assert [(e.kind, e.title) for e in entries] == [
        ("visit", "美甲"), ("visit", "深层清洁、肩颈理疗、雅诗 补水面膜 ×2"),
        ("sale", "储值1000送200"), ("sale", "清洁10次卡")]
    assert entries[0].visit_id == later.id and entries[0].therapists == "刘芳" and entries[0].charged_fen == 12000
    assert entries[0].paid == (("alipay", 12000),) and entries[0].covered == ()
    # What the first visit charged, how it was paid and what the card covered, as its receipt says.
    assert entries[1].charged_fen == 19800 + 26800 + 2 * 8800 - 1600
    assert entries[1].paid == (("stored_value", 26800), ("cash", 16000)) and entries[1].paid_fen == 42800
    assert entries[1].covered == (("清洁10次卡", 1),) and entries[1].therapists == "赵雪"
    assert entries[3].change == "+12 次" and entries[3].paid == (("wechat", 158000),)


def test_visits_on_a_card_that_has_expired_since(shop):
    """The card's later expiry must not block correcting the visit, nor let a void revive the card."""
    visit = save_visit(typical_visit(shop))
    expire_packages(datetime(2027, 3, 1).date())
    assert left(shop["count"]) == (0, 0, 0)
    data = load_visit_input(visit.id)
    data.notes = "补记：客户说下次想加眼部护理"
    update_visit(visit.id, data, "补记备注")  # same deduction: allowed, the card's ledger is untouched
    assert [line.kind for line in package_ledger(shop["count"])] == ["sale", "use", "expiry"]
    assert load_visit_input(visit.id).notes == "补记：客户说下次想加眼部护理"
    data.items[0].quantity = 2
    with pytest.raises(ValidationError) as raised:
        update_visit(visit.id, data, "多做了一次")
    assert raised.value.code == "package_closed_in_visit"
    void_visit(visit.id, "登记错了")
    assert [line.kind for line in package_ledger(shop["count"])] == ["sale", "use", "expiry", "void", "expiry"]
    assert left(shop["count"]) == (0, 0, 0)
    assert left(shop["card"]) == (None, 100000, 20000)  # the stored-value card has no expiry: money is back


def test_a_correction_cannot_reshape_what_a_visit_took_from_a_closed_card(shop, database):
    from salon.store import integrity

    on_card = [VisitItemInput("service", shop["cleansing"], package_id=shop["count"]) for _ in range(2)]
    visit = save_visit(VisitInput(shop["client"], WHEN, on_card + [VisitItemInput("service", shop["massage"])],
                                  [PaymentInput("cash", 26800)]))
    expire_packages(datetime(2027, 3, 1).date())
    merged = load_visit_input(visit.id)
    merged.items = [VisitItemInput("service", shop["cleansing"], quantity=2, package_id=shop["count"]),
                    merged.items[2]]
    moved = load_visit_input(visit.id)
    moved.items[0].item_id = shop["massage"]
    for data in (merged, moved):
        with pytest.raises(ValidationError) as raised:
            update_visit(visit.id, data, "合并两行")
        assert raised.value.code == "package_closed_in_visit"
    reordered = load_visit_input(visit.id)
    reordered.items = [reordered.items[2], *reordered.items[:2]]
    update_visit(visit.id, reordered, "调整顺序")  # the same lines on the card: allowed
    assert integrity.find_problems(database) == []


def test_a_visit_on_a_refunded_card_cannot_be_voided(shop):
    visit = save_visit(typical_visit(shop))
    refund_package(shop["count"], "cash")
    with pytest.raises(ValidationError) as raised:
        void_visit(visit.id, "登记错了")
    assert raised.value.code == "package_closed_in_visit"
    assert Visit.get_by_id(visit.id).status == "done"


def test_correcting_a_note_keeps_last_months_commission_and_names(shop):
    visit = save_visit(typical_visit(shop))
    save_staff(StaffInput(name="赵雪", commission_rate="20%"), shop["zhao"])
    save_service(ServiceInput(name="深层清洁（新版）", price="198", commission="50"), shop["cleansing"])
    data = load_visit_input(visit.id)
    data.notes = "补记备注"
    update_visit(visit.id, data, "补记")
    items = list(VisitItem.select().where(VisitItem.visit == visit.id).order_by(VisitItem.position))
    assert [(i.name, i.commission_fen) for i in items] == [("深层清洁", 1317), ("肩颈理疗", 3000), ("雅诗 补水面膜", 0)]
    revision = VisitRevision.get(VisitRevision.visit == visit.id)
    assert '"commission_fen": 1317' in revision.before_json


def test_the_owner_may_pay_card_commission_on_the_list_price(shop):
    from salon.settings import COMMISSION_ON_LIST, SalonSettings, save_settings

    save_settings(SalonSettings(commission_on_cards=COMMISSION_ON_LIST))
    visit = save_visit(typical_visit(shop))
    items = list(VisitItem.select().where(VisitItem.visit == visit.id).order_by(VisitItem.position))
    assert [(i.commission_fen, i.commission_basis) for i in items] == [(1980, "10%"), (3000, "30.00/次"), (0, "")]


def test_a_recorded_visit_cannot_be_deleted_only_voided(shop, database):
    import peewee

    visit = save_visit(typical_visit(shop))
    with pytest.raises(peewee.IntegrityError):
        database.execute_sql("DELETE FROM visit WHERE id = ?", (visit.id,))
    assert Visit.select().count() == 1


def test_a_visit_moved_off_a_card_that_was_refunded_later_can_still_be_voided(shop):
    visit = save_visit(typical_visit(shop))
    data = load_visit_input(visit.id)
    data.items[0].package_id = None
    data.payments = [PaymentInput("stored_value", 26800, shop["card"]), PaymentInput("cash", 16000 + 19800)]
    update_visit(visit.id, data, "这次没用卡")
    refund_package(shop["count"], "cash")
    void_visit(visit.id, "登记错了")
    assert Visit.get_by_id(visit.id).status == "void"
