"""The salon's treatment history (F5): every visit, filtered and summed in SQL, fast at 500,000 visits.

The list works like the client list: `history_ids` returns the ordered ids that match the filter (one
indexed query), `fetch_history_rows` fills the columns of a block of them when the view paints it, and
`history_totals` sums the whole filter without loading it.

Payments are shown net per method: a corrected visit keeps its reversed payments in the ledger of
payments, and they cancel out. A void reverses every payment too; so that a voided visit still shows
how it had been paid, the reversals the void itself wrote (paid at the moment of the void) are left out
of its row, while the totals keep them (a void visit moves no money).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import Database

from salon import access
from salon.clients.search_keys import query_terms
from salon.dates import as_datetime
from salon.errors import ValidationError
from salon.payments import PAYMENT_METHODS
from salon.store.models import database_proxy
from salon.words import translate

# A "payment method" of the filter that is not money: services paid by a count or period card.
PACKAGE_DEDUCTION = "package"
FILTER_PAYMENT_METHODS = (*PAYMENT_METHODS, PACKAGE_DEDUCTION)

# Sortable columns and the SQL that orders them; ties fall back to the newest visit first.
SORT_COLUMNS = {
    "visited_at": "v.visited_at",
    "client": "c.name_pinyin",
    "total": "v.total_fen",
    "status": "v.status",
}

_AFTER_PREFIX = "\U0010ffff"  # sorts after every key starting with the prefix
_CHUNK = 500  # ids per IN (...) list, far below SQLite's limit on bound parameters


# Quick date ranges of the history tab.
PRESETS = ("today", "week", "month", "last_month")


def preset_range(preset: str, today: date) -> tuple[date, date]:
    """First and last day of 今天 / 本周 (Monday to Sunday) / 本月 / 上月, as seen on `today`."""
    if preset == "today":
        return today, today
    if preset == "week":
        monday = today - timedelta(days=today.weekday())
        return monday, monday + timedelta(days=6)
    first = today.replace(day=1)
    if preset == "month":
        next_month = (first + timedelta(days=31)).replace(day=1)
        return first, next_month - timedelta(days=1)
    if preset == "last_month":
        last_day = first - timedelta(days=1)
        return last_day.replace(day=1), last_day
    raise ValueError(f"unknown date range preset {preset!r}")


@dataclass(frozen=True)
class HistoryFilter:
    date_from: date | None = None  # first day, inclusive
    date_to: date | None = None  # last day, inclusive
    therapist_id: int | None = None  # any therapist of the visit (visit_therapist)
    service_id: int | None = None
    payment_method: str | None = None  # one of FILTER_PAYMENT_METHODS
    text: str = ""  # client name, pinyin, initials or phone digits, as in the client search box
    include_void: bool = False


@dataclass(frozen=True)
class HistoryRow:
    id: int
    visited_at: datetime
    client_id: int
    client_name: str
    client_phone: str
    items: tuple[str, ...]  # line names in order, '补水面膜 ×2' when more than one
    therapists: tuple[str, ...]
    total_fen: int
    payments: tuple[tuple[str, int], ...]  # (method, net fen) in the order first paid, stored value included
    deductions: tuple[tuple[str, int], ...]  # (card name, sessions) taken from count and period cards
    status: str  # 'done' or 'void'
    void_reason: str


@dataclass(frozen=True)
class HistoryTotals:
    visits: int  # rows in the list, voided ones included when the filter shows them
    void_visits: int
    total_fen: int  # sum of the visit totals, voided visits left out
    payments: dict[str, int]  # net fen received per method, in PAYMENT_METHODS order, zero methods left out
    deducted_sessions: int  # sessions taken from cards by the visits that stand

    @property
    def received_fen(self) -> int:
        """Money taken at the counter (stored value is money received earlier, when the card was sold)."""
        return sum(amount for method, amount in self.payments.items() if method != "stored_value")


# Beyond this many days a therapist, service or card filter drives the query from its own index
# (a therapist's visits of all time) rather than from the dates (every visit of the range).
LONG_RANGE_DAYS = 92


def _is_long_range(spec: HistoryFilter) -> bool:
    if spec.date_from is None:
        return True
    return ((spec.date_to or date.today()) - spec.date_from).days > LONG_RANGE_DAYS


def _where(spec: HistoryFilter) -> tuple[list[str], list[object]]:
    """The WHERE terms on `visit v` for a filter.

    Over a few weeks the date index drives the query and therapist, service and card deductions are
    checked per visit with one probe of their (visit_id, ...) index each; over a long range or no range
    at all, those filters drive it instead, through their (staff_id / service_id, visit_id) indexes, so
    that a therapist's 90,000 visits are not found by reading 500,000.
    """
    where: list[str] = []
    params: list[object] = []
    if not spec.include_void:
        where.append("v.status = 'done'")
    if spec.date_from is not None:
        where.append("v.visited_at >= ?")
        params.append(spec.date_from.isoformat())
    if spec.date_to is not None:
        # Stored as 'YYYY-MM-DD HH:MM:SS': everything before the next day's date string.
        where.append("v.visited_at < ?")
        params.append((spec.date_to + timedelta(days=1)).isoformat())
    long_range = _is_long_range(spec)
    if spec.therapist_id is not None:
        where.append("v.id IN (SELECT visit_id FROM visit_therapist WHERE staff_id = ?)" if long_range else
                     "EXISTS (SELECT 1 FROM visit_therapist vt WHERE vt.visit_id = v.id AND vt.staff_id = ?)")
        params.append(spec.therapist_id)
    if spec.service_id is not None:
        where.append("v.id IN (SELECT visit_id FROM visit_item WHERE service_id = ?)" if long_range else
                     "EXISTS (SELECT 1 FROM visit_item si WHERE si.service_id = ? AND si.visit_id = v.id)")
        params.append(spec.service_id)
    method = spec.payment_method
    if method:
        if method not in FILTER_PAYMENT_METHODS:
            raise ValidationError("payment_method_invalid", translate("errors", "付款方式无效。"),
                                  field="payment_method")
        if method == PACKAGE_DEDUCTION:
            where.append(
                "v.id IN (SELECT visit_id FROM visit_item WHERE package_id IS NOT NULL)" if long_range else
                "EXISTS (SELECT 1 FROM visit_item di WHERE di.visit_id = v.id AND di.package_id IS NOT NULL)")
        else:
            # Net of corrections (index-only on payment_visit); a void visit counts with what it had been
            # paid by before the void reversed it.
            net = "(SELECT sum(p.amount_fen) FROM payment p WHERE p.visit_id = v.id AND p.method = ?)"
            if spec.include_void:
                where.append(
                    f"CASE WHEN v.status = 'done' THEN {net} ELSE (SELECT sum(p.amount_fen) FROM payment p"
                    " WHERE p.visit_id = v.id AND p.method = ? AND (p.reverses_id IS NULL OR p.paid_at < v.voided_at))"
                    " END > 0")
                params += [method, method]
            else:
                where.append(f"{net} > 0")
                params.append(method)
    for term in query_terms(spec.text):
        where.append("v.client_id IN (SELECT client_id FROM client_search_key WHERE key >= ? AND key < ?)")
        params += [term, term + _AFTER_PREFIX]
    own = access.visible_client_filter()
    if own is not None:  # a signed-in therapist sees the history of her own clients only
        where.append("v.client_id IN (SELECT id FROM client WHERE therapist_id = ?)")
        params.append(own)
    return where, params


def _where_sql(where: list[str]) -> str:
    return " WHERE " + " AND ".join(where) if where else ""


def history_ids(spec: HistoryFilter, order_by: str = "visited_at", descending: bool = True,
                limit: int | None = None, *, database: Database | None = None) -> list[int]:
    """Ids of the visits matching the filter, in list order (newest first by default)."""
    database = database or database_proxy
    if order_by not in SORT_COLUMNS:
        raise ValueError(f"cannot sort the history by {order_by!r}")
    where, params = _where(spec)
    direction = "DESC" if descending else "ASC"
    # Date order follows the (partial) date index row for row; other orders break ties newest first.
    order_sql = (f"v.visited_at {direction}, v.id {direction}" if order_by == "visited_at"
                 else f"{SORT_COLUMNS[order_by]} {direction}, v.visited_at DESC, v.id DESC")
    join = " JOIN client c ON c.id = v.client_id" if order_by == "client" else ""
    sql = (f"SELECT v.id FROM visit v{join}{_where_sql(where)} ORDER BY {order_sql}"
           + (f" LIMIT {int(limit)}" if limit else ""))
    return [row[0] for row in database.execute_sql(sql, params)]


def fetch_history_rows(ids: Sequence[int], *, database: Database | None = None) -> dict[int, HistoryRow]:
    """The list columns of the given visits, by id (five indexed queries per 500 ids); a signed-in therapist's
    clients' only."""
    database = database or database_proxy
    rows: dict[int, HistoryRow] = {}
    own = access.visible_client_filter()
    if own is not None:
        ids = [row[0] for row in database.execute_sql(
            "SELECT v.id FROM visit v JOIN client c ON c.id = v.client_id WHERE c.therapist_id = ?"
            " AND v.id IN (SELECT value FROM json_each(?))", (own, json.dumps(list(ids))))]
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start:start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        items: dict[int, list[str]] = {}
        for visit_id, name, quantity in database.execute_sql(
                f"SELECT visit_id, name, quantity FROM visit_item WHERE visit_id IN ({marks})"
                " ORDER BY visit_id, position", chunk):
            items.setdefault(visit_id, []).append(name if quantity == 1 else f"{name} ×{quantity}")
        therapists: dict[int, list[str]] = {}
        for visit_id, name in database.execute_sql(
                "SELECT vt.visit_id, s.name FROM visit_therapist vt JOIN staff s ON s.id = vt.staff_id"
                f" WHERE vt.visit_id IN ({marks}) ORDER BY vt.visit_id, s.id", chunk):
            therapists.setdefault(visit_id, []).append(name)
        payments: dict[int, list[tuple[str, int]]] = {}
        for visit_id, method, amount in database.execute_sql(
                "SELECT p.visit_id, p.method, sum(p.amount_fen) FROM payment p JOIN visit v ON v.id = p.visit_id"
                f" WHERE p.visit_id IN ({marks})"
                " AND (p.reverses_id IS NULL OR v.voided_at IS NULL OR p.paid_at < v.voided_at)"
                " GROUP BY p.visit_id, p.method ORDER BY p.visit_id, min(p.id)", chunk):
            if amount:
                payments.setdefault(visit_id, []).append((method, amount))
        deductions: dict[int, list[tuple[str, int]]] = {}
        for visit_id, name, sessions in database.execute_sql(
                "SELECT i.visit_id, cp.name, sum(i.quantity) FROM visit_item i"
                " JOIN client_package cp ON cp.id = i.package_id"
                f" WHERE i.visit_id IN ({marks}) AND i.package_id IS NOT NULL"
                " GROUP BY i.visit_id, i.package_id ORDER BY i.visit_id, min(i.position)", chunk):
            deductions.setdefault(visit_id, []).append((name, sessions))
        for visit_id, visited_at, client_id, name, phone, total, status, void_reason in database.execute_sql(
                "SELECT v.id, v.visited_at, v.client_id, c.name, c.phone, v.total_fen, v.status, v.void_reason"
                f" FROM visit v JOIN client c ON c.id = v.client_id WHERE v.id IN ({marks})", chunk):
            rows[visit_id] = HistoryRow(
                visit_id, as_datetime(visited_at), client_id, name, phone, tuple(items.get(visit_id, ())),
                tuple(therapists.get(visit_id, ())), total, tuple(payments.get(visit_id, ())),
                tuple(deductions.get(visit_id, ())), status, void_reason)
    return rows


