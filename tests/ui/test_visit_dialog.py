"""记录到店 at the counter: by keyboard and by mouse, split payments, refusals that write nothing, double clicks,
corrections with a reason, voids, the receipt and its PDF, and the card's package summary."""
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from salon.packages.selling import adjust, sell_package
from salon.packages.views import client_packages
from salon.payments import PaymentInput
from salon.store.models import ClientPackage, PackageLedger, Payment, Visit, VisitItem, VisitRevision
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.receipts import visit_detail
from salon.visits.recording import save_visit
from tests.ui.test_main_window import make_window
from tests.ui.typing_helpers import type_text
from ui.common import prompts
from ui.visits.dialog import VisitDialog
from ui.visits.receipt import ReceiptDialog, receipt_html


@pytest.fixture(autouse=True)
def questions(answer_yes):
    """Every confirmation box in these tests answers Yes and is recorded."""
    return answer_yes


def sessions_left(package_id):
    return ClientPackage.get_by_id(package_id).sessions_left


def counts():
    """Everything a visit writes: a refused save must leave all of it unchanged."""
    return (Visit.select().count(), VisitItem.select().count(), Payment.select().count(),
            PackageLedger.select().count())


def open_dialog(qtbot, client_id=None, visit_id=None):
    dialog = VisitDialog(client_id=client_id, visit_id=visit_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pick_with_mouse(qtbot, picker, text_start):
    """Open the picker's list with its arrow and click the entry, as a mouse user does."""
    qtbot.mouseClick(picker, Qt.MouseButton.LeftButton, pos=QPoint(picker.width() - 8, picker.height() // 2))
    view = picker.view()
    qtbot.waitUntil(view.isVisible)
    row = next(r for r in range(picker.count()) if picker.itemText(r).startswith(text_start))
    rect = view.visualRect(picker.model().index(row, 0))
    # The list ignores a release right after it opened (the click that opened it); a person is slower.
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mouseMove(view.viewport(), rect.center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def type_and_enter(qtbot, picker, text):
    type_text(qtbot, picker, text)
    # With the suggestion list open, Enter goes to the list first (as it does for a real keyboard).
    target = QApplication.activePopupWidget() or picker.lineEdit()
    qtbot.keyClick(target, Qt.Key.Key_Return)


def test_record_a_card_visit_by_keyboard_from_the_client_list(qtbot, database, shop):
    window = make_window(qtbot, database)
    page = window.clients_page
    assert page.select_client(shop["client"])
    assert "清洁10次卡 剩 12 次" in page.card.text()
    assert "储值1000送200 余额 1,200.00" in page.card.text()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.visit_dialog is not None and window.visit_dialog.isVisible())
    dialog = window.visit_dialog
    assert dialog.client_id == shop["client"]
    assert dialog.therapists.checked_ids() == [shop["staff"]["王芳"]], "her own therapist is preselected"
    picker = dialog.lines.picker
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (picker, picker.lineEdit()))

    type_and_enter(qtbot, picker, "清洁")
    assert len(dialog.lines.lines) == 1
    line = dialog.lines.lines[0]
    assert line.name_label.text() == "深层清洁"
    assert line.package_id() == shop["card"], "the covering card is preselected"
    assert line.source_combo.currentText().startswith("清洁10次卡（剩 12 次，至 ")
    assert line.therapist_id() == shop["staff"]["王芳"]
    assert line.amount_label.text() == "卡扣"
    assert dialog.payments.due_label.text() == "应付 ¥0.00"
    assert picker.currentText() == "", "the picker is ready for the next item"

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    visit = Visit.get()
    assert sessions_left(shop["card"]) == 11
    assert [p.sessions_left for p in client_packages(shop["client"], include_closed=False)
            if p.id == shop["card"]] == [11]
    assert VisitItem.get(VisitItem.visit == visit.id).package_id == shop["card"]
    # The card in the list shows the new count at once, and the receipt pops up.
    assert "清洁10次卡 剩 11 次" in page.card.text()
    qtbot.waitUntil(lambda: window.receipt_dialog is not None and window.receipt_dialog.isVisible())
    assert "剩 11 次" in window.receipt_dialog.text()
    # Her file shows the card at 11 on its 卡项 page and the visit on its 消费记录 page.
    window.receipt_dialog.close()
    client_file = window.open_client(shop["client"])
    cards = client_file.packages_page.model
    card_rows = [[cards.data(cards.index(row, column)) for column in range(cards.columnCount())]
                 for row in range(cards.rowCount())]
    assert any("清洁10次卡" in row and "剩 11 次" in row for row in card_rows)
    history = client_file.history_page.model
    history_cells = [history.data(history.index(row, column)) for row in range(history.rowCount())
                     for column in range(history.columnCount())]
    assert "深层清洁" in history_cells and "清洁10次卡 -1次" in history_cells  # paid by the card, not money taken


def test_record_a_visit_by_mouse(qtbot, database, shop):
    window = make_window(qtbot, database)
    page = window.clients_page
    assert page.select_client(shop["client"])
    click(qtbot, page.visit_button)
    qtbot.waitUntil(lambda: window.visit_dialog is not None and window.visit_dialog.isVisible())
    dialog = window.visit_dialog
    dialog.show_receipt_check.setChecked(False)
    picker = dialog.lines.picker

    pick_with_mouse(qtbot, picker, "深层清洁")
    pick_with_mouse(qtbot, picker, "〔产品〕雅诗兰黛 小棕瓶精华")
    assert [line.name_label.text() for line in dialog.lines.lines] == ["深层清洁", "雅诗兰黛 小棕瓶精华"]
    assert dialog.lines.lines[0].package_id() == shop["card"]
    assert not dialog.lines.lines[1].source_combo.isEnabled(), "a product is paid at the counter"
    assert dialog.payments.due_label.text() == "应付 ¥680.00"
    assert dialog.payments.remaining_label.text() == "还差 ¥680.00"

    click(qtbot, dialog.payments.buttons["wechat"])
    assert dialog.payments.amount_edits["wechat"].text() == "680.00"
    assert dialog.payments.remaining_label.text() == "已付清"
    type_text(qtbot, dialog.skin_edit, "T区出油减少")
    check = dialog.complaint_check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))  # on the box
    dialog.satisfaction_combo.setCurrentIndex(dialog.satisfaction_combo.findData(4))
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()

    visit = Visit.get()
    assert [(p.method, p.amount_fen) for p in Payment.select().where(Payment.visit == visit.id)] == [("wechat", 68000)]
    assert visit.total_fen == 19800 + 68000
    assert (visit.skin_condition, visit.satisfaction, visit.complaint) == ("T区出油减少", 4, True)
    assert sessions_left(shop["card"]) == 11
    assert "清洁10次卡 剩 11 次" in page.card.text()
    assert window.receipt_dialog is None, "the receipt was not asked for"


