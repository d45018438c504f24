"""SkinConcernsEdit: the skin concerns of salon.choices as check boxes, each with its current state,
plus concerns the list does not name ("其他问题"), kept as the user typed them."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from salon.clients import choices
from ui.common.messages import choice_label


class SkinConcernsEdit(QWidget):
    """`value()` is salon's list of (concern, current state); stored order is kept on edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored_order: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.checks: dict[str, QCheckBox] = {}
        self.states: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        for index, (key, label) in enumerate(choices.SKIN_CONCERNS.items()):
            check = QCheckBox(choice_label(label), self)
            check.setObjectName(f"concern_{key}")
            state = QLineEdit(self)
            state.setObjectName(f"concernState_{key}")
            state.setPlaceholderText(self.tr("现状，如：改善中"))
            state.setEnabled(False)
            check.toggled.connect(state.setEnabled)
            check.toggled.connect(self.changed)
            state.textChanged.connect(self.changed)
            row, pair = divmod(index, 2)
            grid.addWidget(check, row, pair * 2)
            grid.addWidget(state, row, pair * 2 + 1)
            self.checks[key] = check
            self.states[key] = state
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        other_row = (len(choices.SKIN_CONCERNS) + 1) // 2
        other_label = QLabel(self.tr("其他问题"), self)
        grid.addWidget(other_label, other_row, 0, Qt.AlignmentFlag.AlignTop)
        self._other_rows_layout = QVBoxLayout()
        self._other_rows_layout.setSpacing(4)
        self.other_rows: list[tuple[QWidget, QLineEdit, QLineEdit]] = []
        self.add_other_button = QPushButton(self.tr("再加一项"), self)
        self.add_other_button.setObjectName("addOtherConcernButton")
        self.add_other_button.setAutoDefault(False)
        self.add_other_button.clicked.connect(lambda: self.add_other("", "", focus=True))
        other_box = QVBoxLayout()
        other_box.addLayout(self._other_rows_layout)
        other_box.addWidget(self.add_other_button, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addLayout(other_box, other_row, 1, 1, 3)
        self.add_other("", "")
        other_label.setBuddy(self.other_rows[0][1])

    def add_other(self, concern: str, state: str, *, focus: bool = False) -> None:
        row = QWidget(self)
        row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        concern_edit = QLineEdit(concern, row)
        concern_edit.setObjectName("otherConcernEdit")
        concern_edit.setPlaceholderText(self.tr("问题，如：脂肪粒"))
        state_edit = QLineEdit(state, row)
        state_edit.setObjectName("otherConcernStateEdit")
        state_edit.setPlaceholderText(self.tr("现状"))
        layout.addWidget(concern_edit, 1)
        layout.addWidget(state_edit, 1)
        concern_edit.textChanged.connect(self.changed)
        state_edit.textChanged.connect(self.changed)
        self._other_rows_layout.addWidget(row)
        self.other_rows.append((row, concern_edit, state_edit))
        if focus:
            concern_edit.setFocus()

    def value(self) -> list[tuple[str, str]]:
        items = [(key, self.states[key].text()) for key, check in self.checks.items() if check.isChecked()]
        items += [(concern.text().strip(), state.text())
                  for _, concern, state in self.other_rows if concern.text().strip()]
        order = {concern: index for index, concern in enumerate(self._stored_order)}
        return sorted(items, key=lambda item: order.get(item[0], len(order)))

    def set_value(self, concerns: list[tuple[str, str]]) -> None:
        self._stored_order = [concern for concern, _ in concerns]
        stored = dict(concerns)
        for key, check in self.checks.items():
            check.setChecked(key in stored)
            self.states[key].setText(stored.get(key, ""))
        for row, _, _ in self.other_rows:
            self._other_rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.other_rows = []
        for concern, state in concerns:
            if concern not in self.checks:
                self.add_other(concern, state)
        self.add_other("", "")  # always room for one more
