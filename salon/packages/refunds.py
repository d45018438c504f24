"""Refunding a client package, computed the way 法释〔2025〕4号 requires (F4).

The refund is pro rata on what the client actually paid: used sessions are valued at the price she really
paid per session, never re-priced at the list price. The quote carries the figures the owner prints for the
client before confirming; `refund_package` then closes the card with a 'refund' line and the money paid back.

A card past its last day can still be refunded: expiry does not forfeit what was paid (a format clause
saying "过期作废" does not bind the client), so the quote counts what the expiry line took as still hers.
A period card is the exception: its days are what was sold, and once they have passed nothing is left.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from peewee import fn

from salon import access
from salon.dates import as_date, now
from salon.errors import ValidationError
from salon.inputs import checked_date
from salon.money import format_fen, share
from salon.packages.expiry import held_by_expiry
from salon.packages.ledger import checked_staff_id, get_package, past_expiry, set_status, take_all_left
from salon.packages.views import PackageView
from salon.payments import PURCHASE_METHODS, PaymentInput, record_payments
from salon.store.models import (
    ClientPackage,
    ClientPackageService,
    PackageLedger,
    Service,
    write_transaction,
)
from salon.text import clean_text
from salon.words import QT_TRANSLATE_NOOP, fill, translate


@dataclass(frozen=True)
class RefundQuote:
    """What a package refund comes to, with the figures the owner prints for the client.

    Count cards: used sessions at the price the client really paid per session (total paid / sessions
    granted, bonus sessions included), never at the list price. Period cards: the unused share of the
    days paid for. Stored value: the principal not yet spent (the bonus was drawn in proportion, so what
    remains of it is a gift and is not paid out).
    """

    package_id: int
    name: str
    kind: str
    paid_fen: int
    refund_fen: int
    sessions_granted: int = 0
    sessions_used: int = 0
    price_per_session_fen: int = 0
    used_value_fen: int = 0
    days_total: int = 0
    days_left: int = 0
    principal_left_fen: int = 0
    bonus_left_fen: int = 0
    list_price_fen: int = 0  # the services' list price per session, shown for comparison only
    expired_on: date | None = None  # the card's last day, when that day has passed
    term_ends_on: date | None = None  # period cards: the last day paid for (an extension may reach beyond)
    lines: list[str] = field(default_factory=list)


def paid_total(package_id: int) -> int:
    return PackageLedger.select(fn.coalesce(fn.sum(PackageLedger.paid_fen), 0)).where(
        (PackageLedger.package == package_id) & (PackageLedger.kind.in_(("sale", "top_up")))).scalar()


def _sessions_used(package_id: int) -> int:
    """Sessions taken: by visits (uses net of voids), plus what was taken off by hand beyond what was given.

    A manual correction that takes sessions off ("上次漏扣一次") stands for sessions the client had; one that
    gives some (a goodwill session) was never paid for and earns no refund, so only a net reduction counts.
    Expiry and its reactivation are not uses.
    """
    by_visits = -PackageLedger.select(fn.coalesce(fn.sum(PackageLedger.sessions_delta), 0)).where(
        (PackageLedger.package == package_id) & (PackageLedger.kind.in_(("use", "void")))).scalar()
    by_hand = PackageLedger.select(fn.coalesce(fn.sum(PackageLedger.sessions_delta), 0)).where(
        (PackageLedger.package == package_id) & (PackageLedger.kind == "adjustment")
        & PackageLedger.reverses.is_null()).scalar()
    return by_visits + max(0, -by_hand)


def _refuse_unrefundable(package: ClientPackage, today: date) -> date | None:
    """The card's last day if it has passed; refuses a refunded card and a period card whose days are over."""
    if package.status == "refunded":
        raise ValidationError("package_closed", translate("errors", "“%1”已退卡，不能再退。"), package.name,
                              field="package", name=package.name)
    if package.kind == "period" and today > _paid_term_end(package):
        # Days given on top by an extension were never paid for, so they are not paid back either.
        raise ValidationError("period_ended", translate("errors", "“%1”购买的期限已于 %2 用完，没有可退的部分。"),
                              package.name, _paid_term_end(package), field="package", name=package.name)
    ended = package.status == "expired" or past_expiry(package, today)
    return as_date(package.expires_on) if ended else None


def _paid_term_end(package: ClientPackage) -> date:
    """The last day the client paid for: the expiry as sold, whatever extensions came later."""
    return as_date(package.sold_expires_on or package.expires_on)


