"""Small editors for the client file's fixed choices (salon.choices), stored by key.

`ChoiceCombo` picks one key of a table (or none); a value that is not a key is kept as an extra
item, so a form never loses what was stored. `ChoiceWithOther` adds "其他…", which reveals a line
edit for a value typed by the user (an "other" the domain stores as written).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSizePolicy, QWidget

from salon.clients import choices
from ui.common.messages import choice_label

_OTHER = "\x00other"  # item data of "其他…"; never a stored value


class ChoiceCombo(QComboBox):
    """A combo over a choice table; `value()` is the stored key, '' for the empty item.

    `empty_text=None` leaves the empty item out (a choice is required).
    """

    def __init__(self, table: dict[str, str], empty_text: str | None = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = table
        if empty_text is not None:
            self.addItem(empty_text, "")
        for key, label in table.items():
            self.addItem(choice_label(label), key)

    def value(self) -> str:
        data = self.currentData()
        return data if isinstance(data, str) and data != _OTHER else ""

    def set_value(self, value: str) -> None:
        value = value or ""
        index = self.findData(value)
        if index < 0 and not value:
            index = 0
        elif index < 0:  # a stored value the table does not know: keep it, shown as is
            index = self.count()
            self.addItem(choices.label(self._table, value), value)
        self.setCurrentIndex(index)


class ChoiceWithOther(QWidget):
    """A choice combo with "其他…"; choosing it shows a line edit for the user's own value."""

    changed = Signal()

    def __init__(self, table: dict[str, str], empty_text: str = "", other_placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self.combo = ChoiceCombo(table, empty_text, self)
        self.combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.combo.addItem(self.tr("其他…"), _OTHER)
        self.other_edit = QLineEdit(self)
        self.other_edit.setPlaceholderText(other_placeholder or self.tr("请填写"))
        self.other_edit.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.other_edit, 1)
        layout.addStretch(0)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self._on_index_changed)
        self.other_edit.textChanged.connect(self.changed)

    def is_other(self) -> bool:
        return self.combo.currentData() == _OTHER

    def _on_index_changed(self) -> None:
        other = self.is_other()
        self.other_edit.setVisible(other)
        if other and self.combo.hasFocus():
            self.other_edit.setFocus()
        self.changed.emit()

    def value(self) -> str:
        if self.is_other():
            return choices.key_for(self._table, self.other_edit.text())
        return self.combo.value()

    def set_value(self, value: str) -> None:
        value = (value or "").strip()
        if value == "" or value in self._table:
            self.other_edit.clear()
            self.combo.setCurrentIndex(self.combo.findData(value))
        else:
            self.other_edit.setText(value)
            self.combo.setCurrentIndex(self.combo.findData(_OTHER))
        self.other_edit.setVisible(self.is_other())
