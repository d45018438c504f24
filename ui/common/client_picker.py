"""ClientPicker: choose one client by typing (name, pinyin initials, phone tail), e.g. the referrer."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from salon.clients.profiles import get_client
from salon.clients.search import search_clients
from salon.errors import NotFoundError

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_SUGGESTIONS = 12


class ClientPicker(QLineEdit):
    """A line edit with search-as-you-type suggestions; `client_id()` is the chosen client or None.

    Typing after a choice drops it, so the id always matches the text shown.
    """

    client_changed = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None, *, exclude_client_id: int | None = None) -> None:
        super().__init__(parent)
        self._client_id: int | None = None
        self._chosen_text = ""
        self.exclude_client_id = exclude_client_id
        self.setPlaceholderText(self.tr("输入姓名、拼音首字母或电话查找"))
        self.setClearButtonEnabled(True)
        self.suggestions = QStandardItemModel(self)
        self.completer_ = QCompleter(self.suggestions, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(MAX_SUGGESTIONS)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._on_activated)
        self.textEdited.connect(self._on_text_edited)

    def client_id(self) -> int | None:
        return self._client_id

    def set_client_id(self, client_id: int | None) -> None:
        self._client_id = None
        self._chosen_text = ""
        text = ""
        if client_id is not None:
            try:
                client = get_client(client_id)
            except NotFoundError:
                client = None
            if client is not None:
                text = self._display(client.name, client.phone)
                self._client_id = client_id
                self._chosen_text = text
        self.setText(text)

    def _display(self, name: str, phone: str) -> str:
        if len(phone) >= 4:
            return self.tr("%1（尾号 %2）").replace("%1", name).replace("%2", phone[-4:])
        return name

    def update_suggestions(self, text: str) -> None:
        self.suggestions.clear()
        if not text.strip():
            self.completer_.popup().hide()
            return
        rows = search_clients(text, limit=MAX_SUGGESTIONS + 1)
        for row in rows:
            if row.id == self.exclude_client_id:
                continue
            item = QStandardItem(self._display(row.name, row.phone))
            item.setData(row.id, CLIENT_ID_ROLE)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        if self.suggestions.rowCount():
            self.completer_.setCompletionPrefix("")
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def choose_row(self, row: int) -> None:
        """Take suggestion `row` (what clicking it in the pop-up does)."""
        self._on_activated(self.suggestions.index(row, 0))

    def _on_text_edited(self, text: str) -> None:
        if self._client_id is not None and text != self._chosen_text:
            self._client_id = None
            self._chosen_text = ""
            self.client_changed.emit(None)
        self.update_suggestions(text)

    def _on_activated(self, index: QModelIndex) -> None:
        client_id = index.data(CLIENT_ID_ROLE)
        if client_id is None:
            return
        self._client_id = int(client_id)
        self._chosen_text = index.data(Qt.ItemDataRole.DisplayRole)
        self.setText(self._chosen_text)
        self.completer_.popup().hide()
        self.client_changed.emit(self._client_id)
