"""The client file dialog, driven the way the front desk uses it: typing, ticking, clicking Save."""
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from salon.clients.birthdays import LUNAR, Birthday, next_occurrence
from salon.clients.profiles import (
    BirthdayInput,
    ClientInput,
    EventInput,
    FamilyInput,
    assignment_history,
    load_client_input,
    save_client,
)
from salon.staff import StaffInput, save_staff, set_active
from salon.store.models import Client, ClientConsent, ClientSkinConcern, FamilyMember
from tests.ui.typing_helpers import type_text
from ui.clients.form import ClientDialog


@pytest.fixture
def staff(database):
    """Two active therapists and one who has left."""
    fang = save_staff(StaffInput(name="王芳"))
    li = save_staff(StaffInput(name="李丽"))
    left = save_staff(StaffInput(name="陈静"))
    return {"王芳": fang.id, "李丽": li.id, "陈静": left.id}


def open_dialog(qtbot, client_id=None):
    dialog = ClientDialog(client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def save_and_wait(qtbot, dialog):
    with qtbot.waitSignal(dialog.saved, timeout=2000) as blocker:
        click(qtbot, dialog.save_button)
    return blocker.args[0]


def test_new_client_typed_into_the_form_is_saved(qtbot, database, staff):
    dialog = open_dialog(qtbot)
    assert dialog.windowTitle() == "新建客户"
    type_text(qtbot, dialog.name_edit, "林小雨")
    type_text(qtbot, dialog.phone_edit, "１３８ 1234-5678")  # full-width digits from a Chinese IME
    choose(dialog.therapist_combo, staff["李丽"])
    birthday = dialog.birthday_edit
    choose(birthday.calendar_combo, "lunar")
    qtbot.keyClicks(birthday.year_spin, "1990")
    choose(birthday.month_combo, 3)
    choose(birthday.day_combo, 12)

    dialog.tabs.setCurrentWidget(dialog.skin_page)
    choose(dialog.skin_type.combo, "sensitive")
    click(qtbot, dialog.skin_concerns.checks["dehydration"])
    type_text(qtbot, dialog.skin_concerns.states["dehydration"], "改善中")

    dialog.tabs.setCurrentWidget(dialog.family_page)
    click(qtbot, dialog.family_editor.add_button)
    assert dialog.family_editor.row_count() == 1
    choose(dialog.family_editor.editor(0, dialog.family_editor.RELATION), "child")
    type_text(qtbot, dialog.family_editor.editor(0, dialog.family_editor.NAME), "林乐乐")

    click(qtbot, dialog.save_button)  # her skin notes need her separate consent (PIPL): nothing is saved yet
    assert "单独同意" in dialog.error_label.text() and Client.select().count() == 0
    dialog.tabs.setCurrentWidget(dialog.skin_page)
    click(qtbot, dialog.sensitive_consent)
    client_id = save_and_wait(qtbot, dialog)
    consent = ClientConsent.get_by_id(client_id)
    assert consent.sensitive_at is not None

    assert not dialog.isVisible()
    client = Client.get_by_id(client_id)
    assert client.name == "林小雨"
    assert client.phone == "13812345678"
    assert client.therapist_id == staff["李丽"]
    assert client.skin_type == "sensitive"
    assert (client.birthday_calendar, client.birth_year, client.birth_month, client.birth_day) == (
        "lunar", 1990, 3, 12)
    assert [(c.concern, c.state) for c in ClientSkinConcern.select()] == [("dehydration", "改善中")]
    assert [(m.relation, m.name) for m in FamilyMember.select()] == [("child", "林乐乐")]
    assert [a.therapist_id for a in assignment_history(client_id)] == [staff["李丽"]]


def test_bad_phone_shows_the_message_and_nothing_is_saved(qtbot, database):
    dialog = open_dialog(qtbot)
    type_text(qtbot, dialog.name_edit, "林小雨")
    qtbot.keyClicks(dialog.phone_edit, "138 1234 567")
    dialog.tabs.setCurrentWidget(dialog.notes_page)
    click(qtbot, dialog.save_button)

    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "格式不对" in dialog.error_label.text() and "138 1234 567" in dialog.error_label.text()
    assert dialog.tabs.currentWidget() is dialog.basic_page
    assert dialog.focusWidget() is dialog.phone_edit
    assert dialog.save_button.isEnabled()
    assert Client.select().count() == 0
    # Corrected, it saves.
    dialog.phone_edit.clear()
    qtbot.keyClicks(dialog.phone_edit, "138 1234 5678")
    save_and_wait(qtbot, dialog)
    assert Client.get().phone == "13812345678"


def test_missing_name_brings_the_basics_tab_forward(qtbot, database):
    dialog = open_dialog(qtbot)
    dialog.tabs.setCurrentWidget(dialog.preferences_page)
    click(qtbot, dialog.save_button)
    assert dialog.error_label.text() == "请填写姓名。"
    assert dialog.tabs.currentWidget() is dialog.basic_page
    assert dialog.focusWidget() is dialog.name_edit
    assert Client.select().count() == 0


def test_duplicate_phone_is_caught_while_typing_with_a_link_to_her(qtbot, database):
    existing = save_client(ClientInput(name="曾小梅", phone="13900001111"))
    dialog = open_dialog(qtbot)
    warning = dialog.phone_warning
    assert not warning.isVisible()
    qtbot.keyClicks(dialog.phone_edit, "+86 139 0000 1111")
    qtbot.waitUntil(warning.isVisible, timeout=2000)
    assert "此号码已属于客户" in warning.text() and "曾小梅" in warning.text()
    assert f"href='client:{existing.id}'" in warning.text()

    # Click on her name, the link, at the end of the line.
    metrics = warning.fontMetrics()
    before = metrics.horizontalAdvance("⚠ 此号码已属于客户 ")
    name_x = before + metrics.horizontalAdvance("曾小梅") // 2 + warning.contentsMargins().left()
    with qtbot.waitSignal(dialog.open_client_requested, timeout=2000) as blocker:
        qtbot.mouseClick(warning, Qt.MouseButton.LeftButton, pos=QPoint(name_x, warning.height() // 2))
    assert blocker.args == [existing.id]

    # Another number: the warning goes away.
    dialog.phone_edit.clear()
    qtbot.keyClicks(dialog.phone_edit, "13700002222")
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=2000)


def test_saving_a_duplicate_phone_is_refused(qtbot, database):
    save_client(ClientInput(name="曾小梅", phone="13900001111"))
    dialog = open_dialog(qtbot)
    type_text(qtbot, dialog.name_edit, "曾晓梅")
    qtbot.keyClicks(dialog.phone2_edit, "139-0000-1111")
    click(qtbot, dialog.save_button)
    assert "曾小梅" in dialog.error_label.text()
    assert dialog.phone2_warning.isVisible()
    assert dialog.focusWidget() is dialog.phone2_edit
    assert Client.select().count() == 1


def test_editing_a_client_and_saving_without_changes_keeps_every_field(qtbot, database, staff):
    referrer = save_client(ClientInput(name="单丽华", phone="13900001111"))
    client = save_client(ClientInput(
        name="曾小梅", gender="F", phone="13812345678", phone2="021-62345678", wechat="xiaomei_88",
        birthday=BirthdayInput("lunar", 2025, 6, 3, leap_month=True),
        address="上海市徐汇区漕溪北路 88 号", community="汇翠花园", occupation="教师", interests="瑜伽、烘焙",
        skin_type="偏油的敏感肌",  # an "other" skin type, kept as typed
        skin_concerns=[("脂肪粒", "眼周少量"), ("pigmentation", "改善中"), ("acne", "")],
        allergies="酒精\n果酸", contraindications="孕期", pref_pressure="稍重一点",
        pref_room_temperature="偏暖", pref_drink="花茶", pref_music="轻音乐", pref_conversation="quiet",
        preferred_therapist_id=staff["陈静"],
        contact_channel="电话前先发微信", contact_best_time="工作日晚上", do_not_contact=True,
        goals="婚礼前淡斑", referral_source="社区活动", referred_by_id=referrer.id, tags="贵宾 敏感肌",
        notes="喜欢靠窗的房间\n怕冷", marketing_consent=True, sensitive_consent=True, therapist_id=staff["陈静"],
        family=[FamilyInput("spouse", "陈刚", BirthdayInput("solar", 1985, 7, 20), "做 IT"),
                FamilyInput("child", "陈乐乐", BirthdayInput("lunar", None, 8, 15), "")],
        events=[EventInput("wedding", date(2012, 10, 1), "结婚纪念日"),
                EventInput("illness", date(2024, 3, 5), "")],
    ))
    set_active(staff["陈静"], False)  # her therapist has left since; she keeps her
    before = load_client_input(client.id)

    dialog = open_dialog(qtbot, client.id)
    assert dialog.windowTitle() == "客户档案 – 曾小梅"
    assert dialog.client_input() == before  # the form shows exactly what is stored
    assert dialog.therapist_combo.currentText() == "陈静（已停用）"
    assert dialog.skin_type.is_other() and dialog.skin_type.other_edit.text() == "偏油的敏感肌"
    assert dialog.referrer_picker.text() == "单丽华（尾号 1111）"
    assert not dialog.phone_warning.isVisible()  # her own number is no duplicate
    assert save_and_wait(qtbot, dialog) == client.id

    assert load_client_input(client.id) == before
    assert Client.select().count() == 2
    assert len(assignment_history(client.id)) == 1


def test_an_edit_is_saved(qtbot, database, staff):
    client = save_client(ClientInput(name="曾小梅", phone="13812345678", therapist_id=staff["王芳"]))
    dialog = open_dialog(qtbot, client.id)
    dialog.tabs.setCurrentWidget(dialog.notes_page)
    type_text(qtbot, dialog.tags_edit, "贵宾，敏感肌")
    dialog.tabs.setCurrentWidget(dialog.basic_page)
    choose(dialog.therapist_combo, staff["李丽"])
    save_and_wait(qtbot, dialog)
    stored = load_client_input(client.id)
    assert stored.tags == "贵宾 敏感肌"
    assert stored.therapist_id == staff["李丽"]
    assert [a.therapist_id for a in assignment_history(client.id)] == [staff["王芳"], staff["李丽"]]


def test_new_client_offers_only_active_therapists(qtbot, database, staff):
    set_active(staff["陈静"], False)
    dialog = open_dialog(qtbot)
    combo = dialog.therapist_combo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == ["未分配", "李丽", "王芳"] or offered == ["未分配", "王芳", "李丽"]


def test_lunar_birthday_preview_shows_the_lunar_and_the_solar_date(qtbot, database):
    dialog = open_dialog(qtbot)
    birthday = dialog.birthday_edit
    assert not birthday.preview_label.isVisible()
    assert not birthday.leap_check.isVisible()
    choose(birthday.calendar_combo, "lunar")
    assert birthday.leap_check.isVisible()
    assert birthday.month_combo.itemText(1) == "正月" and birthday.day_combo.itemText(1) == "初一"
    choose(birthday.month_combo, 3)
    choose(birthday.day_combo, 12)
    solar = next_occurrence(Birthday(LUNAR, 3, 12), date.today())
    assert birthday.preview_label.isVisible()
    assert birthday.preview_text() == f"农历三月十二（公历 {solar:%Y-%m-%d}）"
    # Live: change the day, the preview follows.
    choose(birthday.day_combo, 15)
    solar = next_occurrence(Birthday(LUNAR, 3, 15), date.today())
    assert birthday.preview_text() == f"农历三月十五（公历 {solar:%Y-%m-%d}）"
    # Solar with a year shows the lunar date of birth too.
    choose(birthday.calendar_combo, "solar")
    assert not birthday.leap_check.isVisible()
    birthday.year_spin.setValue(1985)
    assert birthday.preview_text() == "1985-03-15（农历正月廿四）"


def test_impossible_solar_date_is_refused_with_the_message(qtbot, database):
    dialog = open_dialog(qtbot)
    type_text(qtbot, dialog.name_edit, "林小雨")
    birthday = dialog.birthday_edit
    choose(birthday.calendar_combo, "solar")
    choose(birthday.month_combo, 2)
    choose(birthday.day_combo, 30)
    assert birthday.preview_text() == "2 月 30 日这一天不存在，请检查月和日。"  # said at once
    dialog.tabs.setCurrentWidget(dialog.notes_page)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "2 月 30 日这一天不存在，请检查月和日。"
    assert dialog.tabs.currentWidget() is dialog.basic_page
    assert dialog.focusWidget() is birthday.calendar_combo
    assert Client.select().count() == 0


def test_bad_family_birthday_points_at_the_family_row(qtbot, database):
    dialog = open_dialog(qtbot)
    type_text(qtbot, dialog.name_edit, "林小雨")
    family = dialog.family_editor
    family.set_value([FamilyInput("spouse", "陈刚"),
                      FamilyInput("child", "陈乐乐", BirthdayInput("solar", None, 4, 31))])
    click(qtbot, dialog.save_button)
    assert dialog.error_label.text() == "4 月 31 日这一天不存在，请检查月和日。"
    assert dialog.tabs.currentWidget() is dialog.family_page
    assert dialog.focusWidget() is family.editor(1, family.BIRTHDAY).calendar_combo
    assert Client.select().count() == 0
    # Remove the row and the client saves, with her husband.
    remove = family.table.cellWidget(1, family.table.columnCount() - 1).focusProxy()
    click(qtbot, remove)
    assert family.row_count() == 1
    save_and_wait(qtbot, dialog)
    assert [m.name for m in FamilyMember.select()] == ["陈刚"]


def test_double_clicking_save_creates_one_client(qtbot, database):
    dialog = open_dialog(qtbot)
    type_text(qtbot, dialog.name_edit, "林小雨")
    saved = []
    # A slot that clicks Save again while the first save is still being handled.
    dialog.saved.connect(lambda client_id: (saved.append(client_id), dialog.save_button.click()))
    qtbot.mouseDClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.save_button.click()
    dialog.save()
    assert Client.select().count() == 1
    assert len(saved) == 1


def test_enter_saves_and_escape_cancels(qtbot, database):
    dialog = open_dialog(qtbot)
    type_text(qtbot, dialog.name_edit, "林小雨")
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert Client.get().name == "林小雨"

    untouched = open_dialog(qtbot)
    qtbot.keyClick(untouched.name_edit, Qt.Key.Key_Escape)
    assert not untouched.isVisible()


def test_escape_after_typing_asks_for_a_second_escape(qtbot, database):
    dialog = open_dialog(qtbot)
    type_text(qtbot, dialog.name_edit, "林小雨")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert "未保存" in dialog.error_label.text()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert Client.select().count() == 0


def test_referrer_is_found_by_pinyin_initials(qtbot, database):
    referrer = save_client(ClientInput(name="单丽华", phone="13900001111"))
    dialog = open_dialog(qtbot)
    type_text(qtbot, dialog.name_edit, "林小雨")
    picker = dialog.referrer_picker
    qtbot.keyClicks(picker, "dlh")
    assert picker.suggestions.rowCount() == 1
    assert picker.suggestions.item(0).text() == "单丽华（尾号 1111）"
    picker.choose_row(0)
    assert picker.text() == "单丽华（尾号 1111）"
    assert dialog.referral_source.value() == "referral"  # filled in for her
    client_id = save_and_wait(qtbot, dialog)
    stored = Client.get_by_id(client_id)
    assert stored.referred_by_id == referrer.id and stored.referral_source == "referral"


def test_a_referrer_typed_but_not_found_is_refused(qtbot, database):
    dialog = open_dialog(qtbot)
    type_text(qtbot, dialog.name_edit, "林小雨")
    type_text(qtbot, dialog.referrer_picker, "没有这个人")
    click(qtbot, dialog.save_button)
    assert dialog.error_label.text() == "介绍人不存在。"
    assert dialog.focusWidget() is dialog.referrer_picker
    assert Client.select().count() == 0


def test_other_skin_type_reveals_a_line_edit(qtbot, database):
    dialog = open_dialog(qtbot)
    dialog.tabs.setCurrentWidget(dialog.skin_page)
    skin = dialog.skin_type
    assert not skin.other_edit.isVisible()
    skin.combo.setCurrentIndex(skin.combo.count() - 1)
    assert skin.combo.currentText() == "其他…"
    assert skin.other_edit.isVisible()
    type_text(qtbot, skin.other_edit, "油痘肌")
    type_text(qtbot, dialog.skin_concerns.other_rows[0][1], "脂肪粒")
    type_text(qtbot, dialog.name_edit, "林小雨")
    click(qtbot, dialog.sensitive_consent)
    client_id = save_and_wait(qtbot, dialog)
    assert Client.get_by_id(client_id).skin_type == "油痘肌"
    assert load_client_input(client_id).skin_concerns == [("脂肪粒", "")]


def test_no_traceback_dialog_when_a_field_is_unknown(qtbot, database, monkeypatch):
    """Errors whose field the form does not know still show as a message, and nothing closes."""
    from salon.errors import ValidationError

    def refuse(*args, **kwargs):
        raise ValidationError("choice_invalid", "x", field="something_new")

    monkeypatch.setattr("ui.clients.form.save_client", refuse)
    dialog = open_dialog(qtbot)
    type_text(qtbot, dialog.name_edit, "林小雨")
    click(qtbot, dialog.save_button)
    assert dialog.error_label.text() == "选项无效。"
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert QApplication.activeModalWidget() in (None, dialog)


def test_a_bad_lunar_birthday_is_explained_in_lunar_words(qtbot, database):
    from salon.clients.birthdays import make_birthday
    from salon.errors import ValidationError
    from ui.common.messages import error_text

    with pytest.raises(ValidationError) as caught:
        make_birthday("lunar", 2024, 12, 30)
    assert error_text(caught.value) == "农历2024年腊月没有三十（这个月只有29天）。"


def test_the_cards_and_history_pages_say_their_actions_need_no_save(qtbot, database):
    from salon.clients.profiles import ClientInput, save_client
    from ui.clients.form import ClientDialog

    client = save_client(ClientInput(name="王芳", phone="13812345678"))
    dialog = ClientDialog(client.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.immediate_hint.isVisible()
    dialog.tabs.setCurrentWidget(dialog.packages_page)
    assert dialog.immediate_hint.isVisible() and "立即生效" in dialog.immediate_hint.text()
    dialog.tabs.setCurrentWidget(dialog.history_page)
    assert dialog.immediate_hint.isVisible()
    dialog.tabs.setCurrentIndex(0)
    assert not dialog.immediate_hint.isVisible()
