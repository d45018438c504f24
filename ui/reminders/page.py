"""The 提醒 tab: overdue, today and the next days, grouped by kind with counts; each row opens the client's file.
The list is computed off the UI thread (it reads every client's visits), so typing never waits for it."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon.errors import ValidationError
from salon.reminders.actions import dismiss, snooze
from salon.reminders.items import Reminder
from salon.reminders.listing import ReminderList, ReminderView, build_reminders, kind_word, reminder_lines
from salon.staff import list_staff
from ui.common.child_dialogs import open_child
from ui.common.documents import print_html
from ui.common.empty_state import EmptyState
from ui.common.formats import date_column, date_text, weekday_text
from ui.common.icons import icon
from ui.common.latest_query import LatestQuery
from ui.common.messages import error_text
from ui.common.record_model import Column, RecordTableModel, fit_columns, make_table
from ui.reminders.done_dialog import ComplaintDialog, DoneDialog


class ReminderTableModel(RecordTableModel):
    def __init__(self, parent=None) -> None:
        self.on = date.today()
        super().__init__([
            date_column(self.tr("日期"), lambda r: r.due, suffix=lambda r: " " + weekday_text(r.due) + (
                self.tr("（逾期）") if r.overdue(self.on) else "")),
            Column(self.tr("类型"), lambda r: kind_word(r.kind)),
            Column(self.tr("客户"), lambda r: r.client_name),
            Column(self.tr("电话"), lambda r: r.phone),
            Column(self.tr("美容师"), lambda r: r.therapist_name),
            Column(self.tr("事项"), lambda r: r.title),
            Column(self.tr("说明/问候语"), lambda r: r.draft or r.detail),
        ], muted=lambda r: False, parent=parent, id_of=lambda r: r.key)

    def set_records(self, records: Sequence[Reminder]) -> None:
        """A ReminderView is kept as it is, not copied: its reminders are made as their rows are painted."""
        self.beginResetModel()
        self._records = records
        self.endResetModel()

    def row_of(self, key: str) -> int:
        return self._records.position_of(key) if isinstance(self._records, ReminderView) else super().row_of(key)

    def item(self, row: int) -> Reminder:
        return self.record(row)


class RemindersPage(QWidget):
    open_client = Signal(int)

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today
        self.found: ReminderList | None = None
        self.dialog: QDialog | None = None
        self._loader = LatestQuery("reminders", self)

        self.date_edit = QDateEdit(QDate(today()))
        self.date_edit.setObjectName("reminderDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("reminderDays")
        self.days_spin.setRange(0, 60)
        self.days_spin.setValue(7)
        self.days_spin.setSuffix(self.tr(" 天内"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("reminderKind")
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.therapist_combo = QComboBox()
        self.therapist_combo.setObjectName("reminderTherapist")
        self.therapist_combo.addItem(self.tr("全部客户"), None)
        for member in list_staff(active_only=True, therapists_only=True):
            self.therapist_combo.addItem(self.tr("%1 的客户在前").replace("%1", member.name), member.id)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("reminderCounts")
        self.counts_label.setWordWrap(True)
        self.model = ReminderTableModel(self)
        self.table = make_table(self.model, "reminderTable")
        self.empty_state = EmptyState(self.table, self._empty_text)
        self.done_button = QPushButton(self.tr("完成(&D)…"))
        self.snooze_button = QPushButton(self.tr("稍后(&L)…"))
        self.dismiss_button = QPushButton(self.tr("忽略(&I)"))
        self.copy_button = QPushButton(self.tr("复制问候语(&C)"))
        self.open_button = QPushButton(self.tr("打开档案(&O)"))
        self.complaint_button = QPushButton(self.tr("登记投诉…"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        for button, name in ((self.done_button, "reminderDone"), (self.snooze_button, "reminderSnooze"),
                             (self.dismiss_button, "reminderDismiss"), (self.copy_button, "reminderCopy"),
                             (self.open_button, "reminderOpen"), (self.complaint_button, "reminderComplaint"),
                             (self.print_button, "reminderPrint"),
                             (self.export_button, "reminderExport")):
            button.setObjectName(name)
            button.setAutoDefault(False)
        self.print_button.setIcon(icon("print"))
        self.export_button.setIcon(icon("export"))

        top = QHBoxLayout()
        for widget in (QLabel(self.tr("从")), self.date_edit, self.days_spin, self.kind_combo, self.therapist_combo):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        actions = QHBoxLayout()
        for button in (self.done_button, self.snooze_button, self.dismiss_button, self.copy_button, self.open_button,
                       self.complaint_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.date_edit.dateChanged.connect(lambda _day: self.refresh())
        self.days_spin.valueChanged.connect(lambda _days: self.refresh())
        self.therapist_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._show())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self._open_current())
        self.table.enter.connect(self._open_current)
        self.done_button.clicked.connect(self.mark_done)
        # Not connected directly: the button's `checked` would arrive as the date (False), and no date was asked.
        self.snooze_button.clicked.connect(lambda: self.snooze_current())
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.copy_button.clicked.connect(self.copy_greeting)
        self.open_button.clicked.connect(self._open_current)
        self.complaint_button.clicked.connect(self.log_complaint)
        self.print_button.clicked.connect(self.print_list)
        self.export_button.clicked.connect(self.export_list)
        self._update_buttons()
        self.refresh()

    # --- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        on, days, first = self.date_edit.date().toPython(), self.days_spin.value(), self.therapist_combo.currentData()
        self.counts_label.setText(self.tr("正在整理提醒…"))
        self._loader.submit(lambda _database: build_reminders(on, days, therapist_first=first), self._arrived,
                            self._failed)

    @property
    def loading(self) -> bool:
        return self._loader.busy

    def _arrived(self, found: ReminderList) -> None:
        self.found = found
        keep = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("全部 %1 条").replace("%1", str(len(found))), None)
        for kind, count in found.counts().items():
            self.kind_combo.addItem(f"{kind_word(kind)} {count}", kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(keep)))
        self.kind_combo.blockSignals(False)
        overdue = found.overdue_count()
        parts = [f"{kind_word(kind)} {count}" for kind, count in found.counts().items()]
        text = ("　·　".join(parts) if parts else self.tr("没有需要处理的提醒。"))
        if overdue:
            text = self.tr("逾期 %1 条（排在最前）　").replace("%1", str(overdue)) + text
        self.counts_label.setText(text)
        self._show()

    def _empty_text(self) -> str:
        if self.found is None:
            return ""  # still being put together
        return (self.tr("从 %1 起 %2 天内没有要跟进的提醒。<br>护理回访、生日、卡项到期和流失预警到时会出现在这里；"
                        "把天数调大可以看得更远。")
                .replace("%1", date_text(self.found.on)).replace("%2", str(self.days_spin.value())))

    def _failed(self, error: BaseException) -> None:
        self.counts_label.setText(self.tr("提醒没有整理出来：%1").replace("%1", str(error)))

    def _show(self) -> None:
        if self.found is None:
            return
        kind = self.kind_combo.currentData()
        self.model.on = self.found.on
        self.model.set_records(self.found.view(kind))
        fit_columns(self.table)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    # --- acting on a reminder --------------------------------------------------------------------
    def current(self) -> Reminder | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def select(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def mark_done(self) -> DoneDialog | None:
        item = self.current()
        if item is None:
            return None
        dialog = DoneDialog(item, self)
        dialog.saved.connect(lambda _client_id: self.refresh())
        return open_child(self, "dialog", dialog)

    def log_complaint(self) -> ComplaintDialog | None:
        item = self.current()
        if item is None:
            return None
        dialog = ComplaintDialog(item.client_id, item.client_name, self)
        dialog.saved.connect(lambda _complaint_id: self.refresh())
        return open_child(self, "dialog", dialog)

    def snooze_current(self, until: date | None = None) -> bool:
        item = self.current()
        if item is None:
            return False
        if until is None:
            until = self._ask_date(self.found.on + timedelta(days=3) if self.found else self._today())
            if until is None:
                return False
        return self._act(lambda: snooze(item.key, item.client_id, until))

    def dismiss_current(self) -> bool:
        item = self.current()
        return item is not None and self._act(lambda: dismiss(item.key, item.client_id))

    def copy_greeting(self) -> None:
        item = self.current()
        if item is not None and item.draft:
            QGuiApplication.clipboard().setText(item.draft)

    def _act(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except ValidationError as error:
            QMessageBox.information(self, self.tr("提醒"), error_text(error))
            return False
        self.refresh()
        return True

    def _ask_date(self, suggested: date) -> date | None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("稍后提醒"))
        edit = QDateEdit(QDate(suggested))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(self._today()).addDays(1))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("到哪天再提醒？")))
        layout.addWidget(edit)
        layout.addWidget(buttons)
        return edit.date().toPython() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _open_current(self) -> None:
        item = self.current()
        if item is not None:
            self.open_client.emit(item.client_id)

    def _update_buttons(self) -> None:
        item = self.current()
        for button in (self.done_button, self.snooze_button, self.dismiss_button, self.open_button,
                       self.complaint_button):
            button.setEnabled(item is not None)
        self.copy_button.setEnabled(item is not None and bool(item.draft))

    # --- printing and Excel ----------------------------------------------------------------------
    def list_html(self) -> str:
        lines = reminder_lines(self.found) if self.found else []
        body = "".join(f"<p style='margin:2px'>{escape(line)}</p>" for line in lines)
        return f"<html><body>{body}</body></html>"

    def print_list(self) -> None:
        if self.found is not None:
            print_html(self, self.list_html(), self.tr("打印提醒"))

    def export_list(self) -> Path | None:
        if self.found is None:
            return None
        from salon.reminders.export import write_reminders_xlsx

        prefix = self.tr("提醒")
        suggested = str(Path.home() / f"{prefix}-{self.found.on.isoformat()}.xlsx")
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), suggested,
                                                    self.tr("Excel 工作簿 (*.xlsx)"))
        if not name:
            return None
        try:
            return write_reminders_xlsx(self.found, name if name.lower().endswith(".xlsx") else name + ".xlsx")
        except OSError as error:
            QMessageBox.warning(self, self.tr("导出 Excel"), self.tr("无法保存：%1").replace("%1", str(error)))
            return None

