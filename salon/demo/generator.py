"""Demo data: a believable salon (staff, clients, their families, menu, cards and visits) for trying the app out.

The same seed and the same `today` always give the same data, so a screenshot, a test or a bug
report can be reproduced. Rows are written in bulk (one prepared INSERT per table and batch, all in
one transaction, secondary indexes built once at the end: `salon.demo.writer.bulk_load`) because
100,000 clients and their two years of visits must generate in a couple of minutes; every column is filled exactly as
`salon.clients.save_client` would fill it (search keys, pinyin sort key, normalised tags, birthday
columns), so a demo client behaves like one typed in at the counter.

The words clients are made of (names, places, habits, notes) are in `salon.demo.pools`.
Clients sign up in time order, and the salon's history (services, products and cards in
`salon.demo.catalogue`; visits, card sales and uses, payments, voids and corrections in
`salon.demo.history`, written by `salon.demo.books`) runs on the same clock: before a client signs up,
everything that happened earlier is written, so ids grow with time and a batch of clients is also a
stretch of history.

To extend the demo: add a `_build_*` step that appends rows to the `BulkWriter`, a counter to
`DemoSummary` (with its label in `DemoSummary.rows`), and the table to `salon.store.db.DATA_TABLES`.
"""
from __future__ import annotations

import gc
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import Database

from salon.demo.clients import ClientFileWriter
from salon.demo.history import DemoStaff, History
from salon.demo.pools import (
    SHOWCASE_NAMES,
)
from salon.demo.writer import BulkWriter, bulk_load
from salon.demo.writer import timestamp as _ts
from salon.errors import ValidationError
from salon.store import integrity
from salon.store.db import database_is_empty, lone_owner_id
from salon.store.models import (
    Staff,
    database_proxy,
)

# Clients per batch: one progress report (and chance to cancel) per batch, and the rows of one batch
# are all that is held in memory at a time.
BATCH_SIZE = 2_000
MAX_CLIENTS = 1_000_000
MAX_MONTHS = 120
DAYS_PER_MONTH = 30.44



class DemoCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""


@dataclass
class DemoSummary:
    staff: int = 0
    therapists: int = 0
    inactive_staff: int = 0
    clients: int = 0
    archived_clients: int = 0
    clients_with_birthday: int = 0
    lunar_birthdays: int = 0
    family_members: int = 0
    events: int = 0
    skin_concerns: int = 0
    assignments: int = 0
    search_keys: int = 0
    services: int = 0
    products: int = 0
    plans: int = 0
    packages: int = 0
    count_cards: int = 0
    period_cards: int = 0
    stored_value_cards: int = 0
    top_ups: int = 0
    refunds: int = 0
    expired_packages: int = 0
    adjustments: int = 0
    visits: int = 0
    void_visits: int = 0
    corrected_visits: int = 0
    visit_items: int = 0
    payments: int = 0
    split_payment_visits: int = 0
    stored_value_payments: int = 0
    complaints: int = 0
    rated_visits: int = 0
    lapsed_clients: int = 0
    open_reminders: int = 0

    def rows(self) -> list[tuple[str, int]]:
        """(Chinese label, count) in reading order, for the command line and the GUI."""
        return [
            ("员工", self.staff),
            ("其中美容师", self.therapists),
            ("已离职员工", self.inactive_staff),
            ("客户", self.clients),
            ("已归档客户", self.archived_clients),
            ("登记生日的客户", self.clients_with_birthday),
            ("其中农历生日", self.lunar_birthdays),
            ("家庭成员", self.family_members),
            ("纪念日/事件", self.events),
            ("皮肤问题记录", self.skin_concerns),
            ("专属美容师分配记录", self.assignments),
            ("搜索索引条目", self.search_keys),
            ("服务项目", self.services),
            ("零售产品", self.products),
            ("卡项", self.plans),
            ("售出的卡", self.packages),
            ("其中次卡", self.count_cards),
            ("其中年卡/月卡", self.period_cards),
            ("其中储值卡", self.stored_value_cards),
            ("续卡/充值", self.top_ups),
            ("退卡", self.refunds),
            ("到期的卡", self.expired_packages),
            ("手工调整", self.adjustments),
            ("到店记录", self.visits),
            ("其中作废", self.void_visits),
            ("其中更正过", self.corrected_visits),
            ("消费明细", self.visit_items),
            ("付款记录", self.payments),
            ("组合付款的到店", self.split_payment_visits),
            ("储值卡付款", self.stored_value_payments),
            ("客诉", self.complaints),
            ("有满意度评分的到店", self.rated_visits),
            ("不再来店的客户", self.lapsed_clients),
            ("今天打开“提醒”要处理的事", self.open_reminders),
        ]


