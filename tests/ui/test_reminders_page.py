"""The 提醒 tab as the front desk uses it in the morning: mark a follow-up done with its result and find it in
the client's history; snooze one and see it come back on its date."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from salon.catalogue import ServiceInput, save_service
from salon.clients.profiles import BirthdayInput, ClientInput, save_client
from salon.payments import PaymentInput
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit
from tests.ui.test_main_window import make_window
from tests.ui.typing_helpers import type_text


@pytest.fixture
def followups(database):
    wang = save_client(ClientInput(name="王芳", phone="13812345678")).id
    facial = save_service(ServiceInput(name="深层清洁", price="198", followup_days="1,7")).id
    yesterday = datetime.combine(date.today() - timedelta(days=1), time(10))
    save_visit(VisitInput(wang, yesterday, [VisitItemInput("service", facial)], [PaymentInput("cash", 19800)]),
               when=yesterday)
    return {"client": wang}


def open_page(qtbot, window):
    window.tabs.setCurrentWidget(window.reminders_page)
    page = window.reminders_page
    qtbot.waitUntil(lambda: not page.loading and page.found is not None)
    return page


def rows(model):
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [{header: model.data(model.index(r, c)) for c, header in enumerate(headers)}
            for r in range(model.rowCount())]


def test_mark_a_follow_up_done_with_its_result_and_see_it_in_her_history(qtbot, database, followups):
    window = make_window(qtbot, database)
    page = open_page(qtbot, window)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "提醒"
    assert "护理回访 2" in page.counts_label.text()
    first = rows(page.model)[0]
    assert (first["客户"], first["事项"]) == ("王芳", "回访：深层清洁 第 1 天")
    dialog = page.mark_done()
    type_text(qtbot, dialog.reaction_edit, "没有泛红")
    dialog.satisfied_combo.setCurrentIndex(dialog.satisfied_combo.findData(True))
    dialog.booked_check.setChecked(True)
    type_text(qtbot, dialog.note_edit, "下周二再来")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 1)
    assert rows(page.model)[0]["事项"] == "回访：深层清洁 第 7 天"
    client_file = window.open_client(followups["client"])
    history = rows(client_file.history_page.model)
    contact = next(row for row in history if row["类型"] == "联系")
    assert contact["项目/卡项"] == "护理回访（电话）"
    assert contact["卡内变动/原因"] == "皮肤：没有泛红；满意；已约下次，下周二再来"


def test_snooze_one_and_it_comes_back_on_its_date(qtbot, database, followups):
    window = make_window(qtbot, database)
    page = open_page(qtbot, window)
    page.days_spin.setValue(0)  # today and what is overdue only
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 1)
    back_on = date.today() + timedelta(days=3)
    assert page.snooze_current(back_on)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 0)
    assert page.counts_label.text() == "没有需要处理的提醒。"
    page.date_edit.setDate(QDate(back_on))
    qtbot.waitUntil(lambda: not page.loading and page.found.on == back_on)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("followup"))
    assert [(row["日期"], row["事项"]) for row in rows(page.model)] == [
        (f"{back_on.isoformat()} {'一二三四五六日'[back_on.weekday()].join(('周', ''))}", "回访：深层清洁 第 1 天")]
    # (day 7 is still days away)


def test_the_snooze_button_asks_which_day(qtbot, database, followups, monkeypatch):
    """稍后 asks for the day (the button's `checked` once arrived as the date and was refused)."""
    from PySide6.QtWidgets import QDateEdit, QDialog, QMessageBox

    asked, refused = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: refused.append(args))

    def answer(dialog):
        asked.append(dialog.findChild(QDateEdit).date().toPython())
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QDialog, "exec", answer)
    window = make_window(qtbot, database)
    page = open_page(qtbot, window)
    page.days_spin.setValue(0)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 1)
    qtbot.mouseClick(page.snooze_button, Qt.MouseButton.LeftButton)
    assert asked == [date.today() + timedelta(days=3)] and not refused
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 0)


def test_a_greeting_is_copied_for_wechat(qtbot, database):
    today = date.today()
    save_client(ClientInput(name="李娜", phone="13912345678", birthday=BirthdayInput("solar", None, today.month,
                                                                                   today.day)))
    window = make_window(qtbot, database)
    page = open_page(qtbot, window)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("birthday"))
    item = page.current()
    assert item.kind == "birthday" and "李娜" in item.draft
    page.copy_greeting()
    assert QApplication.clipboard().text() == item.draft


def test_a_complaint_is_logged_stays_until_resolved_and_the_gift_is_logged_with_it(qtbot, database, followups):
    from salon.store.models import Complaint, Gift

    window = make_window(qtbot, database)
    page = open_page(qtbot, window)
    dialog = page.log_complaint()
    type_text(qtbot, dialog.what_edit, "做完后脸颊发红")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.loading and page.found is not None and page.found.of_kind("complaint") != [])
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("complaint"))
    assert rows(page.model)[0]["事项"] == "投诉未解决"
    done = page.mark_done()
    qtbot.mouseClick(done.save_button, Qt.MouseButton.LeftButton)
    assert done.isVisible() and "请写明怎么解决的" in done.error_label.text()  # nothing closed without it
    type_text(qtbot, done.resolution_edit, "送一次舒缓护理")
    type_text(qtbot, done.gift_edit, "舒缓面膜")
    qtbot.mouseClick(done.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.loading and page.found.of_kind("complaint") == [])
    complaint = Complaint.get()
    assert (complaint.status, complaint.resolution) == ("resolved", "送一次舒缓护理")
    assert Gift.get().gift == "舒缓面膜"


def test_a_long_list_shows_its_first_screen_and_reads_the_rest_as_she_scrolls(qtbot, database):
    """A busy week holds thousands of calls: the tab puts into words the rows it shows, not the whole list."""
    from salon.reminders.listing import PAGE

    facial = save_service(ServiceInput(name="深层清洁", price="198", followup_days="1,7")).id
    yesterday = datetime.combine(date.today() - timedelta(days=1), time(10))
    for n in range(3 * PAGE):
        client_id = save_client(ClientInput(name=f"客户{n:03d}", phone=f"139{n:08d}")).id
        save_visit(VisitInput(client_id, yesterday, [VisitItemInput("service", facial)], [PaymentInput("cash", 19800)]),
                   when=yesterday)
    window = make_window(qtbot, database)
    page = open_page(qtbot, window)
    assert page.model.rowCount() == len(page.found) == 6 * PAGE
    assert page.found.made <= PAGE  # the first screen (and the columns fitted on it)
    page.table.scrollToBottom()
    last = page.model.rowCount() - 1
    assert page.model.data(page.model.index(last, 5)) == "回访：深层清洁 第 7 天"
    assert page.found.made < len(page.found)
    assert page.select(page.found.item(last).key) and page.table.currentIndex().row() == last
