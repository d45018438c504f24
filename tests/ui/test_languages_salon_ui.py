"""Words the window takes from salon/ (lunar months and days, reminder kinds, the review's categories) come in
the chosen language: salon puts them into words, the window never passes salon's text through its own tr()."""
from __future__ import annotations

import pytest

from salon import words
from ui.clients.birthday_edit import BirthdayEdit

ENGLISH = {("birthdays", "八月"): "8th month", ("birthdays", "十五"): "15th", ("dates", "3月"): "March",
           ("birthdays", "农历%1%2"): "%1, %2 day (lunar)"}


@pytest.fixture
def english():
    words.install(lambda context, text, disambiguation, n: ENGLISH.get((context, text), text), "en")
    yield
    words.install(None)


def test_the_birthday_editor_names_lunar_months_and_days_as_salon_does(qtbot, english):
    edit = BirthdayEdit()
    qtbot.addWidget(edit)
    edit.calendar_combo.setCurrentIndex(edit.calendar_combo.findData("solar"))
    assert edit.month_combo.itemText(edit.month_combo.findData(3)) == "March"
    edit.calendar_combo.setCurrentIndex(edit.calendar_combo.findData("lunar"))
    edit.month_combo.setCurrentIndex(edit.month_combo.findData(8))
    edit.day_combo.setCurrentIndex(edit.day_combo.findData(15))
    assert (edit.month_combo.currentText(), edit.day_combo.currentText()) == ("8th month", "15th")
    assert edit.preview_text().startswith("8th month, 15th day (lunar)")


def test_in_simplified_chinese_nothing_changes(qtbot):
    edit = BirthdayEdit()
    qtbot.addWidget(edit)
    edit.calendar_combo.setCurrentIndex(edit.calendar_combo.findData("lunar"))
    assert [edit.month_combo.itemText(i) for i in (1, 11, 12)] == ["正月", "冬月", "腊月"]
    assert [edit.day_combo.itemText(i) for i in (1, 10, 21, 30)] == ["初一", "初十", "廿一", "三十"]
