"""The main window: the client list and the other tabs, menus and shortcuts for the counter.

Start-up shows the client list and nothing else: the other tabs are built (and their modules imported) the
first time they are shown or asked for, and each dialog's module when it first opens.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import Database
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from salon.clients.profiles import count_clients
from salon.errors import ValidationError
from salon.packages.expiry import expire_packages
from salon.store.db import database_is_empty, lone_owner_id
from ui.clients.list_page import ClientListPage
from ui.common.child_dialogs import open_child
from ui.common.formats import datetime_text
from ui.common.icons import icon
from ui.common.messages import error_text

if TYPE_CHECKING:
    from ui.catalogue.page import CataloguePage
    from ui.clients.assign_dialog import AssignTherapistDialog
    from ui.clients.form import ClientDialog
    from ui.common.background import BackgroundTask
    from ui.history.page import HistoryPage
    from ui.packages.dialogs import SellPackageDialog
    from ui.reminders.page import RemindersPage
    from ui.reports.page import ReviewPage
    from ui.staff.page import TherapistsPage
    from ui.visits.dialog import VisitDialog
    from ui.visits.receipt import ReceiptDialog

DEMO_CLIENTS = 300
# The icon of each tab (by its name in _lazy_tabs) and of each menu action (by attribute), from resources/icons.
TAB_ICONS = {"clients": "clients", "therapists": "staff", "catalogue": "catalogue", "history": "history",
             "reminders": "reminders", "reports": "reports"}
ACTION_ICONS = {"new_client_action": "client-new", "find_action": "search", "record_visit_action": "visit-new",
                "sell_package_action": "card-sell", "import_action": "import", "export_action": "export",
                "settings_action": "settings", "demo_action": "demo", "quit_action": "quit",
                "backup_action": "backup", "restore_action": "restore", "backup_folder_action": "folder",
                "switch_user_action": "lock", "change_pin_action": "key", "audit_action": "audit"}
DEMO_MONTHS = 24


class MainWindow(QMainWindow):
    def __init__(self, database: Database, db_path: str | Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.db_path = Path(db_path) if db_path else None
        self.client_dialog: ClientDialog | None = None
        self.assign_dialog: AssignTherapistDialog | None = None
        self.visit_dialog: VisitDialog | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self.sell_dialog: SellPackageDialog | None = None
        self.settings_dialog: QWidget | None = None
        self.demo_task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("客情管家"))
        self.resize(1200, 760)

        self.clients_page = ClientListPage()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.clients_page, icon(TAB_ICONS["clients"]), self.tr("客户"))
        self._lazy_tabs: dict[str, tuple[QWidget, str, Callable[[], QWidget]]] = {}
        self._built_tabs: dict[str, QWidget] = {}
        self._replacing_tab = False
        self._add_lazy_tab("therapists", self.tr("美容师/员工"), self._make_therapists_page)
        self._add_lazy_tab("catalogue", self.tr("项目与卡项"), self._make_catalogue_page)
        self._add_lazy_tab("history", self.tr("消费记录"), self._make_history_page)
        self._add_lazy_tab("reminders", self.tr("提醒"), self._make_reminders_page)
        self._add_lazy_tab("reports", self.tr("报表"), self._make_reports_page)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)

        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.database_label = QLabel()  # the file's name, whole; its path in the tooltip (a path can be long)
        self.database_label.setObjectName("databaseFile")
        self.statusBar().addPermanentWidget(self.database_label)

        self._build_menus()
        self.clients_page.open_client.connect(self.open_client)
        self.clients_page.new_client.connect(self.new_client)
        self.clients_page.demo_requested.connect(self.offer_demo_data)
        self.clients_page.import_requested.connect(lambda: self.import_clients())
        self.clients_page.record_visit.connect(self.record_visit)
        self.clients_page.assign_requested.connect(lambda ids: self.assign_therapist(ids))
        QTimer.singleShot(0, self._update_status)  # a count of every client: after the first paint
        self.clients_page.search_edit.setFocus()
        # The counter PC often stays on overnight: close cards that expired at midnight without a restart.
        self._expired_through = date.today()
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(5 * 60 * 1000)
        self._day_timer.timeout.connect(self.close_expired_cards)
        self._day_timer.start()
        self.backups = None
        if self.db_path is not None:  # a window on a named file keeps its backups (tests build windows without)
            from ui.backups import BackupKeeper

            self.backups = BackupKeeper(self, self.db_path)
            self.backups.backed_up.connect(lambda _path: self._update_status())
            self.backups.restored.connect(self._restored)
        self._build_backup_menu()
        from ui.help import install_help_menu

        self.help_menu = install_help_menu(self)
        from ui.common.remember import remember_window

        remember_window(self)

    # --- who is signed in ----------------------------------------------------------------------------------
    def enable_sign_in(self) -> None:
        """The window of a signed-in staff member (run_gui): 切换用户, the idle lock, and only what her role may."""
        from ui.access import IdleLock

        self.idle_lock = IdleLock(self, self.close)
        self.idle_lock.locked.connect(self._close_open_dialogs)
        self.idle_lock.unlocked.connect(self._signed_in_again)
        self.switch_user_action = QAction(self.tr("切换用户(&U)"), self)
        self.switch_user_action.setShortcut(QKeySequence("Ctrl+L"))
        self.switch_user_action.triggered.connect(lambda: self.idle_lock.lock())
        self.audit_action = QAction(self.tr("操作记录(&A)…"), self)
        self.audit_action.triggered.connect(self.show_audit_log)
        self.change_pin_action = QAction(self.tr("修改我的密码…"), self)
        self.change_pin_action.triggered.connect(self.change_own_pin)
        menu = self.file_menu
        first = menu.actions()[0]
        for action in (self.switch_user_action, self.change_pin_action, self.audit_action):
            menu.insertAction(first, action)
            self.addAction(action)
        menu.insertSeparator(first)
        self._set_action_icons()
        self.apply_role()

    def _signed_in_again(self) -> None:
        """Whoever signed in after the lock sees every tab read afresh with her rights."""
        self._rebuild_tabs()
        self.apply_role()

    def apply_role(self) -> None:
        """Hide what the signed-in role may not use (salon.access refuses it anyway)."""
        from salon import access

        for action, permission in ((self.export_action, access.EXPORT), (self.settings_action, access.SETTINGS),
                                   (self.import_action, access.IMPORT), (self.demo_action, access.IMPORT),
                                   (self.new_client_action, access.CLIENTS_EDIT),
                                   (self.record_visit_action, access.VISITS_RECORD),
                                   (self.sell_package_action, access.CARDS_SELL)):
            action.setEnabled(access.may(permission))
        for action in (self.backup_action, self.restore_action, self.backup_folder_action):
            action.setEnabled(self.backups is not None and access.may(access.BACKUP))
        if hasattr(self, "audit_action"):
            self.audit_action.setEnabled(access.may(access.AUDIT_VIEW))
        self._apply_tab_visibility()
        page = self.clients_page
        page.new_button.setVisible(access.may(access.CLIENTS_EDIT))
        page.empty_new_button.setVisible(access.may(access.CLIENTS_EDIT))
        for button in (page.empty_import_button, page.empty_demo_button):
            button.setVisible(access.may(access.IMPORT))
        page.archive_button.setVisible(access.may(access.CLIENTS_EDIT))
        page.assign_button.setVisible(access.may(access.CLIENTS_EDIT))
        page.visit_button.setVisible(access.may(access.VISITS_RECORD))
        page.export_data_action.setVisible(access.may(access.EXPORT))
        page.forget_action.setVisible(access.may(access.DELETE))
        page.privacy_button.setVisible(access.may(access.EXPORT) or access.may(access.DELETE))
        page.refresh()
        self._update_status()

    def _apply_tab_visibility(self) -> None:
        from salon import access

        reports = self.tabs.indexOf(self._built_tabs.get("reports") or self._lazy_tabs["reports"][0])
        self.tabs.setTabVisible(reports, access.may(access.MONEY_TOTALS))

    def _close_open_dialogs(self) -> None:
        """Locking: every other window closes (an open file, a receipt, the audit log) and every tab is read
        again after the next sign-in, so the next person sees nothing of the last one's."""
        from PySide6.QtWidgets import QApplication

        lock = getattr(getattr(self, "idle_lock", None), "dialog", None)
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget is not lock and widget.isVisible():
                widget.close()

    def show_audit_log(self) -> None:
        from ui.audit import AuditDialog

        dialog = AuditDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def change_own_pin(self) -> None:
        from salon import access
        from ui.access import SetPinDialog

        actor = access.current_actor()
        if actor is not None:
            SetPinDialog(actor.staff_id, self).exec()

    # --- backups -------------------------------------------------------------------------------------------
    def _build_backup_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("备份(&B)"))
        self.backup_action = menu.addAction(self.tr("立即备份(&B)"))
        self.restore_action = menu.addAction(self.tr("从备份恢复(&R)…"))
        self.backup_folder_action = menu.addAction(self.tr("备份文件夹(&F)…"))
        for action in (self.backup_action, self.restore_action, self.backup_folder_action):
            action.setEnabled(self.backups is not None)
        if self.backups is not None:
            self.backup_action.triggered.connect(lambda: self.backups.back_up_now())
            self.restore_action.triggered.connect(self.restore_from_backup)
            self.backup_folder_action.triggered.connect(self.backups.choose_folder)
        self._set_action_icons()

    def restore_from_backup(self) -> None:
        if any(dialog is not None for dialog in (self.client_dialog, self.visit_dialog, self.sell_dialog)):
            QMessageBox.information(self, self.tr("从备份恢复"),
                                    self.tr("请先关闭正在编辑的客户、到店记录或售卡窗口。"))
            return
        self.backups.ask_and_restore()

    def _restored(self, kept: object) -> None:
        """Every tab reads the restored data again: built tabs are dropped and rebuilt when shown."""
        self._rebuild_tabs()
        QMessageBox.information(self, self.tr("从备份恢复"),
                                self.tr("已恢复。恢复前的数据另存为 %1。").replace("%1", str(kept)))

    def _rebuild_tabs(self) -> None:
        """Drop every built tab (rebuilt when shown), so nothing read before — another person's figures, the data
        before a restore — stays on screen."""
        current = self.tabs.currentIndex()
        for name in list(self._built_tabs):
            page = self._built_tabs.pop(name)
            _placeholder, title, factory = self._lazy_tabs[name]
            placeholder = QWidget()
            index = self.tabs.indexOf(page)
            self._replacing_tab = True
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, placeholder, icon(TAB_ICONS[name]), title)
            self._replacing_tab = False
            self._lazy_tabs[name] = (placeholder, title, factory)
            page.deleteLater()
        self.tabs.setCurrentIndex(current)
        self._tab_shown(current)
        self.clients_page.refresh()
        self._apply_tab_visibility()
        self._update_status()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A backup when the window closes, on a worker thread; the window closes once it is written."""
        if self.backups is not None and not self.backups.closing_done:
            self.backups.closing_done = True
            event.ignore()
            self.backups.back_up_on_close(self.close)
            return
        super().closeEvent(event)

    # --- tabs built when first shown -----------------------------------------------------------------
    def _add_lazy_tab(self, name: str, title: str, factory: Callable[[], QWidget]) -> None:
        placeholder = QWidget()
        self.tabs.addTab(placeholder, icon(TAB_ICONS[name]), title)
        self._lazy_tabs[name] = (placeholder, title, factory)

    def _tab(self, name: str) -> QWidget:
        """The page of that tab, built now if it has not been yet (it then takes its placeholder's place)."""
        page = self._built_tabs.get(name)
        if page is None:
            placeholder, title, factory = self._lazy_tabs[name]
            page = self._built_tabs[name] = factory()
            index, current = self.tabs.indexOf(placeholder), self.tabs.currentIndex()
            self._replacing_tab = True
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, icon(TAB_ICONS[name]), title)
            self.tabs.setCurrentIndex(current)
            self._replacing_tab = False
            placeholder.deleteLater()
            if hasattr(self, "backup_action"):  # built after the menus: its tab's visibility follows the role
                self._apply_tab_visibility()
        return page

    def _if_built(self, name: str, action: Callable[[QWidget], object]) -> None:
        """Tell a tab about a change; one not built yet reads everything when it is."""
        page = self._built_tabs.get(name)
        if page is not None:
            action(page)

    def _tab_shown(self, index: int) -> None:
        if self._replacing_tab:
            return
        widget = self.tabs.widget(index)
        for name, (placeholder, _title, _factory) in self._lazy_tabs.items():
            if widget is placeholder:
                self._tab(name)

    @property
    def therapists_page(self) -> TherapistsPage:
        return self._tab("therapists")

    @property
    def catalogue_page(self) -> CataloguePage:
        return self._tab("catalogue")

    @property
    def history_page(self) -> HistoryPage:
        return self._tab("history")

    @property
    def reminders_page(self) -> RemindersPage:
        return self._tab("reminders")

    @property
    def reports_page(self) -> ReviewPage:
        return self._tab("reports")

    def _make_reports_page(self) -> QWidget:
        from ui.reports.page import ReviewPage

        return ReviewPage()

    def export_for_accountant(self) -> None:
        """File ▸ Export for accountant: the 报表 tab in front, its month's workbook."""
        self.tabs.setCurrentWidget(self.reports_page)
        self.reports_page.export()

    def import_clients(self) -> QWidget:
        """File ▸ Import clients: the wizard (modeless, so the counter can go on); the client list follows."""
        from ui.imports.wizard import ImportWizard, summary_text

        wizard = ImportWizard(self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda _plan: self.clients_page.refresh())
        wizard.imported.connect(lambda plan: self.statusBar().showMessage(summary_text(plan), 15_000))
        wizard.show()
        return wizard

    def _make_therapists_page(self) -> QWidget:
        from ui.staff.page import TherapistsPage

        page = TherapistsPage()
        page.open_client.connect(self.open_client)
        page.assign_requested.connect(self.assign_therapist)
        page.staff_changed.connect(self.clients_page.refresh)
        return page

    def _make_catalogue_page(self) -> QWidget:
        from ui.catalogue.page import CataloguePage

        return CataloguePage()

    def _make_reminders_page(self) -> QWidget:
        from ui.reminders.page import RemindersPage

        page = RemindersPage()
        page.open_client.connect(self.open_client)
        return page

    def _make_history_page(self) -> QWidget:
        from ui.history.page import HistoryPage

        page = HistoryPage()
        page.open_visit_requested.connect(self.open_visit_from_history)
        return page

    def show_catalogue(self) -> None:
        """The 项目与卡项 tab in front (from a visit whose menu is still empty, which stays open)."""
        self.tabs.setCurrentWidget(self.catalogue_page)
        self.activateWindow()

    def close_expired_cards(self, today: date | None = None) -> list[int]:
        """Once per new day: cards past their last day get their 'expiry' ledger line."""
        today = today or date.today()
        if today <= self._expired_through:
            return []
        self._expired_through = today
        expired = expire_packages(today)
        if expired:
            self.clients_page.refresh()
        return expired

    def _build_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.new_client_action = QAction(self.tr("新建客户(&N)"), self)
        self.new_client_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_client_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.new_client_action.triggered.connect(self.new_client)
        self.find_action = QAction(self.tr("查找客户(&F)"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.record_visit_action = QAction(self.tr("记录到店(&R)…"), self)
        self.record_visit_action.setShortcut(QKeySequence("Ctrl+R"))
        self.record_visit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.record_visit_action.triggered.connect(lambda: self.record_visit())
        self.demo_action = QAction(self.tr("载入演示数据…"), self)
        self.demo_action.triggered.connect(self.offer_demo_data)
        quit_action = self.quit_action = QAction(self.tr("退出(&Q)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.sell_package_action = QAction(self.tr("给所选客户售卡(&K)…"), self)
        self.sell_package_action.triggered.connect(lambda: self.sell_package())
        for action in (self.new_client_action, self.find_action, self.record_visit_action, self.sell_package_action):
            file_menu.addAction(action)
            self.addAction(action)
        file_menu.addSeparator()
        self.settings_action = QAction(self.tr("设置(&S)…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.export_action = QAction(self.tr("导出给会计(&E)…"), self)
        self.export_action.triggered.connect(self.export_for_accountant)
        self.import_action = QAction(self.tr("导入客户(&I)…"), self)
        self.import_action.triggered.connect(lambda: self.import_clients())
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self._set_action_icons()

    def _set_action_icons(self) -> None:
        for attribute, name in ACTION_ICONS.items():
            action = getattr(self, attribute, None)
            if action is not None:
                action.setIcon(icon(name))

    # --- clients ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.clients_page)
        self.activateWindow()  # after a dialog closed, the window system may leave no window active
        self.clients_page.focus_search()

    def new_client(self) -> ClientDialog:
        return self._show_client_dialog(None)

    def open_client(self, client_id: int) -> ClientDialog:
        return self._show_client_dialog(client_id)

    def _show_client_dialog(self, client_id: int | None) -> ClientDialog:
        from ui.clients.form import ClientDialog

        if self.client_dialog is not None:
            self.client_dialog.close()
        dialog = ClientDialog(client_id, self)
        dialog.saved.connect(self._client_saved)
        dialog.open_client_requested.connect(
            lambda other_id: QTimer.singleShot(0, lambda: self.open_client(other_id))
        )
        dialog.open_visit_requested.connect(self.open_visit)
        dialog.packages_changed.connect(lambda changed_id: self.clients_page.refresh(changed_id))
        return open_child(self, "client_dialog", dialog)

    def _client_saved(self, client_id: int) -> None:
        self.clients_page.refresh(client_id)
        if not self.clients_page.select_client(client_id):
            # A new client hidden by the current search: clear it so the front desk sees her.
            self.clients_page.search_edit.clear()
            self.clients_page.apply_search()
            self.clients_page.select_client(client_id)
        self._if_built("therapists", lambda page: page.refresh())
        self._update_status()

    def assign_therapist(self, client_ids: list[int], preselect: int | None = None) -> AssignTherapistDialog | None:
        if not client_ids:
            return None
        from ui.clients.assign_dialog import AssignTherapistDialog

        dialog = AssignTherapistDialog(client_ids, self)
        if preselect is not None:
            dialog.select_therapist(preselect)
        dialog.accepted.connect(self._after_assignment)
        return open_child(self, "assign_dialog", dialog)

    def _after_assignment(self) -> None:
        self.clients_page.refresh()
        self._if_built("therapists", lambda page: page.refresh())

    # --- visits ---------------------------------------------------------------------------------
    def record_visit(self, client_id: int | None = None) -> VisitDialog | None:
        """记录到店 for the given client, or the one selected in the list."""
        client_id = client_id if client_id is not None else self.clients_page.current_id()
        if client_id is None:
            self.statusBar().showMessage(self.tr("请先在列表中选择一位客户。"), 4000)
            return None
        from ui.visits.dialog import VisitDialog

        return self._open_visit_dialog() or self._show_visit_dialog(VisitDialog(client_id=client_id, parent=self))

    def open_visit(self, visit_id: int) -> VisitDialog:
        """A saved visit, for a correction (with a reason) or a void."""
        from ui.visits.dialog import VisitDialog

        return self._open_visit_dialog() or self._show_visit_dialog(VisitDialog(visit_id=visit_id, parent=self))

    def _open_visit_dialog(self) -> VisitDialog | None:
        """One visit at a time at the counter: the one still open comes to the front, to finish or cancel."""
        current = self.visit_dialog
        if current is None or not current.isVisible():
            return None
        current.raise_()
        current.activateWindow()
        return current

    def _show_visit_dialog(self, dialog: VisitDialog) -> VisitDialog:
        dialog.saved.connect(lambda visit_id: self._visit_saved(dialog, visit_id))
        dialog.catalogue_requested.connect(self.show_catalogue)
        # Not modal: while a visit is half typed, Ctrl+F and Ctrl+N still work here, and the visit waits.
        return open_child(self, "visit_dialog", dialog, modal=False)

    def _visit_saved(self, dialog: VisitDialog, visit_id: int) -> None:
        # Sessions left changed: the card (and anything listing packages) must show it now.
        self.clients_page.refresh()
        self.clients_page.card.show_client(self.clients_page.current_id())
        if self.client_dialog is not None and self.client_dialog.client_id == dialog.client_id:
            self.client_dialog.refresh_history()
        # After the visit dialog has closed, so the receipt (or the search box) gets the keyboard.
        if dialog.show_receipt_check.isChecked() and dialog.saved_action != "void":
            QTimer.singleShot(0, lambda: self.show_receipt(visit_id))
        else:
            QTimer.singleShot(0, self.focus_search)

    def show_receipt(self, visit_id: int) -> ReceiptDialog:
        if self.receipt_dialog is not None and self.receipt_dialog.isVisible():
            self.receipt_dialog.close()
        from ui.visits.receipt import ReceiptDialog

        dialog = ReceiptDialog(visit_id, self)
        # Done with this client: the counter is ready for the next one.
        dialog.finished.connect(lambda _result: QTimer.singleShot(0, self.focus_search))
        return open_child(self, "receipt_dialog", dialog)

    # --- packages -----------------------------------------------------------------------------
    def sell_package(self, client_id: int | None = None) -> SellPackageDialog | None:
        """售卡 for the client selected in the list (the client file's 卡项 page has the same button)."""
        client_id = client_id if client_id is not None else self.clients_page.current_id()
        if client_id is None:
            self.statusBar().showMessage(self.tr("请先在列表中选择一位客户。"), 4000)
            return None
        from ui.packages.dialogs import SellPackageDialog

        dialog = SellPackageDialog(client_id, self)
        dialog.saved.connect(lambda _package_id: self.clients_page.refresh(client_id))
        return open_child(self, "sell_dialog", dialog)

    def open_visit_from_history(self, visit_id: int) -> None:
        """A row of 消费记录 opened: the visit dialog, and the list follows a correction or a void."""
        opener = getattr(self, "open_visit", None)  # the visit dialog may not be part of this build
        dialog = opener(visit_id) if opener is not None else None
        if dialog is not None and hasattr(dialog, "saved"):
            dialog.saved.connect(lambda _visit_id: self.history_page.refresh())

    # --- settings -------------------------------------------------------------------------------
    def open_settings(self) -> QWidget:
        from ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self)
        # The reminder windows and the review's ABC thresholds change what those tabs show.
        dialog.saved.connect(lambda _id: self._if_built("reminders", lambda page: page.refresh()))
        dialog.saved.connect(lambda _id: self._if_built("reports", lambda page: page.refresh()))
        if getattr(self, "idle_lock", None) is not None:  # this computer's lock minutes may have changed
            dialog.saved.connect(lambda _id: self.idle_lock.restart())
        return open_child(self, "settings_dialog", dialog)

    # --- demo data ----------------------------------------------------------------------------
    def offer_demo_data(self) -> None:
        """Ask whether to fill an empty database with demo data (never mixed into real data); an owner alone (the
        welcome's "start empty") does not count: the demo salon takes her as its owner."""
        if not database_is_empty() and lone_owner_id() is None:
            QMessageBox.information(
                self, self.tr("载入演示数据"),
                self.tr("数据库里已经有客户了。演示数据只能载入到空的数据库，以免和真实数据混在一起。"),
            )
            return
        answer = QMessageBox.question(
            self, self.tr("欢迎使用客情管家"),
            self.tr("数据库还是空的。要先载入一份演示数据（%1 位客户、美容师、项目和卡项，以及两年的到店记录），"
                    "看看软件怎么用吗？\n之后想用真实数据时，换一个新的数据库文件即可。")
            .replace("%1", str(DEMO_CLIENTS)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load_demo_data()

    def load_demo_data(self, clients: int = DEMO_CLIENTS) -> BackgroundTask:
        from ui.common.background import BackgroundTask

        database = self.database

        def job(progress):
            from salon.demo.generator import generate_demo  # its name pools load only when asked for

            return generate_demo(database, clients=clients, months=DEMO_MONTHS, seed=1, progress=progress)

        task = BackgroundTask(self, self.tr("载入演示数据"), self.tr("正在生成演示客户…"), job,
                              on_thread_end=database.close)
        task.finished.connect(self._demo_loaded)
        task.failed.connect(self._demo_failed)
        self.demo_task = task
        task.start()
        return task

    def _demo_loaded(self, _summary: object) -> None:
        self.clients_page.refresh()
        self._if_built("therapists", lambda page: page.refresh())
        self._update_status()
        self.focus_search()

    def _demo_failed(self, error: object) -> None:
        from salon.demo.generator import DemoCancelled

        if isinstance(error, DemoCancelled):
            return
        text = error_text(error) if isinstance(error, ValidationError) else str(error)
        QMessageBox.warning(self, self.tr("载入演示数据"), self.tr("演示数据没有载入：%1").replace("%1", text))

    # --- status -------------------------------------------------------------------------------
    def _update_status(self) -> None:
        from salon import access
        from salon.clients import choices

        actor = access.current_actor()
        text = (self.tr("当前：%1（%2）").replace("%1", actor.name).replace(
            "%2", QCoreApplication.translate("choices", choices.label(choices.ROLES, actor.role))) + "   ·   "
            if actor is not None else "")
        text += self.tr("%1 位客户").replace("%1", str(count_clients()))
        if self.backups is not None:
            last = self.backups.last()
            text += "   ·   " + (self.tr("上次备份 %1").replace("%1", datetime_text(last)) if last
                                 else self.tr("还没有备份"))
        self.status_label.setText(text)
        self.database_label.setVisible(self.db_path is not None)
        if self.db_path is not None:
            self.database_label.setText(self.tr("数据库：%1").replace("%1", self.db_path.name))
            self.database_label.setToolTip(str(self.db_path))
