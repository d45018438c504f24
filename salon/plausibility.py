"""What a salon seldom types on purpose: an amount above the owner's ceiling, a bonus larger than what is paid,
a quantity in the hundreds, a visit dated more than a year back. None of these is refused — the owner may mean
it — but every screen asks first, naming the number in words, because a slip of the finger (one zero too many)
is read over in digits. What nobody means is refused where it is checked (over ¥1,000,000: `salon.money`;
over 500 of one thing: `salon.visits.pricing`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from salon.settings import SalonSettings, load_settings
from salon.words import translate

if TYPE_CHECKING:
    from salon.visits.pricing import VisitInput

LONG_AGO_DAYS = 365
# More than this many of one thing in one visit asks first (salon.visits.pricing refuses more than 500).
QUANTITY_CONFIRM_ABOVE = 99


@dataclass(frozen=True)
class Doubt:
    """One thing to confirm. `code`: 'amount_high', 'bonus_above_paid', 'quantity_high' or 'date_long_ago'."""

    code: str
    amount_fen: int = 0  # the amount in question (the bonus, for 'bonus_above_paid')
    limit_fen: int = 0  # the owner's ceiling, or what is paid
    quantity: int = 0
    days: int = 0
    label: str = ""  # what it is about: a service's name, '售价', '付款合计'


def amount_doubts(amount_fen: int, label: str, settings: SalonSettings | None = None) -> list[Doubt]:
    ceiling = (settings or load_settings()).confirm_above_fen
    return [Doubt("amount_high", amount_fen, ceiling, label=label)] if amount_fen > ceiling else []


def card_doubts(price_fen: int, bonus_fen: int = 0, settings: SalonSettings | None = None) -> list[Doubt]:
    """A card sold or topped up (or a plan priced): its price, and a bonus above what the client pays."""
    doubts = amount_doubts(price_fen, translate("plausibility", "售价"), settings)
    if bonus_fen > price_fen:
        doubts.append(Doubt("bonus_above_paid", bonus_fen, price_fen, label=translate("plausibility", "赠送")))
    return doubts


def visit_doubts(data: VisitInput, now: datetime, settings: SalonSettings | None = None) -> list[Doubt]:
    """A visit's lines and payments as typed (prices as the counter entered them), and its date."""
    from salon.catalogue import get_product, get_service  # the catalogue price when a line keeps it

    settings = settings or load_settings()
    doubts: list[Doubt] = []
    for item in data.items:
        catalogue = get_service(item.item_id) if item.kind == "service" else get_product(item.item_id)
        unit = catalogue.price_fen if item.unit_price_fen is None else item.unit_price_fen
        if item.quantity > QUANTITY_CONFIRM_ABOVE:
            doubts.append(Doubt("quantity_high", quantity=item.quantity, label=catalogue.name))
        doubts += amount_doubts(unit * item.quantity - item.discount_fen, catalogue.name, settings)
    doubts += amount_doubts(sum(payment.amount_fen for payment in data.payments), translate("plausibility", "付款合计"),
                           settings)
    if data.visited_at < now - timedelta(days=LONG_AGO_DAYS):
        doubts.append(Doubt("date_long_ago", days=(now.date() - data.visited_at.date()).days,
                            label=data.visited_at.date().isoformat()))
    return doubts

