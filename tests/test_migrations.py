import sqlite3
from datetime import date, datetime

import peewee
import pytest
from peewee import OperationalError

from salon import access
from salon.db import close_database, open_database
from salon.store import migrations
from salon.store.models import ALL_MODELS


def test_empty_file_is_brought_to_the_latest_schema(db_path):
    database = open_database(db_path)
    assert migrations.current_version(database) == migrations.LATEST_VERSION
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    close_database(database)


def test_every_model_field_has_its_column(database):
    for model in ALL_MODELS:
        columns = {c.name for c in database.get_columns(model._meta.table_name)}
        assert {f.column_name for f in model._meta.sorted_fields} <= columns, model.__name__


def test_reopening_applies_nothing_and_keeps_data(db_path):
    database = open_database(db_path)
    database.execute_sql("INSERT INTO staff (name, created_at) VALUES ('王芳', '2026-01-01')")
    close_database(database)
    database = open_database(db_path)
    assert migrations.migrate(database) == []
    assert database.execute_sql("SELECT name FROM staff").fetchone()[0] == "王芳"
    close_database(database)


def test_a_failing_step_leaves_the_file_at_its_previous_version(db_path, monkeypatch):
    database = open_database(db_path)
    broken = (migrations.LATEST_VERSION + 1, "broken", ("CREATE TABLE extra (id INTEGER)", "NOT SQL"))
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))
    with pytest.raises(OperationalError):
        migrations.migrate(database)
    close_database(database)
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT max(version) FROM schema_migration").fetchone()[0] == migrations.LATEST_VERSION
    assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0] == 0
    raw.close()


def test_a_newer_database_is_refused(db_path):
    database = open_database(db_path)
    database.execute_sql("INSERT INTO schema_migration VALUES (999, 'future', 'now')")
    close_database(database)
    with pytest.raises(RuntimeError, match="999"):
        open_database(db_path)


def test_a_version_1_file_upgrades_in_place_keeping_its_clients(db_path, monkeypatch):
    """A salon that used the first release opens its file with this one: packages and visits are added."""
    from salon.clients.profiles import ClientInput, save_client

    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 1)
    monkeypatch.setattr(access, "record", lambda *args, **kwargs: None)  # that program kept no audit log
    database = open_database(db_path)
    client = save_client(ClientInput(name="曾小梅", phone="13812345678"))
    assert "visit" not in database.get_tables()
    close_database(database)
    monkeypatch.undo()

    database = open_database(db_path)
    assert migrations.current_version(database) == migrations.LATEST_VERSION >= 2
    assert {"service", "client_package", "package_ledger", "visit", "payment"} <= set(database.get_tables())
    assert database.execute_sql("SELECT name FROM client WHERE id = ?", (client.id,)).fetchone()[0] == "曾小梅"
    assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    close_database(database)


def test_a_version_2_file_keeps_the_term_its_packages_were_sold_with(db_path, monkeypatch):
    """Step 3 records each package's last day as sold, so a later extension cannot turn into a refund."""
    from salon.clients.profiles import ClientInput, save_client
    from salon.packages.expiry import reactivate_package

    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 2)
    monkeypatch.setattr(access, "record", lambda *args, **kwargs: None)  # that program kept no audit log
    database = open_database(db_path)
    client = save_client(ClientInput(name="曾小梅", phone="13812345678"))
    # Written as the version-2 program wrote it (today's models know a column that file does not have yet).
    database.execute_sql("INSERT INTO client_package (client_id, name, kind, sold_at, starts_on, expires_on)"
                         " VALUES (?, '理疗年卡', 'period', '2026-03-01 10:00:00', '2026-03-01', '2027-02-28')",
                         (client.id,))
    card = database.execute_sql("SELECT max(id) FROM client_package").fetchone()[0]
    database.execute_sql("INSERT INTO package_ledger (package_id, kind, paid_fen, created_at)"
                         " VALUES (?, 'sale', 365000, '2026-03-01 10:00:00')", (card,))
    database.execute_sql("INSERT INTO payment (ledger_id, method, amount_fen, paid_at)"
                         " VALUES (?, 'cash', 365000, '2026-03-01 10:00:00')",
                         (database.execute_sql("SELECT max(id) FROM package_ledger").fetchone()[0],))
    close_database(database)
    monkeypatch.undo()

    database = open_database(db_path)
    assert migrations.current_version(database) == migrations.LATEST_VERSION >= 3
    sold_last = "2027-02-28"
    assert database.execute_sql("SELECT expires_on, sold_expires_on FROM client_package WHERE id = ?",
                                (card,)).fetchone() == (sold_last, sold_last)
    reactivate_package(card, date(2027, 6, 30), reason="装修停业补偿", when=datetime(2026, 9, 1, 10))
    assert database.execute_sql("SELECT expires_on, sold_expires_on FROM client_package WHERE id = ?",
                                (card,)).fetchone() == ("2027-06-30", sold_last)
    with pytest.raises(peewee.IntegrityError):
        database.execute_sql("UPDATE client_package SET sold_expires_on = '2027-06-30' WHERE id = ?", (card,))
    close_database(database)


