"""Opening the salon's database file: location, pragmas, migrations, model binding."""
from __future__ import annotations

import os
from pathlib import Path

from peewee import Database, SqliteDatabase

from salon.store import migrations
from salon.store.models import ALL_MODELS, database_proxy

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


# Tables that hold the salon's own data. Demo data only goes into a database where all are empty,
# so it is never mixed with real clients, staff or a catalogue the salon has set up.
DATA_TABLES = ("client", "staff", "service", "product", "package_plan", "visit", "client_package")


def database_is_empty(database: Database | None = None) -> bool:
    """True when the salon has no clients, staff, menu or visits yet (the GUI then offers a start)."""
    database = database or database_proxy
    return not any(database.execute_sql(f"SELECT 1 FROM {table} LIMIT 1").fetchone() for table in DATA_TABLES)


def close_database(database: SqliteDatabase) -> None:
    if not database.is_closed():
        database.close()
