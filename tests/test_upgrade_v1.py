"""A file written by the first release (tests/fixtures/salon_v1.db, made by make_v1_fixture.py) opens in this one
with every row it had, a copy of itself as it was, and nothing the integrity check objects to."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from peewee import OperationalError

from salon.db import close_database, open_database
from salon.store import migrations
from salon.store.integrity import find_problems

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "salon_v1.db"


def _tables(raw: sqlite3.Connection) -> list[str]:
    return [row[0] for row in raw.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def _snapshot(path: Path, tables: list[str] | None = None, columns: dict[str, list[str]] | None = None) -> dict:
    """Per table: its row count, its primary keys, the sum of each money column and every row (of `columns`)."""
    raw = sqlite3.connect(path)
    try:
        result = {}
        for table in tables or _tables(raw):
            info = raw.execute(f"PRAGMA table_info({table})").fetchall()
            names = columns[table] if columns else [row[1] for row in info]
            keys = [row[1] for row in sorted(info, key=lambda row: row[5]) if row[5]] or ["rowid"]
            listed = ", ".join(names)
            result[table] = {
                "count": raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0],
                "keys": raw.execute(f"SELECT {', '.join(keys)} FROM {table} ORDER BY 1, 2"
                                    if len(keys) > 1 else f"SELECT {keys[0]} FROM {table} ORDER BY 1").fetchall(),
                "money": {name: raw.execute(f"SELECT total({name}) FROM {table}").fetchone()[0]
                          for name in names if name.endswith("_fen")},
                "rows": raw.execute(f"SELECT {listed} FROM {table} ORDER BY {', '.join(keys)}").fetchall(),
            }
        return result
    finally:
        raw.close()


def _columns(path: Path) -> dict[str, list[str]]:
    raw = sqlite3.connect(path)
    try:
        return {table: [row[1] for row in raw.execute(f"PRAGMA table_info({table})")] for table in _tables(raw)}
    finally:
        raw.close()


@pytest.fixture
def v1_file(tmp_path) -> Path:
    target = tmp_path / "salon.db"
    shutil.copyfile(FIXTURE, target)
    return target


def test_the_fixture_is_a_version_1_file_with_rows_in_every_table():
    raw = sqlite3.connect(FIXTURE)
    assert raw.execute("SELECT version FROM schema_migration").fetchall() == [(1,)]
    raw.close()
    before = _snapshot(FIXTURE)
    assert set(before) >= {"staff", "client", "family_member", "client_event", "client_skin_concern",
                           "therapist_assignment", "client_search_key"}
    assert all(table["count"] > 0 for table in before.values()), {t: v["count"] for t, v in before.items()}


def test_a_version_1_file_upgrades_with_every_row(v1_file):
    columns = _columns(FIXTURE)
    before = _snapshot(FIXTURE)

    database = open_database(v1_file)
    try:
        assert find_problems(database) == []
        assert [row[0] for row in database.execute_sql("SELECT version FROM schema_migration ORDER BY version")] \
            == [number for number, _, _ in migrations.MIGRATIONS]
        assert migrations.current_version(database) == migrations.LATEST_VERSION
    finally:
        close_database(database)

    after = _snapshot(v1_file, list(columns), columns)
    # The salon's own tables; schema_migration gains a row per step by design (its first row is checked below).
    for table in (name for name in columns if name != "schema_migration"):
        assert after[table]["count"] == before[table]["count"], table
        assert after[table]["keys"] == before[table]["keys"], table
        # Version 1 has no *_fen column yet (money came with step 2): empty here, it bites on a later fixture.
        assert after[table]["money"] == before[table]["money"], table
        assert after[table]["rows"] == before[table]["rows"], table

    assert after["schema_migration"]["rows"][0] == before["schema_migration"]["rows"][0]
    copy = v1_file.with_name("salon.db.pre-upgrade-v1.db")
    assert _snapshot(copy) == before


def test_a_step_failing_midway_leaves_the_version_1_file_as_it_was(v1_file, monkeypatch):
    before = _snapshot(FIXTURE)
    steps = list(migrations.MIGRATIONS)
    number, name, statements = steps[5]
    steps[5] = (number, name, (*statements, "NOT SQL"))  # steps 2..5 ran before it, in the same transaction
    monkeypatch.setattr(migrations, "MIGRATIONS", tuple(steps))
    with pytest.raises(OperationalError):
        open_database(v1_file)
    monkeypatch.undo()

    assert _snapshot(v1_file) == before  # not a table more (no 'service' from step 2), not a row less
    # Once the program is mended the same file upgrades.
    database = open_database(v1_file)
    assert migrations.current_version(database) == migrations.LATEST_VERSION
    close_database(database)
