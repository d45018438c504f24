"""The client list page: one search box, the list, and the card of the selected client."""
from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salon.clients.profiles import archive_client, count_clients, get_client, restore_client
from salon.words import listing
from ui.clients.card import ClientCard
from ui.clients.list_model import CLIENT_ID_ROLE, ClientTableModel
from ui.common.empty_state import EmptyState
from ui.common.icons import icon
from ui.common.lazy_table import EnterTableView
from ui.common.remember import remember_columns, remember_splitter
from ui.common.style import PRIMARY, set_role

SEARCH_DELAY_MS = 80  # coalesces fast typing into one query


class SearchLineEdit(QLineEdit):
    """Down arrow goes to the list, Enter opens the top hit, Esc clears."""

    arrow_down = Signal()
    enter = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.arrow_down.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class ClientListPage(QWidget):
    """Emits `open_client(id)` and `new_client()`; the main window shows the form."""

    open_client = Signal(int)
    new_client = Signal()
    demo_requested = Signal()
    import_requested = Signal()
    record_visit = Signal(int)
    assign_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClientTableModel(self)

        self.search_edit = SearchLineEdit()
        self.search_edit.setObjectName("clientSearch")
        self.search_edit.setPlaceholderText(self.tr("搜索：姓名、拼音首字母（如 zxm）、手机尾号、标签…  Ctrl+F"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.show_archived = QCheckBox(self.tr("显示已归档"))
        self.count_label = QLabel()
        self.count_label.setObjectName("clientCount")

        self.new_button = QPushButton(self.tr("新建客户"))
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.setIcon(icon("client-new"))
        self.open_button = QPushButton(self.tr("打开档案"))
        self.open_button.setIcon(icon("open"))
        self.visit_button = QPushButton(self.tr("记录到店"))
        self.visit_button.setObjectName("recordVisitButton")
        self.visit_button.setToolTip("Ctrl+R")
        set_role(self.visit_button, PRIMARY)  # the counter's everyday action
        self.assign_button = QPushButton(self.tr("分配美容师…"))
        self.archive_button = QPushButton(self.tr("归档"))
        self.archive_button.setObjectName("archiveButton")
        self.privacy_button = QToolButton()
        self.privacy_button.setText(self.tr("个人信息"))
        self.privacy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        privacy_menu = QMenu(self.privacy_button)
        self.export_data_action = privacy_menu.addAction(self.tr("导出她的全部资料…"))
        self.export_data_action.triggered.connect(lambda: self.export_client_data())
        self.forget_action = privacy_menu.addAction(self.tr("彻底删除她的个人信息…"))
        self.forget_action.triggered.connect(lambda: self.forget_client())
        self.privacy_button.setMenu(privacy_menu)

        self.table = EnterTableView()
        self.table.setObjectName("clientTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 120, 130, 80, 100)):
            self.table.setColumnWidth(column, width)
        remember_columns(self.table)

        self.card = ClientCard()

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.show_archived)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.visit_button, self.assign_button, self.archive_button,
                       self.privacy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        # An empty salon says what to do next instead of showing an empty table.
        self.empty_state = QLabel(self.tr(
            "<p style='font-size:13pt'>还没有客户。</p>"
            "<p>按 <b>Ctrl+N</b> 新建，或从 <b>文件 ▸ 导入客户</b> 导入表格；想先看看软件怎么用，可以载入一份"
            "演示数据（演示数据只能载入到空的数据库）。</p>"))
        self.empty_state.setObjectName("emptyState")
        self.empty_state.setWordWrap(True)
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_new_button = QPushButton(self.tr("新建客户"))
        self.empty_new_button.setObjectName("emptyNewClient")
        set_role(self.empty_new_button, PRIMARY)
        self.empty_import_button = QPushButton(self.tr("导入客户…"))
        self.empty_import_button.setObjectName("emptyImport")
        self.empty_import_button.setIcon(icon("import"))
        self.empty_demo_button = QPushButton(self.tr("载入演示数据…"))
        self.empty_demo_button.setObjectName("emptyLoadDemo")
        self.empty_demo_button.setIcon(icon("demo"))
        empty_buttons = QHBoxLayout()
        empty_buttons.addStretch(1)
        empty_buttons.addWidget(self.empty_new_button)
        empty_buttons.addWidget(self.empty_import_button)
        empty_buttons.addWidget(self.empty_demo_button)
        empty_buttons.addStretch(1)
        self.empty_panel = QWidget()
        self.empty_panel.setObjectName("emptyPanel")
        empty_layout = QVBoxLayout(self.empty_panel)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_state)
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch(2)
        self.empty_panel.hide()
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_panel, 1)
        left_layout.addLayout(buttons)
        splitter = self.splitter = QSplitter()
        splitter.setObjectName("clientsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.card)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        remember_splitter(splitter, "clients")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.arrow_down.connect(self._focus_table)
        self.search_edit.enter.connect(self._open_from_search)
        self.show_archived.toggled.connect(self._toggle_archived)
        self.table.enter.connect(self._open_current)
        self.table.doubleClicked.connect(lambda _index: self._open_current())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.completed.connect(self._show_count)
        self.new_button.clicked.connect(self.new_client)
        self.empty_new_button.clicked.connect(self.new_client)
        self.empty_demo_button.clicked.connect(self.demo_requested)
        self.empty_import_button.clicked.connect(self.import_requested)
        # Clients there, but none listed: what the search or the archive hides, and what to try instead.
        self.no_match = EmptyState(self.table, self._no_match_text)
        self.open_button.clicked.connect(self._open_current)
        self.visit_button.clicked.connect(self._record_visit_for_current)
        self.assign_button.clicked.connect(lambda: self.assign_requested.emit(self.selected_ids()))
        self.archive_button.clicked.connect(self._archive_or_restore)
        self.model.refresh()

    # --- public -------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search_text(self.search_edit.text())

    def refresh(self, keep_client_id: int | None = None) -> None:
        keep = keep_client_id if keep_client_id is not None else self.current_id()
        self.model.refresh()
        if keep is not None:
            self.select_client(keep)

    def select_client(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        if row < 0 and not self.model.complete:
            self.model.ensure_complete()  # she may be further down than the first page
            row = self.model.row_of(client_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(CLIENT_ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.client_id(row) for row in rows]

    # --- internals ----------------------------------------------------------------------------
    def _no_match_text(self) -> str:
        text = self.search_edit.text().strip()
        if text:
            return self.tr("没有找到“%1”。<br>试试拼音首字母（如 zxm）、手机尾号或标签；"
                           "是新客户就按 <b>Ctrl+N</b> 新建。").replace("%1", html.escape(text))
        if not self.show_archived.isChecked():
            return self.tr("没有在用的客户。<br>勾选“显示已归档”可以看到已归档的客户，按 <b>Ctrl+N</b> 新建客户。")
        return ""

    def _toggle_archived(self, checked: bool) -> None:
        self.model.set_include_archived(checked)

    def _after_reset(self) -> None:
        self._show_count()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))  # selects it: the card follows from that signal
        else:
            self._selection_changed()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        # No client at all (not just none matching): the empty salon's panel in place of the table.
        empty_salon = count == 0 and not self.search_edit.text().strip() and count_clients(include_archived=True) == 0
        self.empty_panel.setVisible(empty_salon)
        self.table.setVisible(not empty_salon)
        if self.model.complete:
            self.count_label.setText(self.tr("%n 位客户", "", count))
        else:
            self.count_label.setText(self.tr("%1 位以上客户…").replace("%1", f"{count:,}"))

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _open_from_search(self) -> None:
        self.apply_search()
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0))
            self._open_current()

    def _open_current(self) -> None:
        client_id = self.current_id()
        if client_id is not None:
            self.open_client.emit(client_id)

    def _record_visit_for_current(self) -> None:
        client_id = self.current_id()
        if client_id is not None:
            self.record_visit.emit(client_id)

    def _selection_changed(self, *_args) -> None:
        client_id = self.current_id()
        has_selection = client_id is not None
        for button in (self.open_button, self.visit_button, self.assign_button, self.archive_button,
                       self.privacy_button):
            button.setEnabled(has_selection)
        self.card.show_client(client_id)
        if has_selection:
            archived = self.model.is_archived(self.table.currentIndex().row())
            self.archive_button.setText(self.tr("恢复") if archived else self.tr("归档"))

    def export_client_data(self, path: str | None = None):
        from ui.clients.privacy_actions import export_client_data

        client_id = self.current_id()
        return export_client_data(self, client_id, path) if client_id is not None else None

    def forget_client(self) -> bool | None:
        from ui.clients.privacy_actions import forget_client_after_confirming

        client_id = self.current_id()
        if client_id is None:
            return None
        kept = forget_client_after_confirming(self, client_id)
        if kept is not None:
            self.refresh()
        return kept

    def _archive_or_restore(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        clients = [get_client(i) for i in ids]
        if all(c.archived_at is not None for c in clients):
            for client in clients:
                restore_client(client.id)
            self.refresh(ids[0])
            return
        names = listing(c.name for c in clients[:5]) + ("…" if len(clients) > 5 else "")
        answer = QMessageBox.question(
            self, self.tr("归档客户"),
            self.tr("归档后，%1 不再出现在日常列表中，历史记录都保留，可随时恢复。确定归档吗？").replace("%1", names),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for client in clients:
            archive_client(client.id)
        self.refresh()
        self.table.setFocus()
