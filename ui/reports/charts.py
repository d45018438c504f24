"""The review's charts (QtCharts, in the PySide6-Addons wheel): twelve months of money in against consumption,
the shares of 包年/包月/流动, the top ten clients and the therapists side by side. Each bar or slice asks the
page for the rows behind it (`drill_requested`), or for its month (`month_requested`)."""
from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from salon.reports.review import CATEGORIES, MonthFigures, Review, category_word

TOP_CLIENTS = 10


def _yuan(fen: int) -> float:
    return fen / 100


def _category_axis(labels: list[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(labels)
    axis.setTruncateLabels(False)  # Qt elides Chinese names to "…" long before they run out of room
    return axis


class ReviewCharts(QWidget):
    drill_requested = Signal(str, str)  # (what figures.rows_behind opens, a title)
    month_requested = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views = {name: QChartView() for name in ("months", "categories", "clients", "therapists")}
        layout = QGridLayout(self)
        for index, view in enumerate(self.views.values()):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(300, 220)
            layout.addWidget(view, index // 2, index % 2)
        self._months: list[MonthFigures] = []

    def show_review(self, review: Review) -> None:
        self._categories(review)
        self._clients(review)
        self._therapists(review)

    def show_months(self, months: list[MonthFigures]) -> None:
        self._months = months
        received, consumed = QBarSet(self.tr("实收")), QBarSet(self.tr("耗（确认收入）"))
        for month in months:
            received.append(_yuan(month.received_fen))
            consumed.append(_yuan(month.consumed_fen))
        for bar_set in (received, consumed):
            bar_set.clicked.connect(self._month_clicked)
        self._bars("months", self.tr("近 12 个月：实收与耗（元）"), QBarSeries(), [received, consumed],
                   [str(month.period.start.month) for month in months], self.tr("月"))

    def _month_clicked(self, index: int) -> None:
        if 0 <= index < len(self._months):
            self.month_requested.emit(QDate(self._months[index].period.start))

    def _categories(self, review: Review) -> None:
        series = QPieSeries()
        for name in CATEGORIES:
            count, amount = review.category_counts.get(name, (0, 0))
            if amount > 0:
                piece = series.append(f"{category_word(name)} {count}", _yuan(amount))
                piece.setLabelVisible(True)
                piece.clicked.connect(lambda name=name: self.drill_requested.emit(
                    f"clients:category={name}", category_word(name)))
        chart = self._chart(self.tr("客户分类占消费"))
        chart.addSeries(series)
        self.views["categories"].setChart(chart)

    def _clients(self, review: Review) -> None:
        top = list(reversed(review.clients[:TOP_CLIENTS]))  # the biggest at the top of a horizontal chart
        spend = QBarSet(self.tr("本期消费"))
        spend.append([_yuan(client.spend_fen) for client in top])
        spend.clicked.connect(lambda index: self.drill_requested.emit(
            f"payments:client={top[index].client_id}", top[index].name) if 0 <= index < len(top) else None)
        chart = self._bars("clients", self.tr("消费前十的客户（元）"), QHorizontalBarSeries(), [spend],
                           [client.name for client in top])
        chart.legend().hide()

    def _therapists(self, review: Review) -> None:
        rows = review.therapists
        consumed = QBarSet(self.tr("耗（确认收入）"))
        commission = QBarSet(self.tr("提成"))
        for row in rows:
            consumed.append(_yuan(row.consumed_fen))
            commission.append(_yuan(row.commission_fen))
        for bar_set in (consumed, commission):
            bar_set.clicked.connect(lambda index: self.drill_requested.emit(
                f"lines:therapist={rows[index].staff_id}", rows[index].name) if 0 <= index < len(rows) else None)
        self._bars("therapists", self.tr("美容师对比（元）"), QBarSeries(), [consumed, commission],
                   [row.name for row in rows])

    def _bars(self, view: str, title: str, series, bar_sets: list[QBarSet], labels: list[str],
              labels_title: str = "") -> QChart:
        """A bar chart in `view`: the sets in `series`, one label a bar group, a value axis beside them."""
        for bar_set in bar_sets:
            series.append(bar_set)
        chart = self._chart(title)
        chart.addSeries(series)
        horizontal = isinstance(series, QHorizontalBarSeries)
        names = _category_axis(labels)
        names.setTitleText(labels_title)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        self._value_axis(chart, series, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        self.views[view].setChart(chart)
        return chart

    @staticmethod
    def _chart(title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    @staticmethod
    def _value_axis(chart: QChart, series, side: Qt.AlignmentFlag) -> None:
        axis = QValueAxis()
        axis.setLabelFormat("%.0f")
        chart.addAxis(axis, side)
        series.attachAxis(axis)
        if any(bar_set.count() for bar_set in series.barSets()):
            axis.applyNiceNumbers()
        else:
            axis.setRange(0, 1)  # nothing to show yet: an empty axis rather than one from NaN to NaN
