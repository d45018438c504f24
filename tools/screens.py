"""A tour of the app's screens on demo data: every main tab and every dialog and wizard page a person can open.

`tour(window, database)` yields (name, widget) with the widget shown and settled; the caller grabs it or
inspects it before asking for the next one, and each dialog is closed when the tour moves on. Used by
`tools/screenshot.py` (`make screenshot`) and by the tests that render every screen in every language.
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QTabBar,
    QTableView,
    QWidget,
)


def settle(app: QApplication | None = None, rounds: int = 3) -> None:
    app = app or QApplication.instance()
    for _ in range(rounds):
        app.processEvents()


def _wait(condition: Callable[[], bool], app: QApplication, limit: int = 20_000) -> None:
    for _ in range(limit):
        if condition():
            return
        app.processEvents()
        import time

        time.sleep(0.002)


def build_demo(path: Path, clients: int = 120, months: int = 14) -> object:
    from salon.demo.generator import generate_demo
    from salon.store.db import open_database

    database = open_database(path)
    generate_demo(database, clients=clients, months=months, seed=1)
    return database


def tour(window, database) -> Iterator[tuple[str, QWidget]]:
    """Every main tab; the client file's pages and its card dialogs; a new client, a visit, a receipt, the settings;
    the import wizard's pages on a small CSV; each tab's own dialogs (assigning a therapist, forgetting a client,
    staff, the catalogue, the reminders); voiding a visit; the menus' windows (audit log, guide, About), the
    sign-in and the lock; the welcome's pages. Each is opened the way a person opens it (its button, the
    window's method); one the app runs modally is shown instead (`shown_instead_of_run`) and closed after."""
    app = QApplication.instance()
    page = window.clients_page
    page.table.selectRow(2)
    settle(app)
    yield "clients", window
    for name in ("therapists", "catalogue", "history", "reminders", "reports"):
        tab = getattr(window, f"{name}_page")
        window.tabs.setCurrentWidget(tab)
        settle(app)
        if name == "reminders":
            _wait(lambda tab=tab: not tab.loading and tab.found is not None, app)
        if name == "reports":
            _wait(lambda tab=tab: not tab.loading, app)
        settle(app)
        yield name, window
    window.tabs.setCurrentWidget(page)
    # A regular with cards: her file, a new visit for her, and the receipt of her last visit.
    client_id, visit_id = database.execute_sql(
        "SELECT v.client_id, max(v.id) FROM visit v JOIN client_package p ON p.client_id = v.client_id"
        " WHERE v.status = 'done' AND p.status = 'active' GROUP BY v.client_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    page.select_client(client_id)
    settle(app)
    yield "client_card", window
    dialog = window.open_client(client_id)
    settle(app)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        settle(app)
        yield f"client_file_{index + 1}", dialog
    packages = dialog.packages_page
    dialog.tabs.setCurrentWidget(packages)
    settle(app)
    for name, button in (("sell_card", packages.sell_button), ("top_up", packages.top_up_button),
                         ("adjust_card", packages.adjust_button), ("extend_card", packages.extend_button),
                         ("refund_card", packages.refund_button)):
        if not button.isEnabled():
            for row in range(packages.model.rowCount()):
                packages.table.selectRow(row)
                settle(app)
                if button.isEnabled():
                    break
        if not button.isEnabled():
            continue
        button.click()
        settle(app)
        child = packages.dialog
        yield name, child
        child.reject()
        settle(app)
    dialog.close()
    new_client = window.new_client()
    settle(app)
    yield "new_client", new_client
    new_client.reject()
    visit = window.record_visit(client_id)
    settle(app)
    yield "visit_new", visit
    visit.close()
    visit = window.open_visit(visit_id)
    settle(app)
    yield "visit_saved", visit
    visit.close()
    receipt = window.show_receipt(visit_id)
    settle(app)
    yield "receipt", receipt
    receipt.close()
    settings = window.open_settings()
    settle(app)
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        settle(app)
        yield f"settings_{index + 1}", settings
    settings.reject()
    yield from _import_pages(window, database, app)
    yield from _client_list_dialogs(window, app)
    yield from _staff_dialogs(window, app)
    yield from _catalogue_dialogs(window, app)
    yield from _reminder_dialogs(window, app)
    visit = window.open_visit(visit_id)
    settle(app)
    with shown_instead_of_run() as shown:
        visit.void_button.click()
    yield from _caught("visit_void", shown, app)
    visit.close()
    settle(app)
    yield from _window_dialogs(window, app)
    yield from _welcome_pages(app)


@contextmanager
def shown_instead_of_run() -> Iterator[list[QDialog]]:
    """A dialog the app runs modally (`exec()`, `QInputDialog.getText`) is shown and left open instead, so the
    tour can hand it out; the code that opened it goes on as if the person had cancelled."""
    shown: list[QDialog] = []

    def show(dialog: QDialog) -> int:
        shown.append(dialog)
        dialog.show()
        return QDialog.DialogCode.Rejected.value

    def get_text(parent: QWidget | None, title: str, label: str, echo: QLineEdit.EchoMode = QLineEdit.EchoMode.Normal,
                 text: str = "", *_args: object, **_kwargs: object) -> tuple[str, bool]:
        dialog = QInputDialog(parent)  # what the static function builds
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(echo)
        dialog.setTextValue(text)
        show(dialog)
        return "", False

    def message(icon: QMessageBox.Icon, answer: QMessageBox.StandardButton) -> staticmethod:
        def box(parent: QWidget | None, title: str, text: str, *_args: object, **_kwargs: object):
            show(QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent))
            return answer

        return staticmethod(box)

    run, ask = QDialog.exec, QInputDialog.getText
    boxes = {name: getattr(QMessageBox, name) for name in ("information", "warning", "critical", "question")}
    QDialog.exec = show
    QInputDialog.getText = staticmethod(get_text)
    # A message box the tour did not expect is caught too (and handed out), instead of waiting for an answer.
    QMessageBox.information = message(QMessageBox.Icon.Information, QMessageBox.StandardButton.Ok)
    QMessageBox.warning = message(QMessageBox.Icon.Warning, QMessageBox.StandardButton.Ok)
    QMessageBox.critical = message(QMessageBox.Icon.Critical, QMessageBox.StandardButton.Ok)
    QMessageBox.question = message(QMessageBox.Icon.Question, QMessageBox.StandardButton.No)
    try:
        yield shown
    finally:
        QDialog.exec, QInputDialog.getText = run, ask
        for name, function in boxes.items():
            setattr(QMessageBox, name, function)


