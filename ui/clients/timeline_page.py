"""The client file's 消费记录 page: her visits and package events as one timeline, newest first."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from salon.visits.timeline import TimelineEntry, client_timeline
from salon.words import clauses
from ui.common.empty_state import EmptyState
from ui.common.formats import date_text, datetime_text
from ui.common.labels import deductions_text, ledger_kind_label, money, payments_text
from ui.common.record_model import Column, RecordTableModel, fit_columns, make_table
from ui.common.style import set_role


class TimelineTableModel(RecordTableModel):
    """A visit: what it charged, what was paid and how, what cards covered, who did it, whether it was corrected
    or voided. A card event: the money paid or paid back, and what it did to the card and why."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(self.tr("时间"), lambda e: datetime_text(e.when), sort_key=lambda e: e.when),
            Column(self.tr("类型"), lambda e: ledger_kind_label(e.kind)),
            Column(self.tr("项目/卡项"), lambda e: e.title),
            Column(self.tr("消费"), lambda e: money(e.charged_fen) if e.kind == "visit" else "", numeric=True),
            Column(self.tr("实付"), lambda e: money(e.paid_fen) if e.paid or e.kind == "visit" else "", numeric=True),
            Column(self.tr("付款方式"), lambda e: payments_text(e.paid)),
            Column(self.tr("卡扣"), lambda e: deductions_text(e.covered)),
            Column(self.tr("美容师"), lambda e: e.therapists),
            Column(self.tr("卡内变动/原因"), lambda e: clauses(part for part in (e.change, e.reason) if part)),
            Column(self.tr("状态"), self._status),
        ], muted=lambda e: e.status == "void", parent=parent, id_of=lambda e: e.visit_id)

    def _status(self, entry: TimelineEntry) -> str:
        if entry.status == "void":
            return self.tr("已作废")
        if entry.corrected_at is not None:
            return self.tr("已更正 %1").replace("%1", date_text(entry.corrected_at))
        return ""

    def entry(self, row: int) -> TimelineEntry:
        return self.record(row)


class ClientHistoryPage(QWidget):
    """消费记录: the client's visits and package events, newest first. Double-click or Enter on a visit asks
    for it to be opened (`open_visit_requested`); on a package event, for that package (`open_package_requested`)."""

    open_visit_requested = Signal(int)
    open_package_requested = Signal(int)

    def __init__(self, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_id = client_id
        self.model = TimelineTableModel(self)
        self.table = make_table(self.model, "timelineTable")
        self.empty_state = EmptyState(self.table, self.tr(
            "她还没有到店或卡项记录。<br>在“客户”页选中她，按 <b>Ctrl+R</b> 记录到店。"))
        self.summary_label = QLabel()
        self.summary_label.setObjectName("timelineSummary")
        hint = QLabel(self.tr("双击到店记录可查看、更正或作废"))
        set_role(hint, "hint")
        top = QHBoxLayout()
        top.addWidget(self.summary_label)
        top.addStretch(1)
        top.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.enter.connect(lambda: self.open_row(self.table.currentIndex().row()))
        self.refresh()

    def refresh(self) -> None:
        entries = client_timeline(self.client_id)
        self.model.set_records(entries)
        visits = [e for e in entries if e.kind == "visit" and e.status != "void"]
        if visits:
            self.summary_label.setText(self.tr("到店 %1 次，最近一次 %2").replace("%1", str(len(visits)))
                                       .replace("%2", date_text(visits[0].when)))
        else:
            self.summary_label.setText(self.tr("还没有到店记录"))
        fit_columns(self.table)

    def open_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        entry = self.model.entry(row)
        if entry.visit_id is not None:
            self.open_visit_requested.emit(entry.visit_id)
        elif entry.package_id is not None:
            self.open_package_requested.emit(entry.package_id)
