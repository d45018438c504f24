"""How long until the window is painted, beside a bare Qt window in the same run?

Each start is a fresh process (imports count: they are most of a start-up), timed from launch until the
window has been painted once (`grab()`), offscreen, as the process itself reports it. The goal is the app's
window within 2× a bare QMainWindow with an empty table; the search goal (30 ms) is in bench_search.py.

    python benchmarks/bench_startup.py                 # 100,000 demo clients in a temporary file
    python benchmarks/bench_startup.py --db big.db --repeat 15
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from timing import TimingTable, demo_benchmark_main, machine, percentile  # noqa: E402  (beside this script)

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1200, 760)
window.show()
window.grab()
import time
print(time.time())
"""

APP = """
import sys
from ui.app import create_application
from salon.db import open_database
from ui.main_window import MainWindow
app = create_application([])
window = MainWindow(open_database(sys.argv[1]))
window.show()
window.grab()
import time
print(time.time())
"""


def _start(code: str, *args: str) -> float:
    """From launching the process to the moment it has painted its window (the child says when, on the same
    clock), so that work left for later (the rest of a long list, read in a worker thread) does not count."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    launched = time.time()
    done = subprocess.run([sys.executable, "-c", code, *args], check=True, cwd=ROOT, env=env, capture_output=True,
                          text=True)
    return (float(done.stdout.split()[-1]) - launched) * 1000


def _compile_bytecode() -> None:
    """The app's modules compiled, as an installed copy has them (pip compiles at install): this machine sets
    PYTHONDONTWRITEBYTECODE, under which every start of a checkout would compile its sources again (~40 ms)."""
    import compileall

    for package in ("salon", "ui", "resources"):
        compileall.compile_dir(str(ROOT / package), quiet=1)


def run(path: Path, repeat: int) -> str:
    _compile_bytecode()
    samples: dict[str, list[float]] = {"bare": [], "app": []}
    for _ in range(repeat):  # interleaved, so that a noisy moment hits both alike
        samples["bare"].append(_start(BARE))
        samples["app"].append(_start(APP, str(path)))
    table = TimingTable(baselines=("× bare window",))
    bare = sorted(samples["bare"])[len(samples["bare"]) // 2]
    for label, key in (("baseline: bare QMainWindow with an empty table, painted", "bare"),
                       ("Salon Desk main window on the file, painted", "app")):
        ordered = sorted(samples[key])
        table.add(label, "", ordered[len(ordered) // 2], percentile(ordered, 0.95), (bare if key == "app" else None,))
    clients = __import__("sqlite3").connect(path).execute("SELECT count(*) FROM client").fetchone()[0]
    return "\n".join([f"Start-up benchmark, {date.today().isoformat()}: {clients:,} clients; {machine()}, "
                      f"{repeat} starts of each, a fresh process every time (goal: the app within 2× the bare "
                      "window).", "", table.markdown()])


def main(argv: list[str] | None = None) -> int:
    return demo_benchmark_main(__doc__.split("\n\n")[0], run, repeat=11, repeat_help="starts of each", argv=argv)


if __name__ == "__main__":
    sys.exit(main())
