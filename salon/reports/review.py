"""The owner's monthly review (报表): money in, consumption, clients, services and products, therapists and
prepaid cards for a period, as seed 002 part Ⅲ (客户管理分析的方法) asks, every figure in fen.

Money in (收款) and consumption (耗) are two figures, never mixed: money is counted when it is paid (a card sale
is money in and no consumption yet), consumption when the service is delivered (salon.reports.consumption).
A client's spend (消费额) is the money she paid in the period — so the clients' spends add up to the money in.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import timedelta

from salon import access
from salon.payments import MoneyFlow, money_flow
from salon.reports import consumption
from salon.reports.liability import Rollforward, rollforward
from salon.reports.period import Period
from salon.settings import SalonSettings, load_settings
from salon.staff import staff_names
from salon.store.models import database_proxy
from salon.words import QT_TRANSLATE_NOOP, word

CATEGORIES = ("annual", "monthly", "walk_in")
CATEGORY_WORDS = {"annual": QT_TRANSLATE_NOOP("review", "包年"), "monthly": QT_TRANSLATE_NOOP("review", "包月"),
                  "walk_in": QT_TRANSLATE_NOOP("review", "流动")}
MONTHLY_CARD_DAYS = 31  # a period card of at most this many days is a monthly card (月卡); longer ones 包年
FREQUENCIES = ("one_time", "occasional", "regular")
FREQUENCY_WORDS = {"one_time": QT_TRANSLATE_NOOP("review", "一次性客户"),
                   "occasional": QT_TRANSLATE_NOOP("review", "间或客户"),
                   "regular": QT_TRANSLATE_NOOP("review", "经常性客户")}
REGULAR_VISITS = 6  # visits in the twelve months to the period's end: 1 one-time, 2-5 occasional, 6+ regular
LAPSED_AFTER_DAYS = 90  # a client is lapsed once this many days have passed since her last visit


def category_word(category: str) -> str:
    """'包年', '包月' or '流动' in the chosen language."""
    return word("review", CATEGORY_WORDS[category])


def frequency_word(frequency: str) -> str:
    return word("review", FREQUENCY_WORDS[frequency])


REBOOK_DEFAULT_DAYS = 45  # a client without a rhythm of her own (fewer than three visits) counts as rebooked within


@dataclass
class ClientSpend:
    client_id: int
    name: str
    community: str
    spend_fen: int  # money she paid in the period
    year_fen: int  # ... and in the year to the period's end
    category: str = "walk_in"
    abc: str = "C"


@dataclass
class Ranked:
    """A service, product or card line in a ranking with its cumulative share (Pareto)."""

    kind: str
    item_id: int
    name: str
    quantity: int
    amount_fen: int
    share: float = 0.0
    cumulative: float = 0.0


@dataclass
class TherapistFigures:
    staff_id: int
    name: str
    visits: int
    clients: int
    consumed_fen: int  # revenue recognised on her lines
    commission_fen: int
    rebooked: int  # her visits followed by the client's next visit within the client's own rhythm
    rebook_base: int

    @property
    def rebooking_rate(self) -> float:
        return self.rebooked / self.rebook_base if self.rebook_base else 0.0


@dataclass
class Review:
    period: Period
    money: MoneyFlow
    consumed_fen: int
    prepaid_fen: int  # of which from cards and stored principal (耗卡)
    counter_fen: int  # of which paid at the counter (现结)
    bonus_fen: int  # stored-value bonus spent (not revenue)
    services: list[Ranked]
    products: list[Ranked]
    clients: list[ClientSpend]  # every client who paid something in the period, biggest first
    visitors: dict[str, frozenset[int]]  # client ids by FREQUENCIES, 'new', 'returning', 'lapsed'
    therapists: list[TherapistFigures]
    liability: Rollforward
    abc_thresholds: tuple[int, int] = (70, 90)
    category_counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # (clients, spend)

    @property
    def empty(self) -> bool:
        """Nothing happened and nothing was owed: no visit, no money in or out, no card open in the period."""
        return not (self.money.cells or self.consumed_fen or self.clients or self.liability.cards
                    or any(self.visitors.values()))

    @property
    def frequency(self) -> dict[str, int]:
        return {name: len(self.visitors[name]) for name in FREQUENCIES}

    @property
    def new_clients(self) -> int:
        return len(self.visitors["new"])

    @property
    def returning_clients(self) -> int:
        return len(self.visitors["returning"])

    @property
    def lapsed_clients(self) -> int:
        return len(self.visitors["lapsed"])

    @property
    def spend_fen(self) -> int:
        return sum(client.spend_fen for client in self.clients)

    def abc_totals(self) -> dict[str, tuple[int, int]]:
        found = {grade: (0, 0) for grade in "ABC"}
        for client in self.clients:
            count, spend = found[client.abc]
            found[client.abc] = (count + 1, spend + client.spend_fen)
        return found

    def communities(self) -> list[tuple[str, int, int]]:
        found: dict[str, tuple[int, int]] = {}
        for client in self.clients:
            count, spend = found.get(client.community, (0, 0))
            found[client.community] = (count + 1, spend + client.spend_fen)
        return sorted(((name, count, spend) for name, (count, spend) in found.items()), key=lambda row: -row[2])


def _spend_by_client(period: Period) -> dict[int, int]:
    """Money each client paid in the period: from the monthly sums (migration 12) for whole months, else from
    the payments themselves."""
    if period.start.day == 1 and period.after.day == 1:
        return {client_id: amount for client_id, amount in database_proxy.execute_sql(
            "SELECT client_id, sum(amount_fen) FROM client_month_spend WHERE month >= ? AND month < ?"
            " GROUP BY client_id", (period.start.isoformat()[:7], period.after.isoformat()[:7]))}
    start, after = period.bounds
    return dict(database_proxy.execute_sql(
        "SELECT client_id, sum(amount) FROM ("
        " SELECT v.client_id, p.amount_fen AS amount FROM payment p INDEXED BY payment_time"
        " JOIN visit v ON v.id = p.visit_id WHERE p.paid_at >= ? AND p.paid_at < ? AND p.method <> 'stored_value'"
        " UNION ALL SELECT c.client_id, p.amount_fen FROM payment p INDEXED BY payment_time"
        " JOIN package_ledger l ON l.id = p.ledger_id JOIN client_package c ON c.id = l.package_id"
        " WHERE p.paid_at >= ? AND p.paid_at < ?) GROUP BY client_id", (start, after, start, after)).fetchall())


def _categories(period: Period) -> dict[int, str]:
    """包年 or 包月 for each client who held a period card during the period (包年 wins); others are 流动."""
    start, after = period.bounds
    found: dict[int, str] = {}
    for client_id, days in database_proxy.execute_sql(
            "SELECT p.client_id, julianday(p.expires_on) - julianday(p.starts_on) + 1 FROM client_package p"
            " WHERE p.kind = 'period' AND p.sold_at < ? AND p.expires_on >= ?"
            " AND NOT EXISTS (SELECT 1 FROM package_ledger l WHERE l.package_id = p.id AND l.kind = 'refund'"
            "  AND l.created_at < ?)", (after, start, start)):
        category = "monthly" if days <= MONTHLY_CARD_DAYS else "annual"
        if found.get(client_id) != "annual":
            found[client_id] = category
    return found


def _grade(clients: list[ClientSpend], thresholds: tuple[int, int]) -> None:
    """ABC by cumulative spend: a client whose predecessors hold less than A% of the total is A, less than B%
    B, the rest C (so the client who crosses a boundary belongs to the class she completes)."""
    total = sum(client.spend_fen for client in clients if client.spend_fen > 0)
    before = 0
    for client in clients:
        if client.spend_fen <= 0 or not total:
            client.abc = "C"
            continue
        client.abc = ("A" if before * 100 < thresholds[0] * total else
                      "B" if before * 100 < thresholds[1] * total else "C")
        before += client.spend_fen


def _ranked(rows: list[tuple]) -> list[Ranked]:
    ranked = sorted((Ranked(kind, item_id, name, quantity, amount) for kind, item_id, name, quantity, amount in rows),
                    key=lambda row: (-row.amount_fen, row.name))
    total = sum(row.amount_fen for row in ranked)
    running = 0
    for row in ranked:
        running += row.amount_fen
        row.share = row.amount_fen / total if total else 0.0
        row.cumulative = running / total if total else 0.0
    return ranked


def _visit_flow(period: Period) -> dict[str, frozenset[int]]:
    """The clients of each visit class: one-time / occasional / regular by visits in the twelve months to the
    period's end; new (first visit ever in the period), returning, and lapsed (her last visit fell 90 days before
    a day of the period, and she has not come since)."""
    start, after = period.bounds
    year_ago = (period.end - timedelta(days=365)).isoformat()
    groups: dict[str, set[int]] = {name: set() for name in (*FREQUENCIES, "new", "returning", "lapsed")}
    for client_id, visits in database_proxy.execute_sql(
            "SELECT client_id, count(*) FROM visit INDEXED BY visit_done_day_client WHERE status = 'done'"
            " AND visited_at > ? AND visited_at < ? GROUP BY client_id", (year_ago, after)):
        groups["one_time" if visits == 1 else "regular" if visits >= REGULAR_VISITS else "occasional"].add(client_id)
    for client_id, before in database_proxy.execute_sql(
            "SELECT v.client_id, EXISTS (SELECT 1 FROM visit w INDEXED BY visit_client_done WHERE w.client_id ="
            " v.client_id AND w.status = 'done' AND w.visited_at < ?) FROM (SELECT DISTINCT client_id FROM visit"
            " INDEXED BY visit_done_day_client WHERE status = 'done' AND visited_at >= ? AND visited_at < ?) v",
            (start, start, after)):
        groups["returning" if before else "new"].add(client_id)
    quiet_from = (period.start - timedelta(days=LAPSED_AFTER_DAYS)).isoformat()
    quiet_until = (period.after - timedelta(days=LAPSED_AFTER_DAYS)).isoformat()
    groups["lapsed"].update(row[0] for row in database_proxy.execute_sql(
        "SELECT v.client_id FROM (SELECT DISTINCT client_id FROM visit INDEXED BY visit_done_day_client"
        " WHERE status = 'done' AND visited_at >= ? AND visited_at < ?) v WHERE NOT EXISTS (SELECT 1 FROM visit w"
        " INDEXED BY visit_client_done WHERE w.client_id = v.client_id AND w.status = 'done' AND w.visited_at >= ?"
        " AND w.visited_at < ?)", (quiet_from, quiet_until, quiet_until, after)))
    return {name: frozenset(ids) for name, ids in groups.items()}


def _therapists(period: Period, revenue: dict[int, tuple[int, int]]) -> list[TherapistFigures]:
    """Each therapist's visits and clients (from her lines), revenue and commission (`revenue`, from the one pass
    over the month's lines) and rebooking rate."""
    start, after = period.bounds
    names = staff_names()
    figures = {staff_id: TherapistFigures(staff_id, names.get(staff_id, ""), visits, clients,
                                          *revenue.get(staff_id, (0, 0)), 0, 0)
               for staff_id, visits, clients in database_proxy.execute_sql(
                   "SELECT i.therapist_id, count(DISTINCT v.id), count(DISTINCT v.client_id)"
                   " FROM visit v INDEXED BY visit_done_time JOIN visit_item i ON i.visit_id = v.id"
                   " WHERE v.status = 'done' AND v.visited_at >= ? AND v.visited_at < ? AND i.therapist_id IS NOT NULL"
                   " GROUP BY i.therapist_id", (start, after))}
    for staff_id, base, rebooked in database_proxy.execute_sql(
            "SELECT t.staff_id, count(*), sum(EXISTS (SELECT 1 FROM visit w INDEXED BY visit_client_done"
            "  WHERE w.client_id = v.client_id AND w.status = 'done' AND w.visited_at > v.visited_at"
            "  AND w.visited_at <= datetime(v.visited_at, '+' || coalesce(s.usual_days, ?) || ' days')))"
            " FROM visit v INDEXED BY visit_done_time JOIN visit_therapist t ON t.visit_id = v.id"
            " LEFT JOIN client_visit_stats s ON s.client_id = v.client_id"
            " WHERE v.status = 'done' AND v.visited_at >= ? AND v.visited_at < ? GROUP BY t.staff_id",
            (REBOOK_DEFAULT_DAYS, start, after)):
        row = figures.setdefault(staff_id, TherapistFigures(staff_id, names.get(staff_id, ""), 0, 0, 0, 0, 0, 0))
        row.rebook_base, row.rebooked = base, rebooked or 0
    return sorted(figures.values(), key=lambda row: (-row.consumed_fen, row.name))


