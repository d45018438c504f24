"""A few rounds of benchmarks/kill_check.py: a process killed while recording visits loses nothing it committed."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "kill_check.py"


def _kill_check():
    spec = importlib.util.spec_from_file_location("kill_check", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def test_killed_while_recording_visits_loses_nothing_committed(tmp_path):
    messages: list[str] = []
    summary = _kill_check().run(rounds=6, db=tmp_path / "salon.db", seed=12, log=messages.append)
    assert summary.ok, summary.failures
    assert summary.rounds == 6
    assert summary.reported > 0  # the kills came after some commits, not all before the first
    assert summary.in_file >= summary.reported
