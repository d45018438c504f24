"""How the client pays what is due: cash, WeChat Pay, Alipay, bank card, a stored-value card — split as she likes.

Clicking a method puts what is still due into it; while one method alone carries an amount the editor put
there, it follows the total as lines change. The cash tendered and the change are for the counter only
(the domain stores payments net).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from salon.errors import ValidationError
from salon.money import format_fen, parse_yuan
from salon.payments import PaymentInput
from salon.store.models import ClientPackage
from ui.common.labels import amount_text, payment_method_label
from ui.common.style import ERROR, HINT, OK, TITLE, set_role

METHODS = ("cash", "wechat", "alipay", "card", "stored_value", "other")
# Alt+letter fills that method: the counter pays by keyboard too.
MNEMONICS = {"cash": "X", "wechat": "W", "alipay": "Z", "card": "K", "stored_value": "V", "other": "Q"}


def parse_amount(text: str) -> int:
    return parse_yuan(text, "payments", allow_empty=True)


class PaymentEditor(QWidget):
    changed = Signal()

    def __init__(self, cards: list[ClientPackage], given_back: dict[int, int] | None = None,
                 parent: QWidget | None = None) -> None:
        """`cards`: the client's usable stored-value cards; `given_back`: what a saved visit drew from each
        (it is returned before a correction is applied, so it counts as available)."""
        super().__init__(parent)
        self.due_fen: int | None = 0
        self.void = False  # a voided visit: its money went back, nothing is due
        self._auto_method: str | None = None  # the method the editor filled and may keep in step with the total
        self.balances: dict[int, int] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.amount_edits: dict[str, QLineEdit] = {}

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, method in enumerate(METHODS):
            button = QPushButton(f"{payment_method_label(method)}(&{MNEMONICS[method]})")
            button.setObjectName(f"pay_{method}")
            button.setAutoDefault(False)
            button.setToolTip(self.tr("填入还差的金额"))
            edit = QLineEdit()
            edit.setObjectName(f"amount_{method}")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText("0.00")
            edit.setMaximumWidth(110)
            self.buttons[method] = button
            self.amount_edits[method] = edit
            grid.addWidget(button, row, 0)
            grid.addWidget(edit, row, 1)
            button.clicked.connect(lambda _checked=False, m=method: self.fill(m))
            edit.textEdited.connect(lambda _text, m=method: self._typed(m))
            edit.textChanged.connect(lambda _text: self._update())

        self.tendered_edit = QLineEdit()
        self.tendered_edit.setObjectName("cashTendered")
        self.tendered_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tendered_edit.setMaximumWidth(110)
        self.tendered_edit.setPlaceholderText(self.tr("实收现金"))
        self.tendered_edit.textChanged.connect(lambda _text: self._update())
        self.change_label = QLabel()
        self.change_label.setObjectName("changeLabel")
        cash_extra = QHBoxLayout()
        cash_extra.addWidget(QLabel(self.tr("实收")))
        cash_extra.addWidget(self.tendered_edit)
        cash_extra.addWidget(self.change_label, 1)
        grid.addLayout(cash_extra, METHODS.index("cash"), 2)

        self.card_combo = QComboBox()
        self.card_combo.setObjectName("storedValueCard")
        for card in cards:
            self._add_card(card, (given_back or {}).get(card.id, 0))
        for card_id, amount in (given_back or {}).items():
            if card_id not in self.balances:
                from salon.packages.ledger import get_package

                self._add_card(get_package(card_id), amount)
        if not self.balances:
            self.card_combo.addItem(self.tr("没有可用的储值卡"), None)
            for widget in (self.card_combo, self.buttons["stored_value"], self.amount_edits["stored_value"]):
                widget.setEnabled(False)
        self.card_combo.currentIndexChanged.connect(lambda _index: self._update())
        grid.addWidget(self.card_combo, METHODS.index("stored_value"), 2)

        self.due_label = QLabel()
        self.due_label.setObjectName("dueLabel")
        set_role(self.due_label, TITLE)
        self.paid_label = QLabel()
        self.paid_label.setObjectName("paidLabel")
        self.remaining_label = QLabel()
        self.remaining_label.setObjectName("remainingLabel")
        summary = QHBoxLayout()
        summary.addWidget(self.due_label)
        summary.addSpacing(16)
        summary.addWidget(self.paid_label)
        summary.addSpacing(16)
        summary.addWidget(self.remaining_label, 1)
        grid.addLayout(summary, len(METHODS), 0, 1, 3)
        grid.setColumnStretch(2, 1)
        self._update()

    # --- what the dialog uses ---------------------------------------------------------------------
    def set_due(self, due_fen: int | None) -> None:
        """The amount due (None while a line cannot be priced); an auto-filled single method follows it."""
        self.due_fen = due_fen
        method = self._auto_method
        if method is not None and due_fen is not None and self._used_methods() <= {method}:
            self._set_amount(method, self._cap(method, due_fen))
        self._update()

    def fill(self, method: str) -> None:
        """Put what is still due into `method` (a stored-value card gives at most its balance)."""
        if self.due_fen is None or not self.amount_edits[method].isEnabled():
            return
        others = sum(self._amount_or_zero(m) for m in METHODS if m != method)
        amount = self._cap(method, max(0, self.due_fen - others))
        self._set_amount(method, amount)
        self._auto_method = method if not (self._used_methods() - {method}) else None
        edit = self.amount_edits[method]
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()
        self._update()

    def payments(self) -> list[PaymentInput]:
        """What was typed, as the domain takes it (an amount that cannot be read raises ValidationError)."""
        result = []
        for method in METHODS:
            amount = parse_amount(self.amount_edits[method].text())
            if amount:
                package_id = self.card_combo.currentData() if method == "stored_value" else None
                result.append(PaymentInput(method, amount, package_id))
        return result

    def set_payments(self, payments: list[PaymentInput]) -> None:
        for payment in payments:
            if payment.method == "stored_value":
                self.card_combo.setCurrentIndex(max(0, self.card_combo.findData(payment.package_id)))
            self._set_amount(payment.method, payment.amount_fen + self._amount_or_zero(payment.method))
        self._auto_method = None
        self._update()

    def change_fen(self) -> int | None:
        """Cash tendered minus the cash part (None when nothing was tendered or it cannot be read)."""
        try:
            tendered = parse_amount(self.tendered_edit.text())
            cash = parse_amount(self.amount_edits["cash"].text())
        except ValidationError:
            return None
        return tendered - cash if self.tendered_edit.text().strip() else None

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for method in METHODS:
            chain += [self.buttons[method], self.amount_edits[method]]
            if method == "cash":
                chain.append(self.tendered_edit)
            if method == "stored_value":
                chain.append(self.card_combo)
        return chain

    # --- internals --------------------------------------------------------------------------------
    def _add_card(self, card: ClientPackage, given_back: int) -> None:
        balance = card.principal_fen + card.bonus_fen + given_back
        self.balances[card.id] = balance
        self.card_combo.addItem(self.tr("%1（余额 %2）").replace("%1", card.name).replace("%2", amount_text(balance)),
                                card.id)

    def _cap(self, method: str, amount: int) -> int:
        if method == "stored_value":
            return min(amount, self.balances.get(self.card_combo.currentData(), 0))
        return amount

    def _set_amount(self, method: str, amount: int) -> None:
        self.amount_edits[method].setText(format_fen(amount).replace(",", "") if amount else "")

    def _typed(self, method: str) -> None:
        self._auto_method = None  # the counter typed an amount: the editor stops adjusting any

    def _amount_or_zero(self, method: str) -> int:
        try:
            return parse_amount(self.amount_edits[method].text())
        except ValidationError:
            return 0

    def refresh_status(self) -> None:
        self._update()

    def _over_balance(self) -> int | None:
        """The chosen card's balance when the stored-value amount is more than it, else None."""
        card = self.card_combo.currentData()
        amount = self._amount_or_zero("stored_value")
        balance = self.balances.get(card, 0)
        return balance if amount and amount > balance else None

    def _used_methods(self) -> set[str]:
        return {m for m in METHODS if self.amount_edits[m].text().strip()}

    def _update(self) -> None:
        due = self.due_fen
        self.due_label.setText(self.tr("应付 ¥%1").replace("%1", amount_text(due)) if due is not None
                               else self.tr("应付 —"))
        try:
            paid = sum(parse_amount(self.amount_edits[m].text()) for m in METHODS)
        except ValidationError:
            paid = None
        self.paid_label.setText(self.tr("已付 ¥%1").replace("%1", amount_text(paid)) if paid is not None
                                else self.tr("已付 —"))
        style = ERROR
        over_balance = self._over_balance()
        if self.void:
            text, style = self.tr("已作废，款项已全部退回"), HINT
        elif due is None or paid is None:
            text = ""
        elif over_balance is not None:
            # The card chosen after the amount was typed holds less: never 已付清 on money that is not there.
            text = self.tr("储值卡余额只有 ¥%1").replace("%1", amount_text(over_balance))
        elif paid < due:
            text = self.tr("还差 ¥%1").replace("%1", amount_text(due - paid))
        elif paid > due:
            text = self.tr("多付 ¥%1").replace("%1", amount_text(paid - due))
        else:
            text, style = (self.tr("已付清"), OK) if due else ("", "")
        self.remaining_label.setText(text)
        set_role(self.remaining_label, style)
        change = self.change_fen()
        if change is not None and not self._amount_or_zero("cash"):
            # No cash part: nothing to give change on.
            self.change_label.setText(self.tr("这次没有现金付款"))
            set_role(self.change_label, HINT)
        elif change is None:
            self.change_label.setText("")
        elif change < 0:
            self.change_label.setText(self.tr("实收不足 ¥%1").replace("%1", amount_text(-change)))
            set_role(self.change_label, ERROR)
        else:
            self.change_label.setText(self.tr("找零 ¥%1").replace("%1", amount_text(change)))
            set_role(self.change_label, OK)
        self.changed.emit()
