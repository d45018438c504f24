"""No slip of a finger is saved without a question: big amounts, a bonus above what is paid, a quantity in the
hundreds and a visit dated long ago ask first, naming the number in words; absurd ones are refused."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from salon.store.models import ClientPackage, PackagePlan, Service, Visit
from tests.ui.test_main_window import make_window
from tests.ui.typing_helpers import type_text
from ui.catalogue.page import CataloguePage


@pytest.fixture
def asked(monkeypatch):
    """Every confirmation is recorded and answered with what the test sets in `asked.answer`."""
    class Asked(list):
        answer = QMessageBox.StandardButton.No

    record = Asked()

    def question(parent, title, text, *args, **kwargs):
        record.append(text)
        return record.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return record


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_visit(qtbot, window, client_id):
    window.record_visit(client_id)
    qtbot.waitUntil(lambda: window.visit_dialog is not None and window.visit_dialog.isVisible())
    return window.visit_dialog


def test_a_quantity_in_the_hundreds_asks_in_words_and_no_saves_nothing(qtbot, database, shop, asked):
    window = make_window(qtbot, database)
    dialog = open_visit(qtbot, window, shop["client"])
    line = dialog.lines.add_item("product", shop["serum"])
    line.quantity_spin.setValue(120)
    dialog.payments.amount_edits["cash"].setText("81600")
    assert not dialog.save()
    assert "数量是 120（一百二十）" in asked[0] and "捌万壹仟陆佰元整" in asked[0]
    assert Visit.select().count() == 0 and dialog.isVisible()
    asked.answer = QMessageBox.StandardButton.Yes
    assert dialog.save()
    assert Visit.select().count() == 1


def test_a_quantity_nobody_means_is_refused_and_never_changed(qtbot, database, shop, asked):
    window = make_window(qtbot, database)
    dialog = open_visit(qtbot, window, shop["client"])
    line = dialog.lines.add_item("service", shop["massage"])
    line.quantity_spin.setValue(999)
    assert line.quantity_spin.value() == 999  # shown as typed, then refused with its limit
    asked.answer = QMessageBox.StandardButton.Yes
    assert not dialog.save()
    assert dialog.error_label.text() == "第 1 行（肩颈理疗）：数量应为 1–500。"
    assert Visit.select().count() == 0


def test_a_visit_dated_more_than_a_year_back_asks_first(qtbot, database, shop, asked):
    window = make_window(qtbot, database)
    dialog = open_visit(qtbot, window, shop["client"])
    dialog.lines.add_item("service", shop["massage"])
    dialog.payments.amount_edits["cash"].setText("268")
    long_ago = datetime.now() - timedelta(days=400)
    dialog.when_edit.setDateTime(long_ago)
    assert not dialog.save()
    assert f"到店日期 {long_ago.date().isoformat()} 是 400 天以前" in asked[0]
    assert Visit.select().count() == 0


def test_a_card_sold_above_the_owners_ceiling_asks_with_the_amount_in_words(qtbot, database, shop, asked):
    window = make_window(qtbot, database)
    dialog = window.sell_package(shop["client"])
    dialog.plan_combo.setCurrentIndex(dialog.plan_combo.findData(shop["count_plan"]))
    dialog.price_edit.setText("25000")
    dialog.payments_edit.edits["cash"].setText("25000")
    before = ClientPackage.select().count()
    click(qtbot, dialog.save_button)
    assert "¥25,000.00（贰万伍仟元整），超过了提醒金额 ¥20,000.00" in asked[0]
    assert ClientPackage.select().count() == before and dialog.isVisible()


def test_a_plan_whose_bonus_is_more_than_its_price_asks_first(qtbot, database, shop, asked):
    page = CataloguePage()
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.plans)
    click(qtbot, page.plans.add_button)
    dialog = page.plans.dialog
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("stored_value"))
    type_text(qtbot, dialog.name_edit, "储值500送800")
    type_text(qtbot, dialog.price_edit, "500")
    type_text(qtbot, dialog.bonus_edit, "800")
    before = PackagePlan.select().count()
    click(qtbot, dialog.save_button)
    assert "赠送 ¥800.00（捌佰元整），比实付的 ¥500.00 还多" in asked[0]
    assert PackagePlan.select().count() == before


def test_a_price_over_a_million_is_refused_outright(qtbot, database, shop, asked):
    page = CataloguePage()
    qtbot.addWidget(page)
    page.show()
    click(qtbot, page.services.add_button)
    dialog = page.services.dialog
    type_text(qtbot, dialog.name_edit, "钻石护理")
    type_text(qtbot, dialog.price_edit, "1000001")
    click(qtbot, dialog.save_button)
    assert asked == []
    assert dialog.error_label.text() == "金额 1,000,001.00 元超过 1,000,000.00 元，请检查是否多输了几位。"
    assert not Service.select().where(Service.name == "钻石护理").exists()


def test_pasted_lines_keep_the_first_and_names_stop_at_the_rules_limit(qtbot, database, shop):
    from PySide6.QtGui import QGuiApplication

    from salon.catalogue import NAME_LIMIT
    from salon.clients.profiles import MAX_NAME_LENGTH
    from ui.clients.form import ClientDialog
    from ui.common.forms import ONE_LINE_NOTICE_PROPERTY

    dialog = ClientDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QGuiApplication.clipboard().setText("王芳\n13812345678\n老客户")
    dialog.name_edit.setFocus()
    dialog.name_edit.paste()
    assert dialog.name_edit.text() == "王芳"
    assert dialog.name_edit.property(ONE_LINE_NOTICE_PROPERTY) == "粘贴的内容有多行，只保留了第一行。"
    type_text(qtbot, dialog.name_edit, "名" * 60)
    assert len(dialog.name_edit.text()) == MAX_NAME_LENGTH

    page = CataloguePage()
    qtbot.addWidget(page)
    page.show()
    click(qtbot, page.services.add_button)
    service = page.services.dialog
    type_text(qtbot, service.name_edit, "护" * 50)
    assert len(service.name_edit.text()) == NAME_LIMIT
    type_text(qtbot, service.code_edit, "qj")
    type_text(qtbot, service.price_edit, "198")
    click(qtbot, service.save_button)
    assert Service.get(Service.name == "护" * NAME_LIMIT).code == "qj"