def _caught(name: str, shown: list[QDialog], app: QApplication) -> Iterator[tuple[str, QWidget]]:
    """The dialogs `shown_instead_of_run` caught, each handed out and then closed for good."""
    settle(app)
    for number, dialog in enumerate(shown, start=1):
        yield (name if len(shown) == 1 else f"{name}_{number}"), dialog
        _close(dialog, app)
    shown.clear()


def _close(dialog: QWidget, app: QApplication) -> None:
    dialog.close()
    if isinstance(dialog, QDialog):
        dialog.reject()
    dialog.deleteLater()
    settle(app)


def _import_pages(window, database, app: QApplication) -> Iterator[tuple[str, QWidget]]:
    """File ▸ Import clients: its first page, then a small CSV read, its columns mapped and its dry run."""
    wizard = window.import_clients()
    settle(app)
    yield "import", wizard
    name, phone = database.execute_sql(
        "SELECT name, phone FROM client WHERE phone != '' ORDER BY id LIMIT 1").fetchone()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "clients.csv"
        # Latin names and headers besides one client of the salon's (a match): nothing in it is the app's words.
        path.write_text("Name,Phone,Birthday,Notes\n"
                        f"{name},{phone},,\n"
                        "Amy Wang,13812345678,1985-03-12,sensitive skin\n"
                        "Lily Li,139 0000 1111,,\n"
                        ",12345,,no name\n", encoding="utf-8")
        wizard.open_file(str(path))
        _wait(lambda: wizard.sheet is not None, app)
        settle(app)
        yield "import_file_read", wizard
        wizard.next()
        settle(app)
        yield "import_columns", wizard
        wizard.next()
        _wait(lambda: wizard.plan is not None, app)
        settle(app)
        yield "import_dry_run", wizard
        wizard.reject()
        settle(app)


