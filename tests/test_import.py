"""Bringing an old client list in (F9): messy workbooks and CSV files built here, read, planned and imported."""
from __future__ import annotations

import sqlite3
import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from salon.clients.profiles import ClientInput, get_client, load_client_input, save_client
from salon.clients.search import search_clients
from salon.errors import ValidationError
from salon.imports import plan as planning
from salon.imports.columns import NOTE, SKIP, choices_for, field_for_header
from salon.imports.plan import (
    CREATE,
    MERGE_CLIENT,
    MERGE_ROW,
    REJECT,
    SKIPPED,
    ImportCancelled,
    ImportChoices,
    import_clients,
    plan_import,
)
from salon.imports.sources import read_source
from salon.staff import StaffInput, save_staff
from salon.store.models import Client, Staff

TODAY = date(2026, 11, 29)


def _workbook(path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cells in (merges or {}).get(title, []):
            sheet.merge_cells(cells)
    book.save(path)
    return path


def _plan(path, sheet: str | None = None, create_therapists: bool = False, **options):
    source = read_source(path)
    guess = choices_for(source, sheet)
    choices = ImportChoices(guess.sheet, guess.row, guess.mapping, create_therapists)
    return source, choices, plan_import(source.sheet(guess.sheet), choices, source.path.name, today=TODAY, **options)


def _import(path, sheet: str | None = None, create_therapists: bool = False, **options):
    source = read_source(path)
    guess = choices_for(source, sheet)
    choices = ImportChoices(guess.sheet, guess.row, guess.mapping, create_therapists)
    return import_clients(source.sheet(guess.sheet), choices, source.path.name, today=TODAY, **options)


def _client_named(name: str) -> Client:
    return Client.get(Client.name == name)


def _rows_of_every_table(db_path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db_path) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {table: connection.execute(f"SELECT * FROM \"{table}\" ORDER BY 1").fetchall() for table in tables}


# --- a simplified-Chinese workbook as a salon keeps it ----------------------------------------------------
def _salon_workbook(path):
    rows = [
        ["美丽人生美容院 客户资料（2019 年起）"],
        [],
        ["序号", "客户姓名", "手机", "出生日期", "肤质", "地址", "美容师", "备注", "爱好", "卡项/余额"],
        [1, "王丽", "138 1234 5678", "1985.3.12", "干性", "天河区体育西路 1 号", "小芳", "怕痛", "瑜伽",
         "补水卡 剩 3 次"],
        [2, "李娜", "+86 139-0000-1111", "85年7月8日", "混合偏油", None, None, None, None, None],
        [3, "赵敏", "１３７００００２２２２", "3月12日", "敏感肌", None, "阿美", None, None, None],
        [4, "陈静", "13600003333 / 020-87654321", "农历八月十五", "不清楚", None, None, None, None, None],
        [5, "刘洋", 13500004444, datetime(1990, 5, 20), "油皮", None, None, None, None, None],
        [6, "孙梅", "13400005555", 32874, "中性", None, None, None, None, None],
        [7, "周芳", "13812345678", "1986/1/2", None, "越秀区", None, "第二次登记", None, None],
        [8, None, "13300006666", "1980.1.1", None, None, None, "没写名字", None, None],
        [9, "吴霞", "12345", None, None, None, None, None, None, None],
        [10, "郑红", "13200007777", "1985.2.30", None, None, None, None, None, None],
        [],
        [11, "冯雪", "13100008888", None, "干性", None, None, None, None, None],
        ["合计", "11 人"],
    ]
    return _workbook(path, {"说明": [["本表由前台维护"], ["更新于 2024 年"]], "客户资料": rows},
                     {"客户资料": ["A1:J1"]})


def test_the_header_is_found_below_a_merged_title_and_the_client_sheet_is_chosen(tmp_path):
    source = read_source(_salon_workbook(tmp_path / "old.xlsx"))
    guess = choices_for(source)
    assert (guess.sheet, guess.row) == ("客户资料", 3)
    assert guess.mapping == (SKIP, "name", "phone", "birthday", "skin_type", "address", "therapist", "notes", NOTE,
                             "cards")


def test_a_dry_run_reports_every_row_and_writes_nothing(database, db_path, tmp_path):
    before = _rows_of_every_table(db_path)
    _source, _choices, plan = _plan(_salon_workbook(tmp_path / "old.xlsx"))
    outcome = {result.row: result for result in plan.results}
    assert {row for row, result in outcome.items() if result.action == CREATE} == {4, 5, 6, 7, 8, 9, 15}
    assert outcome[10].action == MERGE_ROW and outcome[10].other_row == 4  # the same phone as 王丽
    assert outcome[11].action == REJECT and outcome[11].code == "import_name_missing"
    assert outcome[12].action == REJECT and outcome[12].code == "phone_invalid" and "12345" in outcome[12].message
    assert outcome[13].action == REJECT and outcome[13].code == "date_invalid"
    assert outcome[16].action == SKIPPED  # the totals row
    assert 14 not in outcome  # the blank row
    assert plan.unknown_therapists == {"小芳": [4], "阿美": [6]}
    assert _rows_of_every_table(db_path) == before


def test_the_import_creates_each_client_field_by_field(database, tmp_path):
    plan = _import(_salon_workbook(tmp_path / "old.xlsx"))
    assert plan.written and plan.count(CREATE) == 7
    wang = load_client_input(_client_named("王丽").id)
    assert (wang.phone, wang.birthday.calendar, wang.birthday.year, wang.birthday.month, wang.birthday.day) == (
        "13812345678", "solar", 1985, 3, 12)
    assert wang.skin_type == "dry" and wang.address == "天河区体育西路 1 号"
    # the later row with her phone merged in: its address was another, kept in the notes with its row number
    assert wang.notes.splitlines() == ["怕痛", "爱好：瑜伽", "卡项/余额：补水卡 剩 3 次", "原美容师：小芳",
                                       "从 old.xlsx 导入（2026-11-29），第 4 行",
                                       "第 10 行另记：姓名 周芳；生日 1986年1月2日；地址 越秀区",
                                       "第二次登记"]
    li = load_client_input(_client_named("李娜").id)
    assert (li.phone, li.birthday.year, li.birthday.month, li.birthday.day, li.skin_type) == (
        "13900001111", 1985, 7, 8, "combination")
    zhao = load_client_input(_client_named("赵敏").id)
    assert (zhao.phone, zhao.birthday.year, zhao.birthday.month, zhao.birthday.day, zhao.skin_type) == (
        "13700002222", None, 3, 12, "sensitive")
    chen = load_client_input(_client_named("陈静").id)
    assert (chen.phone, chen.phone2) == ("13600003333", "02087654321")
    assert (chen.birthday.calendar, chen.birthday.month, chen.birthday.day) == ("lunar", 8, 15)
    assert chen.skin_type == "" and "肤质（原表）：不清楚" in chen.notes
    liu = load_client_input(_client_named("刘洋").id)
    assert (liu.phone, liu.birthday.year, liu.birthday.month, liu.birthday.day, liu.skin_type) == (
        "13500004444", 1990, 5, 20, "oily")
    sun = load_client_input(_client_named("孙梅").id)  # 32874 is an Excel serial date: 1990-01-01
    assert (sun.birthday.year, sun.birthday.month, sun.birthday.day, sun.skin_type) == (1990, 1, 1, "normal")
    assert Client.select().where(Client.name.in_(["吴霞", "郑红"])).count() == 0
    # found like a client typed in: by pinyin initials and by the last digits of her phone
    assert [row.name for row in search_clients("wl")] == ["王丽"]
    assert [row.name for row in search_clients("5678")] == ["王丽"]


def test_traditional_headers_names_kept_as_written_and_therapists_matched(database, tmp_path):
    fang = save_staff(StaffInput(name="小芳", role="therapist"))
    path = _workbook(tmp_path / "台北.xlsx", {"顧客": [
        ["顧客姓名", "電話", "出生日期", "膚質", "住址", "專屬美容師", "備註"],
        ["林美玲", "0912345678", "1988/10/5", "乾性", "台北市信義區", "小芳", "喜歡安靜"],
        ["ＡＢＣ陳", "+886 912 000 111", "農曆1990年四月初八", "混合", None, "小玉", None],
    ]})
    plan = _import(path)
    assert plan.count(CREATE) == 2
    lin = load_client_input(_client_named("林美玲").id)
    assert lin.therapist_id == fang.id and lin.skin_type == "dry" and lin.address == "台北市信義區"
    assert lin.phone == "0912345678" and (lin.birthday.year, lin.birthday.month, lin.birthday.day) == (1988, 10, 5)
    other = load_client_input(_client_named("ＡＢＣ陳").id)  # full-width letters kept
    assert other.phone == "+886912000111" and other.therapist_id is None
    assert (other.birthday.calendar, other.birthday.year, other.birthday.month, other.birthday.day) == (
        "lunar", 1990, 4, 8)
    assert "原美容师：小玉" in other.notes
    assert plan.unknown_therapists == {"小玉": [3]}


def test_unknown_therapists_can_be_created(database, tmp_path):
    path = _workbook(tmp_path / "t.xlsx", {"Sheet": [["姓名", "电话", "美容师"], ["甲", "13800000001", "小玉"],
                                                     ["乙", "13800000002", "小玉"]]})
    plan = _import(path, create_therapists=True)
    yu = Staff.get(Staff.name == "小玉")
    assert plan.created_therapists == ["小玉"] and yu.role == "therapist"
    assert {client.therapist_id for client in Client.select()} == {yu.id}


def test_english_headers_and_dates(database, tmp_path):
    path = _workbook(tmp_path / "london.xlsx", {"Clients": [
        ["Name", "Mobile", "Date of Birth", "Skin type", "Address", "Notes", "Email"],
        ["Emma Brown", "+44 7700 900123", "12/03/1985", "Sensitive", "1 High St", "prefers mornings", "e@x.uk"],
        ["Olivia Green", "+44 7700 900456", "March 7, 1990", "dry", None, None, None],
    ]})
    _import(path)
    emma = load_client_input(_client_named("Emma Brown").id)
    assert emma.phone == "+447700900123" and emma.skin_type == "sensitive"
    assert (emma.birthday.year, emma.birthday.month, emma.birthday.day) == (1985, 3, 12)  # day first, as in the UK
    assert emma.notes.splitlines()[:2] == ["prefers mornings", "Email：e@x.uk"]
    olivia = load_client_input(_client_named("Olivia Green").id)
    assert (olivia.birthday.month, olivia.birthday.day, olivia.skin_type) == (3, 7, "dry")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030", "big5"])
def test_csv_files_in_every_encoding_chinese_spreadsheets_are_saved_in(database, tmp_path, encoding):
    text = "顧客姓名,電話,生日,備註\r\n陳美麗,13800000001,1985-03-12,老顧客介紹\r\n黃小華,13800000002,,\r\n"
    if encoding == "gb18030":
        text = "客户姓名,电话,生日,备注\r\n陈美丽,13800000001,1985-03-12,老顾客介绍\r\n黄小华,13800000002,,\r\n"
    path = tmp_path / "clients.csv"
    path.write_bytes(text.encode(encoding))
    plan = _import(path)
    assert plan.count(CREATE) == 2
    first = "陈美丽" if encoding == "gb18030" else "陳美麗"
    client = load_client_input(_client_named(first).id)
    assert (client.phone, client.birthday.year, client.birthday.month) == ("13800000001", 1985, 3)
    assert client.notes.startswith("老顾客介绍" if encoding == "gb18030" else "老顧客介紹")


def test_another_sheet_can_be_chosen_and_a_missing_one_is_named(database, tmp_path):
    path = _workbook(tmp_path / "two.xlsx", {
        "2023": [["姓名", "电话"], ["甲", "13800000001"]],
        "2024": [["姓名", "电话", "生日"], ["乙", "13800000002", "1990-01-01"]],
    })
    assert choices_for(read_source(path)).sheet == "2024"  # more recognised columns
    _source, _choices, plan = _plan(path, sheet="2023")
    assert [result.name for result in plan.results] == ["甲"]
    with pytest.raises(ValidationError) as missing:
        choices_for(read_source(path), "2025")
    assert missing.value.code == "import_sheet_missing"


def test_a_formula_is_read_as_its_saved_value_and_never_run(database, tmp_path):
    path = _workbook(tmp_path / "f.xlsx", {"Sheet": [["姓名", "电话", "备注"], ["甲", "=13800000000+1", "=1+1"]]})
    # Excel saves a formula's result beside it; openpyxl writes none, so put in what Excel would have
    with zipfile.ZipFile(path) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    sheet = next(name for name in parts if name.startswith("xl/worksheets/sheet"))
    parts[sheet] = parts[sheet].replace(b"<f>13800000000+1</f><v></v>", b"<f>13800000000+1</f><v>13800000001</v>")
    with zipfile.ZipFile(path, "w") as book:
        for name, data in parts.items():
            book.writestr(name, data)
    _import(path)
    client = load_client_input(_client_named("甲").id)
    assert client.phone == "13800000001"
    assert "1+1" not in client.notes and "=" not in client.notes


def test_same_phone_in_the_database_merges_into_that_client_filling_only_what_is_empty(database, tmp_path):
    existing = save_client(ClientInput(name="王丽", phone="13812345678", address="原地址", notes="老客"))
    path = _workbook(tmp_path / "m.xlsx", {"Sheet": [
        ["姓名", "电话", "生日", "地址", "微信"],
        ["王丽丽", "138-1234-5678", "1985-03-12", "新地址", "wl1985"],
    ]})
    plan = _import(path)
    assert [(result.action, result.client_id) for result in plan.results] == [(MERGE_CLIENT, existing.id)]
    assert "生日" in plan.results[0].message and "微信" in plan.results[0].message
    merged = load_client_input(existing.id)
    assert merged.name == "王丽" and merged.address == "原地址" and merged.wechat == "wl1985"
    assert (merged.birthday.year, merged.birthday.month, merged.birthday.day) == (1985, 3, 12)
    assert merged.notes.splitlines()[:2] == ["老客", "第 2 行另记：姓名 王丽丽；地址 新地址"]
    assert Client.select().count() == 1
    # the same file again adds nothing and says so
    again = _import(path)
    assert again.results[0].message == "已有，没有新内容"
    assert load_client_input(existing.id).notes == merged.notes


def test_a_row_whose_phones_belong_to_two_clients_is_refused(database, tmp_path):
    save_client(ClientInput(name="甲", phone="13800000001"))
    save_client(ClientInput(name="乙", phone="13800000002"))
    path = _workbook(tmp_path / "c.xlsx", {"Sheet": [["姓名", "电话"], ["甲乙", "13800000001 / 13800000002"]]})
    _source, _choices, plan = _plan(path)
    assert [(result.action, result.code) for result in plan.results] == [(REJECT, "import_phone_conflict")]


def test_a_name_too_long_and_an_impossible_lunar_date_are_refused_with_reasons(database, tmp_path):
    path = _workbook(tmp_path / "r.xlsx", {"Sheet": [
        ["姓名", "电话", "农历生日"],
        ["长" * 41, "13800000001", None],
        ["甲", "13800000002", "1985年闰四月初八"],  # 1985 had no leap fourth month
        ["乙", "13800000003", "九月初九"],
    ]})
    _source, _choices, plan = _plan(path)
    assert [(result.row, result.action, result.code) for result in plan.results] == [
        (2, REJECT, "name_too_long"), (3, REJECT, "date_invalid_lunar"), (4, CREATE, "")]


@pytest.mark.parametrize("content, name, code", [
    (b"", "empty.xlsx", "import_empty"),
    (b"this is not a workbook", "broken.xlsx", "import_not_spreadsheet"),
    (b"PK\x03\x04 truncated zip", "cut.xlsx", "import_not_spreadsheet"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "old.xls", "import_old_xls"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64, "locked.xlsx",
     "import_password"),
])
def test_files_that_cannot_be_read_say_why(tmp_path, content, name, code):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        read_source(path)
    assert refused.value.code == code


def test_a_sheet_without_a_header_says_so(tmp_path):
    path = _workbook(tmp_path / "n.xlsx", {"Sheet": [["一些", "数字"], [1, 2], [3, 4]]})
    with pytest.raises(ValidationError) as refused:
        choices_for(read_source(path))
    assert refused.value.code == "import_no_header"


def test_a_cancelled_or_failed_import_leaves_every_row_as_it_was(database, db_path, tmp_path, monkeypatch):
    save_client(ClientInput(name="王丽", phone="13812345678", notes="老客"))
    path = _salon_workbook(tmp_path / "old.xlsx")
    before = _rows_of_every_table(db_path)
    calls = []

    def cancel_while_writing(done: int, total: int) -> bool:
        calls.append(done)
        return done < total // 2 + 1  # planning is the first half of the bar: cancel once writing has begun

    with pytest.raises(ImportCancelled):
        _import(path, create_therapists=True, progress=cancel_while_writing)
    assert calls and _rows_of_every_table(db_path) == before

    def fail_after_inserting(rows):
        original(rows)
        raise sqlite3.OperationalError("disk I/O error")

    original = planning.add_clients
    monkeypatch.setattr(planning, "add_clients", fail_after_inserting)
    with pytest.raises(sqlite3.OperationalError):
        _import(path, create_therapists=True)
    assert _rows_of_every_table(db_path) == before


def test_the_import_resolves_the_dry_run_again_against_the_database_as_it_is_now(database, tmp_path):
    path = _workbook(tmp_path / "d.xlsx", {"Sheet": [["姓名", "电话"], ["甲", "13800000001"]]})
    source, choices, dry_run = _plan(path)
    assert dry_run.results[0].action == CREATE
    meanwhile = save_client(ClientInput(name="甲", phone="13800000001"))  # typed at the counter in between
    plan = import_clients(source.sheet(choices.sheet), choices, "d.xlsx", dry_run=dry_run, today=TODAY)
    assert [(result.action, result.client_id) for result in plan.results] == [(MERGE_CLIENT, meanwhile.id)]
    assert Client.select().count() == 1


@pytest.mark.parametrize("header, field", [
    ("顧客姓名", "name"), ("客户姓名（必填）", "name"), ("Mobile No.", "phone"), ("聯絡電話", "phone"),
    ("备用电话", "phone2"), ("出生年月日", "birthday"), ("農曆生日", "lunar_birthday"), ("性別", "gender"),
    ("皮膚類型", "skin_type"), ("專屬美容師", "therapist"), ("會員卡餘額", "cards"), ("客户编号", None),
    ("E-mail", None), ("社區", "community"), ("微信號", "wechat"),
])
def test_headers_are_recognised_by_their_synonyms(header, field):
    assert field_for_header(header) == field


def test_genders_and_imported_note(database, tmp_path):
    path = _workbook(tmp_path / "g.xlsx", {"Sheet": [["姓名", "电话", "性别"], ["甲", "13800000001", "女士"],
                                                     ["乙", "13800000002", "先生"], ["丙", "13800000003", "保密"]]})
    _import(path)
    assert [get_client(_client_named(name).id).gender for name in "甲乙丙"] == ["F", "M", ""]
    assert "性别：保密" in _client_named("丙").notes
    assert "从 g.xlsx 导入（2026-11-29），第 2 行" in _client_named("甲").notes


def test_the_command_line_prints_the_report_and_exits_by_whether_the_file_could_be_read(tmp_path):
    from tests.test_cli import run_main

    db = tmp_path / "salon.db"
    path = _salon_workbook(tmp_path / "old.xlsx")
    made = run_main("demo", "--db", str(db), "--clients", "0")
    assert made.returncode == 0, made.stderr
    dry = run_main("import-clients", "--db", str(db), str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "将会：新建 7 位客户" in dry.stdout and "第 12 行 吴霞 — 拒绝" in dry.stdout
    done = run_main("import-clients", "--db", str(db), str(path), "--sheet", "客户资料")
    assert done.returncode == 0 and "已导入：新建 7 位客户" in done.stdout
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM client").fetchone() == (7,)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    refused = run_main("import-clients", "--db", str(db), str(broken))
    assert refused.returncode == 1 and refused.stdout == ""
    assert len(refused.stderr.strip().splitlines()) == 1 and "broken.xlsx" in refused.stderr


def test_blank_columns_a_merged_community_and_notes_rows_are_read_as_a_person_would(database, tmp_path):
    rows = [
        [None, None, "客户登记"],
        [None, None, "姓名", None, "电话", "社区"],  # the list starts in column C, with an empty column D
        [None, None, "甲", None, "13800000001", "翠苑一区"],  # 翠苑一区 is merged over three rows
        [None, None, "乙", None, "13800000002", None],
        [None, None, "丙", None, "13800000003", None],
        [None, None, "姓名", None, "电话", "社区"],  # the header printed again on the next page
        [None, None, "丁", None, "13800000004", "文三新村"],
        [None, None, "注：以上为 2019 年以前的客户"],
    ]
    path = _workbook(tmp_path / "b.xlsx", {"Sheet": rows}, {"Sheet": ["F3:F5"]})
    plan = _import(path)
    assert [(result.row, result.action) for result in plan.results] == [
        (3, CREATE), (4, CREATE), (5, CREATE), (6, SKIPPED), (7, CREATE), (8, SKIPPED)]
    assert [_client_named(name).community for name in "甲乙丙丁"] == ["翠苑一区", "翠苑一区", "翠苑一区", "文三新村"]
    assert Client.select().count() == 4
