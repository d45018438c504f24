"""Backups and restore of the salon's database file (F10).

A backup is taken with SQLite's online backup API from the open database, inside one read transaction so that
the figures it is checked against describe the very snapshot it copied: a raw copy of a live WAL file can miss
committed rows and still pass integrity_check. It is written to a temporary file, switched to a rollback journal
(so that it opens read-only anywhere, even from a write-protected folder), checked — integrity, row counts per
table and money totals equal to the source's — and only then renamed into place.

Backups of the automatic kind are rotated: the newest of each of the last 7 days, of the last 4 weeks and of the
last 12 months are kept. A restore checks the chosen file first, keeps the current file as `*_pre_restore-…`,
then copies the backup into the live file through the same API.
"""
from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peewee import Database

from salon.errors import ValidationError
from salon.store.models import database_proxy
from salon.words import fill, translate

BACKUP_DIR_NAME = "backups"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_STAMP = "%Y%m%d-%H%M%S"
_NAMED = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})\.db$")
# Money columns whose totals a backup must keep to the fen (with the table they are in).
MONEY_COLUMNS = (
    ("payment", "amount_fen"), ("visit", "total_fen"), ("visit_item", "amount_fen"),
    ("package_ledger", "principal_delta_fen"), ("package_ledger", "bonus_delta_fen"), ("package_ledger", "paid_fen"),
    ("package_ledger", "sessions_delta"), ("client_package", "principal_fen"), ("client_package", "bonus_fen"),
)


class BackupError(Exception):
    """A backup that could not be made or does not match what it copied; nothing was replaced."""


@dataclass(frozen=True)
class Figures:
    """What a copy must keep: rows per table and money totals."""

    rows: tuple[tuple[str, int], ...]
    money: tuple[tuple[str, int], ...]

    def differences(self, other: Figures) -> list[str]:
        mine, theirs = dict(self.rows + self.money), dict(other.rows + other.money)
        return [f"{name}: {mine.get(name)} ≠ {theirs.get(name)}" for name in sorted(set(mine) | set(theirs))
                if mine.get(name) != theirs.get(name)]


def figures(connection: sqlite3.Connection) -> Figures:
    tables = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    rows = tuple((table, connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]) for table in tables)
    money = []
    for table, column in MONEY_COLUMNS:
        if table in tables:
            columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
            if column in columns:
                total = connection.execute(f'SELECT coalesce(sum("{column}"), 0) FROM "{table}"').fetchone()[0]
                money.append((f"{table}.{column}", total))
    return Figures(rows, tuple(money))


def default_backup_folder(db_path: Path) -> Path:
    """Beside the data: a `backups` folder next to the database file."""
    return Path(db_path).resolve().parent / BACKUP_DIR_NAME


def backup_name(db_path: Path, moment: datetime) -> str:
    return f"{Path(db_path).stem}-{moment.strftime(_STAMP)}.db"


def _raw(database: Database) -> sqlite3.Connection:
    return database.connection()


def backup_to(target: Path, database: Database | None = None,
              progress: Callable[[int, int], None] | None = None) -> Figures:
    """Copy the open database to `target` (checked, then renamed into place); returns the figures it keeps.
    Raises BackupError when the copy does not match."""
    return copy_checked(_raw(database or database_proxy.obj), target, progress)