def test_a_version_8_file_keeps_what_the_front_desk_already_did(db_path, monkeypatch):
    """Step 9 marks done follow-ups on the call itself and the lapse level dealt with on her visit summary: an
    upgraded file's list still leaves out what was done before the upgrade, and shows what was not."""
    from salon import access
    from salon.catalogue import ServiceInput, save_service
    from salon.clients.profiles import ClientInput, save_client
    from salon.payments import PaymentInput
    from salon.reminders.actions import Outcome, complete, dismiss
    from salon.reminders.listing import build_reminders
    from salon.visits.pricing import VisitInput, VisitItemInput
    from salon.visits.recording import save_visit

    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:8])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 8)
    monkeypatch.setattr(access, "record", lambda *args, **kwargs: None)  # the version-8 program kept no audit log
    database = open_database(db_path)
    facial = save_service(ServiceInput(name="深层清洁", price="198", followup_days="1,7")).id

    def visit(client_id: int, when: datetime) -> int:
        saved = save_visit(VisitInput(client_id, when, [VisitItemInput("service", facial)],
                                      [PaymentInput("cash", 19800)]), when=when)
        return database.execute_sql("SELECT id FROM visit_item WHERE visit_id = ?", (saved.id,)).fetchone()[0]

    called = save_client(ClientInput(name="王芳", phone="13800000201")).id
    item = visit(called, datetime(2026, 3, 9, 10))
    complete(f"followup:{item}:1", called, "followup", Outcome("phone", "很好"), when=datetime(2026, 3, 10, 9))
    from salon.visits.recording import void_visit

    mistaken = visit(called, datetime(2026, 3, 9, 11))  # saved twice by mistake, voided: no calls for it
    void_visit(database.execute_sql("SELECT visit_id FROM visit_item WHERE id = ?", (mistaken,)).fetchone()[0],
               "重复登记", when=datetime(2026, 3, 9, 12))
    gone = save_client(ClientInput(name="李娜", phone="13800000202")).id
    visit(gone, datetime(2025, 6, 1, 10))
    quiet = save_client(ClientInput(name="赵敏", phone="13800000203")).id
    visit(quiet, datetime(2025, 6, 2, 10))
    # The version-8 program had summed up one of them already; the other is still marked stale.
    database.execute_sql("INSERT INTO client_visit_stats (client_id, visits, last_on, usual_days)"
                         " VALUES (?, 1, '2025-06-01', NULL)", (gone,))
    database.execute_sql("DELETE FROM client_visit_stale WHERE client_id = ?", (gone,))
    dismiss(f"lapse:{gone}:2025-06-01:long_dormant", gone, when=datetime(2026, 3, 1, 9))
    dismiss(f"lapse:{quiet}:2025-06-02:long_dormant", quiet, when=datetime(2026, 3, 1, 9))
    close_database(database)
    monkeypatch.undo()

    database = open_database(db_path)
    assert migrations.current_version(database) == migrations.LATEST_VERSION >= 9
    found = build_reminders(date(2026, 3, 10), 7)
    assert [item.key for item in found.of_kind("followup")] == [f"followup:{item}:7"]
    assert found.of_kind("lapse") == []
    assert database.execute_sql("SELECT count(*) FROM followup_call WHERE item_id = ?", (mistaken,)).fetchone() == (0,)
    assert database.execute_sql("SELECT count(*), count(client_id) FROM followup_call WHERE item_id = ?",
                                (item,)).fetchone() == (2, 2)
    assert database.execute_sql("SELECT client_id, lapse_closed FROM client_visit_stats ORDER BY client_id"
                                ).fetchall() == [(called, None), (gone, "long_dormant"), (quiet, "long_dormant")]
    close_database(database)


