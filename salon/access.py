"""Who may do what (F10): roles, PINs, the acting staff member, and the audit log.

The window signs a staff member in with her PIN and makes her the actor (`sign_in`); every use-case function in
`salon/` asks `require(permission)` before it changes or shows anything her role may not, and records her as the
staff of the rows it writes. With nobody signed in (the command line, which runs with the file owner's rights on
her own computer, and the tests) there is no restriction.

- owner (老板) and manager (店长): everything; only the owner manages staff, roles and PINs.
- front desk (前台): clients, visits, cards, reminders; no money totals beyond the current visit, no export, no
  delete, no void, no settings, no backup.
- therapist (美容师): her own clients' files and history, read-only except the follow-up results of her clients.

PINs are 4–8 digits, kept as salted scrypt hashes; five wrong PINs in a row lock the member out for five minutes,
twice as long for each lock-out of the day before, up to an hour.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import JOIN

from salon.dates import now
from salon.errors import NotFoundError, ValidationError
from salon.store.models import AuditEntry, Client, Staff, StaffPin, database_proxy, write_transaction
from salon.words import QT_TRANSLATE_NOOP, translate, word

PIN_LENGTH = (4, 8)
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
MAX_LOCKOUT = timedelta(hours=1)
_SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1, "dklen": 32}

ALL = "*"
CLIENTS_EDIT, VISITS_RECORD, VISITS_VOID, CARDS_SELL, CARDS_ADJUST, CARDS_REFUND = (
    "clients.edit", "visits.record", "visits.void", "cards.sell", "cards.adjust", "cards.refund")
REMINDERS_ACT, MONEY_TOTALS, EXPORT, DELETE, SETTINGS, STAFF_MANAGE, BACKUP, IMPORT, AUDIT_VIEW, CATALOGUE = (
    "reminders.act", "money.totals", "export", "delete", "settings", "staff.manage", "backup", "import",
    "audit.view", "catalogue.edit")
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "owner": frozenset({ALL}),
    "manager": frozenset({CLIENTS_EDIT, VISITS_RECORD, VISITS_VOID, CARDS_SELL, CARDS_ADJUST, CARDS_REFUND,
                          REMINDERS_ACT, MONEY_TOTALS, EXPORT, DELETE, SETTINGS, BACKUP, IMPORT, AUDIT_VIEW,
                          CATALOGUE}),
    "front_desk": frozenset({CLIENTS_EDIT, VISITS_RECORD, CARDS_SELL, REMINDERS_ACT}),
    "therapist": frozenset({REMINDERS_ACT}),
}
PERMISSION_WORDS = {
    CLIENTS_EDIT: QT_TRANSLATE_NOOP("access", "修改客户档案"),
    VISITS_RECORD: QT_TRANSLATE_NOOP("access", "记录到店"),
    VISITS_VOID: QT_TRANSLATE_NOOP("access", "更正或作废到店记录"),
    CARDS_SELL: QT_TRANSLATE_NOOP("access", "售卡和充值"),
    CARDS_ADJUST: QT_TRANSLATE_NOOP("access", "调整卡内余额"),
    CARDS_REFUND: QT_TRANSLATE_NOOP("access", "退卡"),
    REMINDERS_ACT: QT_TRANSLATE_NOOP("access", "处理提醒"),
    MONEY_TOTALS: QT_TRANSLATE_NOOP("access", "查看营业金额"),
    EXPORT: QT_TRANSLATE_NOOP("access", "导出"),
    DELETE: QT_TRANSLATE_NOOP("access", "删除"),
    SETTINGS: QT_TRANSLATE_NOOP("access", "修改设置"),
    STAFF_MANAGE: QT_TRANSLATE_NOOP("access", "管理员工和密码"),
    BACKUP: QT_TRANSLATE_NOOP("access", "备份和恢复"),
    IMPORT: QT_TRANSLATE_NOOP("access", "导入"),
    AUDIT_VIEW: QT_TRANSLATE_NOOP("access", "查看操作记录"),
    CATALOGUE: QT_TRANSLATE_NOOP("access", "修改项目和卡项"),
}


@dataclass(frozen=True)
class Actor:
    staff_id: int
    name: str
    role: str

    def may(self, permission: str) -> bool:
        allowed = ROLE_PERMISSIONS.get(self.role, frozenset())
        return ALL in allowed or permission in allowed


_actor: Actor | None = None


def current_actor() -> Actor | None:
    return _actor


def actor_id() -> int | None:
    """The signed-in staff member's id, recorded as the staff of what is written (None: nobody signed in)."""
    return _actor.staff_id if _actor else None


