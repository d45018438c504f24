"""Typing into widgets the way the front desk does, for qtbot tests."""
import re

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text):
    """Type as the front desk does: Latin keys with the keyboard, Chinese and full-width characters
    committed by the input method (QTest can only press Latin-1 keys)."""
    for chunk in re.findall(r"[\x00-\xff]+|[^\x00-\xff]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)
