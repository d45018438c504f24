"""Deciding, then doing: what an old client list would create, merge and refuse (the dry run), and the import
itself, which plans again inside one write transaction and commits whole or not at all.

Rows with the same phone are one client: a later row merges into the first (its differing values kept in the
notes with its row number), and a row whose phone is already in the database merges into that client, filling
only what her file leaves empty. A row without a name, with an impossible value or a phone in the wrong shape is
refused with its row number and reason; an empty row is passed over, a totals or notes row is reported as
skipped.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from salon.clients.profiles import (
    MAX_NAME_LENGTH,
    BirthdayInput,
    ClientInput,
    find_clients_by_phone,
    load_client_input,
    save_client,
    validated_columns,
)
from salon.errors import ValidationError
from salon.imports.columns import FIELDS, NOTE, SKIP, header_key
from salon.imports.sources import Row, SourceSheet
from salon.imports.values import cell_text, gender, parse_birthday, parse_phones, skin_type
from salon.staff import NAME_LIMIT as STAFF_NAME_LIMIT
from salon.staff import StaffInput, save_staff
from salon.store.models import Staff, database_proxy

CREATE, MERGE_ROW, MERGE_CLIENT, REJECT, SKIPPED = "create", "merge_row", "merge_client", "reject", "skip"
ACTION_WORDS = {CREATE: "新建", MERGE_ROW: "并入前一行", MERGE_CLIENT: "并入已有客户", REJECT: "拒绝", SKIPPED: "跳过"}
_FOOTER = re.compile(r"^(合计|合計|总计|總計|共计|共計|小计|小計|总数|總數|共\s*\d+\s*[人位名条條]|注[:：]|"
                     r"备注[:：]|備註[:：]|说明[:：]|說明[:：]|total|sum\b|note[:：s]?)", re.IGNORECASE)
# Fields copied as text, in the order a merge compares them.
_TEXT_FIELDS = ("gender", "skin_type", "wechat", "address", "community", "occupation", "allergies")
PROGRESS_EVERY = 250


class ImportCancelled(Exception):
    """The user cancelled: nothing was written."""


@dataclass
class RowResult:
    row: int  # as the file numbers it
    name: str
    action: str  # CREATE, MERGE_ROW, MERGE_CLIENT, REJECT or SKIPPED
    message: str = ""  # why a row was refused or skipped; what a merge added
    code: str = ""  # the ValidationError code of a refusal
    other_row: int | None = None  # MERGE_ROW: the row it joins
    client_id: int | None = None  # MERGE_CLIENT: the client it joins


@dataclass
class PlannedClient:
    rows: list[int]
    data: ClientInput
    client_id: int | None = None  # an existing client with the same phone
    therapist_name: str = ""  # a therapist the file names who is not on the staff list


@dataclass(frozen=True)
class ImportChoices:
    """What the user confirmed: the sheet, its header row and a field per column (salon.imports.columns)."""

    sheet: str
    header_row: int
    mapping: tuple[str, ...]
    create_therapists: bool = False


@dataclass
class ImportPlan:
    file_name: str
    choices: ImportChoices
    clients: list[PlannedClient] = field(default_factory=list)
    results: list[RowResult] = field(default_factory=list)
    unknown_therapists: dict[str, list[int]] = field(default_factory=dict)  # name -> rows naming her
    created_therapists: list[str] = field(default_factory=list)
    written: bool = False  # True once imported

    def count(self, action: str) -> int:
        return sum(1 for result in self.results if result.action == action)

    @property
    def rejected(self) -> list[RowResult]:
        return [result for result in self.results if result.action == REJECT]


@dataclass
class _RowValues:
    data: ClientInput
    phones: list[str]
    therapist: str
    notes: list[str]


def _staff_by_name() -> dict[str, int]:
    return {_name_key(name): staff_id for staff_id, name in
            Staff.select(Staff.id, Staff.name).where(Staff.active == True).tuples()}  # noqa: E712


def _name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).split()).lower()


def _is_footer(row: Row) -> bool:
    first = next((cell_text(cell) for cell in row if cell_text(cell)), "")
    return bool(_FOOTER.match(first))


def _read_row(row: Row, headers: list[str], mapping: tuple[str, ...], today: date) -> _RowValues:
    """The row as client input; ValidationError for the first value that cannot be taken."""
    data = ClientInput()
    phones: list[str] = []
    notes: list[str] = []
    own_notes: list[str] = []
    therapist = ""
    lists: dict[str, list[str]] = {"allergies": [], "tags": []}
    for column, target in enumerate(mapping):
        value = row[column] if column < len(row) else None
        text = cell_text(value)
        if target == SKIP or (not text and target != "birthday"):
            continue
        header = headers[column] if column < len(headers) else ""
        if target == "name":
            data.name = text
        elif target in ("phone", "phone2"):
            phones.extend(number for number in parse_phones(value) if number not in phones)
        elif target in ("birthday", "lunar_birthday"):
            if text and not data.birthday.calendar:
                data.birthday = parse_birthday(value, lunar=target == "lunar_birthday", today=today)
        elif target == "gender":
            data.gender, leftover = gender(value)
            if leftover:
                notes.append(f"{header or '性别'}：{leftover}")
        elif target == "skin_type":
            data.skin_type, leftover = skin_type(value)
            if leftover:
                notes.append(f"{header or '肤质'}（原表）：{leftover}")
        elif target in lists:
            lists[target].append(text)
        elif target == "therapist":
            therapist = text
        elif target == "notes":
            own_notes.append(text)
        elif target in ("cards", NOTE):
            notes.append(f"{header or FIELDS[target]}：{text}")
        else:
            setattr(data, target, text)
    if not data.name:
        raise ValidationError("import_name_missing", "没有姓名。", field="name")
    if len(" ".join(data.name.split())) > MAX_NAME_LENGTH:
        raise ValidationError("name_too_long", f"姓名最多 {MAX_NAME_LENGTH} 个字。", field="name")
    data.allergies = "；".join(lists["allergies"])
    data.tags = " ".join(lists["tags"])
    data.phone = phones[0] if phones else ""
    data.phone2 = phones[1] if len(phones) > 1 else ""
    if len(phones) > 2:
        notes.append("其他电话：" + "、".join(phones[2:]))
    validated_columns(data, None, check_phones=False)  # every other rule of a client file, as typed in the form
    return _RowValues(data, phones, therapist, own_notes + notes)


def _merge(into: ClientInput, extra: ClientInput, row: int) -> list[str]:
    """Fill `into` from `extra` where it is empty; what differs is kept in the notes. Returns the labels of the
    fields it filled."""
    filled: list[str] = []
    differing: list[str] = []
    phones = [number for number in (into.phone, into.phone2) if number]
    for number in (extra.phone, extra.phone2):
        if number and number not in phones:
            if len(phones) < 2:
                phones.append(number)
                filled.append(FIELDS["phone"])
            else:
                differing.append(f"电话 {number}")
    into.phone, into.phone2 = (phones + ["", ""])[:2]
    if extra.birthday.calendar:
        if not into.birthday.calendar:
            into.birthday = replace(extra.birthday)
            filled.append(FIELDS["birthday"])
        elif into.birthday != extra.birthday:
            differing.append(f"生日 {_birthday_words(extra.birthday)}")
    for name in (*_TEXT_FIELDS, "tags"):
        theirs = getattr(extra, name)
        if not theirs:
            continue
        ours = getattr(into, name)
        if not ours:
            setattr(into, name, theirs)
            filled.append(FIELDS[name])
        elif name == "tags":
            setattr(into, name, f"{ours} {theirs}")
        elif ours != theirs:
            differing.append(f"{FIELDS[name]} {theirs}")
    if into.therapist_id is None and extra.therapist_id is not None:
        into.therapist_id = extra.therapist_id
        filled.append(FIELDS["therapist"])
    lines = [into.notes] if into.notes else []
    if differing:
        lines.append(f"第 {row} 行另记：" + "；".join(differing))
    if extra.notes:
        lines.append(extra.notes)
    into.notes = "\n".join(lines)
    return filled


def _birthday_words(birthday: BirthdayInput) -> str:
    prefix = "农历" if birthday.calendar == "lunar" else ""
    year = f"{birthday.year}年" if birthday.year else ""
    return f"{prefix}{year}{'闰' if birthday.leap_month else ''}{birthday.month}月{birthday.day}日"


def plan_import(sheet: SourceSheet, choices: ImportChoices, file_name: str, *,
                progress: Callable[[int, int], bool] | None = None, today: date | None = None) -> ImportPlan:
    """The dry run: what importing the sheet with these choices would do, row by row; nothing is written."""
    today = today or date.today()
    plan = ImportPlan(file_name, choices)
    header = sheet.row(choices.header_row)
    headers = [cell_text(cell) for cell in header]
    header_keys = [header_key(cell) for cell in header]
    staff = _staff_by_name()
    by_phone: dict[str, PlannedClient] = {}
    stamp = f"从 {file_name} 导入（{today.isoformat()}）"
    total = len(sheet.rows) - choices.header_row
    for offset, row in enumerate(sheet.rows[choices.header_row:]):
        number = choices.header_row + offset + 1
        if progress is not None and offset % PROGRESS_EVERY == 0 and progress(offset, total) is False:
            raise ImportCancelled()
        if not any(cell_text(cell) for cell in row):
            continue
        if _is_footer(row):
            plan.results.append(RowResult(number, "", SKIPPED, "合计或说明行"))
            continue
        if [header_key(cell) for cell in row[:len(header_keys)]] == header_keys:
            plan.results.append(RowResult(number, "", SKIPPED, "重复的表头"))
            continue
        try:
            values = _read_row(row, headers, choices.mapping, today)
        except ValidationError as error:
            name = cell_text(row[choices.mapping.index("name")]) if "name" in choices.mapping and \
                choices.mapping.index("name") < len(row) else ""
            plan.results.append(RowResult(number, name, REJECT, str(error), error.code))
            continue
        data = values.data
        therapist_name = ""
        if values.therapist:
            data.therapist_id = staff.get(_name_key(values.therapist))
            if data.therapist_id is None:
                plan.unknown_therapists.setdefault(values.therapist, []).append(number)
                if choices.create_therapists and len(values.therapist) <= STAFF_NAME_LIMIT:
                    therapist_name = values.therapist
                else:
                    values.notes.append(f"原美容师：{values.therapist}")
        data.notes = "\n".join(values.notes)
        earlier = next((by_phone[number_] for number_ in values.phones if number_ in by_phone), None)
        if earlier is not None:
            filled = _merge(earlier.data, data, number)
            earlier.therapist_name = earlier.therapist_name or therapist_name
            earlier.rows.append(number)
            plan.results.append(RowResult(number, data.name, MERGE_ROW, _filled_words(filled),
                                          other_row=earlier.rows[0], client_id=earlier.client_id))
            planned = earlier
        else:
            existing = next((found for phone in values.phones for found in find_clients_by_phone(phone)), None)
            if existing is not None:
                merged = load_client_input(existing.id)
                filled = _merge(merged, data, number)
                merged.notes = "\n".join(filter(None, (merged.notes, f"{stamp}时合并（第 {number} 行）")))
                planned = PlannedClient([number], merged, existing.id, therapist_name)
                plan.results.append(RowResult(number, data.name, MERGE_CLIENT, _filled_words(filled),
                                              client_id=existing.id))
            else:
                data.notes = "\n".join(filter(None, (data.notes, f"{stamp}，第 {number} 行")))
                planned = PlannedClient([number], data, None, therapist_name)
                plan.results.append(RowResult(number, data.name, CREATE))
            plan.clients.append(planned)
        for number_ in values.phones:
            by_phone.setdefault(number_, planned)
    return plan


def _filled_words(filled: list[str]) -> str:
    return ("补上" + "、".join(dict.fromkeys(filled))) if filled else ""


def import_clients(sheet: SourceSheet, choices: ImportChoices, file_name: str, *,
                   progress: Callable[[int, int], bool] | None = None, today: date | None = None) -> ImportPlan:
    """Plan again under the write lock (the file and the database as they are now) and write it all in one
    transaction: a failure or a cancel leaves the database as it was."""
    with database_proxy.atomic(lock_type="IMMEDIATE"):
        plan = plan_import(sheet, choices, file_name, progress=_halves(progress, 0), today=today)
        created: dict[str, int] = {}
        for planned in plan.clients:
            if planned.therapist_name and planned.data.therapist_id is None:
                key = _name_key(planned.therapist_name)
                if key not in created:
                    created[key] = save_staff(StaffInput(name=planned.therapist_name, role="therapist")).id
                    plan.created_therapists.append(planned.therapist_name)
                planned.data.therapist_id = created[key]
        report = _halves(progress, 1)
        for done, planned in enumerate(plan.clients):
            if report is not None and done % PROGRESS_EVERY == 0 and report(done, len(plan.clients)) is False:
                raise ImportCancelled()
            save_client(planned.data, planned.client_id)
        plan.written = True
    return plan


def _halves(progress: Callable[[int, int], bool] | None, half: int) -> Callable[[int, int], bool] | None:
    """The planning pass reports the first half of the progress bar, the writing pass the second."""
    if progress is None:
        return None
    return lambda done, total: progress(half * total + done, 2 * total)


def describe(plan: ImportPlan) -> list[str]:
    """The report as lines of text (the command line prints them; the wizard shows the same rows)."""
    verb = "已导入" if plan.written else "将会"
    lines = [f"{plan.file_name} · 工作表“{plan.choices.sheet}” · 表头在第 {plan.choices.header_row} 行",
             f"{verb}：新建 {plan.count(CREATE)} 位客户，合并 {plan.count(MERGE_ROW) + plan.count(MERGE_CLIENT)} 行"
             f"（并入前面的行 {plan.count(MERGE_ROW)}，并入已有客户 {plan.count(MERGE_CLIENT)}），"
             f"拒绝 {plan.count(REJECT)} 行，跳过 {plan.count(SKIPPED)} 行。"]
    mapped = [f"{FIELDS[target]}" for target in plan.choices.mapping if target not in (NOTE, SKIP)]
    lines.append("识别的列：" + "、".join(mapped))
    for result in plan.results:
        if result.action == CREATE:
            continue
        what = ACTION_WORDS[result.action]
        if result.action == MERGE_ROW:
            what = f"与第 {result.other_row} 行同一电话，合并"
        elif result.action == MERGE_CLIENT:
            what = f"电话已登记，并入客户编号 {result.client_id}"
        detail = f"：{result.message}" if result.message else ""
        lines.append(f"第 {result.row} 行 {result.name} — {what}{detail}")
    for name, rows in plan.unknown_therapists.items():
        done = "已新建为美容师" if name in plan.created_therapists else (
            "将新建为美容师" if plan.choices.create_therapists else "不在员工名单里，记入备注")
        lines.append(f"美容师“{name}”（第 {'、'.join(map(str, rows[:10]))}{' 等' if len(rows) > 10 else ''} 行）"
                     f"{done}")
    return lines


def source_name(path: str | Path) -> str:
    return Path(path).name
