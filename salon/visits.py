"""Recording a visit (F5): services and products, package deductions, split payments, in one transaction.

A visit commits whole or not at all: the visit, its lines, its payments and its package ledger lines.
The payments (cash, WeChat Pay, Alipay, bank card, stored-value cards) must add up to exactly what the
lines not deducted from a package cost; the change for cash is the counter's business, not stored.
A correction re-applies the visit through the ledger (give back, take again) and keeps the visit as it
was in `visit_revision`; a void gives every session and every yuan back through the ledger.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime

from peewee import IntegrityError

from salon import packages
from salon.catalogue import get_product, get_service
from salon.errors import NotFoundError, ValidationError
from salon.models import (
    Client,
    ClientPackage,
    PackageLedger,
    Payment,
    Staff,
    Visit,
    VisitItem,
    VisitRevision,
    VisitTherapist,
    database_proxy,
)
from salon.money import format_fen, share
from salon.packages import PAYMENT_METHODS, PaymentInput, check_payments
from salon.staff import format_percent


@dataclass
class VisitItemInput:
    kind: str  # 'service' or 'product'
    item_id: int
    quantity: int = 1
    unit_price_fen: int | None = None  # None: the catalogue price
    discount_fen: int = 0
    therapist_id: int | None = None
    package_id: int | None = None  # a count or period card that pays for this service


@dataclass
class VisitInput:
    client_id: int
    visited_at: datetime
    items: list[VisitItemInput] = field(default_factory=list)
    payments: list[PaymentInput] = field(default_factory=list)
    therapist_ids: list[int] = field(default_factory=list)
    skin_condition: str = ""
    notes: str = ""
    satisfaction: int | None = None
    complaint: bool = False
    request_token: str | None = None  # the same token saves once: a double click records one visit


@dataclass(frozen=True)
class PricedItem:
    """A line as it will be stored, with its price, commission and follow-up days resolved."""

    kind: str
    item_id: int
    name: str
    quantity: int
    unit_price_fen: int
    discount_fen: int
    amount_fen: int
    therapist_id: int | None
    package_id: int | None
    commission_fen: int
    commission_basis: str
    followup_days: str


def commission_for(amount_fen: int, quantity: int, service_rate_bp: int | None, service_fen: int | None,
                   therapist_rate_bp: int) -> tuple[int, str]:
    """The therapist's commission on a line: the service's fixed amount or rate, else the therapist's rate."""
    if service_fen is not None:
        return service_fen * quantity, f"{format_fen(service_fen)}/次"
    rate = service_rate_bp if service_rate_bp is not None else therapist_rate_bp
    return share(amount_fen, rate, 10000), format_percent(rate)


def price_items(data: VisitInput) -> list[PricedItem]:
    """Validate the lines against the catalogue and price them (no writes)."""
    if not data.items:
        raise ValidationError("visit_empty", "请至少添加一个项目或产品。", field="items")
    priced: list[PricedItem] = []
    therapists: dict[int, Staff] = {}
    for position, item in enumerate(data.items):
        if item.quantity < 1 or item.quantity > 999:
            raise ValidationError("quantity_invalid", "数量应为 1–999。", field="items", row=position)
        therapist = None
        if item.therapist_id is not None:
            therapist = therapists.get(item.therapist_id) or Staff.get_or_none(Staff.id == item.therapist_id)
            if therapist is None:
                raise ValidationError("staff_missing", "所选员工不存在。", field="items", row=position)
            therapists[therapist.id] = therapist
        if item.kind == "service":
            catalogue_item = get_service(item.item_id)
        elif item.kind == "product":
            catalogue_item = get_product(item.item_id)
            if item.package_id is not None:
                raise ValidationError("package_not_covering", "产品不能用次卡抵扣。", field="items", row=position)
        else:
            raise ValidationError("choice_invalid", "项目类型无效。", field="items", row=position)
        unit = catalogue_item.price_fen if item.unit_price_fen is None else int(item.unit_price_fen)
        if unit < 0 or item.discount_fen < 0:
            raise ValidationError("amount_negative", "价格和优惠不能为负数。", field="items", row=position)
        if item.discount_fen > unit * item.quantity:
            raise ValidationError("discount_too_large", "优惠不能超过金额。", field="items", row=position)
        amount = unit * item.quantity - item.discount_fen
        commission, basis = 0, ""
        if therapist is not None:
            if item.kind == "service":
                commission, basis = commission_for(amount, item.quantity, catalogue_item.commission_rate_bp,
                                                   catalogue_item.commission_fen, therapist.commission_rate_bp)
            else:
                commission, basis = commission_for(amount, item.quantity, None, None, therapist.commission_rate_bp)
        priced.append(PricedItem(
            item.kind, item.item_id, catalogue_item.name if item.kind == "service"
            else " ".join(part for part in (catalogue_item.brand, catalogue_item.name) if part),
            item.quantity, unit, item.discount_fen, amount, item.therapist_id, item.package_id, commission, basis,
            catalogue_item.followup_days if item.kind == "service" else "",
        ))
    return priced


