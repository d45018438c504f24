"""The command-line seams: `demo`, `clients`, `--help`, and the window/command decision."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from salon import cli
from salon.clients import ClientInput, save_client
from salon.db import close_database, open_database

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=300, cwd=ROOT)


def test_help_lists_the_subcommands():
    result = run_main("--help")
    assert result.returncode == 0
    assert "demo" in result.stdout and "clients" in result.stdout and "--db" in result.stdout


def test_demo_then_search_by_pinyin_initials(tmp_path):
    db = tmp_path / "salon.db"
    made = run_main("demo", "--db", str(db), "--clients", "300", "--seed", "3")
    assert made.returncode == 0, made.stderr
    assert "客户：300" in made.stdout
    found = run_main("clients", "--db", str(db), "--search", "zxm")
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert lines, "the demo always contains 曾小梅"
    for line in lines:
        fields = line.split("\t")
        assert len(fields) == 6
        assert fields[0].isdigit() and len(fields[2]) == 11
    assert any(line.split("\t")[1] == "曾小梅" for line in lines)
    # A second demo on the same file is refused and changes nothing.
    again = run_main("demo", "--db", str(db), "--clients", "10")
    assert again.returncode == 1
    assert again.stderr.startswith("错误：") and "Traceback" not in again.stderr
    everyone = run_main("clients", "--db", str(db), "--archived")
    assert len(everyone.stdout.splitlines()) == 300


def test_clients_prints_lunar_and_yearless_birthdays(db_path, capsys):
    database = open_database(db_path)
    from salon.clients import BirthdayInput

    save_client(ClientInput(name="单丽华", phone="+86 138 1234 5678", birthday=BirthdayInput("lunar", None, 8, 15)))
    save_client(ClientInput(name="王芳", phone="13912345678", birthday=BirthdayInput("solar", 1990, 2, 3),
                            tags="贵宾"))
    close_database(database)
    assert cli.main(["clients", "--db", str(db_path), "--search", "dlh"]) == 0
    out = capsys.readouterr().out
    assert out.split("\t")[1:4] == ["单丽华", "13812345678", "农历8月15日"]
    assert cli.main(["--db", str(db_path), "clients", "--search", "贵宾"]) == 0
    assert capsys.readouterr().out.split("\t")[1:4] == ["王芳", "13912345678", "1990-02-03"]


def test_missing_database_and_bad_arguments_are_one_line_errors(tmp_path, capsys):
    missing = tmp_path / "nothing.db"
    assert cli.main(["clients", "--db", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：") and str(missing) in err and err.count("\n") == 1
    assert not missing.exists()  # a typo in --db must not create an empty file
    assert cli.main(["demo", "--db", str(tmp_path / "d.db"), "--clients", "-5"]) == 1
    assert capsys.readouterr().err.startswith("错误：")
    assert cli.main(["demo", "--clients", "many"]) == 2


@pytest.mark.parametrize(("args", "command_line"), [
    (["--help"], True), (["demo"], True), (["--db", "x.db", "clients"], True),
    ([], False), (["--db", "clients"], False), (["-style", "fusion"], False),
])
def test_window_or_command_line(args, command_line):
    assert cli.wants_command_line(args) is command_line


def test_gui_options_take_the_db_path():
    assert cli.gui_options(["--db", "/tmp/a.db"]).db_path == Path("/tmp/a.db")
    assert cli.gui_options(["--db=/tmp/b.db", "-style", "fusion"]).db_path == Path("/tmp/b.db")
    assert cli.gui_options([]).db_path is None
