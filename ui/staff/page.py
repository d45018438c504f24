"""The staff tab: therapists and other staff, and each therapist's clients (F3)."""
from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salon.clients import choices
from salon.errors import ValidationError
from salon.staff import NAME_LIMIT as STAFF_NAME_LIMIT
from salon.staff import StaffInput, active_client_count, format_percent, get_staff, list_staff, save_staff, set_active
from salon.store.models import Staff
from ui.clients.list_model import CLIENT_ID_ROLE, ClientTableModel
from ui.common.child_dialogs import open_child
from ui.common.empty_state import EmptyState
from ui.common.forms import fit_to_layout
from ui.common.icons import icon
from ui.common.messages import choice_label, error_text
from ui.common.record_model import fit_columns
from ui.common.remember import remember_columns, remember_splitter
from ui.common.style import set_role


class StaffTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._staff: list[Staff] = []
        self._headers = (self.tr("姓名"), self.tr("岗位"), self.tr("电话"), self.tr("擅长"), self.tr("提成"),
                         self.tr("状态"), self.tr("客户数"))

    def refresh(self) -> None:
        self.beginResetModel()
        self._staff = list_staff(with_client_counts=True)
        self.endResetModel()

    def staff_at(self, row: int) -> Staff:
        return self._staff[row]

    def row_of(self, staff_id: int) -> int:
        return next((row for row, s in enumerate(self._staff) if s.id == staff_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._staff)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        staff = self._staff[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and not staff.active:
            return Qt.GlobalColor.gray
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            staff.name,
            choice_label(choices.label(choices.ROLES, staff.role)),
            staff.phone,
            staff.specialties,
            format_percent(staff.commission_rate_bp),
            self.tr("在职") if staff.active else self.tr("已停用"),
            str(staff.client_count),
        )[index.column()]


class StaffDialog(QDialog):
    saved = Signal(int)

    def __init__(self, staff_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff_id = staff_id
        self.setWindowTitle(self.tr("新增员工") if staff_id is None else self.tr("编辑员工"))
        self.setMinimumWidth(420)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(STAFF_NAME_LIMIT)
        self.name_edit.setObjectName("staffName")
        self.role_combo = QComboBox()
        for key, label in choices.ROLES.items():
            self.role_combo.addItem(choice_label(label), key)
        self.phone_edit = QLineEdit()
        self.specialties_edit = QLineEdit()
        self.specialties_edit.setPlaceholderText(self.tr("如：面部护理、身体SPA、祛痘"))
        self.commission_edit = QLineEdit()
        self.commission_edit.setObjectName("staffCommission")
        self.commission_edit.setPlaceholderText(self.tr("如 10%"))
        self.active_check = QCheckBox(self.tr("在职（可分配新客户）"))
        self.active_check.setChecked(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(60)
        self.error_label = QLabel()
        self.error_label.setObjectName("staffError")
        set_role(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("姓名 *"), self.name_edit)
        form.addRow(self.tr("岗位"), self.role_combo)
        form.addRow(self.tr("电话"), self.phone_edit)
        form.addRow(self.tr("擅长项目"), self.specialties_edit)
        form.addRow(self.tr("提成比例（%）"), self.commission_edit)
        form.addRow("", self.active_check)
        form.addRow(self.tr("备注"), self.notes_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if staff_id is not None:
            self._load(get_staff(staff_id))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        fit_to_layout(self)  # a translated check box wider than the minimum width set above
        super().showEvent(event)

    def _load(self, staff: Staff) -> None:
        self.name_edit.setText(staff.name)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(staff.role)))
        self.phone_edit.setText(staff.phone)
        self.specialties_edit.setText(staff.specialties)
        self.commission_edit.setText(format_percent(staff.commission_rate_bp))
        self.active_check.setChecked(staff.active)
        self.notes_edit.setPlainText(staff.notes)

    def accept(self) -> None:
        data = StaffInput(
            name=self.name_edit.text(), role=self.role_combo.currentData(), phone=self.phone_edit.text(),
            specialties=self.specialties_edit.text(), active=self.active_check.isChecked(),
            commission_rate=self.commission_edit.text(), notes=self.notes_edit.toPlainText(),
        )
        try:
            staff = save_staff(data, self.staff_id)
        except ValidationError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        self.staff_id = staff.id
        self.saved.emit(staff.id)
        super().accept()


class TherapistsPage(QWidget):
    """Staff list on the left; the selected therapist's clients on the right, to open or reassign."""

    open_client = Signal(int)
    assign_requested = Signal(list, object)  # client ids, the therapist to preselect
    staff_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff_dialog: StaffDialog | None = None
        self.leave_dialog: QDialog | None = None
        self.staff_model = StaffTableModel(self)
        self.staff_table = QTableView()
        self.staff_table.setObjectName("staffTable")
        self.staff_table.setModel(self.staff_model)
        self.staff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staff_table.verticalHeader().hide()
        self.staff_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.staff_table.horizontalHeader().setStretchLastSection(True)

        self.add_button = QPushButton(self.tr("新增员工"))
        self.add_button.setIcon(icon("client-new"))
        self.edit_button = QPushButton(self.tr("编辑"))
        self.active_button = QPushButton(self.tr("停用"))
        self.active_button.setObjectName("staffActiveButton")
        self.pin_button = QPushButton(self.tr("设置密码…"))
        self.pin_button.setObjectName("staffPinButton")
        self.pin_button.clicked.connect(self.set_pin)

        self.clients_model = ClientTableModel(self, therapist_id=-1)
        self.clients_title = QLabel()
        self.clients_title.setObjectName("therapistClientsTitle")
        self.clients_table = QTableView()
        self.clients_table.setObjectName("therapistClients")
        self.clients_table.setModel(self.clients_model)
        self.clients_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clients_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.clients_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clients_table.setSortingEnabled(True)
        self.clients_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.clients_table.verticalHeader().hide()
        self.clients_table.horizontalHeader().setStretchLastSection(True)
        # Every client listed is the selected therapist's: her column would only repeat her name.
        self.clients_table.setColumnHidden(ClientTableModel.COLUMNS.index("therapist"), True)
        remember_columns(self.staff_table)
        remember_columns(self.clients_table)
        self.staff_empty = EmptyState(self.staff_table, self.tr(
            "还没有员工。<br>点“新增员工”添加美容师、前台和店长，之后就能给客户指定专属美容师。"))
        self.clients_empty = EmptyState(self.clients_table, self._clients_empty_text)
        self.reassign_button = QPushButton(self.tr("改派给其他美容师…"))
        self.reassign_button.setObjectName("reassignButton")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.staff_table, 1)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button, self.pin_button):
            row.addWidget(button)
        row.addStretch(1)
        left_layout.addLayout(row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.clients_title)
        right_layout.addWidget(self.clients_table, 1)
        right_row = QHBoxLayout()
        right_row.addWidget(self.reassign_button)
        right_row.addStretch(1)
        right_layout.addLayout(right_row)
        splitter = self.splitter = QSplitter()
        splitter.setObjectName("staffSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        remember_splitter(splitter, "staff")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.add_button.clicked.connect(lambda: self.edit_staff(None))
        self.edit_button.clicked.connect(lambda: self.edit_staff(self.current_staff_id()))
        self.staff_table.doubleClicked.connect(lambda _i: self.edit_staff(self.current_staff_id()))
        self.active_button.clicked.connect(self._toggle_active)
        self.staff_table.selectionModel().currentRowChanged.connect(lambda *_: self._staff_selected())
        self.clients_table.doubleClicked.connect(
            lambda index: self.open_client.emit(index.data(CLIENT_ID_ROLE))
        )
        self.reassign_button.clicked.connect(self._reassign)
        self.refresh()

    def set_pin(self) -> None:
        """The owner gives the selected staff member her PIN (what she types to sign in)."""
        from ui.access import SetPinDialog

        staff_id = self.current_staff_id()
        if staff_id is not None:
            SetPinDialog(staff_id, self).exec()

    def current_staff_id(self) -> int | None:
        index = self.staff_table.currentIndex()
        return self.staff_model.staff_at(index.row()).id if index.isValid() else None

    def select_staff(self, staff_id: int) -> None:
        row = self.staff_model.row_of(staff_id)
        if row >= 0:
            self.staff_table.selectRow(row)

    def refresh(self) -> None:
        keep = self.current_staff_id()
        self.staff_model.refresh()
        fit_columns(self.staff_table)
        if keep is not None:
            self.select_staff(keep)
        self._staff_selected()

    def edit_staff(self, staff_id: int | None) -> StaffDialog:
        dialog = StaffDialog(staff_id, self)
        dialog.saved.connect(self._after_staff_saved)
        return open_child(self, "staff_dialog", dialog)

    def selected_client_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.clients_table.selectionModel().selectedRows()})
        return [self.clients_model.client_id(r) for r in rows]

    def _after_staff_saved(self, staff_id: int) -> None:
        self.staff_model.refresh()
        fit_columns(self.staff_table)
        self.select_staff(staff_id)
        self._staff_selected()
        self.staff_changed.emit()

    def _toggle_active(self) -> None:
        staff_id = self.current_staff_id()
        if staff_id is None:
            return
        staff = get_staff(staff_id)
        if staff.active and active_client_count(staff_id):
            # Her clients need someone first: the owner chooses who, then she is deactivated.
            from ui.staff.leave_dialog import LeaveDialog

            dialog = LeaveDialog(staff_id, self)
            dialog.saved.connect(self._after_staff_saved)
            open_child(self, "leave_dialog", dialog)
            return
        try:
            set_active(staff_id, not staff.active)
        except ValidationError as error:  # back to work while someone active has her name
            QMessageBox.information(self, self.tr("启用"), error_text(error))
            return
        self._after_staff_saved(staff_id)

    def _staff_selected(self) -> None:
        staff_id = self.current_staff_id()
        for button in (self.edit_button, self.active_button):
            button.setEnabled(staff_id is not None)
        self.clients_model.set_therapist(staff_id if staff_id is not None else -1)
        fit_columns(self.clients_table)
        if staff_id is None:
            self.clients_title.setText(self.tr("选择左侧的美容师，查看她的专属客户。"))
            self.reassign_button.setEnabled(False)
            return
        staff = get_staff(staff_id)
        self.active_button.setText(self.tr("停用") if staff.active else self.tr("启用"))
        self.clients_title.setText(
            self.tr("%1 的专属客户（%2 位）").replace("%1", staff.name)
            .replace("%2", str(self.clients_model.rowCount()))
        )
        self.reassign_button.setEnabled(self.clients_model.rowCount() > 0)

    def _clients_empty_text(self) -> str:
        staff_id = self.current_staff_id()
        if staff_id is None:
            return ""  # the title above says to choose a therapist
        return self.tr("%1 还没有专属客户。<br>在“客户”页选中客户，点“分配美容师…”。").replace(
            "%1", html.escape(get_staff(staff_id).name))

    def _reassign(self) -> None:
        ids = self.selected_client_ids()
        if ids:
            self.assign_requested.emit(ids, None)