@dataclass(frozen=True)
class _StaffSpec:
    name: str
    role: str
    specialties: str
    commission_bp: int
    active: bool = True
    notes: str = ""
    # Relative share of the clients she looks after (0: none, e.g. front desk and owner).
    client_share: int = 0


STAFF: tuple[_StaffSpec, ...] = (
    _StaffSpec("林晓燕", "owner", "", 0, notes="老板"),
    _StaffSpec("周丽娟", "manager", "面部护理、抗衰", 500, notes="店长，也接老客", client_share=1),
    _StaffSpec("王婷", "front_desk", "", 0, notes="前台，负责预约和回访"),
    _StaffSpec("陈静", "therapist", "面部护理、祛痘", 1200, client_share=5),
    _StaffSpec("刘芳", "therapist", "身体SPA、肩颈理疗", 1500, client_share=5),
    _StaffSpec("赵雪", "therapist", "美甲、美睫", 2000, client_share=5),
    _StaffSpec("孙美华", "therapist", "面部护理、抗衰", 1200, client_share=5),
    _StaffSpec("黄小丽", "therapist", "身体SPA、精油开背", 1500, client_share=5),
    _StaffSpec("杨柳", "therapist", "祛痘、皮肤管理", 1250, client_share=5),
    # Left the salon: no new clients, but her old assignments stay in the clients' history.
    _StaffSpec("吴倩", "therapist", "面部护理", 1200, active=False, notes="已离职", client_share=5),
)


class _DemoRandom(random.Random):
    """random.Random with choice/randint/randrange drawn from one float each.

    The standard versions draw bits until the result is exactly uniform, which costs more than
    everything else in a 100,000-client demo; a bias of one part in 2**53 does not matter here.
    Still fully determined by the seed.
    """

    def choice(self, seq: Sequence):  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:  # type: ignore[override]
        if stop is None:
            start, stop = 0, start
        if step != 1 or stop <= start:
            return super().randrange(start, stop, step)
        return start + int(self.random() * (stop - start))



