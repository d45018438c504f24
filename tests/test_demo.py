"""Demo data: reproducible, realistic, searchable, and never mixed into real data."""
from __future__ import annotations

import re
from datetime import date

import pytest

from salon import choices, demo
from salon.birthdays import make_birthday
from salon.clients import ClientInput, load_client_input, save_client
from salon.db import close_database, open_database
from salon.errors import ValidationError
from salon.search import search_client_ids
from salon.search_keys import client_search_keys, sort_key

TODAY = date(2025, 6, 15)
CLIENTS = 150
TABLES = ("staff", "client", "client_skin_concern", "family_member", "client_event", "therapist_assignment",
          "client_search_key")


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
