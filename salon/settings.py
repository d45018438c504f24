"""The salon's own settings, kept in the database so every till on the same file agrees (F4, F5, receipts).

Declared once, as data: each field of `SalonSettings` is a setting, its default is the field's default, and
`load_settings` / `save_settings` read and write every field the same way. Preferences of one computer (window
size, whether the receipt pops up) are the UI's, in QSettings, not here.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

from salon.dates import now
from salon.errors import ValidationError
from salon.money import MAX_AMOUNT_FEN, format_fen
from salon.store.models import SalonSetting, database_proxy

# How a line paid by a card earns commission: on what the client really paid per session (耗卡 at the card's
# price; the default, as most salons pay it) or on the service's list price.
COMMISSION_ON_PAID = "paid"
COMMISSION_ON_LIST = "list"
COMMISSION_POLICIES = (COMMISSION_ON_PAID, COMMISSION_ON_LIST)

TEXT_LIMITS = {"salon_name": 40, "salon_address": 80, "salon_phone": 30}


@dataclass(frozen=True)
class SalonSettings:
    salon_name: str = ""  # printed on receipts and refund statements instead of the software's name
    salon_address: str = ""
    salon_phone: str = ""
    commission_on_cards: str = COMMISSION_ON_PAID
    # A price, a card or a payment above this asks "are you sure?" naming the amount in words.
    confirm_above_fen: int = 2_000_000


def _decode(kind: type, text: str) -> object:
    return int(text) if kind is int else text


def load_settings() -> SalonSettings:
    """The salon's settings; a setting never saved (or saved by a newer release) has its default."""
    stored = {row.key: row.value for row in SalonSetting.select()}
    values = {}
    for spec in fields(SalonSettings):
        if spec.name in stored:
            kind = type(spec.default)
            try:
                values[spec.name] = _decode(kind, stored[spec.name])
            except ValueError:
                continue  # a value this release cannot read keeps the default rather than stopping the app
    return SalonSettings(**values)


def _validated(settings: SalonSettings) -> SalonSettings:
    tidy = {name: " ".join(getattr(settings, name).split()) for name in TEXT_LIMITS}
    for name, limit in TEXT_LIMITS.items():
        if len(tidy[name]) > limit:
            raise ValidationError("text_too_long", f"最多 {limit} 个字。", field=name, limit=limit)
    if settings.commission_on_cards not in COMMISSION_POLICIES:
        raise ValidationError("choice_invalid", "提成方式无效。", field="commission_on_cards")
    if not 0 < settings.confirm_above_fen <= MAX_AMOUNT_FEN:
        raise ValidationError("amount_invalid", f"提醒金额应在 0.01 与 {format_fen(MAX_AMOUNT_FEN)} 元之间。",
                              field="confirm_above_fen")
    return replace(settings, **tidy)


def save_settings(settings: SalonSettings) -> SalonSettings:
    """Validate and store every setting in one transaction; returns them as stored."""
    settings = _validated(settings)
    moment = now()
    with database_proxy.atomic():
        for spec in fields(SalonSettings):
            SalonSetting.replace(key=spec.name, value=str(getattr(settings, spec.name)), updated_at=moment).execute()
    return settings
