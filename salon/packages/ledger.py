"""A package's ledger: the only way its sessions and balance change.

A package's sessions and balance are the sums of its ledger lines. `salon.store.migrations` keeps the running
totals on `client_package` with a trigger and refuses, by CHECK, any line that would make them negative;
the modules of `salon.packages` validate first so that the user gets a sentence instead of a constraint error.
"""
from __future__ import annotations

from datetime import date, datetime

from salon.dates import as_date
from salon.errors import NotFoundError, ValidationError
from salon.inputs import as_whole, record_id
from salon.store.models import ClientPackage, PackageLedger, Staff
from salon.words import QT_TRANSLATE_NOOP, translate, word

LEDGER_KINDS = ("sale", "use", "top_up", "refund", "adjustment", "expiry", "void")
STATUS_WORDS = {"active": QT_TRANSLATE_NOOP("ledger", "在用"), "used_up": QT_TRANSLATE_NOOP("ledger", "用完"),
                "expired": QT_TRANSLATE_NOOP("ledger", "过期"), "refunded": QT_TRANSLATE_NOOP("ledger", "退卡")}


def status_word(status: str) -> str:
    """A card's status ('在用') in the chosen language."""
    return word("ledger", STATUS_WORDS[status]) if status in STATUS_WORDS else status


def get_package(package_id: int) -> ClientPackage:
    package = ClientPackage.get_or_none(ClientPackage.id == record_id(package_id, "package"))
    if package is None:
        raise NotFoundError(f"package {package_id}")
    return package


def checked_staff_id(staff_id: int | None) -> int | None:
    """The id of a staff member who exists, or None; anything else is refused ('staff_missing')."""
    if staff_id is None:
        return None
    number = as_whole(staff_id)
    if number is None or not 1 <= number < 2**63 or not Staff.select().where(Staff.id == number).exists():
        raise ValidationError("staff_missing", translate("errors", "所选员工不存在。"), field="staff")
    return number


def add_line(package: ClientPackage, kind: str, when: datetime, *, sessions: int = 0, principal_fen: int = 0,
             bonus_fen: int = 0, paid_fen: int = 0, visit_id: int | None = None, reverses_id: int | None = None,
             staff_id: int | None = None, reason: str = "") -> PackageLedger:
    """One ledger line; the package's running totals follow in the same statement (trigger)."""
    line = PackageLedger.create(
        package=package.id, kind=kind, sessions_delta=sessions, principal_delta_fen=principal_fen,
        bonus_delta_fen=bonus_fen, paid_fen=paid_fen, visit=visit_id, reverses=reverses_id, staff=staff_id,
        reason=reason, created_at=when,
    )
    fresh = ClientPackage.get_by_id(package.id)
    package.sessions_left, package.principal_fen, package.bonus_fen = (
        fresh.sessions_left, fresh.principal_fen, fresh.bonus_fen)
    return line


def holds_something(package: ClientPackage) -> bool:
    return bool(package.sessions_left or package.principal_fen or package.bonus_fen)


def take_all_left(package: ClientPackage, kind: str, when: datetime, *, reason: str, paid_fen: int = 0,
                  staff_id: int | None = None) -> PackageLedger:
    """A line that empties the card: every session and yuan (principal and bonus) left on it.

    Expiry, a refund and the expiry again of what a void gave back to a closed card all close a card this way.
    """
    return add_line(package, kind, when, sessions=-(package.sessions_left or 0), principal_fen=-package.principal_fen,
                    bonus_fen=-package.bonus_fen, paid_fen=paid_fen, staff_id=staff_id, reason=reason)


def past_expiry(package: ClientPackage, on: date) -> bool:
    return package.expires_on is not None and as_date(package.expires_on) < on


def refuse_if_closed(package: ClientPackage, on: date, action: str) -> None:
    """A card that is refunded, expired, or past its last day (even before the daily sweep) takes no change;
    `action` is a word marked QT_TRANSLATE_NOOP("card_actions", …)."""
    if package.status in ("refunded", "expired") or past_expiry(package, on):
        closed = (translate("errors", "“%1”已退卡，不能%2。") if package.status == "refunded"
                  else translate("errors", "“%1”已过期，不能%2。"))
        raise ValidationError("package_closed", closed, package.name, word("card_actions", action), field="package",
                              name=package.name)


def set_status(package: ClientPackage, status: str) -> None:
    package.status = status
    ClientPackage.update(status=status).where(ClientPackage.id == package.id).execute()


def settle_status(package: ClientPackage) -> None:
    """'used_up' when nothing is left to use, back to 'active' when a void or top-up gives some back."""
    if package.status in ("expired", "refunded"):
        return
    empty = (package.principal_fen + package.bonus_fen == 0 if package.kind == "stored_value"
             else package.sessions_left == 0)
    status = "used_up" if empty else "active"
    if status != package.status:
        set_status(package, status)
