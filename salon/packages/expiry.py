"""Expiry and reactivation (延期/激活): a card past its last day closes through the ledger, and can be
given a later day back with everything its expiry took.
"""
from __future__ import annotations

from datetime import date, datetime

from salon import access
from salon.dates import as_date, now
from salon.errors import ValidationError
from salon.inputs import checked_date
from salon.packages.ledger import (
    add_line,
    checked_staff_id,
    get_package,
    holds_something,
    set_status,
    settle_status,
    take_all_left,
)
from salon.store.models import ClientPackage, PackageLedger, write_transaction
from salon.text import clean_text
from salon.words import QT_TRANSLATE_NOOP, fill, translate


def expire_packages(today: date, *, when: datetime | None = None) -> list[int]:
    """Close every active package whose last valid day is before `today`: an 'expiry' line takes what is left."""
    when = when or now()
    today = checked_date(today, "today")
    expired: list[int] = []
    with write_transaction():
        due = ClientPackage.select().where((ClientPackage.status.in_(("active", "used_up")))
                                           & (ClientPackage.expires_on < today))
        for package in due:
            if holds_something(package) or package.status == "active":
                # Reasons the app writes are in the language in use; stored ones stay as they were written.
                take_all_left(package, "expiry", when,
                              reason=fill(translate("expiry", "有效期至 %1"), package.expires_on))
            set_status(package, "expired")
            expired.append(package.id)
    return expired


def unreversed_expiry_lines(package_id: int) -> list[PackageLedger]:
    """The package's 'expiry' lines that no reactivation has given back yet, oldest first."""
    reversal = PackageLedger.alias()
    given_back = reversal.select(reversal.reverses).where(reversal.reverses.is_null(False)
                                                         & (reversal.package == package_id))
    return list(PackageLedger.select().where(
        (PackageLedger.package == package_id) & (PackageLedger.kind == "expiry")
        & PackageLedger.id.not_in(given_back)).order_by(PackageLedger.id))


def held_by_expiry(package_id: int) -> tuple[int, int, int]:
    """(sessions, principal, bonus) the card's expiry lines took and no reactivation has given back yet."""
    taken = unreversed_expiry_lines(package_id)
    return (-sum(line.sessions_delta for line in taken), -sum(line.principal_delta_fen for line in taken),
            -sum(line.bonus_delta_fen for line in taken))


def reactivate_package(package_id: int, expires_on: date, *, reason: str = "", staff_id: int | None = None,
                       when: datetime | None = None) -> PackageLedger:
    """延期/激活: give a card a later last day; an expired card gets back what its expiry took.

    Expiry does not forfeit what the client paid for: the prepaid-card rules (单用途商业预付卡管理办法) and
    the courts (法释〔2025〕4号) expect a card that still holds value past its date to be reactivated or
    refunded. Each expiry line is given back by an 'adjustment' line that reverses it (so the ledger says
    which expiry it undoes); extending a card that has not expired yet writes an adjustment that moves
    nothing but records who changed the date and why.
    """
    access.require(access.CARDS_ADJUST)
    staff_id = access.acting_staff(staff_id)
    when = when or now()
    reason = clean_text(reason, field="reason", what=QT_TRANSLATE_NOOP("fields", "原因"))
    expires_on = checked_date(expires_on, "expires_on")
    with write_transaction():
        package = get_package(package_id)
        if package.status == "refunded":
            raise ValidationError("package_closed", translate("errors", "“%1”已退卡，不能延期。"), package.name,
                                  field="package", name=package.name)
        if package.expires_on is None:
            raise ValidationError("package_no_expiry", translate("errors", "“%1”长期有效，不需要延期。"),
                                  package.name, field="expires_on", name=package.name)
        old = as_date(package.expires_on)
        if expires_on <= old:
            raise ValidationError("expiry_not_later", translate("errors", "新的到期日要晚于原到期日 %1。"), old,
                                  field="expires_on", old=str(old))
        if expires_on < when.date():
            raise ValidationError("expiry_in_past", translate("errors", "新的到期日 %1 已经过去了。"), expires_on,
                                  field="expires_on", date=str(expires_on))
        staff = checked_staff_id(staff_id)
        ClientPackage.update(expires_on=expires_on).where(ClientPackage.id == package.id).execute()
        package.expires_on = expires_on
        taken = unreversed_expiry_lines(package.id)
        note = ((translate("expiry", "重新激活，") if taken else "")
                + fill(translate("expiry", "有效期由 %1 延至 %2"), old, expires_on)
                + (fill(translate("expiry", "：%1"), reason) if reason else ""))
        line = None
        for expiry in taken:
            line = add_line(package, "adjustment", when, sessions=-expiry.sessions_delta,
                            principal_fen=-expiry.principal_delta_fen, bonus_fen=-expiry.bonus_delta_fen,
                            reverses_id=expiry.id, staff_id=staff, reason=note)
        if line is None:
            line = add_line(package, "adjustment", when, staff_id=staff, reason=note)
        if package.status == "expired":
            set_status(package, "active")
        settle_status(package)
        access.record("card.extend", f"card:{package.id}", f"expires_on={expires_on}")
        return line
