"""How long do the monthly review and the accountant's workbook take on a busy salon's file?

Goals (issue 10): the review of a month at 800,000 visits within 300 ms; the workbook of a period with at least
200,000 line items within 1.5× a bare openpyxl write-only loop writing the same rows with the same cell types,
with flat memory. Each export runs in a fresh process so that its peak memory (ru_maxrss) is its own; the bare
loop writes the very rows the export writes, already built, so the ratio is what the export adds to writing them.

    python benchmarks/bench_reports.py --db big.db --month 2026-10 --months 4 --repeat 3
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from timing import TimingTable, machine, measure, prepare_demo_file  # noqa: E402  (beside this script)

EXPORT = """
import json, resource, sys, time
from datetime import date
sys.path.insert(0, {root!r})
from salon.store.db import open_database
from salon.reports.period import Period
from salon.reports.workbook import write_workbook
open_database(sys.argv[1])
period = Period(date.fromisoformat(sys.argv[2]), date.fromisoformat(sys.argv[3]))
started = time.perf_counter()
write_workbook(period, sys.argv[4])
print(json.dumps({{"seconds": time.perf_counter() - started,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

# The same rows: the export is run once with its sheets collecting the rows they would write instead of writing
# them; then the plainest openpyxl write-only loop writes those rows, money as numbers formatted #,##0.00 as the
# export does. The difference is what the export adds (reading, valuing, building rows) to writing them.
BARE = """
import json, resource, sys, time
from datetime import date
from decimal import Decimal
sys.path.insert(0, {root!r})
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from salon.store.db import open_database
from salon.reports import workbook
from salon.reports.period import Period
open_database(sys.argv[1])
period = Period(date.fromisoformat(sys.argv[2]), date.fromisoformat(sys.argv[3]))
sheets = []

class Collecting(workbook._Sheet):
    def __init__(self, book, title, headers, widths, money=(), counter=None):
        self.rows, self.money, self.title, self.collected = 0, set(money), title, []
        sheets.append(self)
        self.append(headers, header=True)

    def append(self, values, *, header=False):
        self.collected.append((values, header))
        self.rows += 1

    def finish(self):
        pass

workbook._Sheet = Collecting
workbook.write_workbook(period, sys.argv[4] + ".unused.xlsx")
rows = sum(len(sheet.collected) for sheet in sheets)
started = time.perf_counter()
book = Workbook(write_only=True)
for sheet in sheets:
    out = book.create_sheet(sheet.title)
    for values, header in sheet.collected:
        cells = []
        for column, value in enumerate(values):
            if type(value) is int and column in sheet.money and not header:
                cell = WriteOnlyCell(out, value=Decimal(value).scaleb(-2))
                cell.number_format = "#,##0.00"
                value = cell
            cells.append(value)
        out.append(cells)
book.save(sys.argv[4])
print(json.dumps({{"seconds": time.perf_counter() - started, "rows": rows,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def _process(code: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code.format(root=str(ROOT)), *args], check=True,
                          capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(path: Path, month: str, months: int, repeat: int) -> str:
    from salon.reports.period import Period, month_of, parse_month
    from salon.reports.review import build_review
    from salon.store.db import close_database, open_database

    database = open_database(path)
    try:
        last = parse_month(month)
        first = last
        for _ in range(months - 1):
            first = month_of(first.start.replace(day=1) - __import__("datetime").timedelta(days=1))
        span = Period(first.start, last.end)
        visits, lines = database.execute_sql(
            "SELECT (SELECT count(*) FROM visit), (SELECT count(*) FROM visit_item i JOIN visit v ON v.id = i.visit_id"
            " WHERE v.status = 'done' AND v.visited_at >= ? AND v.visited_at < ?)", span.bounds).fetchone()
        table = TimingTable()
        base, p95, found = measure(lambda: database.execute_sql(
            "SELECT count(*) FROM visit WHERE visited_at >= ? AND visited_at < ?", last.bounds).fetchone(), repeat)
        table.add("baseline: count of the month's visits (index visit_time)", f"{found[0]:,}", base, p95)
        median, p95, review = measure(lambda: build_review(last), repeat)
        table.add(f"the review of {last.label()} (`build_review`)", f"{len(review.clients):,} clients", median, p95,
                  (base,))
    finally:
        close_database(database)
    with tempfile.TemporaryDirectory(prefix="salon-export-") as folder:
        exports = [_process(EXPORT, str(path), span.start.isoformat(), span.end.isoformat(), f"{folder}/a{n}.xlsx")
                   for n in range(repeat)]
        bare = [_process(BARE, str(path), span.start.isoformat(), span.end.isoformat(), f"{folder}/b{n}.xlsx")
                for n in range(repeat)]
        one_month = _process(EXPORT, str(path), last.start.isoformat(), last.end.isoformat(), f"{folder}/m.xlsx")
    ours = sorted(run["seconds"] for run in exports)[len(exports) // 2]
    plain = sorted(run["seconds"] for run in bare)[len(bare) // 2]
    lines_note = (f"Export of {span.start.isoformat()} to {span.end.isoformat()}: {lines:,} line items, "
                  f"{bare[0]['rows']:,} rows on all sheets. Ours {ours:.1f} s against the bare loop's "
                  f"{plain:.1f} s: {ours / plain:.2f}× (goal 1.5×). Peak memory: {exports[0]['peak_mb']:.0f} MB for "
                  f"the whole span, {one_month['peak_mb']:.0f} MB for its last month alone (the bare loop, holding "
                  f"every row in lists: {bare[0]['peak_mb']:.0f} MB). The figures include the pages of the database "
                  "file read through mmap, which the operating system counts as the process's own.")
    return "\n".join([
        f"Reports benchmark, {date.today().isoformat()}: {visits:,} visits; {machine()}, {repeat} runs each.", "",
        table.markdown(), "", lines_note])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="database file to use (demo data is generated if it is empty)")
    parser.add_argument("--clients", type=int, default=100_000, help="clients to generate (default 100000)")
    parser.add_argument("--month", default="", help="the month reviewed and last exported (default: last month)")
    parser.add_argument("--months", type=int, default=4, help="months exported, ending with --month (default 4)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (default 3)")
    args = parser.parse_args(argv)
    month = args.month or (date.today().replace(day=1) - __import__("datetime").timedelta(days=1)).strftime("%Y-%m")
    with tempfile.TemporaryDirectory(prefix="salon-bench-") as folder:
        path = args.db or Path(folder) / "bench.db"
        prepare_demo_file(path, args.clients)
        started = time.perf_counter()
        print(run(path, month, max(args.months, 1), max(args.repeat, 1)))
        print(f"(the benchmark took {time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
