"""How fast are visits at 500,000 of them: recording one, a client's history, the salon's history list?

Builds (or reuses) a database with demo clients and staff and 500,000 realistic visits — services and
products, therapists, split payments, count cards and stored-value cards with their ledger — written
with executemany in one transaction (going through `save_visit` half a million times would take an
hour). Then times, in one process on that file, next to plain indexed SQL as the baseline:

(a) `salon.visits.save_visit` (a service paid by WeChat and a stored-value card, a service deducted
    from a count card) vs one INSERT INTO visit in its own transaction;
(b) `client_timeline` for a client with about 100 visits, and `visit_detail`, vs a plain indexed
    SELECT of that client's visits;
(c) the history tab: `history_ids` + `fetch_history_rows` for the first 200 rows, and the footer's
    `history_totals`, for several filters, vs a plain indexed count of this month's visits.

Prints a Markdown table (median and 95th percentile in milliseconds, rows, ratio to the baseline).

    python benchmarks/bench_visits.py                  # 20,000 clients, 500,000 visits in a temp file
    python benchmarks/bench_visits.py --visits 100000
    python benchmarks/bench_visits.py --db visits.db   # reuse a file (filled if it has no visits)
"""
from __future__ import annotations

import argparse
import bisect
import itertools
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing

from peewee import Database  # noqa: E402
from timing import TimingTable, machine, measure  # noqa: E402  (beside this script)

from salon.catalogue import PlanInput, ProductInput, ServiceInput, save_plan, save_product, save_service  # noqa: E402
from salon.demo.generator import database_is_empty, generate_demo  # noqa: E402
from salon.packages.selling import sell_package
from salon.packages.usage import split_stored_value
from salon.payments import PaymentInput  # noqa: E402
from salon.store.db import close_database, open_database  # noqa: E402
from salon.store.models import PackagePlan, database_proxy  # noqa: E402
from salon.visits.history import HistoryFilter, fetch_history_rows, history_ids, history_totals  # noqa: E402
from salon.visits.pricing import VisitInput, VisitItemInput  # noqa: E402
from salon.visits.receipts import visit_detail
from salon.visits.recording import save_visit
from salon.visits.timeline import client_timeline

MONTHS = 60
FIRST_PAGE = 200  # rows the view fetches for the first screen (one block of the model's cache)

SERVICES = (  # name, price in yuan, share of visits
    ("深层清洁", 198, 20), ("补水护理", 268, 18), ("肩颈理疗", 298, 14), ("美白焕肤", 380, 8),
    ("眼部护理", 168, 8), ("背部SPA", 358, 6), ("小气泡", 228, 7), ("光子嫩肤", 980, 3),
    ("头皮护理", 188, 5), ("全身精油按摩", 428, 6), ("美甲", 120, 3), ("脱毛", 260, 2),
)
PRODUCTS = (("雅诗", "补水面膜", 88), ("兰蔻", "精华液", 680), ("自然堂", "洁面乳", 78), ("欧莱雅", "防晒霜", 158),
            ("薇诺娜", "舒敏霜", 268), ("珀莱雅", "眼霜", 198))
CASH_METHODS = (("wechat", 45), ("alipay", 20), ("cash", 12), ("card", 18), ("other", 5))


def _ts(moment: datetime) -> str:
    return moment.isoformat(sep=" ")


@dataclass
class _Card:
    id: int
    services: frozenset[int] = frozenset()
    sessions: int = 0
    principal: int = 0
    bonus: int = 0


@dataclass
class _Rows:
    """Rows per table, written parents first with one prepared INSERT each."""

    tables: dict[str, tuple[str, list[tuple]]] = field(default_factory=dict)

    def add(self, table: str, columns: str, row: tuple) -> None:
        self.tables.setdefault(table, (columns, []))[1].append(row)

    def flush(self, database: Database) -> None:
        cursor = database.cursor()
        for table in ("client_package", "client_package_service", "visit", "visit_item", "visit_therapist",
                      "package_ledger", "payment"):
            if table in self.tables:
                columns, rows = self.tables[table]
                marks = ", ".join("?" * len(columns.split(",")))
                cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
        self.tables.clear()