def build_review(period: Period, settings: SalonSettings | None = None) -> Review:
    access.require(access.MONEY_TOTALS)
    settings = settings or load_settings()
    from salon.reminders.lapsing import refresh_visit_stats  # her rhythm, for the rebooking rate
    from salon.store.db import is_read_only

    if not is_read_only():  # a read-only file (`report` on a backup) is reviewed with the rhythms it holds
        refresh_visit_stats()
    # One pass over the period's lines (the costly part), summed by item and therapist; every total below is
    # added up from these groups, so items, therapists and the consumption total agree by construction.
    groups = consumption.item_groups(period)
    consumed = sum(group[5] or 0 for group in groups)
    prepaid = sum(group[6] or 0 for group in groups)
    counter = sum(group[7] or 0 for group in groups)
    bonus = sum(group[8] or 0 for group in groups)
    merged: dict[tuple[str, int], list] = {}
    revenue: dict[int, tuple[int, int]] = {}
    for kind, item_id, therapist_id, name, quantity, amount, _prepaid, _counter, _bonus, commission in groups:
        row = merged.setdefault((kind, item_id), [name, 0, 0])
        row[1] += quantity
        row[2] += amount or 0
        if therapist_id is not None:
            earned, paid = revenue.get(therapist_id, (0, 0))
            revenue[therapist_id] = (earned + (amount or 0), paid + (commission or 0))
    items = [(kind, item_id, name, quantity, amount) for (kind, item_id), (name, quantity, amount) in merged.items()]
    spend = _spend_by_client(period)
    year = _spend_by_client(period.year_to_date())
    people = {row[0]: row[1:] for row in database_proxy.execute_sql(
        "SELECT id, name, community FROM client WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(spend)),))}
    categories = _categories(period)
    clients = sorted((ClientSpend(client_id, *people.get(client_id, ("", "")), amount, year.get(client_id, 0),
                                  categories.get(client_id, "walk_in"))
                      for client_id, amount in spend.items() if amount),
                     key=lambda row: (-row.spend_fen, row.client_id))
    thresholds = (settings.abc_a_percent, settings.abc_b_percent)
    _grade(clients, thresholds)
    category_counts = {category: (0, 0) for category in CATEGORIES}
    for client in clients:
        count, amount = category_counts[client.category]
        category_counts[client.category] = (count + 1, amount + client.spend_fen)
    visitors = _visit_flow(period)
    return Review(
        period, money_flow(period.start, period.end), consumed, prepaid, counter, bonus,
        _ranked([row for row in items if row[0] == "service"]), _ranked([row for row in items if row[0] == "product"]),
        clients, visitors, _therapists(period, revenue), rollforward(period), thresholds,
        category_counts)


@dataclass(frozen=True)
class MonthFigures:
    period: Period
    received_fen: int  # money in
    consumed_fen: int  # consumption (revenue recognised)


def monthly_series(last: Period, months: int = 12) -> list[MonthFigures]:
    """Money in and consumption for each of the `months` months ending with `last`, oldest first (the review's
    bar chart): each month the same functions as the review, so the bars and the figures agree."""
    from salon.reports.period import month_of

    periods = []
    month = month_of(last.start)
    for _ in range(months):
        periods.append(month)
        month = month_of(month.start - timedelta(days=1))
    return [MonthFigures(period, money_flow(period.start, period.end).received_fen, consumption.totals(period)[1])
            for period in reversed(periods)]
