"""The client file's 卡项 and 消费记录 pages: selling, topping up, adjusting and refunding packages."""
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from salon.packages.selling import sell_package
from salon.packages.views import client_packages
from salon.payments import PaymentInput
from salon.store.models import ClientPackage, PackageLedger, Payment
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit
from tests.ui.test_main_window import make_window
from tests.ui.typing_helpers import type_text
from ui.clients.form import ClientDialog
from ui.packages.dialogs import AdjustDialog, SellPackageDialog, TopUpDialog
from ui.packages.refund_dialog import RefundDialog


@pytest.fixture
def shop(package_shop):
    return package_shop


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_file(qtbot, client_id):
    dialog = ClientDialog(client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.packages_page)
    return dialog


def table_rows(model):
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def column(model, header):
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    position = headers.index(header)
    return [model.data(model.index(r, position)) for r in range(model.rowCount())]


def test_a_new_client_file_has_no_package_or_history_pages(qtbot, database):
    dialog = ClientDialog(None)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "卡项" not in titles and "消费记录" not in titles
    assert dialog.packages_page is None and dialog.history_page is None


def test_sell_a_count_card_from_her_file_with_a_discount_and_split_payment(qtbot, database, shop):
    dialog = open_file(qtbot, shop["client"])
    page = dialog.packages_page
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())][-2:] == ["卡项", "消费记录"]
    assert page.model.rowCount() == 0
    click(qtbot, page.sell_button)
    sell = page.dialog
    assert isinstance(sell, SellPackageDialog) and sell.isVisible()
    sell.select_plan(shop["plans"]["count"])
    assert sell.price_edit.text() == "1580.00"
    assert "10 次 · 赠 2 次 · 深层清洁 · 有效期 365 天" == sell.terms_label.text()
    today = date.today()
    assert sell.expiry_label.text() == (today + timedelta(days=364)).isoformat()

    # A discount: she pays 1500, 500 in cash and the rest by WeChat (one click fills the rest).
    sell.price_edit.selectAll()
    qtbot.keyClicks(sell.price_edit, "1500")
    qtbot.keyClicks(sell.payments_edit.edits["cash"], "500")
    assert sell.payments_edit.status_label.text() == "已收 ¥500.00 / 应收 ¥1,500.00，还差 ¥1,000.00"
    click(qtbot, sell.payments_edit.buttons["wechat"])
    assert sell.payments_edit.edits["wechat"].text() == "1000.00"
    assert sell.payments_edit.status_label.text() == "已收 ¥1,500.00，正好"
    sell.staff_combo.setCurrentIndex(sell.staff_combo.findData(shop["staff"]["王芳"]))
    click(qtbot, sell.save_button)
    qtbot.waitUntil(lambda: page.dialog is None)

    [view] = client_packages(shop["client"])
    assert (view.name, view.sessions_left, view.paid_fen, view.status) == ("清洁10次卡", 12, 150000, "active")
    assert column(page.model, "卡项") == ["清洁10次卡"]
    assert column(page.model, "剩余") == ["剩 12 次"]
    assert column(page.model, "到期") == [(today + timedelta(days=364)).isoformat()]
    assert column(page.model, "状态") == ["在用"]
    assert column(page.model, "实付") == ["¥1,500.00"]
    assert column(page.ledger_model, "类型") == ["售卡"]
    assert column(page.ledger_model, "变动") == ["+12 次"]
    assert column(page.ledger_model, "收/退款") == ["¥1,500.00"]
    assert column(page.ledger_model, "经办人") == ["王芳"]
    assert sorted((p.method, p.amount_fen) for p in Payment.select()) == [("cash", 50000), ("wechat", 100000)]
    # The history page shows the sale at once.
    assert column(dialog.history_page.model, "类型") == ["售卡"]


def test_a_sale_whose_payments_do_not_add_up_writes_nothing(qtbot, database, shop):
    dialog = open_file(qtbot, shop["client"])
    click(qtbot, dialog.packages_page.sell_button)
    sell = dialog.packages_page.dialog
    sell.select_plan(shop["plans"]["count"])
    qtbot.keyClicks(sell.payments_edit.edits["wechat"], "1000")
    click(qtbot, sell.save_button)
    assert sell.isVisible()
    assert sell.error_label.text() == "付款合计应等于实收金额 1,580.00 元。"
    sell.price_edit.selectAll()
    type_text(qtbot, sell.price_edit, "一千")
    assert sell.payments_edit.status_label.text() == "已收 ¥1,000.00"
    click(qtbot, sell.save_button)
    assert sell.error_label.text() == "金额“一千”无效：应为不小于 0 的数，最多两位小数。"
    assert sell.focusWidget() is sell.price_edit
    assert ClientPackage.select().count() == 0 and PackageLedger.select().count() == 0


