"""Signing in (F10): the owner's PIN on the first start, the sign-in at every start, the lock after idle minutes
and 切换用户; the owner sets anyone's PIN. Who may do what is decided in salon.access — the window only follows
it, hiding what the signed-in role cannot use."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from salon import access
from salon.clients import choices
from salon.errors import ValidationError
from salon.staff import NAME_LIMIT, StaffInput, save_staff, staff_name
from salon.store.models import Staff
from salon.words import with_note
from ui.common.forms import FormDialog

LOCK_MINUTES_SETTING = "security/lock_minutes"
DEFAULT_LOCK_MINUTES = 10


def _pin_edit(object_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(access.PIN_LENGTH[1])
    edit.setPlaceholderText(QApplication.translate("access", "4–8 位数字"))
    return edit


class OwnerFields:
    """The owner's name and her PIN typed twice: the rows of the first-owner dialog and of the welcome. Their
    words keep the first-owner dialog's context, so both read the same in every language."""

    def __init__(self, name: str = "", *, name_fixed: bool = False) -> None:
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("ownerName")
        self.name_edit.setReadOnly(name_fixed)
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.pin_edit = _pin_edit("ownerPin")
        self.again_edit = _pin_edit("ownerPinAgain")
        self.labels = (QLabel(), QLabel(), QLabel())
        self.retranslate()

    def add_to(self, form: QFormLayout) -> None:
        for label, edit in zip(self.labels, (self.name_edit, self.pin_edit, self.again_edit), strict=True):
            form.addRow(label, edit)

    def retranslate(self) -> None:
        """Set the words again (the welcome changes language while it is open)."""
        for label, text in zip(self.labels, (
                QApplication.translate("FirstOwnerDialog", "老板姓名"),
                QApplication.translate("FirstOwnerDialog", "设置密码"),
                QApplication.translate("FirstOwnerDialog", "再输一次")), strict=True):
            label.setText(text)
        for edit in (self.pin_edit, self.again_edit):
            edit.setPlaceholderText(QApplication.translate("access", "4–8 位数字"))

    def answers(self) -> tuple[str, str]:
        """The name and PIN as they will be kept, or ValidationError (field 'name' or 'pin') — nothing is saved."""
        _same_pin_twice(self.pin_edit, self.again_edit)
        return staff_name(self.name_edit.text()), access.check_pin(self.pin_edit.text())


def owner_intro() -> str:
    """Why the owner sets a PIN before anything else (the first-owner dialog's and the welcome's words)."""
    return QApplication.translate("FirstOwnerDialog", "客户资料和储值余额是店里最要紧的东西。请先为老板设置一个密码："
                                                      "前台和美容师的密码由老板在“美容师/员工”里设置。")


def make_owner(name: str, pin: str, owner_id: int | None = None) -> int:
    """The owner (a new staff member unless `owner_id`) gets her PIN and is signed in; her id."""
    if owner_id is None:
        owner_id = save_staff(StaffInput(name=name, role="owner")).id
    access.set_pin(owner_id, pin)
    access.act_as(owner_id)
    return owner_id


