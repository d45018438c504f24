"""Signing in at the counter (F10): the owner's PIN on the first start, a front desk that sees no money totals,
the idle lock and 切换用户, the owner setting a PIN, the audit log viewed and exported."""
from __future__ import annotations

import csv

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog

from salon import access
from salon.staff import StaffInput, save_staff
from salon.store.models import Staff
from ui.access import FirstOwnerDialog, IdleLock, SignInDialog
from ui.main_window import MainWindow


def test_the_first_start_asks_the_owner_for_a_pin(qtbot, database):
    dialog = FirstOwnerDialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("林老板")
    dialog.pin_edit.setText("2468")
    dialog.again_edit.setText("2469")
    dialog.accept()
    assert not dialog.error_label.isHidden() and "不一样" in dialog.error_label.text()
    dialog.again_edit.setText("2468")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    owner = Staff.get(Staff.role == "owner")
    assert owner.name == "林老板" and access.owner_has_pin() and access.current_actor().staff_id == owner.id


def _signed_in_window(qtbot, database, role: str) -> MainWindow:
    owner = save_staff(StaffInput(name="林老板", role="owner")).id
    access.set_pin(owner, "2468")
    desk = save_staff(StaffInput(name="前台小张", role="front_desk")).id
    access.set_pin(desk, "1357")
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(owner if role == "owner" else desk))
    dialog.pin_edit.setText("0000")
    dialog.accept()
    assert "还可以再试 4 次" in dialog.error_label.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.pin_edit.setText("2468" if role == "owner" else "1357")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.enable_sign_in()
    window.show()
    return window


def test_the_front_desk_gets_no_totals_no_export_and_no_settings(qtbot, database):
    window = _signed_in_window(qtbot, database, "front_desk")
    assert not window.export_action.isEnabled() and not window.settings_action.isEnabled()
    assert not window.import_action.isEnabled() and not window.audit_action.isEnabled()
    reports = window.tabs.indexOf(window._lazy_tabs["reports"][0])
    assert not window.tabs.isTabVisible(reports)
    assert window.new_client_action.isEnabled() and window.record_visit_action.isEnabled()
    qtbot.waitUntil(lambda: "当前：前台小张（前台）" in window.status_label.text())
    window.tabs.setCurrentWidget(window.history_page)
    qtbot.waitUntil(lambda: "只有老板、店长可以查看" in window.history_page.totals_label.text())


def test_idle_lock_and_switching_to_the_owner(qtbot, database, tmp_path):
    QSettings().setValue("security/lock_minutes", 1)
    window = _signed_in_window(qtbot, database, "front_desk")
    lock: IdleLock = window.idle_lock
    assert lock.timer.isActive() and lock.timer.interval() == 60_000
    lock.timer.setInterval(50)  # a minute is long for a test
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.dialog is not None, timeout=5_000)
    dialog = lock.dialog
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findText("林老板（老板）"))
    dialog.pin_edit.setText("2468")
    dialog.accept()
    assert lock.dialog is None and access.current_actor().name == "林老板"
    assert window.export_action.isEnabled() and window.audit_action.isEnabled()
    from ui.audit import AuditDialog

    audit = AuditDialog(window)
    qtbot.addWidget(audit)
    actions = [audit.entries.text(row, 2) for row in range(audit.entries.rowCount())]
    assert actions[:2] == ["登录", "登录"] and "密码错误" in actions
    with qtbot.waitSignal(audit.export(str(tmp_path / "log.csv")).finished, timeout=20_000):
        pass
    assert "已导出" in audit.note.text()
    with (tmp_path / "log.csv").open(encoding="utf-8-sig") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["时间", "员工", "操作", "对象", "说明"] and len(rows) == audit.entries.rowCount() + 1
    window.switch_user_action.trigger()
    assert lock.dialog is not None and not lock.timer.isActive()


def test_the_lock_minutes_are_this_computers_setting(qtbot, database):
    from PySide6.QtCore import Qt

    window = _signed_in_window(qtbot, database, "owner")
    assert window.idle_lock.timer.interval() == 10 * 60_000  # the default
    dialog = window.open_settings()
    dialog.lock_spin.setValue(3)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert QSettings().value("security/lock_minutes", type=int) == 3
    assert window.idle_lock.timer.interval() == 3 * 60_000
    dialog = window.open_settings()
    dialog.lock_spin.setValue(0)  # 不自动锁定
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not window.idle_lock.timer.isActive()


def test_switching_user_closes_the_last_persons_windows_and_rereads_every_tab(qtbot, database):
    window = _signed_in_window(qtbot, database, "owner")
    window.tabs.setCurrentWidget(window.history_page)
    owners_page = window.history_page
    qtbot.waitUntil(lambda: owners_page.totals is not None)
    window.show_audit_log()
    from ui.audit import AuditDialog

    audit = next(widget for widget in QApplication.topLevelWidgets() if isinstance(widget, AuditDialog))
    assert audit.isVisible()
    window.switch_user_action.trigger()
    assert not audit.isVisible()
    dialog = window.idle_lock.dialog
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findText("前台小张（前台）"))
    dialog.pin_edit.setText("1357")
    dialog.accept()
    assert window.history_page is not owners_page  # read again, with the front desk's rights
    qtbot.waitUntil(lambda: "只有老板、店长可以查看" in window.history_page.totals_label.text())
    reports = window.tabs.indexOf(window._lazy_tabs["reports"][0])
    assert not window.tabs.isTabVisible(reports)
