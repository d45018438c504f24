"""What the front desk does with a reminder: done (a contact in the client's history, with a follow-up's
result), snoozed to a date, or dismissed. Each is remembered by the occasion's key, so the same occasion never
comes back; a snoozed one returns on its date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from salon import access
from salon.dates import as_date, now
from salon.errors import ValidationError
from salon.inputs import as_whole, checked_date
from salon.reminders.logs import log_gift, resolve_complaint
from salon.store.models import Client, Contact, ReminderState, Staff, database_proxy, write_transaction
from salon.text import clean_text
from salon.words import QT_TRANSLATE_NOOP, translate, word

CHANNELS = ("phone", "wechat", "sms", "in_person")
CHANNEL_WORDS = {"phone": QT_TRANSLATE_NOOP("actions", "电话"), "wechat": QT_TRANSLATE_NOOP("actions", "微信"),
                 "sms": QT_TRANSLATE_NOOP("actions", "短信"), "in_person": QT_TRANSLATE_NOOP("actions", "当面")}


def channel_word(channel: str) -> str:
    """How the salon reached her ('电话'), in the chosen language; an unknown channel as stored."""
    return word("actions", CHANNEL_WORDS[channel]) if channel in CHANNEL_WORDS else channel


@dataclass(frozen=True)
class Outcome:
    """A call or message made: how, what was said, and for a follow-up how the skin is and what comes next."""

    channel: str = "phone"
    note: str = ""
    skin_reaction: str = ""
    satisfied: bool | None = None
    next_booked: bool = False
    gift: str = ""  # a small gift given on the occasion, logged with it
    gift_cost_fen: int = 0
    resolution: str = ""  # for an open complaint: how it was resolved (it is then closed)


def _existing(model: type, record: object) -> bool:
    number = as_whole(record)
    return number is not None and 1 <= number < 2**63 and model.select().where(model.id == number).exists()


# How each kind of reminder key names its client: directly, or through the row it is about.
_KEY_CLIENT = (
    (re.compile(r"followup:(\d+):"), "SELECT v.client_id FROM visit_item i JOIN visit v ON v.id = i.visit_id"
                                       " WHERE i.id = ?"),
    (re.compile(r"complaint:(\d+)$"), "SELECT client_id FROM complaint WHERE id = ?"),
    (re.compile(r"(?:event|care):(\d+)"), "SELECT client_id FROM client_event WHERE id = ?"),
    (re.compile(r"card_[a-z_]+:(\d+)"), "SELECT client_id FROM client_package WHERE id = ?"),
    (re.compile(r"(?:lapse|birthday:client|birthday:family):(\d+):"), "SELECT ?"),
    (re.compile(r"holiday:.*:(\d+)$"), "SELECT ?"),
)


def key_client(key: str) -> int | None:
    """The client a reminder key is about (None: a key of no known form)."""
    for pattern, sql in _KEY_CLIENT:
        match = pattern.match(key)
        if match:
            row = database_proxy.execute_sql(sql, (int(match[1]),)).fetchone()
            return row[0] if row else None
    return None


def _require_own(key: str, client_id: int) -> None:
    """What is done about a reminder is done about its own client: a key about another client is refused (a
    therapist may act on her own clients' reminders only, and the record must name the right client)."""
    access.require(access.REMINDERS_ACT, client_id=client_id)
    about = key_client(key)
    if about is not None and about != client_id:
        raise ValidationError("reminder_other_client", translate("errors", "这条提醒不是这位客户的。"), field="key")


def _check(client_id: int, staff_id: int | None) -> None:
    if not _existing(Client, client_id):
        raise ValidationError("client_missing", translate("errors", "这位客户不存在。"), field="client")
    if staff_id is not None and not _existing(Staff, staff_id):
        raise ValidationError("staff_missing", translate("errors", "所选员工不存在。"), field="staff")


def _key(key: object) -> str:
    """An occasion's key ('birthday:12:2026'): text the lists built, so anything else names no occasion."""
    key = clean_text(key, field="key")
    if not key:
        raise ValidationError("choice_invalid", translate("errors", "提醒无效。"), field="key")
    return key


def _remember(key: str, client_id: int, status: str, staff_id: int | None, when: datetime,
              until: date | None = None) -> None:
    ReminderState.replace(key=key, client=client_id, status=status, snoozed_until=until, staff=staff_id,
                          updated_at=when).execute()


def complete(key: str, client_id: int, kind: str, outcome: Outcome, *, staff_id: int | None = None,
             when: datetime | None = None) -> Contact:
    """Done: the contact goes into her history and the occasion is not offered again."""
    key, kind = _key(key), clean_text(kind, field="kind")
    _require_own(key, client_id)
    staff_id = staff_id if staff_id is not None else access.actor_id()
    when = when or now()
    if not isinstance(outcome.channel, str) or outcome.channel not in CHANNELS:
        raise ValidationError("choice_invalid", translate("errors", "联系方式无效。"), field="channel")
    if outcome.satisfied not in (None, True, False) or isinstance(outcome.satisfied, float):
        raise ValidationError("choice_invalid", translate("errors", "满意与否选项无效。"), field="satisfied")
    note = clean_text(outcome.note, field="note", what=QT_TRANSLATE_NOOP("fields", "记录"), multiline=True)
    skin_reaction = clean_text(outcome.skin_reaction, field="skin_reaction",
                               what=QT_TRANSLATE_NOOP("fields", "皮肤反应"), multiline=True)
    resolution = clean_text(outcome.resolution, field="resolution", what=QT_TRANSLATE_NOOP("fields", "处理结果"),
                            multiline=True)
    complaint = re.fullmatch(r"complaint:([0-9]{1,18})", key) if key.startswith("complaint:") else None
    if key.startswith("complaint:") and complaint is None:
        raise ValidationError("complaint_closed", translate("errors", "这条投诉已经处理过了。"), field="complaint")
    with write_transaction():
        _check(client_id, staff_id)
        contact = Contact.create(client=client_id, contacted_at=when, kind=kind, channel=outcome.channel,
                                 note=note, reminder_key=key, skin_reaction=skin_reaction,
                                 satisfied=None if outcome.satisfied is None else bool(outcome.satisfied),
                                 next_booked=bool(outcome.next_booked), staff=staff_id)
        _remember(key, client_id, "done", staff_id, when)
        if clean_text(outcome.gift, field="gift", what=QT_TRANSLATE_NOOP("fields", "礼物")):
            log_gift(client_id, when.date(), outcome.gift, occasion=kind, cost_fen=outcome.gift_cost_fen,
                     staff_id=staff_id)
        if complaint is not None:
            resolve_complaint(int(complaint.group(1)), resolution or note, when.date())
        return contact


def snooze(key: str, client_id: int, until: date, *, staff_id: int | None = None,
           when: datetime | None = None) -> None:
    key, until = _key(key), checked_date(until, "until")
    _require_own(key, client_id)
    staff_id = staff_id if staff_id is not None else access.actor_id()
    when = when or now()
    if until <= when.date():
        raise ValidationError("date_not_later", translate("errors", "请选一个以后的日期。"), field="until")
    with write_transaction():
        _check(client_id, staff_id)
        _remember(key, client_id, "snoozed", staff_id, when, until)


def dismiss(key: str, client_id: int, *, staff_id: int | None = None, when: datetime | None = None) -> None:
    key = _key(key)
    _require_own(key, client_id)
    staff_id = staff_id if staff_id is not None else access.actor_id()
    with write_transaction():
        _check(client_id, staff_id)
        _remember(key, client_id, "dismissed", staff_id, when or now())


def still_open_sql(key: str) -> str:
    """A SQL condition: the occasion whose key the expression `key` builds was neither done nor dismissed."""
    return (f"NOT EXISTS (SELECT 1 FROM reminder_state s WHERE s.key = {key}"
            " AND s.status IN ('done', 'dismissed'))")


def closed_keys(keys: list[str]) -> set[str]:
    """The occasions among `keys` that were done or dismissed."""
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        found.update(row[0] for row in database_proxy.execute_sql(
            f"SELECT key FROM reminder_state WHERE key IN ({','.join('?' * len(chunk))})"
            " AND status IN ('done', 'dismissed')", chunk))
    return found


def snoozed() -> dict[str, date]:
    """Every snoozed occasion and the day it comes back."""
    return {key: as_date(until) for key, until in database_proxy.execute_sql(
        "SELECT key, snoozed_until FROM reminder_state INDEXED BY reminder_state_snoozed"
        " WHERE status = 'snoozed' AND snoozed_until IS NOT NULL")}
