"""Every text the screens ask Qt to translate is in the catalogue under the context it is asked for.

The recorder (tests/ui/conftest.py) has listened since the first UI test; this file runs after the others in
tests/ui and tours every screen itself, so it also means something on its own. A miss here is a text that
stays Simplified Chinese in English and Traditional Chinese although `make translations` reported nothing:
typically self.tr(variable) on a word lupdate filed under another context, or translate() with a context that
differs from the one its literal was filed under.
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import screens  # noqa: E402
import translations  # noqa: E402


def test_every_lookup_of_every_screen_is_in_the_catalogue(qtbot, tour_demo, record_translation_lookups):
    from ui.main_window import MainWindow

    database, path = tour_demo
    window = MainWindow(database, path)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    seen = [name for name, _widget in screens.tour(window, database)]
    assert {"clients", "reports", "visit_new", "receipt", "settings_1"} <= set(seen)
    catalogue = {(context, message.findtext("source") or "")
                 for context, message in translations.messages(ET.parse(translations.catalogue("zh_CN")))}
    # PySide's self.tr() asks under each class of the object's MRO in turn until one translates, so a text is
    # found when one of the contexts it was asked under holds it.
    asked = record_translation_lookups.asked
    found = {source for context, source in asked if (context, source) in catalogue}
    missing = sorted((context, source) for context, source in asked if source not in found)
    assert not missing, f"{len(missing)} lookups find no entry: {missing[:25]}"