def _client_list_dialogs(window, app: QApplication) -> Iterator[tuple[str, QWidget]]:
    """The client list's 分配美容师 and 个人信息 ▸ 彻底删除 (its typed confirmation; the export asks the system's
    file dialog, not one of ours)."""
    page = window.clients_page
    window.tabs.setCurrentWidget(page)
    page.table.selectRow(2)
    settle(app)
    page.assign_button.click()
    settle(app)
    dialog = window.assign_dialog
    yield "assign_therapist", dialog
    dialog.reject()
    settle(app)
    with shown_instead_of_run() as shown:
        page.forget_action.trigger()
    yield from _caught("forget_client", shown, app)


def _staff_dialogs(window, app: QApplication) -> Iterator[tuple[str, QWidget]]:
    """美容师/员工: a new and an existing staff member, the hand-over of a leaving therapist's clients, her PIN."""
    from salon.staff import active_client_count

    page = window.therapists_page
    window.tabs.setCurrentWidget(page)
    settle(app)
    page.add_button.click()
    settle(app)
    yield "staff_new", page.staff_dialog
    page.staff_dialog.reject()
    busiest = max(range(page.staff_model.rowCount()),
                  key=lambda row: active_client_count(page.staff_model.staff_at(row).id))
    page.staff_table.selectRow(busiest)
    settle(app)
    page.edit_button.click()
    settle(app)
    yield "staff_edit", page.staff_dialog
    page.staff_dialog.reject()
    settle(app)
    staff = page.staff_model.staff_at(busiest)
    if staff.active and active_client_count(staff.id):  # else the button would deactivate her at once
        page.active_button.click()
        settle(app)
        yield "staff_leave", page.leave_dialog
        page.leave_dialog.reject()
        settle(app)
    with shown_instead_of_run() as shown:
        page.pin_button.click()
    yield from _caught("set_pin", shown, app)


def _catalogue_dialogs(window, app: QApplication) -> Iterator[tuple[str, QWidget]]:
    """项目与卡项: a new and an existing service and product; a new card plan and one of each kind."""
    page = window.catalogue_page
    window.tabs.setCurrentWidget(page)
    for pane in (page.services, page.products, page.plans):
        page.tabs.setCurrentWidget(pane)
        settle(app)
        pane.add_button.click()
        settle(app)
        yield f"{pane.kind}_new", pane.dialog
        pane.dialog.reject()
        settle(app)
        rows: dict[str, int] = {}  # a plan of each kind (count, period, stored value): their fields differ
        for row in range(pane.model.rowCount()):
            rows.setdefault(pane.model.record(row).kind if pane is page.plans else "", row)
        for kind, row in rows.items():
            pane.table.selectRow(row)
            settle(app)
            pane.edit_button.click()
            settle(app)
            yield "_".join(filter(None, (pane.kind, "edit", kind))), pane.dialog
            pane.dialog.reject()
            settle(app)


def _reminder_dialogs(window, app: QApplication) -> Iterator[tuple[str, QWidget]]:
    """提醒: 完成 for one reminder of each kind (their rows differ), 登记投诉 and 稍后."""
    page = window.reminders_page
    window.tabs.setCurrentWidget(page)
    _wait(lambda: not page.loading and page.found is not None, app)
    settle(app)
    rows: dict[str, int] = {}
    for row in range(page.model.rowCount()):
        rows.setdefault(page.model.item(row).kind, row)
    for kind, row in rows.items():
        page.table.selectRow(row)
        settle(app)
        page.done_button.click()
        settle(app)
        yield f"reminder_done_{kind}", page.dialog
        page.dialog.reject()
        settle(app)
    if not rows:
        return
    page.complaint_button.click()
    settle(app)
    yield "complaint", page.dialog
    page.dialog.reject()
    settle(app)
    with shown_instead_of_run() as shown:
        page.snooze_button.click()
    yield from _caught("snooze", shown, app)


