"""Choosing the assigned therapist (专属美容师) for one or several clients."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from salon.clients.profiles import assign_therapist
from salon.errors import ValidationError
from salon.staff import list_staff
from ui.common.messages import error_text


class AssignTherapistDialog(QDialog):
    """Reassigns the given clients; previous assignments stay in each client's history."""

    def __init__(self, client_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_ids = list(client_ids)
        self.setWindowTitle(self.tr("分配专属美容师"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("为选中的 %n 位客户指定专属美容师：", "", len(self.client_ids))))
        form = QFormLayout()
        self.therapist_combo = QComboBox()
        self.therapist_combo.setObjectName("therapistCombo")
        self.therapist_combo.addItem(self.tr("（未分配）"), None)
        for staff in list_staff(active_only=True, therapists_only=True, with_client_counts=True):
            self.therapist_combo.addItem(f"{staff.name}（{staff.client_count}）", staff.id)
        form.addRow(self.tr("美容师"), self.therapist_combo)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color:#b00")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.changed_count = 0

    def select_therapist(self, staff_id: int | None) -> None:
        self.therapist_combo.setCurrentIndex(max(0, self.therapist_combo.findData(staff_id)))

    def accept(self) -> None:
        try:
            self.changed_count = assign_therapist(self.client_ids, self.therapist_combo.currentData())
        except ValidationError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        super().accept()
