"""The demo's books: packages, ledger lines, payments and visits, written in bulk exactly as the domain writes them.

Each method mirrors one function of `salon.packages` or `salon.visits` (named in its docstring) and queues
the same rows in the same order: a sale line before the uses, an item's 'use' line before the stored-value
draws of the same visit, a reversal after what it reverses. The ledger rows reach the database in id
order, so the triggers and CHECKs of `client_package` see every running total as the domain would and
refuse anything negative. The package totals are tracked here only to decide what happens next; the
database keeps its own from the ledger.

Refunds are rare and their arithmetic (法释〔2025〕4号) is the domain's business: `refund` flushes and
calls `salon.packages.refunds.refund_package` itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from peewee import Database

from salon.demo.catalogue import DemoPlan, DemoProduct, DemoService
from salon.demo.writer import BulkWriter, timestamp
from salon.money import format_fen, share
from salon.packages import refunds
from salon.packages.usage import split_stored_value
from salon.payments import PaymentInput
from salon.store.models import (
    ClientPackage,
    ClientPackageService,
    PackageLedger,
    Payment,
    Visit,
    VisitItem,
    VisitRevision,
    VisitTherapist,
)
from salon.visits.pricing import VisitInput, VisitItemInput, commission_for
from salon.visits.recording import revision_json

_PACKAGE_FIELDS = ("id", "client", "plan", "name", "kind", "sold_at", "starts_on", "expires_on", "status",
                   "sold_by", "notes")
_LEDGER_FIELDS = ("id", "package", "kind", "sessions_delta", "principal_delta_fen", "bonus_delta_fen", "paid_fen",
                  "visit", "reverses", "staff", "reason", "created_at")
_PAYMENT_FIELDS = ("id", "visit", "ledger", "method", "amount_fen", "package", "reverses", "paid_at")
_VISIT_FIELDS = ("id", "client", "visited_at", "status", "total_fen", "skin_condition", "notes", "satisfaction",
                 "complaint", "created_at", "updated_at", "voided_at", "void_reason")
_ITEM_FIELDS = ("id", "visit", "position", "kind", "service", "product", "name", "quantity", "unit_price_fen",
                "discount_fen", "amount_fen", "therapist", "package", "commission_fen", "commission_basis",
                "followup_days")
_REVISION_FIELDS = ("id", "visit", "action", "reason", "staff", "before_json", "created_at")


class DemoPackage:
    """One client's card as the ledger has it so far."""

    __slots__ = ("id", "client_id", "plan", "kind", "service_ids", "starts_on", "expires_on", "status",
                 "sessions_left", "principal", "bonus", "first_method", "paid", "granted")

    def __init__(self, package_id: int, client_id: int, plan: DemoPlan, starts_on: date, expires_on: date | None,
                 first_method: str) -> None:
        self.id = package_id
        self.client_id = client_id
        self.plan = plan
        self.kind = plan.kind
        self.service_ids = plan.service_ids
        self.starts_on = starts_on
        self.expires_on = expires_on
        self.status = "active"
        self.sessions_left: int | None = None
        self.principal = 0
        self.bonus = 0
        self.first_method = first_method  # how the client paid for it: how a refund goes back
        self.paid = 0  # by its sales and top-ups so far, with the sessions they granted (commission on cards)
        self.granted = 0

    @property
    def balance(self) -> int:
        return self.principal + self.bonus

    def usable_on(self, day: date) -> bool:
        """What `packages.check_usable` accepts, and something left to use."""
        if self.status != "active" or day < self.starts_on or (self.expires_on is not None and day > self.expires_on):
            return False
        if self.kind == "stored_value":
            return self.balance > 0
        return self.sessions_left is None or self.sessions_left > 0


@dataclass(slots=True)
class Line:
    """A ledger line that a void or a correction may have to give back."""

    id: int
    package: DemoPackage
    sessions: int
    principal: int
    bonus: int


@dataclass(slots=True)
class PlannedItem:
    kind: str  # 'service' or 'product'
    item: DemoService | DemoProduct
    quantity: int = 1
    discount_fen: int = 0
    therapist_id: int | None = None
    package: DemoPackage | None = None

    @property
    def amount_fen(self) -> int:
        return self.item.price_fen * self.quantity - self.discount_fen


