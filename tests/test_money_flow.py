"""One view of money in and out: by payment method and by kind, adding up to every payment line of the period."""
from __future__ import annotations

from datetime import date

import pytest

from salon.demo.generator import generate_demo
from salon.payments import FLOW_KINDS, PAYMENT_METHODS, money_flow

MONTH = (date(2026, 10, 1), date(2026, 10, 31))


@pytest.fixture(scope="module")
def demo_salon(tmp_path_factory):
    from salon.db import close_database, open_database

    database = open_database(tmp_path_factory.mktemp("flow") / "salon.db")
    generate_demo(database, clients=200, months=14, seed=7, today=date(2026, 11, 20))
    yield database
    close_database(database)


def sql_sum(database, where: str = "1", params: tuple = ()) -> int:
    return database.execute_sql(
        "SELECT coalesce(sum(p.amount_fen), 0) FROM payment p LEFT JOIN package_ledger l ON l.id = p.ledger_id"
        f" WHERE p.paid_at >= ? AND p.paid_at < ? AND {where}", ("2026-10-01", "2026-11-01", *params)).fetchone()[0]


def test_the_totals_equal_every_payment_line_of_the_month(demo_salon):
    flow = money_flow(*MONTH, database=demo_salon)
    assert flow.total_fen == sql_sum(demo_salon)
    assert flow.received_fen == sql_sum(demo_salon, "p.method <> 'stored_value'")
    assert flow.kind_total("visit") == sql_sum(demo_salon, "p.visit_id IS NOT NULL")
    for kind in ("sale", "top_up", "refund"):
        assert flow.kind_total(kind) == sql_sum(demo_salon, "l.kind = ?", (kind,)), kind
    for method in PAYMENT_METHODS:
        assert flow.method_total(method) == sql_sum(demo_salon, "p.method = ?", (method,)), method
    assert sum(flow.kind_total(kind) for kind in FLOW_KINDS) == flow.total_fen
    # A real month of a salon: money came in from visits and from cards, and some went back.
    assert flow.kind_total("visit") > 0 and flow.kind_total("sale") > 0
    assert flow.kind_total("refund") <= 0


def test_a_period_with_nothing_is_zero(demo_salon):
    flow = money_flow(date(2020, 1, 1), date(2020, 1, 31), database=demo_salon)
    assert flow.cells == {} and flow.total_fen == 0 and flow.received_fen == 0
