"""ClientDialog: the whole client file (客户档案, SPEC F1), as a front desk fills it in.

Tabs: 基本信息 · 皮肤与健康 · 偏好与联系 · 家庭与纪念日 · 备注. The form reads and writes a
`salon.clients.ClientInput`; salon validates and normalises on save, and its ValidationError is shown
at the top of the dialog, with the tab of the offending field brought forward and the field focused.
A phone number that already belongs to another client is flagged while it is typed, with a link to her.
"""
from __future__ import annotations

import html
import re

from peewee import DatabaseError
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salon.clients import choices
from salon.clients.profiles import ClientInput, find_clients_by_phone, get_client, load_client_input, save_client
from salon.clients.search import search_clients
from salon.errors import NotFoundError, ValidationError
from salon.staff import get_staff, list_staff
from ui.clients.birthday_edit import BirthdayEdit
from ui.clients.choice_edit import ChoiceCombo, ChoiceWithOther
from ui.clients.family_editor import EventEditor, FamilyEditor
from ui.clients.skin_concerns import SkinConcernsEdit
from ui.common.client_picker import ClientPicker
from ui.common.messages import choice_label, error_text
from ui.packages.page import ClientHistoryPage, ClientPackagesPage

PHONE_CHECK_DELAY_MS = 300
_ROW_FIELD = re.compile(r"(family|events)\[(\d+)\]")
_ERROR_STYLE = ("QLabel { color: #a93226; background: #fdedec; border: 1px solid #f5b7b1;"
                " border-radius: 4px; padding: 6px 8px; }")
_WARNING_STYLE = "QLabel { color: #9a5b00; }"


