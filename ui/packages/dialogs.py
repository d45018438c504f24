"""Selling a package to a client, topping it up, adjusting it by hand (F4); the refund is in ui/refund_dialog.

Each dialog collects what was typed and hands it to salon.packages, which validates and writes the sale,
its ledger line and its payments in one transaction; a ValidationError is shown as one sentence.
"""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from salon.catalogue import get_plan, list_plans, list_services, plan_service_ids
from salon.clients.profiles import get_client
from salon.errors import NotFoundError, ValidationError
from salon.money import parse_yuan
from salon.packages.ledger import get_package
from salon.packages.selling import adjust, expiry_date, sell_package, top_up
from salon.payments import PURCHASE_METHODS, PaymentInput
from salon.plausibility import Doubt, card_doubts
from salon.staff import list_staff
from salon.store.models import ClientPackage, PackagePlan
from salon.words import listing
from ui.common.formats import date_text
from ui.common.forms import FormDialog
from ui.common.labels import amount_text, left_text, money, money_input, payment_method_label, plan_kind_label
from ui.common.messages import error_text
from ui.common.style import ERROR, OK, set_role
from ui.packages.refund_dialog import RefundDialog

__all__ = ["AdjustDialog", "PurchasePayments", "RefundDialog", "SellPackageDialog", "TopUpDialog", "staff_combo"]



def staff_combo(none_text: str) -> QComboBox:
    """Active staff to say who sold or handled it; nobody is a valid answer."""
    combo = QComboBox()
    combo.addItem(none_text, None)
    for member in list_staff(active_only=True):
        combo.addItem(member.name, member.id)
    return combo


class PurchasePayments(QWidget):
    """How a purchase is paid, split across cash, WeChat Pay, Alipay, bank card, other.

    Clicking a method's name puts what is still due into its field, so a one-method payment is one click.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._due: int | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        for position, method in enumerate(PURCHASE_METHODS):
            button = QPushButton(payment_method_label(method))
            button.setObjectName(f"pay_{method}_button")
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the amounts only
            button.setToolTip(self.tr("点一下，把还差的金额填到这里"))
            button.clicked.connect(lambda _checked=False, m=method: self.fill_rest(m))
            edit = QLineEdit()
            edit.setObjectName(f"pay_{method}")
            edit.setPlaceholderText("0.00")
            edit.setMaximumWidth(110)
            edit.textChanged.connect(self._update)
            row, column = divmod(position, 3)
            grid.addWidget(button, row, column * 2)
            grid.addWidget(edit, row, column * 2 + 1)
            self.edits[method] = edit
            self.buttons[method] = button
        self.status_label = QLabel()
        self.status_label.setObjectName("paymentStatus")
        grid.addWidget(self.status_label, 2, 0, 1, 6)
        self._update()

    def set_due(self, due_fen: int | None) -> None:
        """What the payments must add up to (None: not known yet, e.g. the price is being typed)."""
        self._due = due_fen
        self._update()

    def total(self) -> int | None:
        """The sum typed so far, or None while a field holds something that is not an amount."""
        try:
            return sum(p.amount_fen for p in self.payments())
        except ValidationError:
            return None

    def payments(self) -> list[PaymentInput]:
        """The payment lines; raises ValidationError naming the field with a bad amount."""
        lines = []
        for method, edit in self.edits.items():
            amount = parse_yuan(edit.text(), field=f"pay_{method}", allow_empty=True)
            if amount:
                lines.append(PaymentInput(method, amount))
        return lines

    def fill_rest(self, method: str) -> None:
        edit = self.edits[method]
        if self._due is None:
            edit.setFocus()
            return
        others = 0
        for other, other_edit in self.edits.items():
            if other == method:
                continue
            try:
                others += parse_yuan(other_edit.text(), allow_empty=True)
            except ValidationError:
                pass
        edit.setText(money_input(max(0, self._due - others)))
        edit.setFocus()
        edit.selectAll()

    def _update(self) -> None:
        total = self.total()
        if total is None:
            text, style = self.tr("有金额格式不对"), ERROR
        elif self._due is None:
            text, style = self.tr("已收 %1").replace("%1", money(total)), ""
        elif total == self._due:
            text, style = self.tr("已收 %1，正好").replace("%1", money(total)), OK
        elif total < self._due:
            text = self.tr("已收 %1 / 应收 %2，还差 %3").replace("%1", money(total)).replace(
                "%2", money(self._due)).replace("%3", money(self._due - total))
            style = ERROR
        else:
            text = self.tr("已收 %1 / 应收 %2，多了 %3").replace("%1", money(total)).replace(
                "%2", money(self._due)).replace("%3", money(total - self._due))
            style = ERROR
        self.status_label.setText(text)
        set_role(self.status_label, style)
        self.changed.emit()


class _PackageDialog(FormDialog):
    """Common frame: `saved(package_id)`, the payment fields in `self.fields`, staff combo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.payments_edit = PurchasePayments()
        self.fields.update({f"pay_{m}": edit for m, edit in self.payments_edit.edits.items()})
        self.fields["payments"] = self.payments_edit.edits["cash"]
        self.staff_combo = staff_combo(translate("_PackageDialog", "未指定"))
        self.staff_combo.setObjectName("staffCombo")

    def _message(self, error: ValidationError) -> str:
        if error.code == "payments_mismatch" and "due" in error.params:
            return translate("_PackageDialog", "付款合计 %1 元，应为 %2 元。").replace(
                "%1", amount_text(int(error.params.get("paid", 0)))).replace(
                "%2", amount_text(int(error.params["due"])))
        return error_text(error)


