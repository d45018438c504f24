"""A table model over a short list of records loaded whole (the catalogue, one client's packages).

These lists stay in the tens or hundreds, so they are read in one query and sorted in Python by a
typed key (money as fen, dates as dates), unlike the client list which pages through SQL.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.common.remember import columns_remembered, remember_columns

ModelIndex = QModelIndex | QPersistentModelIndex
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_MUTED = QBrush(QColor("#9a9a9a"))


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None  # default: the text shown
    numeric: bool = False  # right-aligned (money, counts)


class RecordTableModel(QAbstractTableModel):
    """Rows are records with an `id` (or what `id_of` gives); `muted(record)` greys a row out (inactive, void)."""

    def __init__(self, columns: Sequence[Column], muted: Callable[[Any], bool] | None = None, parent=None,
                 id_of: Callable[[Any], Any] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._muted = muted or (lambda _record: False)
        self._id_of = id_of or (lambda record: record.id)
        self._records: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_columns(self, columns: Sequence[Column]) -> None:
        """Other columns (a table whose rows change kind, the review's details); the rows go with them."""
        self.beginResetModel()
        self.columns = list(columns)
        self._records = []
        self._sort = None
        self.endResetModel()

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        if self._sort is not None:
            self._sort_records(*self._sort)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row]

    def records(self) -> list[Any]:
        return list(self._records)

    def row_of(self, record_id: int) -> int:
        return next((row for row, record in enumerate(self._records) if self._id_of(record) == record_id), -1)

    def text(self, row: int, column: int) -> str:
        return self.columns[column].text(self._records[row])

    # --- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = self.columns[index.column()]
        if role == RECORD_ID_ROLE:
            return self._id_of(record)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted(record):
            return _MUTED
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._records)
        self._sort = (column, order)
        self._sort_records(column, order)
        new_rows = {id(record): row for row, record in enumerate(self._records)}
        for persistent in self.persistentIndexList():
            row = new_rows.get(id(before[persistent.row()]), -1) if persistent.row() < len(before) else -1
            self.changePersistentIndex(persistent, self.index(row, persistent.column()) if row >= 0
                                       else QModelIndex())
        self.layoutChanged.emit()

    def _sort_records(self, column: int, order: Qt.SortOrder) -> None:
        spec = self.columns[column]
        key = spec.sort_key or spec.text
        self._records.sort(key=lambda record: _none_last(key(record)),
                           reverse=order == Qt.SortOrder.DescendingOrder)


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None, value if value is not None else 0)


class EnterTableView(QTableView):
    """Enter on a row emits `enter` (to open or edit it) instead of reaching the dialog's default button."""

    enter = Signal()

    def keyPressEvent(self, event) -> None:  # Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter.emit()
            return
        super().keyPressEvent(event)


def make_table(model: RecordTableModel, object_name: str, *, sortable: bool = False) -> EnterTableView:
    """A read-only, row-selecting table; sorting starts only when a header is clicked (the list keeps
    the order salon/ gives until then)."""
    table = EnterTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    if sortable:
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(model.sort)
    remember_columns(table)
    return table


FIT_ROWS = 50
FIT_MIN_WIDTH = 60
FIT_MAX_WIDTH = 340


def fit_columns(table: QTableView, columns: Sequence[int] | None = None, *, grow_only: bool = False) -> None:
    """Columns (all but the last, which takes the rest, or those given) as wide as their header and content,
    within bounds; nothing once the user has set her own widths on this table (ui.common.remember).
    `grow_only` widens a column that cuts its text but never narrows one (a list refiltered as the user types
    should not jump about).

    Measured on the first rows (visible or not yet): Qt's default reads a thousand rows of every column through
    `data()`, which for a long list (a busy week's reminders) held the window for a second."""
    if columns_remembered(table):
        return
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(FIT_ROWS)
    # Qt's measure leaves CJK text touching the next column (the last glyph looks cut): two digits of air.
    slack = table.fontMetrics().horizontalAdvance("00")
    for column in columns if columns is not None else range(table.model().columnCount() - 1):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive or table.isColumnHidden(column):
            continue
        before = table.columnWidth(column)
        table.resizeColumnToContents(column)
        width = min(max(table.columnWidth(column) + slack, FIT_MIN_WIDTH), FIT_MAX_WIDTH)
        table.setColumnWidth(column, max(width, before) if grow_only else width)


def select_record(table: QTableView, record_id: int) -> bool:
    """Make the row of `record_id` the current, selected and visible one; False when the list does not hold it."""
    model = table.model()
    row = model.row_of(record_id)
    if row < 0:
        return False
    table.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(model.index(row, 0))
    return True
