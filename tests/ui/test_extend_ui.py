"""An expired card in the client file: bring it back (激活) or refund what its expiry took."""
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from salon.catalogue import PlanInput, save_plan
from salon.packages.expiry import expire_packages
from salon.packages.refunds import refund_package
from salon.packages.selling import sell_package
from salon.payments import PaymentInput
from salon.store.models import ClientPackage
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit
from tests.ui.test_packages_ui import click, column, open_file
from tests.ui.typing_helpers import type_text
from ui.packages.extend_dialog import ExtendDialog
from ui.packages.refund_dialog import RefundDialog


@pytest.fixture
def shop(package_shop):
    return package_shop


LONG_AGO = datetime.now().replace(microsecond=0) - timedelta(days=400)  # a one-year card sold then has lapsed


def expired_card(shop, plan_id: int, price_fen: int) -> int:
    card = sell_package(shop["client"], plan_id, [PaymentInput("cash", price_fen)], when=LONG_AGO).id
    assert card in expire_packages(date.today())
    return card


def test_reactivate_an_expired_count_card_from_her_file(qtbot, database, shop):
    card = expired_card(shop, shop["plans"]["count"], 158000)
    page = open_file(qtbot, shop["client"]).packages_page
    assert column(page.model, "状态") == ["过期"]
    assert column(page.model, "剩余") == ["剩 0 次"]
    assert page.extend_button.isEnabled() and page.extend_button.text() == "激活(&E)…"
    assert page.refund_button.isEnabled() and not page.top_up_button.isEnabled()

    click(qtbot, page.extend_button)
    dialog = page.dialog
    assert isinstance(dialog, ExtendDialog)
    assert dialog.restore_label.text() == "12 次"
    assert "（已过期）" in dialog.old_label.text()
    click(qtbot, dialog.quick_buttons[1])  # +3 months from today
    expected = QDate.currentDate().addMonths(3)
    assert dialog.date_edit.date() == expected
    type_text(qtbot, dialog.reason_edit, "客户出国一年")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: page.dialog is None)

    assert column(page.model, "状态") == ["在用"]
    assert column(page.model, "剩余") == ["剩 12 次"]
    assert column(page.model, "到期") == [expected.toString("yyyy-MM-dd")]
    assert column(page.ledger_model, "类型") == ["售卡", "过期", "激活"]
    assert "客户出国一年" in column(page.ledger_model, "原因/备注")[-1]
    assert column(page.ledger_model, "变动")[-1] == "+12 次"
    assert page.extend_button.text() == "延期/激活(&E)…"
    assert ClientPackage.get_by_id(card).status == "active"


def test_refund_an_expired_stored_value_card_for_the_principal_it_lost(qtbot, database, shop, monkeypatch):
    plan = save_plan(PlanInput(name="储值1000送200（一年有效）", kind="stored_value", price="1000", bonus="200",
                               validity_days=365))
    card = expired_card(shop, plan.id, 100000)
    page = open_file(qtbot, shop["client"]).packages_page
    click(qtbot, page.refund_button)
    refund = page.dialog
    assert isinstance(refund, RefundDialog)
    text = refund.text()
    last_day = ClientPackage.get_by_id(card).expires_on
    assert f"卡已于 {last_day} 到期；到期时未用完的部分仍属客户，照常退还" in text
    assert "剩余本金：1,000.00 元；剩余赠送金额 200.00 元为赠送，不退" in text
    assert "应退金额：1,000.00 元" in text
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, refund.save_button)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert column(page.model, "状态") == ["已退"]
    assert column(page.ledger_model, "收/退款")[-1] == "-¥1,000.00"
    assert not page.extend_button.isEnabled() and not page.refund_button.isEnabled()


def test_an_expired_card_that_was_used_up_offers_no_refund(qtbot, database, shop):
    plan = save_plan(PlanInput(name="体验1次卡", kind="count", price="99", sessions=1, validity_days=30,
                               service_ids=[shop["cleansing"]]))
    card = sell_package(shop["client"], plan.id, [PaymentInput("cash", 9900)], when=LONG_AGO).id
    save_visit(VisitInput(shop["client"], LONG_AGO + timedelta(days=1),
                          [VisitItemInput("service", shop["cleansing"], package_id=card)]))
    expire_packages(date.today())
    page = open_file(qtbot, shop["client"]).packages_page
    assert column(page.model, "状态") == ["过期"]
    assert not page.refund_button.isEnabled() and page.extend_button.isEnabled()


def test_an_expired_annual_card_can_be_extended_but_has_nothing_to_refund(qtbot, database, shop):
    expired_card(shop, shop["plans"]["annual"], 365000)
    page = open_file(qtbot, shop["client"]).packages_page
    assert page.extend_button.isEnabled()
    assert not page.refund_button.isEnabled()


def test_an_annual_card_past_its_paid_days_offers_no_refund_even_before_the_sweep(qtbot, database, shop):
    sell_package(shop["client"], shop["plans"]["annual"], [PaymentInput("cash", 365000)], when=LONG_AGO)
    page = open_file(qtbot, shop["client"]).packages_page  # the nightly sweep has not run yet
    assert column(page.model, "状态") == ["在用"]
    assert not page.refund_button.isEnabled()


def test_a_card_refunded_elsewhere_while_her_file_was_open_gets_a_sentence_not_a_dialog(qtbot, database, shop,
                                                                                      monkeypatch):
    card = sell_package(shop["client"], shop["plans"]["count"], [PaymentInput("cash", 158000)]).id
    page = open_file(qtbot, shop["client"]).packages_page
    assert page.refund_button.isEnabled()
    refund_package(card, "cash")  # e.g. from the command line while the file stays open at the counter
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a, **k: told.append(text))
    click(qtbot, page.refund_button)
    assert page.dialog is None
    assert told == ["“清洁10次卡”已过期或已退卡，不能再用。"]
    assert column(page.model, "状态") == ["已退"]  # and the list caught up


def test_a_card_that_lapses_while_the_extend_dialog_is_open_is_not_extended_blindly(qtbot, database, shop):
    card = sell_package(shop["client"], shop["plans"]["count"], [PaymentInput("cash", 158000)], when=LONG_AGO).id
    page = open_file(qtbot, shop["client"]).packages_page  # past its last day, but not swept yet
    click(qtbot, page.extend_button)
    dialog = page.dialog
    assert dialog.windowTitle().startswith("延期")
    expire_packages(date.today())  # the midnight sweep
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "刚刚到期" in dialog.error_label.text()
    assert ClientPackage.get_by_id(card).status == "expired"
