"""Opening a child dialog the one way the app does it: window-modal, deleted when closed, and remembered on its
owner until then (so the owner can bring it forward, refresh it or close it, and tests can reach it)."""
from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

DialogT = TypeVar("DialogT", bound=QDialog)


def open_child(owner: QObject, attribute: str, dialog: DialogT, *, modal: bool = True) -> DialogT:
    """Open `dialog` and keep it as `owner.<attribute>` until Qt deletes it on close.

    `modal=False` leaves the window behind it usable (the visit at the counter, while the front desk looks
    someone else up).
    """
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def forget(*_args: object) -> None:
        if getattr(owner, attribute, None) is dialog:
            setattr(owner, attribute, None)

    dialog.destroyed.connect(forget)
    setattr(owner, attribute, dialog)
    if modal:
        dialog.open()
    else:
        dialog.setModal(False)
        dialog.show()
    dialog.raise_()
    dialog.activateWindow()  # the keyboard goes to the dialog just opened, whatever the window system does
    return dialog
