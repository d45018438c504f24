"""A visit read back for its receipt (小票): what was done, what each card paid and what is left on it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from salon import access
from salon.dates import as_date, as_datetime
from salon.packages.ledger import get_package
from salon.store.models import Client, PackageLedger, Payment, Staff, VisitItem, VisitRevision, VisitTherapist
from salon.visits.recording import get_visit


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    quantity: int
    unit_price_fen: int
    discount_fen: int
    amount_fen: int
    therapist_name: str
    package_name: str  # '' when paid at the counter


@dataclass(frozen=True)
class PackageMovement:
    package_id: int
    package_name: str
    kind: str  # 'count', 'period', 'stored_value'
    sessions_used: int
    amount_fen: int  # stored value drawn (principal + bonus)
    sessions_left: int | None  # what is left now
    balance_fen: int
    expires_on: date | None


@dataclass(frozen=True)
class VisitDetail:
    id: int
    client_id: int
    client_name: str
    visited_at: datetime
    status: str
    total_fen: int
    due_fen: int
    lines: list[ReceiptLine]
    payments: list[tuple[str, int]]  # (method, net amount), stored value excluded
    stored_value: list[tuple[str, int]]  # (card name, amount)
    packages: list[PackageMovement]
    therapist_names: list[str]
    skin_condition: str
    notes: str
    satisfaction: int | None
    complaint: bool
    void_reason: str
    revisions: int
    corrected_at: datetime | None = None  # the latest correction, which the receipt mentions


def visit_detail(visit_id: int) -> VisitDetail:
    """Everything a receipt shows: what was done, what each card paid, and what is left on it now."""
    visit = get_visit(visit_id)
    access.require_visible(visit.client_id)
    client = Client.get_by_id(visit.client_id)
    staff_names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    package_names = {}
    lines = []
    for item in VisitItem.select().where(VisitItem.visit == visit_id).order_by(VisitItem.position):
        package_name = ""
        if item.package_id:
            package_name = package_names.setdefault(item.package_id, get_package(item.package_id).name)
        lines.append(ReceiptLine(item.name, item.quantity, item.unit_price_fen, item.discount_fen, item.amount_fen,
                                 staff_names.get(item.therapist_id, ""), package_name))
    net: dict[tuple[str, int | None], int] = {}
    for payment in Payment.select().where(Payment.visit == visit_id).order_by(Payment.id):
        key = (payment.method, payment.package_id)
        net[key] = net.get(key, 0) + payment.amount_fen
    # Per card: sessions taken by the lines (unlimited cards count uses too) and stored value drawn, net of
    # any correction; a void gives everything back, so a void visit shows no movement.
    moved: dict[int, list[int]] = {}
    if visit.status == "done":
        for item in VisitItem.select().where((VisitItem.visit == visit_id) & VisitItem.package.is_null(False)):
            moved.setdefault(item.package_id, [0, 0])[0] += item.quantity
        for line in PackageLedger.select().where(PackageLedger.visit == visit_id):
            if line.principal_delta_fen or line.bonus_delta_fen:
                moved.setdefault(line.package_id, [0, 0])[1] -= line.principal_delta_fen + line.bonus_delta_fen
    package_moves = []
    for package_id, (sessions, amount) in moved.items():
        if not sessions and not amount:
            continue
        package = get_package(package_id)
        package_moves.append(PackageMovement(
            package.id, package.name, package.kind, sessions, amount, package.sessions_left,
            package.principal_fen + package.bonus_fen,
            as_date(package.expires_on) if package.expires_on else None))
    therapist_names = [staff_names.get(row.staff_id, "") for row in
                       VisitTherapist.select().where(VisitTherapist.visit == visit_id).order_by(VisitTherapist.staff)]
    priced_due = sum(line.amount_fen for line in lines if not line.package_name)
    return VisitDetail(
        visit.id, client.id, client.name, as_datetime(visit.visited_at), visit.status, visit.total_fen, priced_due,
        lines,
        [(method, amount) for (method, pid), amount in net.items() if method != "stored_value" and amount],
        [(get_package(pid).name, amount) for (method, pid), amount in net.items()
         if method == "stored_value" and amount],
        package_moves, therapist_names, visit.skin_condition, visit.notes, visit.satisfaction,
        bool(visit.complaint), visit.void_reason,
        VisitRevision.select().where(VisitRevision.visit == visit_id).count(),
        _last_correction(visit_id),
    )


def _last_correction(visit_id: int) -> datetime | None:
    latest = (VisitRevision.select(VisitRevision.created_at)
              .where((VisitRevision.visit == visit_id) & (VisitRevision.action == "edit"))
              .order_by(VisitRevision.created_at.desc(), VisitRevision.id.desc()).first())
    return as_datetime(latest.created_at) if latest else None
