"""Client packages (疗程卡/次卡, 年卡/月卡, 储值卡) and their ledger (F4).

A package's sessions and balance are the sums of its ledger lines. `salon.migrations` keeps the running
totals on `client_package` with a trigger and refuses, by CHECK, any line that would make them negative;
this module validates first so that the user gets a sentence instead of a constraint error.

Stored value keeps the paid principal and the bonus apart. Spending draws them in proportion to what is
left of each (a 1000 + 200 card pays 100 as 83.33 principal and 16.67 bonus), so the bonus is used up at
the same pace as the money paid and a refund returns exactly the principal not yet spent.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from salon.catalogue import get_plan, plan_service_ids
from salon.errors import NotFoundError, ValidationError
from salon.models import (
    Client,
    ClientPackage,
    ClientPackageService,
    PackageLedger,
    Payment,
    Service,
    Staff,
    database_proxy,
)
from salon.money import format_fen, share

PAYMENT_METHODS = ("cash", "wechat", "alipay", "card", "stored_value", "other")
# What a client can pay a package (or its top-up) with: not with another card.
PURCHASE_METHODS = ("cash", "wechat", "alipay", "card", "other")
LEDGER_KINDS = ("sale", "use", "top_up", "refund", "adjustment", "expiry", "void")


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class PaymentInput:
    method: str
    amount_fen: int
    package_id: int | None = None  # the stored-value card paid from, for method 'stored_value'


def check_payments(payments: list[PaymentInput], allowed: tuple[str, ...]) -> list[PaymentInput]:
    """Merged by method (and card), zero lines dropped; refuses unknown methods and negative amounts."""
    merged: dict[tuple[str, int | None], int] = {}
    for payment in payments:
        if payment.method not in allowed:
            raise ValidationError("payment_method_invalid", "付款方式无效。", field="payments")
        if payment.amount_fen < 0:
            raise ValidationError("amount_negative", "付款金额不能为负数。", field="payments")
        if (payment.method == "stored_value") != (payment.package_id is not None):
            raise ValidationError("payment_method_invalid", "储值卡付款要选择一张储值卡。", field="payments")
        key = (payment.method, payment.package_id)
        merged[key] = merged.get(key, 0) + int(payment.amount_fen)
    return [PaymentInput(method, amount, package_id) for (method, package_id), amount in merged.items() if amount]


def record_payments(payments: list[PaymentInput], when: datetime, *, visit_id: int | None = None,
                     ledger_id: int | None = None, sign: int = 1) -> None:
    for payment in payments:
        Payment.create(visit=visit_id, ledger=ledger_id, method=payment.method, amount_fen=sign * payment.amount_fen,
                       package=payment.package_id, paid_at=when)


def get_package(package_id: int) -> ClientPackage:
    package = ClientPackage.get_or_none(ClientPackage.id == package_id)
    if package is None:
        raise NotFoundError(f"package {package_id}")
    return package


def checked_staff_id(staff_id: int | None) -> int | None:
    if staff_id is not None and not Staff.select().where(Staff.id == staff_id).exists():
        raise ValidationError("staff_missing", "所选员工不存在。", field="staff")
    return staff_id


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


def past_expiry(package: ClientPackage, on: date) -> bool:
    return package.expires_on is not None and as_date(package.expires_on) < on


def _refuse_if_closed(package: ClientPackage, on: date, action: str) -> None:
    """A card that is refunded, expired, or past its last day (even before the daily sweep) takes no change."""
    if package.status in ("refunded", "expired") or past_expiry(package, on):
        word = "退卡" if package.status == "refunded" else "过期"
        raise ValidationError("package_closed", f"“{package.name}”已{word}，不能{action}。", field="package",
                              name=package.name)


def _settle_status(package: ClientPackage) -> None:
    """'used_up' when nothing is left to use, back to 'active' when a void or top-up gives some back."""
    if package.status in ("expired", "refunded"):
        return
    empty = (package.principal_fen + package.bonus_fen == 0 if package.kind == "stored_value"
             else package.sessions_left == 0)
    status = "used_up" if empty else "active"
    if status != package.status:
        package.status = status
        ClientPackage.update(status=status).where(ClientPackage.id == package.id).execute()


# --- selling ------------------------------------------------------------------------------------------
def expiry_date(starts_on: date, validity_days: int | None) -> date | None:
    """The last valid day of a package: validity counts the first day (365 days from 1 March end on 28 February)."""
    return starts_on + timedelta(days=validity_days - 1) if validity_days else None


def sell_package(client_id: int, plan_id: int, payments: list[PaymentInput], *, price_fen: int | None = None,
                 starts_on: date | None = None, staff_id: int | None = None, notes: str = "",
                 when: datetime | None = None) -> ClientPackage:
    """Sell a plan to a client: her own package with the plan's terms, a 'sale' line and its payments.

    `price_fen` is what the client actually pays when the salon gives a discount (default: the plan price);
    the payments must add up to it exactly.
    """
    when = when or now()
    plan = get_plan(plan_id)
    client = Client.get_or_none(Client.id == client_id)
    if client is None:
        raise NotFoundError(f"client {client_id}")
    if not plan.active:
        raise ValidationError("plan_inactive", f"“{plan.name}”已停售。", field="plan", name=plan.name)
    paid = plan.price_fen if price_fen is None else int(price_fen)
    if paid < 0:
        raise ValidationError("amount_negative", "售价不能为负数。", field="price")
    payments = check_payments(payments, PURCHASE_METHODS)
    if sum(p.amount_fen for p in payments) != paid:
        raise ValidationError("payments_mismatch", f"付款合计应等于售价 {format_fen(paid)} 元。", field="payments",
                              due=paid, paid=sum(p.amount_fen for p in payments))
    starts = starts_on or when.date()
    expires = expiry_date(starts, plan.validity_days)
    if expires is not None and expires < when.date():
        raise ValidationError("package_sold_expired", f"开始日期 {starts} 太早：这张卡在售出前就已过期。",
                              field="starts_on", starts=str(starts))
    with database_proxy.atomic():
        package = ClientPackage.create(
            client=client_id, plan=plan.id, name=plan.name, kind=plan.kind, sold_at=when, starts_on=starts,
            expires_on=expires, status="active", sold_by=checked_staff_id(staff_id), notes=notes.strip(),
        )
        for service_id in plan_service_ids(plan.id):
            ClientPackageService.create(package=package.id, service=service_id)
        # Bonus sessions only make sense on a card with a count; an unlimited card stays unlimited.
        sessions = plan.sessions + plan.bonus_sessions if plan.sessions is not None else 0
        if plan.kind == "stored_value":
            line = add_line(package, "sale", when, principal_fen=paid, bonus_fen=plan.bonus_fen, paid_fen=paid,
                            staff_id=staff_id)
        else:
            line = add_line(package, "sale", when, sessions=sessions, paid_fen=paid, staff_id=staff_id)
        record_payments(payments, when, ledger_id=line.id)
        return package


def top_up(package_id: int, payments: list[PaymentInput], *, bonus_fen: int = 0, sessions: int = 0,
           staff_id: int | None = None, when: datetime | None = None) -> PackageLedger:
    """Add money (stored value: principal = what is paid, plus a bonus) or sessions (count card) to a package."""
    when = when or now()
    payments = check_payments(payments, PURCHASE_METHODS)
    paid = sum(p.amount_fen for p in payments)
    with database_proxy.atomic():
        package = get_package(package_id)
        _refuse_if_closed(package, when.date(), "充值")
        if package.kind == "stored_value":
            if paid <= 0 or bonus_fen < 0 or sessions:
                raise ValidationError("amount_required", "请填写充值金额。", field="payments")
            line = add_line(package, "top_up", when, principal_fen=paid, bonus_fen=bonus_fen, paid_fen=paid,
                            staff_id=checked_staff_id(staff_id))
        elif package.kind == "count":
            if sessions <= 0 or bonus_fen:
                raise ValidationError("sessions_required", "续卡要填写增加的次数。", field="sessions")
            line = add_line(package, "top_up", when, sessions=sessions, paid_fen=paid,
                            staff_id=checked_staff_id(staff_id))
        else:
            raise ValidationError("package_kind_invalid", "年卡/月卡不能充值，请另售一张新卡。", field="package")
        record_payments(payments, when, ledger_id=line.id)
        _settle_status(package)
        return line


_STATUS_WORDS = {"active": "在用", "used_up": "用完", "expired": "过期", "refunded": "退卡"}


def adjust(package_id: int, reason: str, *, sessions: int = 0, principal_fen: int = 0, bonus_fen: int = 0,
           staff_id: int | None = None, when: datetime | None = None) -> PackageLedger:
    """A manual correction (a session given as goodwill, a counting mistake); the reason is kept."""
    when = when or now()
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("reason_required", "手工调整必须写明原因。", field="reason")
    if not (sessions or principal_fen or bonus_fen):
        raise ValidationError("adjustment_empty", "调整数量不能为 0。", field="sessions")
    with database_proxy.atomic():
        package = get_package(package_id)
        _refuse_if_closed(package, when.date(), "调整")  # a closed card must stay empty, as its ledger says
        if principal_fen > 0:
            # Principal is money the client paid; a goodwill credit is bonus, or a refund could pay out more
            # than was ever paid in.
            raise ValidationError("principal_gift", "赠送的金额请记入“赠送”，本金只能由客户付款增加。",
                                  field="principal")
        if package.kind != "stored_value" and (principal_fen or bonus_fen):
            raise ValidationError("package_kind_invalid", "次卡只能调整次数。", field="sessions")
        if package.kind == "stored_value" and sessions:
            raise ValidationError("package_kind_invalid", "储值卡只能调整金额。", field="amount")
        if package.kind == "period" and package.sessions_left is None:
            raise ValidationError("package_kind_invalid", "不限次的年卡/月卡没有次数可调整。", field="sessions")
        if (package.sessions_left or 0) + sessions < 0 or package.principal_fen + principal_fen < 0 \
                or package.bonus_fen + bonus_fen < 0:
            raise ValidationError("package_insufficient", f"“{package.name}”剩余不足，不能减这么多。",
                                  field="sessions", name=package.name)
        line = add_line(package, "adjustment", when, sessions=sessions, principal_fen=principal_fen,
                        bonus_fen=bonus_fen, staff_id=checked_staff_id(staff_id), reason=reason)
        _settle_status(package)
        return line


# --- using (called by salon.visits inside its transaction) ------------------------------------------
def covers(package: ClientPackage, service_id: int) -> bool:
    return ClientPackageService.select().where(
        (ClientPackageService.package == package.id) & (ClientPackageService.service == service_id)).exists()


def check_usable(package: ClientPackage, on: date, client_id: int) -> None:
    if package.client_id != client_id:
        raise ValidationError("package_other_client", f"“{package.name}”不是这位客户的卡。", field="package",
                              name=package.name)
    if package.status in ("refunded", "expired"):
        raise ValidationError("package_closed", f"“{package.name}”已{_STATUS_WORDS[package.status]}，不能再用。",
                              field="package", name=package.name)
    if package.expires_on and on > as_date(package.expires_on):
        raise ValidationError("package_expired", f"“{package.name}”已于 {package.expires_on} 到期，不能再用。",
                              field="package", name=package.name)
    if on < as_date(package.starts_on):
        raise ValidationError("package_not_started", f"“{package.name}”还没到开始日期。", field="package",
                              name=package.name)


def use_sessions(package: ClientPackage, service_id: int, sessions: int, on: date, when: datetime, *,
                 client_id: int, visit_id: int, staff_id: int | None = None) -> PackageLedger:
    check_usable(package, on, client_id)
    if package.kind == "stored_value":
        raise ValidationError("package_kind_invalid", "储值卡请在付款里选择“储值卡”支付。", field="package")
    if not covers(package, service_id):
        service = Service.get_by_id(service_id)
        raise ValidationError("package_not_covering", f"“{package.name}”不包含“{service.name}”。", field="package",
                              name=package.name, service=service.name)
    if package.sessions_left is not None and package.sessions_left < sessions:
        raise ValidationError("package_insufficient",
                              f"“{package.name}”只剩 {package.sessions_left} 次，不够扣 {sessions} 次。",
                              field="package", name=package.name, left=package.sessions_left, wanted=sessions)
    line = add_line(package, "use", when, sessions=-sessions if package.sessions_left is not None else 0,
                    visit_id=visit_id, staff_id=staff_id)
    _settle_status(package)
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
        raise ValidationError("package_kind_invalid", f"“{package.name}”不是储值卡。", field="payments")
    balance = package.principal_fen + package.bonus_fen
    if amount_fen > balance:
        raise ValidationError("balance_insufficient",
                              f"“{package.name}”余额 {format_fen(balance)} 元，不够支付 {format_fen(amount_fen)} 元。",
                              field="payments", name=package.name, balance=balance, wanted=amount_fen)
    principal, bonus = split_stored_value(package.principal_fen, package.bonus_fen, amount_fen)
    line = add_line(package, "use", when, principal_fen=-principal, bonus_fen=-bonus, visit_id=visit_id,
                    staff_id=staff_id)
    _settle_status(package)
    return line


def reverse_line(line: PackageLedger, when: datetime, *, staff_id: int | None = None, reason: str = "") -> None:
    """Give back what a 'use' line took (a void or a correction of the visit)."""
    package = get_package(line.package_id)
    add_line(package, "void", when, sessions=-line.sessions_delta, principal_fen=-line.principal_delta_fen,
             bonus_fen=-line.bonus_delta_fen, visit_id=line.visit_id, reverses_id=line.id, staff_id=staff_id,
             reason=reason)
    _settle_status(package)


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
    """The client's stored-value cards with money on them, usable that day."""
    query = ClientPackage.select().where(
        (ClientPackage.client == client_id) & (ClientPackage.kind == "stored_value")
        & (ClientPackage.status == "active") & (ClientPackage.starts_on <= on)
        & ((ClientPackage.expires_on.is_null()) | (ClientPackage.expires_on >= on))
        & ((ClientPackage.principal_fen + ClientPackage.bonus_fen) > 0))
    return list(query.order_by(ClientPackage.id))


