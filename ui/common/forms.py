"""Form building blocks the dialogs share: the error line, aligned form layouts, short text boxes, combos
that hug their content, and `FormDialog`, the frame of every small add/edit dialog.
"""
from __future__ import annotations

from peewee import DatabaseError
from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from salon.errors import NotFoundError, ValidationError
from salon.plausibility import Doubt
from ui.common.confirm import confirm_doubts
from ui.common.messages import error_text
from ui.common.style import ERROR_BANNER, set_role

translate = QCoreApplication.translate  # a base class: lupdate files its texts under its own name


ONE_LINE_NOTICE_PROPERTY = "oneLineNotice"


def keep_first_line(edit: QLineEdit) -> None:
    """Several lines pasted into a one-line field (a name, a phone): the first line stays, and the field says the
    rest was left out rather than keeping line breaks nobody sees."""
    if edit.property("keepsFirstLine"):
        return
    edit.setProperty("keepsFirstLine", True)

    def check(text: str) -> None:
        if "\n" not in text and "\r" not in text:
            return
        edit.setText(text.replace("\r", "\n").split("\n", 1)[0])
        notice = QCoreApplication.translate("forms", "粘贴的内容有多行，只保留了第一行。")
        edit.setProperty(ONE_LINE_NOTICE_PROPERTY, notice)
        QToolTip.showText(edit.mapToGlobal(QPoint(0, edit.height())), notice, edit)

    edit.textChanged.connect(check)


def keep_first_lines(widget: QWidget) -> None:
    """`keep_first_line` for every one-line field in the widget (those of combo and spin boxes too)."""
    for edit in widget.findChildren(QLineEdit):
        keep_first_line(edit)


def fit_to_layout(dialog: QWidget) -> None:
    """Call when the dialog shows: at least as wide as its layout needs, and as high as its wrapped texts need at
    that width.

    A dialog given a minimum width of its own (setMinimumWidth) no longer takes its layout's, so a translated
    check box or radio button longer than that width was cut; and Qt sizes a new window for its wrapped labels
    at their preferred width before narrowing it to the screen, which cut their last line."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    dialog.setMinimumWidth(max(dialog.minimumWidth(), layout.totalMinimumSize().width()))
    if layout.hasHeightForWidth():
        need = layout.totalHeightForWidth(dialog.width())
        if dialog.height() < need:
            dialog.resize(dialog.width(), need)


def error_label(parent: QWidget | None = None) -> QLabel:
    """The red line at the top of a dialog that says what is wrong; hidden until there is something to say."""
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    set_role(label, ERROR_BANNER)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class FormDialog(QDialog):
    """Error line on top, a QFormLayout, Save/Cancel. Subclasses implement `_save()` -> the saved id and
    register their widgets in `self.fields` so an error puts the cursor where the problem is."""

    saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.error_label = error_label()
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("FormDialog", "保存"))
        self.save_button.setObjectName("saveButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("FormDialog", "取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        keep_first_lines(self)  # every field is in place by the time the dialog shows
        fit_to_layout(self)
        super().showEvent(event)

    def _save(self) -> int:
        raise NotImplementedError

    def _doubts(self) -> list[Doubt]:
        """What to confirm before saving (salon.plausibility); nothing by default."""
        return []

    def _message(self, error: ValidationError) -> str:
        return error_text(error)

    def show_message(self, text: str, field: str | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def accept(self) -> None:
        try:
            doubts = self._doubts()
        except ValidationError:
            doubts = []  # what cannot be read is refused by the save itself, with its own sentence
        if not confirm_doubts(self, doubts, self.windowTitle()):
            return
        try:
            saved_id = self._save()
        except ValidationError as error:
            self.show_message(self._message(error), error.field)
            return
        except NotFoundError:
            self.show_message(translate("FormDialog", "这条记录已不存在，无法保存。"))
            return
        except DatabaseError as error:
            self.show_message(translate("FormDialog", "保存失败：数据库暂时无法写入（%1）。请稍后再试。")
                              .replace("%1", str(error)))
            return
        self.error_label.hide()
        self.saved.emit(saved_id)
        super().accept()


def plain_text_edit(placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setFixedHeight(height)
    return edit


def suggestion_combo(suggestions: list[str], placeholder: str) -> QComboBox:
    """An editable combo: pick a usual answer or type another one."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(suggestions)
    combo.setCurrentIndex(-1)
    combo.lineEdit().setPlaceholderText(placeholder)
    return hug(combo, 200)


def hug(widget: QWidget, min_width: int = 0) -> QWidget:
    """Keep a combo at the width of its longest item instead of stretching across the form."""
    widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    if isinstance(widget, QComboBox):
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    if min_width:
        widget.setMinimumWidth(min_width)
    return widget


def form_layout(page: QWidget, *, fill: bool = False) -> QFormLayout:
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