def amount_due(priced: list[PricedItem]) -> int:
    """What the client pays at the counter: every line not deducted from a package."""
    return sum(item.amount_fen for item in priced if item.package_id is None)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _validate_header(data: VisitInput) -> None:
    if not Client.select().where(Client.id == data.client_id).exists():
        raise NotFoundError(f"client {data.client_id}")
    if data.satisfaction is not None and not 1 <= data.satisfaction <= 5:
        raise ValidationError("satisfaction_invalid", "满意度应为 1–5。", field="satisfaction")
    if data.visited_at > _now().replace(hour=23, minute=59, second=59):
        raise ValidationError("date_future", "到店时间不能晚于今天。", field="visited_at")
    for staff_id in data.therapist_ids:
        if not Staff.select().where(Staff.id == staff_id).exists():
            raise ValidationError("staff_missing", "所选员工不存在。", field="therapists")


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
            package = packages.get_package(item.package_id)
            packages.use_sessions(package, item.item_id, item.quantity, on, when, client_id=data.client_id,
                                  visit_id=visit.id, staff_id=staff_id)
    for payment in payments:
        if payment.package_id in keep:
            continue
        if payment.method == "stored_value":
            package = packages.get_package(payment.package_id)
            packages.pay_from_stored_value(package, payment.amount_fen, on, when, client_id=data.client_id,
                                           visit_id=visit.id, staff_id=staff_id)
        Payment.create(visit=visit.id, method=payment.method, amount_fen=payment.amount_fen,
                       package=payment.package_id, paid_at=when)
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
        raise ValidationError(
            "payments_mismatch",
            f"付款合计 {format_fen(paid)} 元，应付 {format_fen(due)} 元" + ("，还差 " + format_fen(due - paid) + " 元。"
                                                                     if paid < due else "，多付了。"),
            field="payments", due=due, paid=paid)
    return priced, payments, sum(i.amount_fen for i in priced)


def save_visit(data: VisitInput, *, staff_id: int | None = None, when: datetime | None = None) -> Visit:
    """Record a visit with everything in it, or nothing at all."""
    when = when or _now()
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
    with database_proxy.atomic():
        visit = Visit.create(
            client=data.client_id, visited_at=data.visited_at.replace(microsecond=0), status="done", total_fen=total,
            skin_condition=data.skin_condition.strip(), notes=data.notes.strip(), satisfaction=data.satisfaction,
            complaint=bool(data.complaint), request_token=data.request_token or None, created_at=when,
            updated_at=when,
        )
        _apply(visit, data, priced, payments, when, staff_id)
        return visit


