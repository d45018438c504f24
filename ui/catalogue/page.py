"""The 项目与卡项 tab: services, retail products and package plans, each a list with add/edit dialogs.

Nothing is ever deleted here: an item the salon stops offering is deactivated and stays in history
(and in the lists when 显示停用 is ticked).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salon.catalogue import set_item_active
from ui.catalogue.dialogs import ProductDialog, ServiceDialog
from ui.catalogue.models import CatalogueModel, PlanTableModel, ProductTableModel, ServiceTableModel
from ui.catalogue.plan_dialog import PlanDialog
from ui.common.child_dialogs import open_child
from ui.common.empty_state import EmptyState
from ui.common.record_model import RECORD_ID_ROLE, fit_columns, make_table, select_record


class CatalogueListPane(QWidget):
    """One catalogue list with its buttons; `make_dialog(id or None, parent)` builds the add/edit dialog."""

    changed = Signal()

    def __init__(self, kind: str, model: CatalogueModel, make_dialog: Callable[[int | None, QWidget], QDialog],
                 add_text: str, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.model = model
        self._make_dialog = make_dialog
        self.dialog: QDialog | None = None
        self.table = make_table(model, f"{kind}Table", sortable=True)
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(f"{kind}AddButton")
        self.add_button.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.add_button.setToolTip(self.tr("Insert 键"))
        self.edit_button = QPushButton(self.tr("编辑(&E)…"))
        self.edit_button.setObjectName(f"{kind}EditButton")
        self.active_button = QPushButton(self.tr("停用(&D)"))
        self.active_button.setObjectName(f"{kind}ActiveButton")
        self.show_inactive = QCheckBox(self.tr("显示停用"))
        self.show_inactive.setObjectName(f"{kind}ShowInactive")
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{kind}Count")
        self.empty_state = EmptyState(self.table, lambda: self._empty_text(empty_text))

        top = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.show_inactive)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self.edit_current)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.enter.connect(self.edit_current)
        self.show_inactive.toggled.connect(self._toggle_inactive)
        self.show_inactive.toggled.connect(self.empty_state.update_state)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._after_reset)
        fit_columns(self.table)

    # --- public -------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(RECORD_ID_ROLE) if index.isValid() else None

    def select(self, item_id: int) -> bool:
        return select_record(self.table, item_id)

    def open_dialog(self, item_id: int | None) -> QDialog:
        dialog = self._make_dialog(item_id, self)
        dialog.saved.connect(self._saved)
        return open_child(self, "dialog", dialog)

    def edit_current(self) -> None:
        item_id = self.current_id()
        if item_id is not None:
            self.open_dialog(item_id)

    def toggle_active(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        row = self.table.currentIndex().row()
        set_item_active(self.kind, item_id, not self.model.record(row).active)
        self.model.refresh()
        if not self.select(item_id) and self.model.rowCount():
            # Deactivated and now hidden: stay where the user was in the list.
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        self.changed.emit()

    # --- internals ----------------------------------------------------------------------------
    def _empty_text(self, first_text: str) -> str:
        if self.show_inactive.isChecked():
            return first_text
        return first_text + self.tr("<br>停用的不在列表里：勾选“显示停用”可以看到。")

    def _saved(self, item_id: int) -> None:
        self.model.refresh()
        self.select(item_id)
        fit_columns(self.table)
        self.changed.emit()

    def _toggle_inactive(self, checked: bool) -> None:
        keep = self.current_id()
        self.model.set_include_inactive(checked)
        if keep is not None:
            self.select(keep)

    def _after_reset(self) -> None:
        self.count_label.setText(self.tr("共 %1 项").replace("%1", str(self.model.rowCount())))
        fit_columns(self.table, grow_only=True)  # the rows read after the pane was built (每次 25.00 元 whole)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        index = self.table.currentIndex()
        has_row = index.isValid()
        self.edit_button.setEnabled(has_row)
        self.active_button.setEnabled(has_row)
        if has_row:
            active = self.model.record(index.row()).active
            self.active_button.setText(self.tr("停用(&D)") if active else self.tr("启用(&D)"))


class CataloguePage(QWidget):
    """Three sub-lists: 服务项目 · 零售产品 · 卡项."""

    catalogue_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = CatalogueListPane(
            "service", ServiceTableModel(self), ServiceDialog, self.tr("新增项目(&A)…"),
            self.tr("还没有服务项目。<br>点“新增项目”添加店里做的护理和价格，开单时就能直接选。"))
        self.products = CatalogueListPane(
            "product", ProductTableModel(self), ProductDialog, self.tr("新增产品(&A)…"),
            self.tr("还没有零售产品。<br>点“新增产品”添加店里卖的产品，开单时可以和项目一起结账。"))
        self.plans = CatalogueListPane(
            "plan", PlanTableModel(self), PlanDialog, self.tr("新增卡项(&A)…"),
            self.tr("还没有卡项。<br>点“新增卡项”设置次卡、年卡/月卡或储值卡，之后就能给客户售卡。"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("catalogueTabs")
        self.tabs.addTab(self.services, self.tr("服务项目"))
        self.tabs.addTab(self.products, self.tr("零售产品"))
        self.tabs.addTab(self.plans, self.tr("卡项（次卡/年卡/储值卡）"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for pane in (self.services, self.products, self.plans):
            pane.changed.connect(self.catalogue_changed)
        # A plan lists service names: renaming or adding a service must show there too.
        self.services.changed.connect(self.plans.model.refresh)
        self.refresh()

    def refresh(self) -> None:
        for pane in (self.services, self.products, self.plans):
            keep = pane.current_id()
            pane.model.refresh()
            if keep is not None:
                pane.select(keep)