def refund_quote(package_id: int, today: date | None = None) -> RefundQuote:
    today = checked_date(today, "today") if today is not None else date.today()
    package = get_package(package_id)
    expired_on = _refuse_unrefundable(package, today)
    paid = paid_total(package.id)
    ended_note = (fill(translate("refunds", "卡已于 %1 到期；到期时未用完的部分仍属客户，照常退还"), expired_on)
                  if expired_on else "")
    if package.kind == "stored_value":
        _sessions, expired_principal, expired_bonus = held_by_expiry(package.id)
        principal_left = package.principal_fen + expired_principal
        bonus_left = package.bonus_fen + expired_bonus
        refund = min(principal_left, paid)
        lines = [
            fill(translate("refunds", "实付本金合计：%1 元"), format_fen(paid)),
            fill(translate("refunds", "已消费（按本金与赠送金额同比例扣减）：本金 %1 元"), format_fen(paid - refund)),
            fill(translate("refunds", "剩余本金：%1 元；剩余赠送金额 %2 元不退"), format_fen(refund),
                 format_fen(bonus_left)),
            *([ended_note] if ended_note else []),
            fill(translate("refunds", "应退金额：%1 元"), format_fen(refund)),
        ]
        return RefundQuote(package.id, package.name, package.kind, paid, refund, principal_left_fen=principal_left,
                           bonus_left_fen=bonus_left, expired_on=expired_on, lines=lines)
    granted = PackageLedger.select(fn.coalesce(fn.sum(PackageLedger.sessions_delta), 0)).where(
        (PackageLedger.package == package.id) & (PackageLedger.kind.in_(("sale", "top_up")))).scalar()
    used = max(0, _sessions_used(package.id))
    if package.kind == "count":
        used = min(used, granted)
        per_session = share(paid, 1, granted) if granted else 0
        used_value = share(paid, used, granted) if granted else paid
        refund = paid - used_value
        list_price = (Service.select(fn.max(Service.price_fen)).join(ClientPackageService)
                      .where(ClientPackageService.package == package.id).scalar() or 0)
        lines = [
            fill(translate("refunds", "实付金额：%1 元，共 %2 次（含赠送）"), format_fen(paid), granted),
            fill(translate("refunds", "每次实际单价：%1 ÷ %2 ≈ %3 元"), format_fen(paid), granted,
                 format_fen(per_session)),
            fill(translate("refunds", "已使用 %1 次：%2 × %1 ÷ %3 = %4 元（按实际单价，不按原价 %5 元/次计算）"), used,
                 format_fen(paid), granted, format_fen(used_value), format_fen(list_price)),
            *([ended_note] if ended_note else []),
            fill(translate("refunds", "应退金额：%1 − %2 = %3 元"), format_fen(paid), format_fen(used_value),
                 format_fen(refund)),
        ]
        return RefundQuote(package.id, package.name, package.kind, paid, refund, sessions_granted=granted,
                           sessions_used=used, price_per_session_fen=per_session, used_value_fen=used_value,
                           list_price_fen=list_price, expired_on=expired_on, lines=lines)
    starts, expires = as_date(package.starts_on), _paid_term_end(package)
    days_total = (expires - starts).days + 1
    days_left = max(0, min(days_total, (expires - max(today, starts)).days + 1))
    refund = share(paid, days_left, days_total)
    lines = [
        fill(translate("refunds", "实付金额：%1 元，购买的期限 %2 至 %3，共 %4 天"), format_fen(paid), starts, expires,
             days_total),
        fill(translate("refunds", "剩余 %1 天（自 %2 起）：%3 × %1 ÷ %4 = %5 元"), days_left, max(today, starts),
             format_fen(paid), days_total, format_fen(refund)),
    ]
    if package.sessions_left is not None and granted:
        # A capped card is also limited by the uses left: never refund more than the unused uses are worth.
        by_uses = share(paid, max(0, granted - used), granted)
        lines.append(fill(translate("refunds", "限次卡：已用 %1 / %2 次，按次数最多退 %3 × %4 ÷ %2 = %5 元"), used,
                          granted, format_fen(paid), granted - used, format_fen(by_uses)))
        refund = min(refund, by_uses)
    if as_date(package.expires_on) != expires:
        lines.append(fill(translate("refunds", "延期至 %1 的天数为赠送，不计入退款"), package.expires_on))
    lines.append(fill(translate("refunds", "应退金额：%1 元"), format_fen(refund)))
    return RefundQuote(package.id, package.name, package.kind, paid, refund, sessions_granted=granted,
                       sessions_used=used, used_value_fen=paid - refund, days_total=days_total, days_left=days_left,
                       term_ends_on=expires, lines=lines)


def offers_refund(view: PackageView, today: date) -> bool:
    """Whether 退卡 is worth offering for this card: something the client paid for is left to pay back."""
    if view.status == "active" and view.kind != "period":
        return True
    if view.status not in ("active", "expired"):
        return False
    try:
        return refund_quote(view.id, today).refund_fen > 0
    except ValidationError:
        return False


def refund_package(package_id: int, method: str, *, reason: str = "", today: date | None = None,
                   staff_id: int | None = None, when: datetime | None = None) -> PackageLedger:
    """Close the package: a 'refund' line takes everything left and records the money paid back."""
    access.require(access.CARDS_REFUND)
    staff_id = access.acting_staff(staff_id)
    when = when or now()
    if not isinstance(method, str) or method not in PURCHASE_METHODS:
        raise ValidationError("payment_method_invalid", translate("errors", "退款方式无效。"), field="method")
    # A reason written by the app is in the language in use; those already in a ledger stay as they were written.
    reason = clean_text(reason, field="reason",
                        what=QT_TRANSLATE_NOOP("fields", "原因")) or translate("refunds", "客户申请退卡")
    with write_transaction():
        quote = refund_quote(package_id, today or when.date())
        package = get_package(package_id)
        line = take_all_left(package, "refund", when, paid_fen=-quote.refund_fen, staff_id=checked_staff_id(staff_id),
                             reason=reason)
        if quote.refund_fen:
            record_payments([PaymentInput(method, quote.refund_fen)], when, ledger_id=line.id, sign=-1)
        set_status(package, "refunded")
        access.record("card.refund", f"card:{package.id}", f"refund_fen={quote.refund_fen}")
        return line