# --- public API --------------------------------------------------------------------------------------
def generate_demo(
    database: Database,
    clients: int = 300,
    months: int = 24,
    seed: int = 1,
    progress: Callable[[int, int], bool] | None = None,
    *,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty database with demo staff, a menu, `clients` clients and `months` of their visits.

    `progress(done, total)` is called after each batch; returning False cancels: everything is
    rolled back and DemoCancelled raised. Raises ValidationError ('demo_not_empty') when the
    database already holds clients, staff or a catalogue — except an owner alone, whom the demo salon takes as its
    owner (her name, PIN and id kept) — and ('demo_invalid') for impossible sizes.
    The models must be bound to `database` (as `salon.db.open_database` does): refunds go through
    `salon.packages.refunds.refund_package`.
    """
    if not 0 <= clients <= MAX_CLIENTS:
        raise ValidationError("demo_invalid", f"客户数应在 0 到 {MAX_CLIENTS} 之间。", field="clients")
    if not 1 <= months <= MAX_MONTHS:
        raise ValidationError("demo_invalid", f"月数应在 1 到 {MAX_MONTHS} 之间。", field="months")
    if database_proxy.obj is not database:  # refunds go through salon.packages, i.e. through the models
        raise RuntimeError("generate_demo needs the database the models are bound to (salon.db.open_database)")
    with database.atomic(lock_type="IMMEDIATE"):
        owner_id = lone_owner_id(database)
        if owner_id is None and not database_is_empty(database):
            raise ValidationError(
                "demo_not_empty", "数据库里已有客户、员工或项目资料，演示数据只能载入空数据库，以免和真实数据混在一起。"
            )
        builder = _DemoBuilder(database, _DemoRandom(seed), today or date.today(), months, progress, owner_id)
        collecting = gc.isenabled()
        gc.disable()  # millions of short-lived rows, no cycles: the collector would only scan them again and again
        try:
            with bulk_load(database):
                summary = builder.build(clients)
        finally:
            if collecting:
                gc.enable()
        # What the trigger suspended during the load would have guarded, checked once for every card.
        problems = integrity.check_rules(database, codes=("package_totals",))
        if problems:
            raise AssertionError(f"demo data broke an invariant: {problems[0].message}")
        from salon.demo.reminders import settle_reminders

        summary.open_reminders = settle_reminders(database, builder.today, _DemoRandom(seed + 1))
        return summary


# --- building ----------------------------------------------------------------------------------------
class _DemoBuilder(ClientFileWriter):
    """Staff, then clients in sign-up order with the salon's history run up to each (see the module doc)."""

    def __init__(self, database: Database, rng: random.Random, today: date, months: int,
                 progress: Callable[[int, int], bool] | None, owner_id: int | None = None) -> None:
        self.rng = rng
        self.owner_id = owner_id  # the salon's own owner, who stands in for the demo's
        self.today = today
        self.months = months
        self.start = today - timedelta(days=round(months * DAYS_PER_MONTH))
        self.progress = progress
        self.database = database
        self.writer = BulkWriter(database)
        self.summary = DemoSummary()
        self.phones: set[str] = set()
        self.staff_ids: dict[str, int] = {}
        # Active staff who look after clients, each repeated by her share, so a plain choice is weighted.
        self.carers: list[int] = []
        self.leaver_id: int | None = None
        self.leaver_share = 0
        # The day the inactive therapist left; her clients were handed over then.
        self.left_on = today - timedelta(days=round(months * DAYS_PER_MONTH * 0.35))
        self.history: History | None = None

    def build(self, clients: int) -> DemoSummary:
        self._report(0, clients)
        self._build_staff()
        history = self.history = History(self.database, self.writer, self.rng, self.today, self.start,
                                         self._demo_staff())
        self.writer.flush()
        created = self._creation_times(clients)
        showcase = {index * clients // len(SHOWCASE_NAMES): name for index, name in enumerate(SHOWCASE_NAMES)}
        for start in range(0, clients, BATCH_SIZE):
            end = min(start + BATCH_SIZE, clients)
            for index in range(start, end):
                history.run_until(created[index])  # what happened before she walked in comes first
                self._build_client(index + 1, created[index], showcase.get(index))
            history.flush()
            self._report(end, clients)
        history.finish()
        self._count_history()
        return self.summary

    def _demo_staff(self) -> DemoStaff:
        ids = self.staff_ids
        return DemoStaff(
            rates={ids[spec.name]: spec.commission_bp for spec in STAFF},
            specialties={ids[spec.name]: spec.specialties for spec in STAFF if spec.specialties},
            active={ids[spec.name]: spec.active for spec in STAFF},
            leaver_id=self.leaver_id, left_on=self.left_on,
            desk_id=next(ids[spec.name] for spec in STAFF if spec.role == "front_desk"),
            manager_id=next(ids[spec.name] for spec in STAFF if spec.role == "manager"),
        )

    def _count_history(self) -> None:
        catalogue = self.history.catalogue
        counts = self.history.books.counts
        summary = self.summary
        summary.services, summary.products, summary.plans = (
            len(catalogue.services), len(catalogue.products), len(catalogue.plans))
        summary.packages = counts.packages
        summary.count_cards = counts.sold_by_kind.get("count", 0)
        summary.period_cards = counts.sold_by_kind.get("period", 0)
        summary.stored_value_cards = counts.sold_by_kind.get("stored_value", 0)
        for name in ("top_ups", "refunds", "adjustments", "visits", "void_visits", "corrected_visits", "payments",
                     "split_payment_visits", "stored_value_payments", "complaints", "rated_visits"):
            setattr(summary, name, getattr(counts, name))
        summary.expired_packages = counts.expired
        summary.visit_items = counts.items
        summary.lapsed_clients = self.history.lapsed_clients()

    def _report(self, done: int, total: int) -> None:
        if self.progress is not None and self.progress(done, total) is False:
            raise DemoCancelled()

    # --- staff -------------------------------------------------------------------------------------
    def _build_staff(self) -> None:
        hired_from = self.start - timedelta(days=400)
        first = 1 if self.owner_id is None else self.owner_id + 1
        for number, spec in enumerate(STAFF, start=first):
            hired = self._moment(self._between(hired_from, self.start - timedelta(days=30)))
            if spec.role == "owner" and self.owner_id is not None:
                self.staff_ids[spec.name] = self.owner_id
                continue
            self.writer.add(Staff, {
                "id": number, "name": spec.name, "role": spec.role, "phone": self._mobile(),
                "specialties": spec.specialties, "active": int(spec.active),
                "commission_rate_bp": spec.commission_bp, "notes": spec.notes, "created_at": _ts(hired),
            })
            self.staff_ids[spec.name] = number
            if spec.active:
                self.carers += [number] * spec.client_share
            elif spec.client_share:
                self.leaver_id, self.leaver_share = number, spec.client_share
        self.summary.staff = len(STAFF)
        self.summary.therapists = sum(spec.role == "therapist" for spec in STAFF)
        self.summary.inactive_staff = sum(not spec.active for spec in STAFF)

    # --- clients -----------------------------------------------------------------------------------
    def _creation_times(self, clients: int) -> list[datetime]:
        """Sign-up moments over the history, in order, so ids grow with the date of the first visit."""
        last_day = self.today - timedelta(days=1)
        return sorted(self._moment(self._between(self.start, last_day)) for _ in range(clients))


__all__ = ["BATCH_SIZE", "DemoCancelled", "DemoSummary", "database_is_empty", "generate_demo"]
