"""The one way a list says what to do next when it has nothing to show: a note centred over the table's empty
viewport (its header stays, so the columns still say what would be there).

    EmptyState(self.table, lambda: self.tr("还没有员工。点“新增员工”…"))

The text is asked for each time the list empties, so it can follow the search or the filter ("没有找到“王”");
an empty text shows nothing (a list still loading is not empty).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

MARGIN = 24


class EmptyState(QLabel):
    def __init__(self, view: QAbstractItemView, text: str | Callable[[], str]) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyState")
        self._view = view
        self._text = text
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setTextFormat(Qt.TextFormat.RichText)
        # Clicks and the context menu go to the list underneath.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        view.viewport().installEventFilter(self)
        self._watched_model = None
        self.watch_model()

    def watch_model(self) -> None:
        """Follow the view's model (call again if the view is given another model)."""
        model = self._view.model()
        if model is None or model is self._watched_model:
            return
        self._watched_model = model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update_state)
        self.update_state()

    def set_text(self, text: str | Callable[[], str]) -> None:
        self._text = text
        self.update_state()

    def update_state(self, *_args) -> None:
        model = self._view.model()
        text = "" if model is None or model.rowCount() else (self._text() if callable(self._text) else self._text)
        self.setText(text)
        self.setVisible(bool(text))
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        # A third of the way down: read first, where the eye lands in an empty list, not lost in its middle.
        viewport = self._view.viewport().rect()
        width = max(viewport.width() - 2 * MARGIN, 100)
        height = self.heightForWidth(width) if self.text() else 0
        top = max(MARGIN, min(viewport.height() // 3 - height // 2, viewport.height() - height - MARGIN))
        self.setGeometry(MARGIN, top, width, max(height, 1))
