"""停用员工: before a therapist is deactivated, the owner decides who looks after her clients now."""
from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QComboBox, QLabel, QRadioButton, QWidget

from salon.clients.profiles import UNASSIGNED_TAG
from salon.errors import ValidationError
from salon.staff import active_client_count, deactivate_staff, get_staff, list_staff
from ui.common.forms import FormDialog


class LeaveDialog(FormDialog):
    """Hand her clients over to another therapist (chosen, never preselected) or leave them unassigned and
    tagged, then deactivate her — one step, so no client is left with a therapist who is gone."""

    def __init__(self, staff_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leaveDialog")
        self.staff_id = staff_id
        staff = get_staff(staff_id)
        self.client_count = active_client_count(staff_id)
        self.setWindowTitle(self.tr("停用 %1").replace("%1", staff.name))
        intro = QLabel(self.tr("%1 有 %2 位专属客户。停用前，她们交给谁照顾？").replace("%1", staff.name)
                       .replace("%2", str(self.client_count)))
        intro.setWordWrap(True)
        self.hand_over = QRadioButton(self.tr("交给"))
        self.hand_over.setObjectName("handOverRadio")
        self.therapist_combo = QComboBox()
        self.therapist_combo.setObjectName("handOverCombo")
        self.therapist_combo.setPlaceholderText(self.tr("请选择美容师"))
        for member in list_staff(active_only=True, therapists_only=True, with_client_counts=True):
            if member.id != staff_id:
                self.therapist_combo.addItem(
                    self.tr("%1（已有 %2 位）").replace("%1", member.name).replace("%2", str(member.client_count)),
                    member.id)
        self.therapist_combo.setCurrentIndex(-1)
        self.leave_unassigned = QRadioButton(self.tr("暂不分配，标记为“%1”（在客户列表里搜这个标签就能找到）")
                                             .replace("%1", UNASSIGNED_TAG))
        self.leave_unassigned.setObjectName("leaveUnassignedRadio")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.hand_over)
        self.choice.addButton(self.leave_unassigned)
        self.form.addRow(intro)
        self.form.addRow(self.hand_over, self.therapist_combo)
        self.form.addRow(self.leave_unassigned)
        self.save_button.setText(self.tr("停用"))
        self.fields["therapist"] = self.therapist_combo
        self.therapist_combo.currentIndexChanged.connect(lambda _index: self.hand_over.setChecked(True))
        self.choice.buttonToggled.connect(lambda *_: self._update())
        self._update()

    def _update(self) -> None:
        chosen = self.leave_unassigned.isChecked() or (self.hand_over.isChecked()
                                                       and self.therapist_combo.currentIndex() >= 0)
        self.save_button.setEnabled(chosen)

    def _save(self) -> int:
        if not self.leave_unassigned.isChecked() and self.therapist_combo.currentIndex() < 0:
            raise ValidationError("therapist_required", self.tr("请选择接手的美容师。"), field="therapist")
        target = self.therapist_combo.currentData() if self.hand_over.isChecked() else None
        self.moved = deactivate_staff(self.staff_id, target)
        return self.staff_id
