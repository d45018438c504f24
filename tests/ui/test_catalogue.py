"""The 项目与卡项 tab: services, products and the three kinds of package plans, typed in as the owner does."""
from PySide6.QtCore import Qt

from salon.catalogue import PlanInput, ServiceInput, plan_service_ids, save_plan, save_service
from salon.store.models import PackagePlan, Product, Service
from tests.ui.test_main_window import make_window
from tests.ui.typing_helpers import type_text
from ui.catalogue.dialogs import ProductDialog, ServiceDialog
from ui.catalogue.page import CataloguePage
from ui.catalogue.plan_dialog import PlanDialog


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def rows(pane):
    model = pane.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def double_click_row(qtbot, table, row):
    where = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # Qt wants the press first
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def type_number(qtbot, spin, text):
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def make_page(qtbot):
    page = CataloguePage()
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_create_a_service_by_typing_and_a_bad_price_saves_nothing(qtbot, database):
    window = make_window(qtbot, database)
    window.tabs.setCurrentWidget(window.catalogue_page)
    pane = window.catalogue_page.services
    click(qtbot, pane.add_button)
    dialog = pane.dialog
    assert isinstance(dialog, ServiceDialog) and dialog.isVisible()
    type_text(qtbot, dialog.name_edit, "深层清洁")
    type_text(qtbot, dialog.category_combo.lineEdit(), "面部护理")
    qtbot.keyClicks(dialog.price_edit, "1.9.8")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "金额“1.9.8”无效：应为不小于 0 的数，最多两位小数。"
    assert dialog.focusWidget() is dialog.price_edit
    assert Service.select().count() == 0

    dialog.price_edit.clear()
    qtbot.keyClicks(dialog.price_edit, "198")
    type_number(qtbot, dialog.duration_spin, "90")
    type_text(qtbot, dialog.followup_edit, "1，7")
    qtbot.keyClicks(dialog.commission_edit, "12%")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: pane.dialog is None)
    service = Service.get()
    assert (service.name, service.category, service.price_fen, service.duration_min, service.followup_days,
            service.commission_rate_bp) == ("深层清洁", "面部护理", 19800, 90, "1,7", 1200)
    assert rows(pane) == [["深层清洁", "面部护理", "¥198.00", "90 分钟", "1、7", "12%", "在售"]]


def test_a_fixed_commission_and_follow_up_days_are_checked(qtbot, database):
    page = make_page(qtbot)
    pane = page.services
    click(qtbot, pane.add_button)
    dialog = pane.dialog
    type_text(qtbot, dialog.name_edit, "肩颈理疗")
    qtbot.keyClicks(dialog.price_edit, "268")
    qtbot.keyClicks(dialog.followup_edit, "0")
    click(qtbot, dialog.save_button)
    assert "回访天数应为 1–365" in dialog.error_label.text()
    assert Service.select().count() == 0
    dialog.followup_edit.clear()
    qtbot.keyClicks(dialog.commission_edit, "30")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: pane.dialog is None)
    assert rows(pane)[0][5] == "每次 30.00 元"


def test_create_a_product_by_typing(qtbot, database):
    page = make_page(qtbot)
    page.tabs.setCurrentWidget(page.products)
    pane = page.products
    click(qtbot, pane.add_button)
    dialog = pane.dialog
    assert isinstance(dialog, ProductDialog)
    click(qtbot, dialog.save_button)
    assert dialog.error_label.text() == "请填写产品名称。"
    type_text(qtbot, dialog.brand_combo.lineEdit(), "雅漾")
    type_text(qtbot, dialog.name_edit, "舒护活泉水喷雾 150ml")
    type_text(qtbot, dialog.kind_combo.lineEdit(), "喷雾")
    qtbot.keyClicks(dialog.price_edit, "-5")
    click(qtbot, dialog.save_button)
    assert "金额“-5”无效" in dialog.error_label.text()
    assert Product.select().count() == 0
    dialog.price_edit.clear()
    qtbot.keyClicks(dialog.price_edit, "128.5")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: pane.dialog is None)
    assert rows(pane) == [["雅漾", "舒护活泉水喷雾 150ml", "喷雾", "¥128.50", "在售"]]


