"""The command-line seams: `demo`, `clients`, `--help`, and the window/command decision."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from salon import cli
from salon.clients.profiles import ClientInput, save_client
from salon.db import close_database, open_database

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args: str) -> subprocess.CompletedProcess:
    """main.py in Simplified Chinese, whatever this machine's locale or saved language."""
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "zh_CN", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=300, cwd=ROOT)


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
    from salon.clients.profiles import BirthdayInput

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
    (["exprot", "--db", "x.db"], True), (["-platform", "offscreen", "--db", "a.db"], False),
    (["--style", "fusion", "demo"], True), (["--lang", "en"], False), (["--lang", "en", "check"], True),
    (["--lang=en", "--db", "x.db"], False),
])
def test_window_or_command_line(args, command_line):
    assert cli.wants_command_line(args) is command_line


def test_a_misspelt_subcommand_is_one_line_naming_the_known_ones_not_a_window():
    result = run_main("exprot", "--db", "x.db")  # headless, a window would hang until the timeout
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("错误：")
    assert "exprot" in result.stderr
    for name in cli.command_names():
        assert name in result.stderr
    assert not (ROOT / "x.db").exists()


def test_a_near_miss_gets_the_likely_subcommand_suggested(capsys):
    assert cli.main(["chek", "--db", "whatever.db"]) == 2
    assert "“check”" in capsys.readouterr().err


def test_gui_options_take_the_db_path():
    assert cli.gui_options(["--db", "/tmp/a.db"]).db_path == Path("/tmp/a.db")
    assert cli.gui_options(["--db=/tmp/b.db", "-style", "fusion"]).db_path == Path("/tmp/b.db")
    assert cli.gui_options([]).db_path is None


# --- check -----------------------------------------------------------------------------------------------
def _demo_file(path: Path, clients: int = 60) -> Path:
    from datetime import date

    from salon.demo.generator import generate_demo

    database = open_database(path)
    generate_demo(database, clients=clients, months=12, seed=2, today=date(2025, 6, 15))
    close_database(database)
    return path


def test_check_passes_on_a_fresh_demo(tmp_path):
    db = tmp_path / "salon.db"
    assert run_main("demo", "--db", str(db), "--clients", "80", "--months", "18").returncode == 0
    result = run_main("check", "--db", str(db))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("OK") and "客户 80" in result.stdout and result.stdout.count("\n") == 1
    assert "check" in run_main("--help").stdout


# Each tampering: SQL run on the file, given the ids it picks, and the problem lines `check` must print.
_TAMPERING = {
    "total": ("SELECT id FROM client_package WHERE kind = 'count' AND status = 'active' ORDER BY id LIMIT 1",
              ["DROP TRIGGER client_package_totals_follow_ledger",
               "UPDATE client_package SET sessions_left = sessions_left + 5 WHERE id = {0}"],
              ["[package_totals] 卡 #{0}："]),
    "payment": ("SELECT p.id, p.visit_id FROM payment p JOIN visit v ON v.id = p.visit_id WHERE v.status = 'done'"
                " AND p.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM payment r WHERE r.reverses_id = p.id)"
                " ORDER BY p.id LIMIT 1",
                ["DELETE FROM payment WHERE id = {0}"],
                ["[visit_payments] 到店记录 #{1}："]),
    "item": ("SELECT i.id, i.visit_id FROM visit_item i JOIN visit v ON v.id = i.visit_id WHERE v.status = 'done'"
             " AND i.package_id IS NULL ORDER BY i.id LIMIT 1",
             ["PRAGMA ignore_check_constraints = ON",
              "UPDATE visit_item SET amount_fen = amount_fen + 1 WHERE id = {0}"],
             ["[item_amount] 明细 #{0}（到店记录 #{1}）", "[visit_total] 到店记录 #{1}：",
              "[visit_payments] 到店记录 #{1}：",
              "[sqlite_integrity] SQLite 完整性检查：CHECK constraint failed in visit_item"]),
}


