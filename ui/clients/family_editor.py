"""Editable tables of a client's family members and of the personal events the salon noted.

Each row is a set of editors (combo, line edit, BirthdayEdit or date edit) with a 删除 button;
rows keep the order they were typed in, and the row index is the one salon's errors name
(`family[i]`, `events[i]`).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salon.clients import choices
from salon.clients.profiles import EventInput, FamilyInput
from ui.clients.birthday_edit import BirthdayEdit
from ui.clients.choice_edit import ChoiceCombo

translate = QCoreApplication.translate  # a base class: lupdate files its texts under its own name


class _RowTable(QWidget):
    """A table whose rows are editor widgets, with 添加 below and 删除 at the end of each row."""

    changed = Signal()

    def __init__(self, headers: list[str], add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers) + 1, self)
        self.table.setHorizontalHeaderLabels([*headers, ""])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self._rows: list[list[QWidget]] = []
        self._min_widths: dict[int, int] = {}
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(self._add_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def row_count(self) -> int:
        return self.table.rowCount()

    def clear_rows(self) -> None:
        self.table.setRowCount(0)
        self._rows = []

    def _add_row(self, editors: list[QWidget]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        remove = QToolButton()
        remove.setText(translate("_RowTable", "删除"))
        remove.setToolTip(translate("_RowTable", "删除这一行"))
        remove.setAutoRaise(True)
        remove.clicked.connect(lambda: self._remove_row_of(remove))
        for column, editor in enumerate([*editors, remove]):
            self.table.setCellWidget(row, column, self._cell(editor))
        self._rows.append(editors)
        self.fit_columns()
        return row

    def fit_columns(self) -> None:
        """Columns not stretched get the width of their widest editor (and rows their height).

        QHeaderView's ResizeToContents does not see cell widgets added while the table is shown.
        """
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                continue
            widths = [header.sectionSizeHint(column), self._min_widths.get(column, 0) + 6]  # + cell margins
            widths += [self.table.cellWidget(row, column).sizeHint().width()
                       for row in range(self.table.rowCount())]
            header.resizeSection(column, max(widths))
        self.table.resizeRowsToContents()

    def _cell(self, editor: QWidget) -> QWidget:
        """The editor at its natural height at the top of the cell (rows with a birthday are taller)."""
        cell = QWidget()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.addWidget(editor)
        layout.addStretch(1)
        cell.setFocusProxy(editor)
        return cell

    def _remove_row_of(self, button: QWidget) -> None:
        last = self.table.columnCount() - 1
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, last).focusProxy() is button:
                self.table.removeRow(row)
                del self._rows[row]
                self.changed.emit()
                return

    def editor(self, row: int, column: int) -> QWidget | None:
        if 0 <= row < len(self._rows) and 0 <= column < len(self._rows[row]):
            return self._rows[row][column]
        return None

    def focus_row(self, row: int, column: int = 0) -> None:
        editor = self.editor(row, column) if 0 <= row < self.table.rowCount() else None
        if editor is not None:
            self.table.scrollTo(self.table.model().index(row, column))
            editor.setFocus()

    def _add_clicked(self) -> None:
        row = self.add_empty_row()
        self.focus_row(row)
        self.changed.emit()

    def add_empty_row(self) -> int:
        raise NotImplementedError


class FamilyEditor(_RowTable):
    """Family members (spouse, children, parents…): relation, name, birthday, note."""

    RELATION, NAME, BIRTHDAY, NOTES = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("关系"), self.tr("姓名"), self.tr("生日"), self.tr("备注")],
                         self.tr("添加家庭成员"), parent)
        self.setObjectName("familyEditor")
        self.table.horizontalHeader().setSectionResizeMode(self.NOTES, QHeaderView.ResizeMode.Stretch)
        self._min_widths = {self.RELATION: ChoiceCombo(choices.RELATIONS, None).sizeHint().width(),
                            self.NAME: 100, self.BIRTHDAY: BirthdayEdit(compact=True).sizeHint().width()}
        self.fit_columns()

    def add_row(self, member: FamilyInput) -> int:
        relation = ChoiceCombo(choices.RELATIONS, None)
        relation.set_value(member.relation)
        name = QLineEdit(member.name)
        name.setPlaceholderText(self.tr("姓名"))
        birthday = BirthdayEdit(compact=True)
        birthday.set_value(member.birthday)
        notes = QLineEdit(member.notes)
        notes.setPlaceholderText(self.tr("如：在读高三"))
        relation.currentIndexChanged.connect(self.changed)
        name.textChanged.connect(self.changed)
        birthday.changed.connect(self.changed)
        birthday.changed.connect(self.fit_columns)  # the preview under it may need more room
        notes.textChanged.connect(self.changed)
        return self._add_row([relation, name, birthday, notes])

    def add_empty_row(self) -> int:
        return self.add_row(FamilyInput(relation=next(iter(choices.RELATIONS))))

    def value(self) -> list[FamilyInput]:
        members = []
        for row in range(self.row_count()):
            relation: ChoiceCombo = self.editor(row, self.RELATION)
            name: QLineEdit = self.editor(row, self.NAME)
            birthday: BirthdayEdit = self.editor(row, self.BIRTHDAY)
            notes: QLineEdit = self.editor(row, self.NOTES)
            members.append(FamilyInput(relation.value(), name.text(), birthday.value(), notes.text()))
        return members

    def set_value(self, members: list[FamilyInput]) -> None:
        self.clear_rows()
        for member in members:
            self.add_row(member)

    def focus_row(self, row: int, column: int = NAME) -> None:
        super().focus_row(row, column)


class EventEditor(_RowTable):
    """Personal events the salon noted (wedding, childbirth, anniversary, illness, bereavement)."""

    KIND, DATE, NOTE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("类型"), self.tr("日期"), self.tr("说明")], self.tr("添加纪念日/事件"),
                         parent)
        self.setObjectName("eventEditor")
        self.table.horizontalHeader().setSectionResizeMode(self.NOTE, QHeaderView.ResizeMode.Stretch)
        self._min_widths = {self.KIND: ChoiceCombo(choices.EVENT_KINDS, None).sizeHint().width(),
                            self.DATE: self._date_edit().sizeHint().width()}
        self.fit_columns()

    def add_row(self, event: EventInput) -> int:
        kind = ChoiceCombo(choices.EVENT_KINDS, None)
        kind.set_value(event.kind)
        when = self._date_edit()
        day = event.event_date or date.today()
        when.setDate(QDate(day.year, day.month, day.day))
        note = QLineEdit(event.note)
        note.setPlaceholderText(self.tr("如：结婚十周年、宝宝满月"))
        kind.currentIndexChanged.connect(self.changed)
        when.dateChanged.connect(self.changed)
        note.textChanged.connect(self.changed)
        return self._add_row([kind, when, note])

    @staticmethod
    def _date_edit() -> QDateEdit:
        when = QDateEdit()
        when.setCalendarPopup(True)
        when.setDisplayFormat("yyyy-MM-dd")
        when.setMinimumDate(QDate(1900, 1, 1))
        return when

    def add_empty_row(self) -> int:
        return self.add_row(EventInput(kind=next(iter(choices.EVENT_KINDS))))

    def value(self) -> list[EventInput]:
        events = []
        for row in range(self.row_count()):
            kind: ChoiceCombo = self.editor(row, self.KIND)
            when: QDateEdit = self.editor(row, self.DATE)
            note: QLineEdit = self.editor(row, self.NOTE)
            qdate = when.date()
            day = date(qdate.year(), qdate.month(), qdate.day())
            events.append(EventInput(kind.value(), day, note.text()))
        return events

    def set_value(self, events: list[EventInput]) -> None:
        self.clear_rows()
        for event in events:
            self.add_row(event)