class _VisitGenerator:
    """Half a million visits of a busy salon over five years, consistent with the ledger and its triggers."""

    def __init__(self, database: Database, visits: int, seed: int, today: date) -> None:
        self.database = database
        self.visits = visits
        self.rng = random.Random(seed)
        self.today = today
        self.start = today - timedelta(days=round(MONTHS * 30.44))
        self.ids = {table: (database.execute_sql(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])
                    for table in ("visit", "visit_item", "package_ledger", "payment", "client_package")}
        self.rows = _Rows()

    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def build(self) -> None:
        rng = self.rng
        services = []
        for name, price, weight in SERVICES:
            service_id = _active_id("service", name) or save_service(
                ServiceInput(name=name, price=str(price), followup_days="1,7")).id
            services.append((service_id, name, price * 100, weight))
        products = [(_active_id("product", name, brand) or save_product(
            ProductInput(name=name, brand=brand, price=str(price))).id, f"{brand} {name}", price * 100)
            for brand, name, price in PRODUCTS]
        count_plan = _plan(PlanInput(name="基准护理10次卡", kind="count", price="1980", sessions=10, bonus_sessions=2,
                                     service_ids=[s[0] for s in services[:6]]))
        stored_plan = _plan(PlanInput(name="基准储值3000送600", kind="stored_value", price="3000", bonus="600"))
        therapists = [row[0] for row in self.database.execute_sql(
            "SELECT id FROM staff WHERE role = 'therapist' AND active = 1 ORDER BY id")]
        clients = self.database.execute_sql("SELECT id, coalesce(therapist_id, 0) FROM client ORDER BY id").fetchall()
        # A few regulars come every week, most clients now and then: a heavy-tailed share of the visits.
        weights = [rng.paretovariate(1.6) for _ in clients]
        cumulative = list(itertools.accumulate(weights))
        sold = _ts(datetime.combine(self.start, datetime.min.time()).replace(hour=10))
        count_cards: dict[int, _Card] = {}
        stored_cards: dict[int, _Card] = {}
        for client_id, _ in clients:
            if rng.random() < 0.25:
                count_cards[client_id] = self._sell(client_id, count_plan.id, count_plan.name, "count", sold,
                                                    sessions=12, paid=198000,
                                                    services=frozenset(s[0] for s in services[:6]))
            if rng.random() < 0.18:
                stored_cards[client_id] = self._sell(client_id, stored_plan.id, stored_plan.name, "stored_value",
                                                     sold, principal=300000, bonus=60000, paid=300000)
        self.rows.flush(self.database)
        days = (self.today - self.start).days + 1
        moments = sorted(rng.randrange(days) * 86400 + 36000 + rng.randrange(11 * 3600) for _ in range(self.visits))
        service_weights = list(itertools.accumulate(s[3] for s in services))
        for number, seconds in enumerate(moments, 1):
            when = datetime.combine(self.start, datetime.min.time()) + timedelta(seconds=seconds)
            client_id, own_therapist = clients[bisect.bisect(cumulative, rng.random() * cumulative[-1])]
            self._visit(when, client_id, own_therapist, therapists, services, service_weights, products,
                        count_cards.get(client_id), stored_cards.get(client_id))
            if number % 50_000 == 0:
                self.rows.flush(self.database)
                print(f"  {number:,} visits", file=sys.stderr, flush=True)
        self.rows.flush(self.database)

    def _sell(self, client_id: int, plan_id: int, name: str, kind: str, sold: str, *, paid: int, sessions: int = 0,
              principal: int = 0, bonus: int = 0, services: frozenset[int] = frozenset()) -> _Card:
        card = _Card(self.next_id("client_package"), services, sessions, principal, bonus)
        self.rows.add("client_package", "id, client_id, plan_id, name, kind, sold_at, starts_on, status",
                      (card.id, client_id, plan_id, name, kind, sold, sold[:10], "active"))
        for service_id in sorted(services):
            self.rows.add("client_package_service", "package_id, service_id", (card.id, service_id))
        self._ledger(card.id, "sale", sold, sessions=sessions, principal=principal, bonus=bonus, paid=paid)
        return card

    def _ledger(self, package_id: int, kind: str, when: str, *, sessions: int = 0, principal: int = 0,
                bonus: int = 0, paid: int = 0, visit_id: int | None = None) -> None:
        line_id = self.next_id("package_ledger")
        self.rows.add("package_ledger", "id, package_id, kind, sessions_delta, principal_delta_fen, bonus_delta_fen,"
                      " paid_fen, visit_id, created_at",
                      (line_id, package_id, kind, sessions, principal, bonus, paid, visit_id, when))
        if paid:
            self.rows.add("payment", "id, visit_id, ledger_id, method, amount_fen, package_id, reverses_id, paid_at",
                          (self.next_id("payment"), None, line_id, self.rng.choice(("wechat", "alipay", "card")),
                           paid, None, None, when))

    def _visit(self, when: datetime, client_id: int, own_therapist: int, therapists: list[int], services: list,
               service_weights: list[int], products: list, count_card: _Card | None,
               stored_card: _Card | None) -> None:
        rng = self.rng
        stamp = _ts(when)
        visit_id = self.next_id("visit")
        void = rng.random() < 0.005
        lines = []  # (kind, item id, name, quantity, unit price, therapist, package)
        picked = (services[bisect.bisect(service_weights, rng.random() * service_weights[-1])]
                  for _ in range(1 if rng.random() < 0.75 else 2))
        for service_id, name, price, _ in {service[0]: service for service in picked}.values():
            therapist = own_therapist if own_therapist and rng.random() < 0.8 else rng.choice(therapists)
            package = None
            if count_card and not void and service_id in count_card.services:
                if count_card.sessions == 0:  # the client renews her card
                    self._ledger(count_card.id, "top_up", stamp, sessions=12, paid=198000)
                    count_card.sessions = 12
                count_card.sessions -= 1
                package = count_card.id
            lines.append(("service", service_id, name, 1, price, therapist, package))
        if rng.random() < 0.2:
            product_id, name, price = rng.choice(products)
            lines.append(("product", product_id, name, rng.choice((1, 1, 1, 2)), price, None, None))
        total = sum(q * price for _, _, _, q, price, _, _ in lines)
        due = sum(q * price for _, _, _, q, price, _, package in lines if package is None)
        columns = ("id, visit_id, position, kind, service_id, product_id, name, quantity, unit_price_fen,"
                   " discount_fen, amount_fen, therapist_id, package_id, commission_fen, commission_basis")
        for position, (kind, item_id, name, quantity, price, therapist, package) in enumerate(lines):
            amount = quantity * price
            self.rows.add("visit_item", columns, (
                self.next_id("visit_item"), visit_id, position, kind, item_id if kind == "service" else None,
                item_id if kind == "product" else None, name, quantity, price, 0, amount, therapist, package,
                amount // 10 if therapist else 0, "10%" if therapist else ""))
        self.rows.add("visit", "id, client_id, visited_at, status, total_fen, satisfaction, created_at, updated_at,"
                      " voided_at, void_reason",
                      (visit_id, client_id, stamp, "void" if void else "done", total, rng.choice((4, 5, 5, None)),
                       stamp, stamp, _ts(when + timedelta(hours=1)) if void else None, "录错客户" if void else ""))
        for therapist in dict.fromkeys(line[5] for line in lines if line[5]):
            self.rows.add("visit_therapist", "visit_id, staff_id", (visit_id, therapist))
        for package in dict.fromkeys(line[6] for line in lines if line[6]):
            used = sum(line[3] for line in lines if line[6] == package)
            self._ledger(package, "use", stamp, sessions=-used, visit_id=visit_id)
        payments = []
        if due and stored_card and not void and rng.random() < 0.7:
            if stored_card.principal + stored_card.bonus < due:
                self._ledger(stored_card.id, "top_up", stamp, principal=300000, bonus=60000, paid=300000)
                stored_card.principal += 300000
                stored_card.bonus += 60000
            from_card = due if rng.random() < 0.8 else due // 2
            principal, bonus = split_stored_value(stored_card.principal, stored_card.bonus, from_card)
            stored_card.principal -= principal
            stored_card.bonus -= bonus
            self._ledger(stored_card.id, "use", stamp, principal=-principal, bonus=-bonus, visit_id=visit_id)
            payments.append(("stored_value", from_card, stored_card.id))
            due -= from_card
        if due:
            methods = rng.choices([m for m, _ in CASH_METHODS], [w for _, w in CASH_METHODS], k=2)
            if rng.random() < 0.15 and due > 100 and methods[0] != methods[1]:
                first = due // 200 * 100
                payments += [(methods[0], first, None), (methods[1], due - first, None)]
            else:
                payments.append((methods[0], due, None))
        columns = "id, visit_id, ledger_id, method, amount_fen, package_id, reverses_id, paid_at"
        for method, amount, package in payments:
            payment_id = self.next_id("payment")
            self.rows.add("payment", columns, (payment_id, visit_id, None, method, amount, package, None, stamp))
            if void:
                self.rows.add("payment", columns, (self.next_id("payment"), visit_id, None, method, -amount, package,
                                                   payment_id, _ts(when + timedelta(hours=1))))


def _visit_count(database: Database) -> int:
    return database.execute_sql("SELECT count(*) FROM visit").fetchone()[0]


def _prepare(path: Path, clients: int, visits: int, today: date) -> None:
    database = open_database(path)
    try:
        if _visit_count(database):
            return
        started = time.perf_counter()
        if database_is_empty(database):
            print(f"Generating {clients:,} demo clients into {path} …", file=sys.stderr, flush=True)
            generate_demo(database, clients=clients, months=MONTHS, today=today)
        missing = visits - _visit_count(database)  # the demo may bring visits of its own
        print(f"Writing {missing:,} visits …", file=sys.stderr, flush=True)
        with database.atomic():
            _VisitGenerator(database, max(missing, 0), seed=1, today=today).build()
        print(f"  done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    finally:
        close_database(database)


def _active_id(table: str, name: str, brand: str | None = None) -> int | None:
    """The active item of that name, which the demo's menu may already have (two may not be on sale at once)."""
    sql = f"SELECT id FROM {table} WHERE active = 1 AND name = ?" + (" AND brand = ?" if brand is not None else "")
    row = database_proxy.execute_sql(sql, (name,) if brand is None else (name, brand)).fetchone()
    return row[0] if row else None


def _plan(data: PlanInput) -> PackagePlan:
    """The benchmark's card plan of that name, made the first time the file is used."""
    found = _active_id("package_plan", data.name)
    return PackagePlan.get_by_id(found) if found else save_plan(data)


def _service_id(database: Database, name: str) -> int:
    """The active service of that name (the benchmark's own, or the demo menu's)."""
    return _active_id("service", name)


def _visit_to_save(database: Database, today: datetime) -> Callable[[], object]:
    """A visit as the counter records it: one service paid by WeChat and stored value, one from a count card."""
    client_id, therapist_id = database.execute_sql(
        "SELECT id, therapist_id FROM client WHERE therapist_id IS NOT NULL ORDER BY id LIMIT 1").fetchone()
    paid_service, card_service = (_service_id(database, name) for name in ("肩颈理疗", "深层清洁"))
    count_plan = _plan(PlanInput(name="基准测试100次卡", kind="count", price="9000", sessions=100,
                                 service_ids=[card_service]))
    stored_plan = _plan(PlanInput(name="基准测试储值卡", kind="stored_value", price="50000"))
    count_card = sell_package(client_id, count_plan.id, [PaymentInput("wechat", 900000)])
    stored_card = sell_package(client_id, stored_plan.id, [PaymentInput("card", 5000000)])

    price = database.execute_sql("SELECT price_fen FROM service WHERE id = ?", (paid_service,)).fetchone()[0]
    by_wechat = price * 2 // 3

    def run() -> object:
        return save_visit(VisitInput(
            client_id=client_id, visited_at=today,
            items=[VisitItemInput("service", paid_service, therapist_id=therapist_id),
                   VisitItemInput("service", card_service, therapist_id=therapist_id, package_id=count_card.id)],
            payments=[PaymentInput("wechat", by_wechat), PaymentInput("stored_value", price - by_wechat,
                                                                       stored_card.id)],
            therapist_ids=[therapist_id], skin_condition="两颊偏干"))
    return run


def run(path: Path, repeat: int, today: date) -> str:
    database = open_database(path)
    try:
        visits, voided = database.execute_sql("SELECT count(*), sum(status = 'void') FROM visit").fetchone()
        clients = database.execute_sql("SELECT count(*) FROM client").fetchone()[0]
        items, payments, ledger = (database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
                                   for table in ("visit_item", "payment", "package_ledger"))
        table = TimingTable()

        # (a) saving a visit
        table.section("(a) saving a visit")

        inserted: list[int] = []

        def insert_visit() -> None:
            stamp = _ts(datetime.now().replace(microsecond=0))
            with database.atomic():
                inserted.append(database.execute_sql(
                    "INSERT INTO visit (client_id, visited_at, total_fen, created_at, updated_at)"
                    " VALUES (1, ?, 0, ?, ?)", (stamp, stamp, stamp)).lastrowid)

        base, p95, _ = measure(insert_visit, repeat)
        table.add("baseline: one INSERT INTO visit, own transaction", 1, base, p95, (None,))
        with database.atomic():  # empty rows that the history list should not show
            database.execute_sql(f"DELETE FROM visit WHERE id IN ({','.join(map(str, inserted))})")
        median, p95, _ = measure(_visit_to_save(database, datetime.now().replace(microsecond=0)), repeat)
        table.add("`save_visit`: service by WeChat + stored value, service from a count card", 1, median, p95, (base,))

        # (b) a client's history
        table.section("(b) a client's history")
        client_id, count = database.execute_sql(
            "SELECT client_id, count(*) AS n FROM visit GROUP BY client_id ORDER BY abs(n - 100), client_id LIMIT 1"
        ).fetchone()
        last_visit = database.execute_sql(
            "SELECT id FROM visit WHERE client_id = ? ORDER BY visited_at DESC LIMIT 1", (client_id,)).fetchone()[0]
        base, p95, rows = measure(lambda: database.execute_sql(
            "SELECT id, visited_at, status, total_fen FROM visit WHERE client_id = ? ORDER BY visited_at DESC",
            (client_id,)).fetchall(), repeat)
        table.add(f"baseline: SELECT a client's {count} visits (index visit_client)", len(rows), base, p95, (None,))
        median, p95, rows = measure(lambda: client_timeline(client_id), repeat)
        table.add("`client_timeline` (visits and package events)", len(rows), median, p95, (base,))
        median, p95, _ = measure(lambda: visit_detail(last_visit), repeat)
        table.add("`visit_detail` (receipt of her last visit)", 1, median, p95, (base,))

        # (c) the salon's history list
        table.section("(c) the history tab: ids + first 200 rows, and the footer totals")
        month = today.replace(day=1)
        last_month = (month - timedelta(days=1)).replace(day=1)
        this_month = HistoryFilter(month, today)
        therapist = database.execute_sql("SELECT staff_id FROM visit_therapist GROUP BY staff_id"
                                         " ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        service = _service_id(database, "眼部护理")
        base, p95, rows = measure(lambda: database.execute_sql(
            "SELECT count(*) FROM visit WHERE visited_at >= ? AND visited_at < ?",
            (month.isoformat(), (today + timedelta(days=1)).isoformat())).fetchone(), repeat)
        table.add("baseline: count this month's visits (index visit_time)", f"{rows[0]:,}", base, p95, (None,))
        filters = [
            ("this month", this_month, "visited_at"),
            ("last month", HistoryFilter(last_month, month - timedelta(days=1)), "visited_at"),
            ("this month, the busiest therapist", HistoryFilter(month, today, therapist_id=therapist), "visited_at"),
            ("this month, one service (眼部护理)", HistoryFilter(month, today, service_id=service), "visited_at"),
            ("this month, paid by WeChat", HistoryFilter(month, today, payment_method="wechat"), "visited_at"),
            ("this month, paid by stored value", HistoryFilter(month, today, payment_method="stored_value"),
             "visited_at"),
            ("this month, card deductions", HistoryFilter(month, today, payment_method="package"), "visited_at"),
            ("this month, voided included", HistoryFilter(month, today, include_void=True), "visited_at"),
            ("this month, sorted by amount", this_month, "total"),
            ("this month, sorted by client", this_month, "client"),
            ("this month, client text `w`", HistoryFilter(month, today, text="w"), "visited_at"),
            ("last 12 months, the busiest therapist",
             HistoryFilter(today - timedelta(days=365), today, therapist_id=therapist), "visited_at"),
            ("all time, client text `zxm` (initials)", HistoryFilter(text="zxm"), "visited_at"),
            ("all time, the busiest therapist", HistoryFilter(therapist_id=therapist), "visited_at"),
            ("all time, no filter", HistoryFilter(), "visited_at"),
        ]
        for label, spec, order_by in filters:
            def first_page(spec: HistoryFilter = spec, order_by: str = order_by) -> int:
                ids = history_ids(spec, order_by)
                fetch_history_rows(ids[:FIRST_PAGE])
                return len(ids)

            median, p95, found = measure(first_page, repeat)
            table.add(f"list: {label}", f"{found:,}", median, p95, (base,))
            median, p95, _ = measure(lambda spec=spec: history_totals(spec), repeat)
            table.add(f"footer (worker thread): {label}", "", median, p95, (base,))

        header = (
            f"Visits benchmark, {date.today().isoformat()}: {visits:,} visits ({voided:,} voided), {items:,} lines, "
            f"{payments:,} payments, {ledger:,} ledger lines, {clients:,} clients; {machine()}, {repeat} timed "
            "runs per query after one warm-up.")
        return "\n".join([header, "", table.markdown()])
    finally:
        close_database(database)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="database file to use (filled with clients and visits if it has none)")
    parser.add_argument("--clients", type=int, default=20_000, help="demo clients to generate (default 20000)")
    parser.add_argument("--visits", type=int, default=500_000, help="visits to generate (default 500000)")
    parser.add_argument("--repeat", type=int, default=25, help="timed runs per query (default 25)")
    args = parser.parse_args(argv)
    today = date.today()
    with tempfile.TemporaryDirectory(prefix="salon-bench-") as folder:
        path = args.db or Path(folder) / "bench.db"
        _prepare(path, args.clients, args.visits, today)
        print(run(path, max(args.repeat, 1), today))
    return 0


if __name__ == "__main__":
    sys.exit(main())
