"""Numbered schema migrations.

Each step is a list of SQL statements applied in one transaction and recorded in `schema_migration`,
so a salon's existing database file upgrades in place when a newer version opens it. Steps are
history: never edit a released step, add a new one.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from peewee import Database

_BIRTHDAY_COLUMNS = """
    birthday_calendar TEXT NOT NULL DEFAULT '' CHECK (birthday_calendar IN ('', 'solar', 'lunar')),
    birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    birth_month INTEGER CHECK (birth_month IS NULL OR birth_month BETWEEN 1 AND 12),
    birth_day INTEGER CHECK (birth_day IS NULL OR birth_day BETWEEN 1 AND 31),
    birth_leap_month INTEGER NOT NULL DEFAULT 0 CHECK (birth_leap_month IN (0, 1))
"""
# Table constraints must follow every column in SQLite.
_BIRTHDAY_CHECK = """
    CHECK ((birthday_calendar = '' AND birth_month IS NULL AND birth_day IS NULL)
        OR (birthday_calendar <> '' AND birth_month IS NOT NULL AND birth_day IS NOT NULL))
"""

MIGRATIONS: Sequence[tuple[int, str, Sequence[str]]] = (
    (1, "client files, therapists and search keys", (
        """CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            role TEXT NOT NULL DEFAULT 'therapist'
                CHECK (role IN ('therapist', 'front_desk', 'manager', 'owner')),
            phone TEXT NOT NULL DEFAULT '',
            specialties TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            commission_rate_bp INTEGER NOT NULL DEFAULT 0
                CHECK (commission_rate_bp BETWEEN 0 AND 10000),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""",
        f"""CREATE TABLE client (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            name_pinyin TEXT NOT NULL DEFAULT '',
            gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'F', 'M')),
            phone TEXT NOT NULL DEFAULT '',
            phone2 TEXT NOT NULL DEFAULT '',
            wechat TEXT NOT NULL DEFAULT '',
            {_BIRTHDAY_COLUMNS},
            address TEXT NOT NULL DEFAULT '',
            community TEXT NOT NULL DEFAULT '',
            occupation TEXT NOT NULL DEFAULT '',
            interests TEXT NOT NULL DEFAULT '',
            skin_type TEXT NOT NULL DEFAULT '',
            allergies TEXT NOT NULL DEFAULT '',
            contraindications TEXT NOT NULL DEFAULT '',
            pref_pressure TEXT NOT NULL DEFAULT '',
            pref_room_temperature TEXT NOT NULL DEFAULT '',
            pref_drink TEXT NOT NULL DEFAULT '',
            pref_music TEXT NOT NULL DEFAULT '',
            pref_conversation TEXT NOT NULL DEFAULT '' CHECK (pref_conversation IN ('', 'chatty', 'quiet')),
            preferred_therapist_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
            contact_channel TEXT NOT NULL DEFAULT '',
            contact_best_time TEXT NOT NULL DEFAULT '',
            do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
            goals TEXT NOT NULL DEFAULT '',
            referral_source TEXT NOT NULL DEFAULT '',
            referred_by_id INTEGER REFERENCES client(id) ON DELETE SET NULL,
            tags TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            marketing_consent INTEGER NOT NULL DEFAULT 0 CHECK (marketing_consent IN (0, 1)),
            therapist_id INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
            archived_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            {_BIRTHDAY_CHECK}
        )""",
        "CREATE INDEX client_active_by_name ON client (name_pinyin) WHERE archived_at IS NULL",
        "CREATE INDEX client_by_name ON client (name_pinyin)",
        "CREATE INDEX client_phone ON client (phone) WHERE phone <> ''",
        "CREATE INDEX client_phone2 ON client (phone2) WHERE phone2 <> ''",
        "CREATE INDEX client_therapist ON client (therapist_id)",
        """CREATE TABLE client_skin_concern (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            concern TEXT NOT NULL CHECK (length(trim(concern)) > 0),
            state TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX client_skin_concern_client ON client_skin_concern (client_id)",
        f"""CREATE TABLE family_member (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            relation TEXT NOT NULL DEFAULT 'other'
                CHECK (relation IN ('spouse', 'child', 'parent', 'sibling', 'other')),
            name TEXT NOT NULL DEFAULT '',
            {_BIRTHDAY_COLUMNS},
            notes TEXT NOT NULL DEFAULT '',
            {_BIRTHDAY_CHECK}
        )""",
        "CREATE INDEX family_member_client ON family_member (client_id)",
        """CREATE TABLE client_event (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN
                ('wedding', 'childbirth', 'anniversary', 'illness', 'bereavement', 'other')),
            event_date TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX client_event_client ON client_event (client_id)",
        """CREATE TABLE therapist_assignment (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            therapist_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            CHECK (ended_at IS NULL OR ended_at >= started_at)
        )""",
        "CREATE INDEX therapist_assignment_client ON therapist_assignment (client_id, started_at)",
        "CREATE INDEX therapist_assignment_therapist ON therapist_assignment (therapist_id)",
        # One row per search key (name suffixes, pinyin initials and full pinyin for every reading,
        # phone suffixes, tags): a prefix range on `key` finds clients without scanning the table.
        """CREATE TABLE client_search_key (
            key TEXT NOT NULL,
            client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            PRIMARY KEY (key, client_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX client_search_key_client ON client_search_key (client_id)",
    )),
)

LATEST_VERSION = MIGRATIONS[-1][0]


def current_version(database: Database) -> int:
    database.execute_sql(
        "CREATE TABLE IF NOT EXISTS schema_migration ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    row = database.execute_sql("SELECT max(version) FROM schema_migration").fetchone()
    return row[0] or 0


def migrate(database: Database) -> list[int]:
    """Apply every step newer than the file's version; returns the versions applied."""
    version = current_version(database)
    if version > LATEST_VERSION:
        raise RuntimeError(
            f"数据库版本 {version} 比本程序 ({LATEST_VERSION}) 新，请升级客情管家。"
            f" / The database (version {version}) is newer than this program ({LATEST_VERSION})."
        )
    applied = []
    for number, name, statements in MIGRATIONS:
        if number <= version:
            continue
        with database.atomic():
            for statement in statements:
                database.execute_sql(statement)
            database.execute_sql(
                "INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)",
                (number, name, datetime.now().isoformat(timespec="seconds")),
            )
        applied.append(number)
    return applied


__all__ = ["MIGRATIONS", "LATEST_VERSION", "current_version", "migrate"]
