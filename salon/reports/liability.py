"""Prepaid liability (预收款): what the salon still owes its card holders, rolled forward over a period.

opening + sold + topped up − consumed − refunded − expired ± other (voids, corrections) = closing, per card and in
total, in money (stored-value bonus apart: it was never paid) and in sessions. Opening and closing are each the
card ledgers summed to that moment, so the rollforward and the ledgers agree by construction:

- a stored-value card owes its principal; its bonus is shown beside it;
- a count card (or a period card with a number of sessions) owes its sessions left at the card's price per
  session: what was paid for it over the sessions granted, up to that moment. Its movements are valued at the
  price of their own moment, and a top-up at another price or the rounding of a fen leaves a small difference,
  shown on its own line ("rounding and price changes") rather than hidden;
- an unlimited period card is earned evenly over its term: it owes the days left of what was paid, and what
  it earned in the period is what remains once sales, refunds and the closing are known.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from salon import access
from salon.money import share
from salon.reports.period import Period
from salon.store.models import database_proxy, write_transaction
from salon.words import QT_TRANSLATE_NOOP, word

CARD_KIND_WORDS = {"count": QT_TRANSLATE_NOOP("liability", "次卡"), "period": QT_TRANSLATE_NOOP("liability", "年/月卡"),
                   "stored_value": QT_TRANSLATE_NOOP("liability", "储值卡")}
MOVEMENTS = ("sold", "topped_up", "consumed", "refunded", "expired", "other", "rounding")
MOVEMENT_WORDS = {"opening": QT_TRANSLATE_NOOP("liability", "期初"), "sold": QT_TRANSLATE_NOOP("liability", "售卡"),
                  "topped_up": QT_TRANSLATE_NOOP("liability", "充值"),
                  "consumed": QT_TRANSLATE_NOOP("liability", "耗卡"),
                  "refunded": QT_TRANSLATE_NOOP("liability", "退卡"), "expired": QT_TRANSLATE_NOOP("liability", "过期"),
                  "other": QT_TRANSLATE_NOOP("liability", "撤销/调整"),
                  "rounding": QT_TRANSLATE_NOOP("liability", "单价变动与尾差"),
                  "closing": QT_TRANSLATE_NOOP("liability", "期末")}


def card_kind_word(kind: str) -> str:
    """'次卡', '年/月卡' or '储值卡' in the chosen language."""
    return word("liability", CARD_KIND_WORDS[kind])


def movement_word(movement: str) -> str:
    """A movement of the prepaid liability ('售卡', '耗卡'…) in the chosen language."""
    return word("liability", MOVEMENT_WORDS[movement])
_KIND_MOVEMENT = {"sale": "sold", "top_up": "topped_up", "use": "consumed", "refund": "refunded",
                  "expiry": "expired", "void": "other", "adjustment": "other"}
# Movements that reduce what is owed, shown as positive amounts taken away.
_OUTFLOWS = frozenset({"consumed", "refunded", "expired"})


@dataclass
class CardRoll:
    package_id: int
    client_id: int
    name: str
    kind: str  # 'count', 'period', 'stored_value'
    opening_fen: int = 0
    closing_fen: int = 0
    moves: dict[str, int] = field(default_factory=dict)  # by MOVEMENTS, outflows as positive amounts
    opening_bonus_fen: int = 0
    closing_bonus_fen: int = 0
    bonus_moves: dict[str, int] = field(default_factory=dict)
    opening_sessions: int | None = None  # None: a card without sessions
    closing_sessions: int | None = None
    session_moves: dict[str, int] = field(default_factory=dict)

    def move(self, name: str) -> int:
        return self.moves.get(name, 0)

    def balances(self) -> bool:
        """opening + inflows − outflows ± other + rounding = closing (always true; asserted by the tests)."""
        signed = sum(-amount if name in _OUTFLOWS else amount for name, amount in self.moves.items())
        return self.opening_fen + signed == self.closing_fen


class Rollforward:
    """The period's cards (`cards`) and their totals. A month kept in card_roll (migration 17) gives its totals
    summed in SQL when built, and its cards when first asked for (a drill-down, the workbook): tens of
    thousands of cards cost the review more than all its other figures."""

    def __init__(self, period: Period, cards: list[CardRoll] | None = None, *,
                 summary: dict | None = None, load: Callable[[], list[CardRoll]] | None = None) -> None:
        self.period = period
        self._cards = cards
        self._summary = summary
        self._load = load

    @property
    def cards(self) -> list[CardRoll]:
        if self._cards is None:
            self._cards = self._load() if self._load else []
        return self._cards

    def _summed(self, key: object) -> int | None:
        # Once the cards are read, every total comes from them: the workbook's rows and totals agree.
        return self._summary.get(key, 0) if self._cards is None and self._summary is not None else None

    def total(self, attribute: str) -> int:
        summed = self._summed(attribute)
        return summed if summed is not None else sum(getattr(card, attribute) for card in self.cards)

    def move(self, name: str) -> int:
        summed = self._summed(("moves", name))
        return summed if summed is not None else sum(card.move(name) for card in self.cards)

    def bonus_move(self, name: str) -> int:
        summed = self._summed(("bonus_moves", name))
        return summed if summed is not None else sum(card.bonus_moves.get(name, 0) for card in self.cards)

    def sessions(self, which: str) -> int:
        summed = self._summed(which)
        return summed if summed is not None else sum(getattr(card, which) or 0 for card in self.cards)

    def session_move(self, name: str) -> int:
        summed = self._summed(("session_moves", name))
        return summed if summed is not None else sum(card.session_moves.get(name, 0) for card in self.cards)

    def outstanding(self) -> list[CardRoll]:
        """The cards that still owe something at the end: sessions, money or bonus."""
        return [card for card in self.cards if card.closing_fen or card.closing_bonus_fen or card.closing_sessions]

    def outstanding_count(self) -> int:
        summed = self._summed("outstanding")
        return summed if summed is not None else len(self.outstanding())


def _balances_at(moment: str, ids: str | None = None) -> dict[int, tuple]:
    """Per card: (sessions, principal, bonus, paid for sessions, sessions granted, refunded) from its ledger lines
    before `moment`; only the cards in `ids` (a JSON list) when given.

    Read backwards from the card's running totals (kept by the ledger's trigger) less the lines since `moment`,
    so that a recent month reads its own lines rather than all of history; what was paid and granted comes from
    the small index of sales and top-ups."""
    only = "" if ids is None else " AND package_id IN (SELECT value FROM json_each(:ids))"
    since = ("package_ledger INDEXED BY package_ledger_time" if ids is None else "package_ledger")
    values = {"moment": moment, "ids": ids}
    balances: dict[int, list] = {}
    for package_id, sessions, principal, bonus in database_proxy.execute_sql(
            "SELECT id, coalesce(sessions_left, 0), principal_fen, bonus_fen FROM client_package"
            " WHERE sold_at < :moment" + only.replace("package_id", "id"), values):
        balances[package_id] = [sessions, principal, bonus, 0, 0, 0]
    for package_id, sessions, principal, bonus in database_proxy.execute_sql(
            "SELECT package_id, sum(sessions_delta), sum(principal_delta_fen), sum(bonus_delta_fen)"
            f" FROM {since} WHERE created_at >= :moment{only} GROUP BY package_id", values):
        row = balances.get(package_id)
        if row is not None:
            row[0] -= sessions
            row[1] -= principal
            row[2] -= bonus
    for package_id, paid, granted in database_proxy.execute_sql(
            "SELECT package_id, sum(paid_fen), sum(sessions_delta) FROM package_ledger INDEXED BY package_ledger_paid"
            f" WHERE kind IN ('sale', 'top_up') AND created_at < :moment{only} GROUP BY package_id", values):
        row = balances.get(package_id)
        if row is not None:
            row[3], row[4] = paid, granted
    for (package_id,) in database_proxy.execute_sql(
            "SELECT l.package_id FROM client_package p CROSS JOIN package_ledger l INDEXED BY package_ledger_package"
            " ON l.package_id = p.id WHERE p.status = 'refunded' AND l.kind = 'refund' AND l.created_at < :moment"
            + only.replace("package_id", "p.id"), values):
        if package_id in balances:
            balances[package_id][5] = 1
    return {package_id: tuple(row) for package_id, row in balances.items()}


def _days_left(on: date, starts_on: str, expires_on: str | None) -> tuple[int, int]:
    """(days of the term still to come on `on`, days in the term)."""
    if not expires_on:
        return 0, 0
    first, last = date.fromisoformat(starts_on[:10]), date.fromisoformat(expires_on[:10])
    term = (last - first).days + 1
    return max(0, min(term, (last - on).days + 1)), term


def _value(kind: str, sums: tuple | None, on: date, starts_on: str,
           expires_on: str | None) -> tuple[int, int, int | None]:
    """(money owed, bonus owed, sessions left) of a card from its ledger sums at a moment."""
    if sums is None:
        return 0, 0, None
    sessions, principal, bonus, paid, granted, refunded = sums
    if kind == "stored_value":
        return principal, bonus, None
    if granted > 0:
        return (share(paid, sessions, granted) if sessions > 0 else 0), 0, sessions
    if refunded:
        return 0, 0, None
    left, term = _days_left(on, starts_on, expires_on)
    return (share(paid, left, term) if term else 0), 0, None


def rollforward(period: Period) -> Rollforward:
    access.require(access.MONEY_TOTALS)
    month = _single_month(period)
    if month is not None and _kept_current(month):
        return Rollforward(period, summary=_kept_summary(month), load=lambda: _kept_cards(period, month))
    return Rollforward(period, _computed(period))


# The stored columns of a card's roll for a month (card_roll, migration 17): a movement absent from the card's
# moves is NULL, one that summed to nothing is 0, so that the card comes back exactly as it was computed.
_ROLL_COLUMNS = ("package_id", "client_id", "name", "kind", "opening_fen", "closing_fen", "opening_bonus_fen",
                 "closing_bonus_fen", "opening_sessions", "closing_sessions",
                 *(f"m_{name}" for name in MOVEMENTS), *(f"b_{name}" for name in MOVEMENTS),
                 *(f"s_{name}" for name in MOVEMENTS))
_RESET_AFTER = 20_000  # cards to roll again over all kept months beyond which they are dropped and started anew


def _single_month(period: Period) -> str | None:
    if period.start.day == 1 and period.end.month == period.start.month and period.after.day == 1 \
            and period.end.year == period.start.year:
        return period.start.isoformat()[:7]
    return None


def _month_period(month: str) -> Period:
    from salon.reports.period import month_of

    return month_of(date.fromisoformat(month + "-01"))


def _row(month: str, card: CardRoll) -> tuple:
    return (month, card.package_id, card.client_id, card.name, card.kind, card.opening_fen, card.closing_fen,
            card.opening_bonus_fen, card.closing_bonus_fen, card.opening_sessions, card.closing_sessions,
            *(card.moves.get(name) for name in MOVEMENTS), *(card.bonus_moves.get(name) for name in MOVEMENTS),
            *(card.session_moves.get(name) for name in MOVEMENTS))


def _store(month: str, cards: list[CardRoll]) -> None:
    marks = ", ".join("?" * (len(_ROLL_COLUMNS) + 1))
    database_proxy.cursor().executemany(f"INSERT INTO card_roll (month, {', '.join(_ROLL_COLUMNS)}) VALUES ({marks})",
                                        [_row(month, card) for card in cards])


def refresh_card_rolls(month: str | None = None) -> None:
    """Bring the kept months of card_roll up to date (the cards marked stale since, rolled forward again in each),
    and keep `month` too if it is not yet: its first review computes it from the ledgers, the next ones read it."""
    if database_proxy.execute_sql(
            "SELECT NOT EXISTS (SELECT 1 FROM card_roll_stale) AND (? IS NULL OR EXISTS (SELECT 1 FROM card_roll_month"
            " WHERE month = ?))", (month, month)).fetchone()[0]:
        return  # nothing to do: no write lock taken
    # IMMEDIATE: the ledgers read are those the stale marks are cleared for, whatever another till writes.
    with write_transaction():
        stale = database_proxy.execute_sql("SELECT package_id, from_month FROM card_roll_stale").fetchall()
        kept = [row[0] for row in database_proxy.execute_sql("SELECT month FROM card_roll_month ORDER BY month")]
        redone = {each: sorted(card for card, since in stale if since <= each) for each in kept}
        if sum(map(len, redone.values())) > _RESET_AFTER:  # a demo or an import: cheaper to start again
            database_proxy.execute_sql("DELETE FROM card_roll")
            database_proxy.execute_sql("DELETE FROM card_roll_month")
            kept = []
        else:
            for each, cards in redone.items():
                if cards:
                    ids = json.dumps(cards)
                    database_proxy.execute_sql("DELETE FROM card_roll WHERE month = ? AND package_id IN"
                                               " (SELECT value FROM json_each(?))", (each, ids))
                    _store(each, _computed(_month_period(each), ids))
        database_proxy.execute_sql("DELETE FROM card_roll_stale")
        if month is not None and month not in kept:
            _store(month, _computed(_month_period(month)))
            database_proxy.execute_sql("INSERT INTO card_roll_month (month) VALUES (?)", (month,))


def _kept_current(month: str) -> bool:
    """Whether card_roll holds `month` as the ledgers stand (kept up to date first unless the file is read-only)."""
    from salon.store.db import is_read_only

    if not is_read_only():
        refresh_card_rolls(month)
        return True
    return database_proxy.execute_sql(
        "SELECT EXISTS (SELECT 1 FROM card_roll_month WHERE month = ?) AND NOT EXISTS (SELECT 1 FROM card_roll_stale)",
        (month,)).fetchone()[0] == 1


def _kept_summary(month: str) -> dict:
    """The month's totals, kept beside its rows by triggers (card_roll_total, migration 18)."""
    names = ("opening_fen", "closing_fen", "opening_bonus_fen", "closing_bonus_fen", "opening_sessions",
             "closing_sessions", *(("moves", name) for name in MOVEMENTS),
             *(("bonus_moves", name) for name in MOVEMENTS), *(("session_moves", name) for name in MOVEMENTS),
             "outstanding")
    sums = database_proxy.execute_sql(
        f"SELECT {', '.join(_ROLL_COLUMNS[4:])}, outstanding FROM card_roll_total WHERE month = ?",
        (month,)).fetchone()
    return dict(zip(names, sums or (0,) * len(names), strict=True))


