"""The 消费记录 tab, driven like the owner does: dates, therapist, client, void checkbox, sort, open a visit."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from salon.catalogue import PlanInput, ServiceInput, save_plan, save_service
from salon.packages.selling import sell_package
from salon.payments import PaymentInput
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit, void_visit
from tests.ui.test_main_window import make_window
from tests.ui.typing_helpers import type_text
from ui.history.model import HistoryTableModel
from ui.history.page import HistoryPage


@pytest.fixture
def visits(database, salon_data):
    """Three visits today, one voided today and one last month, recorded through save_visit.

    The day's visits are in its first seconds (in the order 8, 9, 10, 11), so that they are in the past however
    early the tests run."""
    fang, li = salon_data["staff"]["王芳"], salon_data["staff"]["李丽"]
    zeng, shan, zhang = (salon_data["clients"][name] for name in ("曾小梅", "单丽华", "张三丰"))
    facial = save_service(ServiceInput(name="深层清洁", price="198")).id
    massage = save_service(ServiceInput(name="肩颈理疗", price="268")).id
    today = date.today()
    first_of_month = today.replace(day=1)
    sold = datetime.combine(first_of_month - timedelta(days=40), time(10))
    count_plan = save_plan(PlanInput(name="清洁10次卡", kind="count", price="1580", sessions=10, service_ids=[facial]))
    stored_plan = save_plan(PlanInput(name="储值1000送200", kind="stored_value", price="1000", bonus="200"))
    card = sell_package(zeng, count_plan.id, [PaymentInput("wechat", 158000)], when=sold).id
    wallet = sell_package(zeng, stored_plan.id, [PaymentInput("cash", 100000)], when=sold).id

    def at(day: date, hour: int) -> datetime:
        # seconds past midnight, not hours: today's visits are in the past whenever the tests run (bar 11 s)
        return datetime.combine(day, time(0, 0, hour))

    ids = {}
    ids["zeng"] = save_visit(VisitInput(
        zeng, at(today, 9),
        [VisitItemInput("service", facial, therapist_id=fang, package_id=card),
         VisitItemInput("service", massage, therapist_id=li)],
        [PaymentInput("wechat", 20000), PaymentInput("stored_value", 6800, wallet)]), when=at(today, 9)).id
    ids["shan"] = save_visit(VisitInput(shan, at(today, 10), [VisitItemInput("service", facial, therapist_id=fang)],
                                        [PaymentInput("cash", 19800)]), when=at(today, 10)).id
    ids["zhang"] = save_visit(VisitInput(zhang, at(today, 11), [VisitItemInput("service", massage, therapist_id=li)],
                                         [PaymentInput("alipay", 26800)]), when=at(today, 11)).id
    last_month = first_of_month - timedelta(days=1)
    ids["last_month"] = save_visit(VisitInput(
        zhang, at(last_month, 15), [VisitItemInput("service", massage, therapist_id=li)],
        [PaymentInput("card", 26800)]), when=at(last_month, 15)).id
    ids["voided"] = save_visit(VisitInput(shan, at(today, 8), [VisitItemInput("service", facial, therapist_id=fang)],
                                          [PaymentInput("wechat", 19800)]), when=at(today, 8)).id
    void_visit(ids["voided"], "录错了", when=at(today, 8) + timedelta(minutes=5))
    return ids


def column(page: HistoryPage, name: str) -> list[str]:
    model = page.model
    index = HistoryTableModel.COLUMNS.index(name)
    return [model.data(model.index(row, index)) for row in range(model.rowCount())]


def wait_for_totals(qtbot, page: HistoryPage) -> None:
    """The footer is summed off the UI thread; it is enabled again once the figures of this filter are in."""
    qtbot.waitUntil(lambda: page.totals is not None and page.totals_label.isEnabled())


def open_history(qtbot, database):
    window = make_window(qtbot, database)
    assert window.history_page.model.rowCount() == 0  # nothing is queried before the tab is first shown
    window.tabs.setCurrentWidget(window.history_page)
    qtbot.waitExposed(window.history_page)
    return window, window.history_page


def test_the_tab_lists_this_months_visits_and_a_therapist_narrows_it(qtbot, database, salon_data, visits):
    window, page = open_history(qtbot, database)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "消费记录"
    today = date.today()
    assert page.from_edit.date() == QDate(today.year, today.month, 1)
    assert column(page, "client") == ["张三丰", "单丽华", "曾小梅"]  # newest first
    assert column(page, "visited_at")[0] == f"{today.isoformat()} 00:00"
    assert column(page, "items")[2] == "深层清洁、肩颈理疗"
    assert column(page, "therapists")[2] == "王芳、李丽"
    assert column(page, "payments") == ["支付宝 268.00", "现金 198.00", "微信 200.00 + 储值 68.00"]
    assert column(page, "deductions") == ["", "", "清洁10次卡 -1次"]
    assert column(page, "total") == ["268.00", "198.00", "466.00"]
    wait_for_totals(qtbot, page)
    assert page.count_label.text() == "共 3 笔"
    # 实收: 200 WeChat + 198 cash + 268 Alipay; the stored value was paid when the card was sold.
    assert page.totals_label.text() == "消费合计 ¥932.00　·　实收 ¥666.00　·　卡扣 1 次"
    assert page.methods_label.text() == "现金 ¥198.00　·　微信 ¥200.00　·　支付宝 ¥268.00　·　储值 ¥68.00"

    combo = page.therapist_combo
    combo.setFocus()
    combo.setCurrentIndex(combo.findText("李丽"))
    qtbot.waitUntil(lambda: column(page, "client") == ["张三丰", "曾小梅"])
    wait_for_totals(qtbot, page)
    assert page.count_label.text() == "共 2 笔"
    assert "消费合计 ¥734.00" in page.totals_label.text()
    assert page.methods_label.text() == "微信 ¥200.00　·　支付宝 ¥268.00　·　储值 ¥68.00"


def test_quick_ranges_void_checkbox_and_client_box(qtbot, database, salon_data, visits):
    _window, page = open_history(qtbot, database)
    qtbot.mouseClick(page.preset_buttons["last_month"], Qt.MouseButton.LeftButton)
    assert column(page, "client") == ["张三丰"]
    assert column(page, "payments") == ["刷卡 268.00"]
    qtbot.mouseClick(page.preset_buttons["today"], Qt.MouseButton.LeftButton)
    assert page.from_edit.date() == page.to_edit.date() == QDate.currentDate()
    assert len(column(page, "client")) == 3

    page.void_check.setFocus()
    qtbot.keyClick(page.void_check, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(column(page, "client")) == 4)
    assert column(page, "status") == ["", "", "", "作废"]
    model = page.model
    void_index = model.index(3, 0)
    assert model.data(void_index, Qt.ItemDataRole.ForegroundRole).color() == QColor("#9a9a9a")
    assert "录错了" in model.data(void_index, Qt.ItemDataRole.ToolTipRole)
    wait_for_totals(qtbot, page)
    assert page.count_label.text() == "共 4 笔（含作废 1 笔，不计入合计）"
    assert "消费合计 ¥932.00" in page.totals_label.text()

    page.text_edit.setFocus()
    type_text(qtbot, page.text_edit, "slh")  # 单丽华 by her pinyin initials
    qtbot.waitUntil(lambda: column(page, "client") == ["单丽华", "单丽华"])
    wait_for_totals(qtbot, page)
    assert page.count_label.text() == "共 2 笔（含作废 1 笔，不计入合计）"
    assert "消费合计 ¥198.00" in page.totals_label.text()


def test_dates_typed_in_the_wrong_order_follow_each_other(qtbot, database, salon_data, visits):
    _window, page = open_history(qtbot, database)
    later = page.to_edit.date().addDays(10)
    page.from_edit.setDate(later)
    assert page.to_edit.date() == later
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    wait_for_totals(qtbot, page)
    assert page.count_label.text() == "共 0 笔"
    assert page.totals_label.text() == "消费合计 ¥0.00　·　实收 ¥0.00"
    assert page.methods_label.text() == ""


def test_enter_and_double_click_open_the_visit(qtbot, database, salon_data, visits):
    window, page = open_history(qtbot, database)
    opened = []
    window.open_visit = opened.append  # the visit dialog itself is tested with the dialog
    page.table.setFocus()
    assert QApplication.focusWidget() is page.table
    assert page.current_visit_id() == visits["zhang"]
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [visits["shan"]]
    point = page.table.visualRect(page.model.index(2, 1)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened == [visits["shan"], visits["zeng"]]


def test_a_visit_voided_elsewhere_leaves_the_list_on_refresh(qtbot, database, salon_data, visits):
    _window, page = open_history(qtbot, database)
    assert page.select_visit(visits["shan"])
    void_visit(visits["zhang"], "客人取消")
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    assert column(page, "client") == ["单丽华", "曾小梅"]
    assert page.current_visit_id() == visits["shan"]  # the selection stays on the same visit
    wait_for_totals(qtbot, page)
    assert "消费合计 ¥664.00" in page.totals_label.text()


def test_header_sorts_in_sql_on_sortable_columns_only(qtbot, database, salon_data, visits):
    _window, page = open_history(qtbot, database)
    header = page.table.horizontalHeader()
    total_column = HistoryTableModel.COLUMNS.index("total")
    header.setSortIndicator(total_column, Qt.SortOrder.AscendingOrder)
    assert column(page, "total") == ["198.00", "268.00", "466.00"]
    items_column = HistoryTableModel.COLUMNS.index("items")
    header.setSortIndicator(items_column, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == total_column  # 项目 does not sort; the arrow stays
    assert column(page, "total") == ["198.00", "268.00", "466.00"]
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert column(page, "client") == ["张三丰", "单丽华", "曾小梅"]


def test_history_model_passes_qt_model_tester(qtmodeltester, database, salon_data, visits):
    from salon.visits.history import HistoryFilter

    model = HistoryTableModel()
    qtmodeltester.check(model)
    model.set_filter(HistoryFilter(include_void=True))
    assert model.rowCount() == 5
    qtmodeltester.check(model)
    model.sort(HistoryTableModel.COLUMNS.index("client"), Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    model.set_filter(HistoryFilter(date(2000, 1, 1), date(2000, 1, 2)))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_money_in_and_out_counts_card_sales_and_top_ups_beside_the_visits(qtbot, database, salon_data, visits):
    from salon.packages.selling import top_up
    from salon.store.models import ClientPackage, PackagePlan

    zeng = salon_data["clients"]["曾小梅"]
    plan = PackagePlan.get(PackagePlan.name == "清洁10次卡")
    sell_package(zeng, plan.id, [PaymentInput("wechat", 158000)])
    wallet = ClientPackage.get(ClientPackage.kind == "stored_value")
    top_up(wallet.id, [PaymentInput("cash", 50000)])
    window, page = open_history(qtbot, database)
    page.set_preset("today")
    wait_for_totals(qtbot, page)
    flow = page.flow_table
    assert flow.isVisible() and flow.isEnabled()
    # The voided visit's WeChat payment and its reversal cancel out.
    assert [flow.cell_text("visit", m) for m in ("cash", "wechat", "alipay", "stored_value", "total", "received")] \
        == ["198.00", "200.00", "268.00", "68.00", "734.00", "666.00"]
    assert flow.cell_text("sale", "wechat") == "1,580.00" and flow.cell_text("sale", "cash") == "—"
    assert flow.cell_text("top_up", "cash") == "500.00"
    assert flow.cell_text("refund", "total") == "—"
    assert [flow.cell_text(None, m) for m in ("cash", "wechat", "total", "received")] \
        == ["698.00", "1,780.00", "2,814.00", "2,746.00"]