class FirstOwnerDialog(FormDialog):
    """The first start on a file whose owner has no PIN yet (a file of an older release): who the owner is and
    her PIN, before anything else. An empty file gets the welcome (ui.welcome) instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("欢迎使用客情管家"))
        owner = Staff.get_or_none((Staff.role == "owner") & (Staff.active == True))  # noqa: E712
        self.owner_id = owner.id if owner else None
        self.owner_fields = OwnerFields(owner.name if owner else "", name_fixed=owner is not None)
        self.name_edit, self.pin_edit, self.again_edit = (
            self.owner_fields.name_edit, self.owner_fields.pin_edit, self.owner_fields.again_edit)
        intro = QLabel(owner_intro())
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.owner_fields.add_to(self.form)
        self.fields.update({"name": self.name_edit, "pin": self.pin_edit})
        self.save_button.setText(self.tr("开始使用"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))

    def _save(self) -> int:
        name, pin = self.owner_fields.answers()
        self.owner_id = make_owner(name, pin, self.owner_id)
        return self.owner_id


def _same_pin_twice(pin: QLineEdit, again: QLineEdit) -> None:
    if pin.text() != again.text():
        raise ValidationError("pin_mismatch", QCoreApplication.translate("messages", "两次输入的密码不一样。"),
                              field="pin")


class SignInDialog(FormDialog):
    """Who is at the counter: a name and her PIN. Locked, it can be left only by signing in or by quitting the
    program on purpose (not by Esc or the window's close button)."""

    def __init__(self, parent: QWidget | None = None, *, locked: bool = False) -> None:
        super().__init__(parent)
        self.locked = locked
        self.setWindowTitle(self.tr("已锁定") if locked else self.tr("登录客情管家"))
        self.staff_combo = QComboBox()
        self.staff_combo.setObjectName("signInStaff")
        current = access.current_actor()
        for staff_id, name, role in access.sign_in_choices():
            role_words = QApplication.translate("choices", choices.label(choices.ROLES, role))
            self.staff_combo.addItem(with_note(name, role_words), staff_id)
            if current is not None and staff_id == current.staff_id:
                self.staff_combo.setCurrentIndex(self.staff_combo.count() - 1)
        self.pin_edit = _pin_edit("signInPin")
        if locked:
            note = QLabel(self.tr("一段时间没有操作，已自动锁定。请输入密码继续，或换一位员工登录。"))
            note.setWordWrap(True)
            self.form.addRow(note)
        self.form.addRow(self.tr("员工"), self.staff_combo)
        self.form.addRow(self.tr("密码"), self.pin_edit)
        self.fields["pin"] = self.pin_edit
        self.save_button.setText(self.tr("登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("退出程序") if locked else self.tr("退出"))
        self.pin_edit.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.locked and event.key() == Qt.Key.Key_Escape:
            return  # a lock is left by signing in or by quitting on purpose, not by a stray Esc
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.locked and self.result() != QDialog.DialogCode.Rejected:
            event.ignore()
            return
        super().closeEvent(event)

    def _save(self) -> int:
        try:
            return access.sign_in(self.staff_combo.currentData(), self.pin_edit.text()).staff_id
        except ValidationError:
            self.pin_edit.clear()
            raise


class SetPinDialog(FormDialog):
    """The owner sets a staff member's PIN (or she changes her own)."""

    def __init__(self, staff_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff_id = staff_id
        self.setWindowTitle(self.tr("设置密码：%1").replace("%1", Staff.get_by_id(staff_id).name))
        self.pin_edit = _pin_edit("newPin")
        self.again_edit = _pin_edit("newPinAgain")
        self.form.addRow(self.tr("新密码"), self.pin_edit)
        self.form.addRow(self.tr("再输一次"), self.again_edit)
        self.fields["pin"] = self.pin_edit

    def _save(self) -> int:
        _same_pin_twice(self.pin_edit, self.again_edit)
        access.set_pin(self.staff_id, self.pin_edit.text())
        return self.staff_id


def sign_in_at_start(parent: QWidget | None = None) -> bool:
    """A file whose owner has no PIN yet asks for it; every start signs someone in. False: the person chose to
    leave. (An empty file gets the welcome, ui.welcome, instead.)"""
    dialog = FirstOwnerDialog(parent) if not access.owner_has_pin() else SignInDialog(parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class IdleLock(QObject):
    """Locks the window after the idle minutes of this computer's preference (0: never): any key or mouse input
    restarts the count. `locked()` is emitted when it locks; `unlocked()` once someone has signed in again."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, on_quit: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.on_quit = on_quit
        self.dialog: SignInDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.restart()
        QApplication.instance().installEventFilter(self)

    @property
    def minutes(self) -> int:
        return QSettings().value(LOCK_MINUTES_SETTING, DEFAULT_LOCK_MINUTES, type=int)

    def restart(self) -> None:
        self._minutes = self.minutes
        if self._minutes > 0 and self.dialog is None:
            self.timer.start(self._minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self._minutes > 0 and self.dialog is None and event.type() in (
                QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.timer.start()  # counts again from now, with the same interval
        return False

    def lock(self) -> SignInDialog:
        """Lock now (idle, or 切换用户): the window stays behind a sign-in that cannot be dismissed."""
        if self.dialog is not None:
            return self.dialog
        self.timer.stop()
        self.locked.emit()
        dialog = SignInDialog(self.window, locked=True)
        self.dialog = dialog
        dialog.setModal(True)
        dialog.accepted.connect(self._signed_in)
        dialog.rejected.connect(self._quit)
        dialog.show()
        return dialog

    def _signed_in(self) -> None:
        self.dialog = None
        self.unlocked.emit()
        self.restart()

    def _quit(self) -> None:
        self.dialog = None
        self.on_quit()
