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
    """Copy the open file with SQLite's online backup, which reads through the connection and so includes commits
    still in the WAL (a plain file copy would miss them). Written under a temporary name and renamed when
    complete, so a half-written copy is never taken for a good one."""
    target = pre_upgrade_path(path, version)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    copy = sqlite3.connect(partial)
    try:
        connection.backup(copy)
        # A copy in rollback-journal mode is one self-contained file, whatever mode the salon's file is in.
        copy.execute("PRAGMA journal_mode = delete")
    finally:
        copy.close()
    os.replace(partial, target)
    return target


__all__ = ["copy_before_upgrade", "pre_upgrade_path"]
