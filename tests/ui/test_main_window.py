from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from salon.clients.profiles import assignment_history
from salon.store.models import Client
from tests.ui.typing_helpers import type_text
from ui.clients.list_model import ClientTableModel
from ui.main_window import MainWindow


def make_window(qtbot, database):
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def visible_names(page):
    model = page.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_find_a_client_by_pinyin_initials_as_you_type(qtbot, database, salon_data):
    window = make_window(qtbot, database)
    page = window.clients_page
    assert len(visible_names(page)) == 5
    page.table.setFocus()
    assert QApplication.focusWidget() is page.table
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search_edit
    qtbot.keyClicks(page.search_edit, "zxm")
    qtbot.waitUntil(lambda: visible_names(page) == ["曾小梅"])
    # The card shows what matters at the counter, allergies first.
    assert "酒精过敏" in page.card.text()
    assert page.count_label.text() == "1 位客户"
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(visible_names(page)) == 5)
    qtbot.keyClicks(page.search_edit, "5678")
    qtbot.waitUntil(lambda: sorted(visible_names(page)) == sorted(["曾小梅", "陳美玲"]))


def test_enter_in_search_opens_the_client_file(qtbot, database, salon_data):
    window = make_window(qtbot, database)
    page = window.clients_page
    page.focus_search()
    qtbot.keyClicks(page.search_edit, "slh")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.client_dialog is not None and window.client_dialog.isVisible())
    assert window.client_dialog.client_id == salon_data["clients"]["单丽华"]
    assert "单丽华" in window.client_dialog.windowTitle()


def test_ctrl_n_opens_an_empty_client_form(qtbot, database, salon_data):
    window = make_window(qtbot, database)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.client_dialog is not None and window.client_dialog.isVisible())
    assert window.client_dialog.client_id is None


def test_archive_hides_the_client_and_restore_brings_her_back(qtbot, database, salon_data, answer_yes):
    window = make_window(qtbot, database)
    page = window.clients_page
    target = salon_data["clients"]["张三丰"]
    assert page.select_client(target)
    assert page.archive_button.text() == "归档"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert "张三丰" in answer_yes[0]
    assert "张三丰" not in visible_names(page)
    assert Client.get_by_id(target).archived_at is not None
    page.show_archived.setChecked(True)
    assert "张三丰" in visible_names(page)
    assert page.select_client(target)
    assert page.archive_button.text() == "恢复"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert Client.get_by_id(target).archived_at is None


def test_reassign_clients_from_the_therapists_tab(qtbot, database, salon_data):
    window = make_window(qtbot, database)
    window.tabs.setCurrentWidget(window.therapists_page)
    page = window.therapists_page
    page.select_staff(salon_data["staff"]["王芳"])
    assert page.clients_model.rowCount() == 2
    assert "王芳" in page.clients_title.text()
    page.clients_table.selectAll()
    qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)
    dialog = window.assign_dialog
    assert dialog is not None and dialog.isVisible()
    combo_texts = [dialog.therapist_combo.itemText(i) for i in range(dialog.therapist_combo.count())]
    assert not any("陈静" in text for text in combo_texts), "inactive staff get no new clients"
    dialog.select_therapist(salon_data["staff"]["李丽"])
    dialog.accept()
    assert page.clients_model.rowCount() == 0
    page.select_staff(salon_data["staff"]["李丽"])
    assert page.clients_model.rowCount() == 3
    history = assignment_history(salon_data["clients"]["曾小梅"])
    assert [h.therapist.name for h in history] == ["王芳", "李丽"]
    # The client list shows the new therapist.
    client_page = window.clients_page
    row = client_page.model.row_of(salon_data["clients"]["曾小梅"])
    assert client_page.model.data(client_page.model.index(row, 4)) == "李丽"


def test_assign_from_the_client_list_with_multi_select(qtbot, database, salon_data):
    window = make_window(qtbot, database)
    page = window.clients_page
    page.table.selectAll()
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    dialog = window.assign_dialog
    assert len(dialog.client_ids) == 5
    dialog.select_therapist(salon_data["staff"]["王芳"])
    dialog.accept()
    assert {c.therapist_id for c in Client.select()} == {salon_data["staff"]["王芳"]}


def test_new_staff_member_and_deactivation(qtbot, database, salon_data):
    window = make_window(qtbot, database)
    page = window.therapists_page
    dialog = page.edit_staff(None)
    type_text(qtbot, dialog.name_edit, "刘洋")
    qtbot.keyClicks(dialog.commission_edit, "120%")
    dialog.accept()
    assert dialog.isVisible() and "0–100" in dialog.error_label.text()
    dialog.commission_edit.setText("12.5%")
    dialog.accept()
    assert not dialog.isVisible()
    row = page.staff_model.row_of(dialog.staff_id)
    assert page.staff_model.data(page.staff_model.index(row, 4)) == "12.5%"
    page.select_staff(dialog.staff_id)
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert page.staff_model.data(page.staff_model.index(page.staff_model.row_of(dialog.staff_id), 5)) == "已停用"