# --- expiry ----------------------------------------------------------------------------------------------
def expire_packages(today: date, *, when: datetime | None = None) -> list[int]:
    """Close every active package whose last valid day is before `today`: an 'expiry' line takes what is left."""
    when = when or now()
    expired: list[int] = []
    with database_proxy.atomic():
        due = ClientPackage.select().where((ClientPackage.status.in_(("active", "used_up")))
                                           & (ClientPackage.expires_on < today))
        for package in due:
            sessions = -(package.sessions_left or 0)
            if sessions or package.principal_fen or package.bonus_fen or package.status == "active":
                add_line(package, "expiry", when, sessions=sessions, principal_fen=-package.principal_fen,
                         bonus_fen=-package.bonus_fen, reason=f"有效期至 {package.expires_on}")
            ClientPackage.update(status="expired").where(ClientPackage.id == package.id).execute()
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
    when = when or now()
    reason = " ".join(reason.split())
    with database_proxy.atomic():
        package = get_package(package_id)
        if package.status == "refunded":
            raise ValidationError("package_closed", f"“{package.name}”已退卡，不能延期。", field="package",
                                  name=package.name)
        if package.expires_on is None:
            raise ValidationError("package_no_expiry", f"“{package.name}”长期有效，不需要延期。",
                                  field="expires_on", name=package.name)
        old = as_date(package.expires_on)
        if expires_on <= old:
            raise ValidationError("expiry_not_later", f"新的到期日要晚于原到期日 {old}。", field="expires_on",
                                  old=str(old))
        if expires_on < when.date():
            raise ValidationError("expiry_in_past", f"新的到期日 {expires_on} 已经过去了。", field="expires_on",
                                  date=str(expires_on))
        staff = checked_staff_id(staff_id)
        ClientPackage.update(expires_on=expires_on).where(ClientPackage.id == package.id).execute()
        package.expires_on = expires_on
        taken = unreversed_expiry_lines(package.id)
        note = ("重新激活，" if taken else "") + f"有效期由 {old} 延至 {expires_on}" + (f"：{reason}" if reason else "")
        line = None
        for expiry in taken:
            line = add_line(package, "adjustment", when, sessions=-expiry.sessions_delta,
                            principal_fen=-expiry.principal_delta_fen, bonus_fen=-expiry.bonus_delta_fen,
                            reverses_id=expiry.id, staff_id=staff, reason=note)
        if line is None:
            line = add_line(package, "adjustment", when, staff_id=staff, reason=note)
        if package.status == "expired":
            package.status = "active"
            ClientPackage.update(status="active").where(ClientPackage.id == package.id).execute()
        _settle_status(package)
        return line