@pytest.mark.parametrize("tampering", list(_TAMPERING))
def test_check_names_each_tampering_with_its_ids_and_fails(tmp_path, capsys, tampering):
    pick, statements, expected = _TAMPERING[tampering]
    db = _demo_file(tmp_path / "salon.db")
    database = open_database(db)
    ids = database.execute_sql(pick).fetchone()
    for statement in statements:
        database.execute_sql(statement.format(*ids))
    close_database(database)

    assert cli.main(["check", "--db", str(db)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == len(expected)  # one line per problem, nothing else
    for start in expected:
        assert any(line.startswith(start.format(*ids)) for line in lines), (start, lines)
    assert captured.err.startswith("错误：") and captured.err.count("\n") == 1


def test_check_on_a_missing_or_foreign_file_is_a_one_line_error(tmp_path, capsys):
    missing = tmp_path / "nothing.db"
    assert cli.main(["check", "--db", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：") and str(missing) in err and err.count("\n") == 1
    assert not missing.exists()
    garbage = tmp_path / "notes.db"
    garbage.write_bytes(b"this is not a database at all" * 100)
    result = run_main("check", "--db", str(garbage))
    assert result.returncode == 1
    assert result.stderr.startswith("错误：") and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_check_reports_a_damaged_file(tmp_path, capsys):
    import sqlite3

    db = _demo_file(tmp_path / "salon.db")
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'visit_time'").fetchone()[0]
    connection.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * page_size] = 0x0D  # an index page that claims to be a table leaf
    db.write_bytes(bytes(data))
    assert cli.main(["check", "--db", str(db)]) == 1
    captured = capsys.readouterr()
    # quick_check runs before any rule and names the damaged page
    assert captured.out.startswith("[sqlite_integrity]") and "page" in captured.out
    assert captured.err.startswith("错误：") and "已损坏" in captured.err


def test_reminders_prints_the_list_grouped_and_refuses_a_bad_date(tmp_path, capsys):
    from datetime import datetime

    from salon.catalogue import ServiceInput, save_service
    from salon.payments import PaymentInput
    from salon.visits.pricing import VisitInput, VisitItemInput
    from salon.visits.recording import save_visit

    db_path = tmp_path / "r.db"
    database = open_database(db_path)
    client = save_client(ClientInput(name="王芳", phone="13812345678"))
    facial = save_service(ServiceInput(name="深层清洁", price="198", followup_days="1,7"))
    save_visit(VisitInput(client.id, datetime(2026, 2, 13, 10), [VisitItemInput("service", facial.id)],
                          [PaymentInput("cash", 19800)]), when=datetime(2026, 2, 13, 10))
    close_database(database)
    assert cli.main(["reminders", "--db", str(db_path), "--date", "2026-02-14", "--days", "7"]) == 0
    out = capsys.readouterr().out
    assert "【护理回访】2 条" in out and "王芳 13812345678  回访：深层清洁 第 1 天" in out
    assert cli.main(["reminders", "--db", str(db_path), "--date", "2026-02-30"]) == 2
    assert cli.main(["reminders", "--db", str(db_path), "--days", "400"]) == 2


def test_report_and_export_print_and_write_the_same_month(tmp_path, capsys):
    from datetime import datetime

    from salon.catalogue import ServiceInput, save_service
    from salon.payments import PaymentInput
    from salon.visits.pricing import VisitInput, VisitItemInput
    from salon.visits.recording import save_visit

    db_path = tmp_path / "r.db"
    database = open_database(db_path)
    client = save_client(ClientInput(name="王芳", phone="13812345678"))
    facial = save_service(ServiceInput(name="深层清洁", price="198"))
    save_visit(VisitInput(client.id, datetime(2026, 10, 13, 10), [VisitItemInput("service", facial.id)],
                          [PaymentInput("wechat", 19800)]), when=datetime(2026, 10, 13, 10))
    close_database(database)
    assert cli.main(["report", "--db", str(db_path), "--month", "2026-10"]) == 0
    out = capsys.readouterr().out
    assert "报表 2026年10月" in out and "实收 ¥198.00" in out and "深层清洁：1 次/件，¥198.00" in out
    target = tmp_path / "十月.xlsx"
    assert cli.main(["export", "--db", str(db_path), "--from", "2026-10-01", "--to", "2026-10-31",
                     "--out", str(target)]) == 0
    assert target.exists() and "已写入" in capsys.readouterr().out
    assert cli.main(["report", "--db", str(db_path), "--month", "2026-13"]) == 1
    assert "月份应写成 年-月" in capsys.readouterr().err
    assert cli.main(["export", "--db", str(db_path), "--month", "2026-10", "--from", "2026-10-01",
                     "--out", str(target)]) == 2
    assert cli.main(["export", "--db", str(db_path), "--out", str(tmp_path / "x.csv")]) == 2
    capsys.readouterr()
    assert cli.main(["export", "--db", str(db_path), "--month", "2026-10", "--out",
                     str(tmp_path / "没有的文件夹" / "十月.xlsx")]) == 1
    error = capsys.readouterr().err
    assert error.startswith("错误：无法写入") and "\n" not in error.strip()


# --- the language of the command line -------------------------------------------------------------------------
_ENGLISH = {
    ("cli", "错误：%1"): "Error: %1",
    ("cli", "数据库文件不存在：%1"): "Database file not found: %1",
    ("cli", "子命令 / subcommands"): "subcommands",
    ("cli", "列出/搜索客户（制表符分隔）/ list matching clients, tab-separated"):
        "List matching clients, tab-separated",
    ("errors", "金额“%1”无效：应为不小于 0 的数，最多两位小数。"):
        "“%1” is not a valid amount: a number of at least 0 with at most two decimals.",
}


@pytest.fixture
def english():
    """A stand-in English catalogue for salon.words (the real one is written by people), taken away afterwards."""
    from salon import words

    words.install(lambda context, text, disambiguation, n: _ENGLISH.get((context, text), text), "en")
    yield
    words.install(None)


@pytest.mark.parametrize(("args", "language"), [
    (["--lang", "en", "check"], "en"), (["check", "--lang=zh_TW"], "zh_TW"), (["check"], None),
    (["--lang", "fr", "check"], None), (["clients", "--", "--lang", "en"], None),
])
def test_the_language_option_is_read_before_the_parser_exists(args, language):
    assert cli.language_option(args) == language


def test_lang_is_accepted_before_and_after_the_subcommand(tmp_path, capsys):
    missing = tmp_path / "none.db"
    assert cli.main(["--lang", "zh_CN", "reminders", "--db", str(missing)]) == 1
    assert cli.main(["reminders", "--lang", "en", "--db", str(missing)]) == 1
    assert capsys.readouterr().err.count("数据库文件不存在") == 2  # no translator installed: the source language
    assert cli.main(["reminders", "--lang", "fr", "--db", str(missing)]) == 2  # argparse names the choices


def test_an_installed_language_speaks_in_errors_and_help(english, tmp_path, capsys):
    assert cli.main(["reminders", "--db", str(tmp_path / "none.db")]) == 1
    assert capsys.readouterr().err.strip() == f"Error: Database file not found: {tmp_path / 'none.db'}"
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "subcommands:" in out and "List matching clients, tab-separated" in out
    assert "子命令 / subcommands" not in out
    assert cli.main(["report", "--db", str(tmp_path / "none.db"), "--month", "2026-10"]) == 1


def test_a_validation_error_reaches_the_command_line_in_its_language(english):
    from salon.errors import ValidationError
    from salon.money import parse_yuan

    with pytest.raises(ValidationError) as caught:
        parse_yuan("12,50")
    assert str(caught.value) == "“12,50” is not a valid amount: a number of at least 0 with at most two decimals."
    assert caught.value.code == "amount_invalid" and caught.value.params == {"text": "12,50"}


def test_main_installs_the_language_of_lang_before_building_the_help(monkeypatch, capsys):
    """main.py hands --lang to ui.language before the parser exists, so --help is in that language."""
    import main
    from salon import words
    from ui import language

    installed = []

    def install(chosen=None):
        installed.append(chosen)
        words.install(lambda context, text, disambiguation, n: _ENGLISH.get((context, text), text), "en")

    monkeypatch.setattr(language, "install_for_command_line", install)
    try:
        assert main.main(["--lang", "en", "--help"]) == 0
    finally:
        words.install(None)
    assert installed == ["en"]
    assert "subcommands:" in capsys.readouterr().out


def _english_catalogue_has(context: str, source: str) -> bool:
    from ui.language import load_translators

    found = [t for t in load_translators("en") if t.filePath().endswith("salon_en.qm")]
    return bool(found) and bool(found[0].translate(context, source))


@pytest.mark.skipif(not _english_catalogue_has("cli", "数据库文件不存在：%1"),
                    reason="the shipped English catalogue has not been regenerated with the command line's texts yet")
def test_lang_en_prints_english_with_the_shipped_catalogue(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "reminders", "--db",
                             str(tmp_path / "none.db")], capture_output=True, text=True, encoding="utf-8",
                            timeout=300, cwd=ROOT)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ") and "none.db" in result.stderr
    assert not any("\u4e00" <= character <= "\u9fff" for character in result.stderr)

