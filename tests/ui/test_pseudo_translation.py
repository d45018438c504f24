"""No visible text of the screens stays in the source language: a pseudo-translation finds what Qt never sees.

A translator that answers EVERY lookup of a Chinese text with the text's ideographs replaced by "ж" stands in
for a language whose catalogue is complete. Every main tab and dialog of the tour (tools/screens.py) is then
built, and each text the salon did not type — labels, buttons, group titles, tabs, window titles, column
headers, combo choices, placeholders, tooltips, menus, the cells the app words itself — must hold no Chinese
left but the salon's own data (names, services, notes… enumerated from the database). A Chinese ideograph
anywhere else is a text that never went through tr()/translate(): it would stay Simplified Chinese in English
and Traditional Chinese whatever the catalogues say.

The documents built as HTML strings (the receipt, the refund statement), the reminders' greeting drafts and the
review's figures are checked the same way.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from salon import words

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import screens  # noqa: E402

# Chinese ideographs, and Chinese punctuation (、，：（）…): a "：" glued to a word in the code is as Chinese as
# the word, and reads wrong in English. The ideographic space (U+3000) is only a wide space in any script.
IDEOGRAPH = re.compile(r"[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff1f\uff3b-\uff40"
                       r"\uff5b-\uff65]")
MARK = "ж"
ROWS_CHECKED = 40  # the cells of a table: its first rows show every kind of text the app words itself
# Each language's name in its own words (the settings' choice): a reader must find hers whatever the language.
NEVER_TRANSLATED = {"简体中文", "繁體中文"}


def pseudo(text: str) -> str:
    return IDEOGRAPH.sub(MARK, text)


class PseudoTranslator(QTranslator):
    """Translates every Chinese text into its pseudo form; declines the rest (Qt's own English texts)."""

    def __init__(self, recorder: QTranslator | None = None) -> None:
        super().__init__()
        self.recorder = recorder

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt override
        if self.recorder is not None:  # the session's recorder is asked after us: let it still hear the lookup
            self.recorder.translate(context, source, disambiguation, n)
        if source and IDEOGRAPH.search(source):
            return pseudo(source)
        return None  # a null string: Qt asks the next translator (an empty one would BE the translation)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def data_values(database) -> list[str]:
    """Every Chinese text the database holds (names, services, tags, notes, settings, JSON inside), and its
    parts: a value shown split (tags, a list of concerns) or cut is still the salon's text."""
    found: set[str] = set()

    def add(value: object) -> None:
        if isinstance(value, str):
            if not IDEOGRAPH.search(value):
                return
            found.add(value)
            for part in re.split(r"[\s,，、;；/|:：()（）\[\]【】\"'“”·。.!！?？]+", value):
                if IDEOGRAPH.search(part):
                    found.add(part)
            if value[:1] in "[{":
                try:
                    add(json.loads(value))
                except ValueError:
                    pass
        elif isinstance(value, dict):
            for key, item in value.items():
                add(key)
                add(item)
        elif isinstance(value, list):
            for item in value:
                add(item)

    from salon.clients.profiles import UNASSIGNED_TAG

    # The tag a leaving therapist's clients get: the salon's data once written (the same in every language, so
    # it is found and taken off again), which the hand-over dialog names before it is written.
    add(UNASSIGNED_TAG)
    tables = [row[0] for row in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchall()]
    for table in tables:
        if table == "client_search_key":  # pieces of names for the search, never shown (the names are)
            continue
        columns = [row[1] for row in database.execute_sql(f'PRAGMA table_info("{table}")').fetchall()]
        for column in columns:
            for (value,) in database.execute_sql(f'SELECT DISTINCT "{column}" FROM "{table}"').fetchall():
                add(value)
    return sorted(found, key=len, reverse=True)


class Checker:
    """Finds the Chinese left in a text once the salon's data is taken out of it."""

    def __init__(self, values: list[str]) -> None:
        # The languages' own names are never translated, in a sentence either (the guide names them).
        self.values = sorted({*values, *NEVER_TRANSLATED}, key=len, reverse=True)
        self.misses: dict[str, set[str]] = {}  # where a text was first seen: what was seen there
        self.seen: set[tuple[str, str]] = set()
        self.checked = 0
        self.marked = 0

    def untranslated(self, text: str) -> bool:
        return bool(self.left(text))

    def left(self, text: str) -> str:
        """The Chinese left in `text` without the salon's data, with a few characters around each: '' if none."""
        if not text or not IDEOGRAPH.search(text):
            return ""
        for value in self.values:
            if value in text:
                text = text.replace(value, "◇")  # a data value, shown so in the report
                if not IDEOGRAPH.search(text):
                    return ""
        spans: list[list[int]] = []
        for match in IDEOGRAPH.finditer(text):
            start, end = max(0, match.start() - 12), match.end() + 12
            if spans and start <= spans[-1][1]:
                spans[-1][1] = end
            else:
                spans.append([start, end])
        return " … ".join(text[start:end] for start, end in spans)

    def check(self, where: str, what: str, text: object) -> None:
        text = str(text or "")
        self.checked += bool(text)
        self.marked += MARK in text
        if text in NEVER_TRANSLATED:
            return
        left = self.left(text) if (what, text) not in self.seen else ""
        self.seen.add((what, text))
        if left:
            self.misses.setdefault(where, set()).add(f"{what}: {left!r}")


def check_widget(checker: Checker, where: str, root: QWidget) -> None:
    checker.check(where, "window title", root.window().windowTitle())
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        checker.check(where, f"{kind} tooltip", widget.toolTip())
        if isinstance(widget, QLabel):
            checker.check(where, "label", widget.text())
        elif isinstance(widget, QAbstractButton):
            checker.check(where, f"{kind}", widget.text())
        elif isinstance(widget, QGroupBox):
            checker.check(where, "group", widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                checker.check(where, "tab", widget.tabText(index))
                checker.check(where, "tab tooltip", widget.tabToolTip(index))
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                checker.check(where, "combo item", widget.itemText(index))
            if widget.isEditable() and widget.lineEdit() is not None:
                checker.check(where, "combo placeholder", widget.lineEdit().placeholderText())
        elif isinstance(widget, QLineEdit):
            checker.check(where, "placeholder", widget.placeholderText())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            checker.check(where, "placeholder", widget.placeholderText())
            if widget.isReadOnly():
                checker.check(where, f"{kind} text", widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            check_model(checker, where, widget)
        for action in widget.actions():
            check_action(checker, where, action)


def check_model(checker: Checker, where: str, view: QAbstractItemView) -> None:
    model = view.model()
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model hides its columnCount: one column
        columns = 1
    for column in range(columns):
        checker.check(where, "header", model.headerData(column, Qt.Orientation.Horizontal))
        checker.check(where, "header tooltip",
                      model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
    for row in range(min(model.rowCount(root), ROWS_CHECKED)):
        for column in range(columns):
            index = model.index(row, column, root)
            checker.check(where, "cell", model.data(index))
            checker.check(where, "cell tooltip", model.data(index, Qt.ItemDataRole.ToolTipRole))


def check_action(checker: Checker, where: str, action) -> None:
    checker.check(where, "action", action.text())
    checker.check(where, "action tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "")
                  else "")
    menu = action.menu()
    if isinstance(menu, QMenu):
        checker.check(where, "menu", menu.title())
        for child in menu.actions():
            check_action(checker, where, child)


@pytest.fixture
def pseudo_language(qapp, record_translation_lookups):
    translator = PseudoTranslator(record_translation_lookups)
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale("en_GB"))  # a foreign language's formats: dates and weekdays say nothing Chinese
    words.install(lambda context, text, disambiguation, n: QCoreApplication.translate(
        context, text, disambiguation, n), "en")
    yield translator
    qapp.removeTranslator(translator)  # tests/ui/conftest.py puts salon/ and the formats back


def test_the_pseudo_translator_marks_every_chinese_text(qapp, pseudo_language):
    pseudo_language.recorder = None  # made-up lookups: not for the check of the catalogue's contexts
    assert QCoreApplication.translate("x", "保存") == "жж"
    assert QCoreApplication.translate("x", "剩 %1 次") == "ж %1 ж"
    assert words.translate("x", "客户") == "жж"
    assert QCoreApplication.translate("x", "OK") == "OK"
    checker = Checker(["王芳"])
    assert QCoreApplication.translate("x", "客户：%1") == "жжж%1"
    assert not checker.untranslated("жжж王芳") and not checker.untranslated("Save")
    assert checker.untranslated("保存") and checker.untranslated("王芳 保存") and checker.untranslated("жж：王芳")


def test_no_screen_shows_an_untranslated_text(qapp, qtbot, tour_demo, pseudo_language):
    from ui.main_window import MainWindow

    database, path = tour_demo
    checker = Checker(data_values(database))
    window = MainWindow(database, path)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    for action in window.menuBar().actions():
        check_action(checker, "menu bar", action)
    seen = []
    for name, widget in screens.tour(window, database):
        seen.append(name)
        check_widget(checker, name, widget)
        if widget is window:  # the pages a main tab holds in tabs of its own (the review's 明细, charts…)
            for inner in window.tabs.currentWidget().findChildren(QTabWidget):
                if not inner.isVisible():
                    continue
                shown = inner.currentIndex()
                for index in range(inner.count()):
                    inner.setCurrentIndex(index)
                    screens.settle(qapp)
                    check_widget(checker, f"{name} ▸ {inner.tabText(index)}", inner.currentWidget())
                inner.setCurrentIndex(shown)
    assert {"clients", "reports", "visit_new", "receipt", "settings_1"} <= set(seen)
    from ui.audit import AuditDialog

    window.show_audit_log()  # the menus' windows the tour leaves out
    screens.settle(qapp)
    assert window.findChildren(AuditDialog)
    for dialog in window.findChildren(AuditDialog):
        check_widget(checker, "audit log", dialog)
        dialog.close()
    about = window.help_menu.show_about()
    screens.settle(qapp)
    check_widget(checker, "about", about)
    about.close()
    assert checker.marked > 500, f"only {checker.marked} of {checker.checked} texts were translated"
    report = "\n".join(f"{where}:\n  " + "\n  ".join(sorted(found)) for where, found in checker.misses.items())
    assert not checker.misses, f"texts that never went through the translation:\n{report}"


def plain(html_text: str) -> str:
    """What a reader sees of an HTML document: its text without tags and entities."""
    import html

    return html.unescape(re.sub(r"<[^>]+>", "\n", html_text))


def test_documents_greetings_and_figures_say_nothing_in_the_source_language(qapp, qtbot, tour_demo, pseudo_language):
    """The receipt and the refund statement (built as HTML strings), the reminders' greeting drafts and the
    review's figures and the rows behind them, in the pseudo-language."""
    from datetime import date

    from salon.reminders.listing import build_reminders
    from salon.reports.figures import review_figures, rows_behind
    from salon.reports.period import month_of
    from salon.reports.review import build_review
    from salon.visits.receipts import visit_detail
    from ui.packages.refund_dialog import RefundDialog
    from ui.visits.receipt import receipt_html

    database, _path = tour_demo
    checker = Checker(data_values(database))
    visits = [row[0] for row in database.execute_sql(
        "SELECT min(v.id) FROM visit v GROUP BY v.status, EXISTS (SELECT 1 FROM visit_revision r"
        " WHERE r.visit_id = v.id), EXISTS (SELECT 1 FROM visit_item i WHERE i.visit_id = v.id"
        " AND i.package_id IS NOT NULL), EXISTS (SELECT 1 FROM payment p WHERE p.visit_id = v.id"
        " AND p.method = 'stored_value')").fetchall()]
    assert len(visits) >= 4
    for visit_id in visits:
        checker.check("receipt", f"visit {visit_id}", plain(receipt_html(visit_detail(visit_id))))

    refunded = 0
    for (package_id,) in database.execute_sql(
            "SELECT min(id) FROM client_package WHERE status = 'active' GROUP BY kind").fetchall():
        dialog = RefundDialog(package_id)
        qtbot.addWidget(dialog)
        checker.check("refund statement", f"card {package_id}", plain(dialog.document_html()))
        check_widget(checker, "refund dialog", dialog)
        refunded += 1
    assert refunded >= 2

    found = build_reminders(date.today(), days=366)
    drafts = 0
    for reminder in found.items:
        checker.check("reminders", reminder.kind, reminder.title)
        checker.check("reminders", reminder.kind, reminder.detail)
        checker.check("greetings", reminder.kind, reminder.draft)
        drafts += bool(reminder.draft)
    assert drafts > 10

    for period in (month_of(date.today()), month_of(date.today()).year_to_date()):
        review = build_review(period)
        for figure in review_figures(review):
            checker.check("review", "section", figure.section)
            checker.check("review", "figure", figure.label)
            if figure.drill:
                headers, rows = rows_behind(review, figure.drill)
                for header in headers:
                    checker.check("review", f"{figure.drill} header", header)
                for row in rows[:ROWS_CHECKED]:
                    for value in row:
                        checker.check("review", f"{figure.drill} cell", value)
    assert checker.marked > 1000, f"only {checker.marked} of {checker.checked} texts were translated"
    report = "\n".join(f"{where}:\n  " + "\n  ".join(sorted(found)) for where, found in checker.misses.items())
    assert not checker.misses, f"texts that never went through the translation:\n{report}"
