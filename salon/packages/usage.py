"""Using a package at a visit: sessions off a count or period card, money off a stored-value card, and
giving them back. Called by `salon.visits` inside its transaction.

Stored value keeps the paid principal and the bonus apart. Spending draws them in proportion to what is
left of each (a 1000 + 200 card pays 100 as 83.33 principal and 16.67 bonus), so the bonus is used up at
the same pace as the money paid and a refund returns exactly the principal not yet spent.
"""
from __future__ import annotations

from datetime import date, datetime

from salon.dates import as_date
from salon.errors import ValidationError
from salon.money import format_fen, share
from salon.packages.ledger import add_line, get_package, settle_status
from salon.store.models import ClientPackage, ClientPackageService, PackageLedger, Service
from salon.words import translate


def covers(package: ClientPackage, service_id: int) -> bool:
    return ClientPackageService.select().where(
        (ClientPackageService.package == package.id) & (ClientPackageService.service == service_id)).exists()


def check_usable(package: ClientPackage, on: date, client_id: int) -> None:
    if package.client_id != client_id:
        raise ValidationError("package_other_client", translate("errors", "“%1”不是这位客户的卡。"), package.name,
                              field="package", name=package.name)
    if package.status in ("refunded", "expired"):
        closed = (translate("errors", "“%1”已退卡，不能再用。") if package.status == "refunded"
                  else translate("errors", "“%1”已过期，不能再用。"))
        raise ValidationError("package_closed", closed, package.name, field="package", name=package.name)
    if package.expires_on and on > as_date(package.expires_on):
        raise ValidationError("package_expired", translate("errors", "“%1”已于 %2 到期，不能再用。"), package.name,
                              package.expires_on, field="package", name=package.name)
    if on < as_date(package.starts_on):
        raise ValidationError("package_not_started", translate("errors", "“%1”还没到开始日期。"), package.name,
                              field="package", name=package.name)


def use_sessions(package: ClientPackage, service_id: int, sessions: int, on: date, when: datetime, *,
                 client_id: int, visit_id: int, staff_id: int | None = None) -> PackageLedger:
    check_usable(package, on, client_id)
    if package.kind == "stored_value":
        raise ValidationError("package_kind_invalid", translate("errors", "储值卡请在付款里选择“储值卡”支付。"),
                              field="package")
    if not covers(package, service_id):
        service = Service.get_by_id(service_id)
        raise ValidationError("package_not_covering", translate("errors", "“%1”不包含“%2”。"), package.name,
                              service.name, field="package", name=package.name, service=service.name)
    if package.sessions_left is not None and package.sessions_left < sessions:
        raise ValidationError("package_insufficient",
                              translate("errors", "“%1”只剩 %2 次，不够扣 %3 次。"), package.name,
                              package.sessions_left, sessions, field="package", name=package.name,
                              left=package.sessions_left, wanted=sessions)
    line = add_line(package, "use", when, sessions=-sessions if package.sessions_left is not None else 0,
                    visit_id=visit_id, staff_id=staff_id)
    settle_status(package)
    return line


def split_stored_value(principal_fen: int, bonus_fen: int, amount_fen: int) -> tuple[int, int]:
    """How much of `amount_fen` comes from principal and from bonus (in proportion to what is left)."""
    available = principal_fen + bonus_fen
    if amount_fen > available:
        raise ValueError("more than the balance")
    if amount_fen == available:
        return principal_fen, bonus_fen
    from_principal = share(amount_fen, principal_fen, available)
    from_bonus = amount_fen - from_principal
    if from_bonus > bonus_fen:  # rounding at the very edge
        from_bonus, from_principal = bonus_fen, amount_fen - bonus_fen
    return from_principal, from_bonus


def pay_from_stored_value(package: ClientPackage, amount_fen: int, on: date, when: datetime, *, client_id: int,
                          visit_id: int, staff_id: int | None = None) -> PackageLedger:
    check_usable(package, on, client_id)
    if package.kind != "stored_value":
        raise ValidationError("package_kind_invalid", translate("errors", "“%1”不是储值卡。"), package.name,
                              field="payments")
    balance = package.principal_fen + package.bonus_fen
    if amount_fen > balance:
        raise ValidationError("balance_insufficient",
                              translate("errors", "“%1”余额 %2 元，不够支付 %3 元。"), package.name,
                              format_fen(balance), format_fen(amount_fen), field="payments", name=package.name,
                              balance=balance, wanted=amount_fen)
    principal, bonus = split_stored_value(package.principal_fen, package.bonus_fen, amount_fen)
    line = add_line(package, "use", when, principal_fen=-principal, bonus_fen=-bonus, visit_id=visit_id,
                    staff_id=staff_id)
    settle_status(package)
    return line


def reverse_line(line: PackageLedger, when: datetime, *, staff_id: int | None = None, reason: str = "") -> None:
    """Give back what a 'use' line took (a void or a correction of the visit)."""
    package = get_package(line.package_id)
    add_line(package, "void", when, sessions=-line.sessions_delta, principal_fen=-line.principal_delta_fen,
             bonus_fen=-line.bonus_delta_fen, visit_id=line.visit_id, reverses_id=line.id, staff_id=staff_id,
             reason=reason)
    settle_status(package)


def packages_for_service(client_id: int, service_id: int, on: date) -> list[ClientPackage]:
    """The client's packages that can pay for this service on that day, the one to use first at the top.

    First the one that expires soonest (so nothing is lost to expiry), then count cards before unlimited
    period cards, then the oldest.
    """
    query = (ClientPackage.select().join(ClientPackageService)
             .where((ClientPackage.client == client_id) & (ClientPackage.status == "active")
                    & (ClientPackageService.service == service_id)
                    & (ClientPackage.starts_on <= on)
                    & ((ClientPackage.expires_on.is_null()) | (ClientPackage.expires_on >= on))
                    & ((ClientPackage.sessions_left.is_null()) | (ClientPackage.sessions_left > 0))))
    packages = list(query)
    packages.sort(key=lambda p: (p.expires_on is None, as_date(p.expires_on) if p.expires_on else date.max,
                                 p.sessions_left is None, p.id))
    return packages


def stored_value_cards(client_id: int, on: date) -> list[ClientPackage]:
    """The client's stored-value cards with money on them, usable that day; the one that expires soonest first,
    as count cards are offered (so nothing is lost to expiry)."""
    query = ClientPackage.select().where(
        (ClientPackage.client == client_id) & (ClientPackage.kind == "stored_value")
        & (ClientPackage.status == "active") & (ClientPackage.starts_on <= on)
        & ((ClientPackage.expires_on.is_null()) | (ClientPackage.expires_on >= on))
        & ((ClientPackage.principal_fen + ClientPackage.bonus_fen) > 0))
    return list(query.order_by(ClientPackage.expires_on.is_null(), ClientPackage.expires_on, ClientPackage.id))
