"""The 报表 tab as the owner uses it: open a month, click a figure and see the rows behind it; export the month
for the accountant with progress, cancel once (no file is left), export again."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from salon.catalogue import ServiceInput, save_service
from salon.clients.profiles import ClientInput, save_client
from salon.payments import PaymentInput
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit
from tests.ui.test_main_window import make_window


def _october(database) -> None:
    facial = save_service(ServiceInput(name="深层清洁", price="198")).id
    massage = save_service(ServiceInput(name="肩颈按摩", price="300")).id
    for n, (service, method, day) in enumerate([(facial, "cash", 3), (massage, "wechat", 9), (facial, "wechat", 21)]):
        client = save_client(ClientInput(name=f"客户{n}", phone=f"1380000000{n}")).id
        price = 19800 if service == facial else 30000
        when = datetime(2026, 10, day, 10)
        save_visit(VisitInput(client, when, [VisitItemInput("service", service)], [PaymentInput(method, price)]),
                   when=when)


def open_review(qtbot, window):
    window.tabs.setCurrentWidget(window.reports_page)
    page = window.reports_page
    page.month_edit.setDate(QDate(2026, 10, 15))
    qtbot.waitUntil(lambda: not page.loading and page.review is not None
                    and page.review.period.start.month == 10, timeout=10_000)
    return page


def figure_row(page, label: str) -> int:
    return next(row for row in range(page.figures.rowCount()) if page.figures.text(row, 1) == label)


def test_a_figure_opens_the_rows_behind_it(qtbot, database):
    _october(database)
    window = make_window(qtbot, database)
    page = open_review(qtbot, window)
    total = figure_row(page, "实收合计（不含储值卡支付）")
    assert page.figures.text(total, 2) == "¥696.00"
    wechat = figure_row(page, "微信")
    assert (page.figures.text(wechat, 2), page.figures.text(wechat, 4)) == ("¥498.00", "71.6%")
    page.figures_table.setCurrentIndex(page.figures.index(wechat, 0))
    qtbot.waitUntil(lambda: not page.loading and page.details.rowCount() == 2)
    assert sorted(page.details.text(row, 4) for row in range(2)) == ["198.00", "300.00"]
    assert page.details_label.text() == "收款 · 微信：2 条"
    page.span_combo.setCurrentIndex(page.span_combo.findData("year"))
    qtbot.waitUntil(lambda: not page.loading and page.review.period.start.month == 1)
    assert page.status_label.text() == "2026-01-01 至 2026-10-31"
    assert page.figures.text(figure_row(page, "实收合计（不含储值卡支付）"), 2) == "¥696.00"
    facial = figure_row(page, "深层清洁")
    page.figures_table.setCurrentIndex(page.figures.index(facial, 0))
    qtbot.waitUntil(lambda: not page.loading and "深层清洁" in page.details_label.text())
    assert [page.details.text(row, 2) for row in range(page.details.rowCount())] == ["深层清洁", "深层清洁"]


def test_export_with_progress_cancel_once_then_again(qtbot, database, tmp_path):
    _october(database)
    window = make_window(qtbot, database)
    page = open_review(qtbot, window)
    target = tmp_path / "给会计" / "十月.xlsx"
    target.parent.mkdir()
    task = page.export(str(target))
    qtbot.mouseClick(task.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # she changed her mind
    qtbot.waitUntil(lambda: "取消" in page.status_label.text(), timeout=20_000)
    assert list(target.parent.iterdir()) == []
    task = page.export(str(target))
    qtbot.waitUntil(lambda: "已导出" in page.status_label.text(), timeout=20_000)
    assert target.exists() and [path.name for path in target.parent.iterdir()] == ["十月.xlsx"]
    assert task.dialog.isHidden()
    assert Qt.WindowModality.WindowModal == task.dialog.windowModality()


def test_charts_show_the_month_and_a_bar_opens_its_rows(qtbot, database):
    _october(database)
    window = make_window(qtbot, database)
    page = open_review(qtbot, window)
    page.show_charts()
    qtbot.waitUntil(lambda: not page.loading and bool(page.charts.views["months"].chart().series()), timeout=20_000)
    months = page.charts.views["months"].chart().series()[0].barSets()
    assert [bar_set.label() for bar_set in months] == ["实收", "耗（确认收入）"]
    assert (months[0].at(11), months[1].at(11)) == (696.0, 696.0) and months[0].at(10) == 0.0
    top = page.charts.views["clients"].chart().series()[0].barSets()[0]
    assert top.count() == 3 and top.at(2) == 300.0  # the biggest spender at the top
    top.clicked.emit(2)
    qtbot.waitUntil(lambda: not page.loading and page.details.rowCount() == 1)
    assert page.side_tabs.currentIndex() == 0 and page.details.text(0, 4) == "300.00"
    months[0].clicked.emit(10)  # September's bar: the review moves to that month
    qtbot.waitUntil(lambda: not page.loading and page.review.period.start.month == 9)