def _tr(text: str) -> str:
    """A word held in a variable; literal texts are written translate("package_dialogs", …) so lupdate finds them."""
    return QCoreApplication.translate("package_dialogs", text)


translate = QCoreApplication.translate


def plan_terms(plan: PackagePlan, service_names: list[str]) -> str:
    """What the client gets, in one line under the plan's name."""
    if plan.kind == "stored_value":
        parts = [translate("package_dialogs", "充 %1 元").replace("%1", amount_text(plan.price_fen))]
        if plan.bonus_fen:
            parts.append(translate("package_dialogs", "送 %1 元").replace("%1", amount_text(plan.bonus_fen)))
    elif plan.kind == "count":
        parts = [translate("package_dialogs", "%1 次").replace("%1", str(plan.sessions))]
        if plan.bonus_sessions:
            parts.append(translate("package_dialogs", "赠 %1 次").replace("%1", str(plan.bonus_sessions)))
    else:
        parts = [translate("package_dialogs", "限 %1 次")
                 .replace("%1", str(plan.sessions)) if plan.sessions else translate("package_dialogs", "期内不限次")]
    if service_names:
        parts.append(listing(service_names))
    parts.append(translate("package_dialogs", "有效期 %1 天")
                 .replace("%1", str(plan.validity_days)) if plan.validity_days
                 else translate("package_dialogs", "长期有效"))
    return " · ".join(parts)


class SellPackageDialog(_PackageDialog):
    """售卡: a plan, the price really paid (a discount is typed over the plan price), how it was paid,
    the first valid day and the seller."""

    def __init__(self, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_id = client_id
        self.package_id: int | None = None
        client = get_client(client_id)
        self.setWindowTitle(self.tr("售卡 – %1").replace("%1", client.name))
        self.setMinimumWidth(560)
        self.save_button.setText(self.tr("确认售卡"))
        self._service_names = {s.id: s.name for s in list_services(include_inactive=True)}
        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("planCombo")
        for plan in list_plans():
            self.plan_combo.addItem(f"{plan.name} · {plan_kind_label(plan.kind)} · {money(plan.price_fen)}", plan.id)
        self.terms_label = QLabel()
        self.terms_label.setObjectName("planTerms")
        self.terms_label.setWordWrap(True)
        self.price_edit = QLineEdit()
        self.price_edit.setObjectName("priceEdit")
        self.price_edit.setToolTip(self.tr("默认为卡项售价；打折时改成实收金额"))
        self.start_edit = QDateEdit(QDate.currentDate())
        self.start_edit.setObjectName("startDate")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("yyyy-MM-dd")
        self.expiry_label = QLabel()
        self.expiry_label.setObjectName("expiryLabel")
        self.notes_edit = QLineEdit()
        self.notes_edit.setObjectName("notesEdit")

        self.form.addRow(self.tr("卡项"), self.plan_combo)
        self.form.addRow("", self.terms_label)
        self.form.addRow(self.tr("实收金额"), self.price_edit)
        self.form.addRow(self.tr("付款方式"), self.payments_edit)
        self.form.addRow(self.tr("开始日期"), self.start_edit)
        self.form.addRow(self.tr("到期"), self.expiry_label)
        self.form.addRow(self.tr("销售人员"), self.staff_combo)
        self.form.addRow(self.tr("备注"), self.notes_edit)
        self.fields.update({"plan": self.plan_combo, "price": self.price_edit, "staff": self.staff_combo})

        self.plan_combo.currentIndexChanged.connect(lambda _i: self._plan_changed())
        self.price_edit.textChanged.connect(lambda _t: self._price_changed())
        self.start_edit.dateChanged.connect(lambda _d: self._update_expiry())
        if self.plan_combo.count() == 0:
            self.show_message(self.tr("还没有在售的卡项。请先在“项目与卡项”页添加卡项。"))
            self.save_button.setEnabled(False)
        self._plan_changed()
        self.plan_combo.setFocus()

    def plan(self) -> PackagePlan | None:
        plan_id = self.plan_combo.currentData()
        return get_plan(plan_id) if plan_id is not None else None

    def select_plan(self, plan_id: int) -> None:
        self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(plan_id)))

    def _plan_changed(self) -> None:
        plan = self.plan()
        if plan is None:
            self.terms_label.clear()
            self.expiry_label.clear()
            return
        names = [self._service_names[i] for i in plan_service_ids(plan.id) if i in self._service_names]
        self.terms_label.setText(plan_terms(plan, names))
        self.price_edit.setText(money_input(plan.price_fen))
        self._update_expiry()

    def _price_changed(self) -> None:
        try:
            self.payments_edit.set_due(parse_yuan(self.price_edit.text()))
        except ValidationError:
            self.payments_edit.set_due(None)

    def starts_on(self) -> date:
        return self.start_edit.date().toPython()

    def _update_expiry(self) -> None:
        plan = self.plan()
        expires = expiry_date(self.starts_on(), plan.validity_days) if plan else None
        self.expiry_label.setText(date_text(expires) if expires else self.tr("长期有效"))

    def _doubts(self) -> list[Doubt]:
        return card_doubts(parse_yuan(self.price_edit.text(), field="price"))

    def _save(self) -> int:
        plan_id = self.plan_combo.currentData()
        if plan_id is None:
            raise ValidationError("plan_required", self.tr("请选择卡项。"), field="plan")
        price_fen = parse_yuan(self.price_edit.text(), field="price")
        package = sell_package(self.client_id, plan_id, self.payments_edit.payments(), price_fen=price_fen,
                               starts_on=self.starts_on(), staff_id=self.staff_combo.currentData(),
                               notes=self.notes_edit.text())
        self.package_id = package.id
        self.save_button.setEnabled(False)  # a second click must not sell a second card
        return package.id

    def _message(self, error: ValidationError) -> str:
        if error.code == "payments_mismatch":
            return self.tr("付款合计应等于实收金额 %1 元。").replace("%1", amount_text(int(error.params.get("due", 0))))
        return super()._message(error)