def history_totals(spec: HistoryFilter, *, database: Database | None = None) -> HistoryTotals:
    """Count and sums of everything the filter lists, computed by SQLite (three index-driven queries)."""
    access.require(access.MONEY_TOTALS)
    database = database or database_proxy
    where, params = _where(spec)
    where_sql = _where_sql(where)
    visits, void_visits, total = database.execute_sql(
        "SELECT count(*), coalesce(sum(v.status = 'void'), 0),"
        f" coalesce(sum(CASE WHEN v.status = 'done' THEN v.total_fen END), 0) FROM visit v{where_sql}",
        params).fetchone()
    # A void reversed every payment of its visit: voided visits add nothing here, listed or not.
    by_method = dict(database.execute_sql(
        f"SELECT p.method, sum(p.amount_fen) FROM visit v JOIN payment p ON p.visit_id = v.id{where_sql}"
        " GROUP BY p.method", params).fetchall())
    done_sql = where_sql if not spec.include_void else _where_sql([*where, "v.status = 'done'"])
    sessions = database.execute_sql(
        "SELECT coalesce(sum(i.quantity), 0) FROM visit v"
        f" JOIN visit_item i ON i.visit_id = v.id AND i.package_id IS NOT NULL{done_sql}", params).fetchone()[0]
    return HistoryTotals(visits, void_visits, total,
                         {method: by_method[method] for method in PAYMENT_METHODS if by_method.get(method)},
                         sessions)


__all__ = [
    "FILTER_PAYMENT_METHODS", "LONG_RANGE_DAYS", "PACKAGE_DEDUCTION", "PRESETS", "SORT_COLUMNS", "HistoryFilter",
    "HistoryRow", "HistoryTotals", "fetch_history_rows", "history_ids", "history_totals", "preset_range",
]
