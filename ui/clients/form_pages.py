"""The five tabs of the client file (基本信息 · 皮肤与健康 · 偏好与联系 · 家庭与纪念日 · 备注) and the mapping
between their widgets and `salon.clients.profiles.ClientInput`.

`ClientFilePages` is the half of `ui.clients.form.ClientDialog` that lays the form out; the dialog keeps
saving, errors, duplicate phones and the cards and history pages. It expects from the dialog `tabs`,
`client_id`, `_phone_timers`, `check_duplicate_phone` and `_on_link_activated`.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salon.clients import choices
from salon.clients.profiles import MAX_NAME_LENGTH, ClientInput
from salon.errors import NotFoundError
from salon.staff import get_staff, list_staff
from ui.clients.birthday_edit import BirthdayEdit
from ui.clients.choice_edit import ChoiceCombo, ChoiceWithOther
from ui.clients.family_editor import EventEditor, FamilyEditor
from ui.clients.skin_concerns import SkinConcernsEdit
from ui.common.client_picker import ClientPicker
from ui.common.forms import form_layout, hug, plain_text_edit, suggestion_combo
from ui.common.messages import choice_label
from ui.common.style import WARNING, set_role

PHONE_CHECK_DELAY_MS = 300


translate = QCoreApplication.translate  # a base class: lupdate files its texts under its own name


class ClientFilePages:
    """Builds the client file's tabs into `self.tabs` and reads/writes them as a ClientInput."""

    # ------------------------------------------------------------------ building the tabs
    def _add_page(self, content: QWidget, title: str) -> QScrollArea:
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.tabs.addTab(scroll, title)
        return scroll

    def _build_basic(self) -> QWidget:
        page = QWidget()
        form = form_layout(page)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(translate("ClientFilePages", "必填"))
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)  # the rule's own limit
        name_label = QLabel(translate("ClientFilePages", "姓名") + " <span style='color:#c0392b'>*</span>")
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)

        self.gender_combo = ChoiceCombo(choices.GENDERS, translate("ClientFilePages", "未填"))
        hug(self.gender_combo, 120)
        self.gender_combo.setObjectName("genderCombo")
        form.addRow(translate("ClientFilePages", "性别"), self.gender_combo)

        self.phone_edit, self.phone_warning = self._phone_row(form, "phone", translate("ClientFilePages", "手机"),
                                                              translate("ClientFilePages", "如：138 1234 5678"))
        self.phone2_edit, self.phone2_warning = self._phone_row(
            form, "phone2", translate("ClientFilePages", "备用电话"),
            translate("ClientFilePages", "另一个手机或座机，可不填"))
        self.wechat_edit = QLineEdit()
        self.wechat_edit.setObjectName("wechatEdit")
        self.wechat_edit.setPlaceholderText(translate("ClientFilePages", "微信号或昵称"))
        form.addRow(translate("ClientFilePages", "微信"), self.wechat_edit)

        self.birthday_edit = BirthdayEdit()
        self.birthday_edit.setObjectName("birthdayEdit")
        form.addRow(translate("ClientFilePages", "生日"), self.birthday_edit)

        self.occupation_edit = QLineEdit()
        self.occupation_edit.setObjectName("occupationEdit")
        form.addRow(translate("ClientFilePages", "职业"), self.occupation_edit)
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("addressEdit")
        form.addRow(translate("ClientFilePages", "住址"), self.address_edit)
        self.community_edit = QLineEdit()
        self.community_edit.setObjectName("communityEdit")
        self.community_edit.setPlaceholderText(translate("ClientFilePages", "所在社区或小区"))
        form.addRow(translate("ClientFilePages", "社区"), self.community_edit)

        self.referral_source = ChoiceWithOther(choices.REFERRAL_SOURCES, translate("ClientFilePages", "未填"),
                                               translate("ClientFilePages", "其他来源"))
        self.referral_source.setObjectName("referralSource")
        form.addRow(translate("ClientFilePages", "客户来源"), self.referral_source)
        self.referrer_picker = ClientPicker(exclude_client_id=self.client_id)
        self.referrer_picker.setObjectName("referrerPicker")
        self.referrer_picker.client_changed.connect(self._on_referrer_chosen)
        form.addRow(translate("ClientFilePages", "介绍人"), self.referrer_picker)

        self.therapist_combo = QComboBox()
        hug(self.therapist_combo, 120)
        self.therapist_combo.setObjectName("therapistCombo")
        form.addRow(translate("ClientFilePages", "专属美容师"), self.therapist_combo)
        return page

    def _phone_row(self, form: QFormLayout, field: str, label: str,
                   placeholder: str) -> tuple[QLineEdit, QLabel]:
        edit = QLineEdit()
        edit.setObjectName(f"{field}Edit")
        edit.setPlaceholderText(placeholder)
        warning = QLabel()
        warning.setObjectName(f"{field}Warning")
        warning.setTextFormat(Qt.TextFormat.RichText)
        set_role(warning, WARNING)
        warning.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        warning.setOpenExternalLinks(False)
        warning.linkActivated.connect(self._on_link_activated)
        warning.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(warning)
        box.setFocusProxy(edit)
        form.addRow(label, box)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(PHONE_CHECK_DELAY_MS)
        timer.timeout.connect(lambda: self.check_duplicate_phone(field))
        self._phone_timers[field] = timer
        edit.textChanged.connect(timer.start)
        edit.editingFinished.connect(lambda: self.check_duplicate_phone(field))
        return edit, warning

    def _build_skin(self) -> QWidget:
        page = QWidget()
        form = form_layout(page)
        self.skin_type = ChoiceWithOther(choices.SKIN_TYPES, translate("ClientFilePages", "未填"),
                                         translate("ClientFilePages", "其他肤质"))
        self.skin_type.setObjectName("skinType")
        form.addRow(translate("ClientFilePages", "肤质"), self.skin_type)

        # Skin and health notes are sensitive personal information (PIPL): optional, and kept only with her
        # separate consent, recorded with the date and who took it (salon.clients.profiles.record_consent).
        self.sensitive_consent = QCheckBox(
            translate("ClientFilePages", "客户已单独同意记录以下皮肤和健康信息（敏感个人信息，均为选填）"))
        self.sensitive_consent.setObjectName("sensitiveConsent")
        form.addRow(self.sensitive_consent)
        concerns_box = QGroupBox(translate("ClientFilePages", "皮肤问题及现状（选填）"))
        self.skin_concerns = SkinConcernsEdit()
        self.skin_concerns.setObjectName("skinConcerns")
        QVBoxLayout(concerns_box).addWidget(self.skin_concerns)
        form.addRow(concerns_box)

        self.allergies_edit = plain_text_edit(translate("ClientFilePages", "如：对酒精、果酸过敏"), 2)
        self.allergies_edit.setObjectName("allergiesEdit")
        form.addRow(translate("ClientFilePages", "过敏（选填）"), self.allergies_edit)
        self.contraindications_edit = plain_text_edit(translate("ClientFilePages", "如：孕期、近期做过医美、皮肤破损"),
                                                      2)
        self.contraindications_edit.setObjectName("contraindicationsEdit")
        form.addRow(translate("ClientFilePages", "禁忌（选填）"), self.contraindications_edit)
        return page

    def _build_preferences(self) -> QWidget:
        page = QWidget()
        form = form_layout(page)
        self.pressure_combo = suggestion_combo(
            [translate("ClientFilePages", "轻"), translate("ClientFilePages", "适中"),
             translate("ClientFilePages", "重")], translate("ClientFilePages", "按摩力度"))
        self.pressure_combo.setObjectName("pressureCombo")
        form.addRow(translate("ClientFilePages", "力度"), self.pressure_combo)
        self.room_temperature_combo = suggestion_combo(
            [translate("ClientFilePages", "偏凉"), translate("ClientFilePages", "适中"),
             translate("ClientFilePages", "偏暖")], translate("ClientFilePages", "房间温度"))
        self.room_temperature_combo.setObjectName("roomTemperatureCombo")
        form.addRow(translate("ClientFilePages", "室温"), self.room_temperature_combo)
        self.drink_combo = suggestion_combo(
            [translate("ClientFilePages", "温水"), translate("ClientFilePages", "花茶"),
             translate("ClientFilePages", "红茶"), translate("ClientFilePages", "柠檬水"),
             translate("ClientFilePages", "不需要")],
            translate("ClientFilePages", "喜欢的饮品"))
        self.drink_combo.setObjectName("drinkCombo")
        form.addRow(translate("ClientFilePages", "饮品"), self.drink_combo)
        self.music_combo = suggestion_combo(
            [translate("ClientFilePages", "轻音乐"), translate("ClientFilePages", "古典"),
             translate("ClientFilePages", "流行"), translate("ClientFilePages", "不要音乐")],
            translate("ClientFilePages", "背景音乐"))
        self.music_combo.setObjectName("musicCombo")
        form.addRow(translate("ClientFilePages", "音乐"), self.music_combo)
        self.conversation_combo = ChoiceCombo(choices.CONVERSATION, translate("ClientFilePages", "未填"))
        hug(self.conversation_combo, 120)
        self.conversation_combo.setObjectName("conversationCombo")
        form.addRow(translate("ClientFilePages", "聊天"), self.conversation_combo)
        self.preferred_therapist_combo = QComboBox()
        hug(self.preferred_therapist_combo, 120)
        self.preferred_therapist_combo.setObjectName("preferredTherapistCombo")
        form.addRow(translate("ClientFilePages", "喜欢的美容师"), self.preferred_therapist_combo)
        self.interests_edit = QLineEdit()
        self.interests_edit.setObjectName("interestsEdit")
        self.interests_edit.setPlaceholderText(translate("ClientFilePages", "如：瑜伽、烘焙、旅行"))
        form.addRow(translate("ClientFilePages", "兴趣爱好"), self.interests_edit)

        self.contact_channel = ChoiceWithOther(choices.CONTACT_CHANNELS, translate("ClientFilePages", "未填"),
                                               translate("ClientFilePages", "其他联系方式"))
        self.contact_channel.setObjectName("contactChannel")
        form.addRow(translate("ClientFilePages", "联系方式"), self.contact_channel)
        self.best_time_edit = QLineEdit()
        self.best_time_edit.setObjectName("bestTimeEdit")
        self.best_time_edit.setPlaceholderText(translate("ClientFilePages", "如：工作日晚上 7 点后"))
        form.addRow(translate("ClientFilePages", "方便联系时间"), self.best_time_edit)
        self.do_not_contact_check = QCheckBox(translate("ClientFilePages", "请勿打扰（不主动联系）"))
        self.do_not_contact_check.setObjectName("doNotContactCheck")
        form.addRow("", self.do_not_contact_check)
        self.marketing_consent_check = QCheckBox(translate("ClientFilePages", "同意接收优惠和活动信息"))
        self.marketing_consent_check.setObjectName("marketingConsentCheck")
        form.addRow("", self.marketing_consent_check)
        self.goals_edit = plain_text_edit(translate("ClientFilePages", "如：淡化色斑，婚礼前皮肤状态更好"), 3)
        self.goals_edit.setObjectName("goalsEdit")
        form.addRow(translate("ClientFilePages", "目标与期望"), self.goals_edit)
        return page

    def _build_family(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        family_box = QGroupBox(translate("ClientFilePages", "家庭成员"))
        self.family_editor = FamilyEditor()
        QVBoxLayout(family_box).addWidget(self.family_editor)
        events_box = QGroupBox(translate("ClientFilePages", "纪念日与重要事件"))
        self.event_editor = EventEditor()
        QVBoxLayout(events_box).addWidget(self.event_editor)
        column.addWidget(family_box, 3)
        column.addWidget(events_box, 2)
        return page

    def _build_notes(self) -> QWidget:
        page = QWidget()
        form = form_layout(page, fill=True)
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("tagsEdit")
        self.tags_edit.setPlaceholderText(translate("ClientFilePages", "用逗号或空格分隔，如：贵宾，敏感肌"))
        form.addRow(translate("ClientFilePages", "标签"), self.tags_edit)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setPlaceholderText(translate("ClientFilePages", "其他需要记住的事"))
        self.notes_edit.setTabChangesFocus(True)
        form.addRow(translate("ClientFilePages", "备注"), self.notes_edit)
        return page

    def _fill_staff_combos(self, therapist_id: int | None, preferred_id: int | None) -> None:
        """Active staff; a stored therapist who has since left is still shown (and kept)."""
        staff = list_staff(active_only=True)
        for combo, none_text, current in (
            (self.therapist_combo, translate("ClientFilePages", "未分配"), therapist_id),
            (self.preferred_therapist_combo, translate("ClientFilePages", "不指定"), preferred_id),
        ):
            combo.clear()
            combo.addItem(none_text, None)
            for member in staff:
                combo.addItem(self._staff_label(member.name, member.role), member.id)
            if current is not None and combo.findData(current) < 0:
                try:
                    member = get_staff(current)
                except NotFoundError:
                    pass
                else:
                    combo.addItem(translate("ClientFilePages", "%1（已停用）").replace("%1", member.name), current)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _staff_label(self, name: str, role: str) -> str:
        if role == "therapist":
            return name
        role_text = choice_label(choices.ROLES.get(role, role))
        return translate("ClientFilePages", "%1（%2）").replace("%1", name).replace("%2", role_text)

    # ------------------------------------------------------------------ form <-> ClientInput
    def client_input(self) -> ClientInput:
        """What the form holds now, as salon's input (not yet validated)."""
        return ClientInput(
            name=self.name_edit.text(),
            gender=self.gender_combo.value(),
            phone=self.phone_edit.text(),
            phone2=self.phone2_edit.text(),
            wechat=self.wechat_edit.text(),
            birthday=self.birthday_edit.value(),
            address=self.address_edit.text(),
            community=self.community_edit.text(),
            occupation=self.occupation_edit.text(),
            interests=self.interests_edit.text(),
            skin_type=self.skin_type.value(),
            skin_concerns=self.skin_concerns.value(),
            allergies=self.allergies_edit.toPlainText(),
            contraindications=self.contraindications_edit.toPlainText(),
            sensitive_consent=self.sensitive_consent.isChecked(),
            pref_pressure=self.pressure_combo.currentText(),
            pref_room_temperature=self.room_temperature_combo.currentText(),
            pref_drink=self.drink_combo.currentText(),
            pref_music=self.music_combo.currentText(),
            pref_conversation=self.conversation_combo.value(),
            preferred_therapist_id=self.preferred_therapist_combo.currentData(),
            contact_channel=self.contact_channel.value(),
            contact_best_time=self.best_time_edit.text(),
            do_not_contact=self.do_not_contact_check.isChecked(),
            goals=self.goals_edit.toPlainText(),
            referral_source=self.referral_source.value(),
            referred_by_id=self.referrer_picker.client_id(),
            tags=self.tags_edit.text(),
            notes=self.notes_edit.toPlainText(),
            marketing_consent=self.marketing_consent_check.isChecked(),
            therapist_id=self.therapist_combo.currentData(),
            family=self.family_editor.value(),
            events=self.event_editor.value(),
        )

    def set_client_input(self, data: ClientInput) -> None:
        self.name_edit.setText(data.name)
        self.gender_combo.set_value(data.gender)
        self.phone_edit.setText(data.phone)
        self.phone2_edit.setText(data.phone2)
        self.wechat_edit.setText(data.wechat)
        self.birthday_edit.set_value(data.birthday)
        self.address_edit.setText(data.address)
        self.community_edit.setText(data.community)
        self.occupation_edit.setText(data.occupation)
        self.interests_edit.setText(data.interests)
        self.skin_type.set_value(data.skin_type)
        self.skin_concerns.set_value(data.skin_concerns)
        self.allergies_edit.setPlainText(data.allergies)
        self.contraindications_edit.setPlainText(data.contraindications)
        self.sensitive_consent.setChecked(data.sensitive_consent)
        for combo, value in ((self.pressure_combo, data.pref_pressure),
                             (self.room_temperature_combo, data.pref_room_temperature),
                             (self.drink_combo, data.pref_drink), (self.music_combo, data.pref_music)):
            combo.setCurrentIndex(-1)
            combo.setEditText(value)
        self.conversation_combo.set_value(data.pref_conversation)
        self.contact_channel.set_value(data.contact_channel)
        self.best_time_edit.setText(data.contact_best_time)
        self.do_not_contact_check.setChecked(data.do_not_contact)
        self.goals_edit.setPlainText(data.goals)
        self.referral_source.set_value(data.referral_source)
        self.referrer_picker.set_client_id(data.referred_by_id)
        self.tags_edit.setText(data.tags)
        self.notes_edit.setPlainText(data.notes)
        self.marketing_consent_check.setChecked(data.marketing_consent)
        self._fill_staff_combos(data.therapist_id, data.preferred_therapist_id)
        self.family_editor.set_value(data.family)
        self.event_editor.set_value(data.events)
        for field in self._phone_timers:
            self.check_duplicate_phone(field)