def test_top_up_a_stored_value_card_and_see_principal_and_bonus(qtbot, database, shop):
    sell_package(shop["client"], shop["plans"]["stored"], [PaymentInput("cash", 100000)])
    dialog = open_file(qtbot, shop["client"])
    page = dialog.packages_page
    assert column(page.model, "剩余") == ["余额 ¥1,200.00（本金 1,000.00 + 赠送 200.00）"]
    assert page.top_up_button.isEnabled()
    click(qtbot, page.top_up_button)
    top = page.dialog
    assert isinstance(top, TopUpDialog)
    qtbot.keyClicks(top.amount_edit, "1000")
    qtbot.keyClicks(top.bonus_edit, "200")
    click(qtbot, top.payments_edit.buttons["alipay"])
    click(qtbot, top.save_button)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert column(page.model, "剩余") == ["余额 ¥2,400.00（本金 2,000.00 + 赠送 400.00）"]
    assert column(page.ledger_model, "类型") == ["售卡", "充值"]
    assert column(page.ledger_model, "变动")[-1] == "+1,200.00（本金 +1,000.00，赠送 +200.00）"
    assert column(page.ledger_model, "变动后剩余")[-1] == "¥2,400.00"
    [view] = client_packages(shop["client"])
    assert (view.principal_fen, view.bonus_fen) == (200000, 40000)


def test_an_annual_card_cannot_be_topped_up(qtbot, database, shop):
    sell_package(shop["client"], shop["plans"]["annual"], [PaymentInput("card", 365000)])
    page = open_file(qtbot, shop["client"]).packages_page
    assert column(page.model, "剩余") == ["不限次"]
    assert not page.top_up_button.isEnabled()
    assert not page.adjust_button.isEnabled()  # unlimited: no sessions to adjust
    assert page.refund_button.isEnabled()


def test_an_adjustment_without_a_reason_is_refused(qtbot, database, shop):
    package = sell_package(shop["client"], shop["plans"]["count"], [PaymentInput("cash", 158000)])
    page = open_file(qtbot, shop["client"]).packages_page
    click(qtbot, page.adjust_button)
    adjust = page.dialog
    assert isinstance(adjust, AdjustDialog)
    adjust.sessions_spin.selectAll()
    qtbot.keyClicks(adjust.sessions_spin, "1")
    click(qtbot, adjust.save_button)
    assert adjust.isVisible()
    assert adjust.error_label.text() == "手工调整必须写明原因。"
    assert adjust.focusWidget() is adjust.reason_edit
    assert PackageLedger.select().where(PackageLedger.package == package.id).count() == 1
    type_text(qtbot, adjust.reason_edit, "生日赠送一次")
    click(qtbot, adjust.save_button)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert column(page.model, "剩余") == ["剩 13 次"]
    assert column(page.ledger_model, "类型") == ["售卡", "调整"]
    assert column(page.ledger_model, "原因/备注")[-1] == "生日赠送一次"


def test_refund_shows_the_calculation_prints_it_and_closes_the_card(qtbot, database, shop, tmp_path, monkeypatch):
    package = sell_package(shop["client"], shop["plans"]["count"], [PaymentInput("wechat", 158000)])
    save_visit(VisitInput(shop["client"], datetime.now().replace(microsecond=0),
                          items=[VisitItemInput("service", shop["cleansing"], package_id=package.id)]))
    dialog = open_file(qtbot, shop["client"])
    page = dialog.packages_page
    assert column(page.model, "剩余") == ["剩 11 次"]
    click(qtbot, page.refund_button)
    refund = page.dialog
    assert isinstance(refund, RefundDialog)
    text = refund.text()
    assert "实付金额：1,580.00 元，共 12 次（含赠送）" in text
    assert "每次实际单价：1,580.00 ÷ 12 = 131.67 元" in text
    assert "已使用 1 次，按实际单价计 131.67 元" in text
    assert "（不按项目原价 198.00 元/次计算）" in text
    assert "应退金额：1,580.00 − 131.67 = 1,448.33 元" in text
    assert "¥1,448.33" in text and "曾小梅" in text and "法释〔2025〕4号" in text

    # Printed (as PDF) before anything is confirmed.
    target = tmp_path / "退卡结算单.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF"))
    click(qtbot, refund.pdf_button)
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 1000
    assert ClientPackage.get_by_id(package.id).status == "active"

    # The owner says No at first: nothing happens.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    click(qtbot, refund.save_button)
    assert refund.isVisible() and ClientPackage.get_by_id(package.id).status == "active"

    asked = []

    def say_yes(parent, title, question, *args, **kwargs):
        asked.append(question)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", say_yes)
    refund.method_combo.setCurrentIndex(refund.method_combo.findData("wechat"))
    type_text(qtbot, refund.reason_edit, "搬家")
    click(qtbot, refund.save_button)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert asked == ["退给 曾小梅 ¥1,448.33（微信支付），并关闭“清洁10次卡”？退卡后不能撤销。"]
    assert column(page.model, "状态") == ["已退"]
    assert column(page.model, "剩余") == ["剩 0 次"]
    assert column(page.ledger_model, "类型") == ["售卡", "消费", "退卡"]
    assert column(page.ledger_model, "收/退款")[-1] == "-¥1,448.33"
    assert column(page.ledger_model, "原因/备注")[-1] == "搬家"
    assert not page.refund_button.isEnabled() and not page.adjust_button.isEnabled()
    refund_payment = Payment.get(Payment.amount_fen < 0)
    assert (refund_payment.method, refund_payment.amount_fen) == ("wechat", -144833)
    assert "退卡" in column(dialog.history_page.model, "类型")


