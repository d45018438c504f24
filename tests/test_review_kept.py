"""What the monthly review keeps between reviews (migrations 16-18) stays equal, to the fen and to the client id,
to what it computes afresh from the visits, payments and card ledgers: after visits saved, corrected, voided and
moved to another client, cards sold, topped up, adjusted, refunded, expired and reactivated, and after an upgrade
of a file that had none of it."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from salon.catalogue import ServiceInput, save_service
from salon.payments import MoneyFlow, PaymentInput
from salon.reports import liability, review
from salon.reports.period import Period, month_of, parse_month
from salon.store import migrations
from salon.visits.pricing import VisitInput, VisitItemInput

TODAY = date(2026, 11, 20)
MONTHS = ("2026-06", "2026-09", "2026-10", "2026-11")


def _dump(built: review.Review) -> dict:
    roll = built.liability
    totals = ([roll.total(name) for name in ("opening_fen", "closing_fen", "opening_bonus_fen", "closing_bonus_fen")]
              + [roll.move(name) for name in liability.MOVEMENTS]
              + [roll.bonus_move(name) for name in liability.MOVEMENTS]
              + [roll.session_move(name) for name in liability.MOVEMENTS]
              + [roll.sessions("opening_sessions"), roll.sessions("closing_sessions"), roll.outstanding_count()])
    return {
        "money": built.money.cells,
        "consumed": (built.consumed_fen, built.prepaid_fen, built.counter_fen, built.bonus_fen),
        "ranked": [vars(row) for row in built.services + built.products],
        "clients": [vars(row) for row in built.clients],
        "categories": built.category_counts,
        "counts": (built.frequency, built.new_clients, built.returning_clients, built.lapsed_clients),
        "visitors": {name: sorted(ids) for name, ids in built.visitors.items()},
        "therapists": [vars(row) for row in built.therapists],
        "roll_totals": totals,  # before the cards are read: the kept totals
        "cards": [vars(card) for card in roll.cards],
    }


def _afresh(period: Period, monkeypatch) -> dict:
    """The review computed from the visits, payments and ledgers themselves, as before migration 16."""
    from salon.store.models import database_proxy

    def direct_money(start: date, end: date) -> MoneyFlow:
        cells = {}
        for kind, method, amount in database_proxy.execute_sql(
                "SELECT CASE WHEN p.visit_id IS NOT NULL THEN 'visit' ELSE l.kind END, p.method, sum(p.amount_fen)"
                " FROM payment p LEFT JOIN package_ledger l ON l.id = p.ledger_id WHERE p.paid_at >= ?"
                " AND p.paid_at < ? GROUP BY 1, 2", (start.isoformat(), (end + timedelta(days=1)).isoformat())):
            if amount:
                cells[(kind, method)] = amount
        return MoneyFlow(start, end, cells)

    with monkeypatch.context() as patched:
        patched.setattr(review, "refresh_visit_sequence", lambda: False)
        patched.setattr(review, "_whole_months", lambda period: None)
        patched.setattr(review, "_single_month", lambda period: False)
        patched.setattr(liability, "_single_month", lambda period: None)
        patched.setattr(review, "money_flow", direct_money)
        return _dump(review.build_review(period))


def _tables_agree(database) -> None:
    """Each kept table against the rows it is kept from."""
    sql = lambda query: sorted(database.execute_sql(query).fetchall())  # noqa: E731
    assert sql("SELECT month, class, clients FROM visit_class_month WHERE clients <> 0") == sql(
        "SELECT month, CASE WHEN visits = 1 THEN 'one_time' WHEN visits >= 6 THEN 'regular' ELSE 'occasional' END,"
        " count(*) FROM client_year_visits GROUP BY 1, 2")
    assert sql("SELECT month, client_id, ytd_fen FROM client_month_spend") == sql(
        "SELECT m.month, m.client_id, (SELECT sum(s.amount_fen) FROM client_month_spend s WHERE s.client_id ="
        " m.client_id AND s.month >= substr(m.month, 1, 4) AND s.month <= m.month) FROM client_month_spend m")
    assert sql("SELECT month, kind, method, amount_fen FROM payment_month WHERE amount_fen <> 0") == sql(
        "SELECT substr(p.paid_at, 1, 7), CASE WHEN p.visit_id IS NOT NULL THEN 'visit' ELSE l.kind END, p.method,"
        " sum(p.amount_fen) FROM payment p LEFT JOIN package_ledger l ON l.id = p.ledger_id GROUP BY 1, 2, 3"
        " HAVING sum(p.amount_fen) <> 0")
    if not database.execute_sql("SELECT count(*) FROM line_value_stale").fetchone()[0]:
        assert sql("SELECT month, therapist_key, visits, clients FROM therapist_month WHERE clients <> 0") == sql(
            "SELECT month, therapist_key, count(DISTINCT visit_id), count(DISTINCT client_id) FROM line_value"
            " WHERE therapist_key <> 0 GROUP BY 1, 2")
    if not database.execute_sql("SELECT count(*) FROM visit_sequence_stale").fetchone()[0]:
        assert sql("SELECT month, client_id, visits FROM client_year_visits") == sql(
            "SELECT strftime('%Y-%m', substr(visited_at, 1, 7) || '-01', '+' || n.value || ' months'), client_id,"
            " count(*) FROM visit CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11]') n WHERE status = 'done'"
            " GROUP BY 1, 2")
        assert sql("SELECT visit_id, prev_at, next_at, rebooked FROM visit_sequence") == sql(
            "SELECT v.id, (SELECT max(w.visited_at) FROM visit w WHERE w.client_id = v.client_id"
            "  AND w.status = 'done' AND w.visited_at < v.visited_at),"
            " (SELECT min(w.visited_at) FROM visit w WHERE w.client_id = v.client_id AND w.status = 'done'"
            "  AND w.visited_at > v.visited_at),"
            " EXISTS (SELECT 1 FROM visit w WHERE w.client_id = v.client_id AND w.status = 'done'"
            "  AND w.visited_at > v.visited_at AND w.visited_at <= datetime(v.visited_at, '+'"
            "  || coalesce(s.usual_days, 45) || ' days'))"
            " FROM visit v LEFT JOIN client_visit_stats s ON s.client_id = v.client_id WHERE v.status = 'done'")
        assert sql("SELECT month, staff_id, base, rebooked FROM rebook_month WHERE base <> 0") == sql(
            "SELECT substr(s.visited_at, 1, 7), t.staff_id, count(*), sum(s.rebooked) FROM visit_sequence s"
            " JOIN visit_therapist t ON t.visit_id = s.visit_id GROUP BY 1, 2")


def _review_agrees(database, monkeypatch, months=MONTHS) -> None:
    for month in months:
        period = parse_month(month)
        kept = _dump(review.build_review(period))
        assert kept == _afresh(period, monkeypatch), month
    _tables_agree(database)


@pytest.fixture
def demo(database):
    from salon.demo.generator import generate_demo

    generate_demo(database, clients=120, months=8, seed=7, today=TODAY)
    return database


def test_the_kept_review_equals_the_review_computed_afresh_after_every_change(demo, monkeypatch):
    from salon.packages.expiry import expire_packages, reactivate_package
    from salon.packages.refunds import refund_package
    from salon.packages.selling import adjust, sell_package, top_up
    from salon.store.models import ClientPackage, PackagePlan, Visit
    from salon.visits.recording import load_visit_input, save_visit, update_visit, void_visit

    database = demo
    _review_agrees(database, monkeypatch)
    assert database.execute_sql("SELECT count(*) FROM card_roll_month").fetchone()[0] == len(MONTHS)
    when = datetime(2026, 10, 15, 11)
    facial = save_service(ServiceInput(name="补录护理", price="128")).id
    client = Visit.select().where(Visit.status == "done").order_by(Visit.id).first().client_id
    staff = database.execute_sql("SELECT staff_id FROM visit_therapist LIMIT 1").fetchone()[0]
    # A visit saved (entered late, in October), one corrected (another day, another therapist), one voided, one
    # moved to another client.
    save_visit(VisitInput(client, when, [VisitItemInput("service", facial, therapist_id=staff)],
                          [PaymentInput("cash", 12800)], therapist_ids=[staff]), when=datetime(2026, 11, 19, 9))
    done = list(Visit.select().where((Visit.status == "done") & (Visit.visited_at >= "2026-09-01"))
                .order_by(Visit.visited_at.desc()).limit(40))
    corrected = load_visit_input(done[5].id)
    corrected.visited_at = corrected.visited_at - timedelta(days=20)
    corrected.therapist_ids = [staff]
    update_visit(done[5].id, corrected, "日期记错", when=datetime(2026, 11, 19, 10))
    void_visit(done[9].id, "重复登记", when=datetime(2026, 11, 19, 11))
    twice = done[15]  # saved twice at the same moment: one client, one visit group
    moment = datetime.fromisoformat(str(twice.visited_at))
    save_visit(VisitInput(twice.client_id, moment, [VisitItemInput("service", facial)], [PaymentInput("cash", 12800)]),
               when=datetime(2026, 11, 19, 12))
    assert database.execute_sql("SELECT count(*) FROM visit WHERE client_id = ? AND visited_at = ? AND status = 'done'",
                                (twice.client_id, moment.isoformat(sep=" "))).fetchone()[0] == 2
    other = database.execute_sql("SELECT id FROM client WHERE id <> ? LIMIT 1", (done[12].client_id,)).fetchone()[0]
    database.execute_sql("UPDATE visit SET client_id = ? WHERE id = ?", (other, done[12].id))
    _review_agrees(database, monkeypatch)
    # Cards: sold (in October), topped up at another price, adjusted, refunded, expired and reactivated.
    plan = PackagePlan.select().where(PackagePlan.kind == "count").first()
    sold = sell_package(client, plan.id, [PaymentInput("wechat", 88800)], price_fen=88800,
                        when=datetime(2026, 10, 20, 15))
    top_up(sold.id, [PaymentInput("cash", 12345)], sessions=3, when=datetime(2026, 11, 2, 10))
    adjust(sold.id, "赠送一次", sessions=1, when=datetime(2026, 11, 3, 10))
    stored = ClientPackage.select().where((ClientPackage.kind == "stored_value")
                                          & (ClientPackage.status == "active")).first()
    top_up(stored.id, [PaymentInput("alipay", 50000)], bonus_fen=5000, when=datetime(2026, 10, 25, 10))
    refundable = ClientPackage.select().where((ClientPackage.status == "active") & (ClientPackage.id != sold.id)
                                              & (ClientPackage.id != stored.id)).first()
    refund_package(refundable.id, "cash", reason="搬家", today=date(2026, 11, 19), when=datetime(2026, 11, 19, 16))
    expire_packages(date(2026, 11, 21), when=datetime(2026, 11, 21, 0, 5))
    _review_agrees(database, monkeypatch)
    # A reactivation gives a card a later last day: a period card's value in every earlier month changes too.
    for kind in ("period", "count"):
        expired = ClientPackage.select().where((ClientPackage.status == "expired") & (ClientPackage.kind == kind)
                                               ).order_by(ClientPackage.id.desc()).first()
        assert expired is not None, f"the demo has an expired {kind} card"
        reactivate_package(expired.id, date(2027, 6, 30), reason="客户申请延期", when=datetime(2026, 11, 21, 9))
    _review_agrees(database, monkeypatch)


def test_a_review_of_another_period_and_a_read_only_file_agree_too(demo, monkeypatch, db_path):
    from salon.db import close_database
    from salon.reports.period import parse_period
    from salon.store.db import open_database_read_only

    database = demo
    quarter = parse_period(date(2026, 8, 1), date(2026, 10, 31))
    days = parse_period(date(2026, 10, 5), date(2026, 10, 20))
    for period in (quarter, days):
        assert _dump(review.build_review(period)) == _afresh(period, monkeypatch)
    # A visit saved and the file closed before any review: a read-only reader finds the kept rows stale and
    # computes what is not current.
    facial = save_service(ServiceInput(name="睫毛护理", price="99")).id
    from salon.visits.recording import save_visit

    client = database.execute_sql("SELECT id FROM client LIMIT 1").fetchone()[0]
    save_visit(VisitInput(client, datetime(2026, 10, 7, 10), [VisitItemInput("service", facial)],
                          [PaymentInput("cash", 9900)]), when=datetime(2026, 11, 19, 9))
    expected = _afresh(OCTOBER, monkeypatch)
    close_database(database)
    reader = open_database_read_only(db_path)
    try:
        assert _dump(review.build_review(OCTOBER)) == expected
    finally:
        close_database(reader)


OCTOBER = month_of(date(2026, 10, 1))


def test_an_upgraded_file_gets_the_kept_tables_filled(db_path, monkeypatch):
    """A file at version 15 with eight months of a salon: the upgrade fills what migrations 16-18 keep, and the
    review then equals the review computed afresh."""
    from salon import access
    from salon.db import close_database, open_database
    from salon.demo.generator import generate_demo

    with monkeypatch.context() as old:
        old.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:15])
        old.setattr(migrations, "LATEST_VERSION", 15)
        database = open_database(db_path)
        generate_demo(database, clients=100, months=8, seed=3, today=TODAY)
        from salon.reports.consumption import refresh_line_values

        refresh_line_values()
        close_database(database)
    database = open_database(db_path)
    try:
        assert migrations.current_version(database) == migrations.LATEST_VERSION >= 18
        count = lambda table: database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
        assert count("client_year_visits") and count("visit_sequence") and count("therapist_month") \
            and count("payment_month") and count("rebook_month")
        _tables_agree(database)
        access.sign_out()
        _review_agrees(database, monkeypatch, ("2026-07", "2026-10"))
    finally:
        close_database(database)


def test_forgetting_her_keeps_the_kept_review_equal_to_the_review_computed_afresh(demo, monkeypatch):
    """Her visit counts and rhythm stay (they name no one): the therapists' rebooking computed afresh after she is
    forgotten is what the kept tables say (it fell back to a 45-day rhythm when they were erased)."""
    from salon.clients.privacy import forget_client
    from salon.store.models import database_proxy

    _review_agrees(demo, monkeypatch)
    busiest = database_proxy.execute_sql(
        "SELECT client_id FROM visit WHERE status = 'done' GROUP BY client_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    forget_client(busiest)
    _review_agrees(demo, monkeypatch)
