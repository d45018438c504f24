"""salon.store.integrity: silent on data the domain writes, and names every kind of tampering with its rows."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from salon.catalogue import PlanInput, ProductInput, ServiceInput, save_plan, save_product, save_service
from salon.clients.profiles import ClientInput, save_client
from salon.demo import generator as demo
from salon.packages.expiry import expire_packages, reactivate_package
from salon.packages.refunds import refund_package
from salon.packages.selling import adjust, sell_package, top_up
from salon.payments import PaymentInput
from salon.staff import StaffInput, save_staff
from salon.store import integrity
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import load_visit_input, save_visit, update_visit, void_visit

TODAY = date(2025, 6, 15)


@pytest.fixture
def demo_db(database):
    demo.generate_demo(database, clients=120, months=24, seed=5, today=TODAY)
    return database


def _one(database, sql: str, *params: object):
    row = database.execute_sql(sql, params).fetchone()
    assert row is not None, sql
    return row[0] if len(row) == 1 else row


def _codes(database) -> dict[str, list[tuple[int, ...]]]:
    found: dict[str, list[tuple[int, ...]]] = {}
    for problem in integrity.find_problems(database):
        found.setdefault(problem.code, []).append(problem.ids)
    return found


def test_a_fresh_demo_has_no_problem(demo_db):
    assert integrity.find_problems(demo_db) == []
    counts = integrity.counts(demo_db)
    assert counts.clients == 120 and counts.visits > 300 and counts.void_visits >= 1
    assert counts.packages > 10 and counts.ledger_lines > counts.packages and counts.payments > 100


def test_everything_the_domain_writes_passes(database):
    """No false alarm: sales, uses, stored value, split payments, corrections, voids, top-ups, adjustments,
    expiry and refunds written through salon.packages and salon.visits are all sound."""
    client = save_client(ClientInput(name="王芳", phone="13812345678")).id
    other = save_client(ClientInput(name="李娜", phone="13912345678")).id
    zhao = save_staff(StaffInput(name="赵雪", commission_rate="10%")).id
    facial = save_service(ServiceInput(name="补水护理", price="268", followup_days="1,7")).id
    massage = save_service(ServiceInput(name="肩颈理疗", price="228", commission="40")).id
    mask = save_product(ProductInput(name="面膜", brand="本店", price="98")).id
    count_plan = save_plan(PlanInput(name="补水5次卡", kind="count", price="1000", sessions=5, bonus_sessions=1,
                                     validity_days=60, service_ids=[facial])).id
    unlimited = save_plan(PlanInput(name="肩颈月卡", kind="period", price="500", validity_days=30,
                                    service_ids=[massage])).id
    capped = save_plan(PlanInput(name="肩颈年卡", kind="period", price="900", sessions=3, validity_days=365,
                                 service_ids=[massage])).id
    stored_plan = save_plan(PlanInput(name="储值卡", kind="stored_value", price="1000", bonus="200")).id
    sold = datetime(2025, 1, 5, 10, 0)
    count = sell_package(client, count_plan, [PaymentInput("wechat", 50000), PaymentInput("card", 50000)],
                         when=sold).id
    monthly = sell_package(client, unlimited, [PaymentInput("cash", 50000)], when=sold).id
    yearly = sell_package(other, capped, [PaymentInput("alipay", 80000)], price_fen=80000, when=sold).id
    card = sell_package(client, stored_plan, [PaymentInput("cash", 100000)], when=sold).id

    def visit(day: int, items: list[VisitItemInput], payments: list[PaymentInput], who: int = client) -> int:
        data = VisitInput(who, datetime(2025, 1, day, 15), items, payments)
        return save_visit(data, when=datetime(2025, 1, day, 16)).id

    first = visit(10, [VisitItemInput("service", facial, therapist_id=zhao, package_id=count),
                       VisitItemInput("service", massage, therapist_id=zhao, package_id=monthly),
                       VisitItemInput("product", mask, discount_fen=800)],
                  [PaymentInput("stored_value", 5000, card), PaymentInput("wechat", 4000)])
    second = visit(12, [VisitItemInput("service", facial, quantity=2, package_id=count)], [])
    visit(13, [VisitItemInput("service", massage, package_id=yearly)], [], who=other)
    corrected = load_visit_input(first)
    corrected.items[2].discount_fen = 0
    corrected.payments = [PaymentInput("stored_value", 9800, card)]
    update_visit(first, corrected, "忘记一件产品没打折", when=datetime(2025, 1, 10, 18))
    void_visit(second, "重复登记", when=datetime(2025, 1, 12, 17))
    top_up(card, [PaymentInput("wechat", 50000)], bonus_fen=5000, when=datetime(2025, 1, 20, 11))
    adjust(count, "客诉补偿", sessions=1, when=datetime(2025, 1, 21, 11))
    visit(22, [VisitItemInput("service", massage)], [PaymentInput("stored_value", 22800, card)])
    refund_package(yearly, "alipay", reason="搬家", today=date(2025, 2, 1), when=datetime(2025, 2, 1, 12))
    expire_packages(date(2025, 4, 1), when=datetime(2025, 4, 1, 9))
    reactivate_package(count, date(2025, 6, 30), reason="客户住院，延期", when=datetime(2025, 4, 2, 10))
    expire_packages(date(2025, 7, 1), when=datetime(2025, 7, 1, 9))
    refund_package(count, "cash", reason="过期后申请退卡", when=datetime(2025, 7, 5, 10))
    assert integrity.find_problems(database) == []
    statuses = {row[0] for row in database.execute_sql("SELECT status FROM client_package")}
    assert statuses == {"active", "expired", "refunded"}


# --- tampering: each kind is reported, with the rows it concerns ----------------------------------------
def test_a_total_that_no_longer_follows_the_ledger(demo_db):
    package = _one(demo_db, "SELECT id FROM client_package WHERE kind = 'count' AND status = 'active'"
                            " AND sessions_left > 1 ORDER BY id LIMIT 1")
    card = _one(demo_db, "SELECT id FROM client_package WHERE kind = 'stored_value' AND principal_fen > 100"
                         " ORDER BY id LIMIT 1")
    demo_db.execute_sql("DROP TRIGGER client_package_totals_follow_ledger")
    demo_db.execute_sql("UPDATE client_package SET sessions_left = sessions_left + 3 WHERE id = ?", (package,))
    demo_db.execute_sql("UPDATE client_package SET principal_fen = principal_fen - 100 WHERE id = ?", (card,))
    found = _codes(demo_db)
    assert sorted(found["package_totals"]) == sorted([(package,), (card,)])
    assert set(found) == {"package_totals"}


def test_a_ledger_that_dips_below_zero_on_the_way(demo_db):
    """The totals agree in the end, but for a while the card had less than nothing."""
    package, client = _one(demo_db, "SELECT id, client_id FROM client_package WHERE kind = 'count'"
                                    " AND status = 'active' ORDER BY id LIMIT 1")
    for trigger in ("package_ledger_apply", "client_package_totals_follow_ledger"):
        demo_db.execute_sql(f"DROP TRIGGER {trigger}")
    demo_db.execute_sql("INSERT INTO package_ledger (package_id, kind, sessions_delta, reason, created_at)"
                        " VALUES (?, 'adjustment', -100, '手误', '2025-06-14 10:00:00')", (package,))
    line = _one(demo_db, "SELECT max(id) FROM package_ledger")
    demo_db.execute_sql("INSERT INTO package_ledger (package_id, kind, sessions_delta, reason, created_at)"
                        " VALUES (?, 'adjustment', 100, '改回来', '2025-06-14 10:01:00')", (package,))
    assert _codes(demo_db) == {"ledger_negative": [(package, line)]}


def test_a_negative_total_and_a_status_that_lies(demo_db):
    package = _one(demo_db, "SELECT id FROM client_package WHERE kind = 'count' AND status = 'active'"
                            " AND sessions_left > 0 ORDER BY id LIMIT 1")
    demo_db.execute_sql("UPDATE client_package SET status = 'used_up' WHERE id = ?", (package,))
    assert _codes(demo_db) == {"package_status": [(package,)]}
    demo_db.execute_sql("DROP TRIGGER client_package_totals_follow_ledger")
    demo_db.execute_sql("PRAGMA ignore_check_constraints = ON")
    demo_db.execute_sql("UPDATE client_package SET sessions_left = -1 WHERE id = ?", (package,))
    found = _codes(demo_db)
    assert found["package_negative"] == [(package,)] and found["package_totals"] == [(package,)]


def test_a_deleted_visit_payment(demo_db):
    visit, payment = _one(demo_db, """SELECT p.visit_id, p.id FROM payment p JOIN visit v ON v.id = p.visit_id
        WHERE v.status = 'done' AND p.reverses_id IS NULL AND p.method <> 'stored_value'
          AND NOT EXISTS (SELECT 1 FROM payment r WHERE r.reverses_id = p.id) ORDER BY p.id LIMIT 1""")
    demo_db.execute_sql("DELETE FROM payment WHERE id = ?", (payment,))
    assert _codes(demo_db) == {"visit_payments": [(visit,)]}


def test_a_deleted_sale_payment(demo_db):
    line, payment = _one(demo_db, "SELECT l.id, p.id FROM package_ledger l JOIN payment p ON p.ledger_id = l.id"
                                  " WHERE l.kind = 'sale' ORDER BY l.id LIMIT 1")
    demo_db.execute_sql("DELETE FROM payment WHERE id = ?", (payment,))
    assert _codes(demo_db) == {"ledger_payments": [(line,)]}


def test_a_changed_item_amount(demo_db):
    item, visit = _one(demo_db, """SELECT i.id, i.visit_id FROM visit_item i JOIN visit v ON v.id = i.visit_id
        WHERE v.status = 'done' AND i.package_id IS NULL AND i.amount_fen > 0 ORDER BY i.id LIMIT 1""")
    demo_db.execute_sql("PRAGMA ignore_check_constraints = ON")
    demo_db.execute_sql("UPDATE visit_item SET amount_fen = amount_fen - 100 WHERE id = ?", (item,))
    found = _codes(demo_db)
    assert found == {"item_amount": [(item, visit)], "visit_total": [(visit,)], "visit_payments": [(visit,)]}


def test_a_consistent_but_unpaid_price_change(demo_db):
    """Unit price and amount changed together: the line adds up, the visit does not."""
    item, visit = _one(demo_db, """SELECT i.id, i.visit_id FROM visit_item i JOIN visit v ON v.id = i.visit_id
        WHERE v.status = 'done' AND i.package_id IS NULL AND i.quantity = 1 ORDER BY i.id LIMIT 1""")
    demo_db.execute_sql("UPDATE visit_item SET unit_price_fen = unit_price_fen + 500, amount_fen = amount_fen + 500"
                        " WHERE id = ?", (item,))
    assert _codes(demo_db) == {"visit_total": [(visit,)], "visit_payments": [(visit,)]}


def test_a_void_visit_that_kept_its_money_and_sessions(demo_db):
    visit, reversal = _one(demo_db, """SELECT v.id, p.id FROM visit v JOIN payment p ON p.visit_id = v.id
        WHERE v.status = 'void' AND p.reverses_id IS NOT NULL ORDER BY v.id LIMIT 1""")
    demo_db.execute_sql("DELETE FROM payment WHERE id = ?", (reversal,))
    assert _codes(demo_db) == {"void_payments": [(visit,)]}


def test_a_deduction_without_its_ledger_line(demo_db):
    visit, package, line = _one(demo_db, """SELECT l.visit_id, l.package_id, l.id FROM package_ledger l
        JOIN client_package p ON p.id = l.package_id JOIN visit v ON v.id = l.visit_id
        WHERE l.kind = 'use' AND p.kind = 'count' AND v.status = 'done'
          AND NOT EXISTS (SELECT 1 FROM package_ledger r WHERE r.reverses_id = l.id) ORDER BY l.id LIMIT 1""")
    for trigger in ("package_ledger_no_delete", "client_package_totals_follow_ledger"):
        demo_db.execute_sql(f"DROP TRIGGER {trigger}")
    demo_db.execute_sql("DELETE FROM package_ledger WHERE id = ?", (line,))
    found = _codes(demo_db)
    assert found["deduction_ledger"] == [(visit, package)]
    assert found["package_totals"] == [(package,)]  # the card kept the session the ledger no longer took


def test_a_stored_value_payment_the_card_did_not_pay(demo_db):
    visit, payment, card = _one(demo_db, """SELECT p.visit_id, p.id, p.package_id FROM payment p
        JOIN visit v ON v.id = p.visit_id
        WHERE p.method = 'stored_value' AND v.status = 'done' AND p.reverses_id IS NULL AND p.amount_fen > 100
          AND NOT EXISTS (SELECT 1 FROM payment r WHERE r.reverses_id = p.id) ORDER BY p.id LIMIT 1""")
    demo_db.execute_sql("UPDATE payment SET amount_fen = amount_fen - 100 WHERE id = ?", (payment,))
    demo_db.execute_sql("INSERT INTO payment (visit_id, method, amount_fen, paid_at)"
                        " VALUES (?, 'cash', 100, '2025-06-14 12:00:00')", (visit,))
    assert _codes(demo_db) == {"stored_value_draw": [(visit, card)]}


def test_a_reversal_that_reverses_the_wrong_amount(demo_db):
    reversal, original, visit = _one(demo_db, """SELECT r.id, r.reverses_id, r.visit_id FROM payment r
        JOIN visit v ON v.id = r.visit_id WHERE r.reverses_id IS NOT NULL AND v.status = 'done'
        ORDER BY r.id LIMIT 1""")
    demo_db.execute_sql("UPDATE payment SET amount_fen = amount_fen + 1 WHERE id = ?", (reversal,))
    assert _codes(demo_db) == {"payment_reversal": [(reversal, original)], "visit_payments": [(visit,)]}


def test_a_reactivation_that_gives_back_a_use_instead_of_an_expiry(demo_db):
    use, package = _one(demo_db, """SELECT l.id, l.package_id FROM package_ledger l
        JOIN client_package p ON p.id = l.package_id
        WHERE l.kind = 'use' AND l.sessions_delta = -1 AND p.status = 'active' AND p.kind = 'count'
          AND NOT EXISTS (SELECT 1 FROM package_ledger r WHERE r.reverses_id = l.id) ORDER BY l.id LIMIT 1""")
    demo_db.execute_sql("INSERT INTO package_ledger (package_id, kind, sessions_delta, reverses_id, reason, created_at)"
                        " VALUES (?, 'adjustment', 1, ?, '重新激活', '2025-06-14 10:00:00')", (package, use))
    forged = _one(demo_db, "SELECT max(id) FROM package_ledger")
    assert _codes(demo_db) == {"ledger_reversal": [(forged, use)]}


def test_a_refunded_card_brought_back_by_hand_is_paid_twice(demo_db):
    refund, package = _one(demo_db, "SELECT id, package_id FROM package_ledger WHERE kind = 'refund' LIMIT 1")
    demo_db.execute_sql("INSERT INTO package_ledger (package_id, kind, reason, created_at)"
                        " VALUES (?, 'adjustment', '有效期延至 2026-12-31', '2025-06-14 10:00:00')", (package,))
    added = _one(demo_db, "SELECT max(id) FROM package_ledger")
    demo_db.execute_sql("UPDATE client_package SET status = 'active', expires_on = '2026-12-31' WHERE id = ?",
                        (package,))
    assert _codes(demo_db) == {"ledger_after_refund": [(package, refund)], "package_status": [(package,)]}
    assert added > refund


def test_an_expired_unlimited_card_reopened_without_giving_back_its_expiry(demo_db):
    package = _one(demo_db, """SELECT p.id FROM client_package p JOIN package_ledger l ON l.package_id = p.id
        WHERE p.status = 'expired' AND p.kind = 'period' AND p.sessions_left IS NULL AND l.kind = 'expiry'
        ORDER BY p.id LIMIT 1""")
    demo_db.execute_sql("UPDATE client_package SET status = 'active' WHERE id = ?", (package,))
    assert _codes(demo_db) == {"package_status": [(package,)]}


def test_a_visit_of_a_client_who_does_not_exist(demo_db):
    visit = _one(demo_db, "SELECT id FROM visit ORDER BY id LIMIT 1")
    demo_db.execute_sql("PRAGMA foreign_keys = OFF")
    demo_db.execute_sql("UPDATE visit SET client_id = 999999 WHERE id = ?", (visit,))
    problems = integrity.find_problems(demo_db)
    assert [(p.code, p.ids) for p in problems if p.code == "foreign_key"] == [("foreign_key", (visit,))]
    assert "visit" in problems[0].message and "client" in problems[0].message


def test_messages_are_one_line_with_the_ids(demo_db):
    package = _one(demo_db, "SELECT id FROM client_package WHERE kind = 'stored_value' ORDER BY id LIMIT 1")
    demo_db.execute_sql("DROP TRIGGER client_package_totals_follow_ledger")
    demo_db.execute_sql("UPDATE client_package SET bonus_fen = bonus_fen + 1234 WHERE id = ?", (package,))
    [problem] = integrity.find_problems(demo_db)
    assert problem.message.startswith(f"卡 #{package}：") and "\n" not in problem.message
    assert "12.34" in problem.message or "元" in problem.message
