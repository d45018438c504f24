"""What was consumed in a period (耗), line by line, valued at what the client really paid.

A line paid at the counter counts at its price after discount, less its share of any stored-value bonus spent
on the visit (bonus money was never paid). A line taken from a count card counts at the card's price per
session as it stood at the visit (what was paid for it over the sessions granted, bonus sessions included), the
same figure commission uses. A line on an unlimited period card counts nothing here: such a card is earned
over its term, in the prepaid rollforward (salon.reports.liability).

For the accountant each line also carries how it was paid: stored-value principal (consumption of a prepaid
card: VAT due, no invoice — 国家税务总局公告2016年第53号) and counter money (现结: VAT due, invoiced). The
visit's stored-value payment and bonus are spread over its counter lines by cumulative rounding, so the lines
add up to the visit exactly.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from salon import access
from salon.reports.period import Period
from salon.store.models import database_proxy, write_transaction

# Common table expressions ending in `lines`: one row per line of the visits `v` (done ones), with the money
# split described above. Materialized, so that each line's card price is looked up once however many sums read it.
VISITS_IN_PERIOD = ("SELECT id, client_id, visited_at FROM visit INDEXED BY visit_done_time"
                    " WHERE status = 'done' AND visited_at >= :start AND visited_at < :after")
VISITS_BY_ID = ("SELECT id, client_id, visited_at FROM visit"
                " WHERE id IN (SELECT value FROM json_each(:ids)) AND status = 'done'")
_LINES_CTE = """
v AS MATERIALIZED ({visits}),
stored AS MATERIALIZED (
    SELECT l.visit_id, -sum(l.principal_delta_fen) + -sum(l.bonus_delta_fen) AS spent, -sum(l.bonus_delta_fen) AS bonus
    FROM v CROSS JOIN package_ledger l INDEXED BY package_ledger_visit ON l.visit_id = v.id
    CROSS JOIN client_package p ON p.id = l.package_id
    WHERE p.kind = 'stored_value' GROUP BY l.visit_id),
spread AS (
    SELECT i.id, i.visit_id, v.client_id, v.visited_at, i.kind, i.service_id, i.product_id, i.name, i.quantity,
        i.unit_price_fen, i.discount_fen, i.amount_fen, i.therapist_id, i.package_id, i.commission_fen,
        CASE WHEN i.package_id IS NULL THEN i.amount_fen ELSE 0 END AS counter,
        coalesce(s.spent, 0) AS spent, coalesce(s.bonus, 0) AS bonus,
        -- the visit's counter lines up to this one, and all of them: read only for a visit paid by stored value
        CASE WHEN s.spent IS NULL THEN 0 ELSE coalesce((SELECT sum(amount_fen) FROM visit_item j
            WHERE j.visit_id = i.visit_id AND j.position <= i.position AND j.package_id IS NULL), 0) END AS upto,
        CASE WHEN s.spent IS NULL THEN 0 ELSE coalesce((SELECT sum(amount_fen) FROM visit_item j
            WHERE j.visit_id = i.visit_id AND j.package_id IS NULL), 0) END AS visit_counter
    FROM v CROSS JOIN visit_item i ON i.visit_id = v.id LEFT JOIN stored s ON s.visit_id = v.id),
