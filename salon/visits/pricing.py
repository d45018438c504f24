"""What a visit is made of, as the counter enters it, and its lines priced: amount, commission, follow-up days.

Nothing here writes: `salon.visits.recording` prices the lines first and then saves them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from salon.catalogue import get_product, get_service
from salon.errors import ValidationError
from salon.money import format_fen, refuse_absurd, share
from salon.packages.views import paid_per_session
from salon.payments import PaymentInput
from salon.settings import COMMISSION_ON_PAID, load_settings
from salon.staff import format_percent
from salon.store.models import Staff


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
    on_paid_price = load_settings().commission_on_cards == COMMISSION_ON_PAID
    for position, item in enumerate(data.items):
        if not 1 <= item.quantity <= QUANTITY_LIMIT:
            raise ValidationError("quantity_invalid", f"数量应为 1–{QUANTITY_LIMIT}。", field="items", row=position,
                                  limit=QUANTITY_LIMIT)
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
        unit = refuse_absurd(catalogue_item.price_fen if item.unit_price_fen is None else int(item.unit_price_fen),
                             "items")
        if unit < 0 or item.discount_fen < 0:
            raise ValidationError("amount_negative", "价格和优惠不能为负数。", field="items", row=position)
        if item.discount_fen > unit * item.quantity:
            raise ValidationError("discount_too_large", "优惠不能超过金额。", field="items", row=position)
        amount = unit * item.quantity - item.discount_fen
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
                    basis += f"（卡实付 {format_fen(share(terms[0], 1, terms[1]))}/次）"
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