def _version_1_file(db_path, monkeypatch) -> None:
    """A file as the first release left it: a therapist, a client of hers with a family member."""
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 1)
    monkeypatch.setattr(access, "record", lambda *args, **kwargs: None)  # that program kept no audit log
    database = open_database(db_path)
    database.execute_sql("INSERT INTO staff (id, name, created_at) VALUES (1, '王芳', '2025-01-01')")
    database.execute_sql("INSERT INTO client (id, name, therapist_id, created_at, updated_at)"
                         " VALUES (1, '曾小梅', 1, '2025-01-01', '2025-01-01')")
    database.execute_sql("INSERT INTO family_member (client_id, relation, name) VALUES (1, 'child', '小雨')")
    close_database(database)
    monkeypatch.undo()


def test_a_new_file_gets_no_pre_upgrade_copy(db_path):
    close_database(open_database(db_path))
    assert sorted(p.name for p in db_path.parent.iterdir() if "pre-upgrade" in p.name) == []


def test_an_upgrade_keeps_a_copy_of_the_file_as_it_was(db_path, monkeypatch):
    _version_1_file(db_path, monkeypatch)
    close_database(open_database(db_path))
    copy = db_path.with_name("salon.db.pre-upgrade-v1.db")
    raw = sqlite3.connect(copy)
    assert raw.execute("SELECT max(version) FROM schema_migration").fetchone() == (1,)
    assert raw.execute("SELECT name FROM family_member").fetchall() == [("小雨",)]
    raw.close()
    assert [p.name for p in db_path.parent.iterdir() if ".partial" in p.name] == []


def test_a_table_rebuilt_by_a_step_keeps_its_children(db_path, monkeypatch):
    """Foreign keys are off while the steps run: dropping the old client table must not cascade into families."""
    _version_1_file(db_path, monkeypatch)
    columns = "id, name, name_pinyin, therapist_id, created_at, updated_at"
    rebuild = (migrations.LATEST_VERSION + 1, "rebuild client", (
        "CREATE TABLE client_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_pinyin TEXT NOT NULL DEFAULT '',"
        " therapist_id INTEGER REFERENCES staff(id), created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
        f"INSERT INTO client_new ({columns}) SELECT {columns} FROM client",
        "DROP TABLE client",
        "ALTER TABLE client_new RENAME TO client",
    ))
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, rebuild))
    monkeypatch.setattr(migrations, "LATEST_VERSION", rebuild[0])
    database = open_database(db_path)
    assert database.execute_sql("SELECT client_id, name FROM family_member").fetchall() == [(1, "小雨")]
    assert database.execute_sql("PRAGMA foreign_keys").fetchone() == (1,)
    close_database(database)


def test_an_upgrade_that_breaks_a_reference_is_refused_and_undone(db_path, monkeypatch):
    _version_1_file(db_path, monkeypatch)
    orphaning = (migrations.LATEST_VERSION + 1, "loses the therapist", ("DELETE FROM staff",))
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, orphaning))
    monkeypatch.setattr(migrations, "LATEST_VERSION", orphaning[0])
    with pytest.raises(RuntimeError, match="client #1"):
        open_database(db_path)
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT max(version) FROM schema_migration").fetchone() == (1,)
    assert raw.execute("SELECT count(*) FROM staff").fetchone() == (1,)
    assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'visit'").fetchone() == (0,)
    raw.close()
