"""设置: the salon's own settings (salon.settings), kept in its database so every till agrees."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QTabWidget, QWidget

from salon.money import parse_yuan
from salon.settings import (
    COMMISSION_ON_LIST,
    COMMISSION_ON_PAID,
    TEXT_LIMITS,
    SalonSettings,
    load_settings,
    save_settings,
)
from ui.common.forms import FormDialog, plain_text_edit
from ui.common.labels import money_input
from ui.common.style import set_role


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
        self.abc_spins = {}
        for field, value in (("abc_a_percent", settings.abc_a_percent), ("abc_b_percent", settings.abc_b_percent)):
            spin = self.abc_spins[field] = QSpinBox()
            spin.setObjectName(field)
            spin.setRange(1, 100)
            spin.setSuffix(" %")
            spin.setValue(value)
        hint = QLabel(self.tr("用卡做的项目怎么算提成；只影响以后登记的到店记录。"))
        set_role(hint, "hint")
        hint.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        salon_form = self._tab(self.tr("门店与金额"))
        salon_form.addRow(self.tr("店名"), self.name_edit)
        salon_form.addRow(self.tr("地址"), self.address_edit)
        salon_form.addRow(self.tr("电话"), self.phone_edit)
        salon_form.addRow(self.tr("超过此金额先确认（元）"), self.ceiling_edit)
        salon_form.addRow(self.tr("卡扣提成"), self.commission_combo)
        salon_form.addRow("", hint)
        salon_form.addRow(self.tr("报表 A 类客户：消费累计到"), self.abc_spins["abc_a_percent"])
        salon_form.addRow(self.tr("报表 B 类客户：消费累计到"), self.abc_spins["abc_b_percent"])
        self._build_reminder_tab(settings)
        # This computer's own preference (QSettings), not the salon's: each till may lock after its own while.
        from ui.access import DEFAULT_LOCK_MINUTES, LOCK_MINUTES_SETTING

        self.lock_spin = QSpinBox()
        self.lock_spin.setObjectName("lockMinutes")
        self.lock_spin.setRange(0, 240)
        self.lock_spin.setSuffix(self.tr(" 分钟"))
        self.lock_spin.setSpecialValueText(self.tr("不自动锁定"))
        self.lock_spin.setValue(QSettings().value(LOCK_MINUTES_SETTING, DEFAULT_LOCK_MINUTES, type=int))
        self._lock_setting = LOCK_MINUTES_SETTING
        safety_form = self._tab(self.tr("本机"))
        safety_form.addRow(self.tr("无人操作多久后自动锁定"), self.lock_spin)
        self._build_language_row(safety_form)
        self.form.addRow(self.tabs)
        self.fields.update({"salon_name": self.name_edit, "salon_address": self.address_edit,
                            "salon_phone": self.phone_edit, "confirm_above_fen": self.ceiling_edit,
                            "card_low_balance_fen": self.low_balance_edit, "holidays": self.holidays_edit,
                            **self.day_spins, **self.abc_spins})
        self.name_edit.setFocus()

    def _build_language_row(self, form: QFormLayout) -> None:
        """This computer's language: the window is built with its words, so a change applies at the next start."""
        from ui.language import language_names, saved_language

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for language, name in language_names().items():
            self.language_combo.addItem(name, language)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(saved_language())))
        note = QLabel(self.tr("更改语言后，下次启动客情管家时生效。"))
        note.setStyleSheet("color:#666")
        note.setWordWrap(True)
        form.addRow(self.tr("语言"), self.language_combo)
        form.addRow("", note)

    def _tab(self, title: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        self.tabs.addTab(page, title)
        return form

    def _build_reminder_tab(self, settings: SalonSettings) -> None:
        """The windows and thresholds of the 提醒 list, the holidays and the greeting templates."""
        form = self._tab(self.tr("提醒"))
        self.day_spins: dict[str, QSpinBox] = {}
        for field, label, suffix in (
                ("lapse_due_days_over", self.tr("常客超过平时间隔多少天算该回访"), self.tr(" 天")),
                ("lapse_risk_days_over", self.tr("超过多少天算流失风险"), self.tr(" 天")),
                ("lapse_floor_days", self.tr("来店不到三次的客户，多少天没来就回访"), self.tr(" 天")),
                ("one_time_call_days", self.tr("第一次来店后几天问问感受"), self.tr(" 天")),
                ("card_low_sessions", self.tr("次卡剩几次提醒续卡"), self.tr(" 次")),
                ("card_expiry_window_days", self.tr("卡在多少天内到期就提醒"), self.tr(" 天")),
                ("card_unused_days", self.tr("卡多少天没用就提醒"), self.tr(" 天"))):
            spin = QSpinBox()
            spin.setObjectName(field)
            spin.setRange(0, 3660)
            spin.setSuffix(suffix)
            spin.setValue(getattr(settings, field))
            form.addRow(label, spin)
            self.day_spins[field] = spin
        self.low_balance_edit = QLineEdit(money_input(settings.card_low_balance_fen))
        self.low_balance_edit.setObjectName("cardLowBalance")
        form.addRow(self.tr("储值卡余额低于多少元提醒"), self.low_balance_edit)
        self.holidays_edit = plain_text_edit(self.tr("一行一个：名称|lunar:8-15 或 名称|solar:3-8"), 5)
        self.holidays_edit.setObjectName("holidaysEdit")
        self.holidays_edit.setPlainText(settings.holidays)
        form.addRow(self.tr("节日"), self.holidays_edit)
        self.greetings_edit = plain_text_edit(self.tr("一行一条，可用 {name} {holiday} {therapist} {interest}"), 4)
        self.greetings_edit.setObjectName("greetingsEdit")
        self.greetings_edit.setPlainText(settings.greetings)
        form.addRow(self.tr("节日问候语"), self.greetings_edit)
        self.birthday_edit = plain_text_edit(self.tr("一行一条，可用 {name} {therapist} {interest}"), 3)
        self.birthday_edit.setObjectName("birthdayGreetingsEdit")
        self.birthday_edit.setPlainText(settings.birthday_greetings)
        form.addRow(self.tr("生日祝福语"), self.birthday_edit)

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
            card_low_balance_fen=parse_yuan(self.low_balance_edit.text(), "card_low_balance_fen"),
            holidays=self.holidays_edit.toPlainText(), greetings=self.greetings_edit.toPlainText(),
            birthday_greetings=self.birthday_edit.toPlainText(),
            **{field: spin.value() for field, spin in (*self.day_spins.items(), *self.abc_spins.items())},
        )

    def _save(self) -> int:
        save_settings(self.settings())
        QSettings().setValue(self._lock_setting, self.lock_spin.value())
        from ui.language import save_language

        save_language(self.language_combo.currentData())
        return 0
