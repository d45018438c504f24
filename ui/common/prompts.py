"""Asking for one line of text (a reason, a name typed to confirm): QInputDialog.getText with its question
wrapped, since a long question in a longer language would otherwise make the window wider than the screen."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QWidget


def ask_text(parent: QWidget | None, title: str, question: str, text: str = "") -> tuple[str, bool]:
    """The text typed and whether it was confirmed (OK), as QInputDialog.getText gives them."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(question)
    dialog.setTextValue(text)
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)
        # About as wide as the app's forms, so a short question is not wrapped into a narrow column (the
        # dialog's layout sets the window's own minimum and maximum, so the width goes on the question).
        label.setMinimumWidth(420)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    typed = dialog.textValue()
    dialog.deleteLater()
    return typed, accepted
