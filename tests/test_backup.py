"""Backups and restore (F10): the online backup API, checked against row counts and money totals; rotation;
a restore that checks first and keeps what it replaces; the command line."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from salon.clients.profiles import ClientInput, save_client
from salon.demo.generator import generate_demo
from salon.errors import ValidationError
from salon.store.backup import (
    backup_now,
    backup_to,
    check_backup_file,
    dated_backups,
    figures,
    restore_from,
    rotate_backups,
)
from salon.store.models import Client

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def salon(database):
    generate_demo(database, clients=60, months=3, seed=5)
    return database


def _figures_of(path: Path):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return figures(connection)


def test_a_backup_keeps_every_row_and_every_fen_and_opens_read_only_anywhere(salon, db_path, tmp_path):
    target = tmp_path / "copies" / "b.db"
    kept = backup_to(target, salon)
    assert kept == figures(salon.connection())
    assert _figures_of(target) == kept and dict(kept.rows)["visit"] > 0
    assert target.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: no -wal/-shm needed to read it
    assert not list(target.parent.glob("*.part"))
    check_backup_file(target)
    assert sorted(path.name for path in target.parent.iterdir()) == ["b.db"]  # reading it left nothing beside it


def test_a_raw_copy_of_the_live_file_misses_committed_rows_which_the_figures_catch(salon, db_path, tmp_path):
    salon.execute_sql("PRAGMA wal_autocheckpoint = 0")
    salon.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    save_client(ClientInput(name="新客户", phone="13900000001"))  # committed, still only in the WAL
    raw = tmp_path / "raw.db"
    shutil.copyfile(db_path, raw)
    check_backup_file(raw)  # integrity_check alone is happy with the raw copy...
    assert _figures_of(raw).differences(figures(salon.connection()))  # ...but a client is missing
    proper = tmp_path / "proper.db"
    backup_to(proper, salon)
    assert not _figures_of(proper).differences(figures(salon.connection()))


def test_rotation_keeps_seven_days_four_weeks_and_twelve_months(tmp_path):
    now = datetime(2026, 11, 29, 22, 0)
    for hours in range(0, 24 * 400, 9):  # a backup every nine hours for 400 days
        (tmp_path / f"salon-{(now - timedelta(hours=hours)).strftime('%Y%m%d-%H%M%S')}.db").write_bytes(b"x")
    (tmp_path / "other-20261129-100000.db").write_bytes(b"x")  # another database's backup: not ours to delete
    rotate_backups(tmp_path, "salon", now)
    kept = [when for when, _path in dated_backups(tmp_path, "salon")]
    days = {when.date() for when in kept}
    assert len(kept) == len(days)  # one a day at most
    assert [when.date() for when in kept[:7]] == [(now - timedelta(days=n)).date() for n in range(7)]
    assert len({when.isocalendar()[:2] for when in kept}) >= 4
    assert {(when.year, when.month) for when in kept} >= {(2026, month) for month in range(1, 12)} | {(2025, 12)}
    assert len(kept) <= 7 + 4 + 12
    assert (tmp_path / "other-20261129-100000.db").exists()


def test_backup_now_names_by_date_beside_the_data(salon, db_path):
    made = backup_now(db_path, moment=datetime(2026, 11, 29, 8, 30))
    assert made == db_path.parent / "backups" / "salon-20261129-083000.db"
    assert _figures_of(made) == figures(salon.connection())


def test_restore_checks_first_keeps_the_current_file_and_brings_the_backup_back(salon, db_path, tmp_path):
    backup = tmp_path / "before.db"
    before = backup_to(backup, salon)
    save_client(ClientInput(name="恢复后不见", phone="13900000002"))
    from salon.backups import restore_backup

    kept = restore_from(backup, db_path, salon, moment=datetime(2026, 11, 29, 9, 0))
    assert kept.name == "salon_pre_restore-20261129-090000.db"
    after = figures(salon.connection())
    assert after.money == before.money
    assert [row for row in after.rows if row[0] != "audit_log"] == [row for row in before.rows if row[0] != "audit_log"]
    assert dict(after.rows)["audit_log"] == dict(before.rows)["audit_log"]
    restore_backup(backup, db_path, salon)  # as the window and the command do: written in the restored log
    assert dict(figures(salon.connection()).rows)["audit_log"] == dict(before.rows)["audit_log"] + 1
    assert Client.select().where(Client.name == "恢复后不见").count() == 0
    with sqlite3.connect(kept) as connection:
        assert connection.execute("SELECT count(*) FROM client WHERE name = '恢复后不见'").fetchone() == (1,)


@pytest.mark.parametrize("content", [b"", b"not a database at all", None])
def test_a_file_that_is_no_salon_backup_is_refused_and_nothing_changes(salon, db_path, tmp_path, content):
    bad = tmp_path / "bad.db"
    if content is None:
        sqlite3.connect(bad).execute("CREATE TABLE t (x)").connection.close()  # a database, not the salon's
    else:
        bad.write_bytes(content)
    before = figures(salon.connection())
    with pytest.raises(ValidationError) as refused:
        restore_from(bad, db_path, salon)
    assert refused.value.code == "backup_invalid"
    assert figures(salon.connection()) == before
    assert not list(db_path.parent.glob("*_pre_restore-*"))


def _main(*args: str) -> subprocess.CompletedProcess:
    """main.py in Simplified Chinese, whatever this machine's locale or saved language."""
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "zh_CN", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=300, cwd=ROOT)


