"""Money coming in or going out: the payment methods, one payment as typed, and the rows it becomes.

Visits, card sales, top-ups and refunds all pay through here, so every yuan the salon takes or gives back
is a `payment` row with its method.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import Database

from salon import access
from salon.errors import NotFoundError, ValidationError
from salon.inputs import optional_record_id
from salon.money import checked_fen, refuse_absurd
from salon.store.models import ClientPackage, Payment, database_proxy
from salon.words import QT_TRANSLATE_NOOP, translate, word

PAYMENT_METHODS = ("cash", "wechat", "alipay", "card", "stored_value", "other")
# What a client can pay a package (or its top-up) with: not with another card.
PURCHASE_METHODS = ("cash", "wechat", "alipay", "card", "other")


# How each method is named in text the domain writes (the command line, Excel), through `method_word`; the window
# names them in its own words (ui.common.labels).
METHOD_WORDS = {"cash": QT_TRANSLATE_NOOP("payments", "现金"), "wechat": QT_TRANSLATE_NOOP("payments", "微信"),
                "alipay": QT_TRANSLATE_NOOP("payments", "支付宝"), "card": QT_TRANSLATE_NOOP("payments", "银行卡"),
                "stored_value": QT_TRANSLATE_NOOP("payments", "储值卡"), "other": QT_TRANSLATE_NOOP("payments", "其他")}


def method_word(method: str) -> str:
    """A payment method ('现金') in the chosen language; a method of no known kind as stored."""
    return word("payments", METHOD_WORDS[method]) if method in METHOD_WORDS else method


@dataclass(frozen=True)
class PaymentInput:
    method: str
    amount_fen: int
    package_id: int | None = None  # the stored-value card paid from, for method 'stored_value'


def _existing_card(package_id: object) -> int | None:
    if package_id is None:
        return None
    try:
        package_id = optional_record_id(package_id, "package")
    except NotFoundError:
        package_id = None
    if package_id is None or not ClientPackage.select().where(ClientPackage.id == package_id).exists():
        raise ValidationError("package_missing", translate("errors", "所选的卡不存在。"), field="payments")
    return package_id


def check_payments(payments: list[PaymentInput], allowed: tuple[str, ...]) -> list[PaymentInput]:
    """Merged by method (and card), zero lines dropped; refuses unknown methods, amounts that are not whole fen,
    negative or above the ceiling (each line and each method's sum), and a card id that names no card."""
    merged: dict[tuple[str, int | None], int] = {}
    for payment in payments:
        if not isinstance(payment, PaymentInput) or not isinstance(payment.method, str) \
                or payment.method not in allowed:
            raise ValidationError("payment_method_invalid", translate("errors", "付款方式无效。"), field="payments")
        amount = checked_fen(payment.amount_fen, "payments")
        if (payment.method == "stored_value") != (payment.package_id is not None):
            raise ValidationError("payment_method_invalid", translate("errors", "储值卡付款要选择一张储值卡。"),
                                  field="payments")
        key = (payment.method, _existing_card(payment.package_id))
        merged[key] = refuse_absurd(merged.get(key, 0) + amount, "payments")
    return [PaymentInput(method, amount, package_id) for (method, package_id), amount in merged.items() if amount]


def record_payments(payments: list[PaymentInput], when: datetime, *, visit_id: int | None = None,
                    ledger_id: int | None = None, sign: int = 1) -> None:
    for payment in payments:
        Payment.create(visit=visit_id, ledger=ledger_id, method=payment.method, amount_fen=sign * payment.amount_fen,
                       package=payment.package_id, paid_at=when)


# --- money in and out -----------------------------------------------------------------------------------
# Where a payment row comes from: a visit, or the ledger line of a card sale, top-up or refund.
FLOW_KINDS = ("visit", "sale", "top_up", "refund")


@dataclass(frozen=True)
class MoneyFlow:
    """Every payment row paid in [start, end], net, by where it came from and how it was paid.

    `cells[(kind, method)]` is in fen; refunds are negative, a correction's or a void's reversals net out in
    the period they were made. Stored value is money drawn from a card paid for earlier, so `received_fen`
    (what came into the till) leaves it out while `total_fen` (every payment line) keeps it.
    """

    start: date
    end: date
    cells: dict[tuple[str, str], int]

    def kind_total(self, kind: str) -> int:
        return sum(amount for (row_kind, _method), amount in self.cells.items() if row_kind == kind)

    def received_kind(self, kind: str) -> int:
        """What came into the till from one source (visits, card sales, top-ups, refunds paid out)."""
        return sum(amount for (row_kind, method), amount in self.cells.items()
                   if row_kind == kind and method != "stored_value")

    def method_total(self, method: str) -> int:
        return sum(amount for (_kind, row_method), amount in self.cells.items() if row_method == method)

    @property
    def total_fen(self) -> int:
        return sum(self.cells.values())

    @property
    def received_fen(self) -> int:
        return self.total_fen - self.method_total("stored_value")


def money_flow(start: date, end: date, *, database: Database | None = None) -> MoneyFlow:
    """Money in and out for the days start..end (both whole days), from the payment rows themselves (for whole
    months, from their sums kept as the rows are written)."""
    access.require(access.MONEY_TOTALS)
    database = database or database_proxy
    cells: dict[tuple[str, str], int] = {}
    after = end + timedelta(days=1)
    if start.day == 1 and after.day == 1:  # whole months: their sums kept by triggers (migration 18)
        rows = database.execute_sql(
            "SELECT kind, method, sum(amount_fen) FROM payment_month WHERE month >= ? AND month < ? GROUP BY 1, 2",
            (start.isoformat()[:7], after.isoformat()[:7]))
    else:
        rows = database.execute_sql(
            "SELECT CASE WHEN p.visit_id IS NOT NULL THEN 'visit' ELSE l.kind END, p.method, sum(p.amount_fen)"
            " FROM payment p LEFT JOIN package_ledger l ON l.id = p.ledger_id"
            " WHERE p.paid_at >= ? AND p.paid_at < ? GROUP BY 1, 2", (start.isoformat(), after.isoformat()))
    for kind, method, amount in rows:
        if amount:
            cells[(kind, method)] = amount
    return MoneyFlow(start, end, cells)