def test_create_each_kind_of_plan_by_typing(qtbot, database):
    cleansing = save_service(ServiceInput(name="深层清洁", price="198"))
    massage = save_service(ServiceInput(name="肩颈理疗", price="268"))
    page = make_page(qtbot)
    page.tabs.setCurrentWidget(page.plans)
    pane = page.plans

    # Count card: 10 sessions + 2 free, one year, one service.
    click(qtbot, pane.add_button)
    dialog = pane.dialog
    assert isinstance(dialog, PlanDialog) and dialog.kind() == "count"
    type_text(qtbot, dialog.name_edit, "清洁10次卡")
    qtbot.keyClicks(dialog.price_edit, "1580")
    type_number(qtbot, dialog.sessions_spin, "10")
    type_number(qtbot, dialog.bonus_sessions_spin, "2")
    type_number(qtbot, dialog.validity_spin, "365")
    click(qtbot, dialog.save_button)
    assert dialog.error_label.text() == "请勾选这张卡可以做的项目。"
    assert PackagePlan.select().count() == 0
    dialog.set_services_checked([cleansing.id])
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: pane.dialog is None)

    # Annual card: unlimited use of two services for a year (the preset button fills the days).
    click(qtbot, pane.add_button)
    dialog = pane.dialog
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("period"))
    assert dialog.sessions_spin.text() == "不限次"
    assert not dialog.bonus_sessions_spin.isVisible() and dialog.services_list.isVisible()
    type_text(qtbot, dialog.name_edit, "理疗年卡")
    qtbot.keyClicks(dialog.price_edit, "3650")
    dialog.set_services_checked([cleansing.id, massage.id])
    click(qtbot, dialog.save_button)
    assert dialog.error_label.text() == "年卡/月卡要填写有效天数（如 365 或 30）。"
    year_button = next(b for b in dialog.findChildren(type(dialog.save_button)) if b.text() == "一年")
    click(qtbot, year_button)
    assert dialog.validity_spin.value() == 365
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: pane.dialog is None)

    # Stored value: pay 1000, get 200 more.
    click(qtbot, pane.add_button)
    dialog = pane.dialog
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("stored_value"))
    assert not dialog.services_list.isVisible() and dialog.bonus_edit.isVisible()
    assert dialog.form.labelForField(dialog.price_edit).text() == "充值金额 *"
    type_text(qtbot, dialog.name_edit, "储值1000送200")
    qtbot.keyClicks(dialog.price_edit, "1000")
    qtbot.keyClicks(dialog.bonus_edit, "200")
    assert not dialog.validity_hint.isVisible()
    # A validity on a named stored-value card: the dialog says what that means.
    click(qtbot, next(b for b in dialog.findChildren(type(dialog.save_button)) if b.text() == "一年"))
    assert dialog.validity_hint.isVisible() and "不设有效期" in dialog.validity_hint.text()
    type_number(qtbot, dialog.validity_spin, "0")
    assert not dialog.validity_hint.isVisible()
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: pane.dialog is None)

    plans = {p.name: p for p in PackagePlan.select()}
    count, annual, stored = plans["清洁10次卡"], plans["理疗年卡"], plans["储值1000送200"]
    assert (count.kind, count.price_fen, count.sessions, count.bonus_sessions, count.validity_days) == (
        "count", 158000, 10, 2, 365)
    assert plan_service_ids(count.id) == [cleansing.id]
    assert (annual.kind, annual.sessions, annual.validity_days) == ("period", None, 365)
    assert sorted(plan_service_ids(annual.id)) == sorted([cleansing.id, massage.id])
    assert (stored.kind, stored.price_fen, stored.bonus_fen, stored.validity_days) == ("stored_value", 100000,
                                                                                     20000, None)
    shown = {row[0]: row for row in rows(pane)}
    assert shown["清洁10次卡"][1:6] == ["次卡", "¥1,580.00", "10 次 + 赠 2 次", "365 天", "在售"]
    assert shown["理疗年卡"][3] == "不限次"
    assert shown["理疗年卡"][6] == "深层清洁、肩颈理疗"
    assert shown["储值1000送200"][1:5] == ["储值卡", "¥1,000.00", "送 200.00 元", "长期"]