def test_split_payment_stored_value_and_cash_with_live_change(qtbot, database, shop):
    dialog = open_dialog(qtbot, shop["client"])
    payments = dialog.payments
    assert payments.card_combo.currentText() == "储值1000送200（余额 1,200.00）"
    dialog.lines.add_item("service", shop["massage"])
    dialog.lines.add_item("product", shop["serum"])
    assert dialog.lines.lines[0].source_combo.currentText() == "现付", "no card covers this service"
    assert payments.due_label.text() == "应付 ¥948.00"

    qtbot.keyClicks(payments.amount_edits["stored_value"], "500")
    assert payments.paid_label.text() == "已付 ¥500.00"
    assert payments.remaining_label.text() == "还差 ¥448.00"
    click(qtbot, payments.buttons["cash"])
    assert payments.amount_edits["cash"].text() == "448.00", "cash takes what is still due"
    assert payments.remaining_label.text() == "已付清"
    qtbot.keyClicks(payments.tendered_edit, "400")
    assert payments.change_label.text() == "实收不足 ¥48.00"
    payments.tendered_edit.clear()
    qtbot.keyClicks(payments.tendered_edit, "500")
    assert payments.change_label.text() == "找零 ¥52.00"
    # A discount changes what is due at once; the amounts the counter typed stay as typed.
    qtbot.keyClicks(dialog.lines.lines[1].discount_edit, "80")
    assert payments.due_label.text() == "应付 ¥868.00"
    assert payments.remaining_label.text() == "多付 ¥80.00"
    click(qtbot, payments.buttons["cash"])
    assert payments.amount_edits["cash"].text() == "368.00"
    assert payments.change_label.text() == "找零 ¥132.00"

    assert dialog.save()
    visit = Visit.get()
    rows = {(p.method, p.package_id): p.amount_fen for p in Payment.select().where(Payment.visit == visit.id)}
    assert rows == {("stored_value", shop["stored"]): 50000, ("cash", None): 36800}
    stored = ClientPackage.get_by_id(shop["stored"])
    assert stored.principal_fen + stored.bonus_fen == 120000 - 50000