def _window_dialogs(window, app: QApplication) -> Iterator[tuple[str, QWidget]]:
    """The menus' windows: the audit log, the guide, About; and the sign-in of every start (the first owner's on a
    file with no PIN yet) and the lock of 切换用户."""
    from ui.access import IdleLock, sign_in_at_start
    from ui.audit import AuditDialog

    window.show_audit_log()
    settle(app)
    for dialog in window.findChildren(AuditDialog):
        yield "audit_log", dialog
        _close(dialog, app)
    guide = window.help_menu.show_guide()
    settle(app)
    yield "guide", guide
    _close(guide, app)
    about = window.help_menu.show_about()
    settle(app)
    yield "about", about
    _close(about, app)
    with shown_instead_of_run() as shown:
        sign_in_at_start(window)
    yield from _caught("sign_in_at_start", shown, app)
    lock = IdleLock(window, lambda: None)
    dialog = lock.lock()
    settle(app)
    yield "locked", dialog
    dialog.reject()
    app.removeEventFilter(lock)
    lock.timer.stop()
    lock.deleteLater()
    dialog.deleteLater()
    settle(app)


def _welcome_pages(app: QApplication) -> Iterator[tuple[str, QWidget]]:
    """The welcome of a first start, page by page (its language is left as it is: choosing one switches the app)."""
    from ui.welcome import WelcomeWizard

    wizard = WelcomeWizard()
    wizard.show()
    for number, page in enumerate(wizard.pages, start=1):
        settle(app)
        yield f"welcome_{number}", wizard
        if page is wizard.owner_page:  # filled in, or it keeps the wizard on this page
            fields = page.owner_fields
            fields.name_edit.setText("Amy")
            fields.pin_edit.setText("2468")
            fields.again_edit.setText("2468")
        wizard.next()
    wizard.reject()
    wizard.deleteLater()
    settle(app)


def clipped_texts(root: QWidget) -> list[str]:
    """Visible labels, buttons, tabs and table headers narrower than their text: what a reader sees cut."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.text() and not widget.wordWrap() and widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(f"label {widget.text()!r}: {widget.width()} < {widget.minimumSizeHint().width()}")
            # A wrapped label given fewer lines than its width needs: its last lines (or its first) are cut.
            elif widget.text() and widget.wordWrap() and widget.height() + 1 < widget.heightForWidth(widget.width()):
                found.append(f"wrapped label {widget.text()!r}: {widget.height()} high < "
                             f"{widget.heightForWidth(widget.width())}")
        elif isinstance(widget, QAbstractButton):
            if widget.text() and widget.width() + 1 < widget.sizeHint().width():
                found.append(f"button {widget.text()!r}: {widget.width()} < {widget.sizeHint().width()}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabRect(index).width() + 1 < widget.tabSizeHint(index).width():
                    found.append(f"tab {widget.tabText(index)!r} elided")
        elif isinstance(widget, QTableView) and isinstance(widget, QAbstractItemView) and widget.model():
            header = widget.horizontalHeader()
            if not header.isVisible():
                continue
            metrics = header.fontMetrics()
            style = header.style()
            margins = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margins
            for section in range(header.count()):
                if header.isSectionHidden(section):
                    continue
                text = str(widget.model().headerData(section, Qt.Orientation.Horizontal) or "")
                need = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
                need += margins + (arrow if header.isSortIndicatorShown()
                                   and header.sortIndicatorSection() == section else 0)
                if text and header.sectionSize(section) < need:
                    found.append(f"column {text!r}: {header.sectionSize(section)} < {need}")
    return found
