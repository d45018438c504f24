"""The welcome on an empty file: language, the salon's name, the owner and her PIN, then one of three ways to
begin; left halfway, it leaves the file as empty as it found it."""
from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from salon import access
from salon.settings import load_settings
from salon.store.db import database_is_empty
from salon.store.models import Client, Staff
from ui import language as ui_language
from ui.main_window import MainWindow
from ui.welcome import IMPORT_SHEET, LOAD_DEMO, START_EMPTY, WelcomeWizard, begin, needs_welcome


class _Words(QTranslator):
    """A catalogue of a few words, standing in for the chosen one whatever the shipped .qm holds yet."""

    WORDS = {"语言": "Language", "门店": "Salon", "下一步(&N) >": "&Next >"}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt override
        return self.WORDS.get(source, "")


@pytest.fixture
def english_words(monkeypatch):
    monkeypatch.setattr(ui_language, "load_translators", lambda language, parent=None: [_Words(parent)])
    locale = QLocale()
    yield
    QLocale.setDefault(locale)  # dates in the next tests as before
    app = QCoreApplication.instance()
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)
    from salon import words

    words.install(None)


def _walk(qtbot, ending: str, *, salon: str = "丽人美容会所", name: str = "林老板", pin: str = "2468") -> WelcomeWizard:
    wizard = WelcomeWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.language_page
    wizard.next()
    wizard.salon_page.name_edit.setText(salon)
    wizard.next()
    assert wizard.currentPage() is wizard.owner_page
    fields = wizard.owner_page.owner_fields
    fields.name_edit.setText(name)
    fields.pin_edit.setText(pin)
    fields.again_edit.setText(pin + "0")
    wizard.next()
    assert wizard.currentPage() is wizard.owner_page  # two different PINs: stays, says why
    assert "不一样" in wizard.owner_page.error_label.text()
    fields.again_edit.setText(pin)
    wizard.next()
    assert wizard.currentPage() is wizard.start_page and wizard.owner_page.error_label.isHidden()
    wizard.start_page.buttons[ending].setChecked(True)
    wizard.accept()
    return wizard


def _window(qtbot, database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.enable_sign_in()
    window.show()
    return window


def _owner_signs_in_with(pin: str) -> Staff:
    owner = Staff.get(Staff.role == "owner")
    access.sign_out()
    assert access.sign_in(owner.id, pin).role == "owner"
    return owner


def test_an_empty_file_starts_empty_with_the_owner_signed_in(qtbot, database):
    assert needs_welcome()
    wizard = _walk(qtbot, START_EMPTY)
    answers = wizard.answers()
    assert answers.ending == START_EMPTY and answers.owner_name == "林老板"
    assert access.current_actor().name == "林老板" and not needs_welcome()
    assert load_settings().salon_name == "丽人美容会所"
    window = _window(qtbot, database)
    begin(window, answers)
    assert "从空白开始" in window.statusBar().currentMessage()
    assert Client.select().count() == 0 and window.settings_action.isEnabled()
    _owner_signs_in_with("2468")


def test_after_starting_empty_the_file_menu_still_loads_the_demo_under_her_as_owner(qtbot, database, monkeypatch):
    wizard = _walk(qtbot, START_EMPTY)
    window = _window(qtbot, database)
    begin(window, wizard.answers())
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2])
                        or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: pytest.fail(f"refused: {args[2]}"))
    window.load_demo_data = partial(window.load_demo_data, clients=20)
    window.demo_action.trigger()
    assert asked
    with qtbot.waitSignal(window.demo_task.finished, timeout=120_000):
        pass
    assert Client.select().count() == 20
    assert [o.name for o in Staff.select().where(Staff.role == "owner")] == ["林老板"]
    _owner_signs_in_with("2468")


def test_the_demo_is_loaded_and_its_owner_takes_the_name_and_pin(qtbot, database):
    wizard = _walk(qtbot, LOAD_DEMO)
    from salon.store.db import lone_owner_id

    assert access.current_actor().name == "林老板" and lone_owner_id() is not None  # the demo will adopt her
    window = _window(qtbot, database)
    window.load_demo_data = partial(window.load_demo_data, clients=30)
    begin(window, wizard.answers())
    task = window.demo_task
    with qtbot.waitSignal(task.finished, timeout=120_000):
        pass
    qtbot.waitUntil(lambda: access.current_actor() is not None, timeout=10_000)
    assert Client.select().count() == 30
    owners = list(Staff.select().where(Staff.role == "owner"))
    assert [owner.name for owner in owners] == ["林老板"] and access.current_actor().staff_id == owners[0].id
    assert "林老板" in window.statusBar().currentMessage()
    _owner_signs_in_with("2468")


