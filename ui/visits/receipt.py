"""The receipt of a visit (小票): what was done, what each card paid and what is left on it, how the rest was paid.

Built as HTML from `salon.visits.visit_detail`, previewed in a dialog, printed through the system's print
dialog or written to a PDF the client can be sent.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from salon.visits.receipts import PackageMovement, VisitDetail, visit_detail
from salon.words import labelled, listing, with_note
from ui.common.documents import ask_and_write_pdf, letterhead_html, print_html, write_pdf
from ui.common.formats import date_text, datetime_text
from ui.common.labels import amount_text, payment_method_label

# A receipt printer roll is 80 mm wide; the PDF keeps that shape, long enough for a dozen lines.
RECEIPT_WIDTH_MM = 80.0
RECEIPT_HEIGHT_MM = 200.0


def _tr(text: str) -> str:
    """A word held in a variable; literal texts are written translate("receipt", …) so lupdate finds them."""
    return QCoreApplication.translate("receipt", text)


translate = QCoreApplication.translate


def movement_text(move: PackageMovement) -> str:
    """'清洁10次卡：本次扣 1 次，剩 10 次，有效期至 2027-02-28' — what the client asks about at the counter."""
    parts = []
    if move.kind == "stored_value":
        parts.append(translate("receipt", "本次支付 ¥%1").replace("%1", amount_text(move.amount_fen)))
        parts.append(translate("receipt", "余额 ¥%1").replace("%1", amount_text(move.balance_fen)))
    elif move.sessions_left is None:
        parts.append(translate("receipt", "本次使用 %1 次（不限次）").replace("%1", str(move.sessions_used)))
    else:
        parts.append(translate("receipt", "本次扣 %1 次").replace("%1", str(move.sessions_used)))
        parts.append(translate("receipt", "剩 %1 次").replace("%1", str(move.sessions_left)))
    if move.expires_on:
        parts.append(translate("receipt", "有效期至 %1").replace("%1", date_text(move.expires_on)))
    return labelled(move.package_name, translate("receipt", "，").join(parts))


def receipt_html(detail: VisitDetail, salon: str | None = None) -> str:
    """The receipt as HTML; `salon` overrides the name from the owner's settings."""
    cell = "padding:2px 4px"
    number = f"{cell};text-align:right"
    rows = []
    for line in detail.lines:
        paid_by = (translate("receipt", "卡扣：%1").replace("%1", line.package_name) if line.package_name
                   else amount_text(line.amount_fen))
        name = escape(line.name) + (f" ×{line.quantity}" if line.quantity > 1 else "")
        if line.discount_fen and not line.package_name:
            name += "<br><span style='color:#666'>" + escape(
                translate("receipt", "原价 %1，优惠 %2").replace("%1", amount_text(line.unit_price_fen * line.quantity))
                .replace("%2", amount_text(line.discount_fen))) + "</span>"
        rows.append(f"<tr><td style='{cell}'>{name}</td><td style='{number}'>{escape(paid_by)}</td></tr>")
    payments = [(payment_method_label(method), amount) for method, amount in detail.payments]
    stored = payment_method_label("stored_value")
    payments += [(with_note(stored, card), amount) for card, amount in detail.stored_value]
    payment_rows = "".join(
        f"<tr><td style='{cell}'>{escape(label)}</td><td style='{number}'>{amount_text(amount)}</td></tr>"
        for label, amount in payments)
    moves = "".join(f"<li>{escape(movement_text(move))}</li>" for move in detail.packages)
    when = datetime_text(detail.visited_at)
    void_word, corrected_word = translate("receipt", "已作废"), translate("receipt", "已更正（%1）")
    item_word, amount_word = translate("receipt", "项目/产品"), translate("receipt", "金额")
    due_word = translate("receipt", "应付")
    returned_word, moves_word = translate("receipt", "款项和卡内扣减已全部退回。"), translate("receipt", "卡内变动")
    thanks_word = translate("receipt", "谢谢惠顾，期待您再次光临")
    parts = [letterhead_html(translate("receipt", "消费小票"), salon)]
    if detail.status == "void":
        parts.append(f"<p style='color:#b00;font-weight:bold'>{escape(labelled(void_word, detail.void_reason))}</p>")
    elif detail.corrected_at is not None:
        parts.append(f"<p style='color:#a05a00'>{escape(corrected_word)}</p>"
                     .replace("%1", datetime_text(detail.corrected_at)))
    info = [(translate("receipt", "单号"), f"{detail.id:06d}"), (translate("receipt", "时间"), when),
            (translate("receipt", "客户"), detail.client_name)]
    if detail.therapist_names:
        info.append((translate("receipt", "美容师"), listing(detail.therapist_names)))
    parts.append("<table width='100%'>" + "".join(
        f"<tr><td style='color:#555;{cell}'>{escape(k)}</td><td style='{cell}'>{escape(v)}</td></tr>"
        for k, v in info) + "</table><hr>")
    parts.append(f"<table width='100%'><tr><th style='{cell};text-align:left'>{escape(item_word)}</th>"
                 f"<th style='{number}'>{escape(amount_word)}</th></tr>{''.join(rows)}</table><hr>")
    if detail.status == "void":
        parts.append(f"<p>{escape(returned_word)}</p>")
    else:
        parts.append(f"<table width='100%'><tr><td style='{cell}'><b>{escape(due_word)}</b></td>"
                     f"<td style='{number}'><b>¥{amount_text(detail.due_fen)}</b></td></tr>{payment_rows}</table>")
    if moves:
        parts.append(f"<hr><p style='margin:4px 0'><b>{escape(moves_word)}</b></p><ul style='margin:0'>"
                     f"{moves}</ul>")
    parts.append(f"<hr><p style='text-align:center;color:#555'>{escape(thanks_word)}</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


class ReceiptDialog(QDialog):
    """Preview with 打印 and 保存为 PDF."""

    def __init__(self, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit_id = visit_id
        self.detail = visit_detail(visit_id)
        self.setWindowTitle(self.tr("小票 — %1").replace("%1", self.detail.client_name))
        self.resize(420, 640)
        self.browser = QTextBrowser()
        self.browser.setObjectName("receiptPreview")
        self.browser.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("打印…"))
        self.pdf_button = QPushButton(self.tr("保存为 PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_receipt)
        self.pdf_button.clicked.connect(self.ask_and_save_pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def html(self) -> str:
        return receipt_html(self.detail)

    def text(self) -> str:
        return self.browser.toPlainText()

    def print_receipt(self) -> None:
        print_html(self, self.html())

    def save_pdf(self, path: str | Path) -> Path:
        return write_pdf(self.html(), path, layout=self._page_layout(), title=self.windowTitle())

    def _page_layout(self) -> QPageLayout:
        return QPageLayout(
            QPageSize(QSizeF(RECEIPT_WIDTH_MM, RECEIPT_HEIGHT_MM), QPageSize.Unit.Millimeter, self.tr("小票")),
            QPageLayout.Orientation.Portrait, QMarginsF(4, 4, 4, 4), QPageLayout.Unit.Millimeter)

    def default_pdf_name(self) -> str:
        word = self.tr("小票")
        return f"{word}_{self.detail.client_name}_{self.detail.visited_at:%Y-%m-%d}_{self.visit_id}.pdf"

    def ask_and_save_pdf(self) -> Path | None:
        return ask_and_write_pdf(self, self.html(), Path.home() / self.default_pdf_name(),
                                 layout=self._page_layout(), title=self.windowTitle())