lines AS MATERIALIZED (
SELECT id, visit_id, client_id, visited_at, kind, service_id, product_id, name, quantity, unit_price_fen,
    discount_fen, amount_fen, therapist_id, package_id, commission_fen,
    -- cumulative rounding: the share of the lines up to this one, less the share of those before it
    CASE WHEN visit_counter > 0 THEN (2 * spent * upto + visit_counter) / (2 * visit_counter)
        - (2 * spent * (upto - counter) + visit_counter) / (2 * visit_counter) ELSE 0 END AS stored_fen,
    CASE WHEN visit_counter > 0 THEN (2 * bonus * upto + visit_counter) / (2 * visit_counter)
        - (2 * bonus * (upto - counter) + visit_counter) / (2 * visit_counter) ELSE 0 END AS bonus_fen,
    CASE WHEN package_id IS NULL THEN NULL ELSE coalesce((
        SELECT CASE WHEN sum(sessions_delta) > 0
            THEN (2 * sum(paid_fen) * spread.quantity + sum(sessions_delta)) / (2 * sum(sessions_delta)) ELSE 0 END
        FROM package_ledger INDEXED BY package_ledger_paid
        WHERE package_id = spread.package_id AND kind IN ('sale', 'top_up')
            AND created_at <= spread.visited_at), 0) END AS card_value_fen
FROM spread)
"""


def lines_cte(visits: str) -> str:
    return _LINES_CTE.replace("{visits}", visits)


LINES_CTE = lines_cte(VISITS_IN_PERIOD)  # the lines of the visits done in [:start, :after)


@dataclass(frozen=True)
class ConsumedLine:
    line_id: int
    visit_id: int
    client_id: int
    visited_at: str
    kind: str  # 'service' or 'product'
    item_id: int
    name: str
    quantity: int
    unit_price_fen: int
    discount_fen: int
    amount_fen: int  # price × quantity − discount (for a card line: what it would have cost)
    therapist_id: int | None
    package_id: int | None  # the count or period card it was taken from
    commission_fen: int
    stored_fen: int  # paid from stored value (principal and bonus)
    bonus_fen: int  # ... of which bonus money
    card_value_fen: int | None  # a card line: the sessions at the card's real price

    @property
    def consumed_fen(self) -> int:
        """What the salon earned with the line: its recognised revenue."""
        return self.card_value_fen if self.package_id is not None else self.amount_fen - self.bonus_fen

    @property
    def prepaid_fen(self) -> int:
        """Earned from money paid in advance (耗卡: VAT due, no invoice): card sessions and stored principal."""
        return self.card_value_fen if self.package_id is not None else self.stored_fen - self.bonus_fen

    @property
    def counter_fen(self) -> int:
        """Paid at the counter for this line (现结: VAT due, invoiced)."""
        return 0 if self.package_id is not None else self.amount_fen - self.stored_fen

    @property
    def visited_on(self) -> date:
        return date.fromisoformat(self.visited_at[:10])


REFRESH_CHUNK = 2000


def refresh_line_values() -> int:
    """Value again the lines of the visits marked stale (migration 15: a visit saved, corrected or voided, its
    stored value or its card's sales and top-ups changed) into `line_value`, whose triggers keep the month sums;
    returns how many visits. A day at the counter leaves a few dozen; an upgrade or a demo leaves them all."""
    stale = [row[0] for row in database_proxy.execute_sql("SELECT visit_id FROM line_value_stale ORDER BY visit_id")]
    for first in range(0, len(stale), REFRESH_CHUNK):
        chunk = json.dumps(stale[first:first + REFRESH_CHUNK])
        # IMMEDIATE: the lines read are the lines written over, whatever another till saves meanwhile.
        with write_transaction():
            database_proxy.execute_sql(
                "DELETE FROM line_value WHERE visit_id IN (SELECT value FROM json_each(?))", (chunk,))
            database_proxy.execute_sql(
                f"WITH {lines_cte(VISITS_BY_ID)} INSERT INTO line_value SELECT id, visit_id, client_id, visited_at,"
                " substr(visited_at, 1, 7), kind, coalesce(service_id, product_id), coalesce(therapist_id, 0),"
                f" quantity, {CONSUMED_SQL}, {PREPAID_SQL}, {COUNTER_SQL}, stored_fen, bonus_fen, card_value_fen,"
                " commission_fen FROM lines", {"ids": chunk})
            database_proxy.execute_sql(
                "DELETE FROM line_value_stale WHERE visit_id IN (SELECT value FROM json_each(?))", (chunk,))
    return len(stale)


def stored_values_current() -> bool:
    """Bring the stored line values up to date (a read-only file cannot: then they are computed afresh)."""
    from salon.store.db import is_read_only

    if not is_read_only():
        refresh_line_values()
        return True
    return database_proxy.execute_sql("SELECT NOT EXISTS (SELECT 1 FROM line_value_stale)").fetchone()[0] == 1


def _whole_months(period: Period) -> tuple[str, str] | None:
    if period.start.day == 1 and period.after.day == 1:
        return period.start.isoformat()[:7], period.after.isoformat()[:7]
    return None


def consumed_lines(period: Period) -> Iterator[ConsumedLine]:
    """Every line of the visits done in the period, in visit order."""
    start, after = period.bounds
    if stored_values_current():
        rows = database_proxy.execute_sql(
            "SELECT lv.item_id, lv.visit_id, lv.client_id, lv.visited_at, lv.kind, i.service_id, i.product_id, i.name,"
            " lv.quantity, i.unit_price_fen, i.discount_fen, i.amount_fen, i.therapist_id, i.package_id,"
            " lv.commission_fen, lv.stored_fen, lv.bonus_fen, lv.card_value_fen"
            " FROM line_value lv INDEXED BY line_value_time CROSS JOIN visit_item i ON i.id = lv.item_id"
            " WHERE lv.visited_at >= ? AND lv.visited_at < ? ORDER BY lv.visited_at, lv.visit_id, lv.item_id",
            (start, after))
    else:
        rows = database_proxy.execute_sql(f"WITH {LINES_CTE} SELECT * FROM lines ORDER BY visited_at, visit_id, id",
                                          {"start": start, "after": after})
    for row in rows:
        (line_id, visit_id, client_id, visited_at, kind, service_id, product_id, name, quantity, unit, discount,
         amount, therapist_id, package_id, commission, stored, bonus, card_value) = row
        yield ConsumedLine(line_id, visit_id, client_id, visited_at, kind, service_id or product_id, name,
                           quantity, unit, discount, amount, therapist_id, package_id, commission, stored, bonus,
                           card_value)


# The recognised revenue of a line and how it was paid, in SQL over the columns of `lines`.
CONSUMED_SQL = "CASE WHEN package_id IS NULL THEN amount_fen - bonus_fen ELSE card_value_fen END"
PREPAID_SQL = "CASE WHEN package_id IS NULL THEN stored_fen - bonus_fen ELSE card_value_fen END"
COUNTER_SQL = "CASE WHEN package_id IS NULL THEN amount_fen - stored_fen ELSE 0 END"


_GROUP_VALUES = ("sum(quantity) AS q, sum(consumed_fen) AS c, sum(prepaid_fen) AS pp, sum(counter_fen) AS cc,"
                 " sum(bonus_fen) AS b, sum(commission_fen) AS cm")


def item_groups(period: Period) -> list[tuple]:
    """(kind, service or product id, therapist id or None, name, quantity, consumed, prepaid, counter, bonus,
    commission) summed per item and therapist over the period's lines: the review's one read of them. Whole
    months come from the month sums, other periods from the stored lines."""
    if not stored_values_current():
        start, after = period.bounds
        return database_proxy.execute_sql(
            f"WITH {LINES_CTE} SELECT kind, coalesce(service_id, product_id), therapist_id, min(name),"
            f" sum(quantity), sum({CONSUMED_SQL}), sum({PREPAID_SQL}), sum({COUNTER_SQL}), sum(bonus_fen),"
            " sum(commission_fen) FROM lines GROUP BY 1, 2, 3", {"start": start, "after": after}).fetchall()
    months = _whole_months(period)
    if months is not None:
        source, params = ("consumption_month WHERE month >= ? AND month < ?", months)
    else:
        source, params = ("line_value INDEXED BY line_value_time WHERE visited_at >= ? AND visited_at < ?",
                          period.bounds)
    return [(kind, item_id, therapist or None, name, *sums) for kind, item_id, therapist, name, *sums in
            database_proxy.execute_sql(
                "SELECT g.kind, g.item_key, g.therapist_key, coalesce(s.name, p.name, ''), g.q, g.c, g.pp, g.cc, g.b,"
                " g.cm FROM ("
                f" SELECT kind, item_key, therapist_key, {_GROUP_VALUES} FROM {source}"
                " GROUP BY kind, item_key, therapist_key) g"
                " LEFT JOIN service s ON g.kind = 'service' AND s.id = g.item_key"
                " LEFT JOIN product p ON g.kind = 'product' AND p.id = g.item_key", params).fetchall()]


def totals(period: Period) -> tuple[int, int, int, int, int]:
    """(lines, consumed, of which prepaid, of which counter, bonus spent) for the period."""
    access.require(access.MONEY_TOTALS)
    start, after = period.bounds
    if not stored_values_current():
        return tuple(value or 0 for value in database_proxy.execute_sql(
            f"WITH {LINES_CTE} SELECT count(*), sum({CONSUMED_SQL}), sum({PREPAID_SQL}), sum({COUNTER_SQL}),"
            " sum(bonus_fen) FROM lines", {"start": start, "after": after}).fetchone())
    months = _whole_months(period)
    if months is not None:
        row = database_proxy.execute_sql(
            "SELECT sum(lines), sum(consumed_fen), sum(prepaid_fen), sum(counter_fen), sum(bonus_fen)"
            " FROM consumption_month WHERE month >= ? AND month < ?", months).fetchone()
    else:
        row = database_proxy.execute_sql(
            "SELECT count(*), sum(consumed_fen), sum(prepaid_fen), sum(counter_fen), sum(bonus_fen)"
            " FROM line_value INDEXED BY line_value_time WHERE visited_at >= ? AND visited_at < ?",
            (start, after)).fetchone()
    return tuple(value or 0 for value in row)
