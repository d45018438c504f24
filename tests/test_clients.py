from datetime import date

import pytest

from salon.clients.privacy import forget_client
from salon.clients.profiles import (
    BirthdayInput,
    ClientInput,
    DuplicatePhoneError,
    EventInput,
    FamilyInput,
    archive_client,
    assign_therapist,
    assignment_history,
    birthday_of,
    count_clients,
    find_clients_by_phone,
    load_client_input,
    restore_client,
    save_client,
)
from salon.errors import ValidationError
from salon.staff import StaffInput, save_staff, set_active
from salon.store.models import Client, ClientSearchKey, FamilyMember, TherapistAssignment


def full_client(**changes) -> ClientInput:
    data = ClientInput(
        name="  李  雪 ", gender="F", phone="１３８ 0000 1111", phone2="021-6234 5678", wechat="lixue88",
        birthday=BirthdayInput("lunar", 1988, 8, 15), address="人民路 1 号", community="阳光花园",
        occupation="教师", interests="瑜伽, 烘焙", skin_type="combination",
        skin_concerns=[("acne", "改善中"), ("眼周细纹", "刚开始护理")], allergies="酒精过敏",
        contraindications="孕期", pref_pressure="轻", pref_room_temperature="偏暖", pref_drink="花茶",
        pref_music="轻音乐", pref_conversation="quiet", contact_channel="wechat", contact_best_time="晚上",
        goals="淡化痘印", referral_source="online", tags="贵宾，敏感肌", notes="周末来",
        marketing_consent=True, sensitive_consent=True,
        family=[FamilyInput("child", "小宝", BirthdayInput("solar", 2016, 6, 1), "")],
        events=[EventInput("wedding", date(2015, 10, 1), "结婚纪念日")],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_a_client_file_round_trips_with_every_part(database):
    saved = save_client(full_client())
    loaded = load_client_input(saved.id)
    assert loaded.name == "李 雪"
    assert loaded.phone == "13800001111"
    assert loaded.phone2 == "02162345678"
    assert loaded.tags == "贵宾 敏感肌"
    assert loaded.skin_concerns == [("acne", "改善中"), ("眼周细纹", "刚开始护理")]
    assert loaded.family[0].name == "小宝" and loaded.family[0].birthday.month == 6
    assert loaded.events[0].event_date == date(2015, 10, 1)
    assert birthday_of(Client.get_by_id(saved.id)).is_lunar
    # Saving what was loaded changes nothing.
    save_client(loaded, client_id=saved.id)
    assert load_client_input(saved.id) == loaded


def test_name_is_required_and_nothing_is_written(database):
    with pytest.raises(ValidationError) as caught:
        save_client(full_client(name="   "))
    assert caught.value.code == "name_required"
    assert count_clients() == 0
    assert FamilyMember.select().count() == 0


def test_bad_phone_or_impossible_date_changes_nothing(database):
    client = save_client(full_client())
    before = load_client_input(client.id)
    with pytest.raises(ValidationError) as caught:
        save_client(full_client(phone="138 0000 111", notes="changed"), client_id=client.id)
    assert caught.value.field == "phone"
    bad_family = [FamilyInput("spouse", "老公", BirthdayInput("solar", 1985, 2, 30))]
    with pytest.raises(ValidationError) as caught:
        save_client(full_client(family=bad_family, notes="changed"), client_id=client.id)
    assert caught.value.code == "date_invalid" and caught.value.field == "family[0]"
    assert load_client_input(client.id) == before


def test_duplicate_phone_names_the_existing_client(database):
    first = save_client(ClientInput(name="王芳", phone="13812345678"))
    with pytest.raises(DuplicatePhoneError) as caught:
        save_client(ClientInput(name="王小芳", phone="+86 138 1234 5678"))
    assert caught.value.client_id == first.id and caught.value.client_name == "王芳"
    with pytest.raises(DuplicatePhoneError):
        save_client(ClientInput(name="王小芳", phone="13900000000", phone2="13812345678"))
    assert [c.id for c in find_clients_by_phone("138-1234-5678")] == [first.id]
    assert find_clients_by_phone("13812345678", exclude_client_id=first.id) == []
    assert count_clients() == 1


def test_archive_and_restore(database):
    client = save_client(ClientInput(name="王芳", phone="13812345678"))
    archive_client(client.id)
    assert count_clients() == 0 and count_clients(include_archived=True) == 1
    # An archived client's phone is still taken: she may come back.
    with pytest.raises(DuplicatePhoneError):
        save_client(ClientInput(name="王芳", phone="13812345678"))
    restore_client(client.id)
    assert count_clients() == 1


def test_forget_removes_everything_about_the_client(database):
    client = save_client(full_client())
    friend = save_client(ClientInput(name="赵敏", referred_by_id=client.id))
    forget_client(client.id)
    assert Client.get_or_none(Client.id == client.id) is None
    assert ClientSearchKey.select().where(ClientSearchKey.client == client.id).count() == 0
    assert FamilyMember.select().count() == 0
    assert Client.get_by_id(friend.id).referred_by_id is None


def test_reassigning_a_therapist_keeps_the_history(database):
    fang = save_staff(StaffInput(name="王芳"))
    li = save_staff(StaffInput(name="李丽"))
    client = save_client(ClientInput(name="赵敏", therapist_id=fang.id))
    assert assign_therapist([client.id], li.id) == 1
    history = assignment_history(client.id)
    assert [(h.therapist.name, h.ended_at is None) for h in history] == [("王芳", False), ("李丽", True)]
    assert Client.get_by_id(client.id).therapist_id == li.id


def test_inactive_therapist_gets_no_new_clients_but_keeps_old_ones(database):
    fang = save_staff(StaffInput(name="王芳"))
    client = save_client(ClientInput(name="赵敏", therapist_id=fang.id))
    set_active(fang.id, False)
    with pytest.raises(ValidationError) as caught:
        save_client(ClientInput(name="钱红", therapist_id=fang.id))
    assert caught.value.code == "therapist_inactive"
    with pytest.raises(ValidationError):
        assign_therapist([client.id], fang.id)
    # Editing her existing client without changing the therapist still works.
    data = load_client_input(client.id)
    data.notes = "老客户"
    save_client(data, client_id=client.id)
    assert Client.get_by_id(client.id).therapist_id == fang.id
    assert TherapistAssignment.select().count() == 1


def test_schema_refuses_what_the_domain_refuses(database):
    from peewee import IntegrityError

    with pytest.raises(IntegrityError):
        database.execute_sql(
            "INSERT INTO client (name, created_at, updated_at, birthday_calendar) VALUES ('x', 'n', 'n', 'solar')"
        )
    with pytest.raises(IntegrityError):
        database.execute_sql("INSERT INTO staff (name, created_at, commission_rate_bp) VALUES ('x', 'n', -5)")
