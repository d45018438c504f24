"""A client's history as one timeline: her visits and what happened to her cards, newest first.

A visit's figures come from the same query as the salon's history list (`fetch_history_rows`), so what was
charged, what was paid and how, and what cards covered read the same in both and on the receipt.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from salon import access
from salon.dates import as_datetime
from salon.money import format_fen
from salon.reminders.actions import channel_word
from salon.store.models import database_proxy
from salon.visits.history import fetch_history_rows
from salon.words import QT_TRANSLATE_NOOP, clauses, fill, listing, separated, translate, with_note, word


@dataclass(frozen=True)
class TimelineEntry:
    """One event in a client's history: a visit, or something that happened to one of her packages."""

    when: datetime
    # 'visit', a ledger kind ('sale', 'top_up', 'refund', 'adjustment', 'expiry'), 'reactivation' (an
    # adjustment that gives an expiry back) or 'contact' (a call or message the salon made)
    kind: str
    visit_id: int | None
    package_id: int | None
    title: str  # service and product names, or the package name
    charged_fen: int  # a visit: what its lines came to (lines a card covered at their price); 0 for card events
    paid: tuple[tuple[str, int], ...]  # money and how: a visit's payments (stored value too), a sale's or refund's
    covered: tuple[tuple[str, int], ...]  # a visit: (card name, sessions) the cards covered
    therapists: str
    change: str  # a card event: what it did to the card ('+12 次', '-1,200.00 元')
    reason: str  # a card event's reason (refund, adjustment by hand, expiry)
    status: str  # a visit: 'done' or 'void'; '' for card events
    corrected_at: datetime | None = None  # a visit's latest correction

    @property
    def paid_fen(self) -> int:
        return sum(amount for _method, amount in self.paid)

    @property
    def card_sessions(self) -> int:
        return sum(sessions for _name, sessions in self.covered)


def _visit_entries(client_id: int, limit: int | None) -> list[TimelineEntry]:
    ids = [row[0] for row in database_proxy.execute_sql(
        "SELECT id FROM visit WHERE client_id = ? ORDER BY visited_at DESC, id DESC"
        + (f" LIMIT {int(limit)}" if limit else ""), (client_id,))]
    if not ids:
        return []
    rows = fetch_history_rows(ids)
    marks = ",".join("?" * len(ids))
    corrected = {visit_id: as_datetime(at) for visit_id, at in database_proxy.execute_sql(
        f"SELECT visit_id, max(created_at) FROM visit_revision WHERE action = 'edit' AND visit_id IN ({marks})"
        " GROUP BY visit_id", ids)}
    return [TimelineEntry(row.visited_at, "visit", row.id, None, listing(row.items), row.total_fen, row.payments,
                          row.deductions, listing(row.therapists), "", "", row.status, corrected.get(row.id))
            for row in (rows[visit_id] for visit_id in ids)]


def _card_entries(client_id: int, limit: int | None) -> list[TimelineEntry]:
    lines = database_proxy.execute_sql(
        "SELECT l.id, l.created_at,"
        " CASE WHEN l.kind = 'adjustment' AND l.reverses_id IS NOT NULL THEN 'reactivation' ELSE l.kind END,"
        " l.package_id, p.name, l.sessions_delta, l.principal_delta_fen + l.bonus_delta_fen, l.reason"
        " FROM package_ledger l JOIN client_package p ON p.id = l.package_id"
        " WHERE p.client_id = ? AND l.kind IN ('sale', 'top_up', 'refund', 'adjustment', 'expiry')"
        " ORDER BY l.created_at DESC, l.id DESC" + (f" LIMIT {int(limit)}" if limit else ""), (client_id,)).fetchall()
    paid: dict[int, list[tuple[str, int]]] = {}
    if lines:
        ids = [line[0] for line in lines]
        marks = ",".join("?" * len(ids))
        for ledger_id, method, amount in database_proxy.execute_sql(
                f"SELECT ledger_id, method, sum(amount_fen) FROM payment WHERE ledger_id IN ({marks})"
                " GROUP BY ledger_id, method ORDER BY ledger_id, min(id)", ids):
            paid.setdefault(ledger_id, []).append((method, amount))
    entries = []
    sessions_text, money_text = translate("timeline", "%1 次"), translate("timeline", "%1%2 元")
    for ledger_id, created_at, kind, package_id, name, sessions, money, reason in lines:
        change = []
        if sessions:
            change.append(fill(sessions_text, f"{sessions:+d}"))
        if money:
            change.append(fill(money_text, "+" if money > 0 else "-", format_fen(abs(money))))
        # The reason is shown as the ledger holds it: written in the language in use when the line was made.
        entries.append(TimelineEntry(as_datetime(created_at), kind, None, package_id, name, 0,
                                     tuple(paid.get(ledger_id, ())), (), "",
                                     clauses(change), reason, ""))
    return entries


CONTACT_WORDS = {
    "followup": QT_TRANSLATE_NOOP("timeline", "护理回访"),
    "complaint": QT_TRANSLATE_NOOP("timeline", "投诉回访"),
    "care": QT_TRANSLATE_NOOP("timeline", "关心问候"),
    "birthday": QT_TRANSLATE_NOOP("timeline", "生日问候"),
    "event": QT_TRANSLATE_NOOP("timeline", "纪念日问候"),
    "card": QT_TRANSLATE_NOOP("timeline", "卡项提醒"),
    "lapse": QT_TRANSLATE_NOOP("timeline", "流失回访"),
    "holiday": QT_TRANSLATE_NOOP("timeline", "节日问候"),
}


def _contact_entries(client_id: int, limit: int | None) -> list[TimelineEntry]:
    """Calls and messages the salon made (a reminder marked done), with a follow-up's result."""
    entries = []
    satisfaction = {1: translate("timeline", "满意"), 0: translate("timeline", "不满意")}
    booked_text, skin_text = translate("timeline", "已约下次"), translate("timeline", "皮肤：%1")
    for contacted_at, kind, channel, note, reaction, satisfied, booked, staff in database_proxy.execute_sql(
            "SELECT c.contacted_at, c.kind, c.channel, c.note, c.skin_reaction, c.satisfied, c.next_booked,"
            " coalesce(s.name, '') FROM contact c LEFT JOIN staff s ON s.id = c.staff_id WHERE c.client_id = ?"
            " ORDER BY c.contacted_at DESC, c.id DESC" + (f" LIMIT {int(limit)}" if limit else ""), (client_id,)):
        result = [fill(skin_text, reaction) if reaction else "", satisfaction.get(satisfied, ""),
                  booked_text if booked else ""]
        what = (word("timeline", CONTACT_WORDS[kind]) if kind in CONTACT_WORDS
                else translate("timeline", "联系"))
        entries.append(TimelineEntry(as_datetime(contacted_at), "contact", None, None,
                                     with_note(what, channel_word(channel)),
                                     0, (), (), staff, separated(part for part in result if part), note, ""))
    return entries


def client_timeline(client_id: int, limit: int | None = None) -> list[TimelineEntry]:
    """The client's visits, package events (sales, top-ups, refunds, adjustments, expiry) and the calls the salon
    made to her, newest first."""
    access.require_visible(client_id)
    entries = _visit_entries(client_id, limit) + _card_entries(client_id, limit) + _contact_entries(client_id, limit)
    entries.sort(key=lambda e: (e.when, e.visit_id or 0), reverse=True)
    return entries[:limit] if limit else entries
