"""Render the app on demo data offscreen into PNG files, in each language, to look at it as a user would.

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshot.py [OUT_DIR] [--all] [--language en] [--scale 1.5]

Writes OUT_DIR/<language>/<screen>.png (docs/screenshots by default, what `make screenshot` commits after a
look at each): the main tabs, the client file, a new visit and a receipt; `--all` adds every screen of the tour
(tools/screens.py: every page of the client file, the card dialogs, the settings, the import). It also prints any
text a screen cuts (the same check as tests/ui/test_languages_render.py). Chinese needs a CJK font installed.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import screens  # noqa: E402

SHOWN = ("clients", "therapists", "catalogue", "history", "reminders", "reports", "client_card", "client_file_1",
         "visit_new", "receipt")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--all", action="store_true", help="every screen of the tour, not only the main ones")
    parser.add_argument("--language", action="append", help="zh_CN, zh_TW or en (default: all three)")
    parser.add_argument("--scale", help="QT_SCALE_FACTOR, e.g. 1.25 or 1.5")
    options = parser.parse_args(argv)
    if options.scale:
        os.environ["QT_SCALE_FACTOR"] = options.scale
    from PySide6.QtCore import QSettings

    from salon.store.db import close_database, open_database
    from ui.app import create_application
    from ui.language import LANGUAGES, install_in_application

    app = create_application([])
    app.setOrganizationName("SalonDeskScreenshots")  # never the salon's own window sizes and columns
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "preferences"))
    demo = folder / "demo.db"
    close_database(screens.build_demo(demo, clients=300, months=24))
    cut_anywhere = 0
    for language in options.language or LANGUAGES:
        install_in_application(app, language)
        from ui.main_window import MainWindow

        out = Path(options.out) / language
        out.mkdir(parents=True, exist_ok=True)
        path = folder / f"{language}.db"
        shutil.copy(demo, path)
        database = open_database(path)
        window = MainWindow(database, path)
        window.resize(1280, 800)
        window.show()
        for name, widget in screens.tour(window, database):
            for problem in screens.clipped_texts(widget):
                print(f"{language} {name}: {problem}")
                cut_anywhere += 1
            if options.all or name in SHOWN:
                widget.grab().save(str(out / f"{name}.png"))
        window.close()
        from PySide6.QtCore import QThread

        for thread in window.findChildren(QThread):  # a page's worker still reading: let it finish first
            thread.wait(10_000)
        close_database(database)
        print(f"{language}: screenshots in {out}")
    return 1 if cut_anywhere else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