def test_one_method_follows_the_total_until_the_counter_types(qtbot, database, shop):
    dialog = open_dialog(qtbot, shop["client"])
    payments = dialog.payments
    dialog.lines.add_item("service", shop["massage"])
    click(qtbot, payments.buttons["alipay"])
    assert payments.amount_edits["alipay"].text() == "268.00"
    dialog.lines.add_item("product", shop["serum"])
    assert payments.amount_edits["alipay"].text() == "948.00"
    payments.amount_edits["alipay"].selectAll()
    qtbot.keyClicks(payments.amount_edits["alipay"], "900")
    dialog.lines.remove_line(dialog.lines.lines[1])
    assert payments.amount_edits["alipay"].text() == "900", "a typed amount is never overwritten"
    assert payments.remaining_label.text() == "多付 ¥632.00"


def test_a_card_used_up_meanwhile_is_refused_and_nothing_is_written(qtbot, database, shop):
    adjust(shop["card"], "只剩最后一次", sessions=-11)
    dialog = open_dialog(qtbot, shop["client"])
    line = dialog.lines.add_item("service", shop["cleansing"])
    assert line.source_combo.currentText().startswith("清洁10次卡（剩 1 次")
    # Another counter uses the last session while this dialog is open.
    save_visit(VisitInput(shop["client"], datetime.now(), [VisitItemInput("service", shop["cleansing"],
                                                                          package_id=shop["card"])]))
    before = counts()
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "“清洁10次卡”只剩 0 次，不够扣 1 次。"
    assert counts() == before
    assert dialog.save_button.isEnabled(), "the counter can fix it and save again"


def test_more_sessions_than_left_and_an_unpaid_line_are_refused(qtbot, database, shop):
    adjust(shop["card"], "只剩两次", sessions=-10)
    dialog = open_dialog(qtbot, shop["client"])
    first = dialog.lines.add_item("service", shop["cleansing"])
    first.quantity_spin.setValue(3)
    before = counts()
    assert not dialog.save()
    assert dialog.error_label.text() == "“清洁10次卡”只剩 2 次，不够扣 3 次。"
    assert counts() == before

    # A service no card covers is paid at the counter: saving without paying says how much is missing.
    first.quantity_spin.setValue(1)
    massage = dialog.lines.add_item("service", shop["massage"])
    assert [massage.source_combo.itemText(i) for i in range(massage.source_combo.count())] == ["现付"]
    assert not dialog.save()
    assert dialog.error_label.text() == "付款合计 0.00 元，应付 268.00 元，还差 268.00 元。"
    assert counts() == before

    # A discount larger than the price names the line.
    massage.discount_edit.setText("300")
    assert dialog.error_label.text() == "第 2 行（肩颈理疗）：优惠不能超过金额。"
    assert dialog.payments.due_label.text() == "应付 —"
    massage.discount_edit.setText("abc")
    assert not dialog.save()
    assert "金额“abc”无效" in dialog.error_label.text()
    assert counts() == before


def test_a_card_with_no_session_left_is_not_offered(qtbot, database, shop):
    adjust(shop["card"], "用完", sessions=-12)
    dialog = open_dialog(qtbot, shop["client"])
    line = dialog.lines.add_item("service", shop["cleansing"])
    assert line.package_id() is None
    assert not line.source_combo.isEnabled()
    assert line.amount_label.text() == "198.00"