@dataclass(slots=True)
class PlannedVisit:
    """A visit as the visit dialog would hand it to `salon.visits.save_visit` (prices from the catalogue)."""

    client_id: int
    visited_at: datetime
    checkout: datetime  # when it was saved
    items: list[PlannedItem]
    payments: list[tuple[str, int, DemoPackage | None]]  # (method, amount, stored-value card)
    skin_condition: str = ""
    notes: str = ""
    satisfaction: int | None = None
    complaint: bool = False
    corrected: PlannedVisit | None = None  # the visit as corrected later that day
    correction_reason: str = ""
    fixed_at: datetime | None = None  # when the correction or the void was saved
    void_reason: str = ""

    def due_fen(self) -> int:
        return sum(item.amount_fen for item in self.items if item.package is None)


@dataclass
class BookCounts:
    packages: int = 0
    top_ups: int = 0
    refunds: int = 0
    expired: int = 0
    adjustments: int = 0
    visits: int = 0
    void_visits: int = 0
    corrected_visits: int = 0
    items: int = 0
    payments: int = 0
    split_payment_visits: int = 0
    stored_value_payments: int = 0
    complaints: int = 0
    rated_visits: int = 0
    sold_by_kind: dict[str, int] = field(default_factory=dict)


def merge_payments(payments: list[tuple[str, int, DemoPackage | None]]) -> list[tuple[str, int, DemoPackage | None]]:
    """`packages.check_payments`: one line per method (and card), zero lines dropped, first-seen order."""
    if len(payments) == 1:
        return payments if payments[0][1] else []
    merged: dict[tuple[str, int | None], list] = {}
    for method, amount, card in payments:
        key = (method, card.id if card else None)
        if key in merged:
            merged[key][1] += amount
        else:
            merged[key] = [method, amount, card]
    return [(method, amount, card) for method, amount, card in merged.values() if amount]


