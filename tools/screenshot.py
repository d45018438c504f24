"""Render the main window with demo data offscreen into PNG files, to look at the app as a user would.

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshot.py OUT_DIR
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from salon.demo.generator import generate_demo  # noqa: E402
from salon.store.db import open_database  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.language import install_in_application  # noqa: E402


def main(out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    install_in_application(app, "zh_CN")
    from ui.main_window import MainWindow

    database = open_database(Path(tempfile.mkdtemp()) / "salon.db")
    generate_demo(database, clients=300, months=24, seed=1)
    window = MainWindow(database)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    page = window.clients_page
    page.table.selectRow(2)
    app.processEvents()
    window.grab().save(str(out / "main_window.png"))
    page.search_edit.setText("zxm")
    page.apply_search()
    app.processEvents()
    window.grab().save(str(out / "search_zxm.png"))
    window.tabs.setCurrentWidget(window.therapists_page)
    window.therapists_page.staff_table.selectRow(0)
    app.processEvents()
    window.grab().save(str(out / "therapists.png"))
    dialog = window.open_client(page.model.client_id(0))
    app.processEvents()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        app.processEvents()
        dialog.grab().save(str(out / f"client_form_{index + 1}.png"))
    dialog.close()
    # A regular with cards: her file's cards page, a new visit for her, and the receipt of her last visit.
    client_id, visit_id = database.execute_sql(
        "SELECT v.client_id, max(v.id) FROM visit v JOIN client_package p ON p.client_id = v.client_id"
        " WHERE v.status = 'done' AND p.status = 'active' GROUP BY v.client_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    page.search_edit.clear()
    page.apply_search()
    page.select_client(client_id)
    app.processEvents()
    window.tabs.setCurrentWidget(page)
    window.grab().save(str(out / "client_card_packages.png"))
    dialog = window.open_client(client_id)
    app.processEvents()
    for index in range(dialog.tabs.count() - 2, dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        app.processEvents()
        dialog.grab().save(str(out / f"client_form_{index + 1}.png"))
    dialog.close()
    visit_dialog = window.record_visit(client_id)
    app.processEvents()
    visit_dialog.grab().save(str(out / "visit_new.png"))
    visit_dialog.close()
    visit_dialog = window.open_visit(visit_id)
    app.processEvents()
    visit_dialog.grab().save(str(out / "visit_saved.png"))
    visit_dialog.close()
    receipt = window.show_receipt(visit_id)
    app.processEvents()
    receipt.grab().save(str(out / "receipt.png"))
    receipt.close()
    # A count card that expired with sessions on it: her cards page, and bringing it back or refunding it.
    client_id, package_id = database.execute_sql(
        "SELECT p.client_id, p.id FROM client_package p JOIN package_ledger l ON l.package_id = p.id"
        " WHERE p.status = 'expired' AND p.kind = 'count' AND l.kind = 'expiry' AND l.sessions_delta < 0"
        " ORDER BY p.id LIMIT 1").fetchone()
    dialog = window.open_client(client_id)
    dialog.tabs.setCurrentWidget(dialog.packages_page)
    dialog.packages_page.select(package_id)
    app.processEvents()
    dialog.grab().save(str(out / "client_form_expired_card.png"))
    for name, button in (("extend", dialog.packages_page.extend_button),
                         ("refund_expired", dialog.packages_page.refund_button)):
        button.click()
        app.processEvents()
        dialog.packages_page.dialog.grab().save(str(out / f"{name}.png"))
        dialog.packages_page.dialog.reject()
        app.processEvents()
    dialog.close()
    for name, tab in (("catalogue", window.catalogue_page), ("history", window.history_page)):
        window.tabs.setCurrentWidget(tab)
        app.processEvents()
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
    reminders = window.reminders_page
    window.tabs.setCurrentWidget(reminders)
    while reminders.loading or reminders.found is None:  # the list is computed in a worker thread
        app.processEvents()
    app.processEvents()
    window.grab().save(str(out / "reminders.png"))
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
