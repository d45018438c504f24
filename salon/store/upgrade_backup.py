"""A copy of the salon's file taken just before its schema is upgraded, to go back to if the upgrade goes wrong."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def pre_upgrade_path(path: str | os.PathLike[str], version: int) -> Path:
    """`salon.db.pre-upgrade-v<version>.db` beside the file; a free name if an earlier attempt left one."""
    source = Path(path)
    target = source.with_name(f"{source.name}.pre-upgrade-v{version}.db")
    attempt = 2
    while target.exists():
        # An upgrade that failed and was tried again: the first copy stays, it may be the only good one.
        target = source.with_name(f"{source.name}.pre-upgrade-v{version}-{attempt}.db")
        attempt += 1
    return target


def copy_before_upgrade(connection: sqlite3.Connection, path: str | os.PathLike[str], version: int) -> Path:
    """Copy the open file as a backup is copied (salon.store.backup: the online backup API, so commits still in
    the WAL are included; checked against the file's row counts and money totals; renamed into place only when
    complete), to the name above."""
    from salon.store.backup import copy_checked

    target = pre_upgrade_path(path, version)
    copy_checked(connection, target)
    return target


__all__ = ["copy_before_upgrade", "pre_upgrade_path"]