def test_backup_and_restore_from_the_command_line(tmp_path):
    db = tmp_path / "salon.db"
    assert _main("demo", "--db", str(db), "--clients", "30", "--months", "2").returncode == 0
    made = _main("backup", "--db", str(db), "--to", str(tmp_path / "copy.db"))
    assert made.returncode == 0 and "已备份到" in made.stdout
    rotated = _main("backup", "--db", str(db))
    assert rotated.returncode == 0 and len(list((tmp_path / "backups").glob("salon-*.db"))) == 1
    with sqlite3.connect(db) as connection:
        connection.execute("DELETE FROM client_search_key")
    restored = _main("restore", "--db", str(db), str(tmp_path / "copy.db"))
    assert restored.returncode == 0, restored.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM client_search_key").fetchone()[0] > 0
    refused = _main("restore", "--db", str(db), str(tmp_path / "nothing.db"))
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1


def test_reading_commands_open_the_file_read_only(tmp_path):
    db = tmp_path / "salon.db"
    assert _main("demo", "--db", str(db), "--clients", "30", "--months", "2").returncode == 0
    copy = tmp_path / "archive" / "copy.db"
    assert _main("backup", "--db", str(db), "--to", str(copy)).returncode == 0
    copy.chmod(0o444)
    copy.parent.chmod(0o555)
    before = copy.read_bytes()
    try:
        for command in (["check"], ["clients", "--search", ""], ["report", "--month", "2026-11"]):
            done = _main(*command, "--db", str(copy))
            assert done.returncode == 0, (command, done.stderr)
            assert done.stdout.strip()
        assert copy.read_bytes() == before and sorted(p.name for p in copy.parent.iterdir()) == ["copy.db"]
    finally:
        copy.parent.chmod(0o755)
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    refused = _main("clients", "--db", str(empty))
    assert refused.returncode == 1 and "不是客情管家的数据库" in refused.stderr
    assert empty.stat().st_size == 0  # never made into a database


def test_check_runs_quick_check_first_on_a_damaged_file(tmp_path):
    db = tmp_path / "salon.db"
    assert _main("demo", "--db", str(db), "--clients", "200", "--months", "3").returncode == 0
    damaged = tmp_path / "damaged.db"
    assert _main("backup", "--db", str(db), "--to", str(damaged)).returncode == 0
    with sqlite3.connect(damaged) as connection:  # the pages of the visits' lines, not the schema's
        lines = [page for (page,) in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = 'visit_item' AND pagetype = 'leaf' ORDER BY pageno")]
    data = bytearray(damaged.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    for page in (number - 1 for number in lines[::2]):  # scribble over every other page of them
        start = page * page_size + page_size // 3
        data[start:start + 64] = b"\xff" * 64
    damaged.write_bytes(bytes(data))
    checked = _main("check", "--db", str(damaged))
    assert checked.returncode == 1 and "已损坏" in checked.stderr
    assert checked.stdout.startswith("[sqlite_integrity]")  # what quick_check found, before any rule ran
    data = bytearray(damaged.read_bytes())
    for page in range(1, pages // 2):  # now the schema's pages too: nothing can be read
        data[page * page_size + 100:page * page_size + 164] = b"\xff" * 64
    damaged.write_bytes(bytes(data))
    listed = _main("clients", "--db", str(damaged))
    assert listed.returncode == 1 and listed.stdout == ""
    assert len(listed.stderr.strip().splitlines()) == 1 and "已损坏" in listed.stderr


def test_a_backup_from_an_older_version_is_upgraded_as_it_is_restored(db_path, tmp_path, monkeypatch):
    from salon import access
    from salon.backups import restore_backup
    from salon.db import close_database, open_database
    from salon.store import migrations

    old = tmp_path / "old.db"
    with monkeypatch.context() as older:  # the program of version 12 made this backup
        older.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:12])
        older.setattr(migrations, "LATEST_VERSION", 12)
        older.setattr(access, "record", lambda *args, **kwargs: None)
        database = open_database(old)
        save_client(ClientInput(name="老备份里的客户", phone="13900000003"))
        close_database(database)
    database = open_database(db_path)
    try:
        restore_backup(old, db_path, database)
        assert migrations.current_version(database) == migrations.LATEST_VERSION
        assert [client.name for client in Client.select()] == ["老备份里的客户"]
        assert database.execute_sql("SELECT action FROM audit_log").fetchall() == [("backup.restore",)]
    finally:
        close_database(database)
