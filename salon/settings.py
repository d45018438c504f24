"""The salon's own settings, kept in the database so every till on the same file agrees (F4, F5, receipts).

Declared once, as data: each field of `SalonSettings` is a setting, its default is the field's default, and
`load_settings` / `save_settings` read and write every field the same way. Preferences of one computer (window
size, whether the receipt pops up) are the UI's, in QSettings, not here.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

from salon import access
from salon.dates import now
from salon.errors import ValidationError
from salon.inputs import as_whole
from salon.money import MAX_AMOUNT_FEN, format_fen
from salon.store.models import SalonSetting, write_transaction
from salon.text import clean_text
from salon.words import QT_TRANSLATE_NOOP, translate, word

# How a line paid by a card earns commission: on what the client really paid per session (耗卡 at the card's
# price; the default, as most salons pay it) or on the service's list price.
COMMISSION_ON_PAID = "paid"
COMMISSION_ON_LIST = "list"
COMMISSION_POLICIES = (COMMISSION_ON_PAID, COMMISSION_ON_LIST)

TEXT_LIMITS = {"salon_name": 40, "salon_address": 80, "salon_phone": 30}

# The holidays and greetings a salon starts with, shown and used in the chosen language for as long as the salon
# keeps them as they are; they are stored as these Chinese sources (`save_settings`), so that a change of language
# follows. A text the salon edited is its own, and stays as typed in any language.
DEFAULT_HOLIDAYS = (
    (QT_TRANSLATE_NOOP("settings", "春节"), "lunar:1-1"), (QT_TRANSLATE_NOOP("settings", "元宵节"), "lunar:1-15"),
    (QT_TRANSLATE_NOOP("settings", "妇女节"), "solar:3-8"), (QT_TRANSLATE_NOOP("settings", "母亲节"), "weekday:5-2-6"),
    (QT_TRANSLATE_NOOP("settings", "七夕"), "lunar:7-7"), (QT_TRANSLATE_NOOP("settings", "中秋节"), "lunar:8-15"),
    (QT_TRANSLATE_NOOP("settings", "圣诞节"), "solar:12-25"), (QT_TRANSLATE_NOOP("settings", "元旦"), "solar:1-1"),
)
DEFAULT_GREETINGS = (
    QT_TRANSLATE_NOOP("settings",
                      "{name}，{holiday}快乐！{therapist}和全店同事祝您节日愉快，{interest}之余也别忘了好好休息。"),
    QT_TRANSLATE_NOOP("settings",
                      "亲爱的{name}，{holiday}到了，{therapist}想您啦！祝您和家人团圆美满，{interest}顺顺利利。"),
    QT_TRANSLATE_NOOP("settings",
                      "{name}您好，{holiday}快乐～愿您的{interest}时光更添好心情，有空来店里坐坐，{therapist}等您。"),
    QT_TRANSLATE_NOOP("settings",
                      "{holiday}安康，{name}！感谢您一直以来的信任，{therapist}祝您{interest}开心、皮肤越来越好。"),
)
DEFAULT_BIRTHDAY_GREETINGS = (
    QT_TRANSLATE_NOOP("settings",
                      "{name}，生日快乐！{therapist}和全店同事祝您新的一岁美丽如初，{interest}天天开心。"),
    QT_TRANSLATE_NOOP("settings",
                      "亲爱的{name}，今天是您的生日，{therapist}为您准备了一份小礼物，有空来店里取哦，生日快乐！"),
    QT_TRANSLATE_NOOP("settings",
                      "{name}生日快乐～愿新的一年{interest}多多收获，皮肤好、心情好，{therapist}一直在这里等您。"),
)
LOCALISED_DEFAULTS = ("holidays", "greetings", "birthday_greetings")


@dataclass(frozen=True)
class SalonSettings:
    salon_name: str = ""  # printed on receipts and refund statements instead of the software's name
    salon_address: str = ""
    salon_phone: str = ""
    commission_on_cards: str = COMMISSION_ON_PAID
    # A price, a card or a payment above this asks "are you sure?" naming the amount in words.
    confirm_above_fen: int = 2_000_000
    # --- the monthly review (报表): ABC classes by cumulative share of spend ---
    abc_a_percent: int = 70  # the biggest spenders making up this share of the total are A
    abc_b_percent: int = 90  # ... and up to this share B; the rest C
    # --- reminders (提醒/回访) ---
    lapse_due_days_over: int = 15  # days past her usual interval before a regular is "due" for a call
    lapse_risk_days_over: int = 30  # ... and "at risk"
    lapse_floor_days: int = 60  # a client with fewer than three visits is called after this many days
    one_time_call_days: int = 3  # a first-time client gets a "how was it" call this many days after
    card_low_sessions: int = 2  # a count card with this many sessions left or fewer: time to renew
    card_low_balance_fen: int = 20_000  # a stored-value card below this
    card_expiry_window_days: int = 30  # a card expiring within this many days
    card_unused_days: int = 60  # a card not used for this many days
    # One holiday a line: 'name|lunar:M-D', 'name|solar:M-D' or 'name|weekday:M-N-W' (Nth weekday W, Monday 0).
    holidays: str = "\n".join(f"{name}|{rule}" for name, rule in DEFAULT_HOLIDAYS)
    # One greeting a line, with {name}, {holiday}, {therapist} and {interest}; each client gets one of them.
    greetings: str = "\n".join(DEFAULT_GREETINGS)
    # Birthday wishes, one a line, with {name}, {therapist} and {interest}.
    birthday_greetings: str = "\n".join(DEFAULT_BIRTHDAY_GREETINGS)


def _localised_default(name: str) -> str:
    """The default of a text setting in the chosen language (the dataclass's default is the Chinese source)."""
    if name == "holidays":
        return "\n".join(f"{word('settings', holiday)}|{rule}" for holiday, rule in DEFAULT_HOLIDAYS)
    lines = DEFAULT_GREETINGS if name == "greetings" else DEFAULT_BIRTHDAY_GREETINGS
    return "\n".join(word("settings", line) for line in lines)


def holiday_key_name(name: str) -> str:
    """The name a holiday's reminders are remembered by: a default holiday's Chinese source whatever the language
    (a greeting sent stays sent when the language changes), any other holiday's name as it is."""
    return next((source for source, _rule in DEFAULT_HOLIDAYS if word("settings", source) == name), name)


def _source_default(name: str) -> str:
    return next(spec.default for spec in fields(SalonSettings) if spec.name == name)


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
    for name in LOCALISED_DEFAULTS:
        if values.get(name, _source_default(name)) == _source_default(name):
            values[name] = _localised_default(name)
    return SalonSettings(**values)


def _whole_numbers(settings: SalonSettings) -> dict[str, int]:
    """Every number setting as an int: 12.5 days or NaN would be stored as text no later release could read."""
    numbers = {}
    for spec in fields(SalonSettings):
        if type(spec.default) is int:
            value = as_whole(getattr(settings, spec.name))
            if value is None:
                raise ValidationError("days_invalid" if "fen" not in spec.name else "amount_invalid",
                                      translate("errors", "请填写整数。"), field=spec.name,
                                      text=str(getattr(settings, spec.name)))
            numbers[spec.name] = value
    return numbers


def _validated(settings: SalonSettings) -> SalonSettings:
    settings = replace(settings, **_whole_numbers(settings))
    tidy: dict[str, object] = {name: clean_text(getattr(settings, name), field=name, limit=limit)
                               for name, limit in TEXT_LIMITS.items()}
    for name in LOCALISED_DEFAULTS:
        tidy[name] = clean_text(getattr(settings, name), field=name, multiline=True)
        if tidy[name] == clean_text(_localised_default(name), field=name, multiline=True):
            tidy[name] = _source_default(name)  # a default kept as it is follows the language
    settings = replace(settings, **tidy)
    if not isinstance(settings.commission_on_cards, str) or settings.commission_on_cards not in COMMISSION_POLICIES:
        raise ValidationError("choice_invalid", translate("errors", "提成方式无效。"), field="commission_on_cards")
    for name in ("lapse_due_days_over", "lapse_risk_days_over", "lapse_floor_days", "one_time_call_days",
                 "card_low_sessions", "card_expiry_window_days", "card_unused_days"):
        if not 0 <= getattr(settings, name) <= 3660:
            raise ValidationError("days_invalid", translate("errors", "天数或次数应在 0–3660 之间。"), field=name)
    if not 0 <= settings.card_low_balance_fen <= MAX_AMOUNT_FEN:
        raise ValidationError("amount_invalid", translate("errors", "提醒余额无效。"), field="card_low_balance_fen")
    from salon.reminders.holidays import parse_holidays  # a holiday the list cannot read is refused now

    parse_holidays(settings.holidays)
    if not 0 < settings.abc_a_percent < settings.abc_b_percent <= 100:
        raise ValidationError("abc_invalid", translate("errors", "ABC 分类的两个比例应满足 0 < A < B ≤ 100。"),
                              field="abc_a_percent")
    if not 0 < settings.confirm_above_fen <= MAX_AMOUNT_FEN:
        raise ValidationError("amount_invalid", translate("errors", "提醒金额应在 0.01 与 %1 元之间。"),
                              format_fen(MAX_AMOUNT_FEN), field="confirm_above_fen")
    return settings


def save_settings(settings: SalonSettings) -> SalonSettings:
    """Validate and store every setting in one transaction; returns them as stored."""
    access.require(access.SETTINGS)
    settings = _validated(settings)
    moment = now()
    with write_transaction():
        for spec in fields(SalonSettings):
            SalonSetting.replace(key=spec.name, value=str(getattr(settings, spec.name)), updated_at=moment).execute()
        access.record("settings.save")
    return settings
