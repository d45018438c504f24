"""操作记录: the audit log for the owner to read and export (salon.access keeps it; nobody can edit it)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from salon import access
from salon.store.models import database_proxy
from salon.words import word
from ui.common.background import BackgroundTask
from ui.common.record_model import Column, RecordTableModel, fit_columns, make_table


class AuditDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("操作记录"))
        self.entries = RecordTableModel([
            Column(self.tr("时间"), lambda e: str(e.at)[:19]),
            Column(self.tr("员工"), lambda e: e.staff.name if e.staff_id else self.tr("（命令行/系统）")),
            Column(self.tr("操作"), lambda e: word("access", access.ACTION_WORDS.get(e.action, e.action))),
            Column(self.tr("对象"), lambda e: e.target),
            Column(self.tr("说明"), lambda e: e.detail),
        ], parent=self)
        self.table = make_table(self.entries, "auditTable")
        self.entries.set_records(access.audit_entries())
        fit_columns(self.table)
        self.export_button = QPushButton(self.tr("导出…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.note = QLabel(self.tr("最近 %1 条。操作记录只能查看和导出，任何人都不能修改。")
                           .replace("%1", str(self.entries.rowCount())))
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)

    def export(self, path: str | None = None) -> BackgroundTask | None:
        """Write the whole log to a CSV file off the UI thread; the task, or None when no file was chosen."""
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("导出操作记录"),
                                                        str(Path.home() / (self.tr("客情管家-操作记录") + ".csv")),
                                                        self.tr("CSV 文件 (*.csv)"))
            if not path:
                return None
        task = BackgroundTask(self, self.tr("导出操作记录"), self.tr("正在写入操作记录…"),
                              lambda _progress: access.write_audit_csv(path), on_thread_end=database_proxy.close)
        task.finished.connect(lambda rows: self.note.setText(
            self.tr("已导出 %1 条到 %2").replace("%1", str(rows)).replace("%2", str(path))))
        task.failed.connect(lambda error: self.note.setText(
            self.tr("没有导出：%1").replace("%1", getattr(error, "strerror", None) or str(error))))
        self.task = task
        task.start()
        return task