def acting_staff(given: int | None) -> int | None:
    """The staff recorded on what is written: the signed-in person (whatever a drop-down said), else the one
    given (the command line, the tests)."""
    return _actor.staff_id if _actor is not None else given


def sign_out() -> None:
    global _actor
    _actor = None


def act_as(staff_id: int) -> Actor:
    """Make this staff member the actor without a PIN (the first owner right after she set hers)."""
    global _actor
    staff = Staff.get_or_none(Staff.id == staff_id)
    if staff is None:
        raise NotFoundError(staff_id)
    _actor = Actor(staff.id, staff.name, staff.role)
    return _actor


def may(permission: str) -> bool:
    return _actor is None or _actor.may(permission)


def require(permission: str, *, client_id: int | None = None) -> None:
    """Refuse (ValidationError not_allowed) what the actor's role may not do; a therapist acts only on her own
    clients."""
    if _actor is None:
        return
    if not _actor.may(permission):
        words = word("access", PERMISSION_WORDS.get(permission, permission))
        raise ValidationError("not_allowed", translate("errors", "%1没有“%2”的权限。"), _actor.name, words,
                              permission=permission, name=_actor.name)
    if _actor.role == "therapist" and client_id is not None:
        valid = type(client_id) is int and 0 < client_id < 2 ** 63
        owner = Client.select(Client.therapist).where(Client.id == client_id).scalar() if valid else None
        if owner != _actor.staff_id:
            raise ValidationError("not_allowed", translate("errors", "%1 只能处理自己的客户。"), _actor.name,
                                  permission=permission, name=_actor.name)


def require_visible(client_id: int | None) -> None:
    """A signed-in therapist reads only her own clients' files, visits, cards and history (not_allowed)."""
    if _actor is not None and _actor.role == "therapist" and client_id is not None:
        require(REMINDERS_ACT, client_id=client_id)


def visible_client_filter() -> int | None:
    """The therapist whose clients alone the actor may see (None: every client)."""
    return _actor.staff_id if _actor is not None and _actor.role == "therapist" else None


# --- PINs ----------------------------------------------------------------------------------------------------
def _hash(pin: str, salt: bytes) -> str:
    return hashlib.scrypt(pin.encode(), salt=salt, **_SCRYPT).hex()


def _valid_pin(pin: str) -> str:
    pin = (pin or "").strip()
    if not (pin.isascii() and pin.isdigit() and PIN_LENGTH[0] <= len(pin) <= PIN_LENGTH[1]):
        raise ValidationError("pin_invalid", translate("errors", "密码应为 %1–%2 位数字。"), *PIN_LENGTH, field="pin")
    return pin


def check_pin(pin: str) -> str:
    """The PIN as it would be kept, or ValidationError pin_invalid: for a form that asks before anything exists."""
    return _valid_pin(pin)


def set_pin(staff_id: int, pin: str) -> None:
    """Give a staff member her PIN: her own, or anyone's by the owner."""
    pin = _valid_pin(pin)
    if _actor is not None and _actor.staff_id != staff_id:
        require(STAFF_MANAGE)
    with write_transaction():
        staff = Staff.get_or_none(Staff.id == staff_id)
        if staff is None:
            raise NotFoundError(staff_id)
        salt = secrets.token_bytes(16)
        StaffPin.replace(staff=staff_id, pin_hash=_hash(pin, salt), salt=salt.hex(), failures=0, locked_until=None,
                         updated_at=now()).execute()
        record("pin.set", f"staff:{staff_id}")


def has_pin(staff_id: int) -> bool:
    return StaffPin.select().where(StaffPin.staff == staff_id).exists()


def owner_has_pin() -> bool:
    """Whether an active owner can sign in (the first start asks for one until then)."""
    return StaffPin.select().join(Staff).where((Staff.role == "owner") & (Staff.active == True)).exists()  # noqa: E712


