"""退卡: the refund calculation (法释〔2025〕4号: used sessions at the price really paid), printable for the
client BEFORE the owner confirms; confirming closes the package through salon.packages.refunds.refund_package.

The lines are written here from the quote's numbers (not the quote's own Chinese `lines`) so they translate.
"""
from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from salon.clients.profiles import get_client
from salon.packages.ledger import get_package
from salon.packages.refunds import RefundQuote, refund_package, refund_quote
from salon.packages.views import PackageView, client_packages
from salon.payments import PURCHASE_METHODS
from salon.staff import list_staff
from salon.words import labelled, with_note
from ui.common.documents import ask_and_write_pdf, letterhead_html, print_html
from ui.common.formats import date_text
from ui.common.forms import FormDialog
from ui.common.labels import amount_text, money, payment_method_label, plan_kind_label


class RefundDialog(FormDialog):
    def __init__(self, package_id: int, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.package_id = package_id
        self.today = today or date.today()
        self.quote: RefundQuote = refund_quote(package_id, self.today)
        self.view: PackageView = self._view(package_id)
        self.client_name = get_client(self.view.client_id).name
        self.setWindowTitle(self.tr("退卡 – %1").replace("%1", self.view.name))
        self.setMinimumSize(600, 560)

        self.calculation = QTextBrowser()
        self.calculation.setObjectName("refundCalculation")
        self.calculation.setHtml(self.document_html())
        self.calculation.setMinimumHeight(300)
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("refundMethod")
        for method in PURCHASE_METHODS:
            self.method_combo.addItem(payment_method_label(method), method)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("如：搬家、对效果不满意；不填记为“客户申请退卡”"))
        self.staff_combo = QComboBox()
        self.staff_combo.setObjectName("staffCombo")
        self.staff_combo.addItem(self.tr("未指定"), None)
        for member in list_staff(active_only=True):
            self.staff_combo.addItem(member.name, member.id)
        self.form.addRow(self.calculation)
        self.form.addRow(self.tr("退款方式"), self.method_combo)
        self.form.addRow(self.tr("退卡原因"), self.reason_edit)
        self.form.addRow(self.tr("经办人"), self.staff_combo)
        self.fields.update({"method": self.method_combo, "reason": self.reason_edit, "staff": self.staff_combo})

        self.save_button.setText(self.tr("确认退卡"))
        self.save_button.setObjectName("confirmRefund")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)  # Enter must never refund by accident
        self.print_button = QPushButton(self.tr("打印结算单(&P)…"))
        self.print_button.setObjectName("printButton")
        self.pdf_button = QPushButton(self.tr("存为 PDF…"))
        self.pdf_button.setObjectName("pdfButton")
        for button in (self.print_button, self.pdf_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_document)
        self.pdf_button.clicked.connect(self.choose_pdf_file)
        # The calculation takes the spare height, not the gap above the buttons.
        self.layout().setStretch(1, 1)
        self.layout().setStretch(2, 0)
        self.method_combo.setFocus()

    @staticmethod
    def _view(package_id: int) -> PackageView:
        client_id = get_package(package_id).client_id
        return next(v for v in client_packages(client_id) if v.id == package_id)

    # --- the calculation --------------------------------------------------------------------
    def calculation_lines(self) -> list[str]:
        lines = self._calculation_lines()
        if self.quote.expired_on is not None:  # never for period cards: salon/ refuses those once their days are over
            lines.insert(len(lines) - 1, self.tr("卡已于 %1 到期；到期时未用完的部分仍属客户，照常退还")
                         .replace("%1", date_text(self.quote.expired_on)))
        return lines

    def _calculation_lines(self) -> list[str]:
        q = self.quote
        if q.kind == "count":
            lines = [
                self.tr("实付金额：%1 元，共 %2 次（含赠送）").replace("%1", amount_text(q.paid_fen))
                .replace("%2", str(q.sessions_granted)),
                self.tr("每次实际单价：%1 ÷ %2 = %3 元").replace("%1", amount_text(q.paid_fen))
                .replace("%2", str(q.sessions_granted)).replace("%3", amount_text(q.price_per_session_fen)),
                self.tr("已使用 %1 次，按实际单价计 %2 元").replace("%1", str(q.sessions_used))
                .replace("%2", amount_text(q.used_value_fen)),
            ]
            if q.list_price_fen and q.list_price_fen != q.price_per_session_fen:
                lines[-1] += self.tr("（不按项目原价 %1 元/次计算）").replace("%1", amount_text(q.list_price_fen))
            lines.append(self.tr("应退金额：%1 − %2 = %3 元").replace("%1", amount_text(q.paid_fen))
                         .replace("%2", amount_text(q.used_value_fen)).replace("%3", amount_text(q.refund_fen)))
            return lines
        if q.kind == "stored_value":
            return [
                self.tr("实付本金合计：%1 元").replace("%1", amount_text(q.paid_fen)),
                self.tr("已消费本金：%1 元（消费时本金与赠送金额按同比例扣减）")
                .replace("%1", amount_text(q.paid_fen - q.refund_fen)),
                self.tr("剩余本金：%1 元；剩余赠送金额 %2 元为赠送，不退")
                .replace("%1", amount_text(q.principal_left_fen)).replace("%2", amount_text(q.bonus_left_fen)),
                self.tr("应退金额：%1 元").replace("%1", amount_text(q.refund_fen)),
            ]
        starts = self.view.starts_on
        lines = [
            self.tr("实付金额：%1 元，购买的期限 %2 至 %3，共 %4 天").replace("%1", amount_text(q.paid_fen))
            .replace("%2", str(starts)).replace("%3", str(q.term_ends_on)).replace("%4", str(q.days_total)),
            self.tr("剩余 %1 天（自 %2 起计）").replace("%1", str(q.days_left))
            .replace("%2", str(max(self.today, starts))),
        ]
        if self.view.expires_on != q.term_ends_on:
            lines.append(self.tr("延期至 %1 的天数为赠送，不计入退款").replace("%1", date_text(self.view.expires_on)))
        if q.sessions_granted:
            lines.append(self.tr("限次卡：已用 %1 / %2 次，退款不超过未用次数的价值")
                         .replace("%1", str(q.sessions_used)).replace("%2", str(q.sessions_granted)))
            lines.append(self.tr("应退金额：%1 元").replace("%1", amount_text(q.refund_fen)))
        else:
            lines.append(self.tr("应退金额：%1 × %2 ÷ %3 = %4 元").replace("%1", amount_text(q.paid_fen))
                         .replace("%2", str(q.days_left)).replace("%3", str(q.days_total))
                         .replace("%4", amount_text(q.refund_fen)))
        return lines

    def document_html(self) -> str:
        """The refund statement as the client takes it home (also what the dialog shows)."""
        e = html.escape
        rows = "".join(f"<li style='margin:4px 0'>{e(line)}</li>" for line in self.calculation_lines())
        expires = date_text(self.view.expires_on) if self.view.expires_on else self.tr("长期有效")
        basis = self.tr("计算依据：最高人民法院《关于审理预付式消费民事纠纷案件适用法律若干问题的解释》"
                        "（法释〔2025〕4号）。已消费部分按客户实际支付的价格计算，不按原价。")
        facts = [
            (self.tr("客户"), self.client_name),
            (self.tr("卡项"), with_note(self.view.name, plan_kind_label(self.view.kind))),
            (self.tr("购卡日期"), date_text(self.view.sold_at)), (self.tr("有效期至"), expires),
            (self.tr("结算日期"), date_text(self.today)),
        ]
        fact_rows = "".join(f"<tr><td style='padding-right:12px'>{e(labelled(label))}</td>"
                            f"<td><b>{e(value)}</b></td></tr>" for label, value in facts)
        title, refund_word = self.tr("退卡结算单"), self.tr("应退金额")
        signature, counter = self.tr("客户签字"), self.tr("门店经办")
        return (
            f"{letterhead_html(title)}"
            f"<table cellspacing='2'>{fact_rows}</table>"
            f"<ol>{rows}</ol>"
            f"<p style='font-size:large'><b>{e(labelled(refund_word, money(self.quote.refund_fen)))}</b></p>"
            f"<p style='color:#555'>{e(basis)}</p>"
            f"<p><br>{e(labelled(signature, '________________'))} &nbsp;&nbsp;&nbsp;&nbsp; "
            f"{e(labelled(counter, '________________'))}</p>"
        )

    def text(self) -> str:
        """What the calculation shows, as plain text (for tests and copy)."""
        return self.calculation.toPlainText()

    # --- printing -----------------------------------------------------------------------------
    def print_document(self) -> None:
        print_html(self, self.document_html(), self.tr("打印退卡结算单"))

    def choose_pdf_file(self) -> Path | None:
        suggested = Path.home() / self.tr("退卡结算单-%1-%2.pdf").replace("%1", self.client_name).replace(
            "%2", str(self.today))
        return ask_and_write_pdf(self, self.document_html(), suggested, title=self.windowTitle(),
                                 caption=self.tr("存为 PDF"))

    # --- confirming ---------------------------------------------------------------------------
    def method(self) -> str:
        return self.method_combo.currentData()

    def accept(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("确认退卡"),
            self.tr("退给 %1 %2（%3），并关闭“%4”？退卡后不能撤销。").replace("%1", self.client_name)
            .replace("%2", money(self.quote.refund_fen)).replace("%3", payment_method_label(self.method()))
            .replace("%4", self.view.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        super().accept()

    def _save(self) -> int:
        refund_package(self.package_id, self.method(), reason=self.reason_edit.text(), today=self.today,
                       staff_id=self.staff_combo.currentData())
        self.save_button.setEnabled(False)
        return self.package_id