def _plain_text_edit(placeholder: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setFixedHeight(height)
    return edit


def _suggestion_combo(suggestions: list[str], placeholder: str) -> QComboBox:
    """An editable combo: pick a usual answer or type another one."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(suggestions)
    combo.setCurrentIndex(-1)
    combo.lineEdit().setPlaceholderText(placeholder)
    return _hug(combo, 200)


def _hug(widget: QWidget, min_width: int = 0) -> QWidget:
    """Keep a combo at the width of its longest item instead of stretching across the form."""
    widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    if isinstance(widget, QComboBox):
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    if min_width:
        widget.setMinimumWidth(min_width)
    return widget


def _form(page: QWidget, *, fill: bool = False) -> QFormLayout:
    """An aligned form at the top of a tab page; spare height stays below it (or, with `fill`, goes to
    the fields that can grow), never between rows."""
    column = QVBoxLayout(page)
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    column.addLayout(form, 1 if fill else 0)
    if not fill:
        column.addStretch(1)
    return form


class ClientDialog(QDialog):
    """Create (client_id None) or edit one client file."""

    saved = Signal(int)  # the client's id, after a successful save
    open_client_requested = Signal(int)  # the user clicked the link to the client who has this phone
    open_visit_requested = Signal(int)  # a visit double-clicked in 消费记录
    packages_changed = Signal(int)  # the client's id, after a package was sold, topped up, adjusted or refunded

    def __init__(self, client_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientDialog")
        self.client_id = client_id
        self._saving = False
        self._discard_armed: ClientInput | None = None
        self._phone_timers: dict[str, QTimer] = {}

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("clientTabs")
        self.basic_page = self._add_page(self._build_basic(), self.tr("基本信息"))
        self.skin_page = self._add_page(self._build_skin(), self.tr("皮肤与健康"))
        self.preferences_page = self._add_page(self._build_preferences(), self.tr("偏好与联系"))
        self.family_page = self._add_page(self._build_family(), self.tr("家庭与纪念日"))
        self.notes_page = self._add_page(self._build_notes(), self.tr("备注"))
        self.packages_page: ClientPackagesPage | None = None
        self.history_page: ClientHistoryPage | None = None
        if client_id is not None:  # a client not yet saved has no packages and no history
            self._add_history_pages(client_id)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("保存 (Enter / Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.cancel_button = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self._cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self._field_widgets: dict[str, tuple[QWidget, QWidget]] = {
            "name": (self.basic_page, self.name_edit),
            "gender": (self.basic_page, self.gender_combo),
            "phone": (self.basic_page, self.phone_edit),
            "phone2": (self.basic_page, self.phone2_edit),
            "birthday": (self.basic_page, self.birthday_edit),
            "referral_source": (self.basic_page, self.referral_source),
            "referred_by": (self.basic_page, self.referrer_picker),
            "therapist": (self.basic_page, self.therapist_combo),
            "skin_type": (self.skin_page, self.skin_type),
            "pref_conversation": (self.preferences_page, self.conversation_combo),
            "preferred_therapist": (self.preferences_page, self.preferred_therapist_combo),
            "contact_channel": (self.preferences_page, self.contact_channel),
            "tags": (self.notes_page, self.tags_edit),
        }

        if client_id is None:
            self.setWindowTitle(self.tr("新建客户"))
            self._fill_staff_combos(None, None)
        else:
            client = get_client(client_id)
            title = self.tr("客户档案 – %1").replace("%1", client.name)
            if client.is_archived:
                title += self.tr("（已归档）")
            self.setWindowTitle(title)
            self.set_client_input(load_client_input(client_id))
        self._initial = self.client_input()
        # A saved client's file also holds her packages and history tables, which want the room.
        if self.packages_page is None:
            self.resize(760, 580)
        else:
            self.resize(920, 620)
        self.setMinimumSize(640, 480)
        self.name_edit.setFocus()

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
        form = _form(page)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("必填"))
        self.name_edit.setMaxLength(60)
        name_label = QLabel(self.tr("姓名") + " <span style='color:#c0392b'>*</span>")
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)

        self.gender_combo = ChoiceCombo(choices.GENDERS, self.tr("未填"))
        _hug(self.gender_combo, 120)
        self.gender_combo.setObjectName("genderCombo")
        form.addRow(self.tr("性别"), self.gender_combo)

        self.phone_edit, self.phone_warning = self._phone_row(form, "phone", self.tr("手机"),
                                                              self.tr("如：138 1234 5678"))
        self.phone2_edit, self.phone2_warning = self._phone_row(form, "phone2", self.tr("备用电话"),
                                                                self.tr("另一个手机或座机，可不填"))
        self.wechat_edit = QLineEdit()
        self.wechat_edit.setObjectName("wechatEdit")
        self.wechat_edit.setPlaceholderText(self.tr("微信号或昵称"))
        form.addRow(self.tr("微信"), self.wechat_edit)

        self.birthday_edit = BirthdayEdit()
        self.birthday_edit.setObjectName("birthdayEdit")
        form.addRow(self.tr("生日"), self.birthday_edit)

        self.occupation_edit = QLineEdit()
        self.occupation_edit.setObjectName("occupationEdit")
        form.addRow(self.tr("职业"), self.occupation_edit)
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("addressEdit")
        form.addRow(self.tr("住址"), self.address_edit)
        self.community_edit = QLineEdit()
        self.community_edit.setObjectName("communityEdit")
        self.community_edit.setPlaceholderText(self.tr("所在社区或小区"))
        form.addRow(self.tr("社区"), self.community_edit)

        self.referral_source = ChoiceWithOther(choices.REFERRAL_SOURCES, self.tr("未填"),
                                               self.tr("其他来源"))
        self.referral_source.setObjectName("referralSource")
        form.addRow(self.tr("客户来源"), self.referral_source)
        self.referrer_picker = ClientPicker(exclude_client_id=self.client_id)
        self.referrer_picker.setObjectName("referrerPicker")
        self.referrer_picker.client_changed.connect(self._on_referrer_chosen)
        form.addRow(self.tr("介绍人"), self.referrer_picker)

        self.therapist_combo = QComboBox()
        _hug(self.therapist_combo, 120)
        self.therapist_combo.setObjectName("therapistCombo")
        form.addRow(self.tr("专属美容师"), self.therapist_combo)
        return page

    def _phone_row(self, form: QFormLayout, field: str, label: str,
                   placeholder: str) -> tuple[QLineEdit, QLabel]:
        edit = QLineEdit()
        edit.setObjectName(f"{field}Edit")
        edit.setPlaceholderText(placeholder)
        warning = QLabel()
        warning.setObjectName(f"{field}Warning")
        warning.setTextFormat(Qt.TextFormat.RichText)
        warning.setStyleSheet(_WARNING_STYLE)
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
        form = _form(page)
        self.skin_type = ChoiceWithOther(choices.SKIN_TYPES, self.tr("未填"), self.tr("其他肤质"))
        self.skin_type.setObjectName("skinType")
        form.addRow(self.tr("肤质"), self.skin_type)

        concerns_box = QGroupBox(self.tr("皮肤问题及现状"))
        self.skin_concerns = SkinConcernsEdit()
        self.skin_concerns.setObjectName("skinConcerns")
        QVBoxLayout(concerns_box).addWidget(self.skin_concerns)
        form.addRow(concerns_box)

        self.allergies_edit = _plain_text_edit(self.tr("如：对酒精、果酸过敏"), 2)
        self.allergies_edit.setObjectName("allergiesEdit")
        form.addRow(self.tr("过敏"), self.allergies_edit)
        self.contraindications_edit = _plain_text_edit(self.tr("如：孕期、近期做过医美、皮肤破损"), 2)
        self.contraindications_edit.setObjectName("contraindicationsEdit")
        form.addRow(self.tr("禁忌"), self.contraindications_edit)
        return page

    def _build_preferences(self) -> QWidget:
        page = QWidget()
        form = _form(page)
        self.pressure_combo = _suggestion_combo(
            [self.tr("轻"), self.tr("适中"), self.tr("重")], self.tr("按摩力度"))
        self.pressure_combo.setObjectName("pressureCombo")
        form.addRow(self.tr("力度"), self.pressure_combo)
        self.room_temperature_combo = _suggestion_combo(
            [self.tr("偏凉"), self.tr("适中"), self.tr("偏暖")], self.tr("房间温度"))
        self.room_temperature_combo.setObjectName("roomTemperatureCombo")
        form.addRow(self.tr("室温"), self.room_temperature_combo)
        self.drink_combo = _suggestion_combo(
            [self.tr("温水"), self.tr("花茶"), self.tr("红茶"), self.tr("柠檬水"), self.tr("不需要")],
            self.tr("喜欢的饮品"))
        self.drink_combo.setObjectName("drinkCombo")
        form.addRow(self.tr("饮品"), self.drink_combo)
        self.music_combo = _suggestion_combo(
            [self.tr("轻音乐"), self.tr("古典"), self.tr("流行"), self.tr("不要音乐")], self.tr("背景音乐"))
        self.music_combo.setObjectName("musicCombo")
        form.addRow(self.tr("音乐"), self.music_combo)
        self.conversation_combo = ChoiceCombo(choices.CONVERSATION, self.tr("未填"))
        _hug(self.conversation_combo, 120)
        self.conversation_combo.setObjectName("conversationCombo")
        form.addRow(self.tr("聊天"), self.conversation_combo)
        self.preferred_therapist_combo = QComboBox()
        _hug(self.preferred_therapist_combo, 120)
        self.preferred_therapist_combo.setObjectName("preferredTherapistCombo")
        form.addRow(self.tr("喜欢的美容师"), self.preferred_therapist_combo)
        self.interests_edit = QLineEdit()
        self.interests_edit.setObjectName("interestsEdit")
        self.interests_edit.setPlaceholderText(self.tr("如：瑜伽、烘焙、旅行"))
        form.addRow(self.tr("兴趣爱好"), self.interests_edit)

        self.contact_channel = ChoiceWithOther(choices.CONTACT_CHANNELS, self.tr("未填"),
                                               self.tr("其他联系方式"))
        self.contact_channel.setObjectName("contactChannel")
        form.addRow(self.tr("联系方式"), self.contact_channel)
        self.best_time_edit = QLineEdit()
        self.best_time_edit.setObjectName("bestTimeEdit")
        self.best_time_edit.setPlaceholderText(self.tr("如：工作日晚上 7 点后"))
        form.addRow(self.tr("方便联系时间"), self.best_time_edit)
        self.do_not_contact_check = QCheckBox(self.tr("请勿打扰（不主动联系）"))
        self.do_not_contact_check.setObjectName("doNotContactCheck")
        form.addRow("", self.do_not_contact_check)
        self.marketing_consent_check = QCheckBox(self.tr("同意接收优惠和活动信息"))
        self.marketing_consent_check.setObjectName("marketingConsentCheck")
        form.addRow("", self.marketing_consent_check)
        self.goals_edit = _plain_text_edit(self.tr("如：淡化色斑，婚礼前皮肤状态更好"), 3)
        self.goals_edit.setObjectName("goalsEdit")
        form.addRow(self.tr("目标与期望"), self.goals_edit)
        return page

    def _build_family(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        family_box = QGroupBox(self.tr("家庭成员"))
        self.family_editor = FamilyEditor()
        QVBoxLayout(family_box).addWidget(self.family_editor)
        events_box = QGroupBox(self.tr("纪念日与重要事件"))
        self.event_editor = EventEditor()
        QVBoxLayout(events_box).addWidget(self.event_editor)
        column.addWidget(family_box, 3)
        column.addWidget(events_box, 2)
        return page

    def _build_notes(self) -> QWidget:
        page = QWidget()
        form = _form(page, fill=True)
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("tagsEdit")
        self.tags_edit.setPlaceholderText(self.tr("用逗号或空格分隔，如：贵宾，敏感肌"))
        form.addRow(self.tr("标签"), self.tags_edit)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setPlaceholderText(self.tr("其他需要记住的事"))
        self.notes_edit.setTabChangesFocus(True)
        form.addRow(self.tr("备注"), self.notes_edit)
        return page

    def _fill_staff_combos(self, therapist_id: int | None, preferred_id: int | None) -> None:
        """Active staff; a stored therapist who has since left is still shown (and kept)."""
        staff = list_staff(active_only=True)
        for combo, none_text, current in (
            (self.therapist_combo, self.tr("未分配"), therapist_id),
            (self.preferred_therapist_combo, self.tr("不指定"), preferred_id),
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
                    combo.addItem(self.tr("%1（已停用）").replace("%1", member.name), current)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _staff_label(self, name: str, role: str) -> str:
        if role == "therapist":
            return name
        role_text = choice_label(choices.ROLES.get(role, role))
        return self.tr("%1（%2）").replace("%1", name).replace("%2", role_text)

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

    def is_modified(self) -> bool:
        return self.client_input() != self._initial

    # ------------------------------------------------------------------ duplicate phones
    def check_duplicate_phone(self, field: str) -> None:
        """Flag a number that already belongs to another client (checked while typing)."""
        self._phone_timers[field].stop()
        edit, warning = ((self.phone_edit, self.phone_warning) if field == "phone"
                         else (self.phone2_edit, self.phone2_warning))
        try:
            matches = find_clients_by_phone(edit.text(), exclude_client_id=self.client_id)
        except ValidationError:  # not a whole number yet; save will say what is wrong
            matches = []
        if not matches:
            warning.clear()
            warning.hide()
            return
        other = matches[0]
        link = f"<a href='client:{other.id}'>{html.escape(other.name)}</a>"
        warning.setText("⚠ " + self.tr("此号码已属于客户 %1").replace("%1", link))
        warning.setToolTip(self.tr("点击姓名打开她的档案"))
        warning.show()

    # ------------------------------------------------------------------ packages and history
    def _add_history_pages(self, client_id: int) -> None:
        """卡项 and 消费记录: they act at once through their own dialogs, outside this form's Save."""
        self.packages_page = ClientPackagesPage(client_id, self.tabs)
        self.packages_page.setObjectName("packagesPage")
        self.history_page = ClientHistoryPage(client_id, self.tabs)
        self.history_page.setObjectName("historyPage")
        self.tabs.addTab(self.packages_page, self.tr("卡项"))
        self.tabs.addTab(self.history_page, self.tr("消费记录"))
        self.packages_page.changed.connect(self.history_page.refresh)
        self.packages_page.changed.connect(lambda: self.packages_changed.emit(client_id))
        self.history_page.open_visit_requested.connect(self.open_visit_requested)
        self.history_page.open_package_requested.connect(self.show_package)

    def show_package(self, package_id: int) -> None:
        if self.packages_page is not None:
            self.tabs.setCurrentWidget(self.packages_page)
            self.packages_page.select(package_id)

    def refresh_history(self) -> None:
        """After a visit was recorded, corrected or voided elsewhere: sessions left and the timeline change."""
        if self.packages_page is not None and self.history_page is not None:
            self.packages_page.refresh()
            self.history_page.refresh()

    def _on_link_activated(self, link: str) -> None:
        if link.startswith("client:"):
            self.open_client_requested.emit(int(link.split(":", 1)[1]))

    def _on_referrer_chosen(self, client_id: int | None) -> None:
        if client_id is not None and not self.referral_source.value():
            self.referral_source.set_value("referral")

    # ------------------------------------------------------------------ saving
    def _validated_input(self) -> ClientInput:
        data = self.client_input()
        typed = self.referrer_picker.text().strip()
        if typed and data.referred_by_id is None:  # typed, not picked: take it when it names one client
            rows = [row for row in search_clients(typed, limit=3) if row.id != self.client_id]
            if len(rows) != 1:
                raise ValidationError("referrer_missing", "介绍人不存在。", field="referred_by")
            data.referred_by_id = rows[0].id
        return data

    def save(self) -> bool:
        """Validate and save; on success emit `saved` and close. A second call while saving does nothing."""
        if self._saving:
            return False
        self._saving = True
        self.save_button.setEnabled(False)
        try:
            client = save_client(self._validated_input(), self.client_id)
        except ValidationError as error:
            self.show_error(error)
        except NotFoundError:
            self.show_message(self.tr("这位客户已被删除，无法保存。"))
        except DatabaseError as error:
            self.show_message(self.tr("保存失败：数据库暂时无法写入（%1）。请稍后再试。")
                              .replace("%1", str(error)))
        else:
            self.client_id = client.id  # from now on a save can only update her, never add another
            self.error_label.hide()
            self.saved.emit(client.id)
            self.accept()
            return True
        self._saving = False
        self.save_button.setEnabled(True)
        return False

    def show_message(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def show_error(self, error: ValidationError) -> None:
        """Say what is wrong at the top, bring the field's tab forward and put the cursor in it."""
        self.show_message(error_text(error))
        if error.field in ("phone", "phone2"):
            self.check_duplicate_phone(error.field)
        page_and_widget = self._field_widgets.get(error.field or "")
        match = _ROW_FIELD.fullmatch(error.field or "")
        if match:
            self.tabs.setCurrentWidget(self.family_page)
            row = int(match.group(2))
            if match.group(1) == "family":
                column = FamilyEditor.BIRTHDAY if error.code.startswith("date") else FamilyEditor.RELATION
                self.family_editor.focus_row(row, column)
            else:
                self.event_editor.focus_row(row, EventEditor.DATE if error.code.startswith("date") else 0)
        elif page_and_widget is not None:
            page, widget = page_and_widget
            self.tabs.setCurrentWidget(page)
            page.ensureWidgetVisible(widget)
            widget.setFocus()

    # ------------------------------------------------------------------ closing
    def _cancel(self) -> None:
        """Cancel / Esc: close at once when nothing was typed; with edits, ask for a second Esc."""
        current = self.client_input()
        if current == self._initial or current == self._discard_armed:
            self.reject()
            return
        self._discard_armed = current
        self.show_message(self.tr("有未保存的修改。再按一次 Esc（或“取消”）放弃修改，按 Enter 保存。"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self._cancel()
            return
        super().keyPressEvent(event)
