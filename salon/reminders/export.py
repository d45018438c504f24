"""The reminder list as an Excel workbook, for the front desk to work through or hand on."""
from __future__ import annotations

from pathlib import Path

from salon import access
from salon.excel import safe_text
from salon.reminders.listing import ReminderList, kind_word
from salon.store.models import write_transaction
from salon.words import translate


def write_reminders_xlsx(found: ReminderList, path: str | Path) -> Path:
    access.require(access.EXPORT)
    from openpyxl import Workbook  # only when a list is exported

    book = Workbook()
    sheet = book.active
    sheet.title = translate("export", "提醒")
    sheet.append([translate("export", "日期"), translate("export", "逾期"), translate("export", "类型"),
                  translate("export", "客户"), translate("export", "电话"), translate("export", "美容师"),
                  translate("export", "事项"), translate("export", "说明"), translate("export", "问候语")])
    yes = translate("export", "是")
    for item in found.items:
        sheet.append([item.due, yes if item.overdue(found.on) else "", kind_word(item.kind),
                      *(safe_text(text) for text in (item.client_name, item.phone, item.therapist_name, item.title,
                                                     item.detail, item.draft))])
    for row in sheet.iter_rows(min_row=2, max_col=1):
        row[0].number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for column, width in zip("ABCDEFGHI", (12, 6, 12, 10, 14, 10, 30, 40, 60), strict=True):
        sheet.column_dimensions[column].width = width
    path = Path(path)
    book.save(path)
    with write_transaction():
        access.record("export.reminders", "", f"rows={len(found)}")
    return path
