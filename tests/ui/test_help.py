"""帮助: the user guide in the window's language (Simplified Chinese when there is none), About with the version
and where the data is; the status bar names the database file and keeps its whole path in the tooltip."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from resources import resource_path
from tests.ui.test_main_window import make_window
from ui.help import AboutDialog, GuideDialog, app_version, guide_path
from ui.main_window import MainWindow


def test_a_guide_in_each_language_covering_the_counter_keys_cards_reminders_export_backups_and_roles():
    for language, words in (("zh_CN", ("退卡", "提醒", "导出给会计", "备份", "前台")),
                            ("zh_TW", ("退卡", "提醒", "匯出給會計", "備份", "櫃檯")),
                            ("en", ("Refund", "Reminders", "Export for accountant", "Backup", "Front desk"))):
        path = guide_path(language)
        assert path == resource_path(f"guide/guide_{language}.html")
        text = path.read_text(encoding="utf-8")
        for key in ("Ctrl+F", "Ctrl+N", "Ctrl+R", "Ctrl+Enter", "Ctrl+L", "Esc", "Enter", "F5", "Insert"):
            assert key in text, (language, key)
        for word in words:
            assert word in text, (language, word)
    assert guide_path("fr") == resource_path("guide/guide_zh_CN.html")


def test_help_opens_the_guide_in_the_windows_language(qtbot, database, monkeypatch):
    from salon import words

    window = make_window(qtbot, database)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[-1] == "帮助(&H)"
    guide = window.help_menu.show_guide()
    assert isinstance(guide, GuideDialog) and guide.isVisible()
    assert guide.path.name == "guide_zh_CN.html"
    browser = guide.findChild(QTextBrowser)
    assert "前台常用按键" in browser.toPlainText()
    guide.close()
    monkeypatch.setattr(words, "language", lambda: "en")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    english = window.findChildren(GuideDialog)[-1]
    assert english.path.name == "guide_en.html" and "Keys at the counter" in english.browser.toPlainText()


def test_about_names_the_version_the_data_folder_and_qt(qtbot, database, db_path):
    window = MainWindow(database, db_path)
    qtbot.addWidget(window)
    about = window.help_menu.show_about()
    assert isinstance(about, AboutDialog)
    text = about.text()
    assert app_version() in text and app_version()[0].isdigit()
    assert str(db_path.parent) in text and db_path.name in text
    assert "Qt 6." in text and "PySide6" in text


def test_the_status_bar_names_the_database_file_with_its_path_in_the_tooltip(qtbot, database, db_path):
    window = MainWindow(database, db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "位客户" in window.status_label.text())
    assert window.database_label.text().endswith(db_path.name)
    assert window.database_label.toolTip() == str(db_path)
    assert "还没有备份" in window.status_label.text()
    assert str(db_path) not in window.status_label.text()  # the whole path only in the tooltip