def _kept_cards(period: Period, month: str) -> list[CardRoll]:
    """The month's cards from card_roll, brought up to date first (or computed, if it cannot be)."""
    if not _kept_current(month):
        return _computed(period)
    first, bonus, sessions = 10, 10 + len(MOVEMENTS), 10 + 2 * len(MOVEMENTS)
    cards = []
    for row in database_proxy.execute_sql(
            f"SELECT {', '.join(_ROLL_COLUMNS)} FROM card_roll WHERE month = ? ORDER BY package_id", (month,)):
        cards.append(CardRoll(
            row[0], row[1], row[2], row[3], row[4], row[5],
            {name: value for name, value in zip(MOVEMENTS, row[first:bonus], strict=True) if value is not None},
            row[6], row[7],
            {name: value for name, value in zip(MOVEMENTS, row[bonus:sessions], strict=True) if value is not None},
            row[8], row[9],
            {name: value for name, value in zip(MOVEMENTS, row[sessions:], strict=True) if value is not None}))
    return cards


def _computed(period: Period, ids: str | None = None) -> list[CardRoll]:
    """The period's cards rolled forward from the ledgers (only those in `ids`, a JSON list, when given: each
    card's roll depends on its own row and ledger alone)."""
    start, after = period.bounds
    opening = _balances_at(start, ids)
    # The period's lines by card and kind, each session movement valued at its card's price per session at that
    # moment; the closing balances are the opening ones plus these (one read of the ledger, not two).
    lines = _period_lines(start, after, ids)
    closing = {package_id: list(sums) for package_id, sums in opening.items()}
    for package_id, kind, sessions, principal, bonus, paid, _valued, _day in lines:
        sums = closing.setdefault(package_id, [0, 0, 0, 0, 0, 0])
        sums[0] += sessions
        sums[1] += principal
        sums[2] += bonus
        if kind in ("sale", "top_up"):
            sums[3] += paid
            sums[4] += sessions
        if kind == "refund":
            sums[5] = 1
    closing = {package_id: tuple(sums) for package_id, sums in closing.items()}
    cards: dict[int, CardRoll] = {}
    # Only the cards that owe something at either end or moved: a busy salon's used-up and expired cards are
    # most of its cards, and would all roll forward from nothing to nothing.
    moved = {line[0] for line in lines}
    owing = {package_id for package_id, sums in opening.items() if sums[0] or sums[1] or sums[2]}
    info = {row[0]: row[1:] for row in database_proxy.execute_sql(
        "SELECT id, client_id, name, kind, starts_on, expires_on FROM client_package WHERE sold_at < ?"
        " AND (id IN (SELECT value FROM json_each(?)) OR (kind = 'period' AND expires_on >= ?))"
        + ("" if ids is None else " AND id IN (SELECT value FROM json_each(?))"),
        (after, json.dumps(sorted(moved | owing)), start, *(() if ids is None else (ids,))))}
    on_start, on_after = period.start, period.after
    for package_id, (client_id, name, kind, starts_on, expires_on) in info.items():
        card = CardRoll(package_id, client_id, name, kind)
        card.opening_fen, card.opening_bonus_fen, card.opening_sessions = _value(
            kind, opening.get(package_id), on_start, starts_on, expires_on)
        card.closing_fen, card.closing_bonus_fen, card.closing_sessions = _value(
            kind, closing.get(package_id), on_after, starts_on, expires_on)
        if (card.opening_sessions is None) != (card.closing_sessions is None):  # sold in the period, or emptied
            card.opening_sessions = card.opening_sessions or 0
            card.closing_sessions = card.closing_sessions or 0
        cards[package_id] = card
    for package_id, kind, sessions, principal, bonus, paid, valued, line_day in lines:
        card = cards.get(package_id)
        if card is None:
            continue
        move = _KIND_MOVEMENT[kind]
        sign = -1 if move in _OUTFLOWS else 1
        if card.kind == "stored_value":
            _add(card.moves, move, sign * principal)
            _add(card.bonus_moves, move, sign * bonus)
        else:
            if move in ("sold", "topped_up"):
                _add(card.moves, move, paid)
            elif card.opening_sessions is not None or card.closing_sessions is not None or valued is not None:
                _add(card.moves, move, sign * (valued or 0))
            elif move == "refunded":  # an unlimited period card: what its remaining days were worth
                info_row = info[package_id]
                paid_before = (opening.get(package_id) or (0, 0, 0, 0, 0, 0))[3] + card.move("sold")
                left, term = _days_left(date.fromisoformat(line_day[:10]), info_row[3], info_row[4])
                _add(card.moves, move, share(paid_before, left, term) if term else 0)
            if card.kind != "stored_value" and (card.opening_sessions is not None
                                                or card.closing_sessions is not None):
                _add(card.session_moves, move, sign * sessions)
    for card in cards.values():
        signed = sum(-amount if name in _OUTFLOWS else amount for name, amount in card.moves.items())
        gap = card.closing_fen - card.opening_fen - signed
        if card.kind == "period" and card.opening_sessions is None and card.closing_sessions is None:
            _add(card.moves, "consumed", -gap)  # earned over the term: what remains of the movements
        elif gap:
            _add(card.moves, "rounding", gap)
    kept = [card for card in cards.values() if card.opening_fen or card.closing_fen or card.moves
            or card.opening_bonus_fen or card.closing_bonus_fen or card.opening_sessions or card.closing_sessions]
    return sorted(kept, key=lambda card: card.package_id)