def sign_in(staff_id: int, pin: str, when: datetime | None = None) -> Actor:
    """Check the PIN and make her the actor. ValidationError pin_wrong (with the tries left), pin_locked (until
    when), pin_missing, staff_inactive."""
    global _actor
    when = when or now()
    refusal: ValidationError | None = None
    with write_transaction():  # a failure is counted (committed) before it is reported
        staff = Staff.get_or_none(Staff.id == staff_id)
        if staff is None:
            raise NotFoundError(staff_id)
        if not staff.active:
            raise ValidationError("staff_inactive", translate("errors", "%1 已停用。"), staff.name, field="staff",
                                  name=staff.name)
        stored = StaffPin.get_or_none(StaffPin.staff == staff_id)
        if stored is None:
            raise ValidationError("pin_missing", translate("errors", "%1 还没有设置密码，请老板为她设置。"), staff.name,
                                  field="pin", name=staff.name)
        locked_until = stored.locked_until
        if isinstance(locked_until, str):
            locked_until = datetime.fromisoformat(locked_until)
        if locked_until is not None and locked_until > when:
            raise _locked(locked_until)
        if not hmac.compare_digest(_hash(pin or "", bytes.fromhex(stored.salt)), stored.pin_hash):
            failures = stored.failures + 1
            lock = when + _lockout(staff_id, when) if failures >= MAX_FAILURES else None
            StaffPin.update(failures=0 if lock else failures, locked_until=lock).where(
                StaffPin.staff == staff_id).execute()
            _record_as(staff_id, "sign_in.failed", f"staff:{staff_id}", "locked" if lock else "")
            refusal = (_locked(lock) if lock is not None else
                       ValidationError("pin_wrong", translate("errors", "密码不对，还可以再试 %1 次。"),
                                       MAX_FAILURES - failures, field="pin", left=MAX_FAILURES - failures))
        else:
            StaffPin.update(failures=0, locked_until=None).where(StaffPin.staff == staff_id).execute()
            _actor = Actor(staff.id, staff.name, staff.role)
            record("sign_in", f"staff:{staff_id}")
    if refusal is not None:
        raise refusal
    return _actor


def _locked(until: datetime) -> ValidationError:
    return ValidationError("pin_locked", translate("errors", "密码错误次数太多，请在 %1 后再试。"), f"{until:%H:%M}",
                           field="pin", until=until.strftime("%H:%M"))


def _lockout(staff_id: int, when: datetime) -> timedelta:
    """Five minutes, doubled for each lock-out of the last day, at most an hour: guessing a four-digit PIN five
    tries at a time then takes weeks."""
    locks = database_proxy.execute_sql(
        "SELECT count(*) FROM audit_log WHERE action = 'sign_in.failed' AND detail = 'locked' AND staff_id = ?"
        " AND at >= ?", (staff_id, AuditEntry.at.db_value(when - timedelta(days=1)))).fetchone()[0]
    return min(LOCKOUT * 2 ** locks, MAX_LOCKOUT)


def sign_in_choices() -> list[tuple[int, str, str]]:
    """(id, name, role) of the active staff who have a PIN, owners first."""
    order = {"owner": 0, "manager": 1, "front_desk": 2, "therapist": 3}
    rows = (Staff.select(Staff.id, Staff.name, Staff.role).join(StaffPin)
            .where(Staff.active == True).tuples())  # noqa: E712
    return sorted(rows, key=lambda row: (order.get(row[2], 9), row[1]))


# --- the audit log --------------------------------------------------------------------------------------------
def _record_as(staff_id: int | None, action: str, target: str, detail: str) -> None:
    database_proxy.execute_sql("INSERT INTO audit_log (at, staff_id, action, target, detail) VALUES (?, ?, ?, ?, ?)",
                               (AuditEntry.at.db_value(now()), staff_id, action, target, detail))


def record(action: str, target: str = "", detail: str = "") -> None:
    """One line in the audit log, by the actor, in the caller's transaction (so it stands or falls with the
    change it describes). `target` names rows by id ('visit:12'), never a client's name: a client who is
    forgotten leaves no name behind in the log."""
    _record_as(actor_id(), action, target, detail)


def audit_entries(limit: int = 5000) -> list[AuditEntry]:
    require(AUDIT_VIEW)
    return list(AuditEntry.select(AuditEntry, Staff).join(Staff, JOIN.LEFT_OUTER)
                .order_by(AuditEntry.id.desc()).limit(limit))


