"""The 报表 tab: a month's figures (money in, consumption, clients, services, therapists, prepaid cards), each
opening the rows behind it, and File ▸ Export for the accountant with progress and Cancel.

The figures are computed on a worker thread (a busy month reads tens of thousands of lines); the window only
shows what salon.reports.figures says.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salon.errors import ValidationError
from salon.reports.figures import Figure, money_headers, review_figures, rows_behind
from salon.reports.period import Period, month_of
from salon.reports.review import Review, build_review
from salon.store.models import database_proxy
from ui.common.background import BackgroundTask
from ui.common.empty_state import EmptyState
from ui.common.icons import icon
from ui.common.labels import amount_text
from ui.common.latest_query import LatestQuery
from ui.common.messages import error_text
from ui.common.record_model import Column, RecordTableModel, fit_columns, make_table
from ui.common.remember import remember_splitter


def _cell(value: object, money: bool) -> str:
    if value is None:
        return ""
    if money and isinstance(value, int):
        return amount_text(value)
    return str(value)


class ReviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.review: Review | None = None
        self.export_task: BackgroundTask | None = None
        self._loader = LatestQuery("review", self)
        self._details = LatestQuery("review-details", self)
        self._series = LatestQuery("review-months", self)
        self.charts = None  # ui.reports.charts.ReviewCharts, built (and QtCharts imported) when first shown
        self.month_edit = QDateEdit(QDate(today()))
        self.month_edit.setObjectName("reviewMonth")
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.span_combo = QComboBox()
        self.span_combo.setObjectName("reviewSpan")
        self.span_combo.addItem(self.tr("本月"), "month")
        self.span_combo.addItem(self.tr("本年累计"), "year")
        self.export_button = QPushButton(self.tr("导出给会计(&E)…"))
        self.export_button.setIcon(icon("export"))
        self.status_label = QLabel()
        self.figures = RecordTableModel([
            Column(self.tr("栏目"), lambda f: f.section),
            Column(self.tr("项目"), lambda f: f.label),
            Column(self.tr("金额"), lambda f: f.amount_text(), numeric=True),
            Column(self.tr("人数/次数"), lambda f: "" if f.count is None else str(f.count), numeric=True),
            Column(self.tr("占比"), lambda f: f.share_text(), numeric=True),
        ], parent=self, id_of=lambda f: (f.section, f.label))
        self.figures_table = make_table(self.figures, "reviewFigures")
        self.empty_state = EmptyState(self.figures_table, self._empty_text)
        self.details_label = QLabel(self._details_hint())
        self.details = RecordTableModel([], parent=self, id_of=lambda row: id(row))
        self.details_table = make_table(self.details, "reviewDetails")

        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("月份")), self.month_edit, self.span_combo, self.status_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details_label)
        details_layout.addWidget(self.details_table)
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(details, self.tr("明细"))
        self._charts_placeholder = QWidget()
        self.side_tabs.addTab(self._charts_placeholder, self.tr("图表"))
        self.side_tabs.currentChanged.connect(self._side_tab_shown)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.figures_table)
        splitter.addWidget(self.side_tabs)
        splitter.setSizes([840, 440])  # the figures whole (section, item, amount, count, share)
        remember_splitter(splitter, "reports")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.month_edit.dateChanged.connect(lambda _day: self.refresh())
        self.span_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.figures_table.selectionModel().currentRowChanged.connect(lambda current, _previous: self.open_figure(
            current.row()))
        self.export_button.clicked.connect(lambda: self.export())
        self.refresh()

    @property
    def period(self) -> Period:
        """The month chosen, or the year up to its end."""
        month = month_of(self.month_edit.date().toPython())
        return month.year_to_date() if self.span_combo.currentData() == "year" else month

    @property
    def loading(self) -> bool:
        return self._loader.busy or self._details.busy or self._series.busy

    def refresh(self) -> None:
        period = self.period
        self.status_label.setText(self.tr("正在整理 %1 的报表…").replace("%1", period.label()))
        self._loader.submit(lambda _database: build_review(period), self._arrived, self._failed)

    def _arrived(self, review: Review) -> None:
        self.review = review
        self.status_label.setText(review.period.label())
        # A month without any business: the note below says so, rather than a column of zeros.
        self.figures.set_records([] if review.empty else review_figures(review))
        fit_columns(self.figures_table)
        self.details.set_records([])
        self.details_label.setText(self._details_hint())  # the rows shown were another period's
        if self.charts is not None:
            self._fill_charts()

    def _empty_text(self) -> str:
        if self.review is None:
            return ""
        return self.tr("%1 没有营业记录。<br>记录到店、售卡或充值后，这里会自动汇总；也可以换一个月份看看。").replace(
            "%1", self.review.period.label())

    def _details_hint(self) -> str:
        return self.tr("点一个数字，看它由哪些记录组成。")

    def _failed(self, error: BaseException) -> None:
        text = error_text(error) if isinstance(error, ValidationError) else str(error)
        self.status_label.setText(self.tr("报表没有整理出来：%1").replace("%1", text))

    # --- charts -----------------------------------------------------------------------------------------
    def show_charts(self) -> None:
        self.side_tabs.setCurrentIndex(1)

    def _side_tab_shown(self, index: int) -> None:
        if index != 1 or self.charts is not None:
            return
        from ui.reports.charts import ReviewCharts

        self.charts = ReviewCharts()
        self.charts.drill_requested.connect(self.open_drill)
        self.charts.month_requested.connect(self.month_edit.setDate)
        self.side_tabs.blockSignals(True)
        self.side_tabs.removeTab(1)
        self.side_tabs.insertTab(1, self.charts, self.tr("图表"))
        self.side_tabs.setCurrentIndex(1)
        self.side_tabs.blockSignals(False)
        self._charts_placeholder.deleteLater()
        if self.review is not None:
            self._fill_charts()

    def _fill_charts(self) -> None:
        self.charts.show_review(self.review)
        from salon.reports.review import monthly_series

        last = month_of(self.review.period.end)
        self._series.submit(lambda _database: monthly_series(last), self.charts.show_months, self._failed)

    # --- the rows behind a figure -----------------------------------------------------------------
    def open_figure(self, row: int) -> None:
        if self.review is None or not 0 <= row < self.figures.rowCount():
            return
        figure: Figure = self.figures.record(row)
        if not figure.drill:
            self.details_label.setText(self.tr("这个数字没有明细。"))
            self.details.set_records([])
            return
        self.open_drill(figure.drill, f"{figure.section} · {figure.label}")

    def open_drill(self, drill: str, title: str) -> None:
        """The rows behind `drill` (see salon.reports.figures.rows_behind) in the 明细 tab."""
        if self.review is None:
            return
        review = self.review
        self.side_tabs.setCurrentIndex(0)
        self.details_label.setText(self.tr("正在读取 %1 的明细…").replace("%1", title))
        self._details.submit(lambda _database: rows_behind(review, drill),
                             lambda found: self._show_details(title, found), self._failed)

    def _show_details(self, title: str, found: tuple[list[str], list[list]]) -> None:
        headers, rows = found
        money_columns = money_headers()
        self.details.set_columns([Column(header, lambda r, i=i, money=header in money_columns: _cell(r[i], money),
                                         numeric=header in money_columns) for i, header in enumerate(headers)])
        self.details.set_records(rows)
        fit_columns(self.details_table)
        self.details_label.setText(self.tr("%1：%2 条").replace("%1", title).replace("%2", str(len(rows))))

    # --- the accountant's workbook ----------------------------------------------------------------
    def export(self, path: str | None = None) -> BackgroundTask | None:
        period = self.period
        if path is None:
            prefix = self.tr("客情管家")
            suggested = str(Path.home() / f"{prefix}-{period.start.strftime('%Y-%m')}.xlsx")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("导出给会计"), suggested,
                                                        self.tr("Excel 工作簿 (*.xlsx)"))
            if not path:
                return None
        target = path if path.lower().endswith(".xlsx") else path + ".xlsx"
        from salon.reports.workbook import write_workbook  # openpyxl only when a workbook is written

        holder: list[BackgroundTask] = []

        def job(report: Callable[[int, int], bool]) -> Path:
            return write_workbook(period, target, progress=report, cancelled=lambda: holder[0].cancelled)

        label = self.tr("正在写入 %1 的工作簿…").replace("%1", period.label())
        task = BackgroundTask(self, self.tr("导出给会计"), label, job, on_thread_end=database_proxy.close)
        holder.append(task)
        task.finished.connect(lambda written: self.status_label.setText(
            self.tr("已导出：%1").replace("%1", str(written))))
        task.failed.connect(self._export_failed)
        self.export_task = task
        task.start()
        return task

    def _export_failed(self, error: object) -> None:
        from salon.reports.workbook import ExportCancelled

        if isinstance(error, ExportCancelled):
            self.status_label.setText(self.tr("导出已取消，没有留下文件。"))
            return
        QMessageBox.warning(self, self.tr("导出给会计"), self.tr("没有导出：%1").replace("%1", str(error)))
