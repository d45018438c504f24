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
from dataclasses import dataclass, field
from datetime import date

from salon import access
from salon.money import share
from salon.reports.period import Period
from salon.store.models import database_proxy
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


@dataclass
class Rollforward:
    period: Period
    cards: list[CardRoll]

    def total(self, attribute: str) -> int:
        return sum(getattr(card, attribute) for card in self.cards)

    def move(self, name: str) -> int:
        return sum(card.move(name) for card in self.cards)

    def bonus_move(self, name: str) -> int:
        return sum(card.bonus_moves.get(name, 0) for card in self.cards)

    def sessions(self, which: str) -> int:
        return sum(getattr(card, which) or 0 for card in self.cards)

    def session_move(self, name: str) -> int:
        return sum(card.session_moves.get(name, 0) for card in self.cards)

    def outstanding(self) -> list[CardRoll]:
        """The cards that still owe something at the end: sessions, money or bonus."""
        return [card for card in self.cards if card.closing_fen or card.closing_bonus_fen or card.closing_sessions]


def _balances_at(moment: str) -> dict[int, tuple]:
    """Per card: (sessions, principal, bonus, paid for sessions, sessions granted, refunded) from its ledger lines
    before `moment`.

    Read backwards from the card's running totals (kept by the ledger's trigger) less the lines since `moment`,
    so that a recent month reads its own lines rather than all of history; what was paid and granted comes from
    the small index of sales and top-ups."""
    balances: dict[int, list] = {}
    for package_id, sessions, principal, bonus in database_proxy.execute_sql(
            "SELECT id, coalesce(sessions_left, 0), principal_fen, bonus_fen FROM client_package WHERE sold_at < ?",
            (moment,)):
        balances[package_id] = [sessions, principal, bonus, 0, 0, 0]
    for package_id, sessions, principal, bonus in database_proxy.execute_sql(
            "SELECT package_id, sum(sessions_delta), sum(principal_delta_fen), sum(bonus_delta_fen)"
            " FROM package_ledger INDEXED BY package_ledger_time WHERE created_at >= ? GROUP BY package_id", (moment,)):
        row = balances.get(package_id)
        if row is not None:
            row[0] -= sessions
            row[1] -= principal
            row[2] -= bonus
    for package_id, paid, granted in database_proxy.execute_sql(
            "SELECT package_id, sum(paid_fen), sum(sessions_delta) FROM package_ledger INDEXED BY package_ledger_paid"
            " WHERE kind IN ('sale', 'top_up') AND created_at < ? GROUP BY package_id", (moment,)):
        row = balances.get(package_id)
        if row is not None:
            row[3], row[4] = paid, granted
    for (package_id,) in database_proxy.execute_sql(
            "SELECT l.package_id FROM client_package p CROSS JOIN package_ledger l INDEXED BY package_ledger_package"
            " ON l.package_id = p.id WHERE p.status = 'refunded' AND l.kind = 'refund' AND l.created_at < ?",
            (moment,)):
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
    start, after = period.bounds
    opening = _balances_at(start)
    # The period's lines by card and kind, each session movement valued at its card's price per session at that
    # moment; the closing balances are the opening ones plus these (one read of the ledger, not two).
    lines = _period_lines(start, after)
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
        " AND (id IN (SELECT value FROM json_each(?)) OR (kind = 'period' AND expires_on >= ?))",
        (after, json.dumps(sorted(moved | owing)), start))}
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
    return Rollforward(period, sorted(kept, key=lambda card: card.package_id))


def _period_lines(start: str, after: str) -> list[tuple]:
    """(card, kind, sessions, principal, bonus, paid, sessions valued in money or None, last moment) for each
    card and kind of ledger line in [start, after). A session is valued at what was paid for the card over the
    sessions granted up to the line's own moment, rounded half away from zero (salon.money.share)."""
    groups: dict[tuple[int, str], list] = {}
    moved: set[int] = set()
    rows = database_proxy.execute_sql(
        "SELECT package_id, kind, sessions_delta, principal_delta_fen, bonus_delta_fen, paid_fen, created_at"
        " FROM package_ledger INDEXED BY package_ledger_time WHERE created_at >= ? AND created_at < ?",
        (start, after)).fetchall()
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