# --- reading -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PackageView:
    id: int
    client_id: int
    name: str
    kind: str
    status: str
    sold_at: datetime
    starts_on: date
    expires_on: date | None
    sessions_left: int | None  # None: unlimited (period card) or not a session card
    sessions_granted: int
    principal_fen: int
    bonus_fen: int
    paid_fen: int
    service_names: list[str]
    sold_expires_on: date | None  # the last day as sold; expires_on is later after an extension

    @property
    def balance_fen(self) -> int:
        return self.principal_fen + self.bonus_fen


def as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def client_packages(client_id: int, *, include_closed: bool = True) -> list[PackageView]:
    """Every package of the client, open ones first, newest first."""
    query = ClientPackage.select().where(ClientPackage.client == client_id)
    if not include_closed:
        query = query.where(ClientPackage.status == "active")
    packages = list(query)
    if not packages:
        return []
    ids = [p.id for p in packages]
    sums = {row[0]: (row[1], row[2]) for row in database_proxy.execute_sql(
        f"SELECT package_id, sum(paid_fen), sum(sessions_delta) FROM package_ledger WHERE package_id IN "
        f"({','.join('?' * len(ids))}) AND kind IN ('sale', 'top_up') GROUP BY package_id", ids)}
    names: dict[int, list[str]] = {}
    for package_id, name in database_proxy.execute_sql(
            f"SELECT cps.package_id, s.name FROM client_package_service cps JOIN service s ON s.id = cps.service_id "
            f"WHERE cps.package_id IN ({','.join('?' * len(ids))}) ORDER BY s.name", ids):
        names.setdefault(package_id, []).append(name)
    views = [
        PackageView(p.id, p.client_id, p.name, p.kind, p.status, _as_datetime(p.sold_at), as_date(p.starts_on),
                    as_date(p.expires_on) if p.expires_on else None, p.sessions_left, sums.get(p.id, (0, 0))[1],
                    p.principal_fen, p.bonus_fen, sums.get(p.id, (0, 0))[0], names.get(p.id, []),
                    as_date(p.sold_expires_on) if p.sold_expires_on else None)
        for p in packages
    ]
    views.sort(key=lambda v: (v.status != "active", -v.sold_at.timestamp(), -v.id))
    return views


