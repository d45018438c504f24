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
from copy import copy
from dataclasses import dataclass, field, replace
from datetime import date

from salon import access
from salon.clients.profiles import (
    MAX_NAME_LENGTH,
    BirthdayInput,
    ClientInput,
    add_clients,
    mergeable_parts,
    phone_owners,
    save_mergeable_parts,
    validated_columns,
)
from salon.dates import now
from salon.errors import ValidationError
from salon.imports.columns import FIELDS, NOTE, SKIP, header_key
from salon.imports.sources import Row, SourceSheet
from salon.imports.values import cell_text, gender, parse_birthday, parse_phones, skin_type
from salon.staff import NAME_LIMIT as STAFF_NAME_LIMIT
from salon.staff import StaffInput, save_staff
from salon.store.models import Staff, database_proxy, write_transaction
from salon.words import QT_TRANSLATE_NOOP, fill, labelled, listing, separated, translate, word

CREATE, MERGE_ROW, MERGE_CLIENT, REJECT, SKIPPED = "create", "merge_row", "merge_client", "reject", "skip"
ACTION_WORDS = {CREATE: QT_TRANSLATE_NOOP("imports", "新建"), MERGE_ROW: QT_TRANSLATE_NOOP("imports", "并入前一行"),
                MERGE_CLIENT: QT_TRANSLATE_NOOP("imports", "并入已有客户"),
                REJECT: QT_TRANSLATE_NOOP("imports", "拒绝"), SKIPPED: QT_TRANSLATE_NOOP("imports", "跳过")}
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
    error: ValidationError | None = field(default=None, repr=False)  # a refusal's reason, for the UI to word


@dataclass
class PlannedClient:
    rows: list[int]
    data: ClientInput
    client_id: int | None = None  # an existing client with the same phone
    therapist_name: str = ""  # a therapist the file names who is not on the staff list
    changed: bool = True  # False: an existing client the file adds nothing to
    columns: dict[str, object] | None = None  # as validated when read (None once another row merged into it)


@dataclass(frozen=True)
class ImportChoices:
    """What the user confirmed: the sheet, its header row and a field per column (salon.imports.columns)."""

    sheet: str
    header_row: int
    mapping: tuple[str, ...]
    create_therapists: bool = False
    sensitive_consent: bool = False  # the clients consented to their allergies being kept (else left out)


@dataclass
class ImportPlan:
    file_name: str
    choices: ImportChoices
    clients: list[PlannedClient] = field(default_factory=list)
    results: list[RowResult] = field(default_factory=list)
    unknown_therapists: dict[str, list[int]] = field(default_factory=dict)  # name -> rows naming her
    created_therapists: list[str] = field(default_factory=list)
    written: bool = False  # True once imported
    parsed: list = field(default_factory=list, repr=False)  # the rows as read, for the import to reuse
    today: date | None = None

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
    columns: dict[str, object]  # the client's columns as validated (notes not yet complete)
    allergies_left_out: bool = False  # the file had some, the owner did not confirm the clients' consent


def _staff_by_name() -> dict[str, int]:
    return {_name_key(name): staff_id for staff_id, name in
            Staff.select(Staff.id, Staff.name).where(Staff.active == True).tuples()}  # noqa: E712


def _name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).split()).lower()


def _is_footer(texts: list[str]) -> bool:
    first = next((text for text in texts if text), "")
    return bool(_FOOTER.match(first))