class DemoBooks:
    def __init__(self, database: Database, writer: BulkWriter, staff_rates: dict[int, int]) -> None:
        self.database = database
        self.writer = writer
        self.staff_rates = staff_rates
        self.counts = BookCounts()
        self._packages = writer.table(ClientPackage, _PACKAGE_FIELDS)
        self._package_services = writer.table(ClientPackageService, ("package", "service"))
        self._ledger = writer.table(PackageLedger, _LEDGER_FIELDS)
        self._payments = writer.table(Payment, _PAYMENT_FIELDS)
        self._visits = writer.table(Visit, _VISIT_FIELDS)
        self._items = writer.table(VisitItem, _ITEM_FIELDS)
        self._therapists = writer.table(VisitTherapist, ("visit", "staff"))
        self._revisions = writer.table(VisitRevision, _REVISION_FIELDS)
        self._next = {"package": 1, "line": 1, "payment": 1, "visit": 1, "item": 1, "revision": 1}
        # A package row is written 'active'; later status changes are applied after each flush.
        self._status_changes: dict[int, str] = {}
        self._commission_cache: dict[tuple, tuple[int, str]] = {}

    def _id(self, kind: str) -> int:
        number = self._next[kind]
        self._next[kind] = number + 1
        return number

    def flush(self) -> None:
        self.writer.flush()
        if self._status_changes:
            self.database.cursor().executemany("UPDATE client_package SET status = ? WHERE id = ?",
                                               [(status, pid) for pid, status in self._status_changes.items()])
            self._status_changes.clear()

    # --- ledger ---------------------------------------------------------------------------------------
    def _line(self, package: DemoPackage, kind: str, when: datetime | str, *, sessions: int = 0, principal: int = 0,
              bonus: int = 0, paid: int = 0, visit_id: int | None = None, reverses: int | None = None,
              staff_id: int | None = None, reason: str = "") -> Line:
        """`packages.add_line`; the totals move as the trigger moves them. `when` may come formatted already."""
        if package.sessions_left is not None or sessions:
            package.sessions_left = (package.sessions_left or 0) + sessions
        package.principal += principal
        package.bonus += bonus
        if min(package.sessions_left or 0, package.principal, package.bonus) < 0:
            raise AssertionError(f"demo package {package.id} would go negative")  # the database would refuse it
        if kind in ("sale", "top_up"):
            package.paid += paid
            package.granted += sessions
        line = Line(self._id("line"), package, sessions, principal, bonus)
        self._ledger.append((line.id, package.id, kind, sessions, principal, bonus, paid, visit_id, reverses,
                             staff_id, reason, when if isinstance(when, str) else timestamp(when)))
        return line

    def _set_status(self, package: DemoPackage, status: str) -> None:
        package.status = status
        self._status_changes[package.id] = status

    def _settle(self, package: DemoPackage) -> None:
        """`packages._settle_status`."""
        if package.status in ("expired", "refunded"):
            return
        empty = package.balance == 0 if package.kind == "stored_value" else package.sessions_left == 0
        status = "used_up" if empty else "active"
        if status != package.status:
            self._set_status(package, status)

    def _payment(self, when: datetime | str, method: str, amount: int, *, visit_id: int | None = None,
                 ledger_id: int | None = None, card: DemoPackage | None = None, reverses: int | None = None) -> int:
        payment_id = self._id("payment")
        self._payments.append((payment_id, visit_id, ledger_id, method, amount, card.id if card else None, reverses,
                               when if isinstance(when, str) else timestamp(when)))
        self.counts.payments += 1
        return payment_id

    # --- packages -------------------------------------------------------------------------------------
    def sell(self, client_id: int, plan: DemoPlan, when: datetime, payments: list[tuple[str, int]], *,
             staff_id: int | None, notes: str = "") -> DemoPackage:
        """`packages.sell_package`: the client's own copy of the plan, its 'sale' line and payments."""
        merged = merge_payments([(method, amount, None) for method, amount in payments])
        paid = sum(amount for _, amount, _ in merged)
        starts = when.date()
        expires = starts + timedelta(days=plan.validity_days - 1) if plan.validity_days else None
        package = DemoPackage(self._id("package"), client_id, plan, starts, expires, merged[0][0] if merged else "")
        self._packages.append((package.id, client_id, plan.id, plan.name, plan.kind, timestamp(when),
                               starts.isoformat(), expires.isoformat() if expires else None, "active", staff_id,
                               notes))
        self._package_services.extend((package.id, service_id) for service_id in sorted(plan.service_ids))
        if plan.kind == "stored_value":
            line = self._line(package, "sale", when, principal=paid, bonus=plan.bonus_fen, paid=paid,
                              staff_id=staff_id)
        else:
            line = self._line(package, "sale", when, sessions=(plan.sessions or 0) + plan.bonus_sessions, paid=paid,
                              staff_id=staff_id)
        for method, amount, _ in merged:
            self._payment(when, method, amount, ledger_id=line.id)
        self.counts.packages += 1
        self.counts.sold_by_kind[plan.kind] = self.counts.sold_by_kind.get(plan.kind, 0) + 1
        return package

    def top_up(self, package: DemoPackage, when: datetime, payments: list[tuple[str, int]], *, staff_id: int | None,
               bonus: int = 0, sessions: int = 0) -> None:
        """`packages.top_up`: money (and a bonus) onto a stored-value card, or sessions onto a count card."""
        merged = merge_payments([(method, amount, None) for method, amount in payments])
        paid = sum(amount for _, amount, _ in merged)
        if package.kind == "stored_value":
            line = self._line(package, "top_up", when, principal=paid, bonus=bonus, paid=paid, staff_id=staff_id)
        else:
            line = self._line(package, "top_up", when, sessions=sessions, paid=paid, staff_id=staff_id)
        for method, amount, _ in merged:
            self._payment(when, method, amount, ledger_id=line.id)
        self._settle(package)
        self.counts.top_ups += 1

    def adjust(self, package: DemoPackage, when: datetime, reason: str, *, sessions: int, staff_id: int | None) -> None:
        """`packages.adjust` of sessions (a session given as goodwill)."""
        self._line(package, "adjustment", when, sessions=sessions, staff_id=staff_id, reason=reason)
        self._settle(package)
        self.counts.adjustments += 1

    def expire(self, package: DemoPackage, when: datetime) -> None:
        """`packages.expire_packages` for one package past its last day."""
        if package.status not in ("active", "used_up"):
            return
        sessions = -(package.sessions_left or 0)
        if sessions or package.principal or package.bonus or package.status == "active":
            self._line(package, "expiry", when, sessions=sessions, principal=-package.principal,
                       bonus=-package.bonus, reason=f"有效期至 {package.expires_on}")
        self._set_status(package, "expired")
        self.counts.expired += 1

    def refund(self, package: DemoPackage, when: datetime, reason: str, *, staff_id: int | None) -> None:
        """Through `refunds.refund_package` itself, on the rows written so far."""
        self.flush()
        line = refunds.refund_package(package.id, package.first_method or "cash", reason=reason,
                                       today=when.date(), staff_id=staff_id, when=when)
        self._next["line"] = line.id + 1
        last_payment = self.database.execute_sql("SELECT max(id) FROM payment").fetchone()[0] or 0
        self.counts.payments += last_payment + 1 - self._next["payment"]
        self._next["payment"] = last_payment + 1
        if package.sessions_left is not None:
            package.sessions_left = 0
        package.principal = package.bonus = 0
        package.status = "refunded"  # written by refund_package
        self.counts.refunds += 1

    # --- visits ---------------------------------------------------------------------------------------
    def _commission(self, item: PlannedItem, amount: int) -> tuple[int, str]:
        """`visits.price_items`: the service's fixed amount or rate, else the therapist's rate; a line a count
        card paid earns it on what the client paid per session (the default commission policy)."""
        if item.therapist_id is None:
            return 0, ""
        service = item.item if item.kind == "service" else None
        card = item.package if item.package is not None and item.package.granted > 0 else None
        earned_on = share(card.paid, item.quantity, card.granted) if card else amount
        key = (earned_on, item.quantity, service.commission_rate_bp if service else None,
               service.commission_fen if service else None, self.staff_rates[item.therapist_id])
        cached = self._commission_cache.get(key)
        if cached is None:
            cached = self._commission_cache[key] = commission_for(*key)
        commission, basis = cached
        if card is not None and service is not None and service.commission_fen is None:
            basis += f"（卡实付 {format_fen(share(card.paid, 1, card.granted))}/次）"
        return commission, basis

    def _apply(self, visit_id: int, visit: PlannedVisit, payments: list[tuple[str, int, DemoPackage | None]],
               when: str, staff_id: int | None) -> list[Line]:
        """`visits._apply`: lines, their package deductions, then the (merged) payments, stored value drawn first."""
        taken: list[Line] = []
        for position, item in enumerate(visit.items):
            amount = item.amount_fen
            commission, basis = self._commission(item, amount)
            service = item.kind == "service"
            self._items.append((
                self._id("item"), visit_id, position, item.kind, item.item.id if service else None,
                None if service else item.item.id, item.item.name if service else item.item.label, item.quantity,
                item.item.price_fen, item.discount_fen, amount, item.therapist_id,
                item.package.id if item.package else None, commission, basis,
                item.item.followup_days if service else "",
            ))
            if item.package is not None:
                package = item.package
                sessions = -item.quantity if package.sessions_left is not None else 0
                taken.append(self._line(package, "use", when, sessions=sessions, visit_id=visit_id,
                                        staff_id=staff_id))
                self._settle(package)
        for method, amount, card in payments:
            if card is not None:
                principal, bonus = split_stored_value(card.principal, card.bonus, amount)
                taken.append(self._line(card, "use", when, principal=-principal, bonus=-bonus, visit_id=visit_id,
                                        staff_id=staff_id))
                self._settle(card)
                self.counts.stored_value_payments += 1
            self._payment(when, method, amount, visit_id=visit_id, card=card)
        for therapist_id in dict.fromkeys(item.therapist_id for item in visit.items if item.therapist_id):
            self._therapists.append((visit_id, therapist_id))
        self.counts.items += len(visit.items)
        return taken

    def _give_back(self, visit_id: int, taken: list[Line], paid: list[tuple[int, str, int, DemoPackage | None]],
                   when: datetime, staff_id: int | None, reason: str) -> None:
        """`visits._give_back`: a 'void' line for every use, then a reversal for every payment."""
        for line in taken:
            self._line(line.package, "void", when, sessions=-line.sessions, principal=-line.principal,
                       bonus=-line.bonus, visit_id=visit_id, reverses=line.id, staff_id=staff_id, reason=reason)
            self._settle(line.package)
        for payment_id, method, amount, card in paid:
            self._payment(when, method, -amount, visit_id=visit_id, card=card, reverses=payment_id)

    def record_visit(self, visit: PlannedVisit, *, staff_id: int | None, fixer_id: int | None) -> int:
        """`visits.save_visit`, then `update_visit` or `void_visit` when the visit plans one."""
        visit_id = self._id("visit")
        final = visit.corrected or visit
        first_payment = self._next["payment"]
        merged = merge_payments(visit.payments)
        checkout = timestamp(visit.checkout)
        taken = self._apply(visit_id, visit, merged, checkout, staff_id)
        paid = [(first_payment + index, method, amount, card) for index, (method, amount, card) in enumerate(merged)]
        if len(merged) > 1 and len({method for method, _, _ in merged}) > 1:
            self.counts.split_payment_visits += 1
        updated_at, voided_at, status = checkout, None, "done"
        if visit.corrected is not None or visit.void_reason:
            updated_at = timestamp(visit.fixed_at)
            before = revision_json(self._as_input(visit))
            action = "edit" if visit.corrected is not None else "void"
            reason = visit.correction_reason if action == "edit" else visit.void_reason
            words = "更正记录" if action == "edit" else "作废记录"
            self._give_back(visit_id, taken, paid, visit.fixed_at, fixer_id, f"{words}：{reason}")
            if action == "edit":
                # The corrected lines replace the first ones (update_visit deletes and re-creates them).
                del self._items[len(self._items) - len(visit.items):]
                del self._therapists[len(self._therapists) - len({i.therapist_id for i in visit.items
                                                                   if i.therapist_id}):]
                self.counts.items -= len(visit.items)
                self._apply(visit_id, final, merge_payments(final.payments), updated_at, fixer_id)
                self.counts.corrected_visits += 1
            else:
                voided_at, status = visit.fixed_at, "void"
                self.counts.void_visits += 1
            self._revisions.append((self._id("revision"), visit_id, action, reason, fixer_id, before,
                                    timestamp(visit.fixed_at)))
        self._visits.append((
            visit_id, visit.client_id, timestamp(visit.visited_at), status, sum(i.amount_fen for i in final.items),
            final.skin_condition, final.notes, final.satisfaction, int(final.complaint), checkout, updated_at,
            timestamp(voided_at) if voided_at else None, visit.void_reason,
        ))
        self.counts.visits += 1
        self.counts.complaints += final.complaint
        self.counts.rated_visits += final.satisfaction is not None
        return visit_id

    @staticmethod
    def _as_input(visit: PlannedVisit) -> VisitInput:
        """The visit as `visits.load_visit_input` reads it back: what its audit trail keeps."""
        items = [VisitItemInput(item.kind, item.item.id, item.quantity, item.item.price_fen, item.discount_fen,
                                item.therapist_id, item.package.id if item.package else None)
                 for item in visit.items]
        payments = [PaymentInput(method, amount, card.id if card else None)
                    for method, amount, card in merge_payments(visit.payments)]
        therapists = sorted({item.therapist_id for item in visit.items if item.therapist_id})
        return VisitInput(visit.client_id, visit.visited_at, items, payments, therapists, visit.skin_condition,
                          visit.notes, visit.satisfaction, visit.complaint)


__all__ = ["BookCounts", "DemoBooks", "DemoPackage", "Line", "PlannedItem", "PlannedVisit", "merge_payments"]
