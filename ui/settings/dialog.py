"""设置: the salon's own settings (salon.settings), kept in its database so every till agrees."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from salon.money import parse_yuan
from salon.settings import (
    COMMISSION_ON_LIST,
    COMMISSION_ON_PAID,
    TEXT_LIMITS,
    SalonSettings,
    load_settings,
    save_settings,
)
from ui.common.forms import FormDialog
from ui.common.labels import money_input


class SettingsDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("设置"))
        settings = load_settings()
        self.name_edit = self._line(settings.salon_name, "salon_name",
                                    self.tr("印在小票和退卡结算单上，如：丽人美容会所"))
        self.address_edit = self._line(settings.salon_address, "salon_address", self.tr("如：西湖区文三路 152 号"))
        self.phone_edit = self._line(settings.salon_phone, "salon_phone", self.tr("如：0571-8888 6666"))
        self.ceiling_edit = QLineEdit(money_input(settings.confirm_above_fen))
        self.ceiling_edit.setObjectName("confirmAboveEdit")
        self.commission_combo = QComboBox()
        self.commission_combo.setObjectName("commissionPolicy")
        self.commission_combo.addItem(self.tr("按客户实付的每次单价（耗卡价）"), COMMISSION_ON_PAID)
        self.commission_combo.addItem(self.tr("按项目原价"), COMMISSION_ON_LIST)
        self.commission_combo.setCurrentIndex(self.commission_combo.findData(settings.commission_on_cards))
        hint = QLabel(self.tr("用卡做的项目怎么算提成；只影响以后登记的到店记录。"))
        hint.setStyleSheet("color:#666")
        hint.setWordWrap(True)
        self.form.addRow(self.tr("店名"), self.name_edit)
        self.form.addRow(self.tr("地址"), self.address_edit)
        self.form.addRow(self.tr("电话"), self.phone_edit)
        self.form.addRow(self.tr("超过此金额先确认（元）"), self.ceiling_edit)
        self.form.addRow(self.tr("卡扣提成"), self.commission_combo)
        self.form.addRow("", hint)
        self.fields.update({"salon_name": self.name_edit, "salon_address": self.address_edit,
                            "salon_phone": self.phone_edit, "confirm_above_fen": self.ceiling_edit})
        self.name_edit.setFocus()

    def _line(self, text: str, field: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(field)
        edit.setMaxLength(TEXT_LIMITS[field])  # the rule's limit: nothing longer can be typed
        edit.setPlaceholderText(placeholder)
        return edit

    def settings(self) -> SalonSettings:
        return SalonSettings(
            salon_name=self.name_edit.text(), salon_address=self.address_edit.text(),
            salon_phone=self.phone_edit.text(), commission_on_cards=self.commission_combo.currentData(),
            confirm_above_fen=parse_yuan(self.ceiling_edit.text(), "confirm_above_fen"),
        )

    def _save(self) -> int:
        save_settings(self.settings())
        return 0
