"""记录到店: the visit dialog at the counter — who did what, which card paid, how the rest was paid.

New visits go through `salon.visits.save_visit` (one transaction, a request token so a double click saves
once); a saved visit opens in the same dialog for a correction with a reason (`update_visit`) or a void
(`void_visit`). The dialog prices the lines live with the domain's own `price_items`.
"""
from __future__ import annotations

import uuid
from datetime import datetime, time
from html import escape

from PySide6.QtCore import QDateTime, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon.clients.profiles import get_client
from salon.errors import NotFoundError, ValidationError
from salon.packages.usage import stored_value_cards
from salon.plausibility import visit_doubts
from salon.staff import get_staff, list_staff
from salon.store.models import Visit
from salon.visits.pricing import VisitInput, amount_due, price_items
from salon.visits.recording import load_visit_input, save_visit, update_visit, void_visit
from ui.common import prompts
from ui.common.confirm import confirm_doubts
from ui.common.forms import keep_first_lines
from ui.common.messages import error_text
from ui.common.remember import remember_size
from ui.common.style import ERROR_BANNER, set_role
from ui.visits.lines import LinesEditor, StaffChoice
from ui.visits.payment_editor import PaymentEditor

SHOW_RECEIPT_SETTING = "visit/show_receipt"  # remembered on this computer