ACTION_WORDS = {
    "sign_in": QT_TRANSLATE_NOOP("access", "登录"),
    "sign_in.failed": QT_TRANSLATE_NOOP("access", "密码错误"),
    "pin.set": QT_TRANSLATE_NOOP("access", "设置密码"),
    "visit.save": QT_TRANSLATE_NOOP("access", "记录到店"),
    "visit.edit": QT_TRANSLATE_NOOP("access", "更正到店记录"),
    "visit.void": QT_TRANSLATE_NOOP("access", "作废到店记录"),
    "card.sell": QT_TRANSLATE_NOOP("access", "售卡"),
    "card.top_up": QT_TRANSLATE_NOOP("access", "充值/续卡"),
    "card.adjust": QT_TRANSLATE_NOOP("access", "调整卡内余额"),
    "card.refund": QT_TRANSLATE_NOOP("access", "退卡"),
    "card.extend": QT_TRANSLATE_NOOP("access", "延期/激活"),
    "client.forget": QT_TRANSLATE_NOOP("access", "彻底删除客户个人信息"),
    "client.export": QT_TRANSLATE_NOOP("access", "导出客户资料"),
    "clients.import": QT_TRANSLATE_NOOP("access", "导入客户"),
    "export.workbook": QT_TRANSLATE_NOOP("access", "导出给会计"),
    "export.audit": QT_TRANSLATE_NOOP("access", "导出操作记录"),
    "settings.save": QT_TRANSLATE_NOOP("access", "修改设置"),
    "staff.save": QT_TRANSLATE_NOOP("access", "员工和岗位"),
    "staff.deactivate": QT_TRANSLATE_NOOP("access", "员工离职"),
    "staff.active": QT_TRANSLATE_NOOP("access", "员工启用/停用"),
    "catalogue.service": QT_TRANSLATE_NOOP("access", "项目"),
    "catalogue.product": QT_TRANSLATE_NOOP("access", "产品"),
    "catalogue.plan": QT_TRANSLATE_NOOP("access", "卡项"),
    "backup.restore": QT_TRANSLATE_NOOP("access", "从备份恢复"),
    "client.save": QT_TRANSLATE_NOOP("access", "保存客户档案"),
    "client.archive": QT_TRANSLATE_NOOP("access", "归档客户"),
    "client.restore": QT_TRANSLATE_NOOP("access", "恢复客户"),
    "client.assign": QT_TRANSLATE_NOOP("access", "分配美容师"),
    "consent.given": QT_TRANSLATE_NOOP("access", "记录敏感信息同意"),
    "consent.withdrawn": QT_TRANSLATE_NOOP("access", "撤回敏感信息同意"),
    "catalogue.active": QT_TRANSLATE_NOOP("access", "项目/产品/卡项停售或恢复"),
    "gift": QT_TRANSLATE_NOOP("access", "赠送礼品"),
    "complaint.resolve": QT_TRANSLATE_NOOP("access", "处理投诉"),
    "export.reminders": QT_TRANSLATE_NOOP("access", "导出提醒"),
}


def write_audit_csv(path) -> int:
    """The whole audit log as a CSV file (UTF-8 with BOM, so Excel reads the Chinese); returns the rows written.
    Text is written so that no spreadsheet evaluates it (salon.excel.safe_text)."""
    import csv
    from pathlib import Path

    from salon.excel import safe_text

    require(AUDIT_VIEW)
    rows = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([translate("access", "时间"), translate("access", "员工"), translate("access", "操作"),
                         translate("access", "对象"), translate("access", "说明")])
        # Streamed, oldest first: years of a busy salon are a million lines.
        for at, name, action, target, detail in database_proxy.execute_sql(
                "SELECT a.at, coalesce(s.name, ''), a.action, a.target, a.detail FROM audit_log a"
                " LEFT JOIN staff s ON s.id = a.staff_id ORDER BY a.id"):
            writer.writerow([at, safe_text(name), word("access", ACTION_WORDS.get(action, action)), safe_text(target),
                             safe_text(detail)])
            rows += 1
    with write_transaction():
        record("export.audit", "", f"rows={rows}")
    return rows