def _read_row(row: Row, texts: list[str], headers: list[str], mapping: tuple[str, ...], today: date,
              sensitive_consent: bool = False) -> _RowValues:
    """The row (its cells and their texts) as client input; ValidationError for the first value that cannot be
    taken. Allergies are taken only when the owner confirmed the clients' consent to them (PIPL): otherwise they
    are left out and the row says so."""
    data = ClientInput()
    phones: list[str] = []
    notes: list[str] = []
    own_notes: list[str] = []
    therapist = ""
    lists: dict[str, list[str]] = {"allergies": [], "tags": []}
    for column, target in enumerate(mapping):
        value = row[column] if column < len(row) else None
        text = texts[column] if column < len(texts) else ""
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
                notes.append(labelled(header or translate("imports", "性别"), leftover))
        elif target == "skin_type":
            data.skin_type, leftover = skin_type(value)
            if leftover:
                notes.append(fill(translate("imports", "%1（原表）：%2"), header or translate("imports", "肤质"),
                                  leftover))
        elif target in lists:
            lists[target].append(text)
        elif target == "therapist":
            therapist = text
        elif target == "notes":
            own_notes.append(text)
        elif target in ("cards", NOTE):
            notes.append(labelled(header or word("imports", FIELDS[target]), text))
        else:
            setattr(data, target, text)
    if not data.name:
        raise ValidationError("import_name_missing", translate("errors", "没有姓名。"), field="name")
    if len(" ".join(data.name.split())) > MAX_NAME_LENGTH:
        raise ValidationError("name_too_long", translate("errors", "姓名最多 %1 个字。"), MAX_NAME_LENGTH, field="name")
    allergies = "；".join(lists["allergies"])
    data.allergies = allergies if sensitive_consent else ""
    data.sensitive_consent = bool(data.allergies)
    data.tags = " ".join(lists["tags"])
    data.phone = phones[0] if phones else ""
    data.phone2 = phones[1] if len(phones) > 1 else ""
    if len(phones) > 2:
        notes.append(fill(translate("imports", "其他电话：%1"), _listed(phones[2:])))
    columns = validated_columns(data, None, check_phones=False)  # every other rule of a client file, as in the form
    return _RowValues(data, phones, therapist, own_notes + notes, columns,
                      allergies_left_out=bool(allergies) and not sensitive_consent)


def _merge(into: ClientInput, extra: ClientInput, row: int) -> list[str]:
    """Fill `into` from `extra` where it is empty; what differs is kept in the notes. Returns the labels of the
    fields it filled."""
    filled: list[str] = []
    differing: list[str] = [_labelled("name", extra.name)] if extra.name and extra.name != into.name else []
    phones = [number for number in (into.phone, into.phone2) if number]
    for number in (extra.phone, extra.phone2):
        if number and number not in phones:
            if len(phones) < 2:
                phones.append(number)
                filled.append(FIELDS["phone"])
            else:
                differing.append(_labelled("phone", number))
    into.phone, into.phone2 = (phones + ["", ""])[:2]
    if extra.birthday.calendar:
        if not into.birthday.calendar:
            into.birthday = replace(extra.birthday)
            filled.append(FIELDS["birthday"])
        elif into.birthday != extra.birthday:
            differing.append(_labelled("birthday", _birthday_words(extra.birthday)))
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
            differing.append(_labelled(name, theirs))
    if into.therapist_id is None and extra.therapist_id is not None:
        into.therapist_id = extra.therapist_id
        filled.append(FIELDS["therapist"])
    lines = into.notes.split("\n") if into.notes else []
    if differing and (line := fill(translate("imports", "第 %1 行另记：%2"), row,
                                   separated(differing))) not in lines:
        lines.append(line)
    lines.extend(line for line in extra.notes.split("\n") if line and line not in lines)  # a file imported twice
    into.notes = "\n".join(lines)
    return filled


def _labelled(field: str, value: str) -> str:
    return fill(translate("imports", "%1 %2"), word("imports", FIELDS[field]), value)


def _listed(words: list[str]) -> str:
    return listing(words)


def _birthday_words(birthday: BirthdayInput) -> str:
    prefix = "农历" if birthday.calendar == "lunar" else ""
    year = f"{birthday.year}年" if birthday.year else ""
    return f"{prefix}{year}{'闰' if birthday.leap_month else ''}{birthday.month}月{birthday.day}日"


