"""What a visit is made of, as the counter enters it, and its lines priced: amount, commission, follow-up days.

Nothing here writes: `salon.visits.recording` prices the lines first and then saves them.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from salon.catalogue import get_product, get_service
from salon.errors import ValidationError
from salon.inputs import as_whole, checked_datetime, optional_whole_number, record_id, whole_number
from salon.money import checked_fen, format_fen, refuse_absurd, share
from salon.packages.views import paid_per_session
from salon.payments import PaymentInput
from salon.settings import COMMISSION_ON_PAID, load_settings
from salon.staff import format_percent
from salon.store.models import ClientPackage, Staff
from salon.text import clean_text
from salon.words import QT_TRANSLATE_NOOP, fill, translate


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


# More than this many of one thing in one visit is a slip of the finger (more than 99 asks first:
# salon.plausibility).
QUANTITY_LIMIT = 500


def _staff_id(value: object, field_name: str, row: int | None = None) -> int | None:
    """A staff id as given; one that cannot be an id is a staff member who does not exist."""
    if value is None:
        return None
    number = as_whole(value)
    if number is None or not 1 <= number < 2**63:
        raise ValidationError("staff_missing", translate("errors", "所选员工不存在。"), field=field_name,
                              **({} if row is None else {"row": row}))
    return number


def _checked_item(item: object, position: int) -> VisitItemInput:
    if not isinstance(item, VisitItemInput):
        raise ValidationError("choice_invalid", translate("errors", "项目类型无效。"), field="items", row=position)
    if not isinstance(item.kind, str) or item.kind not in ("service", "product"):
        raise ValidationError("choice_invalid", translate("errors", "项目类型无效。"), field="items", row=position)
    package_id = None
    if item.package_id is not None:
        package_id = as_whole(item.package_id)
        if package_id is None or not 1 <= package_id < 2**63:
            raise ValidationError("package_missing", translate("errors", "所选的卡不存在。"), field="items",
                                  row=position)
    return VisitItemInput(
        item.kind, record_id(item.item_id, item.kind),
        whole_number(item.quantity, "items", minimum=1, maximum=QUANTITY_LIMIT, code="quantity_invalid",
                     message=fill(translate("errors", "数量应为 1–%1。"), QUANTITY_LIMIT), row=position,
                     limit=QUANTITY_LIMIT),
        None if item.unit_price_fen is None else checked_fen(item.unit_price_fen, "items"),
        checked_fen(item.discount_fen, "items"), _staff_id(item.therapist_id, "items", position), package_id)


def checked_visit_input(data: VisitInput) -> VisitInput:
    """The visit as typed with every value of the right kind and within range (ints, cleaned text, a date in
    1900–2100), or ValidationError / NotFoundError. Reads nothing: what exists is checked when it is priced."""
    if not isinstance(data, VisitInput):
        raise ValidationError("visit_empty", translate("errors", "请至少添加一个项目或产品。"), field="items")
    if not isinstance(data.items, (list, tuple)) or not isinstance(data.payments, (list, tuple)) \
            or not isinstance(data.therapist_ids, (list, tuple)):
        raise ValidationError("visit_empty", translate("errors", "请至少添加一个项目或产品。"), field="items")
    payments = []
    for payment in data.payments:
        if not isinstance(payment, PaymentInput):
            raise ValidationError("payment_method_invalid", translate("errors", "付款方式无效。"), field="payments")
        payments.append(PaymentInput(payment.method, checked_fen(payment.amount_fen, "payments"),
                                     payment.package_id))
    token = data.request_token
    return replace(
        data, client_id=record_id(data.client_id, "client"),
        visited_at=checked_datetime(data.visited_at, "visited_at"),
        items=[_checked_item(item, position) for position, item in enumerate(data.items)], payments=payments,
        therapist_ids=[_staff_id(staff_id, "therapists") for staff_id in data.therapist_ids],
        skin_condition=clean_text(data.skin_condition, field="skin_condition",
                                  what=QT_TRANSLATE_NOOP("fields", "皮肤状况"), multiline=True),
        notes=clean_text(data.notes, field="notes", what=QT_TRANSLATE_NOOP("fields", "备注"), multiline=True),
        satisfaction=optional_whole_number(data.satisfaction, "satisfaction", minimum=1, maximum=5,
                                           code="satisfaction_invalid",
                                           message=translate("errors", "满意度应为 1–5。")),
        complaint=bool(data.complaint),
        request_token=clean_text(token, field="request_token") or None if token is not None else None,
    )


def commission_for(amount_fen: int, quantity: int, service_rate_bp: int | None, service_fen: int | None,
                   therapist_rate_bp: int) -> tuple[int, str]:
    """The therapist's commission on a line: the service's fixed amount or rate, else the therapist's rate."""
    if service_fen is not None:
        return service_fen * quantity, fill(translate("pricing", "%1/次"), format_fen(service_fen))
    rate = service_rate_bp if service_rate_bp is not None else therapist_rate_bp
    return share(amount_fen, rate, 10000), format_percent(rate)


