"""延期/激活: a later last day for a card; an expired card gets back what its expiry took (salon.packages).

Expiry does not forfeit what the client paid for, so the counter can bring an expired card back to life
(or refund it, in ui/refund_dialog). The dialog shows what will come back before the owner confirms.
"""
from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from salon.dates import as_date
from salon.errors import ValidationError
from salon.packages.expiry import held_by_expiry, reactivate_package
from salon.packages.ledger import get_package
from ui.common.formats import date_text
from ui.common.forms import FormDialog
from ui.common.labels import left_text
from ui.common.messages import error_text
from ui.packages.dialogs import package_header, staff_combo


class ExtendDialog(FormDialog):
    def __init__(self, package_id: int, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.package_id = package_id
        self.today = today or date.today()
        package = get_package(package_id)
        self.old_last_day = as_date(package.expires_on) if package.expires_on else None
        self.expired = package.status == "expired"
        title = self.tr("激活 – %1") if self.expired else self.tr("延期 – %1")
        self.setWindowTitle(title.replace("%1", package.name))
        self.save_button.setText(self.tr("确认激活") if self.expired else self.tr("确认延期"))

        self.header_label = QLabel(package_header(package))
        self.header_label.setObjectName("packageHeader")
        self.form.addRow(self.header_label)
        old_text = date_text(self.old_last_day) if self.old_last_day else self.tr("长期有效")
        if self.old_last_day is not None and self.old_last_day < self.today:
            old_text += self.tr("（已过期）")
        self.old_label = QLabel(old_text)
        self.old_label.setObjectName("oldExpiry")
        self.form.addRow(self.tr("原到期日"), self.old_label)
        if self.expired:
            sessions, principal, bonus = held_by_expiry(package_id)
            if package.kind == "stored_value" and (principal or bonus):
                comes_back = left_text(package.kind, None, principal, bonus)
            elif sessions:
                comes_back = self.tr("%1 次").replace("%1", str(sessions))
            elif package.kind == "period" and package.sessions_left is None:
                comes_back = self.tr("不限次，可继续使用")
            else:
                comes_back = self.tr("无（过期时已用完）")
            self.restore_label = QLabel(html.escape(comes_back))
            self.restore_label.setObjectName("restoreLabel")
            self.form.addRow(self.tr("激活后恢复"), self.restore_label)

        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("expiryEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        base = max(self.today, self.old_last_day) if self.old_last_day else self.today
        self.base = QDate(base.year, base.month, base.day)
        # The domain wants a day after the old one and not already gone.
        earliest = max(self.today, self.old_last_day + timedelta(days=1)) if self.old_last_day else self.today
        self.date_edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.date_edit.setDate(self.base.addMonths(1))
        quick = QHBoxLayout()
        quick.setContentsMargins(0, 0, 0, 0)
        quick.addWidget(self.date_edit, 1)
        self.quick_buttons: list[QPushButton] = []
        for text, months in ((self.tr("+1 个月"), 1), (self.tr("+3 个月"), 3), (self.tr("+1 年"), 12)):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, m=months: self.date_edit.setDate(self.base.addMonths(m)))
            quick.addWidget(button)
            self.quick_buttons.append(button)
        quick_widget = QWidget()
        quick_widget.setLayout(quick)
        self.form.addRow(self.tr("新的到期日"), quick_widget)

        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("如：客户住院、店内装修停业补偿（选填）"))
        self.form.addRow(self.tr("原因"), self.reason_edit)
        self.staff_combo = staff_combo(self.tr("未指定"))
        self.staff_combo.setObjectName("staffCombo")
        self.form.addRow(self.tr("经办人"), self.staff_combo)
        self.fields.update({"expires_on": self.date_edit, "reason": self.reason_edit, "staff": self.staff_combo})
        self.date_edit.setFocus()

    def new_last_day(self) -> date:
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())

    def _save(self) -> int:
        if (get_package(self.package_id).status == "expired") != self.expired:
            # The midnight sweep ran while the dialog was open: what it said would come back no longer holds.
            raise ValidationError("package_changed", self.tr("这张卡刚刚到期了，请关闭后重新打开。"),
                                  field="expires_on")
        reactivate_package(self.package_id, self.new_last_day(), reason=self.reason_edit.text(),
                           staff_id=self.staff_combo.currentData())
        self.save_button.setEnabled(False)
        return self.package_id

    def _message(self, error: ValidationError) -> str:
        if error.code == "package_changed":
            return self.tr("这张卡刚刚到期了，请关闭后重新打开“延期/激活”，确认激活后恢复的内容。")
        return error_text(error)
