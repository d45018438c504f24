"""Is the salon's database sound? SQLite's own checks, then the rules the money and the cards must obey (F4, F5).

Every rule is one SQL query over the whole file (fast at 100,000 clients), and every finding is a
`Problem` naming the rows concerned, so the command line (`python main.py check`) and later the window
can show the same list. The rules are those that `salon.packages` and `salon.visits` keep when they
write; a problem means something wrote around them (a hand edit, a bug, a damaged file).

- A package's stored totals (sessions, principal, bonus) are the sums of its ledger, never negative,
  not even for a moment along the ledger; its first line is its one sale; its status matches what is left.
- Money that changed hands for a sale, top-up or refund is exactly the payments booked on that line.
- A visit's total is the sum of its lines; a line's amount is quantity × unit price − discount.
- A visit that stands is paid (payments net of reversals) exactly what its lines not deducted from a card
  cost; every deduction from a card has its 'use' line, and what a stored-value card paid left the card.
- A void visit nets to nothing: no money, no sessions, no balance moved.
- Reversals undo exactly one earlier row of the same visit, once.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

import peewee
from peewee import Database

from salon.store.models import database_proxy
from salon.words import QT_TRANSLATE_NOOP, fill, translate, word


@dataclass(frozen=True)
class Problem:
    code: str  # stable, for tests and the UI: 'package_totals', 'visit_payments', ...
    message: str  # one line, in the chosen language, naming the rows
    ids: tuple[int, ...] = ()  # the rows the message names, in the same order


@dataclass(frozen=True)
class Counts:
    clients: int
    visits: int
    void_visits: int
    packages: int
    ledger_lines: int
    payments: int


def counts(database: Database | None = None) -> Counts:
    """How much was checked, for the 'OK' line."""
    database = database or database_proxy
    row = database.execute_sql(
        "SELECT (SELECT count(*) FROM client), (SELECT count(*) FROM visit),"
        " (SELECT count(*) FROM visit WHERE status = 'void'), (SELECT count(*) FROM client_package),"
        " (SELECT count(*) FROM package_ledger), (SELECT count(*) FROM payment)").fetchone()
    return Counts(*row)


def check_sqlite(database: Database | None = None) -> list[Problem]:
    """PRAGMA integrity_check and foreign_key_check: is the file itself sound?"""
    database = database or database_proxy
    problems = []
    try:
        messages = [row[0] for row in database.execute_sql("PRAGMA integrity_check").fetchall()]
        if messages != ["ok"]:
            problems += [Problem("sqlite_integrity", fill(translate("integrity", "SQLite 完整性检查：%1"), message))
                         for message in messages]
        for table, rowid, parent, _ in database.execute_sql("PRAGMA foreign_key_check").fetchall():
            problems.append(Problem("foreign_key", fill(translate("integrity", "%1 #%2 引用的 %3 记录不存在"), table,
                                                        rowid,
                                                        parent), (rowid,)))
    except (sqlite3.DatabaseError, peewee.DatabaseError) as error:  # too damaged even to be checked
        problems.append(Problem("sqlite_integrity", fill(translate("integrity", "SQLite 完整性检查失败：%1"), error)))
    return problems


def _yuan(expression: str) -> str:
    """SQL for an amount of fen shown as yuan ('-12.50'); exact, since fen are integers far below 2**53."""
    return f"printf('%.2f', ({expression}) / 100.0)"


# (code, how many leading columns are ids, message whose %1, %2… are the query's columns, SQL); '无' in a column
# (a card without a count of sessions, a ledger without lines) is said in the chosen language.
_RULES: tuple[tuple[str, int, str, str], ...] = (
    # --- packages and their ledger ----------------------------------------------------------------------
    ("package_totals", 1,
     QT_TRANSLATE_NOOP("integrity", "卡 #%1：记录的剩余（次数 %2，本金 %3，赠送 %4 元）与台账合计（%5，%6，%7 元）"
                                    "不符"),
     f"""
        SELECT p.id, coalesce(p.sessions_left, '无'), {_yuan('p.principal_fen')}, {_yuan('p.bonus_fen')},
               coalesce(l.sessions, 0), {_yuan('coalesce(l.principal, 0)')}, {_yuan('coalesce(l.bonus, 0)')}
        FROM client_package p LEFT JOIN (
            SELECT package_id, sum(sessions_delta) AS sessions, sum(principal_delta_fen) AS principal,
                   sum(bonus_delta_fen) AS bonus
            FROM package_ledger GROUP BY package_id) l ON l.package_id = p.id
        WHERE coalesce(p.sessions_left, 0) <> coalesce(l.sessions, 0) OR p.principal_fen <> coalesce(l.principal, 0)
           OR p.bonus_fen <> coalesce(l.bonus, 0)
        ORDER BY p.id"""),
    ("package_negative", 1, QT_TRANSLATE_NOOP("integrity", "卡 #%1：剩余为负数（次数 %2，本金 %3，赠送 %4 元）"), f"""
        SELECT id, coalesce(sessions_left, '无'), {_yuan('principal_fen')}, {_yuan('bonus_fen')} FROM client_package
        WHERE sessions_left < 0 OR principal_fen < 0 OR bonus_fen < 0 ORDER BY id"""),
    ("ledger_negative", 2,
     QT_TRANSLATE_NOOP("integrity", "卡 #%1：台账 #%2 之后剩余为负数（次数 %3，本金 %4，赠送 %5 元）"), f"""
        SELECT package_id, id, sessions, {_yuan('principal')}, {_yuan('bonus')} FROM (
            SELECT package_id, id, sessions, principal, bonus,
                   row_number() OVER (PARTITION BY package_id ORDER BY id) AS nth FROM (
                SELECT package_id, id,
                       sum(sessions_delta) OVER running AS sessions,
                       sum(principal_delta_fen) OVER running AS principal,
                       sum(bonus_delta_fen) OVER running AS bonus
                FROM package_ledger
                WINDOW running AS (PARTITION BY package_id ORDER BY id ROWS UNBOUNDED PRECEDING))
            WHERE sessions < 0 OR principal < 0 OR bonus < 0)
        WHERE nth = 1 ORDER BY package_id"""),
    ("package_sale", 1,
     QT_TRANSLATE_NOOP("integrity", "卡 #%1：台账应以唯一一条售卡开头（售卡 %2 条，第一行是 %3）"), """
        SELECT p.id, (SELECT count(*) FROM package_ledger WHERE package_id = p.id AND kind = 'sale'),
               coalesce((SELECT kind FROM package_ledger WHERE package_id = p.id ORDER BY id LIMIT 1), '无')
        FROM client_package p
        WHERE (SELECT count(*) FROM package_ledger WHERE package_id = p.id AND kind = 'sale') <> 1
           OR (SELECT kind FROM package_ledger WHERE package_id = p.id ORDER BY id LIMIT 1) IS NOT 'sale'
        ORDER BY p.id"""),
    ("package_kind", 1,
     QT_TRANSLATE_NOOP("integrity", "卡 #%1（%2）：剩余的种类不对（次数 %3，本金 %4，赠送 %5 元）"), f"""
        SELECT id, kind, coalesce(sessions_left, '无'), {_yuan('principal_fen')}, {_yuan('bonus_fen')}
        FROM client_package
        WHERE (kind = 'stored_value' AND sessions_left IS NOT NULL)
           OR (kind = 'count' AND sessions_left IS NULL)
           OR (kind <> 'stored_value' AND (principal_fen <> 0 OR bonus_fen <> 0))
        ORDER BY id"""),
    ("package_status", 1, QT_TRANSLATE_NOOP("integrity", "卡 #%1：状态 %2 与剩余不符（次数 %3，余额 %4 元）"), f"""
        SELECT id, status, coalesce(sessions_left, '无'), {_yuan('principal_fen + bonus_fen')} FROM client_package
        WHERE (status = 'used_up' AND (CASE WHEN kind = 'stored_value' THEN principal_fen + bonus_fen <> 0
                                            ELSE sessions_left IS NOT 0 END))
           OR (status = 'active' AND (CASE WHEN kind = 'stored_value' THEN principal_fen + bonus_fen = 0
                                          ELSE sessions_left IS 0 END))
           OR (status IN ('expired', 'refunded')
               AND (coalesce(sessions_left, 0) <> 0 OR principal_fen <> 0 OR bonus_fen <> 0))
           OR (status = 'expired' AND expires_on IS NULL)
           OR ((status = 'refunded') <> EXISTS (SELECT 1 FROM package_ledger l
                                               WHERE l.package_id = client_package.id AND l.kind = 'refund'))
           -- An open card has had every expiry given back (延期/激活); otherwise it was reopened by hand.
           OR (status IN ('active', 'used_up') AND EXISTS (
                   SELECT 1 FROM package_ledger e WHERE e.package_id = client_package.id AND e.kind = 'expiry'
                   AND NOT EXISTS (SELECT 1 FROM package_ledger r WHERE r.reverses_id = e.id)))
        ORDER BY id"""),
    # A refund pays out what was left and closes the card for good: nothing may follow it.
    ("ledger_after_refund", 2,
     QT_TRANSLATE_NOOP("integrity", "卡 #%1：退卡（台账 #%2）之后台账又有变动（台账 #%3）"), """
        SELECT r.package_id, r.id, min(l.id) FROM package_ledger r
        JOIN package_ledger l ON l.package_id = r.package_id AND l.id > r.id
        WHERE r.kind = 'refund' GROUP BY r.id ORDER BY r.package_id"""),
    ("ledger_payments", 1, QT_TRANSLATE_NOOP("integrity", "台账 #%1（%2）：记录收付 %3 元，对应的付款合计 %4 元"), f"""
        SELECT l.id, l.kind, {_yuan('l.paid_fen')}, {_yuan('coalesce(sum(p.amount_fen), 0)')}
        FROM package_ledger l LEFT JOIN payment p ON p.ledger_id = l.id
        WHERE l.kind IN ('sale', 'top_up', 'refund')
        GROUP BY l.id HAVING l.paid_fen <> coalesce(sum(p.amount_fen), 0)
        UNION ALL
        SELECT l.id, l.kind, {_yuan('l.paid_fen')}, {_yuan('sum(p.amount_fen)')}
        FROM package_ledger l JOIN payment p ON p.ledger_id = l.id
        WHERE l.kind NOT IN ('sale', 'top_up', 'refund') GROUP BY l.id
        ORDER BY 1"""),
    # --- visits ---------------------------------------------------------------------------------------------
    ("item_amount", 2,
     QT_TRANSLATE_NOOP("integrity", "明细 #%1（到店记录 #%2）：金额 %3 元 ≠ 数量 %4 × 单价 %5 − 优惠 %6"), f"""
        SELECT id, visit_id, {_yuan('amount_fen')}, quantity, {_yuan('unit_price_fen')}, {_yuan('discount_fen')}
        FROM visit_item
        WHERE amount_fen <> quantity * unit_price_fen - discount_fen OR amount_fen < 0 OR discount_fen < 0
        ORDER BY id"""),
    ("visit_total", 1, QT_TRANSLATE_NOOP("integrity", "到店记录 #%1：合计 %2 元，明细之和 %3 元"), f"""
        SELECT v.id, {_yuan('v.total_fen')}, {_yuan('coalesce(i.total, 0)')}
        FROM visit v LEFT JOIN (SELECT visit_id, sum(amount_fen) AS total FROM visit_item GROUP BY visit_id) i
            ON i.visit_id = v.id
        WHERE v.total_fen <> coalesce(i.total, 0) ORDER BY v.id"""),
    ("visit_payments", 1,
     QT_TRANSLATE_NOOP("integrity", "到店记录 #%1：实收（冲正后）%2 元，应收（未用卡抵扣的明细）%3 元"), f"""
        SELECT v.id, {_yuan('coalesce(p.paid, 0)')}, {_yuan('coalesce(i.due, 0)')}
        FROM visit v
        LEFT JOIN (SELECT visit_id, sum(amount_fen) AS paid FROM payment WHERE visit_id IS NOT NULL
                   GROUP BY visit_id) p ON p.visit_id = v.id
        LEFT JOIN (SELECT visit_id, sum(amount_fen) AS due FROM visit_item WHERE package_id IS NULL
                   GROUP BY visit_id) i ON i.visit_id = v.id
        WHERE v.status <> 'void' AND coalesce(p.paid, 0) <> coalesce(i.due, 0) ORDER BY v.id"""),
    ("void_payments", 1, QT_TRANSLATE_NOOP("integrity", "作废的到店记录 #%1：付款没有全部冲回（净额 %2 元）"), f"""
        SELECT v.id, {_yuan('sum(p.amount_fen)')} FROM visit v JOIN payment p ON p.visit_id = v.id
        WHERE v.status = 'void' GROUP BY v.id HAVING sum(p.amount_fen) <> 0 ORDER BY v.id"""),
    ("void_packages", 2,
     QT_TRANSLATE_NOOP("integrity", "作废的到店记录 #%1：卡 #%2 没有全部退回（次数 %3，金额 %4 元）"), f"""
        SELECT v.id, l.package_id, sum(l.sessions_delta), {_yuan('sum(l.principal_delta_fen + l.bonus_delta_fen)')}
        FROM visit v JOIN package_ledger l ON l.visit_id = v.id
        WHERE v.status = 'void' GROUP BY v.id, l.package_id
        HAVING sum(l.sessions_delta) <> 0 OR sum(l.principal_delta_fen + l.bonus_delta_fen) <> 0
        ORDER BY v.id"""),
    # Per visit and session card: the lines deducted from it against its 'use' lines net of their voids.
    ("deduction_ledger", 2,
     QT_TRANSLATE_NOOP("integrity", "到店记录 #%1：卡 #%2 抵扣了 %3 行共 %4 次，台账净记 %5 次扣卡共 %6 次"), """
        SELECT x.visit_id, x.package_id, sum(x.items), sum(x.quantity), sum(x.uses), sum(x.sessions)
        FROM (
            SELECT visit_id, package_id, 1 AS items, quantity, 0 AS uses, 0 AS sessions
            FROM visit_item WHERE package_id IS NOT NULL
            UNION ALL
            SELECT l.visit_id, l.package_id, 0, 0, CASE l.kind WHEN 'use' THEN 1 ELSE -1 END, -l.sessions_delta
            FROM package_ledger l JOIN client_package p ON p.id = l.package_id
            WHERE l.visit_id IS NOT NULL AND l.kind IN ('use', 'void') AND p.kind <> 'stored_value'
        ) x
        JOIN visit v ON v.id = x.visit_id JOIN client_package p ON p.id = x.package_id
        WHERE v.status <> 'void'
        GROUP BY x.visit_id, x.package_id
        HAVING sum(x.uses) <> sum(x.items)
            OR sum(x.sessions) <> CASE WHEN p.sessions_left IS NULL THEN 0 ELSE sum(x.quantity) END
        ORDER BY x.visit_id, x.package_id"""),
    ("deduction_card", 3,
     QT_TRANSLATE_NOOP("integrity", "明细 #%1（到店记录 #%2）：抵扣用的卡 #%3 不是这位客户的次卡或年卡/月卡"), """
        SELECT i.id, i.visit_id, i.package_id FROM visit_item i
        JOIN visit v ON v.id = i.visit_id JOIN client_package p ON p.id = i.package_id
        WHERE p.kind = 'stored_value' OR p.client_id <> v.client_id OR i.kind <> 'service'
        ORDER BY i.id"""),
    ("stored_value_draw", 2, QT_TRANSLATE_NOOP("integrity", "到店记录 #%1：储值卡 #%2 付款 %3 元，卡上扣了 %4 元"), f"""
        SELECT visit_id, package_id, {_yuan('sum(paid)')}, {_yuan('sum(drawn)')} FROM (
            SELECT visit_id, package_id, amount_fen AS paid, 0 AS drawn FROM payment
            WHERE visit_id IS NOT NULL AND method = 'stored_value'
            UNION ALL
            SELECT l.visit_id, l.package_id, 0, -(l.principal_delta_fen + l.bonus_delta_fen)
            FROM package_ledger l JOIN client_package p ON p.id = l.package_id
            WHERE l.visit_id IS NOT NULL AND p.kind = 'stored_value')
        GROUP BY visit_id, package_id HAVING sum(paid) <> sum(drawn) ORDER BY visit_id, package_id"""),
    ("stored_value_card", 2, QT_TRANSLATE_NOOP("integrity", "付款 #%1：用的储值卡 #%2 不是这位客户的储值卡"), """
        SELECT pay.id, pay.package_id FROM payment pay
        JOIN visit v ON v.id = pay.visit_id JOIN client_package p ON p.id = pay.package_id
        WHERE p.kind <> 'stored_value' OR p.client_id <> v.client_id ORDER BY pay.id"""),
    # --- reversals ------------------------------------------------------------------------------------------
    # A void gives back a use of the same visit; a reactivation (an adjustment with reverses_id) gives back an
    # expiry; nothing else reverses a line.
    ("ledger_reversal", 2,
     QT_TRANSLATE_NOOP("integrity", "台账 #%1：冲回的台账 #%2 不是同一张卡上对应的扣卡或过期，数量不相反，"
                                    "或被冲回了不止一次"),
     """
        SELECT v.id, v.reverses_id FROM package_ledger v LEFT JOIN package_ledger u ON u.id = v.reverses_id
        LEFT JOIN (SELECT reverses_id, count(*) AS times FROM package_ledger WHERE reverses_id IS NOT NULL
                   GROUP BY reverses_id) t ON t.reverses_id = v.reverses_id
        WHERE (v.kind = 'void' OR v.reverses_id IS NOT NULL)
          AND (u.id IS NULL OR u.package_id <> v.package_id
              OR NOT ((v.kind = 'void' AND u.kind = 'use' AND u.visit_id IS v.visit_id)
                      OR (v.kind = 'adjustment' AND u.kind = 'expiry'))
              OR u.sessions_delta <> -v.sessions_delta
              OR u.principal_delta_fen <> -v.principal_delta_fen OR u.bonus_delta_fen <> -v.bonus_delta_fen
              OR t.times > 1)
        ORDER BY v.id"""),
    ("payment_reversal", 2,
     QT_TRANSLATE_NOOP("integrity", "付款 #%1：冲正的付款 #%2 不是同一次到店、同一方式的相反金额，"
                                    "或被冲正了不止一次"), """
        SELECT r.id, r.reverses_id FROM payment r LEFT JOIN payment o ON o.id = r.reverses_id
        LEFT JOIN (SELECT reverses_id, count(*) AS times FROM payment WHERE reverses_id IS NOT NULL
                   GROUP BY reverses_id) t ON t.reverses_id = r.reverses_id
        WHERE r.reverses_id IS NOT NULL AND (o.id IS NULL OR o.visit_id IS NOT r.visit_id OR o.method <> r.method
              OR o.package_id IS NOT r.package_id OR o.amount_fen <> -r.amount_fen OR o.reverses_id IS NOT NULL
              OR t.times > 1)
        ORDER BY r.id"""),
)


RULE_CODES = tuple(code for code, _, _, _ in _RULES)


def check_rules(database: Database | None = None, codes: Iterable[str] | None = None) -> list[Problem]:
    """The invariants of packages, payments and visits (see the module's docstring); all, or those of `codes`."""
    database = database or database_proxy
    wanted = set(RULE_CODES if codes is None else codes)
    problems = []
    none = translate("integrity", "无")
    for code, id_columns, message, sql in _RULES:
        if code not in wanted:
            continue
        for row in database.execute_sql(sql).fetchall():
            shown = [none if value == "无" else value for value in row]
            problems.append(Problem(code, fill(word("integrity", message), *shown), tuple(row[:id_columns])))
    return problems


def find_problems(database: Database | None = None) -> list[Problem]:
    """Everything wrong with the database; an empty list when it is sound."""
    problems = check_sqlite(database)
    try:
        return problems + check_rules(database)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as error:  # a damaged file may not answer the rules
        return problems + [Problem("rules_unchecked", fill(translate("integrity", "账目规则无法检查：%1"), error))]


__all__ = ["RULE_CODES", "Counts", "Problem", "check_rules", "check_sqlite", "counts", "find_problems"]
