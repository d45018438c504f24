"""Asking before saving what a salon seldom means (salon.plausibility): the number in words, then Yes or No."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from salon.money import number_in_words, yuan_in_words
from salon.plausibility import Doubt
from salon.words import with_note
from ui.common.labels import amount_text


def _tr(text: str) -> str:
    """A word held in a variable; literal texts are written translate("confirm", …) so lupdate finds them."""
    return QCoreApplication.translate("confirm", text)


translate = QCoreApplication.translate


def doubt_text(doubt: Doubt) -> str:
    amount = with_note(f"¥{amount_text(doubt.amount_fen)}", yuan_in_words(doubt.amount_fen))
    if doubt.code == "amount_high":
        return (translate("confirm", "%1：%2，超过了提醒金额 ¥%3。").replace("%1", doubt.label).replace("%2", amount)
                .replace("%3", amount_text(doubt.limit_fen)))
    if doubt.code == "bonus_above_paid":
        return (translate("confirm", "赠送 %1，比实付的 ¥%2 还多。").replace("%1", amount)
                .replace("%2", amount_text(doubt.limit_fen)))
    if doubt.code == "quantity_high":
        return (translate("confirm", "%1 的数量是 %2（%3）。").replace("%1", doubt.label)
                .replace("%2", str(doubt.quantity))
                .replace("%3", number_in_words(doubt.quantity)))
    if doubt.code == "date_long_ago":
        return (translate("confirm", "到店日期 %1 是 %2 天以前。").replace("%1", doubt.label)
                .replace("%2", str(doubt.days)))
    return doubt.code


def confirm_doubts(parent: QWidget, doubts: list[Doubt], title: str) -> bool:
    """True when there is nothing to ask, or the user says the numbers are right; No is the default."""
    if not doubts:
        return True
    text = "\n".join(doubt_text(doubt) for doubt in doubts) + "\n\n" + translate("confirm", "确定没有输错吗？")
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
