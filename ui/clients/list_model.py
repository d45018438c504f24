"""The client list as a Qt model that stays smooth at 100,000 clients.

The model holds only the ordered ids that match the search (one indexed query); the columns of a
row are fetched from SQLite in blocks when the view first paints them, and sorting is done by SQL.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor

from salon.clients import choices
from salon.clients.birthdays import Birthday, short_text
from salon.clients.search import SORT_COLUMNS, ClientListRow, fetch_client_rows, first_page_ids, search_client_ids
from ui.common.latest_query import LatestQuery
from ui.common.lazy_table import LazyIdTableModel, ModelIndex
from ui.common.messages import choice_label

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ClientTableModel(LazyIdTableModel):
    """Where a search matches tens of thousands of clients (one letter, the empty box), the first page is shown
    at once and the rest of the ids follow from a worker thread (`complete` says whether they have)."""

    COLUMNS = ("name", "phone", "birthday", "skin_type", "therapist", "tags")
    completed = Signal()  # the whole list is in (after a first page, or at once)

    def __init__(self, parent=None, therapist_id: int | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("姓名"), self.tr("电话"), self.tr("生日"), self.tr("肤质"), self.tr("专属美容师"),
                         self.tr("标签"))
        self._text = ""
        self._include_archived = False
        self._therapist_id = therapist_id
        self._order_by = "name"
        self._descending = False
        self.complete = True
        self._rest = LatestQuery("client-list", self)
        self._loaded = False  # nothing is queried until the first refresh (sorting set up before it waits)

    # --- what the page asks of it -------------------------------------------------------------
    def set_search_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.refresh()

    def set_include_archived(self, include: bool) -> None:
        if include != self._include_archived:
            self._include_archived = include
            self.refresh()

    def set_therapist(self, therapist_id: int | None) -> None:
        self._therapist_id = therapist_id
        self.refresh()

    def refresh(self) -> None:
        """Run the search again (after a save, an archive, a new search text)."""
        self._loaded = True
        self._rest.cancel()
        first = first_page_ids(**self._search_options())
        self.beginResetModel()
        self._ids = first if first is not None else self._query_ids()
        self._rows.clear()
        self.complete = first is None
        self.endResetModel()
        if first is None:
            self.completed.emit()
        else:
            options = self._search_options()
            self._rest.submit(lambda database: search_client_ids(**options, database=database), self._rest_arrived)

    def ensure_complete(self) -> None:
        """The whole list now (to find a client below the first page), without waiting for the worker."""
        if not self.complete:
            self._rest.cancel()
            self._rest_arrived(self._query_ids())

    def _rest_arrived(self, ids: list[int]) -> None:
        self._extend(ids)
        self.complete = True
        self.completed.emit()

    def client_id(self, row: int) -> int:
        return self.id_at(row)

    def is_archived(self, row: int) -> bool:
        record = self._row(row)
        return bool(record and record.archived)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == CLIENT_ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#9a9a9a")) if row.archived else None
        text = self._display(row, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("已归档") if row.archived else (text or None)
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if key not in SORT_COLUMNS or (key, descending) == (self._order_by, self._descending):
            return
        self._order_by = key
        self._descending = descending
        if not self._loaded:
            return
        self._rest.cancel()  # a click on a header: the whole list, in its new order, at once
        self._reorder()
        if not self.complete:
            self.complete = True
            self.completed.emit()

    # --- internals ----------------------------------------------------------------------------
    def _search_options(self) -> dict[str, object]:
        return {"text": self._text, "include_archived": self._include_archived, "order_by": self._order_by,
                "descending": self._descending, "therapist_id": self._therapist_id}

    def _query_ids(self) -> list[int]:
        return search_client_ids(**self._search_options())

    def _fetch_rows(self, ids: Sequence[int]) -> dict[int, ClientListRow]:
        return fetch_client_rows(ids)

    def _display(self, row: ClientListRow, column: str) -> str:
        if column == "name":
            return row.name
        if column == "phone":
            return row.phone
        if column == "birthday":
            if not row.birthday_calendar:
                return ""
            return short_text(Birthday(row.birthday_calendar, row.birth_month, row.birth_day, row.birth_year,
                                       row.birth_leap_month))
        if column == "skin_type":
            return choice_label(choices.label(choices.SKIN_TYPES, row.skin_type))
        if column == "therapist":
            return row.therapist_name
        return row.tags
