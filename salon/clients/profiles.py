"""Client files (客户档案): create, edit, archive, restore; duplicate phones; therapist history (forgetting a
client is salon.clients.privacy)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from datetime import date, datetime

from peewee import fn

from salon import access
from salon.clients import choices
from salon.clients.birthdays import Birthday, make_birthday
from salon.clients.search_keys import client_search_keys, sort_key
from salon.dates import now
from salon.errors import NotFoundError, ValidationError
from salon.inputs import as_whole, checked_date, record_id
from salon.phones import normalize_phone
from salon.store.models import (
    Client,
    ClientConsent,
    ClientEvent,
    ClientSearchKey,
    ClientSkinConcern,
    FamilyMember,
    Staff,
    TherapistAssignment,
    database_proxy,
    write_transaction,
)
from salon.text import clean_text, split_tags
from salon.words import QT_TRANSLATE_NOOP, translate

MAX_NAME_LENGTH = 40


class DuplicatePhoneError(ValidationError):
    """The phone belongs to another client already; `client_id` names her so the UI can link to her."""

    def __init__(self, phone: str, client_id: int, client_name: str, field: str) -> None:
        super().__init__(
            "phone_duplicate",
            translate("errors", "电话 %1 已登记在客户“%2”（编号 %3）名下。"), phone, client_name, client_id,
            field=field,
            phone=phone,
            client_id=client_id,
            client_name=client_name,
        )
        self.client_id = client_id
        self.client_name = client_name


@dataclass
class BirthdayInput:
    calendar: str = ""  # '', 'solar' or 'lunar'
    year: int | None = None
    month: int | None = None
    day: int | None = None
    leap_month: bool = False

    @classmethod
    def of(cls, birthday: Birthday | None) -> BirthdayInput:
        if birthday is None:
            return cls()
        return cls(birthday.calendar, birthday.year, birthday.month, birthday.day, birthday.leap_month)


@dataclass
class FamilyInput:
    relation: str = "other"
    name: str = ""
    birthday: BirthdayInput = field(default_factory=BirthdayInput)
    notes: str = ""


@dataclass
class EventInput:
    kind: str = "other"
    event_date: date | None = None
    note: str = ""


@dataclass
class ClientInput:
    """Everything the client form edits, as typed; `save_client` validates and normalises it."""

    name: str = ""
    gender: str = ""
    phone: str = ""
    phone2: str = ""
    wechat: str = ""
    birthday: BirthdayInput = field(default_factory=BirthdayInput)
    address: str = ""
    community: str = ""
    occupation: str = ""
    interests: str = ""
    skin_type: str = ""
    skin_concerns: list[tuple[str, str]] = field(default_factory=list)  # (concern, current state)
    allergies: str = ""
    contraindications: str = ""
    pref_pressure: str = ""
    pref_room_temperature: str = ""
    pref_drink: str = ""
    pref_music: str = ""
    pref_conversation: str = ""
    preferred_therapist_id: int | None = None
    contact_channel: str = ""
    contact_best_time: str = ""
    do_not_contact: bool = False
    goals: str = ""
    referral_source: str = ""
    referred_by_id: int | None = None
    tags: str = ""
    notes: str = ""
    marketing_consent: bool = False
    # Her separate consent to the skin and health notes (allergies, contraindications, skin concerns): sensitive
    # personal information under PIPL, stored only with it (salon.clients.profiles.consent_columns).
    sensitive_consent: bool = False
    therapist_id: int | None = None
    family: list[FamilyInput] = field(default_factory=list)
    events: list[EventInput] = field(default_factory=list)


_PLAIN_TEXT_FIELDS = (
    "wechat", "address", "community", "occupation", "interests", "allergies", "contraindications",
    "pref_pressure", "pref_room_temperature", "pref_drink", "pref_music", "contact_best_time", "goals",
    "notes",
)


def _birthday_columns(birthday: Birthday | None) -> dict[str, object]:
    if birthday is None:
        return {"birthday_calendar": "", "birth_year": None, "birth_month": None, "birth_day": None,
                "birth_leap_month": False}
    return {"birthday_calendar": birthday.calendar, "birth_year": birthday.year,
            "birth_month": birthday.month, "birth_day": birthday.day,
            "birth_leap_month": birthday.leap_month}


def birthday_of(record: Client | FamilyMember) -> Birthday | None:
    """The birthday stored on a client or family member row."""
    if not record.birthday_calendar:
        return None
    return Birthday(record.birthday_calendar, record.birth_month, record.birth_day, record.birth_year,
                    bool(record.birth_leap_month))


def _validated_birthday(value: BirthdayInput, field_name: str) -> Birthday | None:
    return make_birthday(value.calendar, value.year, value.month, value.day, value.leap_month,
                         field=field_name)


def find_clients_by_phone(phone: str, exclude_client_id: int | None = None) -> list[Client]:
    """Clients (archived ones too) who have this phone as first or second number (a signed-in therapist: only
    among her own)."""
    normalized = normalize_phone(phone)
    if not normalized:
        return []
    # The `phone <> ''` terms repeat the partial indexes' condition: without them SQLite cannot use
    # client_phone / client_phone2 and scans every client on each check.
    query = Client.select().where(
        ((Client.phone == normalized) & (Client.phone != ""))
        | ((Client.phone2 == normalized) & (Client.phone2 != ""))
    )
    if exclude_client_id is not None:
        query = query.where(Client.id != exclude_client_id)
    if access.visible_client_filter() is not None:
        query = query.where(Client.therapist == access.visible_client_filter())
    return list(query.order_by(Client.id))


def _check_staff(staff_id: int | None, field_name: str, *, must_be_active: bool) -> None:
    if staff_id is None:
        return
    number = as_whole(staff_id)
    staff = Staff.get_or_none(Staff.id == number) if number is not None and 1 <= number < 2**63 else None
    if staff is None:
        raise ValidationError("staff_missing", translate("errors", "所选员工不存在。"), field=field_name)
    if must_be_active and not staff.active:
        raise ValidationError(
            "therapist_inactive", translate("errors", "%1 已停用，不能再分配新客户。"), staff.name, field=field_name,
            name=staff.name,
        )


def validated_columns(data: ClientInput, client_id: int | None, *, check_phones: bool = True) -> dict[str, object]:
    """The client's columns as stored, or ValidationError for the first bad field. `check_phones=False` leaves
    phones that other clients have to the caller (the import merges them instead of refusing)."""
    name = clean_text(data.name, field="name", what=QT_TRANSLATE_NOOP("fields", "客户姓名"), required=True)
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError("name_too_long", translate("errors", "姓名最多 %1 个字。"), MAX_NAME_LENGTH, field="name")
    phone = normalize_phone(data.phone, "phone")
    phone2 = normalize_phone(data.phone2, "phone2")
    if phone and phone == phone2:
        phone2 = ""
    for field_name, number in (("phone", phone), ("phone2", phone2)):
        duplicates = find_clients_by_phone(number, exclude_client_id=client_id) if number and check_phones else []
        if duplicates:
            raise DuplicatePhoneError(number, duplicates[0].id, duplicates[0].name, field_name)
    if not isinstance(data.gender, str) or data.gender not in ("", *choices.GENDERS):
        raise ValidationError("choice_invalid", translate("errors", "性别选项无效。"), field="gender")
    if not isinstance(data.pref_conversation, str) or data.pref_conversation not in ("", *choices.CONVERSATION):
        raise ValidationError("choice_invalid", translate("errors", "聊天偏好选项无效。"), field="pref_conversation")
    if data.referred_by_id is not None:
        referrer = as_whole(data.referred_by_id)
        if referrer is not None and referrer == client_id:
            raise ValidationError("referrer_self", translate("errors", "介绍人不能是客户本人。"), field="referred_by")
        if referrer is None or not 1 <= referrer < 2**63 \
                or not Client.select().where(Client.id == referrer).exists():
            raise ValidationError("referrer_missing", translate("errors", "介绍人不存在。"), field="referred_by")
    _check_staff(data.preferred_therapist_id, "preferred_therapist", must_be_active=False)
    birthday = _validated_birthday(data.birthday, "birthday")
    columns: dict[str, object] = {
        "name": name,
        "name_pinyin": sort_key(name),
        "gender": data.gender,
        "phone": phone,
        "phone2": phone2,
        "skin_type": choices.key_for(choices.SKIN_TYPES, clean_text(data.skin_type, field="skin_type")),
        "pref_conversation": data.pref_conversation,
        "preferred_therapist": data.preferred_therapist_id,
        "contact_channel": choices.key_for(choices.CONTACT_CHANNELS,
                                           clean_text(data.contact_channel, field="contact_channel")),
        "do_not_contact": bool(data.do_not_contact),
        "referral_source": choices.key_for(choices.REFERRAL_SOURCES,
                                           clean_text(data.referral_source, field="referral_source")),
        "referred_by": data.referred_by_id,
        "tags": " ".join(split_tags(clean_text(data.tags, field="tags", what=QT_TRANSLATE_NOOP("fields", "标签")))),
        "marketing_consent": bool(data.marketing_consent),
        **_birthday_columns(birthday),
    }
    for name_of_field in _PLAIN_TEXT_FIELDS:
        columns[name_of_field] = clean_text(getattr(data, name_of_field), field=name_of_field, multiline=True)
    return columns


def _validated_children(data: ClientInput) -> tuple[list[dict], list[dict], list[dict]]:
    concerns = []
    for concern, state in data.skin_concerns:
        concern = choices.key_for(choices.SKIN_CONCERNS, clean_text(concern, field="skin_concerns"))
        if concern:
            concerns.append({"concern": concern, "state": clean_text(state, field="skin_concerns", multiline=True)})
    family = []
    for index, member in enumerate(data.family):
        field_name = f"family[{index}]"
        if not isinstance(member.relation, str) or member.relation not in choices.RELATIONS:
            raise ValidationError("choice_invalid", translate("errors", "家庭成员关系无效。"), field=field_name)
        name = clean_text(member.name, field=field_name, what=QT_TRANSLATE_NOOP("fields", "家人姓名"),
                          limit=MAX_NAME_LENGTH)
        if not name and not member.birthday.calendar:
            continue
        birthday = _validated_birthday(member.birthday, field_name)
        family.append({"relation": member.relation, "name": name,
                       "notes": clean_text(member.notes, field=field_name, multiline=True),
                       **_birthday_columns(birthday)})
    events = []
    for index, event in enumerate(data.events):
        field_name = f"events[{index}]"
        if not isinstance(event.kind, str) or event.kind not in choices.EVENT_KINDS:
            raise ValidationError("choice_invalid", translate("errors", "纪念日类型无效。"), field=field_name)
        if event.event_date is None:
            raise ValidationError("date_required", translate("errors", "请填写事件日期。"), field=field_name)
        events.append({"kind": event.kind, "event_date": checked_date(event.event_date, field_name),
                       "note": clean_text(event.note, field=field_name, multiline=True)})
    return concerns, family, events


def _sensitive_parts(allergies: str, contraindications: str, concerns: list[tuple[str, str]]) -> tuple:
    return ((allergies or "").strip(), (contraindications or "").strip(),
            tuple(sorted((concern, (state or "").strip()) for concern, state in concerns)))


def has_sensitive_consent(client_id: int) -> bool:
    return ClientConsent.select().where(ClientConsent.client == client_id).exists()


def record_consent(data: ClientInput, existing: Client | None, concerns: list[dict], client_id: int,
                   moment: datetime) -> None:
    """Her consent to skin and health notes, recorded once (when and by whom). New or changed notes need it
    (refused with consent_required otherwise); withdrawing it needs the notes cleared first (consent_withdrawn).
    Notes kept from before the app recorded consent stay until they are changed."""
    new = _sensitive_parts(data.allergies, data.contraindications,
                           [(item["concern"], item["state"]) for item in concerns])
    holds = any(new)
    if not holds and not data.sensitive_consent and existing is None:
        return  # nothing sensitive, nothing to record (and no table to read in files older than consent)
    had_consent = existing is not None and has_sensitive_consent(client_id)
    old = ("", "", ())
    if existing is not None:
        old = _sensitive_parts(existing.allergies, existing.contraindications,
                               [(c.concern, c.state) for c in existing.skin_concerns])
    if not data.sensitive_consent:
        if holds and had_consent:
            raise ValidationError("consent_withdrawn",
                                  translate("errors", "客户撤回了同意：请先清空过敏、禁忌和皮肤问题，再保存。"),
                                  field="sensitive_consent")
        if holds and new != old:
            raise ValidationError("consent_required", translate("errors", "过敏、禁忌和皮肤问题属于敏感个人信息："
                                                                "请先取得客户的单独同意，勾选“客户已同意”后再保存。"),
                                  field="sensitive_consent")
        if had_consent:
            ClientConsent.delete().where(ClientConsent.client == client_id).execute()
            access.record("consent.withdrawn", f"client:{client_id}")
        return
    if not had_consent:
        ClientConsent.create(client=client_id, sensitive_at=moment, sensitive_by=access.actor_id())
        access.record("consent.given", f"client:{client_id}")


def _write_search_keys(client: Client) -> None:
    ClientSearchKey.delete().where(ClientSearchKey.client == client.id).execute()
    keys = client_search_keys(client.name, [client.phone, client.phone2], client.tags)
    ClientSearchKey.insert_many([(key, client.id) for key in keys],
                                fields=[ClientSearchKey.key, ClientSearchKey.client]).execute()


def save_client(data: ClientInput, client_id: int | None = None) -> Client:
    """Create (client_id None) or update a client file with all its parts, in one transaction.

    Raises ValidationError (or DuplicatePhoneError) before writing anything when input is bad.
    """
    client_id = None if client_id is None else record_id(client_id, "client")
    access.require(access.CLIENTS_EDIT, client_id=client_id)
    with write_transaction():
        existing = None
        if client_id is not None:
            existing = Client.get_or_none(Client.id == client_id)
            if existing is None:
                raise NotFoundError(client_id)
        columns = validated_columns(data, client_id)
        concerns, family, events = _validated_children(data)
        therapist_changes = existing is None or existing.therapist_id != data.therapist_id
        if therapist_changes:
            _check_staff(data.therapist_id, "therapist", must_be_active=True)
        moment = now()
        if existing is None:
            client = Client.create(**columns, therapist=data.therapist_id, created_at=moment, updated_at=moment)
        else:
            client = existing
            for key, value in columns.items():
                setattr(client, key, value)
            client.updated_at = moment
            client.save()
        record_consent(data, existing, concerns, client.id, moment)
        ClientSkinConcern.delete().where(ClientSkinConcern.client == client.id).execute()
        for concern in concerns:
            ClientSkinConcern.create(client=client.id, updated_at=moment, **concern)
        FamilyMember.delete().where(FamilyMember.client == client.id).execute()
        for member in family:
            FamilyMember.create(client=client.id, **member)
        ClientEvent.delete().where(ClientEvent.client == client.id).execute()
        for event in events:
            ClientEvent.create(client=client.id, **event)
        if existing is not None and therapist_changes:
            _assign(client, data.therapist_id, moment)
        elif existing is None and data.therapist_id is not None:
            TherapistAssignment.create(client=client.id, therapist=data.therapist_id, started_at=moment)
        _write_search_keys(client)
        access.record("client.save", f"client:{client.id}", "new" if existing is None else "edit")
    return client


def add_clients(rows: list[tuple[dict[str, object], int | None]]) -> list[int]:
    """Create many clients at once from validated columns (`validated_columns`) and an assigned therapist each,
    with their search keys and therapist history, as save_client would one by one; returns their ids. For the
    import of an old client list: the caller holds the transaction."""
    access.require(access.IMPORT)
    if not rows:
        return []
    moment = Client.created_at.db_value(now())
    names = list(rows[0][0])
    model_fields = [Client._meta.fields[name] for name in names]
    insert = (f"INSERT INTO client ({', '.join(item.column_name for item in model_fields)}, therapist_id,"
              f" created_at, updated_at) VALUES ({', '.join('?' * (len(names) + 3))})")
    ids: list[int] = []
    keys: list[tuple[str, int]] = []
    assignments: list[tuple[int, int, object]] = []
    for columns, therapist_id in rows:
        cursor = database_proxy.execute_sql(insert, [*(columns[name] for name in names), therapist_id, moment, moment])
        client_id = cursor.lastrowid
        ids.append(client_id)
        keys.extend((key, client_id) for key in client_search_keys(
            str(columns["name"]), [str(columns["phone"]), str(columns["phone2"])], str(columns["tags"])))
        if therapist_id is not None:
            assignments.append((client_id, therapist_id, moment))
    cursor = database_proxy.cursor()  # plain executemany: peewee would build the SQL of each row anew
    cursor.executemany("INSERT INTO client_search_key (key, client_id) VALUES (?, ?)", keys)
    cursor.executemany("INSERT INTO therapist_assignment (client_id, therapist_id, started_at) VALUES (?, ?, ?)",
                       assignments)
    return ids


# The parts of a client file an import of an old list fills in (salon.imports): read and written on their own,
# so that merging a row into an existing client leaves the rest of her file as it is.
MERGEABLE_FIELDS = ("name", "gender", "phone", "phone2", "wechat", "address", "community", "occupation", "skin_type",
                    "allergies", "tags", "notes")
_BIRTHDAY_COLUMNS = ("birthday_calendar", "birth_year", "birth_month", "birth_day", "birth_leap_month")


def mergeable_parts(client_ids: list[int]) -> dict[int, ClientInput]:
    """The mergeable parts (and birthday and assigned therapist) of these clients as input, by id."""
    found: dict[int, ClientInput] = {}
    for row in database_proxy.execute_sql(
            f"SELECT id, {', '.join(MERGEABLE_FIELDS)}, {', '.join(_BIRTHDAY_COLUMNS)}, therapist_id FROM client"
            " WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(set(client_ids))),)):
        data = ClientInput(**dict(zip(MERGEABLE_FIELDS, row[1:len(MERGEABLE_FIELDS) + 1], strict=True)))
        calendar_kind, year, month, day, leap = row[len(MERGEABLE_FIELDS) + 1:-1]
        if calendar_kind:
            data.birthday = BirthdayInput(calendar_kind, year, month, day, bool(leap))
        data.therapist_id = row[-1]
        found[row[0]] = data
    return found


def save_mergeable_parts(client_id: int, data: ClientInput, *, sensitive_consent: bool = False) -> None:
    """Write the mergeable parts, birthday and assigned therapist of an existing client, validated as the form
    would; the rest of her file is not touched. `sensitive_consent`: her consent to allergies was confirmed (it is
    recorded now unless it was already). The caller holds the transaction."""
    access.require(access.IMPORT)
    client = get_client(client_id)
    columns = validated_columns(data, client_id, check_phones=False)
    changes = {name: columns[name] for name in (*MERGEABLE_FIELDS, "name_pinyin", *_BIRTHDAY_COLUMNS)}
    if sensitive_consent and data.allergies and not has_sensitive_consent(client_id):
        ClientConsent.create(client=client_id, sensitive_at=now(), sensitive_by=access.actor_id())
    moment = now()
    Client.update(**changes, updated_at=moment).where(Client.id == client_id).execute()
    if data.therapist_id != client.therapist_id:
        _check_staff(data.therapist_id, "therapist", must_be_active=True)
        _assign(client, data.therapist_id, moment)
    _write_search_keys(get_client(client_id))


def phone_owners() -> dict[str, int]:
    """Every client's phones (first and second) with her id: the import's look-up of phones already known."""
    owners: dict[str, int] = {}
    for client_id, phone, phone2 in database_proxy.execute_sql("SELECT id, phone, phone2 FROM client ORDER BY id"):
        for number in (phone, phone2):
            if number:
                owners.setdefault(number, client_id)
    return owners


def load_client_input(client_id: int) -> ClientInput:
    """The stored file as form input, so the form edits exactly what is saved (a signed-in therapist opens only
    her own clients' files)."""
    access.require_visible(client_id)
    client = get_client(client_id)
    data = ClientInput()
    for item in fields(ClientInput):
        if hasattr(client, item.name) and item.name not in ("birthday", "family", "events"):
            value = getattr(client, item.name)
            setattr(data, item.name, value if value is not None else getattr(data, item.name))
    data.preferred_therapist_id = client.preferred_therapist_id
    data.referred_by_id = client.referred_by_id
    data.therapist_id = client.therapist_id
    data.birthday = BirthdayInput.of(birthday_of(client))
    data.sensitive_consent = has_sensitive_consent(client_id)
    data.skin_concerns = [(c.concern, c.state) for c in
                          client.skin_concerns.order_by(ClientSkinConcern.id)]
    data.family = [FamilyInput(m.relation, m.name, BirthdayInput.of(birthday_of(m)), m.notes)
                   for m in client.family.order_by(FamilyMember.id)]
    data.events = [EventInput(e.kind, e.event_date, e.note)
                   for e in client.events.order_by(ClientEvent.event_date, ClientEvent.id)]
    return data


def get_client(client_id: int) -> Client:
    client = Client.get_or_none(Client.id == record_id(client_id, "client"))
    if client is None:
        raise NotFoundError(client_id)
    return client


def archive_client(client_id: int) -> None:
    """Hide the client from everyday lists; her history stays."""
    access.require(access.CLIENTS_EDIT, client_id=client_id)
    client = get_client(client_id)
    if client.archived_at is None:
        with write_transaction():
            Client.update(archived_at=now(), updated_at=now()).where(Client.id == client_id).execute()
            access.record("client.archive", f"client:{client_id}")


def restore_client(client_id: int) -> None:
    access.require(access.CLIENTS_EDIT, client_id=client_id)
    get_client(client_id)
    with write_transaction():
        Client.update(archived_at=None, updated_at=now()).where(Client.id == client_id).execute()
        access.record("client.restore", f"client:{client_id}")


def _assign(client: Client, therapist_id: int | None, when: datetime) -> None:
    TherapistAssignment.update(ended_at=when).where(
        (TherapistAssignment.client == client.id) & TherapistAssignment.ended_at.is_null()
    ).execute()
    if therapist_id is not None:
        TherapistAssignment.create(client=client.id, therapist=therapist_id, started_at=when)
    Client.update(therapist=therapist_id, updated_at=when).where(Client.id == client.id).execute()


def assign_therapist(client_ids: list[int], therapist_id: int | None) -> int:
    """Give these clients a new assigned therapist (None: none), keeping the history; returns count."""
    access.require(access.CLIENTS_EDIT)
    client_ids = [record_id(client_id, "client") for client_id in client_ids]
    with write_transaction():
        _check_staff(therapist_id, "therapist", must_be_active=True)
        moment = now()
        changed = 0
        for client in Client.select().where(Client.id.in_(client_ids)):
            if client.therapist_id != therapist_id:
                _assign(client, therapist_id, moment)
                changed += 1
            if therapist_id is not None and UNASSIGNED_TAG in split_tags(client.tags):
                client.tags = " ".join(tag for tag in split_tags(client.tags) if tag != UNASSIGNED_TAG)
                Client.update(tags=client.tags).where(Client.id == client.id).execute()
                _write_search_keys(client)
        access.record("client.assign", f"staff:{therapist_id}", f"clients={len(client_ids)} changed={changed}")
        return changed


UNASSIGNED_TAG = "待分配美容师"


def release_clients(therapist_id: int, hand_over_to: int | None) -> int:
    """A therapist leaves: her active clients go to `hand_over_to`, or (None) are left without one and tagged
    '待分配美容师' so that the front desk finds them (the tag is searchable). Returns how many moved."""
    access.require(access.STAFF_MANAGE)
    therapist_id = record_id(therapist_id, "staff")
    with write_transaction():
        if hand_over_to == therapist_id:
            raise ValidationError("choice_invalid", translate("errors", "请选择另一位美容师。"), field="therapist")
        _check_staff(hand_over_to, "therapist", must_be_active=True)
        moment = now()
        clients = list(Client.select().where((Client.therapist == therapist_id) & Client.archived_at.is_null()))
        for client in clients:
            _assign(client, hand_over_to, moment)
            if hand_over_to is None and UNASSIGNED_TAG not in split_tags(client.tags):
                client.tags = " ".join([*split_tags(client.tags), UNASSIGNED_TAG])
                Client.update(tags=client.tags).where(Client.id == client.id).execute()
                _write_search_keys(client)
        return len(clients)


def assignment_history(client_id: int) -> list[TherapistAssignment]:
    access.require_visible(client_id)
    return list(
        TherapistAssignment.select(TherapistAssignment, Staff)
        .join(Staff)
        .where(TherapistAssignment.client == client_id)
        .order_by(TherapistAssignment.started_at, TherapistAssignment.id)
    )


def client_names() -> dict[int, str]:
    """Every client's name by id, archived ones included (old records name them)."""
    return dict(database_proxy.execute_sql("SELECT id, name FROM client"))


def count_clients(include_archived: bool = False) -> int:
    query = Client.select(fn.COUNT(Client.id))
    if not include_archived:
        query = query.where(Client.archived_at.is_null())
    if access.visible_client_filter() is not None:  # a signed-in therapist counts her own clients
        query = query.where(Client.therapist == access.visible_client_filter())
    return query.scalar()