def _period_lines(start: str, after: str, ids: str | None = None) -> list[tuple]:
    """(card, kind, sessions, principal, bonus, paid, sessions valued in money or None, last moment) for each
    card and kind of ledger line in [start, after). A session is valued at what was paid for the card over the
    sessions granted up to the line's own moment, rounded half away from zero (salon.money.share)."""
    groups: dict[tuple[int, str], list] = {}
    moved: set[int] = set()
    rows = database_proxy.execute_sql(
        "SELECT package_id, kind, sessions_delta, principal_delta_fen, bonus_delta_fen, paid_fen, created_at"
        " FROM package_ledger INDEXED BY package_ledger_time WHERE created_at >= ? AND created_at < ?",
        (start, after)).fetchall() if ids is None else database_proxy.execute_sql(
        "SELECT package_id, kind, sessions_delta, principal_delta_fen, bonus_delta_fen, paid_fen, created_at"
        " FROM package_ledger WHERE package_id IN (SELECT value FROM json_each(?)) AND created_at >= ?"
        " AND created_at < ?", (ids, start, after)).fetchall()
    for package_id, _kind, sessions, *_rest in rows:
        if sessions:
            moved.add(package_id)
    # Each moved card's sales and top-ups in order, as running (moment, paid, granted): a price at any moment.
    prices: dict[int, tuple[list[str], list[tuple[int, int]]]] = {}
    for package_id, created_at, paid, granted in database_proxy.execute_sql(
            "SELECT package_id, created_at, paid_fen, sessions_delta FROM package_ledger INDEXED BY package_ledger_paid"
            " WHERE kind IN ('sale', 'top_up') AND package_id IN (SELECT value FROM json_each(?))"
            " ORDER BY package_id, created_at", (json.dumps(sorted(moved)),)):
        moments, running = prices.setdefault(package_id, ([], []))
        before = running[-1] if running else (0, 0)
        moments.append(created_at)
        running.append((before[0] + paid, before[1] + granted))
    for package_id, kind, sessions, principal, bonus, paid, created_at in rows:
        group = groups.setdefault((package_id, kind), [0, 0, 0, 0, None, created_at])
        group[0] += sessions
        group[1] += principal
        group[2] += bonus
        group[3] += paid
        group[5] = max(group[5], created_at)
        if sessions:
            moments, running = prices.get(package_id, ((), ()))
            at = bisect_right(moments, created_at)
            if at and running[at - 1][1] > 0:
                card_paid, granted = running[at - 1]
                value = share(card_paid, abs(sessions), granted)
                group[4] = (group[4] or 0) + (value if sessions > 0 else -value)
    return [(package_id, kind, *sums) for (package_id, kind), sums in groups.items()]


def _add(into: dict[str, int], name: str, amount: int) -> None:
    if amount:
        into[name] = into.get(name, 0) + amount