def package_header(package: ClientPackage) -> str:
    left = left_text(package.kind, package.sessions_left, package.principal_fen, package.bonus_fen)
    return f"<b>{html.escape(package.name)}</b>　{html.escape(left)}"


class TopUpDialog(_PackageDialog):
    """充值 (stored value: what is paid becomes principal, plus a bonus) or 续卡 (count card: more sessions)."""

    def __init__(self, package_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.package_id = package_id
        package = get_package(package_id)
        self.kind = package.kind
        stored = package.kind == "stored_value"
        self.setWindowTitle(self.tr("充值 – %1") if stored else self.tr("续卡 – %1"))
        self.setWindowTitle(self.windowTitle().replace("%1", package.name))
        self.save_button.setText(self.tr("确认充值") if stored else self.tr("确认续卡"))
        self.header_label = QLabel(package_header(package))
        self.header_label.setObjectName("packageHeader")
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("amountEdit")
        self.amount_edit.setPlaceholderText(self.tr("元"))
        self.bonus_edit = QLineEdit()
        self.bonus_edit.setObjectName("bonusEdit")
        self.bonus_edit.setPlaceholderText(self.tr("元；不送留空"))
        self.sessions_spin = QSpinBox()
        self.sessions_spin.setObjectName("sessionsSpin")
        self.sessions_spin.setRange(0, 10000)
        self.sessions_spin.setSuffix(self.tr(" 次"))
        self.form.addRow(self.header_label)
        if stored:
            self.form.addRow(self.tr("充值金额"), self.amount_edit)
            self.form.addRow(self.tr("赠送金额"), self.bonus_edit)
            plan = _plan_or_none(package.plan_id)
            if plan is not None and plan.bonus_fen:
                hint = QLabel(self.tr("这张卡的方案：充 %1 送 %2").replace("%1", amount_text(plan.price_fen))
                              .replace("%2", amount_text(plan.bonus_fen)))
                set_role(hint, "hint")
                self.form.addRow("", hint)
        else:
            self.form.addRow(self.tr("增加次数"), self.sessions_spin)
            self.form.addRow(self.tr("收款金额"), self.amount_edit)
        self.form.addRow(self.tr("付款方式"), self.payments_edit)
        self.form.addRow(self.tr("经办人"), self.staff_combo)
        self.fields.update({"amount": self.amount_edit, "bonus": self.bonus_edit, "sessions": self.sessions_spin})
        self.amount_edit.textChanged.connect(lambda _t: self._amount_changed())
        self._amount_changed()
        (self.amount_edit if stored else self.sessions_spin).setFocus()

    def _amount_changed(self) -> None:
        try:
            self.payments_edit.set_due(parse_yuan(self.amount_edit.text(), allow_empty=True))
        except ValidationError:
            self.payments_edit.set_due(None)

    def _doubts(self) -> list[Doubt]:
        stored = self.kind == "stored_value"
        amount = parse_yuan(self.amount_edit.text(), field="amount", allow_empty=not stored)
        return card_doubts(amount, parse_yuan(self.bonus_edit.text(), field="bonus", allow_empty=True) if stored else 0)

    def _save(self) -> int:
        stored = self.kind == "stored_value"
        amount = parse_yuan(self.amount_edit.text(), field="amount", allow_empty=not stored)
        payments = self.payments_edit.payments()
        paid = sum(p.amount_fen for p in payments)
        if paid != amount:
            raise ValidationError("payments_mismatch", self.tr("付款合计应等于充值金额。"), field="payments",
                                  due=amount, paid=paid)
        bonus = parse_yuan(self.bonus_edit.text(), field="bonus", allow_empty=True) if stored else 0
        top_up(self.package_id, payments, bonus_fen=bonus, sessions=0 if stored else self.sessions_spin.value(),
               staff_id=self.staff_combo.currentData())
        self.save_button.setEnabled(False)
        return self.package_id

    def _message(self, error: ValidationError) -> str:
        if error.code == "amount_required":
            return self.tr("请填写充值金额。")
        if error.code == "sessions_required":
            return self.tr("续卡要填写增加的次数。")
        return super()._message(error)


def _plan_or_none(plan_id: int | None) -> PackagePlan | None:
    if plan_id is None:
        return None
    try:
        return get_plan(plan_id)
    except NotFoundError:
        return None


class AdjustDialog(_PackageDialog):
    """调整: a manual correction (a goodwill session, a counting mistake). The reason is required and kept."""

    def __init__(self, package_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.package_id = package_id
        package = get_package(package_id)
        self.kind = package.kind
        self.setWindowTitle(self.tr("调整 – %1").replace("%1", package.name))
        self.save_button.setText(self.tr("确认调整"))
        self.header_label = QLabel(package_header(package))
        self.header_label.setObjectName("packageHeader")
        self.form.addRow(self.header_label)
        self.sessions_spin = QSpinBox()
        self.sessions_spin.setObjectName("sessionsSpin")
        self.sessions_spin.setRange(-10000, 10000)
        self.sessions_spin.setSuffix(self.tr(" 次"))
        self.sessions_spin.setToolTip(self.tr("正数为增加，负数为扣减"))
        self.direction_combo = QComboBox()
        self.direction_combo.setObjectName("directionCombo")
        self.direction_combo.addItem(self.tr("增加"), 1)
        self.direction_combo.addItem(self.tr("扣减"), -1)
        self.principal_edit = QLineEdit()
        self.principal_edit.setObjectName("principalEdit")
        self.principal_edit.setPlaceholderText(self.tr("元"))
        self.bonus_edit = QLineEdit()
        self.bonus_edit.setObjectName("bonusEdit")
        self.bonus_edit.setPlaceholderText(self.tr("元"))
        if package.kind == "stored_value":
            self.form.addRow(self.tr("增加/扣减"), self.direction_combo)
            self.form.addRow(self.tr("本金"), self.principal_edit)
            self.form.addRow(self.tr("赠送金额"), self.bonus_edit)
        else:
            self.form.addRow(self.tr("增减次数"), self.sessions_spin)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("必填，如：补送一次体验、上次漏扣一次"))
        self.form.addRow(self.tr("原因 *"), self.reason_edit)
        self.form.addRow(self.tr("经办人"), self.staff_combo)
        self.payments_edit.hide()  # an adjustment moves no money
        self.fields.update({"reason": self.reason_edit, "sessions": self.sessions_spin,
                            "amount": self.principal_edit, "principal": self.principal_edit,
                            "bonus": self.bonus_edit})
        (self.principal_edit if package.kind == "stored_value" else self.sessions_spin).setFocus()

    def _save(self) -> int:
        sign = self.direction_combo.currentData()
        if self.kind == "stored_value":
            principal = sign * parse_yuan(self.principal_edit.text(), field="principal", allow_empty=True)
            bonus = sign * parse_yuan(self.bonus_edit.text(), field="bonus", allow_empty=True)
            adjust(self.package_id, self.reason_edit.text(), principal_fen=principal, bonus_fen=bonus,
                   staff_id=self.staff_combo.currentData())
        else:
            adjust(self.package_id, self.reason_edit.text(), sessions=self.sessions_spin.value(),
                   staff_id=self.staff_combo.currentData())
        self.save_button.setEnabled(False)
        return self.package_id

    def _message(self, error: ValidationError) -> str:
        if error.code == "reason_required":
            return self.tr("手工调整必须写明原因。")
        if error.code == "adjustment_empty":
            return self.tr("请填写要增加或扣减的数量。")
        return super()._message(error)