def get_visit(visit_id: int) -> Visit:
    visit = Visit.get_or_none(Visit.id == visit_id)
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
    return VisitInput(visit.client_id, _as_datetime(visit.visited_at), items, payments, therapist_ids,
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
            packages.reverse_line(line, when, staff_id=staff_id, reason=reason)
    reversed_payments = {row.reverses_id for row in Payment.select(Payment.reverses)
                         .where((Payment.visit == visit.id) & Payment.reverses.is_null(False))}
    for payment in Payment.select().where((Payment.visit == visit.id) & Payment.reverses.is_null(True)
                                          ).order_by(Payment.id):
        if payment.id not in reversed_payments and payment.package_id not in keep:
            Payment.create(visit=visit.id, method=payment.method, amount_fen=-payment.amount_fen,
                           package=payment.package_id, reverses=payment.id, paid_at=when)


def update_visit(visit_id: int, data: VisitInput, reason: str, *, staff_id: int | None = None,
                 when: datetime | None = None) -> Visit:
    """Correct a saved visit: the old version goes to the audit trail, packages and payments are re-applied."""
    when = when or _now()
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("reason_required", "修改已保存的记录要写明原因。", field="reason")
    with database_proxy.atomic():
        visit = get_visit(visit_id)
        if visit.status == "void":
            raise ValidationError("visit_void", "这条记录已作废，不能再修改。", field="visit")
        if data.client_id != visit.client_id:
            raise ValidationError("visit_client_changed", "不能把记录改到另一位客户名下，请作废后重新登记。",
                                  field="client")
        before = _snapshot(visit_id)
        # A card that has expired or been refunded since cannot take or give back anything, so the
        # correction must leave what the visit drew from it unchanged; those ledger lines then stay as they are.
        closed = _closed_cards_used(visit_id)
        for package_id, used in closed.items():
            if _card_use(data, package_id) != used:
                name = packages.get_package(package_id).name
                raise ValidationError("package_closed_in_visit",
                                      f"“{name}”已过期或已退卡，这次从卡里扣的部分不能再修改。",
                                      field="items", name=name)
        _give_back(visit, when, staff_id, f"更正记录：{reason}", keep=frozenset(closed))
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
        return get_visit(visit_id)


def void_visit(visit_id: int, reason: str, *, staff_id: int | None = None, when: datetime | None = None) -> Visit:
    """Cancel a visit: sessions and stored value go back to the cards, payments are reversed."""
    when = when or _now()
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("reason_required", "作废记录要写明原因。", field="reason")
    with database_proxy.atomic():
        visit = get_visit(visit_id)
        if visit.status == "void":
            raise ValidationError("visit_void", "这条记录已经作废了。", field="visit")
        before = _snapshot(visit_id)
        closed = [packages.get_package(package_id) for package_id in _closed_cards_used(visit_id)]
        refunded = [package.name for package in closed if package.status == "refunded"]
        if refunded:
            # The refund was computed with these sessions as used; undoing them needs the owner, not a void.
            raise ValidationError("package_closed_in_visit",
                                  f"“{refunded[0]}”已退卡，退款时已按这次消费计算，不能作废这条记录。",
                                  field="visit", name=refunded[0])
        _give_back(visit, when, staff_id, f"作废记录：{reason}")
        for package in closed:  # expired: what the void gives back expires again at once
            package = packages.get_package(package.id)
            if package.sessions_left or package.principal_fen or package.bonus_fen:
                packages.add_line(package, "expiry", when, sessions=-(package.sessions_left or 0),
                                  principal_fen=-package.principal_fen, bonus_fen=-package.bonus_fen,
                                  staff_id=staff_id,
                                  reason=f"作废记录退回的部分随卡过期（有效期至 {package.expires_on}）")
        Visit.update(status="void", voided_at=when, void_reason=reason, updated_at=when
                     ).where(Visit.id == visit_id).execute()
        VisitRevision.create(visit=visit_id, action="void", reason=reason, staff=staff_id, before_json=before,
                             created_at=when)
        return get_visit(visit_id)


# --- reading: receipt, timeline --------------------------------------------------------------------------
@dataclass(frozen=True)
class ReceiptLine:
    name: str
    quantity: int
    unit_price_fen: int
    discount_fen: int
    amount_fen: int
    therapist_name: str
    package_name: str  # '' when paid at the counter


@dataclass(frozen=True)
class PackageMovement:
    package_id: int
    package_name: str
    kind: str  # 'count', 'period', 'stored_value'
    sessions_used: int
    amount_fen: int  # stored value drawn (principal + bonus)
    sessions_left: int | None  # what is left now
    balance_fen: int
    expires_on: date | None


@dataclass(frozen=True)
class VisitDetail:
    id: int
    client_id: int
    client_name: str
    visited_at: datetime
    status: str
    total_fen: int
    due_fen: int
    lines: list[ReceiptLine]
    payments: list[tuple[str, int]]  # (method, net amount), stored value excluded
    stored_value: list[tuple[str, int]]  # (card name, amount)
    packages: list[PackageMovement]
    therapist_names: list[str]
    skin_condition: str
    notes: str
    satisfaction: int | None
    complaint: bool
    void_reason: str
    revisions: int


def visit_detail(visit_id: int) -> VisitDetail:
    """Everything a receipt shows: what was done, what each card paid, and what is left on it now."""
    visit = get_visit(visit_id)
    client = Client.get_by_id(visit.client_id)
    staff_names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    package_names = {}
    lines = []
    for item in VisitItem.select().where(VisitItem.visit == visit_id).order_by(VisitItem.position):
        package_name = ""
        if item.package_id:
            package_name = package_names.setdefault(item.package_id, packages.get_package(item.package_id).name)
        lines.append(ReceiptLine(item.name, item.quantity, item.unit_price_fen, item.discount_fen, item.amount_fen,
                                 staff_names.get(item.therapist_id, ""), package_name))
    net: dict[tuple[str, int | None], int] = {}
    for payment in Payment.select().where(Payment.visit == visit_id).order_by(Payment.id):
        key = (payment.method, payment.package_id)
        net[key] = net.get(key, 0) + payment.amount_fen
    # Per card: sessions taken by the lines (unlimited cards count uses too) and stored value drawn, net of
    # any correction; a void gives everything back, so a void visit shows no movement.
    moved: dict[int, list[int]] = {}
    if visit.status == "done":
        for item in VisitItem.select().where((VisitItem.visit == visit_id) & VisitItem.package.is_null(False)):
            moved.setdefault(item.package_id, [0, 0])[0] += item.quantity
        for line in PackageLedger.select().where(PackageLedger.visit == visit_id):
            if line.principal_delta_fen or line.bonus_delta_fen:
                moved.setdefault(line.package_id, [0, 0])[1] -= line.principal_delta_fen + line.bonus_delta_fen
    package_moves = []
    for package_id, (sessions, amount) in moved.items():
        if not sessions and not amount:
            continue
        package = packages.get_package(package_id)
        package_moves.append(PackageMovement(
            package.id, package.name, package.kind, sessions, amount, package.sessions_left,
            package.principal_fen + package.bonus_fen,
            _as_date(package.expires_on) if package.expires_on else None))
    therapist_names = [staff_names.get(row.staff_id, "") for row in
                       VisitTherapist.select().where(VisitTherapist.visit == visit_id).order_by(VisitTherapist.staff)]
    priced_due = sum(line.amount_fen for line in lines if not line.package_name)
    return VisitDetail(
        visit.id, client.id, client.name, _as_datetime(visit.visited_at), visit.status, visit.total_fen, priced_due,
        lines,
        [(method, amount) for (method, pid), amount in net.items() if method != "stored_value" and amount],
        [(packages.get_package(pid).name, amount) for (method, pid), amount in net.items()
         if method == "stored_value" and amount],
        package_moves, therapist_names, visit.skin_condition, visit.notes, visit.satisfaction,
        bool(visit.complaint), visit.void_reason,
        VisitRevision.select().where(VisitRevision.visit == visit_id).count(),
    )


@dataclass(frozen=True)
class TimelineEntry:
    """One event in a client's history: a visit, or something that happened to one of her packages."""

    when: datetime
    # 'visit', a ledger kind ('sale', 'top_up', 'refund', 'adjustment', 'expiry'), or 'reactivation' (an
    # adjustment that gives an expiry back)
    kind: str
    visit_id: int | None
    package_id: int | None
    title: str  # service names, or the package name
    amount_fen: int  # visit total, or money paid (negative: paid back)
    detail: str  # therapists, or the change to the package
    status: str  # visit status ('done' / 'void'), '' for package events
    card_sessions: int = 0  # sessions of the visit paid by cards (its amount is then not money taken)


def client_timeline(client_id: int, limit: int | None = None) -> list[TimelineEntry]:
    """The client's visits and package events (sales, top-ups, refunds, adjustments, expiry), newest first."""
    entries: list[TimelineEntry] = []
    visit_sql = (
        "SELECT v.id, v.visited_at, v.status, v.total_fen,"
        " (SELECT group_concat(name, '、') FROM (SELECT name FROM visit_item WHERE visit_id = v.id ORDER BY position)),"
        " (SELECT group_concat(s.name, '、') FROM visit_therapist vt JOIN staff s ON s.id = vt.staff_id"
        "  WHERE vt.visit_id = v.id),"
        " (SELECT coalesce(sum(quantity), 0) FROM visit_item WHERE visit_id = v.id AND package_id IS NOT NULL)"
        " FROM visit v WHERE v.client_id = ? ORDER BY v.visited_at DESC, v.id DESC"
        + (f" LIMIT {int(limit)}" if limit else ""))
    for visit_id, visited_at, status, total, names, therapists, card_sessions in \
            database_proxy.execute_sql(visit_sql, (client_id,)):
        entries.append(TimelineEntry(_as_datetime(visited_at), "visit", visit_id, None, names or "", total,
                                     therapists or "", status, card_sessions))
    ledger_sql = (
        "SELECT l.created_at,"
        " CASE WHEN l.kind = 'adjustment' AND l.reverses_id IS NOT NULL THEN 'reactivation' ELSE l.kind END,"
        " l.package_id, p.name, l.paid_fen, l.sessions_delta,"
        " l.principal_delta_fen + l.bonus_delta_fen, l.reason"
        " FROM package_ledger l JOIN client_package p ON p.id = l.package_id"
        " WHERE p.client_id = ? AND l.kind IN ('sale', 'top_up', 'refund', 'adjustment', 'expiry')"
        " ORDER BY l.created_at DESC, l.id DESC" + (f" LIMIT {int(limit)}" if limit else ""))
    for created_at, kind, package_id, name, paid, sessions, money, reason in \
            database_proxy.execute_sql(ledger_sql, (client_id,)):
        change = []
        if sessions:
            change.append(f"{sessions:+d} 次")
        if money:
            change.append(f"{'+' if money > 0 else '-'}{format_fen(abs(money))} 元")
        if reason:
            change.append(reason)
        entries.append(TimelineEntry(_as_datetime(created_at), kind, None, package_id, name, paid, "，".join(change),
                                     ""))
    entries.sort(key=lambda e: (e.when, e.visit_id or 0), reverse=True)
    return entries[:limit] if limit else entries


def _as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def client_package_choices(client_id: int, service_id: int, on: date) -> list[ClientPackage]:
    """For the visit dialog: the cards that can pay for this service, the right one first."""
    return packages.packages_for_service(client_id, service_id, on)