def copy_checked(source: sqlite3.Connection, target: Path,
                 progress: Callable[[int, int], None] | None = None) -> Figures:
    """The copy itself, from an open connection (a backup, the copy taken before an upgrade)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    copy = sqlite3.connect(partial, isolation_level=None)
    try:
        in_transaction = source.in_transaction
        if not in_transaction:
            source.execute("BEGIN")  # one snapshot for both the figures and the copy
        try:
            expected = figures(source)
            source.backup(copy, pages=1024, progress=(lambda _status, left, total: progress(total - left, total))
                          if progress else None)
        finally:
            if not in_transaction:
                source.execute("COMMIT")
        copy.execute("PRAGMA journal_mode = DELETE")
        problems = _check(copy, expected)
    finally:
        copy.close()
    if problems:
        partial.unlink(missing_ok=True)
        raise BackupError(fill(translate("backup", "备份与数据库不一致：%1"), "；".join(problems[:5])))
    os.replace(partial, target)
    return expected


def _check(connection: sqlite3.Connection, expected: Figures | None) -> list[str]:
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            return [f"integrity_check: {message}" for message in result]
        if expected is not None:
            return expected.differences(figures(connection))
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return []


def check_backup_file(path: Path) -> Figures:
    """Open a backup read-only and check it is a sound salon database; its figures. ValidationError
    (backup_invalid) otherwise."""
    from salon.store.migrations import LATEST_VERSION

    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise ValidationError("backup_invalid", translate("errors", "%1 不是客情管家的备份（文件不存在或是空的）。"),
                              path.name, field="file", file=path.name, reason="empty")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise ValidationError("backup_invalid", translate("errors", "%1 打不开：%2"), path.name, error, field="file",
                              file=path.name, reason=str(error)) from None
    try:
        problems = _check(connection, None)
        if problems and "not a database" in problems[0]:
            raise ValidationError("backup_invalid", translate("errors", "%1 不是数据库文件。"), path.name, field="file",
                                  file=path.name, reason="not a database")
        if problems:
            raise ValidationError("backup_invalid", translate("errors", "%1 已损坏：%2"), path.name, problems[0],
                                  field="file", file=path.name, reason=problems[0])
        try:
            version = connection.execute("SELECT max(version) FROM schema_migration").fetchone()[0] or 0
        except sqlite3.DatabaseError:
            version = 0
        if not version:
            raise ValidationError("backup_invalid", translate("errors", "%1 不是客情管家的数据库。"), path.name,
                                  field="file", file=path.name, reason="not a salon database")
        if version > LATEST_VERSION:
            raise ValidationError("backup_invalid", translate("errors", "%1 来自更新版本的客情管家（数据版本 %2）。"),
                                  path.name, version, field="file", file=path.name, reason=f"version {version}")
        return figures(connection)
    finally:
        connection.close()


def backup_now(db_path: Path, folder: Path | None = None, *, moment: datetime | None = None,
               database: Database | None = None, rotate: bool = True) -> Path:
    """A dated backup of the open database into `folder` (default: beside the data), then the old ones
    rotated; returns the new file."""
    moment = moment or datetime.now()
    folder = Path(folder) if folder else default_backup_folder(db_path)
    target = folder / backup_name(db_path, moment)
    backup_to(target, database)
    if rotate:
        rotate_backups(folder, Path(db_path).stem, moment)
    return target


def dated_backups(folder: Path, stem: str) -> list[tuple[datetime, Path]]:
    """The folder's backups of this database, newest first."""
    found = []
    for path in Path(folder).glob(f"{stem}-*.db"):
        match = _NAMED.match(path.name)
        if match and match["stem"] == stem:
            found.append((datetime.strptime(match["stamp"], _STAMP), path))
    return sorted(found, reverse=True)


def rotate_backups(folder: Path, stem: str, moment: datetime | None = None) -> list[Path]:
    """Keep the newest backup of each of the last 7 days, 4 ISO weeks and 12 months (counted back from
    `moment`); delete the others. Returns what was deleted."""
    moment = moment or datetime.now()
    keep: set[Path] = set()
    for span, periods in ((lambda when: when.date(), KEEP_DAILY),
                          (lambda when: when.isocalendar()[:2], KEEP_WEEKLY),
                          (lambda when: (when.year, when.month), KEEP_MONTHLY)):
        seen: list[object] = []
        for when, path in dated_backups(folder, stem):
            if when > moment:
                keep.add(path)  # from the future (a clock set wrong): not ours to judge
                continue
            key = span(when)
            if key not in seen:
                seen.append(key)
                if len(seen) <= periods:
                    keep.add(path)
    removed = []
    for _when, path in dated_backups(folder, stem):
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def last_backup(db_path: Path, folder: Path | None = None) -> datetime | None:
    found = dated_backups(Path(folder) if folder else default_backup_folder(db_path), Path(db_path).stem)
    return found[0][0] if found else None


def restore_from(backup: Path, db_path: Path, database: Database | None = None,
                 moment: datetime | None = None) -> Path:
    """Replace the open database's contents with the backup's: the backup is checked first, the current file is
    kept as `<name>_pre_restore-<time>.db` beside it; returns that file. Nothing is replaced when either check
    fails."""
    expected = check_backup_file(backup)
    moment = moment or datetime.now()
    db_path = Path(db_path)
    kept = db_path.with_name(f"{db_path.stem}_pre_restore-{moment.strftime(_STAMP)}.db")
    database = database or database_proxy.obj
    backup_to(kept, database)
    live = _raw(database)
    source = sqlite3.connect(f"file:{Path(backup)}?mode=ro", uri=True)
    try:
        source.backup(live)
    finally:
        source.close()
    problems = _check(live, expected)
    if problems:  # the file as it was is kept: put it back
        restored = sqlite3.connect(f"file:{kept}?mode=ro", uri=True)
        try:
            restored.backup(live)
        finally:
            restored.close()
        raise BackupError(fill(translate("backup", "恢复后的数据与备份不一致，已还原为恢复前的数据：%1"),
                               "；".join(problems[:5])))
    return kept
