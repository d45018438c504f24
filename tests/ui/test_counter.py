"""The counter at speed: a returning card client served in under ten keystrokes from the main window, the
picker that finds 清洁 by 'qj', a visit that waits while the front desk looks someone else up."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from salon.store.models import ClientPackage, Visit, VisitItem
from tests.ui.test_main_window import make_window
from tests.ui.typing_helpers import type_text
from ui.visits.dialog import VisitDialog


class Keyboard:
    """Presses keys where a person's keyboard would send them (the popup, else the focused widget), counting."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.presses = 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        # A window that just opened takes the keyboard when the window system activates it.
        self.qtbot.waitUntil(lambda: (QApplication.activePopupWidget() or QApplication.focusWidget()) is not None)
        target = QApplication.activePopupWidget() or QApplication.focusWidget()
        self.qtbot.keyClick(target, key, modifier)
        self.presses += 1

    def type(self, text: str) -> None:
        for char in text:
            self.press(char)


def test_a_returning_card_client_is_served_in_under_ten_keystrokes(qtbot, database, shop):
    window = make_window(qtbot, database)
    page = window.clients_page
    window.tabs.setCurrentIndex(1)  # wherever the front desk was: Ctrl+F brings her to the search box
    keys = Keyboard(qtbot)

    keys.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    keys.type("zxm")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.visit_dialog is not None and window.visit_dialog.isVisible())
    dialog = window.visit_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (dialog.lines.picker, dialog.lines.picker.lineEdit()))
    keys.press(Qt.Key.Key_Return)  # the empty picker offers what her card covers
    assert [line.name_label.text() for line in dialog.lines.lines] == ["深层清洁"]
    assert dialog.lines.lines[0].package_id() == shop["card"]
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.receipt_dialog is not None and window.receipt_dialog.isVisible())
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.receipt_dialog is None)

    assert keys.presses <= 10, f"{keys.presses} keystrokes"
    visit = Visit.get()
    assert visit.client_id == shop["client"]
    assert VisitItem.get(VisitItem.visit == visit.id).package_id == shop["card"]
    assert ClientPackage.get_by_id(shop["card"]).sessions_left == 11
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search_edit)  # ready for the next client
    assert page.search_edit.selectedText() == "zxm"


def open_visit(qtbot, window, client_id) -> VisitDialog:
    window.record_visit(client_id)
    qtbot.waitUntil(lambda: window.visit_dialog is not None and window.visit_dialog.isVisible())
    return window.visit_dialog


def test_the_picker_finds_items_by_initials_pinyin_and_name_part(qtbot, database, shop):
    window = make_window(qtbot, database)
    dialog = open_visit(qtbot, window, shop["client"])
    picker = dialog.lines.picker
    for typed, expected in (("qj", "深层清洁"), ("qingjie", "深层清洁"), ("jjll", "肩颈理疗"),
                            ("xzp", "雅诗兰黛 小棕瓶精华"), ("清洁", "深层清洁")):
        picker.setFocus()
        type_text(qtbot, picker, typed)
        qtbot.keyClick(QApplication.activePopupWidget() or picker.lineEdit(), Qt.Key.Key_Return)
        assert dialog.lines.lines[-1].name_label.text() == expected, typed
        assert picker.currentText() == ""
    assert len(dialog.lines.lines) == 5


def test_enter_on_the_empty_picker_adds_nothing_once_the_visit_has_a_line(qtbot, database, shop):
    window = make_window(qtbot, database)
    dialog = open_visit(qtbot, window, shop["client"])
    picker = dialog.lines.picker
    assert "深层清洁" in picker.lineEdit().placeholderText()
    picker.setFocus()
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert len(dialog.lines.lines) == 1


def test_a_visit_waits_while_the_front_desk_looks_someone_else_up(qtbot, database, shop):
    window = make_window(qtbot, database)
    dialog = open_visit(qtbot, window, shop["client"])
    dialog.lines.add_item("service", shop["massage"])
    assert not dialog.isModal()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.clients_page.search_edit
    qtbot.keyClicks(window.clients_page.search_edit, "zsf")
    qtbot.waitUntil(lambda: window.clients_page.model.rowCount() == 1)
    qtbot.keyClick(window.clients_page.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.client_dialog is not None and window.client_dialog.isVisible())
    window.client_dialog.reject()
    # The half-typed visit is still there, as it was.
    assert window.visit_dialog is dialog and dialog.isVisible()
    assert [line.name_label.text() for line in dialog.lines.lines] == ["肩颈理疗"]
    # Ctrl+R for another client brings the open visit forward instead of losing it.
    assert window.record_visit(shop["clients"]["张三丰"]) is dialog


def test_whether_the_receipt_pops_up_is_remembered(qtbot, database, shop):
    window = make_window(qtbot, database)
    dialog = open_visit(qtbot, window, shop["client"])
    assert dialog.show_receipt_check.isChecked()
    dialog.show_receipt_check.setChecked(False)
    dialog.lines.add_likely()
    dialog.save()
    qtbot.waitUntil(lambda: window.visit_dialog is None)
    assert window.receipt_dialog is None
    again = open_visit(qtbot, window, shop["client"])
    assert not again.show_receipt_check.isChecked()
