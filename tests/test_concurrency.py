"""Two writers at once (the window and a command, two tills on a shared file): they wait for each other."""
from __future__ import annotations

import sqlite3
import threading
import time
from datetime import datetime

import pytest

from salon.catalogue import PlanInput, ServiceInput, save_plan, save_service
from salon.clients.profiles import ClientInput, save_client
from salon.packages.selling import sell_package, top_up
from salon.payments import PaymentInput
from salon.store.models import ClientPackage
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit, void_visit


@pytest.fixture
def card(database):
    client = save_client(ClientInput(name="曾小梅", phone="13812345678")).id
    plan = save_plan(PlanInput(name="储值1000送200", kind="stored_value", price="1000", bonus="200")).id
    facial = save_service(ServiceInput(name="深层清洁", price="198")).id
    return {"client": client, "card": sell_package(client, plan, [PaymentInput("cash", 100000)]).id,
            "facial": facial}


def _another_writer_holds_the_lock(db_path, seconds: float) -> tuple[threading.Thread, threading.Event]:
    """Another process's connection: takes the write lock, writes, and commits after `seconds`."""
    holding = threading.Event()

    def write() -> None:
        connection = sqlite3.connect(db_path, isolation_level=None, timeout=10)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT OR REPLACE INTO salon_setting (key, value, updated_at)"
                            " VALUES ('other_till', 'busy', '2026-11-29 10:00:00')")
        holding.set()
        time.sleep(seconds)
        connection.execute("COMMIT")
        connection.close()

    thread = threading.Thread(target=write)
    thread.start()
    holding.wait(5)
    return thread, holding


def test_a_top_up_waits_for_another_writer_instead_of_failing(card, db_path):
    other, _holding = _another_writer_holds_the_lock(db_path, 0.4)
    started = time.perf_counter()
    top_up(card["card"], [PaymentInput("cash", 50000)])
    waited = time.perf_counter() - started
    other.join()
    assert waited >= 0.3  # it waited for the other till's commit, then wrote
    assert ClientPackage.get_by_id(card["card"]).principal_fen == 150000


def test_voiding_a_visit_waits_for_another_writer_instead_of_failing(card, db_path):
    when = datetime(2026, 11, 20, 10)
    visit = save_visit(VisitInput(card["client"], when, [VisitItemInput("service", card["facial"])],
                                  [PaymentInput("cash", 19800)]), when=when)
    other, _holding = _another_writer_holds_the_lock(db_path, 0.4)
    void_visit(visit.id, "登记错了")
    other.join()
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT status FROM visit WHERE id = ?", (visit.id,)).fetchone() == ("void",)
        assert connection.execute("SELECT value FROM salon_setting WHERE key = 'other_till'").fetchone() == ("busy",)


def test_the_file_is_kept_with_full_synchronous_writes(database):
    assert database.execute_sql("PRAGMA synchronous").fetchone() == (2,)  # FULL: a power cut loses no commit
    assert database.execute_sql("PRAGMA journal_mode").fetchone() == ("wal",)