@dataclass
class _Parsed:
    """A row read from the file: its values, or why it is refused or skipped (nothing here reads the database)."""

    number: int
    values: _RowValues | None = None
    outcome: RowResult | None = None


def _parse_rows(sheet: SourceSheet, choices: ImportChoices, today: date,
                progress: Callable[[int, int], bool] | None) -> list[_Parsed]:
    header = sheet.row(choices.header_row)
    headers = [cell_text(cell) for cell in header]
    header_keys = [header_key(cell) for cell in header]
    name_column = choices.mapping.index("name") if "name" in choices.mapping else None
    parsed: list[_Parsed] = []
    total = len(sheet.rows) - choices.header_row
    for offset, row in enumerate(sheet.rows[choices.header_row:]):
        number = choices.header_row + offset + 1
        if progress is not None and offset % PROGRESS_EVERY == 0 and progress(offset, total) is False:
            raise ImportCancelled()
        texts = [cell_text(cell) for cell in row]
        if not any(texts):
            continue
        if _is_footer(texts):
            parsed.append(_Parsed(number, outcome=RowResult(number, "", SKIPPED, translate("imports", "合计或说明行"))))
        elif texts[0] == headers[0] and [header_key(cell) for cell in row[:len(header_keys)]] == header_keys:
            parsed.append(_Parsed(number, outcome=RowResult(number, "", SKIPPED, translate("imports", "重复的表头"))))
        else:
            try:
                parsed.append(_Parsed(number, _read_row(row, texts, headers, choices.mapping, today,
                                                        choices.sensitive_consent)))
            except ValidationError as error:
                name = texts[name_column] if name_column is not None and name_column < len(texts) else ""
                parsed.append(_Parsed(number, outcome=RowResult(number, name, REJECT, str(error), error.code,
                                                                 error=error)))
    return parsed


def plan_import(sheet: SourceSheet, choices: ImportChoices, file_name: str, *,
                progress: Callable[[int, int], bool] | None = None, today: date | None = None) -> ImportPlan:
    """The dry run: what importing the sheet with these choices would do, row by row; nothing is written."""
    today = today or date.today()
    return _resolve(_parse_rows(sheet, choices, today, progress), choices, file_name, today)


