"""BirthdayEdit: a birthday as clients give it, solar (公历) or lunar (农历), year optional.

A preview under the fields shows salon.clients.birthdays.describe(), so a lunar birthday is seen both ways
(农历 and the solar date it falls on next) while it is typed; a date that does not exist is said
there at once, and salon refuses it again on save.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon.clients.birthdays import LUNAR, SOLAR, describe, lunar_day_name, lunar_month_name, make_birthday
from salon.clients.profiles import BirthdayInput
from salon.dates import month_name
from salon.errors import ValidationError
from ui.common.messages import error_text
from ui.common.style import ERROR, HINT, set_role

UNKNOWN_YEAR = 1899  # the spin box's minimum, shown as "年份未知"


class YearSpinBox(QSpinBox):
    """A year, or "年份未知" at the minimum; typing a digit over "年份未知" replaces it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.lineEdit().text() == self.specialValueText() and event.text().isdigit():
            self.lineEdit().clear()
        super().keyPressEvent(event)


class BirthdayEdit(QWidget):
    """Edits a `BirthdayInput`. `value()` / `set_value()`; `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.calendar_combo = QComboBox(self)
        self.calendar_combo.setObjectName("calendarCombo")
        self.calendar_combo.addItem(self.tr("未填"), "")
        self.calendar_combo.addItem(self.tr("公历"), SOLAR)
        self.calendar_combo.addItem(self.tr("农历"), LUNAR)
        self.calendar_combo.setToolTip(self.tr("公历（阳历）或农历（阴历）生日"))

        self.year_spin = YearSpinBox(self)
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(UNKNOWN_YEAR, date.today().year)
        self.year_spin.setSpecialValueText(self.tr("年份未知"))
        self.year_spin.setValue(UNKNOWN_YEAR)
        self.year_spin.setToolTip(self.tr("出生年份，可不填；农历生日填农历年份"))
        self.year_spin.setAccelerated(True)
        unknown_width = self.year_spin.fontMetrics().horizontalAdvance(self.tr("年份未知"))
        self.year_spin.setMinimumWidth(unknown_width + 36)

        self.month_combo = QComboBox(self)
        self.month_combo.setObjectName("monthCombo")
        self.day_combo = QComboBox(self)
        self.day_combo.setObjectName("dayCombo")
        self.leap_check = QCheckBox(self.tr("闰月"), self)
        self.leap_check.setObjectName("leapCheck")
        self.leap_check.setToolTip(self.tr("生于农历闰月"))

        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("previewLabel")
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._fill_month_day_items()

        fields = QHBoxLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        for widget in (self.calendar_combo, self.year_spin, self.month_combo, self.day_combo,
                       self.leap_check):
            fields.addWidget(widget)
        fields.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(fields)
        outer.addWidget(self.preview_label)
        self._compact = compact
        self.preview_label.setProperty("compact", compact)  # a smaller line in a table row (app.qss)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.calendar_combo)

        self.calendar_combo.currentIndexChanged.connect(self._on_calendar_changed)
        self.year_spin.valueChanged.connect(self._on_edit)
        self.month_combo.currentIndexChanged.connect(self._on_edit)
        self.day_combo.currentIndexChanged.connect(self._on_edit)
        self.leap_check.toggled.connect(self._on_edit)
        self._update_enabled()
        self._update_preview()

    # ----- value -----
    def calendar(self) -> str:
        return self.calendar_combo.currentData() or ""

    def value(self) -> BirthdayInput:
        kind = self.calendar()
        if not kind:
            return BirthdayInput()
        year = self.year_spin.value()
        return BirthdayInput(
            calendar=kind,
            year=None if year == UNKNOWN_YEAR else year,
            month=self.month_combo.currentData(),
            day=self.day_combo.currentData(),
            leap_month=kind == LUNAR and self.leap_check.isChecked(),
        )

    def set_value(self, value: BirthdayInput) -> None:
        self.blockSignals(True)
        try:
            self.calendar_combo.setCurrentIndex(max(0, self.calendar_combo.findData(value.calendar or "")))
            self.year_spin.setValue(value.year if value.year is not None else UNKNOWN_YEAR)
            self.month_combo.setCurrentIndex(max(0, self.month_combo.findData(value.month)))
            self.day_combo.setCurrentIndex(max(0, self.day_combo.findData(value.day)))
            self.leap_check.setChecked(bool(value.leap_month))
        finally:
            self.blockSignals(False)
        self._update_enabled()
        self._update_preview()
        self.changed.emit()

    def preview_text(self) -> str:
        return self.preview_label.text()

    # ----- internals -----
    def _fill_month_day_items(self) -> None:
        lunar = self.calendar() == LUNAR
        month_index = self.month_combo.currentIndex()
        day_index = self.day_combo.currentIndex()
        for combo in (self.month_combo, self.day_combo):
            combo.blockSignals(True)
            combo.clear()
        self.month_combo.addItem(self.tr("月"), None)
        self.day_combo.addItem(self.tr("日"), None)
        for month in range(1, 13):
            # Month and day names as salon words them (正月 / '1st month', 3月 / 'March'), the same as the preview.
            text = lunar_month_name(month) if lunar else month_name(month)
            self.month_combo.addItem(text, month)
        for day in range(1, 31 if lunar else 32):
            text = lunar_day_name(day) if lunar else self.tr("%1日").replace("%1", str(day))
            self.day_combo.addItem(text, day)
        self.month_combo.setCurrentIndex(max(0, month_index))
        self.day_combo.setCurrentIndex(max(0, min(day_index, self.day_combo.count() - 1)))
        for combo in (self.month_combo, self.day_combo):
            combo.blockSignals(False)

    def _on_calendar_changed(self) -> None:
        self._fill_month_day_items()
        self._update_enabled()
        self._on_edit()

    def _on_edit(self) -> None:
        self._update_preview()
        self.changed.emit()

    def _update_enabled(self) -> None:
        kind = self.calendar()
        for widget in (self.year_spin, self.month_combo, self.day_combo):
            widget.setEnabled(bool(kind))
        self.leap_check.setVisible(kind == LUNAR)

    def _update_preview(self) -> None:
        value = self.value()
        text, invalid = "", False
        if value.calendar and value.month is not None and value.day is not None:
            try:
                birthday = make_birthday(value.calendar, value.year, value.month, value.day,
                                         value.leap_month)
            except ValidationError as error:
                text, invalid = error_text(error), True
            else:
                text = describe(birthday)
        self.preview_label.setText(text)
        self.preview_label.setProperty("invalid", invalid)
        set_role(self.preview_label, ERROR if invalid else HINT)
        if not self._compact:  # in a table row the line stays, so rows do not jump
            self.preview_label.setVisible(bool(text))