def test_the_history_page_lists_a_visit_and_double_click_asks_to_open_it(qtbot, database, shop):
    visit = save_visit(VisitInput(shop["client"], datetime(2026, 1, 15, 14, 30),
                                  items=[VisitItemInput("service", shop["cleansing"],
                                                        therapist_id=shop["staff"]["王芳"])],
                                  payments=[PaymentInput("cash", 19800)]))
    sell_package(shop["client"], shop["plans"]["stored"], [PaymentInput("cash", 100000)],
                 when=datetime(2026, 1, 20, 10, 0))
    dialog = open_file(qtbot, shop["client"])
    page = dialog.history_page
    dialog.tabs.setCurrentWidget(page)
    # Charged, paid and how, cards, therapist, and a card's change each in a column of its own.
    assert table_rows(page.model) == [
        ["2026-01-20 10:00", "售卡", "储值1000送200", "", "¥1,000.00", "现金 1,000.00", "", "", "+1,200.00 元", ""],
        ["2026-01-15 14:30", "到店消费", "深层清洁", "¥198.00", "¥198.00", "现金 198.00", "", "王芳", "", ""],
    ]
    assert page.summary_label.text() == "到店 1 次，最近一次 2026-01-15"
    table = page.table
    where = table.visualRect(page.model.index(1, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(dialog.open_visit_requested) as opened:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [visit.id]
    # Enter on the sale row shows that card on the 卡项 page.
    table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert dialog.tabs.currentWidget() is dialog.packages_page
    assert dialog.packages_page.current_view().name == "储值1000送200"
    assert dialog.isVisible()  # Enter in the list did not save-and-close the client file


def test_the_main_window_opens_the_visit_from_her_history(qtbot, database, shop):
    visit = save_visit(VisitInput(shop["client"], datetime(2026, 1, 15, 14, 30),
                                  items=[VisitItemInput("service", shop["cleansing"])],
                                  payments=[PaymentInput("wechat", 19800)]))
    window = make_window(qtbot, database)
    assert window.tabs.tabText(window.tabs.indexOf(window.catalogue_page)) == "项目与卡项"
    dialog = window.open_client(shop["client"])
    dialog.history_page.open_row(0)
    qtbot.waitUntil(lambda: window.visit_dialog is not None)
    assert window.visit_dialog.isVisible()
    assert window.visit_dialog.visit_id == visit.id


def test_sell_from_the_main_window_for_the_selected_client(qtbot, database, shop):
    window = make_window(qtbot, database)
    window.sell_package_action.trigger()
    assert window.sell_dialog is not None  # the list selects its first client on its own
    window.sell_dialog.close()
    qtbot.waitUntil(lambda: window.sell_dialog is None)
    assert window.clients_page.select_client(shop["clients"]["张三丰"])
    window.sell_package_action.trigger()
    sell = window.sell_dialog
    assert sell.client_id == shop["clients"]["张三丰"] and "张三丰" in sell.windowTitle()
    sell.select_plan(shop["plans"]["stored"])
    click(qtbot, sell.payments_edit.buttons["card"])
    click(qtbot, sell.save_button)
    qtbot.waitUntil(lambda: window.sell_dialog is None)
    [view] = client_packages(shop["clients"]["张三丰"])
    assert (view.name, view.principal_fen, view.bonus_fen) == ("储值1000送200", 100000, 20000)


def test_package_ledger_and_timeline_models_pass_the_model_tester(qtbot, qtmodeltester, database, shop):
    package = sell_package(shop["client"], shop["plans"]["count"], [PaymentInput("cash", 158000)])
    save_visit(VisitInput(shop["client"], datetime.now().replace(microsecond=0),
                          items=[VisitItemInput("service", shop["cleansing"], package_id=package.id)]))
    dialog = open_file(qtbot, shop["client"])
    for model in (dialog.packages_page.model, dialog.packages_page.ledger_model, dialog.history_page.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
