"""Recording a visit (F5): services and products, package deductions, split payments, in one transaction.

A visit commits whole or not at all: the visit, its lines, its payments and its package ledger lines.
The payments (cash, WeChat Pay, Alipay, bank card, stored-value cards) must add up to exactly what the
lines not deducted from a package cost; the change for cash is the counter's business, not stored.
A correction re-applies the visit through the ledger (give back, take again) and keeps the visit as it
was in `visit_revision`; a void gives every session and every yuan back through the ledger.
"""
from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import datetime

from peewee import IntegrityError

from salon import access
from salon.dates import as_datetime, now
from salon.errors import NotFoundError, ValidationError
from salon.inputs import record_id
from salon.money import format_fen
from salon.packages.ledger import checked_staff_id, get_package, holds_something, take_all_left
from salon.packages.usage import pay_from_stored_value, reverse_line, use_sessions
from salon.payments import PAYMENT_METHODS, PaymentInput, check_payments, record_payments
from salon.store.models import (
    Client,
    ClientPackage,
    PackageLedger,
    Payment,
    Staff,
    Visit,
    VisitItem,
    VisitRevision,
    VisitTherapist,
    write_transaction,
)
from salon.text import clean_text
from salon.visits.pricing import (
    PricedItem,
    VisitInput,
    VisitItemInput,
    amount_due,
    checked_visit_input,
    price_items,
)
from salon.words import QT_TRANSLATE_NOOP, fill, translate, word


def _validate_header(data: VisitInput) -> None:
    if not Client.select().where(Client.id == data.client_id).exists():
        raise NotFoundError(f"client {data.client_id}")
    if data.satisfaction is not None and not 1 <= data.satisfaction <= 5:
        raise ValidationError("satisfaction_invalid", translate("errors", "满意度应为 1–5。"), field="satisfaction")
    if data.visited_at.replace(microsecond=0) > now():
        raise ValidationError("date_future", translate("errors", "到店时间不能晚于现在。"), field="visited_at")
    for staff_id in data.therapist_ids:
        if not Staff.select().where(Staff.id == staff_id).exists():
            raise ValidationError("staff_missing", translate("errors", "所选员工不存在。"), field="therapists")


def _apply(visit: Visit, data: VisitInput, priced: list[PricedItem], payments: list[PaymentInput],
           when: datetime, staff_id: int | None, keep: frozenset[int] = frozenset()) -> None:
    """Write lines, package deductions and payments of a visit whose header row exists.

    Cards in `keep` already carry this visit's deductions (a correction that leaves them as they were).
    """
    on = data.visited_at.date()
    for position, item in enumerate(priced):
        VisitItem.create(
            visit=visit.id, position=position, kind=item.kind,
            service=item.item_id if item.kind == "service" else None,
            product=item.item_id if item.kind == "product" else None, name=item.name, quantity=item.quantity,
            unit_price_fen=item.unit_price_fen, discount_fen=item.discount_fen, amount_fen=item.amount_fen,
            therapist=item.therapist_id, package=item.package_id, commission_fen=item.commission_fen,
            commission_basis=item.commission_basis, followup_days=item.followup_days,
        )
        if item.package_id is not None and item.package_id not in keep:
            package = get_package(item.package_id)
            use_sessions(package, item.item_id, item.quantity, on, when, client_id=data.client_id,
                         visit_id=visit.id, staff_id=staff_id)
    for payment in payments:
        if payment.package_id in keep:
            continue
        if payment.method == "stored_value":
            package = get_package(payment.package_id)
            pay_from_stored_value(package, payment.amount_fen, on, when, client_id=data.client_id,
                                  visit_id=visit.id, staff_id=staff_id)
        record_payments([payment], when, visit_id=visit.id)
    therapist_ids = list(dict.fromkeys([*data.therapist_ids, *(i.therapist_id for i in priced if i.therapist_id)]))
    for therapist_id in therapist_ids:
        VisitTherapist.create(visit=visit.id, staff=therapist_id)


def _checked(data: VisitInput) -> tuple[list[PricedItem], list[PaymentInput], int]:
    _validate_header(data)
    priced = price_items(data)
    payments = check_payments(data.payments, PAYMENT_METHODS)
    due = amount_due(priced)
    paid = sum(p.amount_fen for p in payments)
    if paid != due:
        mismatch = (fill(translate("errors", "付款合计 %1 元，应付 %2 元，还差 %3 元。"),
                         format_fen(paid), format_fen(due), format_fen(due - paid)) if paid < due else
                    fill(translate("errors", "付款合计 %1 元，应付 %2 元，多付了。"), format_fen(paid),
                         format_fen(due)))
        raise ValidationError("payments_mismatch", mismatch, field="payments", due=due, paid=paid)
    return priced, payments, sum(i.amount_fen for i in priced)


