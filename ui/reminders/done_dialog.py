"""完成: how the client was reached and what she said; for a follow-up, how her skin is and what comes next.
Saving records a contact in her history and the reminder does not come back."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from salon.reminders.actions import CHANNELS, Outcome, complete
from salon.reminders.items import Reminder
from ui.common.forms import FormDialog, plain_text_edit

_CHANNEL_WORDS = {"phone": "电话", "wechat": "微信", "sms": "短信", "in_person": "当面"}


class DoneDialog(FormDialog):
    def __init__(self, item: Reminder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderDoneDialog")
        self.item = item
        self.setWindowTitle(self.tr("完成：%1 · %2").replace("%1", item.client_name).replace("%2", item.title))
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channelCombo")
        for channel in CHANNELS:
            self.channel_combo.addItem(self.tr(_CHANNEL_WORDS[channel]), channel)
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
        self.save_button.setText(self.tr("完成"))
        self.note_edit.setFocus()

    def outcome(self) -> Outcome:
        return Outcome(self.channel_combo.currentData(), self.note_edit.toPlainText(), self.reaction_edit.text(),
                       self.satisfied_combo.currentData(), self.booked_check.isChecked())

    def _save(self) -> int:
        complete(self.item.key, self.item.client_id, self.item.kind, self.outcome())
        return self.item.client_id
