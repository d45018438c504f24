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
from PySide6.QtCore import QCoreApplication, QLocale

from salon import words

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import screens  # noqa: E402

from ui.language import LANGUAGES, install_in_application, remove_from_application  # noqa: E402


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = screens.build_demo(path, clients=60, months=8)
    database.close()
    return path


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_screen_cuts_its_texts(language, qapp, qtbot, demo_file, tmp_path):
    import shutil

    from salon.store.db import open_database
    from ui.main_window import MainWindow

    path = tmp_path / "salon.db"
    shutil.copy(demo_file, path)
    database = open_database(path)
    install_in_application(qapp, language)
    try:
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
    finally:
        remove_from_application(qapp)
        QLocale.setDefault(QLocale("zh_CN"))
        words.install(lambda context, text, disambiguation, n: QCoreApplication.translate(
            context, text, disambiguation, n))  # as tests/ui/conftest.py has it: salon/ texts asked of Qt
