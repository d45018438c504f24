"""The client file's 卡项 page: her packages and each one's ledger.

Package actions (售卡, 充值/续卡, 调整, 延期/激活, 退卡) take effect at once in their own dialogs; they are not part of
the client form's Save.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from salon.errors import ValidationError
from salon.packages.refunds import offers_refund
from salon.packages.views import LedgerLine, PackageView, client_packages, package_ledger
from salon.words import listing
from ui.common.child_dialogs import open_child
from ui.common.empty_state import EmptyState
from ui.common.formats import date_text, datetime_text
from ui.common.icons import icon
from ui.common.labels import (
    amount_text,
    ledger_kind_label,
    left_text,
    money,
    package_status_label,
    plan_kind_label,
    sessions_text,
)
from ui.common.messages import error_text
from ui.common.record_model import RECORD_ID_ROLE, Column, RecordTableModel, fit_columns, make_table, select_record
from ui.common.remember import remember_splitter
from ui.packages.dialogs import AdjustDialog, SellPackageDialog, TopUpDialog
from ui.packages.extend_dialog import ExtendDialog
from ui.packages.refund_dialog import RefundDialog

# What each action needs of the selected package (salon/ refuses the rest anyway; this keeps the buttons honest).
_OPEN = ("active", "used_up")


def can_top_up(view: PackageView) -> bool:
    return view.kind in ("count", "stored_value") and view.status in _OPEN


def can_adjust(view: PackageView) -> bool:
    return view.status in _OPEN and not (view.kind == "period" and view.sessions_left is None)


def can_extend(view: PackageView) -> bool:
    return view.expires_on is not None and view.status != "refunded"


def can_refund(view: PackageView, today: date | None = None) -> bool:
    return offers_refund(view, today or date.today())


class PackageTableModel(RecordTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(self.tr("卡项"), lambda v: v.name),
            Column(self.tr("类型"), lambda v: plan_kind_label(v.kind)),
            Column(self.tr("剩余"), lambda v: left_text(v.kind, v.sessions_left, v.principal_fen, v.bonus_fen)),
            Column(self.tr("到期"), lambda v: date_text(v.expires_on) if v.expires_on else self.tr("长期"),
                   sort_key=lambda v: v.expires_on),
            Column(self.tr("状态"), lambda v: package_status_label(v.status)),
            Column(self.tr("实付"), lambda v: money(v.paid_fen), numeric=True),
            Column(self.tr("购买日期"), lambda v: date_text(v.sold_at), sort_key=lambda v: v.sold_at),
            Column(self.tr("可用项目"), lambda v: listing(v.service_names)),
        ], muted=lambda v: v.status != "active", parent=parent)


class LedgerTableModel(RecordTableModel):
    def __init__(self, parent=None) -> None:
        self.kind = "count"
        super().__init__([
            Column(self.tr("时间"), lambda line: datetime_text(line.created_at), sort_key=lambda line: line.created_at),
            Column(self.tr("类型"), lambda line: ledger_kind_label(
                "reactivation" if line.kind == "adjustment" and line.reverses_id else line.kind)),
            Column(self.tr("变动"), self._change),
            Column(self.tr("变动后剩余"), self._after),
            Column(self.tr("收/退款"), lambda line: money(line.paid_fen) if line.paid_fen else "", numeric=True),
            Column(self.tr("经办人"), lambda line: line.staff_name),
            Column(self.tr("原因/备注"), lambda line: line.reason),
        ], parent=parent)

    def _change(self, line: LedgerLine) -> str:
        if self.kind == "stored_value":
            if not (line.principal_delta_fen or line.bonus_delta_fen):
                return ""
            text = _signed_fen(line.principal_delta_fen + line.bonus_delta_fen)
            if line.bonus_delta_fen:
                text += self.tr("（本金 %1，赠送 %2）").replace("%1", _signed_fen(line.principal_delta_fen)).replace(
                    "%2", _signed_fen(line.bonus_delta_fen))
            return text
        if line.sessions_delta:
            return self.tr("%1 次").replace("%1", f"{line.sessions_delta:+d}")
        return self.tr("不限次") if line.kind in ("use", "void") else ""

    def _after(self, line: LedgerLine) -> str:
        if self.kind == "stored_value":
            return money(line.balance_after_fen)
        return sessions_text(line.sessions_after)


def _signed_fen(fen: int) -> str:
    return ("+" if fen > 0 else "") + amount_text(fen)


class ClientPackagesPage(QWidget):
    """卡项: every package of the client, open ones first; the ledger of the selected one below."""

    changed = Signal()  # a package was sold, topped up, adjusted or refunded

    def __init__(self, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_id = client_id
        self.dialog: QDialog | None = None
        self.model = PackageTableModel(self)
        self.table = make_table(self.model, "packageTable")
        self.ledger_model = LedgerTableModel(self)
        self.ledger_table = make_table(self.ledger_model, "ledgerTable")
        self.empty_state = EmptyState(self.table, self.tr(
            "她还没有卡项。<br>点“售卡”给她开一张次卡、年卡/月卡或储值卡。"))
        self.ledger_title = QLabel()
        self.ledger_title.setObjectName("ledgerTitle")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("packagesSummary")

        self.sell_button = QPushButton(self.tr("售卡(&S)…"))
        self.sell_button.setObjectName("sellButton")
        self.sell_button.setIcon(icon("card-sell"))
        self.top_up_button = QPushButton(self.tr("充值/续卡(&T)…"))
        self.top_up_button.setObjectName("topUpButton")
        self.adjust_button = QPushButton(self.tr("调整(&J)…"))
        self.adjust_button.setObjectName("adjustButton")
        self.extend_button = QPushButton(self.tr("延期/激活(&E)…"))
        self.extend_button.setObjectName("extendButton")
        self.refund_button = QPushButton(self.tr("退卡(&R)…"))
        self.refund_button.setObjectName("refundButton")
        actions = (self.sell_button, self.top_up_button, self.adjust_button, self.extend_button, self.refund_button)
        for button in actions:
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        for button in actions:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary_label)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.ledger_title)
        lower_layout.addWidget(self.ledger_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        remember_splitter(splitter, "packages")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.sell_button.clicked.connect(self.sell)
        self.top_up_button.clicked.connect(lambda: self._open_for_current(TopUpDialog))
        self.adjust_button.clicked.connect(lambda: self._open_for_current(AdjustDialog))
        self.extend_button.clicked.connect(lambda: self._open_for_current(ExtendDialog))
        self.refund_button.clicked.connect(lambda: self._open_for_current(RefundDialog))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._package_selected())
        self.refresh()

    # --- public -------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.current_id()
        views = client_packages(self.client_id)
        self.model.set_records(views)
        open_count = sum(1 for v in views if v.status == "active")
        self.summary_label.setText(self.tr("在用 %1 张，共 %2 张").replace("%1", str(open_count))
                                   .replace("%2", str(len(views))))
        if not (keep is not None and self.select(keep)) and views:
            self.table.setCurrentIndex(self.model.index(0, 0))
        fit_columns(self.table)
        self._package_selected()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(RECORD_ID_ROLE) if index.isValid() else None

    def current_view(self) -> PackageView | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select(self, package_id: int) -> bool:
        return select_record(self.table, package_id)

    def sell(self) -> SellPackageDialog:
        return self._show(SellPackageDialog(self.client_id, self))

    # --- internals ----------------------------------------------------------------------------
    def _open_for_current(self, dialog_class) -> QDialog | None:
        package_id = self.current_id()
        if package_id is None:
            return None
        try:
            dialog = dialog_class(package_id, self)
        except ValidationError as error:  # e.g. the card expired at midnight and the list has not caught up
            QMessageBox.information(self, self.tr("卡项"), error_text(error))
            self.refresh(package_id)
            return None
        return self._show(dialog)

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.saved.connect(self._after_change)
        return open_child(self, "dialog", dialog)

    def _after_change(self, package_id: int) -> None:
        self.refresh(package_id)
        self.changed.emit()

    def _package_selected(self) -> None:
        view = self.current_view()
        self.top_up_button.setEnabled(view is not None and can_top_up(view))
        self.adjust_button.setEnabled(view is not None and can_adjust(view))
        self.extend_button.setEnabled(view is not None and can_extend(view))
        self.extend_button.setText(self.tr("激活(&E)…") if view is not None and view.status == "expired"
                                   else self.tr("延期/激活(&E)…"))
        self.refund_button.setEnabled(view is not None and can_refund(view))
        if view is not None and view.kind == "period":
            self.top_up_button.setToolTip(self.tr("年卡/月卡不能充值，请另售一张新卡"))
        else:
            self.top_up_button.setToolTip("")
        if view is None:
            self.ledger_title.setText(self.tr("还没有卡项。点“售卡”给她开一张卡。") if not self.model.rowCount()
                                      else "")
            self.ledger_model.set_records([])
            return
        self.ledger_title.setText(self.tr("“%1”的明细（每一次变动都有记录）").replace("%1", view.name))
        self.ledger_model.kind = view.kind
        self.ledger_model.set_records(package_ledger(view.id))
        fit_columns(self.ledger_table)
        self.ledger_table.scrollToBottom()
