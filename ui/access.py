"""Signing in (F10): the owner's PIN on the first start, the sign-in at every start, the lock after idle minutes
and 切换用户; the owner sets anyone's PIN. Who may do what is decided in salon.access — the window only follows
it, hiding what the signed-in role cannot use."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salon import access
from salon.clients import choices
from salon.errors import ValidationError
from salon.staff import StaffInput, save_staff
from salon.store.models import Staff
from ui.common.forms import error_label
from ui.common.messages import error_text

LOCK_MINUTES_SETTING = "security/lock_minutes"
DEFAULT_LOCK_MINUTES = 10


def _pin_edit(object_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(access.PIN_LENGTH[1])
    edit.setPlaceholderText(QApplication.translate("access", "4–8 位数字"))
    return edit


class FirstOwnerDialog(QDialog):
    """The first start: who the owner is and her PIN, before anything else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("欢迎使用客情管家"))
        owner = Staff.get_or_none((Staff.role == "owner") & (Staff.active == True))  # noqa: E712
        self.owner_id = owner.id if owner else None
        self.name_edit = QLineEdit(owner.name if owner else "")
        self.name_edit.setObjectName("ownerName")
        self.name_edit.setReadOnly(owner is not None)
        self.pin_edit = _pin_edit("ownerPin")
        self.again_edit = _pin_edit("ownerPinAgain")
        self.error_label = error_label()
        form = QFormLayout()
        form.addRow(self.tr("老板姓名"), self.name_edit)
        form.addRow(self.tr("设置密码"), self.pin_edit)
        form.addRow(self.tr("再输一次"), self.again_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("开始使用"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("客户资料和储值余额是店里最要紧的东西。请先为老板设置一个密码："
                                        "前台和美容师的密码由老板在“美容师/员工”里设置。")))
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.pin_edit.text() != self.again_edit.text():
            self._show(self.tr("两次输入的密码不一样。"))
            return
        try:
            if self.owner_id is None:
                self.owner_id = save_staff(StaffInput(name=self.name_edit.text(), role="owner")).id
            access.set_pin(self.owner_id, self.pin_edit.text())
        except ValidationError as error:
            self._show(error_text(error))
            return
        access.act_as(self.owner_id)
        super().accept()

    def _show(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


class SignInDialog(QDialog):
    """Who is at the counter: a name and her PIN. `quit_text` names the way out (退出 at the start, 退出程序 when
    the window is locked: it cannot be dismissed otherwise)."""

    def __init__(self, parent: QWidget | None = None, *, locked: bool = False) -> None:
        super().__init__(parent)
        self.locked = locked
        self.setWindowTitle(self.tr("已锁定") if locked else self.tr("登录客情管家"))
        self.staff_combo = QComboBox()
        self.staff_combo.setObjectName("signInStaff")
        current = access.current_actor()
        for staff_id, name, role in access.sign_in_choices():
            role_words = QApplication.translate("choices", choices.label(choices.ROLES, role))
            self.staff_combo.addItem(f"{name}（{role_words}）", staff_id)
            if current is not None and staff_id == current.staff_id:
                self.staff_combo.setCurrentIndex(self.staff_combo.count() - 1)
        self.pin_edit = _pin_edit("signInPin")
        self.error_label = error_label()
        form = QFormLayout()
        form.addRow(self.tr("员工"), self.staff_combo)
        form.addRow(self.tr("密码"), self.pin_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        quit_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        quit_button.setText(self.tr("退出程序") if locked else self.tr("退出"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if locked:
            layout.addWidget(QLabel(self.tr("一段时间没有操作，已自动锁定。请输入密码继续，或换一位员工登录。")))
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
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

    def accept(self) -> None:
        try:
            access.sign_in(self.staff_combo.currentData(), self.pin_edit.text())
        except ValidationError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            self.pin_edit.clear()
            self.pin_edit.setFocus()
            return
        super().accept()


class SetPinDialog(QDialog):
    """The owner sets a staff member's PIN (or she changes her own)."""

    def __init__(self, staff_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff_id = staff_id
        staff = Staff.get_by_id(staff_id)
        self.setWindowTitle(self.tr("设置密码：%1").replace("%1", staff.name))
        self.pin_edit = _pin_edit("newPin")
        self.again_edit = _pin_edit("newPinAgain")
        self.error_label = error_label()
        form = QFormLayout()
        form.addRow(self.tr("新密码"), self.pin_edit)
        form.addRow(self.tr("再输一次"), self.again_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.pin_edit.text() != self.again_edit.text():
            self.error_label.setText(self.tr("两次输入的密码不一样。"))
            self.error_label.show()
            return
        try:
            access.set_pin(self.staff_id, self.pin_edit.text())
        except ValidationError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        super().accept()


def sign_in_at_start(parent: QWidget | None = None) -> bool:
    """The first start sets the owner's PIN; every start signs someone in. False: the person chose to leave."""
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
