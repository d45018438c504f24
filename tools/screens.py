"""A tour of the app's screens on demo data: every main tab and the dialogs the counter opens most.

`tour(window, database)` yields (name, widget) with the widget shown and settled; the caller grabs it or
inspects it before asking for the next one, and each dialog is closed when the tour moves on. Used by
`tools/screenshot.py` (`make screenshot`) and by the tests that render every screen in every language.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QStyle,
    QTabBar,
    QTableView,
    QWidget,
)


def settle(app: QApplication | None = None, rounds: int = 3) -> None:
    app = app or QApplication.instance()
    for _ in range(rounds):
        app.processEvents()


def _wait(condition: Callable[[], bool], app: QApplication, limit: int = 20_000) -> None:
    for _ in range(limit):
        if condition():
            return
        app.processEvents()
        import time

        time.sleep(0.002)


def build_demo(path: Path, clients: int = 120, months: int = 14) -> object:
    from salon.demo.generator import generate_demo
    from salon.store.db import open_database

    database = open_database(path)
    generate_demo(database, clients=clients, months=months, seed=1)
    return database


def tour(window, database) -> Iterator[tuple[str, QWidget]]:
    """Every main tab, then the client file's pages, a visit, a receipt, card dialogs and the settings."""
    app = QApplication.instance()
    page = window.clients_page
    page.table.selectRow(2)
    settle(app)
    yield "clients", window
    for name in ("therapists", "catalogue", "history", "reminders", "reports"):
        tab = getattr(window, f"{name}_page")
        window.tabs.setCurrentWidget(tab)
        settle(app)
        if name == "reminders":
            _wait(lambda tab=tab: not tab.loading and tab.found is not None, app)
        if name == "reports":
            _wait(lambda tab=tab: not tab.loading, app)
        settle(app)
        yield name, window
    window.tabs.setCurrentWidget(page)
    # A regular with cards: her file, a new visit for her, and the receipt of her last visit.
    client_id, visit_id = database.execute_sql(
        "SELECT v.client_id, max(v.id) FROM visit v JOIN client_package p ON p.client_id = v.client_id"
        " WHERE v.status = 'done' AND p.status = 'active' GROUP BY v.client_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    page.select_client(client_id)
    settle(app)
    yield "client_card", window
    dialog = window.open_client(client_id)
    settle(app)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        settle(app)
        yield f"client_file_{index + 1}", dialog
    packages = dialog.packages_page
    dialog.tabs.setCurrentWidget(packages)
    settle(app)
    for name, button in (("sell_card", packages.sell_button), ("top_up", packages.top_up_button),
                         ("adjust_card", packages.adjust_button), ("extend_card", packages.extend_button),
                         ("refund_card", packages.refund_button)):
        if not button.isEnabled():
            for row in range(packages.model.rowCount()):
                packages.table.selectRow(row)
                settle(app)
                if button.isEnabled():
                    break
        if not button.isEnabled():
            continue
        button.click()
        settle(app)
        child = packages.dialog
        yield name, child
        child.reject()
        settle(app)
    dialog.close()
    new_client = window.new_client()
    settle(app)
    yield "new_client", new_client
    new_client.reject()
    visit = window.record_visit(client_id)
    settle(app)
    yield "visit_new", visit
    visit.close()
    visit = window.open_visit(visit_id)
    settle(app)
    yield "visit_saved", visit
    visit.close()
    receipt = window.show_receipt(visit_id)
    settle(app)
    yield "receipt", receipt
    receipt.close()
    settings = window.open_settings()
    settle(app)
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        settle(app)
        yield f"settings_{index + 1}", settings
    settings.reject()
    wizard = window.import_clients()
    settle(app)
    yield "import", wizard
    wizard.reject()
    settle(app)




def clipped_texts(root: QWidget) -> list[str]:
    """Visible labels, buttons, tabs and table headers narrower than their text: what a reader sees cut."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.text() and not widget.wordWrap() and widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(f"label {widget.text()!r}: {widget.width()} < {widget.minimumSizeHint().width()}")
        elif isinstance(widget, QAbstractButton):
            if widget.text() and widget.width() + 1 < widget.sizeHint().width():
                found.append(f"button {widget.text()!r}: {widget.width()} < {widget.sizeHint().width()}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabRect(index).width() + 1 < widget.tabSizeHint(index).width():
                    found.append(f"tab {widget.tabText(index)!r} elided")
        elif isinstance(widget, QTableView) and isinstance(widget, QAbstractItemView) and widget.model():
            header = widget.horizontalHeader()
            if not header.isVisible():
                continue
            metrics = header.fontMetrics()
            style = header.style()
            margins = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margins
            for section in range(header.count()):
                if header.isSectionHidden(section):
                    continue
                text = str(widget.model().headerData(section, Qt.Orientation.Horizontal) or "")
                need = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
                need += margins + (arrow if header.isSortIndicatorShown()
                                   and header.sortIndicatorSection() == section else 0)
                if text and header.sectionSize(section) < need:
                    found.append(f"column {text!r}: {header.sectionSize(section)} < {need}")
    return found