class StaffChecklist(QListWidget):
    """The visit's therapists as ticks in one wrapped row (a salon has a handful of staff)."""

    changed = Signal()

    def __init__(self, staff: list[StaffChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("therapistList")
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setSpacing(2)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for person in staff:
            item = QListWidgetItem(person.name, self)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the wrapped rows of names need (at most three rows, then it scrolls)."""
        self.doItemsLayout()
        row_height = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height()
        bottom = max((self.visualItemRect(self.item(row)).bottom() + self.verticalOffset()
                      for row in range(self.count())), default=row_height)
        height = min(bottom, 3 * (row_height + 2 * self.spacing())) + 2 * self.frameWidth() + 2 * self.spacing() + 2
        if height != self.height():
            self.setFixedHeight(height)

    def item_for(self, staff_id: int) -> QListWidgetItem | None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == staff_id:
                return self.item(row)
        return None

    def checked_ids(self) -> list[int]:
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]

    def set_checked(self, staff_ids: list[int]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in staff_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


class VisitDialog(QDialog):
    """Emits `saved(visit_id)` after a new visit, a correction or a void was written."""

    saved = Signal(int)

    def __init__(self, client_id: int | None = None, visit_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if client_id is None and visit_id is None:
            raise ValueError("a client or a visit to open")
        self.visit_id = visit_id
        loaded = load_visit_input(visit_id) if visit_id is not None else None
        self.client_id = loaded.client_id if loaded is not None else client_id
        self.client = get_client(self.client_id)
        self.visit_status = Visit.get_by_id(visit_id).status if visit_id is not None else "new"
        self.request_token = uuid.uuid4().hex  # made once: every save of this dialog is the same visit
        self.saved_visit_id: int | None = None
        self.saved_action = ""  # 'new', 'edit' or 'void' once written
        self._busy = False
        self._modified = False
        self.setWindowTitle(
            self.tr("记录到店 — %1").replace("%1", self.client.name) if loaded is None
            else self.tr("修改到店记录 — %1").replace("%1", self.client.name))
        self.resize(1000, 760)
        remember_size(self, "visit")

        # What a saved visit already took from cards is given back before a correction is applied.
        sessions_back: dict[int, int] = {}
        money_back: dict[int, int] = {}
        if loaded is not None:
            for item in loaded.items:
                if item.package_id is not None:
                    sessions_back[item.package_id] = sessions_back.get(item.package_id, 0) + item.quantity
            for payment in loaded.payments:
                if payment.package_id is not None:
                    money_back[payment.package_id] = money_back.get(payment.package_id, 0) + payment.amount_fen
        self._sessions_back = sessions_back if self.visit_status == "done" else {}
        staff = self._staff_choices(loaded)
        visited_at = loaded.visited_at if loaded is not None else datetime.now().replace(second=0, microsecond=0)

        # --- header ---
        self.client_label = QLabel(f"<b>{escape(self.client.name)}</b>  {escape(self.client.phone)}")
        self.client_label.setTextFormat(Qt.TextFormat.RichText)
        self.when_edit = QDateTimeEdit(QDateTime(visited_at))
        self.when_edit.setObjectName("visitedAt")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        # Not later than now: a visit is recorded when (or after) it happens.
        self.when_edit.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self.therapists = StaffChecklist(staff)
        header = QFormLayout()
        header.addRow(self.tr("客户"), self.client_label)
        header.addRow(self.tr("到店时间"), self.when_edit)
        header.addRow(self.tr("美容师"), self.therapists)

        # --- lines ---
        self.lines = LinesEditor(self.client_id, visited_at.date(), staff)
        lines_box = QGroupBox(self.tr("项目与产品"))
        QVBoxLayout(lines_box).addWidget(self.lines)

        # --- payment ---
        self.payments = PaymentEditor(stored_value_cards(self.client_id, visited_at.date()),
                                      money_back if self.visit_status == "done" else {})
        payment_box = QGroupBox(self.tr("付款"))
        QVBoxLayout(payment_box).addWidget(self.payments)

        # --- care notes ---
        self.skin_edit = QLineEdit()
        self.skin_edit.setObjectName("skinCondition")
        self.skin_edit.setPlaceholderText(self.tr("如：T 区出油减少，两颊轻微泛红"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("visitNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(80)
        self.satisfaction_combo = QComboBox()
        self.satisfaction_combo.setObjectName("satisfaction")
        self.satisfaction_combo.addItem(self.tr("未评价"), None)
        for score in range(5, 0, -1):
            self.satisfaction_combo.addItem("★" * score + f"  {score}", score)
        self.complaint_check = QCheckBox(self.tr("有投诉"))
        self.complaint_check.setObjectName("complaint")
        care_box = QGroupBox(self.tr("护理记录"))
        care = QFormLayout(care_box)
        care.addRow(self.tr("皮肤状况"), self.skin_edit)
        care.addRow(self.tr("备注"), self.notes_edit)
        care.addRow(self.tr("满意度"), self.satisfaction_combo)
        care.addRow("", self.complaint_check)

        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(self.tr("修改已保存的记录必须写明原因，如：项目记错了"))
        self.reason_row = QWidget()
        reason_row = QHBoxLayout(self.reason_row)
        reason_row.setContentsMargins(0, 0, 0, 0)
        reason_row.addWidget(QLabel(self.tr("修改原因")))
        reason_row.addWidget(self.reason_edit, 1)
        self.reason_row.setVisible(loaded is not None)

        self.status_banner = QLabel()
        set_role(self.status_banner, ERROR_BANNER)
        self.status_banner.setVisible(False)
        self.error_label = QLabel()
        self.error_label.setObjectName("visitError")
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error")
        self.show_receipt_check = QCheckBox(self.tr("保存后显示小票"))
        self.show_receipt_check.setChecked(QSettings().value(SHOW_RECEIPT_SETTING, True, type=bool))
        self.show_receipt_check.toggled.connect(lambda on: QSettings().setValue(SHOW_RECEIPT_SETTING, on))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setToolTip("Ctrl+Enter")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("取消"))
        self.void_button = QPushButton(self.tr("作废…"))
        self.void_button.setObjectName("voidButton")
        self.buttons.addButton(self.void_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.void_button.setVisible(loaded is not None)
        for button in self.buttons.buttons():
            # Enter belongs to the picker and the amount fields; saving is Ctrl+Enter or a click.
            button.setAutoDefault(False)
            button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.void_button.clicked.connect(self.void)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.save)

        bottom = QHBoxLayout()
        bottom.addWidget(payment_box, 3)
        bottom.addWidget(care_box, 2)
        footer = QHBoxLayout()
        footer.addWidget(self.show_receipt_check)
        footer.addStretch(1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_banner)
        layout.addLayout(header)
        layout.addWidget(lines_box, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.reason_row)
        layout.addWidget(self.error_label)
        layout.addLayout(footer)

        self.when_edit.dateTimeChanged.connect(self._date_changed)
        self.therapists.changed.connect(self._therapists_changed)
        self.lines.changed.connect(self._lines_changed)
        self.lines.not_found.connect(self._item_not_found)
        self.catalogue_requested = self.lines.catalogue_requested
        self.payments.changed.connect(self._mark_modified)
        for signal in (self.skin_edit.textChanged, self.notes_edit.textChanged, self.reason_edit.textChanged,
                       self.satisfaction_combo.currentIndexChanged, self.complaint_check.toggled):
            signal.connect(self._mark_modified)

        if loaded is not None:
            self._load(loaded)
        else:
            therapist = self.client.therapist_id
            if therapist is not None and self.therapists.item_for(therapist) is not None:
                self.therapists.set_checked([therapist])
            self._therapists_changed()
        self._reprice()
        self._fix_tab_order()
        self._modified = False
        self.lines.picker.setFocus()

    # --- building -----------------------------------------------------------------------------
    @staticmethod
    def _staff_choices(loaded: VisitInput | None) -> list[StaffChoice]:
        choices = [StaffChoice(s.id, s.name) for s in list_staff(active_only=True)]
        known = {c.id for c in choices}
        if loaded is not None:
            # Someone who has left since still shows on the visits she did.
            for staff_id in [*loaded.therapist_ids, *(i.therapist_id for i in loaded.items if i.therapist_id)]:
                if staff_id not in known:
                    choices.append(StaffChoice(staff_id, get_staff(staff_id).name))
                    known.add(staff_id)
        return choices

    def _load(self, data: VisitInput) -> None:
        self.lines.given_back = self._sessions_back
        self.therapists.set_checked(data.therapist_ids)
        self.lines.default_therapist_id = data.therapist_ids[0] if data.therapist_ids else None
        for item in data.items:
            self.lines.add_item(item.kind, item.item_id, quantity=item.quantity, unit_price_fen=item.unit_price_fen,
                                discount_fen=item.discount_fen, therapist_id=item.therapist_id,
                                package_id=item.package_id, choose_package=False, as_saved=True)
        self.payments.set_payments(data.payments)
        self.skin_edit.setText(data.skin_condition)
        self.notes_edit.setPlainText(data.notes)
        self.satisfaction_combo.setCurrentIndex(max(0, self.satisfaction_combo.findData(data.satisfaction)))
        self.complaint_check.setChecked(data.complaint)
        if self.visit_status == "void":
            visit = Visit.get_by_id(self.visit_id)
            self.status_banner.setText(self.tr("这条记录已作废：%1").replace("%1", visit.void_reason))
            self.status_banner.show()
            self.save_button.setEnabled(False)
            self.void_button.setEnabled(False)
            self.payments.void = True
            self.payments.refresh_status()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.when_edit, self.therapists, *self.lines.focus_chain(),
                                *self.payments.focus_chain(), self.skin_edit, self.notes_edit,
                                self.satisfaction_combo, self.complaint_check]
        if self.visit_id is not None:
            chain.append(self.reason_edit)
        chain += [self.show_receipt_check, self.save_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- live ---------------------------------------------------------------------------------
    def _mark_modified(self, *_args) -> None:
        self._modified = True

    def _lines_changed(self) -> None:
        self._mark_modified()
        self._reprice()
        self._fix_tab_order()

    def _date_changed(self, *_args) -> None:
        self._mark_modified()
        self.lines.set_date(self.visited_at().date())
        self._reprice()

    def _therapists_changed(self) -> None:
        self._mark_modified()
        checked = self.therapists.checked_ids()
        self.lines.set_default_therapist(checked[0] if checked else None)

    def _item_not_found(self, text: str) -> None:
        self.error_label.setText(self.tr("没有找到“%1”，请换个名称试试。").replace("%1", text))

    def _reprice(self) -> None:
        """Amounts per line and the total due, by the domain's own rules; a bad line shows why."""
        try:
            items = self.lines.items()
            priced = price_items(VisitInput(self.client_id, self.visited_at(), items)) if items else []
        except ValidationError as error:
            self.lines.show_amounts(None)
            self.payments.set_due(None)
            self.error_label.setText(self.error_sentence(error))
            return
        self.lines.show_amounts([p.amount_fen for p in priced])
        self.payments.set_due(amount_due(priced))
        self.error_label.setText("")

    # --- reading the form ---------------------------------------------------------------------
    def visited_at(self) -> datetime:
        value = self.when_edit.dateTime().toPython()
        return value.replace(second=0, microsecond=0) if isinstance(value, datetime) else datetime.combine(
            value, time())

    def visit_input(self) -> VisitInput:
        return VisitInput(
            client_id=self.client_id, visited_at=self.visited_at(), items=self.lines.items(),
            payments=self.payments.payments(), therapist_ids=self.therapists.checked_ids(),
            skin_condition=self.skin_edit.text(), notes=self.notes_edit.toPlainText(),
            satisfaction=self.satisfaction_combo.currentData(), complaint=self.complaint_check.isChecked(),
            request_token=self.request_token if self.visit_id is None else None,
        )

    def error_sentence(self, error: ValidationError) -> str:
        text = error_text(error)
        row = error.params.get("row")
        if isinstance(row, int) and 0 <= row < len(self.lines.lines):
            text = self.tr("第 %1 行（%2）：").replace("%1", str(row + 1)).replace(
                "%2", self.lines.lines[row].name_label.text()) + text
        return text

    # --- saving -------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        keep_first_lines(self)
        super().showEvent(event)

    def save(self) -> bool:
        """Write the visit (or the correction); on a refusal the dialog stays open with one sentence."""
        if self._busy or self.saved_visit_id is not None or not self.save_button.isEnabled():
            return False
        self._busy = True
        self.save_button.setEnabled(False)
        try:
            typed = self.lines.picker.currentText().strip()
            if typed:
                # Saving now would leave out what is typed in the picker and not added.
                self.error_label.setText(self.tr("“%1”还没有添加：按回车把它加进来，或清空后再保存。")
                                         .replace("%1", typed))
                self.lines.picker.setFocus()
                return False
            data = self.visit_input()
            if not confirm_doubts(self, visit_doubts(data, datetime.now()), self.windowTitle()):
                return False
            if self.visit_id is None:
                visit = save_visit(data)
            else:
                visit = update_visit(self.visit_id, data, self.reason_edit.text())
        except ValidationError as error:
            self.error_label.setText(self.error_sentence(error))
            if error.field == "reason":
                self.reason_edit.setFocus()
            return False
        except NotFoundError:
            self.error_label.setText(self.tr("这条记录或所选项目已不存在，请关闭后重新打开。"))
            return False
        finally:
            self._busy = False
            self.save_button.setEnabled(self.saved_visit_id is None)
        self.saved_visit_id = visit.id
        self.saved_action = "new" if self.visit_id is None else "edit"
        self.save_button.setEnabled(False)
        self.saved.emit(visit.id)
        super().accept()
        return True

    def accept(self) -> None:
        self.save()

    def void(self) -> bool:
        """作废: asks for the reason; sessions and stored value go back to the cards."""
        if self.visit_id is None or self.saved_visit_id is not None:
            return False
        reason, ok = prompts.ask_text(
            self, self.tr("作废记录"),
            self.tr("作废后，这次扣的次数和储值会退回卡内，付款冲销。请写明原因："), self.reason_edit.text())
        if not ok:
            return False
        try:
            void_visit(self.visit_id, reason)
        except ValidationError as error:
            self.error_label.setText(self.error_sentence(error))
            return False
        self.saved_visit_id = self.visit_id
        self.saved_action = "void"
        self.saved.emit(self.visit_id)
        super().accept()
        return True

    def reject(self) -> None:
        """Esc or Cancel: ask first when something was entered."""
        if self._modified and self.saved_visit_id is None:
            answer = QMessageBox.question(self, self.tr("放弃登记"),
                                          self.tr("输入的内容还没有保存，确定放弃吗？"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def keyPressEvent(self, event) -> None:
        # Plain Enter must not close the dialog (QDialog would press a default button).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            event.accept()
            return
        super().keyPressEvent(event)
