"""The owner's settings: typed in the dialog, stored in the salon's file, printed on receipts and statements."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from salon.payments import PaymentInput
from salon.settings import load_settings
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit
from tests.ui.test_main_window import make_window
from tests.ui.typing_helpers import type_text


def test_the_salons_name_and_contacts_go_on_its_receipts(qtbot, database, shop):
    window = make_window(qtbot, database)
    dialog = window.open_settings()
    type_text(qtbot, dialog.name_edit, "丽人美容会所")
    type_text(qtbot, dialog.phone_edit, "0571-8888 6666")
    dialog.commission_combo.setCurrentIndex(dialog.commission_combo.findData("list"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = load_settings()
    assert (stored.salon_name, stored.salon_phone, stored.commission_on_cards) == (
        "丽人美容会所", "0571-8888 6666", "list")
    visit = save_visit(VisitInput(shop["client"], datetime.now() - timedelta(hours=1),
                                  [VisitItemInput("service", shop["massage"])], [PaymentInput("cash", 26800)]))
    receipt = window.show_receipt(visit.id)
    assert receipt.text().startswith("丽人美容会所\n0571-8888 6666\n消费小票")


def test_a_name_longer_than_the_rule_cannot_be_typed_and_a_bad_amount_changes_nothing(qtbot, database):
    window = make_window(qtbot, database)
    dialog = window.open_settings()
    type_text(qtbot, dialog.name_edit, "名" * 50)
    assert len(dialog.name_edit.text()) == 40
    dialog.ceiling_edit.clear()
    type_text(qtbot, dialog.ceiling_edit, "abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert load_settings().salon_name == ""


def test_reminder_windows_and_holidays_are_owner_settings_and_a_bad_holiday_is_refused(qtbot, database):
    window = make_window(qtbot, database)
    dialog = window.open_settings()
    dialog.tabs.setCurrentIndex(1)
    dialog.day_spins["lapse_due_days_over"].setValue(10)
    dialog.holidays_edit.setPlainText("春节|lunar:1-1\n店庆|solar:13-40")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "店庆|solar:13-40" in dialog.error_label.text()
    assert load_settings().lapse_due_days_over == 15
    dialog.holidays_edit.setPlainText("春节|lunar:1-1\n店庆|solar:9-18")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = load_settings()
    assert stored.lapse_due_days_over == 10 and stored.holidays.endswith("店庆|solar:9-18")


def test_the_reviews_abc_thresholds_are_owner_settings_and_must_rise(qtbot, database):
    window = make_window(qtbot, database)
    page = window.reports_page
    qtbot.waitUntil(lambda: not page.loading and page.review is not None)
    dialog = window.open_settings()
    dialog.abc_spins["abc_a_percent"].setValue(95)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "0 < A < B ≤ 100" in dialog.error_label.text()
    assert (load_settings().abc_a_percent, load_settings().abc_b_percent) == (70, 90)
    dialog.abc_spins["abc_a_percent"].setValue(60)
    dialog.abc_spins["abc_b_percent"].setValue(85)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (load_settings().abc_a_percent, load_settings().abc_b_percent) == (60, 85)
    qtbot.waitUntil(lambda: not page.loading and page.review.abc_thresholds == (60, 85))  # the open review follows


def test_the_language_is_this_computers_choice_for_the_next_start(qtbot, database):
    from PySide6.QtCore import QSettings

    from ui.language import LANGUAGE_SETTING, chosen_language

    window = make_window(qtbot, database)
    dialog = window.open_settings()
    combo = dialog.language_combo
    assert combo.currentData() == "" and combo.count() == 4  # follows the system until chosen
    assert [combo.itemText(i) for i in range(1, 4)] == ["简体中文", "繁體中文", "English"]
    combo.setCurrentIndex(combo.findData("zh_TW"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert QSettings().value(LANGUAGE_SETTING) == "zh_TW" and chosen_language() == "zh_TW"
    dialog = window.open_settings()
    assert dialog.language_combo.currentData() == "zh_TW"
    dialog.language_combo.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert QSettings().value(LANGUAGE_SETTING) == ""
