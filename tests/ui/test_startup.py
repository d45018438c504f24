"""Opening the window reads the client list once and leaves the rest for later: no other tab's data, no demo
generator, no pinyin tables (~0.4 s) until something needs them."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from salon.clients.profiles import ClientInput, save_client
from salon.db import close_database

ROOT = Path(__file__).resolve().parent.parent.parent

PROBE = """
import json, sys
from salon.clients import search
calls = []
for name in ("search_client_ids", "first_page_ids"):
    real = getattr(search, name)
    def counted(*args, _real=real, _name=name, **kwargs):
        calls.append(_name)
        return _real(*args, **kwargs)
    setattr(search, name, counted)
import ui.clients.list_model as list_model
list_model.search_client_ids, list_model.first_page_ids = search.search_client_ids, search.first_page_ids
from ui.app import create_application
from salon.db import open_database
from ui.main_window import MainWindow
app = create_application([])
window = MainWindow(open_database(sys.argv[1]))
window.show()
window.grab()
print(json.dumps({"calls": calls, "tabs_built": sorted(window._built_tabs),
                  "imported": sorted(m for m in ("pypinyin", "lunar_python", "salon.demo.generator",
                                                 "ui.visits.dialog", "ui.clients.form") if m in sys.modules)}))
"""


def test_the_window_opens_on_one_list_query_and_nothing_it_does_not_show(db_path, database):
    save_client(ClientInput(name="曾小梅", phone="13812345678"))
    close_database(database)
    result = subprocess.run([sys.executable, "-c", PROBE, str(db_path)], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["calls"] == ["first_page_ids", "search_client_ids"]  # one search: its first page, or all of it
    assert seen["tabs_built"] == []
    assert seen["imported"] == []
