"""One look and a remembered layout: the stylesheet and icons load, widths, sort orders, splitters and window sizes
survive closing and reopening, columns are wide enough for what they show, and every main tab says what to do next
when it has nothing to show."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from salon.catalogue import PlanInput, ServiceInput, save_plan, save_service
from salon.packages.selling import sell_package
from salon.payments import PaymentInput
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit
from tests.ui.test_main_window import make_window
from ui.common.empty_state import EmptyState
from ui.common.icons import icon
from ui.common.remember import columns_remembered
from ui.common.style import apply_style
from ui.history.model import HistoryTableModel
from ui.history.page import HistoryPage
from ui.main_window import ACTION_ICONS, TAB_ICONS, MainWindow

LONG_CARD = "肩颈理疗年卡（限48次，含精油开背）"


def user_resizes(header, section: int, width: int) -> None:
    """A drag on a column edge as the header sees it: a press, the section resized, the release."""
    viewport = header.viewport()
    at = QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) - 1, 5)
    press = QMouseEvent(QEvent.Type.MouseButtonPress, at, viewport.mapToGlobal(at), Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, press)
    header.resizeSection(section, width)
    release = QMouseEvent(QEvent.Type.MouseButtonRelease, at, viewport.mapToGlobal(at), Qt.MouseButton.LeftButton,
                          Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, release)


def empty_text(view) -> str:
    """The empty-state note shown over `view`, or '' when none is shown."""
    notes = [child for child in view.viewport().findChildren(EmptyState) if child.isVisible()]
    return notes[0].text() if notes else ""


# --- the look ---------------------------------------------------------------------------------------------------
def test_the_stylesheet_and_the_icons_load(qapp):
    palette, sheet = qapp.palette(), qapp.styleSheet()
    try:
        assert apply_style(qapp)
        assert "QTabBar::tab" in qapp.styleSheet() and "QHeaderView::section" in qapp.styleSheet()
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
    for name in {*TAB_ICONS.values(), *ACTION_ICONS.values()}:
        assert not icon(name).isNull(), name
        assert not icon(name).pixmap(16, 16).isNull(), name


def test_menus_and_tabs_carry_their_icons(qtbot, database):
    window = make_window(qtbot, database)
    for attribute in ("new_client_action", "find_action", "record_visit_action", "sell_package_action",
                      "import_action", "export_action", "settings_action", "backup_action"):
        assert not getattr(window, attribute).icon().isNull(), attribute
    window.tabs.setCurrentWidget(window.history_page)  # a tab built when first shown keeps its icon
    for index in range(window.tabs.count()):
        assert not window.tabs.tabIcon(index).isNull(), window.tabs.tabText(index)


# --- remembered layout ----------------------------------------------------------------------------------------
def test_the_main_window_reopens_where_and_as_large_as_it_was(qtbot, database):
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.setGeometry(30, 40, 1000, 540)
    qtbot.waitUntil(lambda: window.height() == 540)
    window.close()
    again = MainWindow(database)
    qtbot.addWidget(again)
    assert again.height() == 540 and abs(again.y() - window.y()) <= 4  # give or take the frame offscreen
    # The offscreen screen is 800 wide: a window wider than the screen comes back onto it, as on a smaller monitor.
    assert again.width() <= again.screen().availableGeometry().width()


def test_history_widths_and_sort_order_survive_closing_the_tab(qtbot, database, salon_data):
    page = HistoryPage()
    qtbot.addWidget(page)
    page.show()
    page.apply_filter()
    header = page.table.horizontalHeader()
    client = HistoryTableModel.COLUMNS.index("client")
    total = HistoryTableModel.COLUMNS.index("total")
    header.resizeSection(client, 155)  # the page itself: not the user's choice, not remembered
    assert not columns_remembered(page.table)
    user_resizes(header, total, 137)
    assert columns_remembered(page.table)
    header.setSortIndicator(client, Qt.SortOrder.AscendingOrder)  # a click on 客户
    page.close()
    page.deleteLater()

    again = HistoryPage()
    qtbot.addWidget(again)
    header = again.table.horizontalHeader()
    assert header.sectionSize(total) == 137
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (client, Qt.SortOrder.AscendingOrder)
    assert again.model.sort_column() == client and again.model.sort_order() == Qt.SortOrder.AscendingOrder


def test_a_catalogue_list_is_sorted_again_as_the_user_left_it(qtbot, database):
    for name, price in (("面部深层清洁", "198"), ("肩颈理疗", "268"), ("眼部护理", "98")):
        save_service(ServiceInput(name=name, price=price))
    from ui.catalogue.page import CataloguePage

    page = CataloguePage()
    qtbot.addWidget(page)
    table = page.services.table
    price = next(column for column in range(page.services.model.columnCount())
                 if page.services.model.headerData(column, Qt.Orientation.Horizontal) == "价格")
    table.horizontalHeader().setSortIndicator(price, Qt.SortOrder.DescendingOrder)
    page.close()
    page.deleteLater()

    again = CataloguePage()
    qtbot.addWidget(again)
    model = again.services.model
    assert [model.record(row).name for row in range(model.rowCount())] == ["肩颈理疗", "面部深层清洁", "眼部护理"]
    assert again.services.table.horizontalHeader().sortIndicatorSection() == price


def test_a_splitter_and_the_client_file_keep_their_sizes(qtbot, database, salon_data):
    window = make_window(qtbot, database)
    window.resize(1200, 760)
    splitter = window.clients_page.splitter
    splitter.moveSplitter(500, 1)  # the user drags the handle
    left = splitter.sizes()[0]
    dialog = window.open_client(salon_data["clients"]["曾小梅"])
    dialog.resize(1010, 690)
    dialog.close()
    assert QSettings().contains("layout/splitters/clients")
    window.close()

    again = make_window(qtbot, database)
    again.resize(1200, 760)
    assert abs(again.clients_page.splitter.sizes()[0] - left) <= 2
    dialog = again.open_client(salon_data["clients"]["曾小梅"])
    assert dialog.size() == QSize(1010, 690)


@pytest.fixture
def long_card_visit(database, salon_data):
    """曾小梅 paid a massage from a card with a long name: 消费记录's 卡扣 column must show it whole."""
    zeng, fang = salon_data["clients"]["曾小梅"], salon_data["staff"]["王芳"]
    massage = save_service(ServiceInput(name="肩颈理疗", price="268")).id
    plan = save_plan(PlanInput(name=LONG_CARD, kind="count", price="3980", sessions=48, service_ids=[massage]))
    first = date.today().replace(day=1)
    card = sell_package(zeng, plan.id, [PaymentInput("cash", 398000)],
                        when=datetime.combine(first - timedelta(days=20), time(10))).id
    when = datetime.combine(date.today(), time(0, 0, 5))
    return save_visit(VisitInput(zeng, when, [VisitItemInput("service", massage, therapist_id=fang, package_id=card)],
                                 []), when=when).id


