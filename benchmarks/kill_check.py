"""Kill the program while it records visits, then check that nothing committed was lost (issue 12, "Done when").

Each round starts a child process that records visits with the salon's own functions (`save_visit`: a service and
a product, paid by WeChat and from a stored-value card, or in cash once the card runs low) and prints each visit's
id as soon as its transaction has committed. The parent SIGKILLs it at a random moment — often in the middle of a
transaction — then opens the file (SQLite rolls back whatever was half written) and checks that every visit the
child reported is there with both its lines and its payments, and that the integrity check finds nothing.
`python main.py check` is run on the file every 50 rounds and after the last.

    python benchmarks/kill_check.py                    # 200 rounds in a temp folder
    python benchmarks/kill_check.py --rounds 500 --db kill.db --seed 7

Prints one line per problem and a summary line; exits 1 if anything committed went missing or the file is unsound.
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

SERVICE_FEN = 19800
PRODUCT_FEN = 8800
CLI_CHECK_EVERY = 50


@dataclass
class Summary:
    rounds: int = 0
    reported: int = 0  # visits the children said were committed
    in_file: int = 0  # visits in the file at the end (some commit just before the kill, unreported)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures

    def line(self) -> str:
        verdict = "OK" if self.ok else f"FAILED ({len(self.failures)} problems)"
        return (f"kill-check {verdict}: {self.rounds} rounds killed, {self.reported} visits reported committed,"
                f" all present: {'yes' if self.ok else 'no'}; {self.in_file} visits in the file;"
                f" {self.seconds:.1f} s")


def _set_up(path: Path) -> list[str]:
    """A client, a service, a product and her stored-value card; their ids, as the child's arguments."""
    from salon.catalogue import PlanInput, ProductInput, ServiceInput, save_plan, save_product, save_service
    from salon.clients.profiles import ClientInput, save_client
    from salon.db import close_database, open_database
    from salon.packages.selling import sell_package
    from salon.payments import PaymentInput

    database = open_database(path)
    try:
        client = save_client(ClientInput(name="曾小梅", phone="13812345678")).id
        service = save_service(ServiceInput(name="深层清洁", price=str(SERVICE_FEN // 100), followup_days="1,7")).id
        product = save_product(ProductInput(name="保湿精华", price=str(PRODUCT_FEN // 100))).id
        plan = save_plan(PlanInput(name="储值卡", kind="stored_value", price="5000")).id
        card = sell_package(client, plan, [PaymentInput("cash", 500000)]).id
    finally:
        close_database(database)
    return [str(client), str(service), str(product), str(card)]


def _child(path: str, client: int, service: int, product: int, card: int) -> None:
    """Record visits until killed; print each id once its transaction has committed."""
    from salon.db import open_database
    from salon.payments import PaymentInput
    from salon.store.models import ClientPackage
    from salon.visits.pricing import VisitInput, VisitItemInput
    from salon.visits.recording import save_visit

    open_database(path)
    print("ready", flush=True)
    while True:
        left = ClientPackage.get_by_id(card).principal_fen
        product_paid = PaymentInput("stored_value", PRODUCT_FEN, card) if left >= PRODUCT_FEN \
            else PaymentInput("cash", PRODUCT_FEN)
        visit = save_visit(VisitInput(client, datetime.now(), [VisitItemInput("service", service),
                                                       VisitItemInput("product", product)],
                                      [PaymentInput("wechat", SERVICE_FEN), product_paid]))
        print(visit.id, flush=True)


def _check_reported(path: Path, ids: list[int]) -> tuple[list[str], int]:
    """Problems with the reported visits or the file as a whole; and how many visits the file has."""
    from salon.db import close_database, open_database
    from salon.store.integrity import find_problems

    failures = []
    database = open_database(path)  # the first open after the kill: SQLite recovers the WAL here
    try:
        for visit_id in ids:
            row = database.execute_sql(
                "SELECT status, total_fen, (SELECT count(*) FROM visit_item WHERE visit_id = v.id),"
                " (SELECT count(*) FROM payment WHERE visit_id = v.id),"
                " (SELECT coalesce(sum(amount_fen), 0) FROM payment WHERE visit_id = v.id)"
                " FROM visit v WHERE id = ?", (visit_id,)).fetchone()
            expected = ("done", SERVICE_FEN + PRODUCT_FEN, 2, 2, SERVICE_FEN + PRODUCT_FEN)
            if row is None:
                failures.append(f"visit {visit_id} was reported committed but is not in the file")
            elif tuple(row) != expected:
                failures.append(f"visit {visit_id} is incomplete: {tuple(row)}, expected {expected}")
        failures += [f"integrity: [{p.code}] {p.message}" for p in find_problems(database)]
        visits = database.execute_sql("SELECT count(*) FROM visit").fetchone()[0]
    finally:
        close_database(database)
    return failures, visits


def _cli_check(path: Path) -> list[str]:
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--db", str(path)],
                            capture_output=True, text=True, encoding="utf-8", timeout=300, cwd=ROOT)
    if result.returncode == 0 and result.stdout.startswith("OK"):
        return []
    return [f"main.py check exited {result.returncode}: {(result.stdout + result.stderr).strip()}"]


def run(rounds: int = 200, db: Path | None = None, seed: int | None = None, max_delay: float = 0.3,
        log: Callable[[str], None] = print) -> Summary:
    """Kill a recording child `rounds` times, checking the file after each kill (see the module's docstring)."""
    rng = random.Random(seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kill_check_") as folder:
        path = Path(db) if db is not None else Path(folder) / "salon.db"
        arguments = _set_up(path)
        summary = Summary()
        for number in range(1, rounds + 1):
            child = subprocess.Popen([sys.executable, __file__, "--child", str(path), *arguments],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
            assert child.stdout is not None
            if child.stdout.readline().strip() != "ready":
                child.kill()
                _, error = child.communicate()
                summary.failures.append(f"round {number}: the child did not start: {error.strip()}")
                break
            time.sleep(rng.uniform(0, max_delay))
            os.kill(child.pid, signal.SIGKILL)
            out, error = child.communicate()
            if child.returncode != -signal.SIGKILL:  # it stopped on its own: an error while recording
                summary.failures.append(f"round {number}: the child exited {child.returncode}: {error.strip()}")
            # Only whole lines: a pipe write of a short line is atomic, but be strict about what counts.
            ids = [int(line) for line in out.split("\n")[:-1] if line.strip()]
            failures, summary.in_file = _check_reported(path, ids)
            if number % CLI_CHECK_EVERY == 0 or number == rounds:
                failures += _cli_check(path)
                log(f"round {number}: {summary.reported + len(ids)} visits reported so far, {summary.in_file} in the"
                    f" file, {len(summary.failures) + len(failures)} problems")
            summary.rounds = number
            summary.reported += len(ids)
            for failure in failures:
                log(f"round {number}: {failure}")
            summary.failures += failures
        summary.seconds = time.perf_counter() - started
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200, help="how many times to kill the child (default 200)")
    parser.add_argument("--db", type=Path, default=None, help="the file to record into (default: a temp file)")
    parser.add_argument("--seed", type=int, default=None, help="for the kill moments")
    parser.add_argument("--max-delay", type=float, default=0.3, help="longest wait before a kill, seconds")
    parser.add_argument("--child", nargs=5, metavar=("DB", "CLIENT", "SERVICE", "PRODUCT", "CARD"),
                        help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.db is not None and options.db.exists() and not options.child:
        parser.error(f"{options.db} exists: give a new file (the run sets up its own client and menu)")
    if options.child:
        path, *ids = options.child
        _child(path, *(int(i) for i in ids))
        return 0
    summary = run(options.rounds, options.db, options.seed, options.max_delay)
    print(summary.line())
    return 0 if summary.ok else 1


if __name__ == "__main__":
    sys.exit(main())