@dataclass(frozen=True)
class LedgerLine:
    id: int
    kind: str
    created_at: datetime
    sessions_delta: int
    principal_delta_fen: int
    bonus_delta_fen: int
    paid_fen: int
    visit_id: int | None
    staff_name: str
    reason: str
    sessions_after: int | None
    balance_after_fen: int
    reverses_id: int | None  # a void gives back a use; an adjustment that reactivates gives back an expiry


def package_ledger(package_id: int) -> list[LedgerLine]:
    """The package's ledger, oldest first, with what was left after each line."""
    package = get_package(package_id)
    lines: list[LedgerLine] = []
    sessions: int | None = None
    balance = 0
    rows = database_proxy.execute_sql(
        "SELECT l.id, l.kind, l.created_at, l.sessions_delta, l.principal_delta_fen, l.bonus_delta_fen, l.paid_fen,"
        " l.visit_id, coalesce(s.name, ''), l.reason, l.reverses_id"
        " FROM package_ledger l LEFT JOIN staff s ON s.id = l.staff_id"
        " WHERE l.package_id = ? ORDER BY l.id", (package_id,))
    for row in rows:
        if row[3] or sessions is not None:
            sessions = (sessions or 0) + row[3]
        balance += row[4] + row[5]
        lines.append(LedgerLine(row[0], row[1], _as_datetime(row[2]), row[3], row[4], row[5], row[6], row[7],
                                row[8], row[9], sessions if package.kind != "stored_value" else None, balance,
                                row[10]))
    return lines
