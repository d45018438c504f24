"""A client's history as one timeline: her visits and what happened to her cards, newest first."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from salon.dates import as_datetime
from salon.money import format_fen
from salon.store.models import database_proxy


@dataclass(frozen=True)
class TimelineEntry:
    """One event in a client's history: a visit, or something that happened to one of her packages."""

    when: datetime
    # 'visit', a ledger kind ('sale', 'top_up', 'refund', 'adjustment', 'expiry'), or 'reactivation' (an
    # adjustment that gives an expiry back)
    kind: str
    visit_id: int | None
    package_id: int | None
    title: str  # service names, or the package name
    amount_fen: int  # visit total, or money paid (negative: paid back)
    detail: str  # therapists, or the change to the package
    status: str  # visit status ('done' / 'void'), '' for package events
    card_sessions: int = 0  # sessions of the visit paid by cards (its amount is then not money taken)


def client_timeline(client_id: int, limit: int | None = None) -> list[TimelineEntry]:
    """The client's visits and package events (sales, top-ups, refunds, adjustments, expiry), newest first."""
    entries: list[TimelineEntry] = []
    visit_sql = (
        "SELECT v.id, v.visited_at, v.status, v.total_fen,"
        " (SELECT group_concat(name, '、') FROM (SELECT name FROM visit_item WHERE visit_id = v.id ORDER BY position)),"
        " (SELECT group_concat(s.name, '、') FROM visit_therapist vt JOIN staff s ON s.id = vt.staff_id"
        "  WHERE vt.visit_id = v.id),"
        " (SELECT coalesce(sum(quantity), 0) FROM visit_item WHERE visit_id = v.id AND package_id IS NOT NULL)"
        " FROM visit v WHERE v.client_id = ? ORDER BY v.visited_at DESC, v.id DESC"
        + (f" LIMIT {int(limit)}" if limit else ""))
    for visit_id, visited_at, status, total, names, therapists, card_sessions in \
            database_proxy.execute_sql(visit_sql, (client_id,)):
        entries.append(TimelineEntry(as_datetime(visited_at), "visit", visit_id, None, names or "", total,
                                     therapists or "", status, card_sessions))
    ledger_sql = (
        "SELECT l.created_at,"
        " CASE WHEN l.kind = 'adjustment' AND l.reverses_id IS NOT NULL THEN 'reactivation' ELSE l.kind END,"
        " l.package_id, p.name, l.paid_fen, l.sessions_delta,"
        " l.principal_delta_fen + l.bonus_delta_fen, l.reason"
        " FROM package_ledger l JOIN client_package p ON p.id = l.package_id"
        " WHERE p.client_id = ? AND l.kind IN ('sale', 'top_up', 'refund', 'adjustment', 'expiry')"
        " ORDER BY l.created_at DESC, l.id DESC" + (f" LIMIT {int(limit)}" if limit else ""))
    for created_at, kind, package_id, name, paid, sessions, money, reason in \
            database_proxy.execute_sql(ledger_sql, (client_id,)):
        change = []
        if sessions:
            change.append(f"{sessions:+d} 次")
        if money:
            change.append(f"{'+' if money > 0 else '-'}{format_fen(abs(money))} 元")
        if reason:
            change.append(reason)
        entries.append(TimelineEntry(as_datetime(created_at), kind, None, package_id, name, paid, "，".join(change),
                                     ""))
    entries.sort(key=lambda e: (e.when, e.visit_id or 0), reverse=True)
    return entries[:limit] if limit else entries