def save_visit(data: VisitInput, *, staff_id: int | None = None, when: datetime | None = None) -> Visit:
    """Record a visit with everything in it, or nothing at all."""
    access.require(access.VISITS_RECORD, client_id=data.client_id)
    staff_id = access.acting_staff(staff_id)
    when = when or now()
    data = checked_visit_input(data)
    staff_id = checked_staff_id(staff_id)
    if data.request_token:
        existing = Visit.get_or_none(Visit.request_token == data.request_token)
        if existing is not None:
            return existing
    priced, payments, total = _checked(data)
    try:
        return _insert_visit(data, priced, payments, total, when, staff_id)
    except IntegrityError:
        # Another window saved the same request a moment ago: that visit is the one.
        existing = Visit.get_or_none(Visit.request_token == data.request_token) if data.request_token else None
        if existing is None:
            raise
        return existing


def _insert_visit(data: VisitInput, priced: list[PricedItem], payments: list[PaymentInput], total: int,
                  when: datetime, staff_id: int | None) -> Visit:
    with write_transaction():
        visit = Visit.create(
            client=data.client_id, visited_at=data.visited_at.replace(microsecond=0), status="done", total_fen=total,
            skin_condition=data.skin_condition.strip(), notes=data.notes.strip(), satisfaction=data.satisfaction,
            complaint=bool(data.complaint), request_token=data.request_token or None, created_at=when,
            updated_at=when,
        )
        _apply(visit, data, priced, payments, when, staff_id)
        access.record("visit.save", f"visit:{visit.id}", f"total_fen={total}")
        return visit


def get_visit(visit_id: int) -> Visit:
    visit = Visit.get_or_none(Visit.id == record_id(visit_id, "visit"))
    if visit is None:
        raise NotFoundError(f"visit {visit_id}")
    return visit


def load_visit_input(visit_id: int) -> VisitInput:
    """The visit as the dialog edits it (payments net of earlier corrections)."""
    visit = get_visit(visit_id)
    items = [VisitItemInput(i.kind, i.service_id if i.kind == "service" else i.product_id, i.quantity,
                            i.unit_price_fen, i.discount_fen, i.therapist_id, i.package_id)
             for i in VisitItem.select().where(VisitItem.visit == visit_id).order_by(VisitItem.position)]
    net: dict[tuple[str, int | None], int] = {}
    for payment in Payment.select().where(Payment.visit == visit_id).order_by(Payment.id):
        key = (payment.method, payment.package_id)
        net[key] = net.get(key, 0) + payment.amount_fen
    payments = [PaymentInput(method, amount, package_id) for (method, package_id), amount in net.items() if amount]
    therapist_ids = [row.staff_id for row in VisitTherapist.select().where(VisitTherapist.visit == visit_id)
                     .order_by(VisitTherapist.staff)]
    return VisitInput(visit.client_id, as_datetime(visit.visited_at), items, payments, therapist_ids,
                      visit.skin_condition, visit.notes, visit.satisfaction, bool(visit.complaint))


def revision_json(data: VisitInput) -> str:
    """A visit as its audit trail keeps it (visit_revision.before_json); also written by the demo generator."""
    record = asdict(data)
    record["visited_at"] = data.visited_at.isoformat()
    record["request_token"] = None
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def _snapshot(visit_id: int) -> str:
    """The visit as it was, including the figures stored on its lines (name, commission) for payroll audits."""
    record = json.loads(revision_json(load_visit_input(visit_id)))
    record["stored_lines"] = [
        {"name": i.name, "amount_fen": i.amount_fen, "commission_fen": i.commission_fen,
         "commission_basis": i.commission_basis, "followup_days": i.followup_days}
        for i in VisitItem.select().where(VisitItem.visit == visit_id).order_by(VisitItem.position)]
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def _keep_stored_figures(visit_id: int, priced: list[PricedItem]) -> list[PricedItem]:
    """A line the correction leaves as it was keeps the name, commission and follow-up days it was saved with.

    Otherwise correcting a note would re-price last month's commission at today's rates.
    """
    old = list(VisitItem.select().where(VisitItem.visit == visit_id).order_by(VisitItem.position))
    kept: list[PricedItem] = []
    for item in priced:
        match = next((o for o in old if o.kind == item.kind
                      and (o.service_id if o.kind == "service" else o.product_id) == item.item_id
                      and o.quantity == item.quantity and o.unit_price_fen == item.unit_price_fen
                      and o.discount_fen == item.discount_fen and o.therapist_id == item.therapist_id
                      and o.package_id == item.package_id), None)
        if match is None:
            kept.append(item)
            continue
        old.remove(match)
        kept.append(replace(item, name=match.name, commission_fen=match.commission_fen,
                            commission_basis=match.commission_basis, followup_days=match.followup_days))
    return kept


