"""收支汇总: the money of a period by kind (visits, card sales, top-ups, refunds) and by payment method, each
row and column summed, from `salon.payments.money_flow` — the same figures the monthly report will use."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from salon.payments import FLOW_KINDS, PAYMENT_METHODS, MoneyFlow
from ui.common.labels import amount_text, ledger_kind_label, payment_method_label


class MoneyFlowTable(QTableWidget):
    """Rows: kinds and their total; columns: methods, then the row's total and what came into the till."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(FLOW_KINDS) + 1, len(PAYMENT_METHODS) + 2, parent)
        self.setObjectName("moneyFlow")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalHeaderLabels([self.kind_label(kind) for kind in FLOW_KINDS] + [self.tr("合计")])
        self.setHorizontalHeaderLabels([payment_method_label(method, short=True) for method in PAYMENT_METHODS]
                                       + [self.tr("合计"), self.tr("实收（不含储值）")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Its header is a phrase, longer than an amount in every language: it takes the width it needs.
        self.horizontalHeader().setSectionResizeMode(len(PAYMENT_METHODS) + 1, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeaderItem(PAYMENT_METHODS.index("stored_value")).setToolTip(
            self.tr("从储值卡里扣的钱：卡是以前售出的，这里不是新收入"))
        # Every row shown whole: the header, the rows, and the frame above and below.
        height = self.horizontalHeader().sizeHint().height() + self.verticalHeader().length() + 2 * self.frameWidth()
        self.setFixedHeight(height)
        self.flow: MoneyFlow | None = None

    def kind_label(self, kind: str) -> str:
        return self.tr("到店消费") if kind == "visit" else ledger_kind_label(kind)

    def show_flow(self, flow: MoneyFlow) -> None:
        self.flow = flow
        rows = [*FLOW_KINDS, None]
        bold = QFont(self.font())
        bold.setBold(True)
        for row, kind in enumerate(rows):
            cells = [flow.cells.get((kind, method), 0) if kind else flow.method_total(method)
                     for method in PAYMENT_METHODS]
            total = flow.kind_total(kind) if kind else flow.total_fen
            received = total - cells[PAYMENT_METHODS.index("stored_value")]
            for column, amount in enumerate([*cells, total, received]):
                item = QTableWidgetItem(amount_text(amount) if amount else "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if kind is None or column >= len(PAYMENT_METHODS):
                    item.setFont(bold)
                self.setItem(row, column, item)

    def cell_text(self, kind: str | None, column: str) -> str:
        """What the table shows for a kind (None: the total row) and a method, 'total' or 'received'."""
        row = len(FLOW_KINDS) if kind is None else FLOW_KINDS.index(kind)
        index = {"total": len(PAYMENT_METHODS), "received": len(PAYMENT_METHODS) + 1}.get(column)
        return self.item(row, PAYMENT_METHODS.index(column) if index is None else index).text()