def _resolve(parsed: list[_Parsed], choices: ImportChoices, file_name: str, today: date) -> ImportPlan:
    """The parsed rows against the database as it is: phones already known, therapists on the staff list."""
    plan = ImportPlan(file_name, choices, parsed=parsed, today=today)
    staff = _staff_by_name()
    known_phones = phone_owners()
    by_phone: dict[str, PlannedClient] = {}
    by_client: dict[int, PlannedClient] = {}
    existing_files = mergeable_parts([known_phones[phone] for row in parsed if row.values is not None
                                      for phone in row.values.phones if phone in known_phones])
    stamp = fill(translate("imports", "从 %1 导入（%2）"), file_name, today.isoformat())
    for row in parsed:
        number, values = row.number, row.values
        if values is None:
            plan.results.append(row.outcome)
            continue
        existing_ids = {known_phones[phone] for phone in values.phones if phone in known_phones}
        targets = {id(by_phone[phone]): by_phone[phone] for phone in values.phones if phone in by_phone}
        targets.update((id(by_client[client_id]), by_client[client_id]) for client_id in existing_ids
                       if client_id in by_client)
        if len(targets) > 1 or len(existing_ids) > 1 or (
                targets and existing_ids and next(iter(targets.values())).client_id not in existing_ids):
            conflict = ValidationError("import_phone_conflict",
                                       translate("errors", "这一行的电话分别属于两位不同的客户，请先核对是哪一位。"),
                                       field="phone")
            plan.results.append(RowResult(number, values.data.name, REJECT, str(conflict), conflict.code,
                                          error=conflict))
            continue
        data = copy(values.data)  # the parsed row stays as read: the import resolves it again
        notes = list(values.notes)
        therapist_name = ""
        if values.therapist:
            data.therapist_id = staff.get(_name_key(values.therapist))
            if data.therapist_id is None:
                plan.unknown_therapists.setdefault(values.therapist, []).append(number)
                if choices.create_therapists and len(values.therapist) <= STAFF_NAME_LIMIT:
                    therapist_name = values.therapist
                else:
                    notes.append(fill(translate("imports", "原美容师：%1"), values.therapist))
        data.notes = "\n".join(notes)
        if targets:
            planned = next(iter(targets.values()))
            filled = _merge(planned.data, data, number)
            planned.therapist_name = planned.therapist_name or therapist_name
            planned.changed, planned.columns = True, None
            planned.rows.append(number)
            plan.results.append(RowResult(number, data.name, MERGE_ROW, _filled_words(filled),
                                          other_row=planned.rows[0], client_id=planned.client_id))
        elif existing_ids:
            existing = existing_ids.pop()
            merged = copy(existing_files[existing])
            before = copy(merged)
            filled = _merge(merged, data, number)
            changed = merged != before or bool(therapist_name)
            if changed:
                merged.notes = "\n".join(filter(None, (merged.notes, fill(translate("imports", "%1时合并（第 %2 行）"),
                                                                           stamp, number))))
            planned = PlannedClient([number], merged, existing, therapist_name, changed=changed)
            by_client[existing] = planned
            plan.results.append(RowResult(number, data.name, MERGE_CLIENT,
                                          _filled_words(filled) if changed
                                          else translate("imports", "已有，没有新内容"),
                                          client_id=existing))
            plan.clients.append(planned)
        else:
            data.notes = "\n".join(filter(None, (data.notes, fill(translate("imports", "%1，第 %2 行"), stamp,
                                                                  number))))
            planned = PlannedClient([number], data, None, therapist_name, columns=values.columns)
            plan.results.append(RowResult(number, data.name, CREATE,
                                          translate("imports", "过敏未导入：没有确认客户同意")
                                          if values.allergies_left_out else ""))
            plan.clients.append(planned)
        for phone in values.phones:
            by_phone.setdefault(phone, planned)
    return plan


def _filled_words(filled: list[str]) -> str:
    return fill(translate("imports", "补上%1"), _listed([word("imports", label) for label in dict.fromkeys(filled)])) \
        if filled else ""


def import_clients(sheet: SourceSheet, choices: ImportChoices, file_name: str, *,
                   dry_run: ImportPlan | None = None, progress: Callable[[int, int], bool] | None = None,
                   today: date | None = None) -> ImportPlan:
    """Import the sheet in one transaction: a failure or a cancel leaves the database as it was. The rows are
    resolved again under the write lock against the database as it is now (the rows read for `dry_run` are
    reused when its choices are these), so what is written is what the returned plan says."""
    access.require(access.IMPORT)
    today = today or date.today()
    if dry_run is not None and dry_run.choices == choices and dry_run.today == today:
        parsed = dry_run.parsed
    else:
        parsed = _parse_rows(sheet, choices, today, _halves(progress, 0))
    with write_transaction():
        plan = _resolve(parsed, choices, file_name, today)
        created: dict[str, int] = {}
        for planned in plan.clients:
            if planned.therapist_name and planned.data.therapist_id is None:
                key = _name_key(planned.therapist_name)
                if key not in created:
                    created[key] = save_staff(StaffInput(name=planned.therapist_name, role="therapist")).id
                    plan.created_therapists.append(planned.therapist_name)
                planned.data.therapist_id = created[key]
                planned.changed = True
        report = _halves(progress, 1)
        new_clients = []
        for done, planned in enumerate(plan.clients):
            if report is not None and done % PROGRESS_EVERY == 0 and report(done, len(plan.clients)) is False:
                raise ImportCancelled()
            if planned.client_id is None:
                if planned.columns is None:
                    columns = validated_columns(planned.data, None, check_phones=False)
                else:  # validated when read; only the notes were added to since
                    columns = {**planned.columns, "notes": planned.data.notes.strip()}
                new_clients.append((columns, planned.data.therapist_id))
            elif planned.changed:
                save_mergeable_parts(planned.client_id, planned.data, sensitive_consent=choices.sensitive_consent)
        ids = add_clients(new_clients)
        consented = [(client_id, now(), access.actor_id()) for client_id, (columns, _therapist) in
                     zip(ids, new_clients, strict=True) if columns["allergies"] and choices.sensitive_consent]
        database_proxy.cursor().executemany(
            "INSERT INTO client_consent (client_id, sensitive_at, sensitive_by_id) VALUES (?, ?, ?)",
            [(client_id, str(moment), staff_id) for client_id, moment, staff_id in consented])
        access.record("clients.import", f"file:{file_name}",
                      f"created={plan.count(CREATE)} merged={plan.count(MERGE_ROW) + plan.count(MERGE_CLIENT)}")
        if report is not None and report(len(plan.clients), len(plan.clients)) is False:
            raise ImportCancelled()
        plan.written = True
    return plan