def test_a_second_line_takes_the_next_card_with_room(qtbot, database, shop):
    adjust(shop["card"], "只剩一次", sessions=-11)
    second_card = sell_package(shop["client"], shop["count_plan"], [PaymentInput("cash", 158000)])
    dialog = open_dialog(qtbot, shop["client"])
    first = dialog.lines.add_item("service", shop["cleansing"])
    second = dialog.lines.add_item("service", shop["cleansing"])
    assert first.package_id() == shop["card"], "the card that expires first is used first"
    assert second.package_id() == second_card.id, "the first card has no session left for a second line"


def test_double_click_on_save_records_one_visit(qtbot, database, shop):
    dialog = open_dialog(qtbot, shop["client"])
    dialog.lines.add_item("service", shop["cleansing"])
    saved = []
    dialog.saved.connect(saved.append)
    # What a double click delivers: press, release, double-click (a second press), release.
    button = dialog.save_button
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    qtbot.mouseDClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert Visit.select().count() == 1
    assert sessions_left(shop["card"]) == 11
    assert len(saved) == 1
    # A click that was already queued when the first save went through carries the same request token.
    token = dialog.request_token
    assert Visit.get().request_token == token
    again = save_visit(dialog.visit_input())
    assert again.id == saved[0]
    assert Visit.select().count() == 1 and sessions_left(shop["card"]) == 11


def test_correction_needs_a_reason_and_keeps_the_old_version(qtbot, database, shop, monkeypatch):
    visit = save_visit(VisitInput(shop["client"], datetime.now() - timedelta(hours=1), [
        VisitItemInput("service", shop["cleansing"], package_id=shop["card"])], therapist_ids=[shop["staff"]["王芳"]]))
    assert sessions_left(shop["card"]) == 11
    window = make_window(qtbot, database)
    assert window.clients_page.select_client(shop["client"])
    dialog = window.open_visit(visit.id)
    qtbot.waitUntil(dialog.isVisible)
    dialog.show_receipt_check.setChecked(False)
    assert dialog.windowTitle() == "修改到店记录 — 曾小梅"
    line = dialog.lines.lines[0]
    assert line.package_id() == shop["card"]
    assert line.source_combo.currentText().startswith("清洁10次卡（剩 12 次"), "this visit's session counts as free"

    line.quantity_spin.setValue(2)
    click(qtbot, dialog.save_button)
    assert dialog.error_label.text() == "请写明原因。"
    assert VisitRevision.select().count() == 0 and sessions_left(shop["card"]) == 11

    type_text(qtbot, dialog.reason_edit, "做了两次清洁")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    revision = VisitRevision.get()
    assert (revision.action, revision.reason) == ("edit", "做了两次清洁")
    assert '"quantity": 1' in revision.before_json
    assert sessions_left(shop["card"]) == 10
    assert "清洁10次卡 剩 10 次" in window.clients_page.card.text()

    # 作废 gives both sessions back.
    monkeypatch.setattr(prompts, "ask_text", lambda *args, **kwargs: ("客户记错了日子", True))
    dialog = window.open_visit(visit.id)
    qtbot.waitUntil(dialog.isVisible)
    click(qtbot, dialog.void_button)
    assert not dialog.isVisible()
    assert Visit.get_by_id(visit.id).status == "void"
    assert sessions_left(shop["card"]) == 12
    assert [r.action for r in VisitRevision.select().order_by(VisitRevision.id)] == ["edit", "void"]
    assert "清洁10次卡 剩 12 次" in window.clients_page.card.text()
    # A void visit opens read-only, saying why.
    dialog = window.open_visit(visit.id)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.status_banner.text() == "这条记录已作废：客户记错了日子"
    assert not dialog.save_button.isEnabled() and not dialog.void_button.isEnabled()


def test_a_correction_keeps_a_line_without_therapist_and_its_commission(qtbot, database, shop):
    wang = shop["staff"]["王芳"]
    visit = save_visit(VisitInput(shop["client"], datetime.now() - timedelta(hours=1), [
        VisitItemInput("service", shop["massage"], therapist_id=wang),
        VisitItemInput("product", shop["serum"])], [PaymentInput("cash", 26800 + 68000)], therapist_ids=[wang]))
    before = [(i.therapist_id, i.commission_fen) for i in VisitItem.select().order_by(VisitItem.position)]
    assert before[1] == (None, 0)
    dialog = open_dialog(qtbot, visit_id=visit.id)
    assert dialog.lines.lines[1].therapist_combo.currentText() == "—"
    type_text(qtbot, dialog.reason_edit, "补记备注")
    assert dialog.save()
    assert [(i.therapist_id, i.commission_fen) for i in VisitItem.select().order_by(VisitItem.position)] == before


