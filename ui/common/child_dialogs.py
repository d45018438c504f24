"""Opening a child dialog the one way the app does it: window-modal, deleted when closed, and remembered on its
owner until then (so the owner can bring it forward, refresh it or close it, and tests can reach it)."""
from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

DialogT = TypeVar("DialogT", bound=QDialog)


def open_child(owner: QObject, attribute: str, dialog: DialogT) -> DialogT:
    """Open `dialog` and keep it as `owner.<attribute>` until Qt deletes it on close."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def forget(*_args: object) -> None:
        if getattr(owner, attribute, None) is dialog:
            setattr(owner, attribute, None)

    dialog.destroyed.connect(forget)
    setattr(owner, attribute, dialog)
    dialog.open()
    return dialog