def test_a_cancelled_demo_still_leaves_an_owner_who_can_sign_in(qtbot, database):
    wizard = _walk(qtbot, LOAD_DEMO)
    window = _window(qtbot, database)
    window.load_demo_data = partial(window.load_demo_data, clients=5000)
    begin(window, wizard.answers())
    window.demo_task.dialog.canceled.emit()  # what its Cancel button does
    with qtbot.waitSignal(window.demo_task.failed, timeout=120_000):
        pass
    assert Client.select().count() == 0 and Staff.select().count() == 1
    assert access.current_actor().name == "林老板"
    _owner_signs_in_with("2468")


def test_import_opens_the_import_wizard_for_the_signed_in_owner(qtbot, database):
    from ui.imports.wizard import ImportWizard

    wizard = _walk(qtbot, IMPORT_SHEET)
    assert access.current_actor().role == "owner"
    window = _window(qtbot, database)
    begin(window, wizard.answers())
    imports = [widget for widget in QApplication.topLevelWidgets()
               if isinstance(widget, ImportWizard) and widget.isVisible()]
    assert len(imports) == 1 and window.import_action.isEnabled()
    imports[0].reject()
    _owner_signs_in_with("2468")


def test_the_language_applies_at_once_and_is_kept(qtbot, database, english_words):
    wizard = WelcomeWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.language_page.title() == "语言"
    combo = wizard.language_page.combo
    combo.setCurrentIndex(combo.findData("zh_TW"))  # not the system's, whatever this machine speaks
    assert QSettings().value(ui_language.LANGUAGE_SETTING) == "zh_TW"
    assert ui_language.chosen_language() == "zh_TW"
    assert wizard.language_page.title() == "Language" and wizard.salon_page.title() == "Salon"
    assert wizard.buttonText(wizard.WizardButton.NextButton) == "&Next >"
    assert wizard.answers().language == "zh_TW"


def test_leaving_the_welcome_writes_no_owner_and_it_comes_back(qtbot, database):
    wizard = WelcomeWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.salon_page.name_edit.setText("丽人美容会所")
    wizard.next()
    fields = wizard.owner_page.owner_fields
    fields.name_edit.setText("林老板")
    fields.pin_edit.setText("12")
    fields.again_edit.setText("12")
    wizard.next()
    assert wizard.currentPage() is wizard.owner_page and "4–8" in wizard.owner_page.error_label.text()
    wizard.reject()
    assert database_is_empty() and not access.owner_has_pin() and access.current_actor() is None
    assert needs_welcome()
    again = WelcomeWizard()  # the next start: the name typed before is there
    qtbot.addWidget(again)
    assert again.salon_page.name_edit.text() == "丽人美容会所"


START_PROBE = """
import json, sys
from types import SimpleNamespace
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
import ui.app, ui.welcome
from ui.welcome import WelcomeAnswers, make_owner

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
# The words the asserts read, whatever this machine speaks (the app's preferences, in the folder above).
QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "SalonDesk", "SalonDesk").setValue(
    "ui/language", "zh_CN")
seen = {}

def welcome():  # the person went through it and chose to start empty
    seen["asked"] = True
    make_owner("林老板", "2468")
    return WelcomeAnswers("zh_CN", "", "林老板", "2468", "empty")

def exec_(app):  # one turn of the event loop instead of running till the window closes
    for _ in range(5):
        app.processEvents()
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "" and hasattr(w, "clients_page"))
    seen["status"] = window.statusBar().currentMessage()
    seen["user"] = window.status_label.text()
    from salon import words
    seen["language"] = words.language()
    return 0

ui.welcome.run_welcome = welcome
QApplication.exec = exec_
code = ui.app.run_gui(SimpleNamespace(db_path=__import__("pathlib").Path(sys.argv[1]), language="zh_CN"))
print(json.dumps({"code": code, **seen}, ensure_ascii=False))
"""


def test_the_start_on_an_empty_file_goes_through_the_welcome_into_the_window(tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent.parent
    result = subprocess.run([sys.executable, "-c", START_PROBE, str(tmp_path / "salon.db"), str(tmp_path / "prefs")],
                            capture_output=True, text=True, cwd=root, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0 and seen["asked"] and seen["language"] == "zh_CN"
    assert "从空白开始" in seen["status"] and "当前：林老板（老板）" in seen["user"]


def test_an_owner_that_cannot_be_written_is_said_and_the_welcome_stays_open(qtbot, database, monkeypatch):
    import peewee

    import ui.welcome as welcome

    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: told.append(args[2]))

    def locked(*_args, **_kwargs):
        raise peewee.OperationalError("database is locked")

    monkeypatch.setattr(welcome, "make_owner", locked)
    wizard = _walk(qtbot, START_EMPTY)
    assert told and "另一个程序占用" in told[0]
    assert wizard.result() != QWizard.DialogCode.Accepted and Staff.select().count() == 0