def test_void_without_a_reason_changes_nothing(qtbot, database, shop, monkeypatch):
    visit = save_visit(VisitInput(shop["client"], datetime.now(), [
        VisitItemInput("service", shop["cleansing"], package_id=shop["card"])]))
    dialog = open_dialog(qtbot, visit_id=visit.id)
    monkeypatch.setattr(prompts, "ask_text", lambda *args, **kwargs: ("   ", True))
    click(qtbot, dialog.void_button)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "请写明原因。"
    assert Visit.get_by_id(visit.id).status == "done" and sessions_left(shop["card"]) == 11


def test_escape_asks_before_throwing_away_what_was_entered(qtbot, database, shop, monkeypatch):
    answers = []

    def question(parent, title, text, *args, **kwargs):
        answers.append(text)
        return QMessageBox.StandardButton.No if len(answers) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    untouched = open_dialog(qtbot, shop["client"])
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and answers == [], "nothing entered: Esc just closes"

    dialog = open_dialog(qtbot, shop["client"])
    dialog.lines.add_item("service", shop["massage"])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(answers) == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert Visit.select().count() == 0


def test_plain_enter_in_the_picker_never_saves(qtbot, database, shop):
    dialog = open_dialog(qtbot, shop["client"])
    picker = dialog.lines.picker
    picker.setFocus()
    type_and_enter(qtbot, picker, "理疗")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert [line.name_label.text() for line in dialog.lines.lines] == ["肩颈理疗"]
    assert dialog.isVisible() and Visit.select().count() == 0
    type_and_enter(qtbot, picker, "不存在的项目")
    assert dialog.error_label.text() == "没有找到“不存在的项目”，请换个名称试试。"
    assert len(dialog.lines.lines) == 1


def test_a_visit_in_the_future_is_refused(qtbot, database, shop):
    dialog = open_dialog(qtbot, shop["client"])
    dialog.lines.add_item("service", shop["cleansing"])
    assert dialog.when_edit.maximumDateTime().toPython() <= datetime.now() + timedelta(minutes=1)
    # The field will not go past now; the domain refuses a later time anyway.
    data = dialog.visit_input()
    data.visited_at = datetime.now() + timedelta(hours=2)
    from salon.errors import ValidationError
    from ui.common.messages import error_text

    with pytest.raises(ValidationError) as refused:
        save_visit(data)
    assert error_text(refused.value) == "到店时间不能晚于现在。"


