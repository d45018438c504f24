"""Selling a package, topping it up and adjusting it by hand: each a ledger line, with its payments."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from salon import access
from salon.catalogue import get_plan, plan_service_ids
from salon.dates import now
from salon.errors import NotFoundError, ValidationError
from salon.inputs import checked_date, record_id, whole_number
from salon.money import MAX_AMOUNT_FEN, checked_fen, format_fen
from salon.packages.ledger import add_line, checked_staff_id, get_package, refuse_if_closed, settle_status
from salon.payments import PURCHASE_METHODS, PaymentInput, check_payments, record_payments
from salon.store.models import (
    Client,
    ClientPackage,
    ClientPackageService,
    PackageLedger,
    write_transaction,
)
from salon.text import clean_text
from salon.words import QT_TRANSLATE_NOOP, fill, translate

# More sessions than this added or taken off a card at once is a slip of the finger (a plan sells at most as
# many: salon.catalogue).
SESSIONS_LIMIT = 10000


def _sessions(value: object, *, minimum: int) -> int:
    return whole_number(value, "sessions", minimum=minimum, maximum=SESSIONS_LIMIT, code="sessions_invalid",
                        message=fill(translate("errors", "次数应为 %1–%2 的整数。"), minimum, SESSIONS_LIMIT),
                        limit=SESSIONS_LIMIT)


def expiry_date(starts_on: date, validity_days: int | None) -> date | None:
    """The last valid day of a package: validity counts the first day (365 days from 1 March end on 28 February)."""
    return starts_on + timedelta(days=validity_days - 1) if validity_days else None


def sell_package(client_id: int, plan_id: int, payments: list[PaymentInput], *, price_fen: int | None = None,
                 starts_on: date | None = None, staff_id: int | None = None, notes: str = "",
                 when: datetime | None = None) -> ClientPackage:
    """Sell a plan to a client: her own package with the plan's terms, a 'sale' line and its payments.

    `price_fen` is what the client actually pays when the salon gives a discount (default: the plan price);
    the payments must add up to it exactly.
    """
    access.require(access.CARDS_SELL, client_id=client_id)
    seller = staff_id if staff_id is not None else access.actor_id()  # who sold it, for her commission
    staff_id = access.acting_staff(staff_id)
    when = when or now()
    plan = get_plan(plan_id)
    client = Client.get_or_none(Client.id == record_id(client_id, "client"))
    if client is None:
        raise NotFoundError(f"client {client_id}")
    if not plan.active:
        raise ValidationError("plan_inactive", translate("errors", "“%1”已停售。"), plan.name, field="plan",
                              name=plan.name)
    paid = plan.price_fen if price_fen is None else checked_fen(price_fen, "price")
    notes = clean_text(notes, field="notes", what=QT_TRANSLATE_NOOP("fields", "备注"), multiline=True)
    payments = check_payments(payments, PURCHASE_METHODS)
    if sum(p.amount_fen for p in payments) != paid:
        raise ValidationError("payments_mismatch", translate("errors", "付款合计应等于售价 %1 元。"), format_fen(paid),
                              field="payments", due=paid, paid=sum(p.amount_fen for p in payments))
    starts = checked_date(starts_on, "starts_on") if starts_on is not None else when.date()
    expires = expiry_date(starts, plan.validity_days)
    if expires is not None and expires < when.date():
        raise ValidationError("package_sold_expired", translate("errors", "开始日期 %1 太早：这张卡在售出前就已过期。"),
                              starts, field="starts_on", starts=str(starts))
    with write_transaction():
        package = ClientPackage.create(
            client=client_id, plan=plan.id, name=plan.name, kind=plan.kind, sold_at=when, starts_on=starts,
            expires_on=expires, status="active", sold_by=checked_staff_id(seller), notes=notes,
        )
        for service_id in plan_service_ids(plan.id):
            ClientPackageService.create(package=package.id, service=service_id)
        # Bonus sessions only make sense on a card with a count; an unlimited card stays unlimited.
        sessions = plan.sessions + plan.bonus_sessions if plan.sessions is not None else 0
        if plan.kind == "stored_value":
            line = add_line(package, "sale", when, principal_fen=paid, bonus_fen=plan.bonus_fen, paid_fen=paid,
                            staff_id=staff_id)
        else:
            line = add_line(package, "sale", when, sessions=sessions, paid_fen=paid, staff_id=staff_id)
        record_payments(payments, when, ledger_id=line.id)
        access.record("card.sell", f"card:{package.id}", f"paid_fen={paid}")
        return package


def top_up(package_id: int, payments: list[PaymentInput], *, bonus_fen: int = 0, sessions: int = 0,
           staff_id: int | None = None, when: datetime | None = None) -> PackageLedger:
    """Add money (stored value: principal = what is paid, plus a bonus) or sessions (count card) to a package."""
    access.require(access.CARDS_SELL)
    staff_id = access.acting_staff(staff_id)
    when = when or now()
    bonus_fen = checked_fen(bonus_fen, "bonus")
    sessions = _sessions(sessions, minimum=0)
    payments = check_payments(payments, PURCHASE_METHODS)
    paid = sum(p.amount_fen for p in payments)
    with write_transaction():
        package = get_package(package_id)
        refuse_if_closed(package, when.date(), QT_TRANSLATE_NOOP("card_actions", "充值"))
        if package.kind == "stored_value":
            if paid <= 0 or bonus_fen < 0 or sessions:
                raise ValidationError("amount_required", translate("errors", "请填写充值金额。"), field="payments")
            line = add_line(package, "top_up", when, principal_fen=paid, bonus_fen=bonus_fen, paid_fen=paid,
                            staff_id=checked_staff_id(staff_id))
        elif package.kind == "count":
            if sessions <= 0 or bonus_fen:
                raise ValidationError("sessions_required", translate("errors", "续卡要填写增加的次数。"),
                                      field="sessions")
            line = add_line(package, "top_up", when, sessions=sessions, paid_fen=paid,
                            staff_id=checked_staff_id(staff_id))
        else:
            raise ValidationError("package_kind_invalid", translate("errors", "年卡/月卡不能充值，请另售一张新卡。"),
                                  field="package")
        record_payments(payments, when, ledger_id=line.id)
        settle_status(package)
        access.record("card.top_up", f"card:{package.id}", f"paid_fen={paid} bonus_fen={bonus_fen} sessions={sessions}")
        return line


def adjust(package_id: int, reason: str, *, sessions: int = 0, principal_fen: int = 0, bonus_fen: int = 0,
           staff_id: int | None = None, when: datetime | None = None) -> PackageLedger:
    """A manual correction (a session given as goodwill, a counting mistake); the reason is kept."""
    access.require(access.CARDS_ADJUST)
    staff_id = access.acting_staff(staff_id)
    when = when or now()
    reason = clean_text(reason, field="reason", what=QT_TRANSLATE_NOOP("fields", "原因"))
    if not reason:
        raise ValidationError("reason_required", translate("errors", "手工调整必须写明原因。"), field="reason")
    sessions = _sessions(sessions, minimum=-SESSIONS_LIMIT)
    principal_fen = whole_number(principal_fen, "principal", minimum=-MAX_AMOUNT_FEN, maximum=MAX_AMOUNT_FEN,
                                 code="amount_invalid", message=translate("errors",
                                                                          "调整金额无效。"), text=str(principal_fen))
    bonus_fen = whole_number(bonus_fen, "bonus", minimum=-MAX_AMOUNT_FEN, maximum=MAX_AMOUNT_FEN,
                             code="amount_invalid", message=translate("errors", "调整金额无效。"), text=str(bonus_fen))
    if not (sessions or principal_fen or bonus_fen):
        raise ValidationError("adjustment_empty", translate("errors", "调整数量不能为 0。"), field="sessions")
    with write_transaction():
        package = get_package(package_id)
        # a closed card must stay empty, as its ledger says
        refuse_if_closed(package, when.date(), QT_TRANSLATE_NOOP("card_actions", "调整"))
        if principal_fen > 0:
            # Principal is money the client paid; a goodwill credit is bonus, or a refund could pay out more
            # than was ever paid in.
            raise ValidationError("principal_gift", translate("errors",
                                                              "赠送的金额请记入“赠送”，本金只能由客户付款增加。"),
                                  field="principal")
        if package.kind != "stored_value" and (principal_fen or bonus_fen):
            raise ValidationError("package_kind_invalid", translate("errors", "次卡只能调整次数。"), field="sessions")
        if package.kind == "stored_value" and sessions:
            raise ValidationError("package_kind_invalid", translate("errors", "储值卡只能调整金额。"), field="amount")
        if package.kind == "period" and package.sessions_left is None:
            raise ValidationError("package_kind_invalid", translate("errors", "不限次的年卡/月卡没有次数可调整。"),
                                  field="sessions")
        if (package.sessions_left or 0) + sessions < 0 or package.principal_fen + principal_fen < 0 \
                or package.bonus_fen + bonus_fen < 0:
            raise ValidationError("package_insufficient", translate("errors", "“%1”剩余不足，不能减这么多。"),
                                  package.name, field="sessions", name=package.name)
        line = add_line(package, "adjustment", when, sessions=sessions, principal_fen=principal_fen,
                        bonus_fen=bonus_fen, staff_id=checked_staff_id(staff_id), reason=reason)
        settle_status(package)
        access.record("card.adjust", f"card:{package.id}",
                      f"sessions={sessions} principal_fen={principal_fen} bonus_fen={bonus_fen}")
        return line