def test_client_model_passes_qt_model_tester(qtmodeltester, database, salon_data):
    model = ClientTableModel()
    model.refresh()
    qtmodeltester.check(model)
    model.set_search_text("zxm")
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_sorting_by_column_is_done_in_sql(qtbot, database, salon_data):
    window = make_window(qtbot, database)
    page = window.clients_page
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    phones = [page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())]
    assert phones == sorted(phones, reverse=True)


def test_demo_data_loads_in_the_background_and_fills_the_list(qtbot, database, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr("ui.main_window.QMessageBox.warning", lambda _parent, _title, text: warnings.append(text))
    window = make_window(qtbot, database)
    page = window.clients_page
    assert page.model.rowCount() == 0
    task = window.load_demo_data(clients=40)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: page.model.rowCount() > 30)  # a few demo clients are archived
    assert not task.dialog.isVisible()
    active = page.model.rowCount()
    assert window.status_label.text().startswith(f"{active} 位客户")
    assert window.therapists_page.staff_model.rowCount() >= 6
    # A second load is refused: demo data never mixes into a database that has clients.
    second = window.load_demo_data(clients=40)
    with qtbot.waitSignal(second.failed, timeout=60_000) as failed:
        pass
    assert failed.args[0].code == "demo_not_empty"
    assert len(warnings) == 1 and warnings[0].startswith("演示数据没有载入：")
    assert ClientTableModel is type(page.model) and page.model.rowCount() > 30


def test_cancelling_the_demo_leaves_the_database_empty(qtbot, database):
    from salon.demo import generator as demo

    window = make_window(qtbot, database)
    task = window.load_demo_data(clients=5000)
    cancel_button = task.dialog.findChild(QPushButton)
    assert cancel_button.text() == "取消"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(task.failed, timeout=60_000) as failed:
        pass
    assert isinstance(failed.args[0], demo.DemoCancelled)
    assert demo.database_is_empty()
    assert window.clients_page.model.rowCount() == 0


def test_cards_that_expire_overnight_are_closed_without_a_restart(qtbot, database, salon_data):
    from datetime import date, datetime, timedelta

    from salon.catalogue import PlanInput, ServiceInput, save_plan, save_service
    from salon.packages.selling import sell_package
    from salon.packages.views import client_packages
    from salon.payments import PaymentInput

    client_id = Client.select().first().id
    service = save_service(ServiceInput(name="深层清洁", price="198"))
    plan = save_plan(PlanInput(name="体验月卡", kind="count", price="300", sessions=3, validity_days=30,
                               service_ids=[service.id]))
    card = sell_package(client_id, plan.id, [PaymentInput("cash", 30000)], when=datetime.now())
    window = make_window(qtbot, database)
    last_day = date.today() + timedelta(days=29)
    assert window.close_expired_cards(last_day) == []
    assert window.close_expired_cards(last_day + timedelta(days=1)) == [card.id]
    assert [(p.status, p.sessions_left) for p in client_packages(client_id)] == [("expired", 0)]
    assert window.close_expired_cards(last_day + timedelta(days=1)) == []  # once a day


def test_the_window_shows_the_app_icon(qtbot, database):
    from ui.app import create_application

    app = create_application([])
    window = make_window(qtbot, database)
    image = window.windowIcon().pixmap(64, 64).toImage()
    assert not image.isNull()
    centre, corner = image.pixelColor(32, 40), image.pixelColor(0, 0)
    assert centre.alpha() == 255 and corner.alpha() == 0  # the rounded tile, drawn, not a blank square
    assert app.windowIcon().cacheKey() == window.windowIcon().cacheKey()