def test_the_card_column_of_the_history_shows_a_long_card_name_whole(qtbot, database, long_card_visit):
    page = HistoryPage()
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    page.apply_filter()
    table = page.table
    column = HistoryTableModel.COLUMNS.index("deductions")
    text = page.model.data(page.model.index(0, column))
    assert LONG_CARD in text
    assert table.columnWidth(column) >= table.fontMetrics().horizontalAdvance(text)
    assert table.columnWidth(column) >= table.horizontalHeader().sectionSizeHint(column)


def test_the_staff_tab_shows_her_clients_tags_whole(qtbot, database, salon_data):
    from salon.clients.profiles import ClientInput, save_client

    fang = salon_data["staff"]["王芳"]
    save_client(ClientInput(name="刘晓燕", phone="13711112222", therapist_id=fang, tags="贵宾 储值卡 敏感肌 老客"))
    window = make_window(qtbot, database)
    window.resize(1280, 800)
    page = window.therapists_page
    window.tabs.setCurrentWidget(page)
    page.select_staff(fang)
    table, model = page.clients_table, page.clients_model
    tags = model.COLUMNS.index("tags")
    assert table.isColumnHidden(model.COLUMNS.index("therapist"))  # her own name on every row, not shown
    shown = [column for column in range(model.columnCount()) if not table.isColumnHidden(column)]
    assert table.horizontalHeader().sectionViewportPosition(tags) + table.columnWidth(tags) \
        <= table.viewport().width()
    for column in shown:
        longest = max(table.fontMetrics().horizontalAdvance(model.data(model.index(row, column)) or "")
                      for row in range(model.rowCount()))
        assert table.columnWidth(column) >= longest, model.headerData(column, Qt.Orientation.Horizontal)


