"""Restoring a backup as a use case: only the owner may, the restored file is brought up to this version's
schema, and the restore is written in its audit log (the file's own log is the backup's: what happened after it
stays in the file kept beside it)."""
from __future__ import annotations

from pathlib import Path

from peewee import Database

from salon import access
from salon.store import migrations
from salon.store.backup import restore_from
from salon.store.models import database_proxy, write_transaction


def restore_backup(backup: Path, db_path: Path, database: Database | None = None) -> Path:
    """salon.store.backup.restore_from for the signed-in staff member; returns the file kept as it was."""
    # The owner's alone: a restore brings back the backup's staff, PINs and audit log.
    access.require(access.STAFF_MANAGE)
    database = database or database_proxy.obj
    kept = restore_from(Path(backup), Path(db_path), database)
    # A backup from an older version holds an older schema: upgraded in place now, as opening it would, since the
    # window goes on with the file open.
    migrations.migrate(database)
    with write_transaction():
        access.record("backup.restore", f"file:{Path(backup).name}", f"kept={kept.name}")
    return kept
