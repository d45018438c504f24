"""How long does the 提醒 list take at 100,000 clients and 800,000 visits? (goal: under 200 ms)

Times `salon.reminders.listing.build_reminders` for today and the next 7 days, and each of its sources, on a
demo file whose front desk has kept up with its calls (the demo settles past occasions), next to a plain
indexed SQL count of a month's visits on the same file. The tab computes the list in a worker thread, so typing
never waits for it whatever this says.

    python benchmarks/bench_reminders.py                 # 100,000 demo clients (24 months of visits)
    python benchmarks/bench_reminders.py --db big.db --repeat 5
"""
from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing

from timing import TimingTable, demo_benchmark_main, machine, measure  # noqa: E402  (beside this script)

from salon.reminders import cards, lapsing, occasions  # noqa: E402
from salon.reminders.listing import PAGE, build_reminders  # noqa: E402
from salon.settings import load_settings  # noqa: E402
from salon.store.db import close_database, open_database  # noqa: E402


def run(path: Path, repeat: int) -> str:
    database = open_database(path)
    try:
        if not database.execute_sql("SELECT count(*) FROM reminder_state").fetchone()[0]:
            import random

            from salon.demo.reminders import settle_reminders

            print("Settling the file's past reminders (a front desk that kept up) …", file=sys.stderr, flush=True)
            with database.atomic():
                settle_reminders(database, date.today(), random.Random(1))
        clients, visits = database.execute_sql(
            "SELECT (SELECT count(*) FROM client), (SELECT count(*) FROM visit)").fetchone()
        on = date.today()
        until = on + timedelta(days=7)
        settings = load_settings()
        table = TimingTable()
        base, p95, rows = measure(lambda: database.execute_sql(
            "SELECT count(*) FROM visit WHERE visited_at >= ?", ((on - timedelta(days=30)).isoformat(),)
        ).fetchone(), repeat)
        table.add("baseline: count of a month's visits (index visit_time)", f"{rows[0]:,}", base, p95)
        for label, job in (
                ("birthdays (clients and family, solar and lunar)", lambda: occasions.birthdays(on, until)),
                ("follow-ups and complaint calls", lambda: occasions.followups(on, until)),
                ("events and care calls", lambda: occasions.events(on, until)),
                ("lapsing clients (those the salon may contact)", lambda: lapsing.lapses(on, settings)),
                ("cards", lambda: cards.card_reminders(on, settings))):
            median, p95, found = measure(job, repeat)
            table.add(f"source: {label}", f"{len(found):,}", median, p95, (base,))
        median, p95, found = measure(lambda: build_reminders(on, 7), repeat)
        table.add("`build_reminders`: the whole list in order (open only)", f"{len(found):,}", median, p95, (base,))
        shown, p95, _found = measure(lambda: build_reminders(on, 7).view()[:PAGE], repeat)
        table.add(f"… and its first {PAGE} put into words: what the tab shows first", f"{PAGE}", shown, p95, (base,))
        whole, p95, _items = measure(lambda: build_reminders(on, 7).items, repeat)
        table.add("… and all of it put into words (printout, Excel)", f"{len(found):,}", whole, p95, (base,))
        return "\n".join([
            f"Reminders benchmark, {date.today().isoformat()}: {clients:,} clients, {visits:,} visits; {machine()},"
            f" {repeat} timed runs after one warm-up.", "",
            f"Goal: the list within 200 ms; here {shown:.0f} ms to the first screen ({median:.0f} ms for the list in"
            f" order, {whole:.0f} ms with every entry put into words).", "", table.markdown()])
    finally:
        close_database(database)


def main(argv: list[str] | None = None) -> int:
    return demo_benchmark_main(__doc__.split("\n\n")[0], run, repeat=5, repeat_help="timed runs", argv=argv)


if __name__ == "__main__":
    sys.exit(main())
