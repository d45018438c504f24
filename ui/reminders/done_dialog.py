"""完成: how the client was reached and what she said; for a follow-up, how her skin is and what comes next.
Saving records a contact in her history and the reminder does not come back."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget

from salon.money import parse_yuan
from salon.reminders.actions import CHANNELS, Outcome, channel_word, complete
from salon.reminders.items import Reminder
from salon.reminders.logs import log_complaint, suggest_gift
from ui.common.forms import FormDialog, plain_text_edit


class DoneDialog(FormDialog):
    def __init__(self, item: Reminder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderDoneDialog")
        self.item = item
        self.setWindowTitle(self.tr("完成：%1 · %2").replace("%1", item.client_name).replace("%2", item.title))
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channelCombo")
        for channel in CHANNELS:
            self.channel_combo.addItem(channel_word(channel), channel)
        if item.draft:
            self.channel_combo.setCurrentIndex(CHANNELS.index("wechat"))  # greetings go out by WeChat
        self.note_edit = plain_text_edit(self.tr("说了什么、她怎么说"))
        self.note_edit.setObjectName("contactNote")
        self.form.addRow(self.tr("方式"), self.channel_combo)
        self.reaction_edit = QLineEdit()
        self.reaction_edit.setObjectName("skinReaction")
        self.reaction_edit.setPlaceholderText(self.tr("如：轻微泛红已退，补水后紧绷感减轻"))
        self.satisfied_combo = QComboBox()
        self.satisfied_combo.setObjectName("satisfiedCombo")
        for text, value in ((self.tr("未问"), None), (self.tr("满意"), True), (self.tr("不满意"), False)):
            self.satisfied_combo.addItem(text, value)
        self.booked_check = QCheckBox(self.tr("已约好下次到店"))
        self.booked_check.setObjectName("nextBooked")
        if item.kind in ("followup", "complaint"):
            self.form.addRow(self.tr("皮肤反应"), self.reaction_edit)
            self.form.addRow(self.tr("满意吗"), self.satisfied_combo)
            self.form.addRow("", self.booked_check)
        self.form.addRow(self.tr("备注"), self.note_edit)
        self.gift_edit = QLineEdit()
        self.gift_edit.setObjectName("giftEdit")
        self.gift_cost_edit = QLineEdit()
        self.gift_cost_edit.setObjectName("giftCost")
        self.gift_cost_edit.setPlaceholderText(self.tr("成本，元；可不填"))
        if item.kind in ("birthday", "card", "event", "holiday", "complaint"):
            # A thank-you or an apology: the idea skips the gift she got last time.
            idea = suggest_gift(item.client_id)
            self.gift_edit.setPlaceholderText(self.tr("送了礼物就写上，如：%1").replace("%1", idea))
            self.form.addRow(self.tr("礼物"), self.gift_edit)
            self.form.addRow(self.tr("礼物成本"), self.gift_cost_edit)
        self.resolution_edit = QLineEdit()
        self.resolution_edit.setObjectName("resolutionEdit")
        if item.key.startswith("complaint:"):
            self.resolution_edit.setPlaceholderText(self.tr("怎么解决的，如：退还面膜费用并送一次舒缓护理"))
            self.form.addRow(self.tr("解决办法 *"), self.resolution_edit)
            self.fields["resolution"] = self.resolution_edit
        self.fields.update({"gift": self.gift_edit, "cost": self.gift_cost_edit})
        self.save_button.setText(self.tr("完成"))
        self.note_edit.setFocus()

    def outcome(self) -> Outcome:
        return Outcome(self.channel_combo.currentData(), self.note_edit.toPlainText(), self.reaction_edit.text(),
                       self.satisfied_combo.currentData(), self.booked_check.isChecked(), self.gift_edit.text(),
                       parse_yuan(self.gift_cost_edit.text(), "cost", allow_empty=True), self.resolution_edit.text())

    def _save(self) -> int:
        complete(self.item.key, self.item.client_id, self.item.kind, self.outcome())
        return self.item.client_id


class ComplaintDialog(FormDialog):
    """登记投诉: what the client complained about; it stays a reminder until it is resolved."""

    def __init__(self, client_id: int, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintDialog")
        self.client_id = client_id
        self.setWindowTitle(self.tr("登记投诉：%1").replace("%1", client_name))
        self.received_edit = QDateEdit(QDate.currentDate())
        self.received_edit.setObjectName("complaintReceived")
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("yyyy-MM-dd")
        self.received_edit.setMaximumDate(QDate.currentDate())
        self.what_edit = plain_text_edit(self.tr("她不满意什么、希望怎么处理"))
        self.what_edit.setObjectName("complaintWhat")
        self.form.addRow(self.tr("收到日期"), self.received_edit)
        self.form.addRow(self.tr("投诉内容 *"), self.what_edit)
        self.fields["what"] = self.what_edit
        self.what_edit.setFocus()

    def _save(self) -> int:
        return log_complaint(self.client_id, self.received_edit.date().toPython(), self.what_edit.toPlainText()).id