def price_items(data: VisitInput) -> list[PricedItem]:
    """Validate the lines against the catalogue and price them (no writes)."""
    data = checked_visit_input(data)
    if not data.items:
        raise ValidationError("visit_empty", translate("errors", "请至少添加一个项目或产品。"), field="items")
    priced: list[PricedItem] = []
    therapists: dict[int, Staff] = {}
    on_paid_price = load_settings().commission_on_cards == COMMISSION_ON_PAID
    for position, item in enumerate(data.items):
        if item.package_id is not None and not ClientPackage.select().where(
                ClientPackage.id == item.package_id).exists():
            raise ValidationError("package_missing", translate("errors", "所选的卡不存在。"), field="items",
                                  row=position)
        therapist = None
        if item.therapist_id is not None:
            therapist = therapists.get(item.therapist_id) or Staff.get_or_none(Staff.id == item.therapist_id)
            if therapist is None:
                raise ValidationError("staff_missing", translate("errors", "所选员工不存在。"), field="items",
                                      row=position)
            therapists[therapist.id] = therapist
        if item.kind == "service":
            catalogue_item = get_service(item.item_id)
        elif item.kind == "product":
            catalogue_item = get_product(item.item_id)
            if item.package_id is not None:
                raise ValidationError("package_not_covering", translate("errors", "产品不能用次卡抵扣。"),
                                      field="items", row=position)
        else:
            raise ValidationError("choice_invalid", translate("errors", "项目类型无效。"), field="items", row=position)
        unit = refuse_absurd(catalogue_item.price_fen if item.unit_price_fen is None else int(item.unit_price_fen),
                             "items")
        if unit < 0 or item.discount_fen < 0:
            raise ValidationError("amount_negative", translate("errors", "价格和优惠不能为负数。"), field="items",
                                  row=position)
        if item.discount_fen > unit * item.quantity:
            raise ValidationError("discount_too_large", translate("errors", "优惠不能超过金额。"), field="items",
                                  row=position)
        amount = refuse_absurd(unit * item.quantity - item.discount_fen, "items")
        commission, basis = 0, ""
        if therapist is not None:
            if item.kind == "service":
                terms = (paid_per_session(item.package_id, data.visited_at) if item.package_id and on_paid_price
                         else None)
                # 耗卡 at the card's price: the share of what the client really paid for these sessions.
                earned_on = share(terms[0], item.quantity, terms[1]) if terms else amount
                commission, basis = commission_for(earned_on, item.quantity, catalogue_item.commission_rate_bp,
                                                   catalogue_item.commission_fen, therapist.commission_rate_bp)
                if terms and catalogue_item.commission_fen is None:
                    # Kept with the line: a basis already saved stays in the language it was written in.
                    basis += fill(translate("pricing", "（卡实付 %1/次）"), format_fen(share(terms[0], 1, terms[1])))
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
