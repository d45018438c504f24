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

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from salon.reports.period import Period
from salon.store.models import database_proxy

# Common table expressions ending in `lines`: one row per line of a visit done in [:start, :after), with the
# money split described above. Materialized, so that each line's card price is looked up once however many sums
# read it.
LINES_CTE = """
v AS MATERIALIZED (
    SELECT id, client_id, visited_at FROM visit INDEXED BY visit_done_time
    WHERE status = 'done' AND visited_at >= :start AND visited_at < :after),
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


def consumed_lines(period: Period) -> Iterator[ConsumedLine]:
    """Every line of the visits done in the period, in visit order."""
    start, after = period.bounds
    for row in database_proxy.execute_sql(f"WITH {LINES_CTE} SELECT * FROM lines ORDER BY visited_at, visit_id, id",
                                          {"start": start, "after": after}):
        (line_id, visit_id, client_id, visited_at, kind, service_id, product_id, name, quantity, unit, discount,
         amount, therapist_id, package_id, commission, stored, bonus, card_value) = row
        yield ConsumedLine(line_id, visit_id, client_id, visited_at, kind, service_id or product_id, name,
                           quantity, unit, discount, amount, therapist_id, package_id, commission, stored, bonus,
                           card_value)


# The recognised revenue of a line and how it was paid, in SQL over the columns of `lines`.
CONSUMED_SQL = "CASE WHEN package_id IS NULL THEN amount_fen - bonus_fen ELSE card_value_fen END"
PREPAID_SQL = "CASE WHEN package_id IS NULL THEN stored_fen - bonus_fen ELSE card_value_fen END"
COUNTER_SQL = "CASE WHEN package_id IS NULL THEN amount_fen - stored_fen ELSE 0 END"


def grouped(period: Period, keys: str, values: str, having: str = "") -> list[tuple]:
    """`SELECT keys, values FROM (the period's lines) GROUP BY keys`: the review's sums, in SQL."""
    start, after = period.bounds
    return database_proxy.execute_sql(
        f"WITH {LINES_CTE} SELECT {keys}, {values} FROM lines GROUP BY {keys} {having}",
        {"start": start, "after": after}
    ).fetchall()


def totals(period: Period) -> tuple[int, int, int, int, int]:
    """(lines, consumed, of which prepaid, of which counter, bonus spent) for the period."""
    start, after = period.bounds
    return tuple(value or 0 for value in database_proxy.execute_sql(
        f"WITH {LINES_CTE} SELECT count(*), sum({CONSUMED_SQL}), sum({PREPAID_SQL}), sum({COUNTER_SQL}), sum(bonus_fen)"
        f" FROM lines", {"start": start, "after": after}).fetchone())
