"""Timing for the benchmarks: median and 95th percentile of repeated calls, the machine they ran on, and the
Markdown table each benchmark prints, with every row's ratio to the baselines timed in the same run."""
from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

Result = TypeVar("Result")


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(run: Callable[[], Result], repeat: int) -> tuple[float, float, Result]:
    """(median ms, p95 ms, what the last call returned), after one warm-up call so the page cache is hot."""
    result = run()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), percentile(samples, 0.95), result


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> str:
    """The machine in one phrase, for a benchmark's header line."""
    return (f"{os.cpu_count()} CPUs ({cpu_name()}), Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}")


class TimingTable:
    """Rows of label, any extra columns, rows returned, median and p95 ms, and the ratio to each baseline.

    A ratio is left at 1 for a row timed against no baseline (the baseline rows themselves).
    """

    def __init__(self, baselines: Sequence[str] = ("× baseline",), extra_columns: Sequence[str] = ()) -> None:
        self.width = len(baselines) + len(extra_columns) + 4
        headers = ["what", *extra_columns, "rows", "median ms", "p95 ms", *baselines]
        aligns = ["---"] * (1 + len(extra_columns)) + ["---:"] * (3 + len(baselines))
        self.lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(aligns) + " |"]

    def section(self, title: str) -> None:
        self.lines.append(f"| **{title}** |" + " |" * (self.width - 1))

    def add(self, label: str, rows: object, median: float, p95: float, baselines: Sequence[float | None] = (None,),
            extra: Sequence[str] = ()) -> float:
        ratios = ["1" if base is None else f"{median / base:.1f}" for base in baselines]
        cells = [label, *extra, str(rows), f"{median:.3f}", f"{p95:.3f}", *ratios]
        self.lines.append("| " + " | ".join(cells) + " |")
        return median

    def markdown(self) -> str:
        return "\n".join(self.lines)


def prepare_demo_file(path: Path, clients: int) -> None:
    """Fill the file with a demo salon of `clients` clients, unless it already holds one."""
    from salon.db import close_database, open_database
    from salon.demo.generator import database_is_empty, generate_demo

    database = open_database(path)
    try:
        if database_is_empty(database):
            print(f"Generating {clients:,} demo clients into {path} …", file=sys.stderr, flush=True)
            started = time.perf_counter()
            generate_demo(database, clients=clients)
            print(f"  done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    finally:
        close_database(database)


def demo_benchmark_main(description: str, run: Callable[[Path, int], str], *, repeat: int, repeat_help: str,
                        argv: list[str] | None = None) -> int:
    """The command line the client benchmarks share: --db (a file to reuse), --clients, --repeat."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--db", type=Path, help="database file to use (demo data is generated if it is empty)")
    parser.add_argument("--clients", type=int, default=100_000, help="clients to generate (default 100000)")
    parser.add_argument("--repeat", type=int, default=repeat, help=f"{repeat_help} (default {repeat})")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="salon-bench-") as folder:
        path = args.db or Path(folder) / "bench.db"
        prepare_demo_file(path, args.clients)
        print(run(path, max(args.repeat, 1)))
    return 0
