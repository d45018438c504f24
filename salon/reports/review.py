"""The owner's monthly review (报表): money in, consumption, clients, services and products, therapists and
prepaid cards for a period, as seed 002 part Ⅲ (客户管理分析的方法) asks, every figure in fen.

Money in (收款) and consumption (耗) are two figures, never mixed: money is counted when it is paid (a card sale
is money in and no consumption yet), consumption when the service is delivered (salon.reports.consumption).
A client's spend (消费额) is the money she paid in the period — so the clients' spends add up to the money in.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from salon import access
from salon.payments import MoneyFlow, money_flow
from salon.reports import consumption
from salon.reports.liability import Rollforward, rollforward
from salon.reports.period import Period
from salon.settings import SalonSettings, load_settings
from salon.staff import staff_names
from salon.store.models import database_proxy, write_transaction
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


class Visitors(Mapping[str, frozenset[int]]):
    """The clients of each visit class (FREQUENCIES, 'new', 'returning', 'lapsed'): how many is known when the
    review is built, who they are is read when first asked for (a figure's drill-down), since a busy month's
    tens of thousands of ids would cost the review more than all its figures."""

    def __init__(self, counts: dict[str, int], load: Callable[[str], frozenset[int]]) -> None:
        self.counts = counts
        self._load = load
        self._sets: dict[str, frozenset[int]] = {}

    def __getitem__(self, name: str) -> frozenset[int]:
        if name not in self.counts:
            raise KeyError(name)
        if name not in self._sets:
            self._sets[name] = self._load(name)
        return self._sets[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.counts)

    def __len__(self) -> int:
        return len(self.counts)


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
    visitors: Visitors  # client ids by FREQUENCIES, 'new', 'returning', 'lapsed'
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
        return {name: self.visitors.counts[name] for name in FREQUENCIES}

    @property
    def new_clients(self) -> int:
        return self.visitors.counts["new"]

    @property
    def returning_clients(self) -> int:
        return self.visitors.counts["returning"]

    @property
    def lapsed_clients(self) -> int:
        return self.visitors.counts["lapsed"]

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


# Each done visit's previous and next moment among her done visits (visits at one moment are one step), and
# whether the next came within her rhythm: the rows of `visit_sequence` for the visits `v` of the clients given.
_SEQUENCE_ROWS = (
    "INSERT INTO visit_sequence (visit_id, client_id, visited_at, prev_at, next_at, lead, rebooked)"
    " SELECT q.id, q.client_id, q.visited_at, q.prev_at, q.next_at, q.lead,"
    "  coalesce(q.next_at <= datetime(q.visited_at, '+' || coalesce(s.usual_days, :default_days) || ' days'), 0)"
    " FROM (SELECT v.id, v.client_id, v.visited_at,"
    "  max(v.visited_at) OVER (PARTITION BY v.client_id ORDER BY v.visited_at GROUPS BETWEEN 1 PRECEDING"
    "   AND 1 PRECEDING) AS prev_at,"
    "  min(v.visited_at) OVER (PARTITION BY v.client_id ORDER BY v.visited_at GROUPS BETWEEN 1 FOLLOWING"
    "   AND 1 FOLLOWING) AS next_at,"
    "  row_number() OVER (PARTITION BY v.client_id, v.visited_at ORDER BY v.id) = 1 AS lead"
    "  FROM visit v WHERE v.status = 'done' AND v.client_id IN (SELECT value FROM json_each(:ids))) q"
    " LEFT JOIN client_visit_stats s ON s.client_id = q.client_id")
# Her done visits in the twelve months ending with each month (client_year_visits), for the clients given.
_YEAR_VISITS_ROWS = (
    "INSERT INTO client_year_visits (month, client_id, visits)"
    " SELECT strftime('%Y-%m', m || '-01', '+' || n.value || ' months'), client_id, sum(c) FROM ("
    "  SELECT client_id, substr(visited_at, 1, 7) AS m, count(*) AS c FROM visit INDEXED BY visit_client_done"
    "  WHERE client_id IN (SELECT value FROM json_each(?)) AND status = 'done' GROUP BY 1, 2)"
    " CROSS JOIN json_each('[0,1,2,3,4,5,6,7,8,9,10,11]') n GROUP BY 1, 2")
SEQUENCE_CHUNK = 2000


def refresh_visit_sequence() -> bool:
    """Rewrite `visit_sequence` and `client_year_visits` (migration 16) for the clients whose visits changed
    since, after their visit summaries (their rhythm); True when every client's rows are current. A client whose
    summary went stale again meanwhile (another till saved a visit of hers) stays marked, for the next time."""
    from salon.reminders.lapsing import refresh_visit_stats

    refresh_visit_stats()
    stale = [row[0] for row in database_proxy.execute_sql("SELECT client_id FROM visit_sequence_stale")]
    for first in range(0, len(stale), SEQUENCE_CHUNK):
        # IMMEDIATE: her visits and summary are read under the write lock, so none saved meanwhile is missed.
        with write_transaction():
            ids = json.dumps([client_id for (client_id,) in database_proxy.execute_sql(
                "SELECT value FROM json_each(?) WHERE value NOT IN (SELECT client_id FROM client_visit_stale)",
                (json.dumps(stale[first:first + SEQUENCE_CHUNK]),))])
            database_proxy.execute_sql(
                "DELETE FROM visit_sequence WHERE client_id IN (SELECT value FROM json_each(?))", (ids,))
            database_proxy.execute_sql(_SEQUENCE_ROWS, {"ids": ids, "default_days": REBOOK_DEFAULT_DAYS})
            database_proxy.execute_sql(
                "DELETE FROM client_year_visits WHERE client_id IN (SELECT value FROM json_each(?))", (ids,))
            database_proxy.execute_sql(_YEAR_VISITS_ROWS, (ids,))
            database_proxy.execute_sql(
                "DELETE FROM visit_sequence_stale WHERE client_id IN (SELECT value FROM json_each(?))", (ids,))
    return _sequence_current()


def _sequence_current() -> bool:
    return database_proxy.execute_sql(
        "SELECT NOT EXISTS (SELECT 1 FROM visit_sequence_stale)").fetchone()[0] == 1


def _frequency(visits: int) -> str:
    return "one_time" if visits == 1 else "regular" if visits >= REGULAR_VISITS else "occasional"


def _year_window(period: Period) -> tuple[str, str, str] | None:
    """(year_ago, first day of the twelve whole months ending with the period's month, that month) when the
    period ends on a month's last day: the visits counted are then the kept twelve months' (client_year_visits)
    and those after `year_ago` before the first of them — a day at most."""
    if period.after.day != 1:
        return None
    last = period.end.replace(day=1)
    first = date(last.year - (1 if last.month < 12 else 0), last.month % 12 + 1, 1)
    return (period.end - timedelta(days=365)).isoformat(), first.isoformat(), last.isoformat()[:7]


def _edge_visits(year_ago: str, first: str) -> dict[int, int]:
    return dict(database_proxy.execute_sql(
        "SELECT client_id, count(*) FROM visit INDEXED BY visit_done_day_client WHERE status = 'done'"
        " AND visited_at > ? AND visited_at < ? GROUP BY client_id", (year_ago, first)).fetchall())


def _kept_frequency_counts(window: tuple[str, str, str]) -> dict[str, int]:
    year_ago, first, month = window
    counts = dict.fromkeys(FREQUENCIES, 0)
    counts.update(database_proxy.execute_sql(
        "SELECT class, clients FROM visit_class_month WHERE month = ?", (month,)).fetchall())
    edge = _edge_visits(year_ago, first)
    if edge:  # the clients of that day move up a class (or into one)
        kept = dict(database_proxy.execute_sql(
            "SELECT y.client_id, y.visits FROM json_each(?) j CROSS JOIN client_year_visits y"
            " ON y.month = ? AND y.client_id = j.value", (json.dumps(sorted(edge)), month)).fetchall())
        for client_id, extra in edge.items():
            before = kept.get(client_id, 0)
            if before:
                counts[_frequency(before)] -= 1
            counts[_frequency(before + extra)] += 1
    return counts


def _frequency_sets(period: Period, kept: bool) -> dict[str, set[int]]:
    groups: dict[str, set[int]] = {name: set() for name in FREQUENCIES}
    window = _year_window(period) if kept else None
    if window is None:
        year_ago, after = (period.end - timedelta(days=365)).isoformat(), period.bounds[1]
        visits = _edge_visits(year_ago, after)
    else:
        year_ago, first, month = window
        visits = dict(database_proxy.execute_sql(
            "SELECT client_id, visits FROM client_year_visits WHERE month = ?", (month,)).fetchall())
        for client_id, extra in _edge_visits(year_ago, first).items():
            visits[client_id] = visits.get(client_id, 0) + extra
    for client_id, count in visits.items():
        groups[_frequency(count)].add(client_id)
    return groups


# New (her first visit ever in the period), returning, lapsed (her last visit fell 90 days before a day of the
# period and she has not come since): from each visit's neighbours (visit_sequence) or, when those are not
# current (a read-only file), a probe per client.
_KEPT_FLOW = {
    "new": "FROM visit_sequence INDEXED BY visit_sequence_time WHERE visited_at >= :start AND visited_at < :after"
           " AND prev_at IS NULL",
    "returning": "FROM visit_sequence INDEXED BY visit_sequence_time WHERE visited_at >= :start"
                 " AND visited_at < :after AND prev_at < :start",
    "lapsed": "FROM visit_sequence INDEXED BY visit_sequence_time WHERE visited_at >= :quiet_from"
              " AND visited_at < :quiet_until AND (next_at IS NULL OR next_at >= :after)",
}


def _flow_bounds(period: Period) -> dict[str, str]:
    start, after = period.bounds
    return {"start": start, "after": after,
            "quiet_from": (period.start - timedelta(days=LAPSED_AFTER_DAYS)).isoformat(),
            "quiet_until": (period.after - timedelta(days=LAPSED_AFTER_DAYS)).isoformat()}


def _flow_set(period: Period, name: str, kept: bool) -> frozenset[int]:
    bounds = _flow_bounds(period)
    if kept:
        return frozenset(row[0] for row in database_proxy.execute_sql(
            f"SELECT DISTINCT client_id {_KEPT_FLOW[name]}", bounds))
    if name == "lapsed":
        return frozenset(row[0] for row in database_proxy.execute_sql(
            "SELECT v.client_id FROM (SELECT DISTINCT client_id FROM visit INDEXED BY visit_done_day_client"
            " WHERE status = 'done' AND visited_at >= :quiet_from AND visited_at < :quiet_until) v WHERE NOT EXISTS"
            " (SELECT 1 FROM visit w INDEXED BY visit_client_done WHERE w.client_id = v.client_id"
            " AND w.status = 'done' AND w.visited_at >= :quiet_until AND w.visited_at < :after)", bounds))
    return frozenset(client_id for client_id, before in database_proxy.execute_sql(
        "SELECT v.client_id, EXISTS (SELECT 1 FROM visit w INDEXED BY visit_client_done WHERE w.client_id ="
        " v.client_id AND w.status = 'done' AND w.visited_at < :start) FROM (SELECT DISTINCT client_id FROM visit"
        " INDEXED BY visit_done_day_client WHERE status = 'done' AND visited_at >= :start AND visited_at < :after) v",
        bounds) if bool(before) == (name == "returning"))


def _visit_flow(period: Period, kept: bool) -> Visitors:
    """The clients of each visit class: one-time / occasional / regular by visits in the twelve months to the
    period's end; new (first visit ever in the period), returning, and lapsed (her last visit fell 90 days before
    a day of the period, and she has not come since). `kept`: visit_sequence is current."""
    frequency: dict[str, set[int]] | None = None

    def load(name: str) -> frozenset[int]:
        nonlocal frequency
        if name in FREQUENCIES:
            if frequency is None:
                frequency = _frequency_sets(period, kept)
            return frozenset(frequency[name])
        return _flow_set(period, name, kept)

    window = _year_window(period) if kept else None
    if window is not None:
        counts = _kept_frequency_counts(window)
    else:
        frequency = _frequency_sets(period, kept)
        counts = {name: len(frequency[name]) for name in FREQUENCIES}
    if kept:
        bounds = _flow_bounds(period)
        for name, source in _KEPT_FLOW.items():
            # One lead visit per client in each range (her first, or her last, visit group in it).
            counts[name] = database_proxy.execute_sql(f"SELECT count(*) {source} AND lead = 1", bounds).fetchone()[0]
        return Visitors(counts, load)
    sets = {name: _flow_set(period, name, kept) for name in _KEPT_FLOW}
    counts.update({name: len(ids) for name, ids in sets.items()})
    return Visitors(counts, lambda name: sets[name] if name in sets else load(name))


def _single_month(period: Period) -> bool:
    return period.start.day == 1 and period.after.day == 1 and period.start.replace(day=28) == period.end.replace(
        day=28)


def _whole_months(period: Period) -> tuple[str, str] | None:
    if period.start.day == 1 and period.after.day == 1:
        return period.start.isoformat()[:7], period.after.isoformat()[:7]
    return None


def _therapists(period: Period, revenue: dict[int, tuple[int, int]], lines_kept: bool,
                sequence_kept: bool) -> list[TherapistFigures]:
    """Each therapist's visits and clients (from her lines), revenue and commission (`revenue`, from the one pass
    over the month's lines) and rebooking rate: for whole months from the month sums kept by triggers
    (therapist_month_client on the stored line values, rebook_month on visit_sequence), else from the visits."""
    start, after = period.bounds
    names = staff_names()
    months = _whole_months(period)
    if months is not None and lines_kept and _single_month(period):
        counted = database_proxy.execute_sql(
            "SELECT therapist_key, visits, clients FROM therapist_month WHERE month = ? AND clients <> 0",
            months[:1])
    elif months is not None and lines_kept:
        counted = database_proxy.execute_sql(
            "SELECT therapist_key, sum(visits), count(DISTINCT client_id) FROM therapist_month_client"
            " WHERE month >= ? AND month < ? GROUP BY therapist_key", months)
    else:
        counted = database_proxy.execute_sql(
            "SELECT i.therapist_id, count(DISTINCT v.id), count(DISTINCT v.client_id)"
            " FROM visit v INDEXED BY visit_done_time JOIN visit_item i ON i.visit_id = v.id"
            " WHERE v.status = 'done' AND v.visited_at >= ? AND v.visited_at < ? AND i.therapist_id IS NOT NULL"
            " GROUP BY i.therapist_id", (start, after))
    figures = {staff_id: TherapistFigures(staff_id, names.get(staff_id, ""), visits, clients,
                                          *revenue.get(staff_id, (0, 0)), 0, 0)
               for staff_id, visits, clients in counted}
    if months is not None and sequence_kept:
        rebooking = database_proxy.execute_sql(
            "SELECT staff_id, sum(base), sum(rebooked) FROM rebook_month WHERE month >= ? AND month < ?"
            " GROUP BY staff_id HAVING sum(base) <> 0", months)
    else:
        rebooking = database_proxy.execute_sql(
            "SELECT t.staff_id, count(*), sum(EXISTS (SELECT 1 FROM visit w INDEXED BY visit_client_done"
            "  WHERE w.client_id = v.client_id AND w.status = 'done' AND w.visited_at > v.visited_at"
            "  AND w.visited_at <= datetime(v.visited_at, '+' || coalesce(s.usual_days, ?) || ' days')))"
            " FROM visit v INDEXED BY visit_done_time JOIN visit_therapist t ON t.visit_id = v.id"
            " LEFT JOIN client_visit_stats s ON s.client_id = v.client_id"
            " WHERE v.status = 'done' AND v.visited_at >= ? AND v.visited_at < ? GROUP BY t.staff_id",
            (REBOOK_DEFAULT_DAYS, start, after))
    for staff_id, base, rebooked in rebooking:
        row = figures.setdefault(staff_id, TherapistFigures(staff_id, names.get(staff_id, ""), 0, 0, 0, 0, 0, 0))
        row.rebook_base, row.rebooked = base, rebooked or 0
    return sorted(figures.values(), key=lambda row: (-row.consumed_fen, row.name))


def _clients(period: Period) -> list[tuple[int, str, str, int, int]]:
    """(client, name, community, spend in the period, spend in the year to its end) for every client whose spend
    in the period is not nil: a single month from its row of client_month_spend (the year to date kept beside
    it), other periods summed."""
    months = _whole_months(period)
    if months is not None and _single_month(period):
        return database_proxy.execute_sql(
            "SELECT s.client_id, CASE WHEN c.id IS NULL THEN '' ELSE c.name END,"
            " CASE WHEN c.id IS NULL THEN '' ELSE c.community END, s.amount_fen, s.ytd_fen"
            " FROM client_month_spend s LEFT JOIN client c ON c.id = s.client_id"
            " WHERE s.month = ? AND s.amount_fen <> 0", (months[0],)).fetchall()
    spend = _spend_by_client(period)
    year = _spend_by_client(period.year_to_date())
    people = {row[0]: row[1:] for row in database_proxy.execute_sql(
        "SELECT id, name, community FROM client WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(spend)),))}
    return [(client_id, *people.get(client_id, ("", "")), amount, year.get(client_id, 0))
            for client_id, amount in spend.items() if amount]


def build_review(period: Period, settings: SalonSettings | None = None) -> Review:
    access.require(access.MONEY_TOTALS)
    settings = settings or load_settings()
    from salon.store.db import is_read_only

    # A read-only file (`report` on a backup) is reviewed as it is: what it keeps is used where it is current.
    sequence_kept = _sequence_current() if is_read_only() else refresh_visit_sequence()
    lines_kept = consumption.stored_values_current()
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
    categories = _categories(period)
    clients = sorted((ClientSpend(client_id, name, community, amount, year,
                                  categories.get(client_id, "walk_in"))
                      for client_id, name, community, amount, year in _clients(period)),
                     key=lambda row: (-row.spend_fen, row.client_id))
    thresholds = (settings.abc_a_percent, settings.abc_b_percent)
    _grade(clients, thresholds)
    category_counts = {category: (0, 0) for category in CATEGORIES}
    for client in clients:
        count, amount = category_counts[client.category]
        category_counts[client.category] = (count + 1, amount + client.spend_fen)
    visitors = _visit_flow(period, sequence_kept)
    return Review(
        period, money_flow(period.start, period.end), consumed, prepaid, counter, bonus,
        _ranked([row for row in items if row[0] == "service"]), _ranked([row for row in items if row[0] == "product"]),
        clients, visitors, _therapists(period, revenue, lines_kept, sequence_kept), rollforward(period), thresholds,
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
