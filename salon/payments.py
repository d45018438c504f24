"""Money coming in or going out: the payment methods, one payment as typed, and the rows it becomes.

Visits, card sales, top-ups and refunds all pay through here, so every yuan the salon takes or gives back
is a `payment` row with its method.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from salon.errors import ValidationError
from salon.store.models import Payment

PAYMENT_METHODS = ("cash", "wechat", "alipay", "card", "stored_value", "other")
# What a client can pay a package (or its top-up) with: not with another card.
PURCHASE_METHODS = ("cash", "wechat", "alipay", "card", "other")


@dataclass(frozen=True)
class PaymentInput:
    method: str
    amount_fen: int
    package_id: int | None = None  # the stored-value card paid from, for method 'stored_value'


def check_payments(payments: list[PaymentInput], allowed: tuple[str, ...]) -> list[PaymentInput]:
    """Merged by method (and card), zero lines dropped; refuses unknown methods and negative amounts."""
    merged: dict[tuple[str, int | None], int] = {}
    for payment in payments:
        if payment.method not in allowed:
            raise ValidationError("payment_method_invalid", "付款方式无效。", field="payments")
        if payment.amount_fen < 0:
            raise ValidationError("amount_negative", "付款金额不能为负数。", field="payments")
        if (payment.method == "stored_value") != (payment.package_id is not None):
            raise ValidationError("payment_method_invalid", "储值卡付款要选择一张储值卡。", field="payments")
        key = (payment.method, payment.package_id)
        merged[key] = merged.get(key, 0) + int(payment.amount_fen)
    return [PaymentInput(method, amount, package_id) for (method, package_id), amount in merged.items() if amount]


def record_payments(payments: list[PaymentInput], when: datetime, *, visit_id: int | None = None,
                    ledger_id: int | None = None, sign: int = 1) -> None:
    for payment in payments:
        Payment.create(visit=visit_id, ledger=ledger_id, method=payment.method, amount_fen=sign * payment.amount_fen,
                       package=payment.package_id, paid_at=when)
