"""The salon's visit history as a Qt model that stays smooth at 500,000 visits.

Like the client list: the model holds only the ordered ids that match the filter (one indexed query);
the columns of a row are fetched in blocks of 200 when the view first paints them, and sorting is SQL.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from salon.visits.history import HistoryFilter, HistoryRow, fetch_history_rows, history_ids
from salon.words import listing
from ui.common.formats import datetime_text
from ui.common.labels import amount_text, deductions_text, payments_text
from ui.common.lazy_table import LazyIdTableModel, ModelIndex

VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
VOID_COLOR = "#9a9a9a"


class HistoryTableModel(LazyIdTableModel):
    COLUMNS = ("visited_at", "client", "items", "therapists", "total", "payments", "deductions", "status")
    # Columns whose header sorts in SQL, and the history's sort key for each.
    SORT_KEYS = {"visited_at": "visited_at", "client": "client", "total": "total", "status": "status"}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = HistoryFilter()
        self._loaded = False  # no query until the page sets a filter (the view sorts once when set up)
        self._order_by = "visited_at"
        self._descending = True
        self._headers = (
            self.tr("日期时间"), self.tr("客户"), self.tr("项目/产品"), self.tr("美容师"), self.tr("金额"),
            self.tr("付款方式"), self.tr("卡扣"), self.tr("状态"),
        )

    # --- what the page asks of it -------------------------------------------------------------
    @property
    def history_filter(self) -> HistoryFilter:
        return self._filter

    @property
    def loaded(self) -> bool:
        """Whether a filter has been queried yet (an empty list before that is not "no visits")."""
        return self._loaded

    def set_filter(self, spec: HistoryFilter) -> None:
        self._filter = spec
        self.refresh()

    def refresh(self) -> None:
        """Run the query again (a new filter, a visit saved, corrected or voided)."""
        self._loaded = True
        self._reload()

    def visit_id(self, row: int) -> int:
        return self.id_at(row)

    def is_sortable(self, column: int) -> bool:
        return self.COLUMNS[column] in self.SORT_KEYS

    def sort_column(self) -> int:
        return next(i for i, name in enumerate(self.COLUMNS) if self.SORT_KEYS.get(name) == self._order_by)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    # --- QAbstractTableModel ------------------------------------------------------------------
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == VISIT_ID_ROLE:
            return self._ids[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == "total":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(VOID_COLOR)) if row.status == "void" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return self._display(row, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(self.COLUMNS[column])
        if key is None:
            return
        self._order_by = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        if not self._loaded:
            return
        self._reorder()

    # --- internals ----------------------------------------------------------------------------
    def _query_ids(self) -> list[int]:
        return history_ids(self._filter, self._order_by, self._descending)

    def _fetch_rows(self, ids: Sequence[int]) -> dict[int, HistoryRow]:
        return fetch_history_rows(ids)

    def _display(self, row: HistoryRow, column: str) -> str:
        if column == "visited_at":
            return datetime_text(row.visited_at)
        if column == "client":
            return row.client_name
        if column == "items":
            return listing(row.items)
        if column == "therapists":
            return listing(row.therapists)
        if column == "total":
            return amount_text(row.total_fen)
        if column == "payments":
            return payments_text(row.payments)
        if column == "deductions":
            return deductions_text(row.deductions)
        return self.tr("作废") if row.status == "void" else ""

    def _tooltip(self, row: HistoryRow, column: str) -> str | None:
        if row.status == "void":
            return self.tr("已作废：%1").replace("%1", row.void_reason)
        if column == "client":
            return row.client_phone or None
        return self._display(row, column) or None
