"""Tables that stay smooth at 100,000 rows and more: ordered ids from one SQL query, row columns fetched
from SQLite in blocks when the view first paints them, sorting done by SQL.

Subclasses say how to get the ids (`_query_ids`) and how to fetch a block of rows (`_fetch_rows`).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QTableView

ModelIndex = QModelIndex | QPersistentModelIndex

BLOCK_SIZE = 200
MAX_CACHED_ROWS = 5_000


class LazyIdTableModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, Any] = {}
        self._headers: tuple[str, ...] = ()  # set by the subclass, translated

    # --- for subclasses -----------------------------------------------------------------------
    def _query_ids(self) -> list[int]:
        raise NotImplementedError

    def _fetch_rows(self, ids: Sequence[int]) -> dict[int, Any]:
        raise NotImplementedError

    def _reload(self) -> None:
        """Run the query again and forget every cached row (a new filter, a record saved)."""
        self.beginResetModel()
        self._ids = self._query_ids()
        self._rows.clear()
        self.endResetModel()

    def _extend(self, ids: list[int]) -> None:
        """The whole list after its first page was shown: rows are added below, the selection stays put."""
        if ids[:len(self._ids)] == self._ids:
            if len(ids) > len(self._ids):
                self.beginInsertRows(QModelIndex(), len(self._ids), len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
        else:  # the data changed in between: same records, new places
            self._reorder(ids)

    def _reorder(self, ids: list[int] | None = None) -> None:
        """Run the query again in a new order (or take `ids`), keeping the selection and current row on the same
        records."""
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        self._ids = self._query_ids() if ids is None else ids
        new_rows = {record_id: row for row, record_id in enumerate(self._ids)}
        for persistent in self.persistentIndexList():
            old_id = old_ids[persistent.row()] if persistent.row() < len(old_ids) else None
            new_row = new_rows.get(old_id, -1)
            target = self.index(new_row, persistent.column()) if new_row >= 0 else QModelIndex()
            self.changePersistentIndex(persistent, target)
        self.layoutChanged.emit()

    def _row(self, row: int) -> Any | None:
        record_id = self._ids[row]
        cached = self._rows.get(record_id)
        if cached is None:
            if len(self._rows) > MAX_CACHED_ROWS:
                self._rows.clear()
            start = row - row % BLOCK_SIZE
            self._rows.update(self._fetch_rows(self._ids[start:start + BLOCK_SIZE]))
            cached = self._rows.get(record_id)
        return cached

    # --- ids ------------------------------------------------------------------------------------
    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    # --- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class EnterTableView(QTableView):
    """A table whose Enter (on a current row) means "open it" rather than moving the cursor."""

    enter = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter.emit()
            return
        super().keyPressEvent(event)
