"""Choosing the assigned therapist (专属美容师) for one or several clients."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from salon.clients.profiles import assign_therapist
from salon.errors import ValidationError
from salon.staff import list_staff
from salon.words import with_note
from ui.common.messages import error_text
from ui.common.style import set_role

UNASSIGN = -1  # the combo's "no therapist" entry (None would read as "nothing chosen")


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
        # Nothing chosen until the front desk chooses: a careless Enter must not leave clients without anyone.
        self.therapist_combo.setPlaceholderText(self.tr("请选择美容师"))
        for staff in list_staff(active_only=True, therapists_only=True, with_client_counts=True):
            self.therapist_combo.addItem(with_note(staff.name, str(staff.client_count)), staff.id)
        self.therapist_combo.addItem(self.tr("（不分配美容师）"), UNASSIGN)
        self.therapist_combo.setCurrentIndex(-1)
        form.addRow(self.tr("美容师"), self.therapist_combo)
        layout.addLayout(form)
        self.error_label = QLabel()
        set_role(self.error_label, "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.therapist_combo.currentIndexChanged.connect(lambda index: self.ok_button.setEnabled(index >= 0))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.changed_count = 0

    def select_therapist(self, staff_id: int | None) -> None:
        self.therapist_combo.setCurrentIndex(self.therapist_combo.findData(UNASSIGN if staff_id is None else staff_id))

    def accept(self) -> None:
        if self.therapist_combo.currentIndex() < 0:
            self.error_label.setText(self.tr("请选择美容师。"))
            self.error_label.show()
            return
        choice = self.therapist_combo.currentData()
        try:
            self.changed_count = assign_therapist(self.client_ids, None if choice == UNASSIGN else choice)
        except ValidationError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        super().accept()
