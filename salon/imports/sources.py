"""Reading the spreadsheet a salon already keeps: .xlsx (openpyxl, read-only, formulas read as their saved
values and never run) or .csv (UTF-8 with or without BOM, GB18030/GBK, Big5: detected, not asked).

The file's kind is told from its first bytes, not its name: an old binary .xls and a password-protected
workbook are both OLE containers and get their own sentence; anything else that is neither a zip nor text is
"not a spreadsheet". Every failure is a ValidationError whose code the UI and the command line put into words.
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from salon.errors import ValidationError
from salon.words import translate

Cell = object  # str, int, float, bool, datetime or None, as the file holds it
Row = tuple[Cell, ...]

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_SIGNATURE = b"PK\x03\x04"
_MERGED = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
_CSV_ENCODINGS = ("utf_8", "gb18030", "big5", "utf_16")


@dataclass
class SourceSheet:
    """One sheet (a CSV file is one sheet): its rows as the file numbers them, row 1 first."""

    name: str
    rows: list[Row]

    def row(self, number: int) -> Row:
        return self.rows[number - 1] if 0 < number <= len(self.rows) else ()

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


@dataclass
class SourceFile:
    path: Path
    sheets: list[SourceSheet]
    encoding: str = ""  # a CSV file's detected encoding

    def sheet(self, name: str) -> SourceSheet:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise ValidationError("import_sheet_missing", translate("errors", "文件里没有名为“%1”的工作表。"), name,
                              field="sheet", name=name)


def _file_error(code: str, message: str, path: Path, *args: object) -> ValidationError:
    """`message` names the file as %1; `args` fill %2…."""
    return ValidationError(code, message, path.name, *args, field="file", file=path.name)


def read_source(path: str | Path, progress: Callable[[int, int], bool] | None = None) -> SourceFile:
    """Every sheet of the file with its cell values. Raises ValidationError: import_unreadable (cannot be
    opened), import_empty, import_old_xls, import_password, import_not_spreadsheet."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise _file_error("import_unreadable", translate("errors", "打不开文件 %1：%2"), path,
                          error.strerror or error) from None
    if not head:
        raise _file_error("import_empty", translate("errors", "文件 %1 是空的。"), path)
    if head.startswith(_OLE_SIGNATURE):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o" in path.read_bytes():
            raise _file_error("import_password",
                              translate("errors", "%1 设有打开密码：请在 Excel 里去掉密码后另存，再导入。"), path)
        raise _file_error("import_old_xls",
                          translate("errors", "%1 是旧版 Excel（.xls）文件：请在 Excel 里“另存为 .xlsx”后再导入。"),
                          path)
    if head.startswith(_ZIP_SIGNATURE):
        return SourceFile(path, _read_workbook(path, progress))
    if path.suffix.lower() in _WORKBOOK_SUFFIXES:
        raise _file_error("import_not_spreadsheet",
                          translate("errors", "%1 不是能读的 Excel 工作簿（文件已损坏或不是 Excel 保存的）。"), path)
    return _read_csv(path)


def _read_workbook(path: Path, progress: Callable[[int, int], bool] | None) -> list[SourceSheet]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise _file_error("import_not_spreadsheet", translate("errors", "%1 不是能读的 Excel 工作簿（%2）。"), path,
                          error) from None
    sheets = []
    try:
        for worksheet in book.worksheets:
            if not hasattr(worksheet, "iter_rows"):  # a chart sheet
                continue
            worksheet.reset_dimensions()  # trust the cells, not the size a program wrote into the file
            rows = [tuple(row) for row in worksheet.iter_rows(values_only=True)]
            _fill_merged(rows, _merged_ranges(book, worksheet))
            sheets.append(SourceSheet(worksheet.title, _trimmed(rows)))
            if progress is not None:
                progress(len(sheets), len(book.worksheets))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise _file_error("import_not_spreadsheet", translate("errors", "%1 已损坏，读不出来（%2）。"), path,
                          error) from None
    finally:
        book.close()
    if not any(sheet.rows for sheet in sheets):
        raise _file_error("import_empty", translate("errors", "%1 里没有任何数据。"), path)
    return sheets


def _merged_ranges(book, worksheet) -> list[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column) of each merged range; read-only mode does not parse
    them, so they are read from the sheet's XML (they follow its cells)."""
    from openpyxl.utils import column_index_from_string

    try:
        xml = book._archive.read(worksheet._worksheet_path)
    except (AttributeError, KeyError):
        return []
    at = xml.rfind(b"</sheetData>")
    return [(int(top), column_index_from_string(left.decode()), int(bottom), column_index_from_string(right.decode()))
            for left, top, right, bottom in _MERGED.findall(xml[max(at, 0):])]


def _fill_merged(rows: list[Row], ranges: list[tuple[int, int, int, int]]) -> None:
    """A merged range's value in each of its cells, as the user sees it (a community merged over the rows of its
    clients belongs to each of them)."""
    for top, left, bottom, right in ranges:
        if top > len(rows) or bottom - top > 10_000:
            continue
        value = rows[top - 1][left - 1] if left - 1 < len(rows[top - 1]) else None
        if value is None:
            continue
        for number in range(top, min(bottom, len(rows)) + 1):
            row = list(rows[number - 1])
            row.extend([None] * (right - len(row)))
            for column in range(left, right + 1):
                if row[column - 1] is None:
                    row[column - 1] = value
            rows[number - 1] = tuple(row)


def _trimmed(rows: list[Row]) -> list[Row]:
    """Rows without their empty cells at the end, and without empty rows after the last one with a value."""
    trimmed = []
    for row in rows:
        end = len(row)
        while end and (row[end - 1] is None or (isinstance(row[end - 1], str) and not row[end - 1].strip())):
            end -= 1
        trimmed.append(tuple(row[:end]))
    while trimmed and not trimmed[-1]:
        trimmed.pop()
    return trimmed


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a text file in one of the encodings Chinese spreadsheets are saved in; ValueError when
    it is none of them."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf_8"), "utf_8_sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf_16"), "utf_16"
    try:
        return data.decode("utf_8"), "utf_8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_CSV_ENCODINGS[1:])).best()
    if best is None:
        raise ValueError("unknown encoding")
    return str(best), best.encoding


def _read_csv(path: Path) -> SourceFile:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _file_error("import_not_spreadsheet", translate("errors", "%1 不是 Excel 工作簿，也不是 CSV 文本文件。"),
                          path)
    try:
        text, encoding = decode_text(data)
    except ValueError:
        raise _file_error("import_not_spreadsheet",
                          translate("errors", "%1 的文字编码认不出来：请在 Excel 里另存为 .xlsx 再导入。"),
                          path) from None
    if not text.strip():
        raise _file_error("import_empty", translate("errors", "文件 %1 是空的。"), path)
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",\t;|，")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    rows = [tuple(cell if cell.strip() else None for cell in row)
            for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    return SourceFile(path, [SourceSheet(path.stem, _trimmed(rows))], encoding)
