"""Bulk writing for the demo generator: rows queued per table, written with one prepared INSERT per table.

A 100,000-client demo writes millions of rows; one executemany per table and batch is what keeps that
in seconds. Rows are plain tuples in a fixed column order (the cheapest thing to build and to bind).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from peewee import Database

from salon.store.models import (
    Client,
    ClientConsent,
    ClientEvent,
    ClientPackage,
    ClientPackageService,
    ClientSearchKey,
    ClientSkinConcern,
    FamilyMember,
    PackageLedger,
    PackagePlan,
    PackagePlanService,
    Payment,
    Product,
    Service,
    Staff,
    TherapistAssignment,
    Visit,
    VisitItem,
    VisitRevision,
    VisitTherapist,
)

# Parents before children, so that foreign keys hold statement by statement.
WRITE_ORDER: list[type] = [
    Staff, Service, Product, PackagePlan, PackagePlanService, Client, ClientConsent, ClientSkinConcern, FamilyMember,
    ClientEvent, TherapistAssignment, ClientSearchKey, ClientPackage, ClientPackageService, Visit, PackageLedger,
    VisitItem, Payment, VisitTherapist, VisitRevision,
]


# Indexes kept while loading: the ledger triggers and `refunds.refund_quote` look lines up by package.
KEPT_INDEXES = frozenset({"package_ledger_package"})
# Triggers suspended while loading. This one re-sums a card's whole ledger on every line (quadratic in the
# card's history); the loader checks the same thing once for all cards before its transaction commits.
# The trigger that moves the totals, and the CHECKs that refuse a negative one, stay.
SUSPENDED_TRIGGERS = frozenset({"client_package_totals_follow_ledger"})


@contextmanager
def bulk_load(database: Database) -> Iterator[None]:
    """Secondary indexes (and the guard above) off while the rows go in, rebuilt as they were at the end.

    Building an index once is several times faster than growing it row by row in random order. Only
    inside a transaction: a failure or a cancel rolls the schema back together with the rows.
    """
    if not database.in_transaction():
        raise RuntimeError("bulk_load needs a transaction")
    saved = [(kind, name, sql) for kind, name, sql in database.execute_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('index', 'trigger')"
        " ORDER BY rowid").fetchall()
        if (kind == "index" and name not in KEPT_INDEXES) or (kind == "trigger" and name in SUSPENDED_TRIGGERS)]
    for kind, name, _ in saved:
        database.execute_sql(f'DROP {kind.upper()} "{name}"')
    yield
    for _, _, sql in saved:
        database.execute_sql(sql)


def timestamp(moment: datetime) -> str:
    """A timestamp as peewee stores a DateTimeField in SQLite ('2024-05-01 14:30:00')."""
    return moment.isoformat(sep=" ")


class BulkWriter:
    """Collects rows per model and writes them with one prepared INSERT per table (executemany)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.fields: dict[type, tuple[str, ...]] = {}
        self.pending: dict[type, list[tuple[object, ...]]] = {}

    def add(self, model: type, row: dict[str, object]) -> None:
        """Queue a row given as {model field name: database value}; every row of a model lists the
        same fields in the same order."""
        fields = self.fields.setdefault(model, tuple(row))
        if tuple(row) != fields:
            raise AssertionError(f"{model.__name__} rows must list the same fields in the same order")
        self.pending.setdefault(model, []).append(tuple(row.values()))

    def table(self, model: type, fields: tuple[str, ...]) -> list[tuple[object, ...]]:
        """The queue of `model` to append value tuples to directly (for the millions of history rows).

        The list stays the same object across flushes, so a caller may keep it."""
        known = self.fields.setdefault(model, fields)
        if known != fields:
            raise AssertionError(f"{model.__name__} rows must list the same fields in the same order")
        return self.pending.setdefault(model, [])

    def add_search_keys(self, client_id: int, keys: set[str]) -> int:
        """Queue the client's search keys (millions of rows in a big demo: no dict per row)."""
        self.table(ClientSearchKey, ("key", "client")).extend((key, client_id) for key in keys)
        return len(keys)

    def flush(self) -> None:
        for model in sorted(self.pending, key=WRITE_ORDER.index):
            rows = self.pending[model]
            if rows and model._meta.without_rowid:
                rows.sort()  # in key order, the B-tree fills page by page instead of all over the file
            if rows:
                self._insert(model, self.fields[model], rows)
                rows.clear()

    def _insert(self, model: type, fields: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
        columns = ", ".join(f'"{model._meta.fields[name].column_name}"' for name in fields)
        marks = ", ".join("?" * len(fields))
        sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
        # One prepared statement for the whole batch: far faster than one INSERT per row, and unlike
        # a multi-row VALUES list it never runs into SQLite's limit on bound parameters.
        self.database.cursor().executemany(sql, rows)


__all__ = ["KEPT_INDEXES", "SUSPENDED_TRIGGERS", "WRITE_ORDER", "BulkWriter", "bulk_load", "timestamp"]