# What a visit drew on one card: its lines on the card as sorted (service id, quantity) pairs, and the stored
# value paid from it. A correction keeps the 'use' ledger lines of a closed card untouched, so it must keep
# these exactly: merging two lines, splitting one, or moving it to another service would no longer match them.
CardUse = tuple[tuple[tuple[int, int], ...], int]


def _closed_cards_used(visit_id: int) -> dict[int, CardUse]:
    """Cards this visit drew on that have since expired or been refunded, with what it drew on each."""
    lines: dict[int, list[tuple[int, int]]] = {}
    amounts: dict[int, int] = {}
    for line in PackageLedger.select().where(PackageLedger.visit == visit_id):
        if line.kind in ("use", "void"):
            amounts[line.package_id] = amounts.get(line.package_id, 0) - line.principal_delta_fen - line.bonus_delta_fen
    for item in VisitItem.select().where((VisitItem.visit == visit_id) & VisitItem.package.is_null(False)):
        lines.setdefault(item.package_id, []).append((item.service_id, item.quantity))
    used = set(lines) | set(amounts)
    closed = {p.id for p in ClientPackage.select(ClientPackage.id).where(
        ClientPackage.id.in_(list(used)) & ClientPackage.status.in_(("expired", "refunded")))} if used else set()
    drawn = {package_id: (tuple(sorted(lines.get(package_id, []))), amounts.get(package_id, 0))
             for package_id in closed}
    return {package_id: use for package_id, use in drawn.items() if use[0] or use[1]}


def _card_use(data: VisitInput, package_id: int) -> CardUse:
    lines = tuple(sorted((item.item_id, item.quantity) for item in data.items
                         if item.package_id == package_id and item.kind == "service"))
    amount = sum(p.amount_fen for p in data.payments if p.method == "stored_value" and p.package_id == package_id)
    return lines, amount


def _give_back(visit: Visit, when: datetime, staff_id: int | None, reason: str,
               keep: frozenset[int] = frozenset()) -> None:
    """Reverse every package line and payment of the visit that is not yet reversed (except on cards in `keep`)."""
    reversed_lines = {row.reverses_id for row in PackageLedger.select(PackageLedger.reverses)
                      .where((PackageLedger.visit == visit.id) & PackageLedger.reverses.is_null(False))}
    for line in PackageLedger.select().where((PackageLedger.visit == visit.id) & (PackageLedger.kind == "use")
                                             ).order_by(PackageLedger.id):
        if line.id not in reversed_lines and line.package_id not in keep:
            reverse_line(line, when, staff_id=staff_id, reason=reason)
    reversed_payments = {row.reverses_id for row in Payment.select(Payment.reverses)
                         .where((Payment.visit == visit.id) & Payment.reverses.is_null(False))}
    for payment in Payment.select().where((Payment.visit == visit.id) & Payment.reverses.is_null(True)
                                          ).order_by(Payment.id):
        if payment.id not in reversed_payments and payment.package_id not in keep:
            Payment.create(visit=visit.id, method=payment.method, amount_fen=-payment.amount_fen,
                           package=payment.package_id, reverses=payment.id, paid_at=when)


# Per action: what to say when the reason is missing, and when the visit is void already.
_CHANGE_REFUSALS = {
    "edit": (QT_TRANSLATE_NOOP("errors", "修改已保存的记录要写明原因。"),
             QT_TRANSLATE_NOOP("errors", "这条记录已作废，不能再修改。")),
    "void": (QT_TRANSLATE_NOOP("errors", "作废记录要写明原因。"), QT_TRANSLATE_NOOP("errors", "这条记录已经作废了。")),
}