# --- empty states -------------------------------------------------------------------------------------------------
def test_every_main_tab_of_an_empty_salon_says_what_to_do_next(qtbot, database):
    window = make_window(qtbot, database)
    clients = window.clients_page
    assert clients.empty_panel.isVisible()
    assert "Ctrl+N" in clients.empty_state.text() and "导入客户" in clients.empty_state.text()

    staff = window.therapists_page
    window.tabs.setCurrentWidget(staff)
    assert "新增员工" in empty_text(staff.staff_table)

    catalogue = window.catalogue_page
    window.tabs.setCurrentWidget(catalogue)
    for pane, words in ((catalogue.services, "新增项目"), (catalogue.products, "新增产品"),
                        (catalogue.plans, "新增卡项")):
        catalogue.tabs.setCurrentWidget(pane)
        assert words in empty_text(pane.table)

    history = window.history_page
    window.tabs.setCurrentWidget(history)
    qtbot.waitUntil(lambda: "没有到店记录" in empty_text(history.table))
    assert "Ctrl+R" in empty_text(history.table)

    reminders = window.reminders_page
    window.tabs.setCurrentWidget(reminders)
    qtbot.waitUntil(lambda: reminders.found is not None)
    assert "没有要跟进的提醒" in empty_text(reminders.table)

    reports = window.reports_page
    window.tabs.setCurrentWidget(reports)
    qtbot.waitUntil(lambda: reports.review is not None)
    assert "没有营业记录" in empty_text(reports.figures_table)


def test_lists_with_data_that_match_nothing_say_so(qtbot, database, salon_data):
    window = make_window(qtbot, database)
    clients = window.clients_page
    assert empty_text(clients.table) == ""
    clients.search_edit.setText("xyzq")
    clients.apply_search()
    assert "没有找到“xyzq”" in empty_text(clients.table)
    clients.search_edit.clear()
    clients.apply_search()
    assert empty_text(clients.table) == ""

    staff = window.therapists_page
    window.tabs.setCurrentWidget(staff)
    assert empty_text(staff.staff_table) == ""
    staff.select_staff(salon_data["staff"]["陈静"])  # inactive, her client moved on: nobody listed
    staff.clients_model.set_therapist(-2)
    assert "还没有专属客户" in empty_text(staff.clients_table)

    history = window.history_page
    window.tabs.setCurrentWidget(history)
    history.text_edit.setText("无此人")
    history.apply_filter()
    assert "没有符合这些条件" in empty_text(history.table)


def test_a_client_without_cards_or_visits_is_told_how_to_start(qtbot, database, salon_data):
    window = make_window(qtbot, database)
    dialog = window.open_client(salon_data["clients"]["单丽华"])
    dialog.tabs.setCurrentWidget(dialog.packages_page)
    assert "售卡" in empty_text(dialog.packages_page.table)
    dialog.tabs.setCurrentWidget(dialog.history_page)
    assert "Ctrl+R" in empty_text(dialog.history_page.table)
