"""What this computer remembers of the window between runs (QSettings, under "layout/"): the main window's place
and size, the big dialogs' sizes, splitters, and each table's column widths and sort order.

One call per widget, made where the widget is built; the widget saves itself when it changes or closes. A table's
widths are remembered only once the user has dragged (or double-clicked) a column edge: until then the page keeps
fitting its columns to what they show (`columns_remembered` tells it whether to stop).
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMainWindow, QSplitter, QTableView, QWidget

GROUP = "layout"
_REMEMBERED = "columnsRemembered"  # a property on the header once the user's widths are in force


def _key(*parts: str) -> str:
    return "/".join((GROUP, *parts))


def _bytes(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


class _SaveOnClose(QObject):
    """Calls `save` when the watched window hides or closes (a dialog's close, the main window's quit)."""

    def __init__(self, widget: QWidget, save) -> None:
        super().__init__(widget)
        self._save = save
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # A window being destroyed hides once more after its Python side is gone: it was saved when it closed.
        if event.type() in (QEvent.Type.Close, QEvent.Type.Hide) and shiboken6.isValid(self.parent()):
            try:
                self._save()
            except RuntimeError:  # pragma: no cover - deleted between the check and the call
                pass
        return False


# --- windows and dialogs ---------------------------------------------------------------------------------
def remember_window(window: QMainWindow, key: str = "main_window") -> bool:
    """Put the window where and as large as it last was (before it is shown); True when there was a saved place."""
    settings = QSettings()
    geometry = _bytes(settings.value(_key(key, "geometry")))
    restored = bool(geometry) and window.restoreGeometry(geometry)
    state = _bytes(settings.value(_key(key, "state")))
    if state is not None:
        window.restoreState(state)

    def save() -> None:
        settings = QSettings()
        settings.setValue(_key(key, "geometry"), window.saveGeometry())
        settings.setValue(_key(key, "state"), window.saveState())

    _SaveOnClose(window, save)
    return restored


def remember_size(dialog: QWidget, key: str) -> bool:
    """A dialog opens as large as it last was (it opens centred on its owner, so only the size is kept)."""
    size = QSettings().value(_key("dialogs", key))
    restored = isinstance(size, QSize) and size.isValid()
    if restored:
        dialog.resize(size.expandedTo(dialog.minimumSize()))

    _SaveOnClose(dialog, lambda: QSettings().setValue(_key("dialogs", key), dialog.size()))
    return restored


# --- splitters -----------------------------------------------------------------------------------------------
def remember_splitter(splitter: QSplitter, key: str) -> bool:
    """The splitter's handle stays where the user dragged it."""
    state = _bytes(QSettings().value(_key("splitters", key)))
    restored = state is not None and splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda *_: QSettings().setValue(_key("splitters", key), splitter.saveState()))
    return restored


# --- table columns -------------------------------------------------------------------------------------------
class _ColumnKeeper(QObject):
    """Saves a header's widths after the user drags or double-clicks a column edge, and its sort order when it
    changes. A drag is a mouse press, section resizes, then the release: resizes that come without a press (the
    window resized, a stretched last column, the page fitting its columns) are not the user's."""

    def __init__(self, view: QAbstractItemView, header: QHeaderView, key: str) -> None:
        super().__init__(header)
        self._view = view
        self._header = header
        self._key = key
        self._pressed = False
        self._resized = False
        header.viewport().installEventFilter(self)
        header.sectionResized.connect(self._section_resized)
        header.sectionHandleDoubleClicked.connect(lambda _section: self.save_widths())
        header.sortIndicatorChanged.connect(self._save_sort)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed, self._resized = True, False
        elif kind == QEvent.Type.MouseButtonRelease:
            if self._pressed and self._resized:
                self.save_widths()
            self._pressed = self._resized = False
        return False

    def _section_resized(self, *_args) -> None:
        if self._pressed:
            self._resized = True

    def save_widths(self) -> None:
        settings = QSettings()
        settings.setValue(_key("columns", self._key, "state"), self._header.saveState())
        settings.setValue(_key("columns", self._key, "count"), self._header.count())
        self._header.setProperty(_REMEMBERED, True)

    def _save_sort(self, *_args) -> None:
        # Read from the header, not the signal: a page may have put the arrow back on a column that sorts.
        header = self._header
        if header.isSortIndicatorShown():
            value = f"{header.sortIndicatorSection()}:{header.sortIndicatorOrder().value}"
            QSettings().setValue(_key("columns", self._key, "sort"), value)


def remember_columns(view: QTableView, key: str | None = None) -> bool:
    """Restore the table's widths (if the user set them before) and sort order; keep them from now on.

    `key` defaults to the view's objectName. Call it once the model is set and the page's own widths are in
    place. True when the user's widths were restored (the page should then not fit its columns)."""
    key = key or view.objectName()
    if not key:
        raise ValueError("remember_columns needs a key or a view with an objectName")
    header = view.horizontalHeader()
    settings = QSettings()
    state = _bytes(settings.value(_key("columns", key, "state")))
    restored = False
    if state is not None and settings.value(_key("columns", key, "count"), -1, type=int) == header.count():
        # The sort order is put back below, the way a click would, so the model sorts too.
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        header.blockSignals(True)
        restored = header.restoreState(state)
        header.setSortIndicator(section, order)
        header.blockSignals(False)
        header.setProperty(_REMEMBERED, restored)
    sort = str(settings.value(_key("columns", key, "sort"), "") or "")
    if sort and header.isSortIndicatorShown():
        section_text, _, order_text = sort.partition(":")
        try:
            section, order = int(section_text), Qt.SortOrder(int(order_text))
        except ValueError:
            section = -1
        if 0 <= section < header.count():
            header.setSortIndicator(section, order)
    _ColumnKeeper(view, header, key)
    return restored


def columns_remembered(view: QTableView) -> bool:
    """True once the user's own column widths are in force on this table (restored or just set)."""
    return bool(view.horizontalHeader().property(_REMEMBERED))
