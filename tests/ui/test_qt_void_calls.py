"""Guards against the PySide6 6.12.0 / Python 3.11 bug that drops a reference to None on every
call of a Qt method returning nothing; the process then dies with 'none_dealloc'."""
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def test_twenty_thousand_void_qt_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    none_refs_before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText(str(i))
        label.clear()
        QCoreApplication.processEvents()
    # A leaking binding would have lost ~60,000 references by now.
    assert sys.getrefcount(None) > none_refs_before - 1_000
    assert label.text() == ""