def test_receipt_shows_what_each_card_paid_and_what_is_left_and_writes_a_pdf(qtbot, database, shop, tmp_path):
    visited = datetime.now().replace(second=0, microsecond=0)  # the cards were sold today
    visit = save_visit(VisitInput(shop["client"], visited, [
        VisitItemInput("service", shop["cleansing"], package_id=shop["card"], therapist_id=shop["staff"]["王芳"]),
        VisitItemInput("product", shop["serum"], discount_fen=8000),
    ], [PaymentInput("stored_value", 50000, shop["stored"]), PaymentInput("cash", 10000)]))
    receipt = ReceiptDialog(visit.id)
    qtbot.addWidget(receipt)
    text = receipt.text()
    for expected in ("客情管家", visited.strftime("%Y-%m-%d %H:%M"), "曾小梅", "王芳", "深层清洁", "卡扣：清洁10次卡",
                     "雅诗兰黛 小棕瓶精华", "原价 680.00，优惠 80.00", "¥600.00", "现金", "100.00",
                     "储值卡（储值1000送200）", "500.00"):
        assert expected in text, expected
    expires = ClientPackage.get_by_id(shop["card"]).expires_on
    assert f"清洁10次卡：本次扣 1 次，剩 11 次，有效期至 {expires}" in text
    assert "储值1000送200：本次支付 ¥500.00，余额 ¥700.00" in text

    pdf = receipt.save_pdf(tmp_path / "小票.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000


def test_receipt_uses_the_salon_name_and_marks_a_void(qtbot, database, shop):
    from salon.visits.recording import void_visit

    visit = save_visit(VisitInput(shop["client"], datetime.now(), [
        VisitItemInput("service", shop["cleansing"], package_id=shop["card"])]))
    void_visit(visit.id, "登记错了")
    html = receipt_html(visit_detail(visit.id), "丽人美容会所")
    assert "丽人美容会所" in html and "已作废" in html and "登记错了" in html
    assert "本次扣" not in html, "a void visit moved nothing on the card"


def test_tab_walks_from_the_lines_to_the_payments(qtbot, database, shop):
    dialog = open_dialog(qtbot, shop["client"])
    first = dialog.lines.add_item("service", shop["cleansing"])
    second = dialog.lines.add_item("product", shop["serum"])
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first.quantity_spin.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first.source_combo, "price and discount of a card line are skipped"
    qtbot.keyClick(first.source_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first.therapist_combo
    second.remove_button.setFocus()
    qtbot.keyClick(second.remove_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.payments.buttons["cash"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.payments.amount_edits["cash"]


def test_a_receipt_pdf_that_cannot_be_written_says_so(qtbot, database, shop, tmp_path, monkeypatch):
    visit = save_visit(VisitInput(shop["client"], datetime.now() - timedelta(hours=1), [
        VisitItemInput("service", shop["massage"])], [PaymentInput("cash", 26800)]))
    receipt = ReceiptDialog(visit.id)
    qtbot.addWidget(receipt)
    target = tmp_path / "no such folder" / "小票.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warned.append(text))
    assert receipt.ask_and_save_pdf() is None
    assert warned == [f"无法保存 {target}：文件夹不存在或没有写入权限。"]
    assert not target.exists()


def test_a_corrected_visit_is_marked_in_her_history_and_on_its_receipt(qtbot, database, shop):
    from salon.visits.recording import load_visit_input, update_visit
    from ui.clients.form import ClientDialog

    visit = save_visit(VisitInput(shop["client"], datetime.now() - timedelta(hours=3), [
        VisitItemInput("service", shop["massage"]), VisitItemInput("service", shop["cleansing"],
                                                                   package_id=shop["card"])],
        [PaymentInput("wechat", 20000), PaymentInput("stored_value", 6800, shop["stored"])]))
    data = load_visit_input(visit.id)
    data.notes = "补记：客人自带精油"
    fixed_at = datetime.now().replace(microsecond=0) - timedelta(hours=1)
    update_visit(visit.id, data, "补记备注", when=fixed_at)

    receipt = ReceiptDialog(visit.id)
    qtbot.addWidget(receipt)
    assert f"已更正（{fixed_at:%Y-%m-%d %H:%M}）" in receipt.text()
    dialog = ClientDialog(shop["client"])
    qtbot.addWidget(dialog)
    model = dialog.history_page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = [{header: model.data(model.index(r, c)) for c, header in enumerate(headers)}
            for r in range(model.rowCount())]
    row = next(row for row in rows if row["类型"] == "到店消费")
    assert row["状态"] == f"已更正 {fixed_at:%Y-%m-%d}"
    # The same figures as the receipt: charged, paid and how, and the card.
    detail = visit_detail(visit.id)
    assert row["消费"] == f"¥{detail.total_fen / 100:,.2f}"
    paid = sum(amount for _method, amount in detail.payments) + sum(amount for _card, amount in detail.stored_value)
    assert row["实付"] == f"¥{paid / 100:,.2f}" == "¥268.00"
    assert row["付款方式"] == "微信 200.00 + 储值 68.00"
    assert row["卡扣"] == "清洁10次卡 -1次"


def test_moving_the_date_away_and_back_brings_the_preselected_card_back(qtbot, database, shop):
    dialog = open_dialog(qtbot, shop["client"])
    line = dialog.lines.add_item("service", shop["cleansing"])
    assert line.package_id() == shop["card"]
    now = dialog.when_edit.dateTime()
    dialog.when_edit.setDateTime(now.addDays(-30))  # before the card was sold: it cannot pay
    assert line.package_id() is None
    dialog.when_edit.setDateTime(now)
    assert line.package_id() == shop["card"]


def test_a_stored_value_amount_above_the_chosen_cards_balance_is_never_paid_in_full(qtbot, database, shop):
    from salon.catalogue import PlanInput, save_plan

    small = save_plan(PlanInput(name="储值200", kind="stored_value", price="200"))
    sell_package(shop["client"], small.id, [PaymentInput("cash", 20000)])
    dialog = open_dialog(qtbot, shop["client"])
    dialog.lines.add_item("service", shop["massage"])
    payments = dialog.payments
    cards = [payments.card_combo.itemData(i) for i in range(payments.card_combo.count())]
    payments.card_combo.setCurrentIndex(cards.index(shop["stored"]))
    payments.amount_edits["stored_value"].setText("268")
    assert payments.remaining_label.text() == "已付清"
    small_card = ClientPackage.get(ClientPackage.name == "储值200").id
    payments.card_combo.setCurrentIndex(cards.index(small_card))
    assert payments.remaining_label.text() == "储值卡余额只有 ¥200.00"


def test_cash_tendered_without_a_cash_part_gives_no_change(qtbot, database, shop):
    dialog = open_dialog(qtbot, shop["client"])
    dialog.lines.add_item("service", shop["massage"])
    dialog.payments.amount_edits["wechat"].setText("268")
    dialog.payments.tendered_edit.setText("300")
    assert dialog.payments.change_label.text() == "这次没有现金付款"


def test_ctrl_enter_with_an_item_typed_but_not_added_saves_nothing(qtbot, database, shop):
    dialog = open_dialog(qtbot, shop["client"])
    dialog.lines.add_item("service", shop["massage"])
    dialog.payments.amount_edits["cash"].setText("268")
    type_text(qtbot, dialog.lines.picker, "清洁")
    assert not dialog.save()
    assert dialog.error_label.text() == "“清洁”还没有添加：按回车把它加进来，或清空后再保存。"
    assert Visit.select().count() == 0


def test_a_voided_visit_says_its_money_went_back_in_the_dialog_and_on_the_receipt(qtbot, database, shop):
    from salon.visits.recording import void_visit

    visit = save_visit(VisitInput(shop["client"], datetime.now() - timedelta(minutes=5),
                                  [VisitItemInput("service", shop["massage"])], [PaymentInput("cash", 26800)]))
    void_visit(visit.id, "录错了")
    dialog = open_dialog(qtbot, visit_id=visit.id)
    assert dialog.payments.remaining_label.text() == "已作废，款项已全部退回"
    html = receipt_html(visit_detail(visit.id))
    assert "款项和卡内扣减已全部退回" in html and "应付" not in html


def test_stored_value_cards_are_offered_soonest_expiry_first(qtbot, database, shop):
    from salon.catalogue import PlanInput, save_plan
    from salon.packages.usage import stored_value_cards

    yearly = save_plan(PlanInput(name="储值500（一年）", kind="stored_value", price="500", validity_days=365))
    card = sell_package(shop["client"], yearly.id, [PaymentInput("cash", 50000)])
    offered = [c.id for c in stored_value_cards(shop["client"], datetime.now().date())]
    assert offered == [card.id, shop["stored"]]


def test_a_locale_writing_decimal_commas_still_saves_the_prices_it_shows(qtbot, database, shop):
    """Amounts read by the counter follow the locale (1.580,00 in Germany); the fields one types into keep the plain
    form parse_yuan reads, so a product's price is never refused as malformed."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("de_DE"))
    try:
        window = make_window(qtbot, database)
        assert window.clients_page.select_client(shop["client"])
        click(qtbot, window.clients_page.visit_button)
        qtbot.waitUntil(lambda: window.visit_dialog is not None and window.visit_dialog.isVisible())
        dialog = window.visit_dialog
        dialog.show_receipt_check.setChecked(False)
        pick_with_mouse(qtbot, dialog.lines.picker, "〔产品〕雅诗兰黛 小棕瓶精华")
        assert dialog.lines.lines[0].price_edit.text() == "680.00"
        assert dialog.payments.due_label.text() == "应付 ¥680,00"
        click(qtbot, dialog.payments.buttons["cash"])
        click(qtbot, dialog.save_button)
        assert not dialog.isVisible()
        assert Visit.get().total_fen == 68000
    finally:
        QLocale.setDefault(QLocale("zh_CN"))
