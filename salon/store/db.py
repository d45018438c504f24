"""Opening the salon's database file: location, pragmas, migrations, model binding."""
from __future__ import annotations

import os
from pathlib import Path

from peewee import Database, SqliteDatabase

from salon.store import migrations
from salon.store.models import ALL_MODELS, database_proxy
from salon.words import fill, translate

APP_DIR_NAME = "SalonDesk"
DB_FILE_NAME = "salon.db"
DB_ENV_VAR = "SALON_DB"

# WAL lets the list read while a visit is being saved; synchronous=FULL makes each commit reach the disk before
# it returns, so a power cut (not only a crash of the app, which NORMAL survives too) loses no committed visit.
_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": 5000,
    "cache_size": -32 * 1024,
    # Reads straight from the OS's file cache instead of copying each page into SQLite's: about a tenth off the
    # reminder list of a 100,000-client file (benchmarks/bench_reminders.py). Writes still go through SQLite's
    # own journaling, so nothing about what a commit keeps changes.
    "mmap_size": 1 << 30,
    # What is deleted is overwritten, not merely unlinked: a client who asked to be forgotten is gone from the
    # file's bytes (salon.clients.privacy).
    "secure_delete": 1,
}


def default_database_path() -> Path:
    """`SALON_DB` if set, else salon.db in the platform's application-data folder."""
    override = os.environ.get(DB_ENV_VAR)
    if override:
        return Path(override).expanduser()
    import platformdirs  # only when no file was named (~10 ms)

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / DB_FILE_NAME


def open_database(path: str | os.PathLike[str] | None = None) -> SqliteDatabase:
    """Open (creating if needed) the database file, bring its schema up to date and bind the models."""
    target = Path(path) if path is not None else default_database_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    database = SqliteDatabase(str(target), pragmas=_PRAGMAS)
    database.connect(reuse_if_open=True)
    migrations.migrate(database)
    database_proxy.initialize(database)
    database.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)
    return database


# What a reader needs; the journal mode and synchronous setting belong to the writers and are left as they are.
_READ_ONLY_PRAGMAS = {key: _PRAGMAS[key] for key in ("foreign_keys", "busy_timeout", "cache_size", "mmap_size")}


class NotASalonDatabase(RuntimeError):
    """A file that cannot be opened read-only as this version's salon database (empty, another program's, older
    or newer), with the sentence to show."""


def open_database_read_only(path: str | os.PathLike[str]) -> SqliteDatabase:
    """Open an existing database file for reading only (`check`, `clients`, `report`): nothing is created,
    migrated or switched, so it works on a write-protected backup. Raises NotASalonDatabase."""
    target = Path(path)
    if not target.is_file() or target.stat().st_size == 0:
        raise NotASalonDatabase(fill(translate("store", "%1 不是客情管家的数据库（文件不存在或是空的）。"), target))
    # query_only on a writable file rather than mode=ro: SQLite skips CHECK constraints in integrity_check on a
    # read-only connection, and `check` must see them. A write-protected file is opened mode=ro.
    writable = os.access(target, os.W_OK) and os.access(target.parent, os.W_OK)
    database = SqliteDatabase(f"file:{target}?mode={'rw' if writable else 'ro'}", uri=True,
                              pragmas={**_READ_ONLY_PRAGMAS, "query_only": 1})
    database.connect(reuse_if_open=True)
    try:
        version = database.execute_sql("SELECT max(version) FROM schema_migration").fetchone()[0] or 0
    except Exception as error:  # not a database, or no schema_migration table: another program's file
        database.close()
        raise NotASalonDatabase(fill(translate("store", "%1 不是客情管家的数据库（%2）。"), target, error)) from None
    if version != migrations.LATEST_VERSION:
        database.close()
        newer = version > migrations.LATEST_VERSION
        raise NotASalonDatabase(fill(
            translate("store", "%1 的数据版本是 %2，本程序是 %3：请升级客情管家。") if newer else
            translate("store",
                      "%1 的数据版本是 %2，本程序是 %3：请先用本程序正常打开一次（会自动升级并备份），再只读查看。"),
            target, version, migrations.LATEST_VERSION))
    database.read_only = True
    database_proxy.initialize(database)
    database.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)
    return database


def is_read_only(database: Database | None = None) -> bool:
    return bool(getattr(database or database_proxy.obj, "read_only", False))


# Tables that hold the salon's own data. Demo data only goes into a database where all are empty,
# so it is never mixed with real clients, staff or a catalogue the salon has set up.
DATA_TABLES = ("client", "staff", "service", "product", "package_plan", "visit", "client_package")


def database_is_empty(database: Database | None = None) -> bool:
    """True when the salon has no clients, staff, menu or visits yet (the GUI then offers a start)."""
    database = database or database_proxy
    return not any(database.execute_sql(f"SELECT 1 FROM {table} LIMIT 1").fetchone() for table in DATA_TABLES)


def lone_owner_id(database: Database | None = None) -> int | None:
    """The owner's id when she is all the file holds (the welcome made her, then "start empty"), else None:
    demo data may still go into such a file, the demo salon taking her as its owner."""
    database = database or database_proxy
    if any(database.execute_sql(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
           for table in DATA_TABLES if table != "staff"):
        return None
    rows = database.execute_sql("SELECT id, role FROM staff LIMIT 2").fetchall()
    return rows[0][0] if len(rows) == 1 and rows[0][1] == "owner" else None


def close_database(database: SqliteDatabase) -> None:
    if not database.is_closed():
        database.close()
