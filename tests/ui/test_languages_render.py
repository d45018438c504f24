"""Each screen in each language: rendered offscreen, nothing a reader needs is cut.

A translation is usually longer than the Chinese it replaces; a fixed width, a column sized once for the
Chinese header or a crowded button row then cuts it. Every main tab and the dialogs of the tour
(tools/screens.py) are built in zh_CN, zh_TW and en, and every visible label, button, tab and table header
must be at least as wide as its text needs (the widget's size hint).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import screens  # noqa: E402

from ui.language import LANGUAGES, install_in_application  # noqa: E402


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_screen_cuts_its_texts(language, qapp, qtbot, tour_demo):
    from ui.main_window import MainWindow

    database, path = tour_demo
    install_in_application(qapp, language)  # tests/ui/conftest.py puts Simplified Chinese back afterwards
    window = MainWindow(database, path)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    problems = {}
    for name, widget in screens.tour(window, database):
        cut = screens.clipped_texts(widget)
        if cut:
            problems[name] = cut
    assert not problems, f"{language}: {problems}"