def _visit_to_change(visit_id: int, reason: str, action: str) -> tuple[Visit, str, str]:
    """The check before a correction or a void: a reason is given and the visit is not void.

    Returns the visit, the reason tidied, and the visit as it is now for the audit trail.
    """
    no_reason, already_void = _CHANGE_REFUSALS[action]
    reason = clean_text(reason, field="reason", what=QT_TRANSLATE_NOOP("fields", "原因"))
    if not reason:
        raise ValidationError("reason_required", word("errors", no_reason), field="reason")
    visit = get_visit(visit_id)
    if visit.status == "void":
        raise ValidationError("visit_void", word("errors", already_void), field="visit")
    return visit, reason, _snapshot(visit_id)


def update_visit(visit_id: int, data: VisitInput, reason: str, *, staff_id: int | None = None,
                 when: datetime | None = None) -> Visit:
    """Correct a saved visit: the old version goes to the audit trail, packages and payments are re-applied.
    Only who may void may correct: a correction can take a visit's price and payments down to nothing."""
    access.require(access.VISITS_VOID)
    staff_id = access.acting_staff(staff_id)
    when = when or now()
    data = checked_visit_input(data)
    staff_id = checked_staff_id(staff_id)
    with write_transaction():
        visit, reason, before = _visit_to_change(visit_id, reason, "edit")
        if data.client_id != visit.client_id:
            raise ValidationError("visit_client_changed",
                                  translate("errors", "不能把记录改到另一位客户名下，请作废后重新登记。"),
                                  field="client")
        # A card that has expired or been refunded since cannot take or give back anything, so the
        # correction must leave what the visit drew from it unchanged; those ledger lines then stay as they are.
        closed = _closed_cards_used(visit_id)
        for package_id, used in closed.items():
            if _card_use(data, package_id) != used:
                name = get_package(package_id).name
                raise ValidationError("package_closed_in_visit",
                                      translate("errors", "“%1”已过期或已退卡，这次从卡里扣的部分不能再修改。"), name,
                                      field="items", name=name)
        # Ledger reasons the app writes are in the language in use; stored ones stay as they were written.
        _give_back(visit, when, staff_id, fill(translate("recording", "更正记录：%1"), reason), keep=frozenset(closed))
        priced, payments, total = _checked(data)
        priced = _keep_stored_figures(visit_id, priced)
        VisitItem.delete().where(VisitItem.visit == visit_id).execute()
        VisitTherapist.delete().where(VisitTherapist.visit == visit_id).execute()
        Visit.update(visited_at=data.visited_at.replace(microsecond=0), total_fen=total,
                     skin_condition=data.skin_condition.strip(), notes=data.notes.strip(),
                     satisfaction=data.satisfaction, complaint=bool(data.complaint), updated_at=when
                     ).where(Visit.id == visit_id).execute()
        _apply(visit, data, priced, payments, when, staff_id, keep=frozenset(closed))
        VisitRevision.create(visit=visit_id, action="edit", reason=reason, staff=staff_id, before_json=before,
                             created_at=when)
        access.record("visit.edit", f"visit:{visit_id}", f"total_fen={total}")
        return get_visit(visit_id)


def void_visit(visit_id: int, reason: str, *, staff_id: int | None = None, when: datetime | None = None) -> Visit:
    """Cancel a visit: sessions and stored value go back to the cards, payments are reversed."""
    access.require(access.VISITS_VOID)
    staff_id = access.acting_staff(staff_id)
    when = when or now()
    staff_id = checked_staff_id(staff_id)
    with write_transaction():
        visit, reason, before = _visit_to_change(visit_id, reason, "void")
        closed = [get_package(package_id) for package_id in _closed_cards_used(visit_id)]
        refunded = [package.name for package in closed if package.status == "refunded"]
        if refunded:
            # The refund was computed with these sessions as used; undoing them needs the owner, not a void.
            raise ValidationError("package_closed_in_visit",
                                  translate("errors", "“%1”已退卡，退款时已按这次消费计算，不能作废这条记录。"),
                                  refunded[0], field="visit", name=refunded[0])
        _give_back(visit, when, staff_id, fill(translate("recording", "作废记录：%1"), reason))
        for package in closed:  # expired: what the void gives back expires again at once
            package = get_package(package.id)
            if holds_something(package):
                take_all_left(package, "expiry", when, staff_id=staff_id,
                              reason=fill(translate("recording", "作废记录退回的部分随卡过期（有效期至 %1）"),
                                          package.expires_on))
        Visit.update(status="void", voided_at=when, void_reason=reason, updated_at=when
                     ).where(Visit.id == visit_id).execute()
        VisitRevision.create(visit=visit_id, action="void", reason=reason, staff=staff_id, before_json=before,
                             created_at=when)
        access.record("visit.void", f"visit:{visit_id}")
        return get_visit(visit_id)
