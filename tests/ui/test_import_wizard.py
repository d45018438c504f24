"""File ▸ Import clients as the owner uses it: pick her old file, correct a column the guess got wrong, look at
the dry run, import; and a cancelled import that leaves nothing."""
from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QPushButton, QWizard

from salon.clients.profiles import load_client_input
from salon.store.models import Client
from tests.ui.test_main_window import make_window, visible_names


def _old_list(path, rows: int = 3):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "会员"
    sheet.append(["美丽人生 会员登记表"])
    sheet.append(["姓名", "联络", "生日", "备注"])  # 联络 is not a header the app knows: her phones are in it
    people = [("王丽", "13812345678", "1985.3.12", "怕痛"), ("李娜", "139 0000 1111", "农历八月十五", ""),
              ("无号码", "12345", "", "")]
    for n in range(rows):
        name, phone, birthday, note = people[n] if n < len(people) else (f"客户{n}", f"137{n:08d}", "", "")
        sheet.append([name, phone, birthday, note])
    book.save(path)
    return path


def _read(qtbot, wizard, path):
    task = wizard.open_file(str(path))
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: wizard.sheet is not None)


def _wait_for_plan(qtbot, wizard):
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)


def test_import_with_a_column_mapped_by_hand(qtbot, database, tmp_path):
    window = make_window(qtbot, database)
    wizard = window.import_clients()
    _read(qtbot, wizard, _old_list(tmp_path / "会员.xlsx"))
    assert wizard.file_page.sheet_combo.currentData() == "会员"
    assert "第 2 行" in wizard.file_page.info_label.text()
    wizard.next()
    page = wizard.mapping_page
    assert page.table.horizontalHeaderItem(1).text() == "联络"
    assert page.combos[1].currentData() == "note"  # the guess: kept in the notes
    assert page.table.item(1, 1).text() == "13812345678"  # the preview shows her first rows
    page.set_field(1, "phone")  # corrected by hand
    assert wizard.mapping == ("name", "phone", "birthday", "notes")
    wizard.next()
    _wait_for_plan(qtbot, wizard)
    dry = wizard.dry_run_page
    assert "将会新建 2 位客户" in dry.summary_label.text() and "拒绝 1 行" in dry.summary_label.text()
    assert [dry.results.text(row, 0) for row in range(dry.results.rowCount())] == ["5"]
    assert "12345" in dry.results.text(0, 3)
    assert Client.select().count() == 0  # a dry run writes nothing
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    wang = load_client_input(Client.get(Client.name == "王丽").id)
    assert (wang.phone, wang.birthday.month, wang.birthday.day) == ("13812345678", 3, 12)
    li = load_client_input(Client.get(Client.name == "李娜").id)
    assert (li.phone, li.birthday.calendar) == ("13900001111", "lunar")
    qtbot.waitUntil(lambda: set(visible_names(window.clients_page)) == {"王丽", "李娜"})
    assert "已导入：新建 2 位客户" in window.statusBar().currentMessage()


def test_moving_the_header_row_guesses_the_columns_again(qtbot, database, tmp_path):
    window = make_window(qtbot, database)
    wizard = window.import_clients()
    _read(qtbot, wizard, _old_list(tmp_path / "会员.xlsx"))
    wizard.next()
    page = wizard.mapping_page
    page.header_spin.setValue(1)  # the title row: nothing is a name
    assert "name" not in wizard.mapping and not page.isComplete() and page.hint_label.isVisible()
    page.header_spin.setValue(2)
    assert wizard.mapping[0] == "name" and page.isComplete()


def test_a_cancelled_import_writes_nothing_and_can_be_run_again(qtbot, database, tmp_path):
    window = make_window(qtbot, database)
    wizard = window.import_clients()
    _read(qtbot, wizard, _old_list(tmp_path / "big.xlsx", rows=3000))
    wizard.next()
    wizard.mapping_page.set_field(1, "phone")
    wizard.next()
    _wait_for_plan(qtbot, wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    task = wizard.task
    task.dialog.findChild(QPushButton).click()  # Cancel in the progress dialog
    with qtbot.waitSignal(task.failed, timeout=20_000):
        pass
    assert wizard.isVisible() and "已取消" in wizard.dry_run_page.error_label.text()
    assert Client.select().count() == 0
    with qtbot.waitSignal(wizard.imported, timeout=30_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert Client.select().count() == 2999


def test_a_file_that_cannot_be_read_says_why_in_the_wizard(qtbot, database, tmp_path):
    window = make_window(qtbot, database)
    wizard = window.import_clients()
    old = tmp_path / "旧表.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    task = wizard.open_file(str(old))
    with qtbot.waitSignal(task.failed, timeout=20_000):
        pass
    assert "另存为 .xlsx" in wizard.file_page.error_label.text() and wizard.file_page.error_label.isVisible()
    assert not wizard.file_page.isComplete()
