"""The 消费记录 tab: every visit of the salon, filtered by dates, therapist, service, payment method or client,
with the count and the totals of the filter underneath."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from peewee import Database
from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon.catalogue import list_services
from salon.errors import ValidationError
from salon.payments import MoneyFlow, money_flow
from salon.staff import list_staff
from salon.visits.history import FILTER_PAYMENT_METHODS, HistoryFilter, HistoryTotals, history_totals, preset_range
from ui.common.empty_state import EmptyState
from ui.common.formats import date_text
from ui.common.labels import money, short_method_label
from ui.common.latest_query import LatestQuery
from ui.common.lazy_table import EnterTableView
from ui.common.messages import error_text
from ui.common.record_model import fit_columns
from ui.common.remember import remember_columns
from ui.common.style import set_role
from ui.history.model import VISIT_ID_ROLE, HistoryTableModel
from ui.history.money_flow import MoneyFlowTable

FILTER_DELAY_MS = 150  # coalesces typing in the client box and stepping through dates into one query
COLUMN_WIDTHS = {"visited_at": 130, "client": 80, "therapists": 110, "total": 90, "payments": 210, "deductions": 150,
                 "status": 50}
FITTED_COLUMNS = ("client", "therapists", "payments", "deductions", "status")


def _totals_job(database: Database, spec: HistoryFilter) -> tuple[HistoryTotals, MoneyFlow]:
    return history_totals(spec, database=database), money_flow(spec.date_from, spec.date_to, database=database)


class HistoryPage(QWidget):
    """Emits `open_visit_requested(visit_id)` on double-click or Enter; the main window opens the visit."""

    open_visit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today
        self.model = HistoryTableModel(self)
        self.totals: HistoryTotals | None = None  # None while the footer is being computed
        # The footer sums the whole filter: a few milliseconds for a month, about a second for five years of a
        # busy salon, so it is summed off the UI thread and the list never waits for it.
        self._totals_query = LatestQuery("history-totals", self)

        self.from_edit = self._date_edit("historyFrom")
        self.to_edit = self._date_edit("historyTo")
        self.preset_buttons: dict[str, QPushButton] = {}
        for preset, text in (("today", self.tr("今天")), ("week", self.tr("本周")), ("month", self.tr("本月")),
                             ("last_month", self.tr("上月"))):
            button = QPushButton(text)
            button.setObjectName(f"preset_{preset}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, p=preset: self.set_preset(p))
            self.preset_buttons[preset] = button
        self.therapist_combo = QComboBox()
        self.therapist_combo.setObjectName("historyTherapist")
        self.service_combo = QComboBox()
        self.service_combo.setObjectName("historyService")
        self.service_combo.setMinimumContentsLength(8)
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("historyMethod")
        self.method_combo.addItem(self.tr("全部"), None)
        for method in FILTER_PAYMENT_METHODS:
            self.method_combo.addItem(short_method_label(method), method)
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("historyText")
        self.text_edit.setPlaceholderText(self.tr("客户姓名、拼音首字母或手机尾号"))
        self.text_edit.setClearButtonEnabled(True)
        self.void_check = QCheckBox(self.tr("含作废(&V)"))
        self.void_check.setObjectName("historyVoid")

        self.table = EnterTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(HistoryTableModel.COLUMNS.index("items"), QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        self.table.setSortingEnabled(True)
        for column, name in enumerate(HistoryTableModel.COLUMNS):
            if name in COLUMN_WIDTHS:
                self.table.setColumnWidth(column, COLUMN_WIDTHS[name])

        self.count_label = QLabel()
        self.count_label.setObjectName("historyCount")
        self.totals_label = QLabel()
        self.totals_label.setObjectName("historyTotals")
        self.methods_label = QLabel()
        self.methods_label.setObjectName("historyMethods")
        for label in (self.totals_label, self.methods_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_label.setToolTip(self.tr("实收：现金、微信、支付宝、刷卡等当场收到的钱；储值是从储值卡里扣的钱，"
                                             "卡扣是从次卡/年卡里扣的次数。作废的记录不计入合计。"))

        dates = QHBoxLayout()
        dates.addWidget(self._buddy(self.tr("日期(&D)"), self.from_edit))
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(self.tr("至")))
        dates.addWidget(self.to_edit)
        for button in self.preset_buttons.values():
            dates.addWidget(button)
        dates.addStretch(1)
        dates.addWidget(self.void_check)
        filters = QHBoxLayout()
        for text, widget in ((self.tr("美容师(&T)"), self.therapist_combo), (self.tr("项目(&S)"), self.service_combo),
                             (self.tr("付款方式(&P)"), self.method_combo), (self.tr("客户(&C)"), self.text_edit)):
            filters.addWidget(self._buddy(text, widget))
            filters.addWidget(widget, 1 if widget is self.text_edit else 0)
        footer = QGridLayout()
        footer.addWidget(self.count_label, 0, 0)
        footer.addWidget(self.totals_label, 0, 1)
        footer.addWidget(self.methods_label, 1, 1)
        footer.setColumnStretch(1, 1)
        footer.setHorizontalSpacing(24)
        self.flow_title = QLabel(self.tr("本期收支（按日期，含售卡、充值和退卡；不受美容师、项目等筛选影响）"))
        set_role(self.flow_title, "hint")
        self.flow_table = MoneyFlowTable()
        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        layout.addWidget(self.flow_title)
        layout.addWidget(self.flow_table)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.from_edit.dateChanged.connect(self._from_changed)
        self.to_edit.dateChanged.connect(self._to_changed)
        for combo in (self.therapist_combo, self.service_combo, self.method_combo):
            combo.currentIndexChanged.connect(self._filter_timer.start)
        self.text_edit.textChanged.connect(self._filter_timer.start)
        self.void_check.toggled.connect(self._filter_timer.start)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        remember_columns(self.table)  # after the handler above, which keeps the arrow on a column that sorts
        self.empty_state = EmptyState(self.table, self._empty_text)
        self.table.enter.connect(self._open_current)
        self.table.doubleClicked.connect(lambda _index: self._open_current())
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)
        # This month by default; the first query runs when the tab is first shown, not at start-up.
        self.set_preset("month", apply=False)

    # --- public -------------------------------------------------------------------------------
    def set_preset(self, preset: str, apply: bool = True) -> None:
        """今天 / 本周 / 本月 / 上月: set both dates and list at once."""
        first, last = preset_range(preset, self._today())
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        if apply:
            self.apply_filter()

    def current_filter(self) -> HistoryFilter:
        return HistoryFilter(
            date_from=self.from_edit.date().toPython(), date_to=self.to_edit.date().toPython(),
            therapist_id=self.therapist_combo.currentData(), service_id=self.service_combo.currentData(),
            payment_method=self.method_combo.currentData(), text=self.text_edit.text(),
            include_void=self.void_check.isChecked(),
        )

    def apply_filter(self) -> None:
        """List what the filter bar says now (the bar's widgets call this after a short pause)."""
        self._filter_timer.stop()
        self._show(self.current_filter(), keep_visit_id=None)

    def refresh(self) -> None:
        """Query again with the same filter (a visit saved or voided elsewhere), keeping the selected visit."""
        self._filter_timer.stop()
        self._load_choices()
        self._show(self.current_filter(), keep_visit_id=self.current_visit_id())

    def current_visit_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(VISIT_ID_ROLE) if index.isValid() else None

    def select_visit(self, visit_id: int) -> bool:
        row = self.model.row_of(visit_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    # --- Qt -----------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        # Visits are recorded from other tabs and dialogs: coming back to this tab shows them.
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    # --- internals ----------------------------------------------------------------------------
    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(2000, 1, 1))
        return edit

    def _empty_text(self) -> str:
        spec = self.model.history_filter
        if not self.model.loaded:
            return ""
        if spec.therapist_id is not None or spec.service_id is not None or spec.payment_method or spec.text.strip():
            return self.tr("没有符合这些条件的到店记录。<br>清空客户框，或把美容师、项目、付款方式改回“全部”试试。")
        return (self.tr("%1 至 %2 没有到店记录。<br>换一个日期范围（本月、上月），或在“客户”页选中客户后按 "
                        "<b>Ctrl+R</b> 记录到店。")
                .replace("%1", date_text(spec.date_from))
                .replace("%2", date_text(spec.date_to)))

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _load_choices(self) -> None:
        """Therapists and services, inactive ones too: their visits are history all the same."""
        self._fill(self.therapist_combo, self.tr("全部"), [
            (staff.id, staff.name if staff.active else self.tr("%1（已停用）").replace("%1", staff.name))
            for staff in list_staff()])
        self._fill(self.service_combo, self.tr("全部"), [
            (service.id, service.name if service.active else self.tr("%1（已停用）").replace("%1", service.name))
            for service in list_services(include_inactive=True)])

    @staticmethod
    def _fill(combo: QComboBox, everything: str, choices: list[tuple[int, str]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for item_id, text in choices:
            combo.addItem(text, item_id)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
        combo.blockSignals(False)

    def _from_changed(self, day: QDate) -> None:
        if day > self.to_edit.date():
            self.to_edit.blockSignals(True)
            self.to_edit.setDate(day)
            self.to_edit.blockSignals(False)
        self._filter_timer.start()

    def _to_changed(self, day: QDate) -> None:
        if day < self.from_edit.date():
            self.from_edit.blockSignals(True)
            self.from_edit.setDate(day)
            self.from_edit.blockSignals(False)
        self._filter_timer.start()

    def _show(self, spec: HistoryFilter, keep_visit_id: int | None) -> None:
        try:
            self.model.set_filter(spec)
        except ValidationError as error:
            self._show_error(error_text(error))
            return
        self.count_label.setText(self.tr("共 %1 笔").replace("%1", f"{self.model.rowCount():,}"))
        # A long card name in 卡扣 or a split payment widens its column rather than being cut.
        fit_columns(self.table, [HistoryTableModel.COLUMNS.index(name) for name in FITTED_COLUMNS], grow_only=True)
        self._request_totals(spec)
        if keep_visit_id is None or not self.select_visit(keep_visit_id):
            if self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(0, 0))

    def _request_totals(self, spec: HistoryFilter) -> None:
        from salon import access

        self.totals = None
        if not access.may(access.MONEY_TOTALS):  # the front desk sees each visit, not the period's money
            self.totals_label.setText(self.tr("合计和收支只有老板、店长可以查看。"))
            self.flow_table.setVisible(False)
            return
        self.flow_table.setVisible(True)
        for label in (self.totals_label, self.methods_label, self.flow_table):
            label.setEnabled(False)  # the old figures stay, greyed, until the new ones arrive
        self._totals_query.submit(lambda database: _totals_job(database, spec), self._totals_arrived,
                                  self._totals_failed)

    def _totals_failed(self, error: BaseException) -> None:
        self._show_error(error_text(error) if isinstance(error, ValidationError)
                         else self.tr("合计没有算出来：%1").replace("%1", str(error)))

    def _totals_arrived(self, result: tuple[HistoryTotals, MoneyFlow]) -> None:
        self.totals, flow = result
        self._show_totals(self.totals)
        self.flow_table.show_flow(flow)
        self.flow_table.setEnabled(True)

    def _show_error(self, text: str) -> None:
        self.totals = None
        self.count_label.setText("")
        self.totals_label.setText(text)
        self.methods_label.setText("")
        for label in (self.totals_label, self.methods_label):
            label.setEnabled(True)

    def _show_totals(self, totals: HistoryTotals) -> None:
        count = self.tr("共 %1 笔").replace("%1", f"{totals.visits:,}")
        if totals.void_visits:
            count += self.tr("（含作废 %1 笔，不计入合计）").replace("%1", f"{totals.void_visits:,}")
        self.count_label.setText(count)
        parts = [self.tr("消费合计 %1").replace("%1", money(totals.total_fen)),
                 self.tr("实收 %1").replace("%1", money(totals.received_fen))]
        if totals.deducted_sessions:
            parts.append(self.tr("卡扣 %1 次").replace("%1", f"{totals.deducted_sessions:,}"))
        self.totals_label.setText("　·　".join(parts))
        self.methods_label.setText("　·　".join(f"{short_method_label(method)} {money(amount)}"
                                               for method, amount in totals.payments.items()))
        for label in (self.totals_label, self.methods_label):
            label.setEnabled(True)

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):
            # Only a few columns sort (in SQL); keep the arrow on the one that does.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
            header.blockSignals(False)

    def _open_current(self) -> None:
        visit_id = self.current_visit_id()
        if visit_id is not None:
            self.open_visit_requested.emit(visit_id)
