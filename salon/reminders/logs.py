"""The gift log (who, when, what, occasion, cost, given by) and the complaint log (received, what, resolution,
resolved when, status). An open complaint is a reminder until it is resolved; a gift suggestion avoids the
gift the client got last time."""
from __future__ import annotations

from datetime import date

from salon import access
from salon.errors import NotFoundError, ValidationError
from salon.inputs import checked_date, optional_record_id, record_id
from salon.money import checked_fen
from salon.store.models import Client, Complaint, Gift, Staff, Visit, write_transaction
from salon.text import clean_text, one_line
from salon.words import QT_TRANSLATE_NOOP, translate, word

# What a salon usually keeps to hand; the suggestion skips what she got last.
GIFT_IDEAS = (QT_TRANSLATE_NOOP("logs", "补水面膜一盒"), QT_TRANSLATE_NOOP("logs", "护手霜"),
              QT_TRANSLATE_NOOP("logs", "精油小样套装"), QT_TRANSLATE_NOOP("logs", "一次免费肩颈护理"),
              QT_TRANSLATE_NOOP("logs", "香薰蜡烛"), QT_TRANSLATE_NOOP("logs", "定制花束"))


def log_gift(client_id: int, given_on: date, gift: str, *, occasion: str = "", cost_fen: int = 0,
             staff_id: int | None = None, note: str = "") -> Gift:
    access.require(access.REMINDERS_ACT, client_id=client_id)
    cost = checked_fen(cost_fen, "cost")
    with write_transaction():
        given = Gift.create(client=client_id, given_on=given_on,
                            gift=one_line(gift, limit=40, field="gift", what=QT_TRANSLATE_NOOP("fields", "礼物")),
                            occasion=clean_text(occasion, field="occasion"), cost_fen=cost,
                            staff=staff_id if staff_id is not None else access.actor_id(),
                            note=clean_text(note, field="note", what=QT_TRANSLATE_NOOP("fields", "备注"),
                                            multiline=True))
        access.record("gift", f"client:{client_id}", f"cost_fen={cost}")
        return given


def gifts_of(client_id: int) -> list[Gift]:
    access.require_visible(client_id)
    return list(Gift.select().where(Gift.client == client_id).order_by(Gift.given_on.desc(), Gift.id.desc()))


def suggest_gift(client_id: int) -> str:
    """A gift idea that is not the one she got last."""
    last = Gift.select(Gift.gift).where(Gift.client == client_id).order_by(Gift.given_on.desc(), Gift.id.desc())
    last_gift = last.first().gift if last.exists() else None
    return next(idea for idea in (word("logs", idea) for idea in GIFT_IDEAS) if idea != last_gift)


def log_complaint(client_id: int, received_on: date, what: str, *, visit_id: int | None = None,
                  staff_id: int | None = None) -> Complaint:
    client_id = record_id(client_id, "client")
    visit_id = optional_record_id(visit_id, "visit")
    staff_id = optional_record_id(staff_id, "staff")
    access.require(access.REMINDERS_ACT, client_id=client_id)
    received_on = checked_date(received_on, "received_on")
    what = clean_text(what, field="what", what=QT_TRANSLATE_NOOP("fields", "投诉内容"))
    if not what:
        raise ValidationError("reason_required", translate("errors", "请写明投诉内容。"), field="what")
    with write_transaction():
        for model, record, what_kind in ((Client, client_id, "client"), (Visit, visit_id, "visit"),
                                         (Staff, staff_id, "staff")):
            if record is not None and not model.select().where(model.id == record).exists():
                raise NotFoundError(f"{what_kind} {record}")
        return Complaint.create(client=client_id, visit=visit_id, received_on=received_on, what=what,
                                staff=staff_id)


def resolve_complaint(complaint_id: int, resolution: str, resolved_on: date) -> Complaint:
    access.require(access.REMINDERS_ACT)
    resolution = clean_text(resolution, field="resolution", what=QT_TRANSLATE_NOOP("fields", "处理结果"))
    if not resolution:
        raise ValidationError("resolution_required", translate("errors", "请写明怎么解决的。"), field="resolution")
    with write_transaction():
        complaint = Complaint.get_or_none(Complaint.id == complaint_id)
        if complaint is not None:
            access.require(access.REMINDERS_ACT, client_id=complaint.client_id)
        if complaint is None or complaint.status != "open":
            raise ValidationError("complaint_closed", translate("errors", "这条投诉已经处理过了。"), field="complaint")
        Complaint.update(resolution=resolution, resolved_on=resolved_on, status="resolved").where(
            Complaint.id == complaint_id).execute()
        access.record("complaint.resolve", f"complaint:{complaint_id}")
        return Complaint.get_by_id(complaint_id)
