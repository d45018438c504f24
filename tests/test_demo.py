"""Demo data: reproducible, realistic, searchable, and never mixed into real data."""
from __future__ import annotations

import re
from datetime import date

import pytest

from salon.clients import choices
from salon.clients.birthdays import make_birthday
from salon.clients.profiles import ClientInput, load_client_input, save_client
from salon.clients.search import search_client_ids
from salon.clients.search_keys import client_search_keys, sort_key
from salon.db import close_database, open_database
from salon.demo import generator as demo
from salon.errors import ValidationError

TODAY = date(2025, 6, 15)
CLIENTS = 150
TABLES = ("staff", "client", "client_skin_concern", "family_member", "client_event", "therapist_assignment",
          "client_search_key", "service", "product", "package_plan", "package_plan_service", "client_package",
          "client_package_service", "package_ledger", "visit", "visit_item", "payment", "visit_therapist",
          "visit_revision")


@pytest.fixture
def demo_database(database):
    summary = demo.generate_demo(database, clients=CLIENTS, months=24, seed=7, today=TODAY)
    database.summary = summary
    return database


def _dump(database) -> dict[str, list[tuple]]:
    return {table: database.execute_sql(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in TABLES}


def _count(database, sql: str, *params: object) -> int:
    return database.execute_sql(sql, params).fetchone()[0]


def _id_of(database, name: str) -> int:
    return database.execute_sql("SELECT id FROM client WHERE name = ?", (name,)).fetchone()[0]


def test_same_seed_gives_the_same_data_and_another_seed_does_not(demo_database, tmp_path):
    first = _dump(demo_database)
    close_database(demo_database)
    again = open_database(tmp_path / "again.db")
    demo.generate_demo(again, clients=CLIENTS, months=24, seed=7, today=TODAY)
    assert _dump(again) == first
    close_database(again)
    other = open_database(tmp_path / "other.db")
    demo.generate_demo(other, clients=CLIENTS, months=24, seed=8, today=TODAY)
    assert _dump(other)["client"] != first["client"]
    close_database(other)


def test_counts_and_shape(demo_database):
    db = demo_database
    summary = db.summary
    assert summary.clients == CLIENTS == _count(db, "SELECT count(*) FROM client")
    assert 6 <= summary.staff == _count(db, "SELECT count(*) FROM staff") <= 10
    assert summary.search_keys == _count(db, "SELECT count(*) FROM client_search_key")
    assert summary.family_members == _count(db, "SELECT count(*) FROM family_member") > 0
    roles = {row[0] for row in db.execute_sql("SELECT role FROM staff")}
    assert roles == set(choices.ROLES)
    assert _count(db, "SELECT count(*) FROM client WHERE archived_at IS NOT NULL") == summary.archived_clients
    assert 1 <= summary.archived_clients <= CLIENTS * 0.1
    assert 0.6 * CLIENTS <= summary.clients_with_birthday <= 0.9 * CLIENTS
    assert summary.lunar_birthdays >= 1
    assert _count(db, "SELECT count(*) FROM client WHERE birthday_calendar <> '' AND birth_year IS NULL") >= 1
    assert _count(db, "SELECT count(*) FROM family_member WHERE birthday_calendar = 'lunar'") >= 1
    assert _count(db, "SELECT count(DISTINCT phone) FROM client") == CLIENTS
    assert _count(db, "SELECT count(*) FROM client WHERE gender = 'F'") > 0.8 * CLIENTS
    assert _count(db, "SELECT count(*) FROM client WHERE referred_by_id IS NOT NULL") >= 1
    assert _count(db, "SELECT count(*) FROM client WHERE referred_by_id >= id") == 0
    assert _count(db, "SELECT count(*) FROM client WHERE allergies <> ''") >= 1
    assert _count(db, "SELECT count(*) FROM client WHERE created_at >= ?", TODAY.isoformat()) == 0
    skin_types = {row[0] for row in db.execute_sql("SELECT DISTINCT skin_type FROM client")}
    assert skin_types <= set(choices.SKIN_TYPES)
    concerns = {row[0] for row in db.execute_sql("SELECT DISTINCT concern FROM client_skin_concern")}
    assert concerns <= set(choices.SKIN_CONCERNS)
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    for phone, in db.execute_sql("SELECT phone FROM client UNION ALL SELECT phone FROM staff"):
        assert re.fullmatch(r"1[3-9]\d{9}", phone)


def test_therapist_history(demo_database):
    db = demo_database
    # Every assigned client has exactly one open assignment, to her current therapist.
    assert _count(db, """SELECT count(*) FROM client c WHERE c.therapist_id IS NOT NULL AND
        (SELECT count(*) FROM therapist_assignment a WHERE a.client_id = c.id AND a.ended_at IS NULL
           AND a.therapist_id = c.therapist_id) <> 1""") == 0
    assert _count(db, """SELECT count(*) FROM therapist_assignment a JOIN client c ON c.id = a.client_id
        WHERE c.therapist_id IS NULL""") == 0
    assert 0.7 * CLIENTS <= _count(db, "SELECT count(*) FROM client WHERE therapist_id IS NOT NULL") <= 0.95 * CLIENTS
    assert _count(db, "SELECT count(*) FROM therapist_assignment WHERE ended_at IS NOT NULL") >= 1
    # The therapist who left keeps her old (ended) assignments but has no current clients.
    leaver = db.execute_sql("SELECT id FROM staff WHERE active = 0 AND role = 'therapist'").fetchone()[0]
    assert _count(db, "SELECT count(*) FROM therapist_assignment WHERE therapist_id = ?", leaver) >= 1
    assert _count(db, "SELECT count(*) FROM therapist_assignment WHERE therapist_id = ? AND ended_at IS NULL",
                  leaver) == 0
    assert _count(db, "SELECT count(*) FROM client WHERE therapist_id = ?", leaver) == 0


def test_every_client_has_the_search_keys_save_client_would_write(demo_database):
    rows = demo_database.execute_sql("SELECT id, name, name_pinyin, phone, phone2, tags FROM client").fetchall()
    stored: dict[int, set[str]] = {}
    for key, client_id in demo_database.execute_sql("SELECT key, client_id FROM client_search_key"):
        stored.setdefault(client_id, set()).add(key)
    for client_id, name, name_pinyin, phone, phone2, tags in rows:
        assert name_pinyin == sort_key(name)
        assert stored[client_id] == client_search_keys(name, [phone, phone2], tags)


def test_demo_clients_pass_save_client_unchanged(demo_database):
    """Saving each demo file again through the form's path validates it and changes nothing."""
    ignored = {"updated_at"}
    columns = [row[1] for row in demo_database.execute_sql("PRAGMA table_info(client)")]

    def snapshot(client_id: int) -> tuple[dict, list]:
        row = demo_database.execute_sql("SELECT * FROM client WHERE id = ?", (client_id,)).fetchone()
        keys = demo_database.execute_sql(
            "SELECT key FROM client_search_key WHERE client_id = ? ORDER BY key", (client_id,)).fetchall()
        return {c: v for c, v in zip(columns, row, strict=True) if c not in ignored}, keys

    for client_id, in demo_database.execute_sql("SELECT id FROM client ORDER BY id").fetchall():
        before = snapshot(client_id)
        data = load_client_input(client_id)
        save_client(data, client_id)
        assert snapshot(client_id) == before
        assert load_client_input(client_id) == data


def test_all_birthdays_are_valid(demo_database):
    for table in ("client", "family_member"):
        for calendar_kind, year, month, day, leap in demo_database.execute_sql(
                f"SELECT birthday_calendar, birth_year, birth_month, birth_day, birth_leap_month FROM {table}"
                " WHERE birthday_calendar <> ''"):
            assert make_birthday(calendar_kind, year, month, day, bool(leap), today=TODAY) is not None


def test_search_finds_demo_clients_by_every_reading(demo_database):
    zeng = _id_of(demo_database, "曾小梅")
    assert zeng in search_client_ids("zxm")
    assert zeng in search_client_ids("cxm")  # 曾 read ceng
    assert zeng in search_client_ids("zengxiaomei")
    shan = _id_of(demo_database, "单丽华")
    assert shan in search_client_ids("slh") and shan in search_client_ids("dlh")  # 单 shan / dan
    xie = _id_of(demo_database, "解雨晴")
    assert xie in search_client_ids("jyq") and xie in search_client_ids("xyq")  # 解 xie / jie
    ou = _id_of(demo_database, "区嘉欣")
    assert ou in search_client_ids("ojx") and ou in search_client_ids("qjx")  # 区 ou / qu
    chen = _id_of(demo_database, "陳美玲")  # Traditional characters
    assert chen in search_client_ids("cml") and chen in search_client_ids("陳美玲")
    phone = demo_database.execute_sql("SELECT phone FROM client WHERE id = ?", (chen,)).fetchone()[0]
    assert chen in search_client_ids(phone[-4:])
    tagged = _count(demo_database, "SELECT count(*) FROM client WHERE archived_at IS NULL AND ' ' || tags || ' '"
                                   " LIKE '% 贵宾 %'")
    assert len(search_client_ids("贵宾")) == tagged


def test_refuses_a_database_that_already_has_clients(database):
    assert demo.database_is_empty()
    save_client(ClientInput(name="王芳", phone="13812345678"))
    assert not demo.database_is_empty()
    with pytest.raises(ValidationError) as raised:
        demo.generate_demo(database, clients=10)
    assert raised.value.code == "demo_not_empty"
    assert _count(database, "SELECT count(*) FROM client") == 1
    assert _count(database, "SELECT count(*) FROM staff") == 0


def test_an_owner_alone_is_taken_as_the_demo_salons_owner_and_anything_more_is_refused(database):
    from salon import access
    from salon.staff import StaffInput, save_staff
    from salon.store.models import Staff

    owner = save_staff(StaffInput(name="林老板", role="owner"))
    access.set_pin(owner.id, "2468")
    summary = demo.generate_demo(database, clients=20, months=3)
    assert summary.staff == len(demo.STAFF)
    owners = list(Staff.select().where(Staff.role == "owner"))
    assert [(o.id, o.name) for o in owners] == [(owner.id, "林老板")]  # no second owner, hers kept as she was
    assert _count(database, "SELECT count(*) FROM staff") == len(demo.STAFF)
    assert _count(database, "SELECT count(*) FROM client") == 20
    access.sign_out()
    assert access.sign_in(owner.id, "2468").role == "owner"
    assert not demo.database_is_empty()
    with pytest.raises(ValidationError):  # now a salon with data: never a second demo on top
        demo.generate_demo(database, clients=5, months=1)


def test_a_therapist_alone_is_not_an_owner_to_adopt(database):
    from salon.staff import StaffInput, save_staff

    save_staff(StaffInput(name="陈静", role="therapist"))
    with pytest.raises(ValidationError) as raised:
        demo.generate_demo(database, clients=5, months=1)
    assert raised.value.code == "demo_not_empty"
    assert _count(database, "SELECT count(*) FROM staff") == 1


def test_refuses_a_second_run(demo_database):
    with pytest.raises(ValidationError) as raised:
        demo.generate_demo(demo_database, clients=10)
    assert raised.value.code == "demo_not_empty"
    assert _count(demo_database, "SELECT count(*) FROM client") == CLIENTS


def test_rejects_impossible_sizes(database):
    for options in ({"clients": -1}, {"months": 0}):
        with pytest.raises(ValidationError) as raised:
            demo.generate_demo(database, **options)
        assert raised.value.code == "demo_invalid"


def test_progress_and_cancel_rolls_back(database, monkeypatch):
    monkeypatch.setattr(demo, "BATCH_SIZE", 20)
    calls: list[tuple[int, int]] = []

    def cancel_on_third_report(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 3

    with pytest.raises(demo.DemoCancelled):
        demo.generate_demo(database, clients=100, progress=cancel_on_third_report, today=TODAY)
    assert calls == [(0, 100), (20, 100), (40, 100)]
    assert demo.database_is_empty(database)
    for table in TABLES:
        assert _count(database, f"SELECT count(*) FROM {table}") == 0

    calls.clear()
    summary = demo.generate_demo(database, clients=50, progress=lambda done, total: calls.append(done) or True)
    assert calls == [0, 20, 40, 50]
    assert summary.clients == 50


def test_tiny_and_empty_demos(database):
    summary = demo.generate_demo(database, clients=0, today=TODAY)
    assert summary.clients == 0 and summary.staff > 0
    assert not demo.database_is_empty(database)  # staff exist: no second demo on top


# --- the salon's history (F4, F5) ------------------------------------------------------------------------
def _rows(database, sql: str, *params: object) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()


def test_a_menu_cards_and_two_years_of_visits(demo_database):
    db = demo_database
    summary = db.summary
    assert summary.services == _count(db, "SELECT count(*) FROM service") >= 15
    assert summary.products == _count(db, "SELECT count(*) FROM product") >= 10
    assert summary.plans == _count(db, "SELECT count(*) FROM package_plan")
    for table in ("service", "product", "package_plan"):  # something no longer sold, kept for history
        assert _count(db, f"SELECT count(*) FROM {table} WHERE active = 0") >= 1
    assert _count(db, "SELECT count(*) FROM service WHERE commission_fen IS NOT NULL") >= 1
    assert _count(db, "SELECT count(*) FROM service WHERE commission_rate_bp IS NOT NULL") >= 1
    assert {row[0] for row in _rows(db, "SELECT kind FROM package_plan")} == {"count", "period", "stored_value"}
    assert _count(db, "SELECT count(*) FROM package_plan WHERE kind = 'count' AND bonus_sessions > 0") >= 1
    assert _count(db, "SELECT count(*) FROM package_plan WHERE kind = 'period' AND sessions IS NULL") >= 1
    assert _count(db, "SELECT count(*) FROM package_plan WHERE kind = 'period' AND sessions IS NOT NULL") >= 1

    assert summary.visits == _count(db, "SELECT count(*) FROM visit") > 5 * CLIENTS
    first, last = _rows(db, "SELECT min(visited_at), max(visited_at) FROM visit")[0]
    assert "2023-06-15" <= first < "2023-09-01" and "2025-06-01" <= last < TODAY.isoformat()
    assert _count(db, "SELECT count(DISTINCT substr(visited_at, 1, 7)) FROM visit") >= 24
    # Ids grow with time, as in a salon that used the app all along.
    assert _count(db, "SELECT count(*) FROM visit a JOIN visit b ON b.id = a.id + 1"
                      " WHERE b.visited_at < a.visited_at") == 0

    sold = {row[0]: row[1] for row in _rows(db, "SELECT kind, count(*) FROM client_package GROUP BY kind")}
    assert sold.keys() == {"count", "period", "stored_value"} and summary.packages == sum(sold.values())
    statuses = {row[0] for row in _rows(db, "SELECT DISTINCT status FROM client_package")}
    assert statuses == {"active", "used_up", "expired", "refunded"}
    kinds = {row[0] for row in _rows(db, "SELECT DISTINCT kind FROM package_ledger")}
    assert kinds == {"sale", "use", "top_up", "refund", "adjustment", "expiry", "void"}
    assert summary.refunds == _count(db, "SELECT count(*) FROM client_package WHERE status = 'refunded'") >= 1
    assert summary.expired_packages == _count(db, "SELECT count(*) FROM client_package WHERE status = 'expired'")
    # Unlimited period cards record each use without taking a session.
    assert _count(db, "SELECT count(*) FROM package_ledger l JOIN client_package p ON p.id = l.package_id"
                      " WHERE l.kind = 'use' AND p.kind = 'period' AND p.sessions_left IS NULL") >= 1

    assert summary.void_visits == _count(db, "SELECT count(*) FROM visit WHERE status = 'void'") >= 1
    assert _count(db, "SELECT count(*) FROM visit_revision WHERE action = 'void'") == summary.void_visits
    assert summary.corrected_visits == _count(db, "SELECT count(*) FROM visit_revision WHERE action = 'edit'") >= 1
    split = _count(db, "SELECT count(*) FROM (SELECT visit_id FROM payment WHERE visit_id IS NOT NULL"
                       " AND reverses_id IS NULL GROUP BY visit_id HAVING count(DISTINCT method) > 1)")
    assert split >= 1 and summary.split_payment_visits >= 1
    assert _count(db, "SELECT count(*) FROM payment WHERE method = 'stored_value'") >= summary.stored_value_payments
    assert summary.stored_value_payments >= 10
    assert {row[0] for row in _rows(db, "SELECT DISTINCT method FROM payment")} == {
        "cash", "wechat", "alipay", "card", "stored_value", "other"}
    assert summary.complaints == _count(db, "SELECT count(*) FROM visit WHERE complaint = 1") >= 1
    assert _count(db, "SELECT count(*) FROM visit WHERE complaint = 1 AND satisfaction > 3") == 0
    scores = {row[0] for row in _rows(db, "SELECT DISTINCT satisfaction FROM visit WHERE satisfaction IS NOT NULL")}
    assert {3, 4, 5} <= scores
    assert _count(db, "SELECT count(*) FROM visit WHERE skin_condition <> ''") >= 10
    assert _count(db, "SELECT count(*) FROM visit_item WHERE kind = 'product'") >= 10
    assert _count(db, "SELECT count(*) FROM visit_item WHERE followup_days <> ''") >= 100
    assert _count(db, "SELECT count(*) FROM visit_item WHERE discount_fen > 0") >= 10
    assert ("到店记录", summary.visits) in summary.rows()


def test_visits_follow_each_clients_life(demo_database):
    db = demo_database
    assert _count(db, "SELECT count(*) FROM visit v JOIN client c ON c.id = v.client_id"
                      " WHERE v.visited_at < c.created_at") == 0
    assert _count(db, "SELECT count(*) FROM visit v JOIN client c ON c.id = v.client_id"
                      " WHERE c.archived_at IS NOT NULL AND v.visited_at > c.archived_at") == 0
    # Her first visit is the day she signed up.
    assert _count(db, """SELECT count(*) FROM client c WHERE c.archived_at IS NULL
        AND (SELECT min(visited_at) FROM visit WHERE client_id = c.id) IS NOT c.created_at""") == 0
    visits: dict[int, list[date]] = {}
    for client_id, visited_at in _rows(db, "SELECT client_id, visited_at FROM visit ORDER BY visited_at"):
        visits.setdefault(client_id, []).append(date.fromisoformat(visited_at[:10]))
    once = sum(1 for days in visits.values() if len(days) == 1)
    assert 0.2 * CLIENTS <= once <= 0.6 * CLIENTS  # walk-ins who never came back

    def median_gap(days: list[date]) -> int:
        gaps = sorted((b - a).days for a, b in zip(days, days[1:], strict=False))
        return gaps[len(gaps) // 2]

    regulars = [days for days in visits.values() if len(days) >= 6 and 14 <= median_gap(days) <= 28]
    assert len(regulars) >= 5  # every two to four weeks
    lapsed = [days for days in visits.values() if len(days) >= 4 and (TODAY - days[-1]).days > 90]
    assert len(lapsed) >= 3  # material for 流失 reminders
    assert db.summary.lapsed_clients >= len(lapsed)


def test_who_treats_whom(demo_database):
    db = demo_database
    nails = set(_rows(db, """SELECT DISTINCT s.name FROM visit_item i JOIN staff s ON s.id = i.therapist_id
        JOIN service v ON v.id = i.service_id WHERE v.category = '美甲美睫'"""))
    assert nails == {("赵雪",)}
    assert _count(db, "SELECT count(*) FROM visit_item WHERE name = '汗蒸' AND therapist_id IS NOT NULL") == 0
    # The therapist who left treated clients only while she worked here.
    leaver = _count(db, "SELECT id FROM staff WHERE active = 0 AND role = 'therapist'")
    last_day = _rows(db, "SELECT max(ended_at) FROM therapist_assignment WHERE therapist_id = ?", leaver)[0][0]
    assert _count(db, "SELECT count(*) FROM visit_item WHERE therapist_id = ?", leaver) >= 1
    assert _count(db, "SELECT count(*) FROM visit_item i JOIN visit v ON v.id = i.visit_id"
                      " WHERE i.therapist_id = ? AND v.visited_at > ?", leaver, last_day) == 0
    assert _count(db, "SELECT count(*) FROM visit_therapist vt WHERE NOT EXISTS (SELECT 1 FROM visit_item i"
                      " WHERE i.visit_id = vt.visit_id AND i.therapist_id = vt.staff_id)") == 0


def test_lines_are_priced_and_commissioned_as_save_visit_does(demo_database):
    from salon.dates import as_datetime
    from salon.money import format_fen, share
    from salon.packages.views import paid_per_session
    from salon.visits.pricing import commission_for

    services = {row[0]: row[1:] for row in _rows(
        demo_database, "SELECT id, name, price_fen, followup_days, commission_rate_bp, commission_fen FROM service")}
    products = {row[0]: row[1:] for row in _rows(
        demo_database, "SELECT id, brand || ' ' || name, price_fen FROM product")}
    rates = dict(_rows(demo_database, "SELECT id, commission_rate_bp FROM staff"))
    items = _rows(demo_database, "SELECT i.kind, i.service_id, i.product_id, i.name, i.quantity, i.unit_price_fen,"
                                 " i.discount_fen, i.amount_fen, i.therapist_id, i.commission_fen, i.commission_basis,"
                                 " i.followup_days, i.package_id, v.visited_at"
                                 " FROM visit_item i JOIN visit v ON v.id = i.visit_id")
    card_lines = 0
    for kind, service, product, name, qty, unit, discount, amount, therapist, commission, basis, followup, card, \
            visited_at in items:
        if kind == "service":
            s_name, price, s_followup, rate, fixed = services[service]
            assert (name, unit, followup) == (s_name, price, s_followup)
        else:
            p_name, price = products[product]
            assert (name, unit, followup) == (p_name, price, "")
            rate = fixed = None
        assert amount == qty * unit - discount and 0 <= discount <= qty * unit
        # A line a count card paid earns commission on what the client paid per session, as the card stood then.
        terms = paid_per_session(card, as_datetime(visited_at)) if card and therapist else None
        earned_on = share(terms[0], qty, terms[1]) if terms else amount
        expected = commission_for(earned_on, qty, rate, fixed, rates[therapist]) if therapist else (0, "")
        if terms and fixed is None:
            expected = (expected[0], expected[1] + f"（卡实付 {format_fen(share(terms[0], 1, terms[1]))}/次）")
            card_lines += 1
        assert (commission, basis) == expected
    assert card_lines > 0


def _interesting_clients(database) -> list[int]:
    """Clients whose history has a void, a correction, a refund, a stored-value payment or a card deduction."""
    queries = (
        "SELECT client_id FROM visit WHERE status = 'void'",
        "SELECT v.client_id FROM visit_revision r JOIN visit v ON v.id = r.visit_id WHERE r.action = 'edit'",
        "SELECT client_id FROM client_package WHERE status IN ('refunded', 'expired')",
        "SELECT v.client_id FROM payment p JOIN visit v ON v.id = p.visit_id WHERE p.method = 'stored_value'",
        "SELECT v.client_id FROM visit_item i JOIN visit v ON v.id = i.visit_id WHERE i.package_id IS NOT NULL",
    )
    chosen: list[int] = []
    for sql in queries:
        chosen += [row[0] for row in _rows(database, sql + " LIMIT 4")]
    return list(dict.fromkeys(chosen))


def test_demo_visits_load_through_the_domain(demo_database):
    from salon.packages.views import client_packages, package_ledger
    from salon.visits.pricing import price_items
    from salon.visits.receipts import visit_detail
    from salon.visits.recording import load_visit_input
    from salon.visits.timeline import client_timeline

    clients = _interesting_clients(demo_database)
    assert len(clients) >= 10
    for client_id in clients:
        assert client_timeline(client_id)
        for view in client_packages(client_id):
            ledger = package_ledger(view.id)
            assert ledger[0].kind == "sale"
            left = ledger[-1].sessions_after if view.kind != "stored_value" else ledger[-1].balance_after_fen
            assert left == (view.sessions_left if view.kind != "stored_value" else view.balance_fen)
        for visit_id, status in _rows(demo_database, "SELECT id, status FROM visit WHERE client_id = ?", client_id):
            data = load_visit_input(visit_id)
            detail = visit_detail(visit_id)
            assert detail.total_fen == sum(line.amount_fen for line in detail.lines)
            if status == "void":
                assert data.payments == [] and detail.packages == []
                continue
            paid = sum(p.amount_fen for p in data.payments)
            assert paid == detail.due_fen
            stored = _rows(demo_database, "SELECT name, amount_fen, discount_fen, commission_fen, commission_basis,"
                                          " followup_days FROM visit_item WHERE visit_id = ? ORDER BY position",
                           visit_id)
            priced = price_items(data)  # the domain prices the lines exactly as they were written
            assert [(p.name, p.amount_fen, p.discount_fen, p.commission_fen, p.commission_basis, p.followup_days)
                    for p in priced] == stored


def test_the_audit_trail_keeps_each_visit_as_it_was(demo_database):
    import json

    from salon.visits.recording import load_visit_input, revision_json

    db = demo_database
    for visit_id, action, before_json in _rows(db, "SELECT visit_id, action, before_json FROM visit_revision"):
        before = json.loads(before_json)
        now = json.loads(revision_json(load_visit_input(visit_id)))
        assert before.keys() == now.keys()
        reversed_payments = [
            {"method": method, "amount_fen": amount, "package_id": card} for method, amount, card in _rows(
                db, "SELECT method, amount_fen, package_id FROM payment p WHERE visit_id = ? AND reverses_id IS NULL"
                    " AND EXISTS (SELECT 1 FROM payment r WHERE r.reverses_id = p.id) ORDER BY id", visit_id)]
        assert before["payments"] == reversed_payments  # what was paid is what the change gave back
        if action == "void":
            assert before["items"] == now["items"]  # a void keeps the lines
        else:
            assert before["items"] != now["items"] or before["payments"] != now["payments"]


def test_the_domain_carries_on_with_demo_data(demo_database):
    """Correct, void, refund, top up and expire demo data through the domain: it accepts all, and stays sound."""
    from salon.packages.expiry import expire_packages
    from salon.packages.refunds import refund_package
    from salon.packages.selling import top_up
    from salon.payments import PaymentInput
    from salon.store import integrity
    from salon.visits.recording import load_visit_input, update_visit, void_visit

    db = demo_database
    assert expire_packages(TODAY) == []  # the demo expired every card exactly as the domain would
    with_card = _count(db, """SELECT i.visit_id FROM visit_item i JOIN visit v ON v.id = i.visit_id
        JOIN client_package p ON p.id = i.package_id WHERE v.status = 'done' AND p.status = 'active'
        ORDER BY v.id DESC LIMIT 1""")
    update_visit(with_card, load_visit_input(with_card), "复核记录")
    stored = _count(db, """SELECT p.visit_id FROM payment p JOIN visit v ON v.id = p.visit_id
        JOIN client_package c ON c.id = p.package_id WHERE v.status = 'done' AND c.status = 'active'
        ORDER BY v.id DESC LIMIT 1""")
    void_visit(stored, "演示：作废")
    card = _count(db, "SELECT id FROM client_package WHERE kind = 'stored_value' AND status IN ('active', 'used_up')"
                      " ORDER BY id LIMIT 1")
    top_up(card, [PaymentInput("wechat", 50000)], bonus_fen=10000)
    count_card = _count(db, "SELECT id FROM client_package WHERE kind = 'count' AND status = 'active' LIMIT 1")
    refund_package(count_card, "cash", reason="演示退卡", today=TODAY)
    assert integrity.find_problems(db) == []


def test_the_default_demo_takes_seconds(database):
    import time

    started = time.perf_counter()
    summary = demo.generate_demo(database, clients=300, months=24, seed=1, today=TODAY)
    assert time.perf_counter() - started < 15  # a few seconds even on a busy machine
    assert summary.visits > 2000
