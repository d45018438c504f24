"""ClientDialog: the whole client file (客户档案, SPEC F1), as a front desk fills it in.

Tabs: 基本信息 · 皮肤与健康 · 偏好与联系 · 家庭与纪念日 · 备注. The form reads and writes a
`salon.clients.profiles.ClientInput`; salon validates and normalises on save, and its ValidationError is shown
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
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salon.clients.profiles import ClientInput, find_clients_by_phone, get_client, load_client_input, save_client
from salon.clients.search import search_clients
from salon.errors import NotFoundError, ValidationError
from ui.clients.family_editor import EventEditor, FamilyEditor
from ui.clients.form_pages import ClientFilePages
from ui.clients.timeline_page import ClientHistoryPage
from ui.common.forms import error_label, keep_first_lines
from ui.common.messages import error_text
from ui.common.remember import remember_size
from ui.common.style import set_role
from ui.packages.page import ClientPackagesPage

_ROW_FIELD = re.compile(r"(family|events)\[(\d+)\]")


class ClientDialog(ClientFilePages, QDialog):
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

        self.error_label = error_label(self)

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
        # Save and Cancel are the profile's; what the 卡项 and 消费记录 pages do is done at once, and they say so.
        self.immediate_hint = QLabel(self.tr("这一页的操作（售卡、充值、调整、退卡、更正记录）立即生效；"
                                             "“保存”“取消”只管档案各页。"))
        self.immediate_hint.setObjectName("immediateHint")
        set_role(self.immediate_hint, "hint")
        self.immediate_hint.setWordWrap(True)
        self.immediate_hint.hide()
        footer = QHBoxLayout()
        footer.addWidget(self.immediate_hint, 1)
        footer.addWidget(self.buttons)
        layout.addLayout(footer)
        self.tabs.currentChanged.connect(self._tab_changed)

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
        remember_size(self, "client" if self.packages_page is None else "client_file")
        self.name_edit.setFocus()

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

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        self.immediate_hint.setVisible(current is not None and current in (self.packages_page, self.history_page))

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
                raise ValidationError("referrer_missing", self.tr("介绍人不存在。"), field="referred_by")
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

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        keep_first_lines(self)
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self._cancel()
            return
        super().keyPressEvent(event)
