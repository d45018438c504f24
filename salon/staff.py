"""Staff (therapists, front desk, manager, owner) and their clients."""
from __future__ import annotations

import re
from dataclasses import dataclass

from peewee import JOIN, fn

from salon import access
from salon.clients import choices
from salon.dates import now
from salon.errors import NotFoundError, ValidationError
from salon.inputs import record_id
from salon.phones import normalize_phone
from salon.store.models import Client, Staff, active_twin_exists, database_proxy, save_record, write_transaction
from salon.text import clean_text, fold, one_line
from salon.words import QT_TRANSLATE_NOOP, translate


@dataclass
class StaffInput:
    name: str = ""
    role: str = "therapist"
    phone: str = ""
    specialties: str = ""
    active: bool = True
    commission_rate: str = ""  # as typed: '10', '10%', '12.5 %'
    notes: str = ""


def _not_a_percent(text: object, field: str) -> ValidationError:
    return ValidationError("percent_invalid", translate("errors", "提成比例“%1”应为 0–100 之间的百分数。"), text,
                           field=field)


def parse_percent(text: str, field: str = "commission_rate") -> int:
    """'12.5%' -> 1250 basis points. Whole numbers only below 1/100 of a percent; 0-100 %."""
    if text is not None and not isinstance(text, str):
        raise _not_a_percent(text, field)
    cleaned = fold(text).replace("%", "").replace(" ", "")
    if not cleaned:
        return 0
    match = re.fullmatch(r"(\d{1,3})(?:\.(\d{1,2}))?", cleaned)
    if not match:
        raise _not_a_percent(text, field)
    basis_points = int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))
    if basis_points > 10000:
        raise _not_a_percent(text, field)
    return basis_points


def format_percent(basis_points: int) -> str:
    whole, part = divmod(basis_points, 100)
    return f"{whole}%" if part == 0 else f"{whole}.{part:02d}".rstrip("0") + "%"


NAME_LIMIT = 20


def staff_name(text: str) -> str:
    """A staff member's name as stored (one line, required, at most NAME_LIMIT characters), or ValidationError."""
    return one_line(text, limit=NAME_LIMIT, field="name", what=QT_TRANSLATE_NOOP("fields", "员工姓名"))


def _refuse_twin(staff_id: int | None, name: str) -> None:
    if active_twin_exists(Staff, staff_id, name=name):
        raise ValidationError("name_duplicate", translate("errors", "已有一位在职的“%1”，请加上区分（如“%1A”）。"),
                              name, field="name", name=name)


def save_staff(data: StaffInput, staff_id: int | None = None) -> Staff:
    staff_id = None if staff_id is None else record_id(staff_id, "staff")
    access.require(access.STAFF_MANAGE)
    name = staff_name(data.name)
    if data.active:
        _refuse_twin(staff_id, name)
    if not isinstance(data.role, str) or data.role not in choices.ROLES:
        raise ValidationError("choice_invalid", translate("errors", "岗位选项无效。"), field="role")
    columns = {
        "name": name,
        "role": data.role,
        "phone": normalize_phone(data.phone),
        "specialties": clean_text(data.specialties, field="specialties", what=QT_TRANSLATE_NOOP("fields", "擅长项目"),
                                  multiline=True),
        "active": bool(data.active),
        "commission_rate_bp": parse_percent(clean_text(data.commission_rate, field="commission_rate")),
        "notes": clean_text(data.notes, field="notes", what=QT_TRANSLATE_NOOP("fields", "备注"), multiline=True),
    }
    with write_transaction():
        before = Staff.get_or_none(Staff.id == staff_id) if staff_id is not None else None
        staff = save_record(Staff, staff_id, columns, created_at=now())
        if before is None or before.role != data.role or before.active != bool(data.active):
            access.record("staff.save", f"staff:{staff.id}", f"role={data.role} active={bool(data.active)}")
        return staff


def get_staff(staff_id: int) -> Staff:
    staff = Staff.get_or_none(Staff.id == record_id(staff_id, "staff"))
    if staff is None:
        raise NotFoundError(staff_id)
    return staff


def list_staff(*, active_only: bool = False, therapists_only: bool = False,
               with_client_counts: bool = False) -> list[Staff]:
    """Staff, active first, then by name; `with_client_counts` adds `client_count` (active clients assigned),
    which costs a pass over the clients (~80 ms at 100,000): only the screens that show it ask."""
    if with_client_counts:
        client_count = fn.COUNT(Client.id).alias("client_count")
        query = (
            Staff.select(Staff, client_count)
            .join(Client, JOIN.LEFT_OUTER, on=(Client.therapist == Staff.id) & Client.archived_at.is_null())
            .group_by(Staff.id)
            .order_by(Staff.active.desc(), Staff.name)
        )
    else:
        query = Staff.select().order_by(Staff.active.desc(), Staff.name)
    if active_only:
        query = query.where(Staff.active == True)  # noqa: E712 - peewee expression
    if therapists_only:
        query = query.where(Staff.role.in_(("therapist", "manager")))
    return list(query)


def staff_names() -> dict[int, str]:
    """Every staff member's name by id, former staff included (old records name them)."""
    return dict(database_proxy.execute_sql("SELECT id, name FROM staff"))


def active_client_count(staff_id: int) -> int:
    return Client.select().where((Client.therapist == staff_id) & Client.archived_at.is_null()).count()


def deactivate_staff(staff_id: int, hand_over_to: int | None) -> int:
    """She leaves: her clients go to `hand_over_to` (or are left unassigned and tagged) and she is deactivated,
    in one transaction; returns how many clients moved. Her history stays hers."""
    from salon.clients.profiles import release_clients

    access.require(access.STAFF_MANAGE)
    with write_transaction():
        get_staff(staff_id)
        moved = release_clients(staff_id, hand_over_to)
        Staff.update(active=False).where(Staff.id == staff_id).execute()
        access.record("staff.deactivate", f"staff:{staff_id}", f"clients_moved={moved}")
        return moved


def set_active(staff_id: int, active: bool) -> None:
    """Deactivating keeps the staff member's clients and history; she just gets no new clients."""
    access.require(access.STAFF_MANAGE)
    staff = get_staff(staff_id)
    if active and not staff.active:
        _refuse_twin(staff_id, staff.name)
    with write_transaction():
        Staff.update(active=active).where(Staff.id == staff_id).execute()
        access.record("staff.active", f"staff:{staff_id}", f"active={active}")