def test_deactivate_hides_an_item_and_show_inactive_brings_it_back(qtbot, database):
    save_service(ServiceInput(name="深层清洁", price="198"))
    save_service(ServiceInput(name="补水护理", price="168"))
    page = make_page(qtbot)
    pane = page.services
    assert sorted(r[0] for r in rows(pane)) == sorted(["深层清洁", "补水护理"])
    assert pane.select(Service.get(Service.name == "补水护理").id)
    click(qtbot, pane.active_button)
    assert [r[0] for r in rows(pane)] == ["深层清洁"]
    assert Service.get(Service.name == "补水护理").active is False
    pane.show_inactive.setChecked(True)
    shown = {r[0]: r[-1] for r in rows(pane)}
    assert shown == {"深层清洁": "在售", "补水护理": "已停用"}
    assert pane.select(Service.get(Service.name == "补水护理").id)
    assert pane.active_button.text() == "启用(&D)"
    click(qtbot, pane.active_button)
    assert Service.get(Service.name == "补水护理").active is True


def test_double_click_edits_and_the_plan_list_follows_a_renamed_service(qtbot, database):
    service = save_service(ServiceInput(name="深层清洁", price="198"))
    save_plan(PlanInput(name="清洁10次卡", kind="count", price="1580", sessions=10, service_ids=[service.id]))
    page = make_page(qtbot)
    pane = page.services
    double_click_row(qtbot, pane.table, 0)
    dialog = pane.dialog
    assert isinstance(dialog, ServiceDialog) and dialog.service_id == service.id
    assert (dialog.name_edit.text(), dialog.price_edit.text()) == ("深层清洁", "198.00")
    dialog.name_edit.clear()
    type_text(qtbot, dialog.name_edit, "深层清洁（升级版）")
    dialog.price_edit.clear()
    qtbot.keyClicks(dialog.price_edit, "218")
    qtbot.keyClick(dialog.price_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.dialog is None)
    assert rows(pane)[0][:3] == ["深层清洁（升级版）", "", "¥218.00"]
    assert Service.select().count() == 1
    assert rows(page.plans)[0][-1] == "深层清洁（升级版）"
    # Keyboard: Enter on a row edits it, Insert adds one.
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert isinstance(pane.dialog, ServiceDialog) and pane.dialog.service_id == service.id
    pane.dialog.reject()
    qtbot.waitUntil(lambda: pane.dialog is None)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(pane.table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: pane.dialog is not None)  # a shortcut "animates" the button's click first
    assert isinstance(pane.dialog, ServiceDialog) and pane.dialog.service_id is None


def test_catalogue_models_pass_the_model_tester_and_sort_money_as_money(qtbot, qtmodeltester, database):
    save_service(ServiceInput(name="美甲", price="98"))
    save_service(ServiceInput(name="背部SPA", price="1280"))
    save_service(ServiceInput(name="深层清洁", price="198"))
    page = make_page(qtbot)
    model = page.services.model
    qtmodeltester.check(model)
    page.services.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
    assert [r[2] for r in rows(page.services)] == ["¥98.00", "¥198.00", "¥1,280.00"]
    page.services.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    assert [r[0] for r in rows(page.services)] == ["背部SPA", "深层清洁", "美甲"]
    qtmodeltester.check(model)
    qtmodeltester.check(page.plans.model)
    qtmodeltester.check(page.products.model)
