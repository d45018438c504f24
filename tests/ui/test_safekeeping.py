"""Safe keeping in the window (F10): backups now, on closing and daily, restore; one window per file; a calm
sentence and a log instead of a traceback."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from salon.clients.profiles import ClientInput, save_client
from salon.store.backup import backup_to, dated_backups
from salon.store.models import Client
from ui.common import safekeeping
from ui.main_window import MainWindow


def _window(qtbot, database, db_path) -> MainWindow:
    window = MainWindow(database, db_path)
    # closed by the test's end without the closing backup, which would outlive the test's database
    qtbot.addWidget(window, before_close_func=lambda widget: setattr(widget.backups, "closing_done", True))
    window.show()
    qtbot.waitExposed(window)
    return window


def test_back_up_now_from_the_menu_and_the_status_bar_says_when(qtbot, database, db_path):
    save_client(ClientInput(name="曾小梅", phone="13812345678"))
    window = _window(qtbot, database, db_path)
    qtbot.waitUntil(lambda: "还没有备份" in window.status_label.text())
    with qtbot.waitSignal(window.backups.backed_up, timeout=20_000):
        window.backup_action.trigger()
    made = dated_backups(db_path.parent / "backups", "salon")
    assert len(made) == 1
    with sqlite3.connect(made[0][1]) as copy:
        assert copy.execute("SELECT name FROM client").fetchall() == [("曾小梅",)]
    assert "上次备份" in window.status_label.text()


def test_closing_the_window_writes_a_backup_first(qtbot, database, db_path):
    window = _window(qtbot, database, db_path)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    assert len(dated_backups(db_path.parent / "backups", "salon")) == 1


def test_a_daily_backup_only_when_the_last_is_a_day_old(qtbot, database, db_path):
    window = _window(qtbot, database, db_path)
    keeper = window.backups
    with qtbot.waitSignal(keeper.backed_up, timeout=20_000):
        assert keeper.back_up_if_due()
    assert not keeper.back_up_if_due()  # the one just made is recent
    assert keeper.back_up_if_due(now=datetime.now() + timedelta(days=1, minutes=1))
    qtbot.waitUntil(lambda: not keeper._quiet.busy, timeout=20_000)


def test_restore_brings_the_backup_back_into_every_tab(qtbot, database, db_path, tmp_path, monkeypatch):
    save_client(ClientInput(name="曾小梅", phone="13812345678"))
    backup = tmp_path / "monday.db"
    backup_to(backup, database)
    save_client(ClientInput(name="后来的客户", phone="13900000000"))
    window = _window(qtbot, database, db_path)
    window.tabs.setCurrentWidget(window.reports_page)  # a built tab: it is rebuilt after the restore
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: told.append(args[2]))
    with qtbot.waitSignal(window.backups.restored, timeout=20_000):
        window.backups.restore(backup)
    assert Client.select().count() == 1 and told and "pre_restore" in told[0]
    assert "reports" not in window._built_tabs or window._built_tabs["reports"] is window.tabs.currentWidget()
    assert list(db_path.parent.glob("salon_pre_restore-*.db"))
    qtbot.waitUntil(lambda: "1 位客户" in window.status_label.text())


def test_a_second_window_on_the_same_file_is_refused_and_a_crashed_ones_lock_is_recovered(qtbot, db_path):
    first = safekeeping.acquire_instance_lock(db_path)
    assert first is not None
    assert safekeeping.acquire_instance_lock(db_path) is None
    first.unlock()
    crashed = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(safekeeping.lock_path(db_path))!r}); lock.setStaleLockTime(0)\n"
        "assert lock.tryLock(0); print('locked', flush=True); time.sleep(60)")], stdout=subprocess.PIPE, text=True)
    assert crashed.stdout.readline().strip() == "locked"
    assert safekeeping.acquire_instance_lock(db_path) is None  # its window is still open
    crashed.kill()
    crashed.wait()
    recovered = safekeeping.acquire_instance_lock(db_path)
    assert recovered is not None
    recovered.unlock()


def test_the_window_refuses_to_open_a_file_another_window_has(qtbot, db_path, monkeypatch):
    from salon.cli import GuiOptions
    from ui.app import run_gui

    held = safekeeping.acquire_instance_lock(db_path)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: told.append(args[2]))
    try:
        assert run_gui(GuiOptions(db_path, "zh_CN")) == 1
    finally:
        held.unlock()
    assert told and "另一个客情管家窗口" in told[0]


def test_an_unexpected_error_is_logged_and_told_in_one_calm_sentence(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    try:
        raise sqlite3.OperationalError("database is locked")
    except sqlite3.OperationalError as error:
        sentence = safekeeping.handle_exception(type(error), error, error.__traceback__, folder=tmp_path)
    assert shown == [sentence] and "另一个程序占用" in sentence and "Traceback" not in sentence
    try:
        {}["missing"]
    except KeyError as error:
        sentence = safekeeping.handle_exception(type(error), error, error.__traceback__, folder=tmp_path)
    log = Path(tmp_path / safekeeping.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "database is locked" in log and "KeyError" in log and "Traceback" in log
    assert str(tmp_path) in sentence and "KeyError" not in sentence


def test_the_owner_exports_a_clients_data_then_forgets_her(qtbot, database, db_path, tmp_path, monkeypatch):
    import json

    from tests.ui.test_main_window import make_window, visible_names
    from ui.common import prompts

    save_client(ClientInput(name="鲍翡翠", phone="13698765432", notes="她的备注"))
    save_client(ClientInput(name="赵敏", phone="13900000000"))
    window = make_window(qtbot, database)
    page = window.clients_page
    qtbot.waitUntil(lambda: set(visible_names(page)) == {"鲍翡翠", "赵敏"})
    page.table.selectRow(visible_names(page).index("鲍翡翠"))
    exported = page.export_client_data(str(tmp_path / "her.json"))
    assert json.loads(exported.read_text(encoding="utf-8"))["client"]["notes"] == "她的备注"
    monkeypatch.setattr(prompts, "ask_text", lambda *args, **kwargs: ("鲍翠", True))  # a slip: nothing happens
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: None)
    assert page.forget_client() is None and Client.select().count() == 2
    monkeypatch.setattr(prompts, "ask_text", lambda *args, **kwargs: ("鲍翡翠", True))
    assert page.forget_client() is False  # no money history: deleted outright
    qtbot.waitUntil(lambda: visible_names(page) == ["赵敏"])