def test_a_search_thousands_match_shows_a_first_page_at_once_and_the_rest_follows(qtbot, database, monkeypatch):
    from salon.clients import search
    from salon.demo.generator import generate_demo

    generate_demo(database, clients=300, months=1, seed=4)
    # At 100,000 clients one typed letter matches tens of thousands; here the same path on a small salon.
    monkeypatch.setattr(search, "DENSE_TERM_KEYS", 30)
    monkeypatch.setattr(search, "FIRST_PAGE_SIZE", 25)
    window = make_window(qtbot, database)
    page = window.clients_page
    everyone = search.search_client_ids("z")
    assert len(everyone) > 25
    page.search_edit.setText("z")
    page.apply_search()
    assert page.model.rowCount() == 25 and not page.model.complete
    assert page.count_label.text() == "25 位以上客户…"
    first = page.current_id()
    qtbot.waitUntil(lambda: page.model.complete)
    assert [page.model.client_id(row) for row in range(page.model.rowCount())] == everyone
    assert page.count_label.text() == f"{len(everyone)} 位客户"
    assert page.current_id() == first  # the rows came in below; nothing jumped
    # A client further down than the first page can be selected while the rest is still coming.
    page.search_edit.setText("z")
    page.model.refresh()
    assert page.select_client(everyone[-1]) and page.model.complete


def test_the_reassign_dialog_starts_with_nobody_chosen_and_never_acts_silently(qtbot, database, salon_data):
    window = make_window(qtbot, database)
    ids = [salon_data["clients"]["曾小梅"], salon_data["clients"]["单丽华"]]
    dialog = window.assign_therapist(ids)
    assert dialog.therapist_combo.currentIndex() == -1 and not dialog.ok_button.isEnabled()
    dialog.accept()  # Enter with nothing chosen
    assert dialog.isVisible() and dialog.error_label.text() == "请选择美容师。"
    assert {Client.get_by_id(i).therapist_id for i in ids} == {salon_data["staff"]["王芳"]}
    dialog.select_therapist(None)  # '不分配' has to be chosen on purpose
    dialog.accept()
    assert {Client.get_by_id(i).therapist_id for i in ids} == {None}


def test_deactivating_a_therapist_asks_who_takes_her_clients(qtbot, database, salon_data):
    from salon.staff import get_staff

    window = make_window(qtbot, database)
    page = window.therapists_page
    fang, li = salon_data["staff"]["王芳"], salon_data["staff"]["李丽"]
    page.select_staff(fang)
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    dialog = page.leave_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.client_count == 2
    assert dialog.therapist_combo.currentIndex() == -1 and not dialog.save_button.isEnabled()
    assert get_staff(fang).active  # nothing happens before the owner decides
    dialog.therapist_combo.setCurrentIndex(dialog.therapist_combo.findData(li))
    assert dialog.hand_over.isChecked() and dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not get_staff(fang).active
    moved = [salon_data["clients"]["曾小梅"], salon_data["clients"]["单丽华"]]
    assert {Client.get_by_id(i).therapist_id for i in moved} == {li}
    assert [h.therapist_id for h in assignment_history(moved[0])][-1] == li


def test_a_therapist_can_leave_her_clients_unassigned_and_they_are_easy_to_find(qtbot, database, salon_data):
    from salon.clients.search import search_client_ids

    window = make_window(qtbot, database)
    page = window.therapists_page
    li = salon_data["staff"]["李丽"]
    page.select_staff(li)
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    dialog = page.leave_dialog
    dialog.leave_unassigned.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    zhang = salon_data["clients"]["张三丰"]
    assert Client.get_by_id(zhang).therapist_id is None
    assert search_client_ids("待分配") == [zhang]
    window.assign_therapist([zhang], salon_data["staff"]["王芳"]).accept()
    assert search_client_ids("待分配") == [] and "待分配" not in Client.get_by_id(zhang).tags


def test_an_empty_salon_says_what_to_do_next(qtbot, database, monkeypatch):
    window = make_window(qtbot, database)
    page = window.clients_page
    assert page.empty_panel.isVisible() and not page.table.isVisible()
    assert "还没有客户" in page.empty_state.text() and "Ctrl+N" in page.empty_state.text()
    offered = []
    monkeypatch.setattr(window, "load_demo_data", lambda *a, **k: offered.append(True))
    monkeypatch.setattr("ui.main_window.QMessageBox.question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.empty_demo_button, Qt.MouseButton.LeftButton)
    assert offered == [True]
    qtbot.mouseClick(page.empty_new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.client_dialog is not None and window.client_dialog.isVisible())
    window.client_dialog.name_edit.setText("王芳")
    window.client_dialog.save()
    qtbot.waitUntil(lambda: page.table.isVisible())
    assert not page.empty_panel.isVisible()


def test_a_visit_with_an_empty_menu_sends_the_front_desk_to_add_services(qtbot, database, salon_data):
    window = make_window(qtbot, database)
    dialog = window.record_visit(salon_data["clients"]["曾小梅"])
    assert dialog.lines.catalogue_button.isVisible()
    assert "请先在“项目与卡项”里添加服务项目" in dialog.lines.empty_label.text()
    qtbot.mouseClick(dialog.lines.catalogue_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.catalogue_page
    assert dialog.isVisible()  # the visit waits
