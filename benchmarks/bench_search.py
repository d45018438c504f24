"""How fast is the client search box at 100,000 clients?

Times, in one process on one database file, what the client list runs on every keystroke before it can paint
(`salon.clients.search.first_page_ids` for a search thousands match, else `search_client_ids`) for realistic
typing sequences, and the whole list of ids, next to plain indexed SQL on the same file as a baseline. Prints a
Markdown table (median and 95th percentile in milliseconds, how many ids each query returns, and the ratio to
each baseline).

    python benchmarks/bench_search.py                 # 100,000 demo clients in a temporary file
    python benchmarks/bench_search.py --clients 20000
    python benchmarks/bench_search.py --db big.db     # reuse a file (filled with demo data if empty)
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing

from timing import TimingTable, demo_benchmark_main, machine, measure  # noqa: E402  (beside this script)

from salon.clients.search import first_page_ids, search_client_ids  # noqa: E402
from salon.store.db import close_database, open_database  # noqa: E402

# What a front desk types, keystroke by keystroke: each prefix is one query.
TYPING: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pinyin initials 曾小梅", ("z", "zx", "zxm")),
    ("full pinyin 王", ("w", "wa", "wang")),
    ("phone from the start", ("1", "13", "138", "1381")),
    ("phone last four", ("5", "56", "567", "5678")),
    ("Chinese name", ("王", "小梅")),
    ("tag", ("贵宾",)),
    ("empty box: all active clients", ("",)),
)


def _what_the_list_shows(text: str, database) -> str:
    """What the client list does on a keystroke before it can paint: the first page of a search thousands of
    clients match, or else the whole (quick) search."""
    page = first_page_ids(text, database=database)
    if page is not None:
        return f"first {len(page)}"
    return f"{len(search_client_ids(text, database=database)):,}"


def run(path: Path, repeat: int) -> str:
    database = open_database(path)
    try:
        total, active = database.execute_sql(
            "SELECT count(*), count(*) FILTER (WHERE archived_at IS NULL) FROM client").fetchone()
        # A phone that exists, from the middle of the table.
        phone = database.execute_sql(
            "SELECT phone FROM client WHERE phone <> '' ORDER BY id LIMIT 1 OFFSET ?", (total // 2,)
        ).fetchone()[0]

        def sql(statement: str, *params: object) -> Callable[[], list]:
            return lambda: database.execute_sql(statement, params).fetchall()

        baselines = [
            # `phone <> ''` repeats the partial index's condition; without it SQLite scans the table.
            ("`phone = ?` (partial index on phone)",
             sql("SELECT id FROM client WHERE phone = ? AND phone <> ''", phone)),
            ("`name_pinyin` prefix 'wang', LIMIT 200 (index)", sql(
                "SELECT id FROM client WHERE archived_at IS NULL AND name_pinyin >= ? AND name_pinyin < ?"
                " ORDER BY name_pinyin LIMIT 200", "wang", "wang\U0010ffff")),
        ]
        base_rows = [(label, *measure(query, repeat)) for label, query in baselines]
        equal_ms, range_ms = base_rows[0][1], base_rows[1][1]

        table = TimingTable(baselines=("× `phone =`", "× prefix LIMIT 200"), extra_columns=("typed",))
        for label, median, p95, rows in base_rows:
            table.add(f"baseline: {label}", f"{len(rows):,}", median, p95, (equal_ms, range_ms), extra=("",))
        settled: list[float] = []
        for label, keystrokes in TYPING:
            for text in keystrokes:
                median, p95, shown = measure(lambda text=text: _what_the_list_shows(text, database), repeat)
                settled.append(median)
                table.add(f"list settles: {label}", shown, median, p95, (equal_ms, range_ms), extra=(f"`{text}`",))
        table.section("the whole list of ids (for a first page: read in a worker thread meanwhile)")
        for label, keystrokes in TYPING:
            for text in keystrokes:
                median, p95, ids = measure(lambda text=text: search_client_ids(text, database=database), repeat)
                table.add(f"all ids: {label}", f"{len(ids):,}", median, p95, (equal_ms, range_ms),
                          extra=(f"`{text}`",))
        lines = [
            f"Search benchmark, {date.today().isoformat()}: {total:,} clients ({active:,} active), "
            f"{machine()}, {repeat} timed runs per query after one warm-up.",
            "",
            f"Goal: every search settled within 30 ms median; slowest here {max(settled):.1f} ms.",
            "",
            table.markdown(),
        ]
        return "\n".join(lines)
    finally:
        close_database(database)


def main(argv: list[str] | None = None) -> int:
    return demo_benchmark_main(__doc__.split("\n\n")[0], run, repeat=25, repeat_help="timed runs per query", argv=argv)


if __name__ == "__main__":
    sys.exit(main())