def _halves(progress: Callable[[int, int], bool] | None, half: int) -> Callable[[int, int], bool] | None:
    """The planning pass reports the first half of the progress bar, the writing pass the second."""
    if progress is None:
        return None
    return lambda done, total: progress(half * total + done, 2 * total)


def describe(plan: ImportPlan) -> list[str]:
    """The report as lines of text (the command line prints them; the wizard shows the same rows)."""
    totals = (plan.count(CREATE), plan.count(MERGE_ROW) + plan.count(MERGE_CLIENT), plan.count(MERGE_ROW),
              plan.count(MERGE_CLIENT), plan.count(REJECT), plan.count(SKIPPED))
    lines = [fill(translate("imports", "%1 · 工作表“%2” · 表头在第 %3 行"), plan.file_name, plan.choices.sheet,
                  plan.choices.header_row),
             fill(translate("imports", "已导入：新建 %1 位客户，合并 %2 行（并入前面的行 %3，并入已有客户 %4），"
                                       "拒绝 %5 行，跳过 %6 行。") if plan.written else
                  translate("imports", "将会：新建 %1 位客户，合并 %2 行（并入前面的行 %3，并入已有客户 %4），"
                                       "拒绝 %5 行，跳过 %6 行。"), *totals)]
    mapped = [word("imports", FIELDS[target]) for target in plan.choices.mapping if target not in (NOTE, SKIP)]
    lines.append(fill(translate("imports", "识别的列：%1"), _listed(mapped)))
    for result in plan.results:
        if result.action == CREATE:
            continue
        what = word("imports", ACTION_WORDS[result.action])
        if result.action == MERGE_ROW:
            what = fill(translate("imports", "与第 %1 行同一电话，合并"), result.other_row)
        elif result.action == MERGE_CLIENT:
            what = fill(translate("imports", "电话已登记，并入客户编号 %1"), result.client_id)
        line = (translate("imports", "第 %1 行 %2 — %3：%4") if result.message else
                translate("imports", "第 %1 行 %2 — %3"))
        lines.append(fill(line, result.row, result.name, what, result.message))
    for name, rows in plan.unknown_therapists.items():
        done = translate("imports", "已新建为美容师") if name in plan.created_therapists else (
            translate("imports", "将新建为美容师") if plan.choices.create_therapists
            else translate("imports", "不在员工名单里，记入备注"))
        shown = _listed([str(row) for row in rows[:10]])
        line = (translate("imports", "美容师“%1”（第 %2 等 行）%3") if len(rows) > 10 else
                translate("imports", "美容师“%1”（第 %2 行）%3"))
        lines.append(fill(line, name, shown, done))
    return lines
