"""Peewee models over the tables that `salon.migrations` creates (the models never create tables)."""
from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database_proxy = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Staff(BaseModel):
    name = CharField()
    role = CharField(default="therapist")
    phone = CharField(default="")
    specialties = TextField(default="")
    active = BooleanField(default=True)
    # Basis points (1/100 of a percent): 1000 = 10 %. Integer, like money.
    commission_rate_bp = IntegerField(default=0)
    notes = TextField(default="")
    created_at = DateTimeField()


class BirthdayFields(BaseModel):
    birthday_calendar = CharField(default="")  # '', 'solar' or 'lunar'
    birth_year = IntegerField(null=True)
    birth_month = IntegerField(null=True)
    birth_day = IntegerField(null=True)
    birth_leap_month = BooleanField(default=False)


class Client(BirthdayFields):
    name = CharField()
    name_pinyin = CharField(default="")
    gender = CharField(default="")
    phone = CharField(default="")
    phone2 = CharField(default="")
    wechat = CharField(default="")
    address = TextField(default="")
    community = CharField(default="")
    occupation = CharField(default="")
    interests = TextField(default="")
    skin_type = CharField(default="")
    allergies = TextField(default="")
    contraindications = TextField(default="")
    pref_pressure = CharField(default="")
    pref_room_temperature = CharField(default="")
    pref_drink = CharField(default="")
    pref_music = CharField(default="")
    pref_conversation = CharField(default="")
    preferred_therapist = ForeignKeyField(Staff, null=True, backref="preferred_by", on_delete="SET NULL")
    contact_channel = CharField(default="")
    contact_best_time = CharField(default="")
    do_not_contact = BooleanField(default=False)
    goals = TextField(default="")
    referral_source = CharField(default="")
    referred_by = ForeignKeyField("self", null=True, backref="referrals", on_delete="SET NULL")
    tags = TextField(default="")
    notes = TextField(default="")
    marketing_consent = BooleanField(default=False)
    therapist = ForeignKeyField(Staff, null=True, backref="clients")
    archived_at = DateTimeField(null=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None


class ClientSkinConcern(BaseModel):
    client = ForeignKeyField(Client, backref="skin_concerns", on_delete="CASCADE")
    concern = CharField()
    state = TextField(default="")
    updated_at = DateTimeField()


class FamilyMember(BirthdayFields):
    client = ForeignKeyField(Client, backref="family", on_delete="CASCADE")
    relation = CharField(default="other")
    name = CharField(default="")
    notes = TextField(default="")


class ClientEvent(BaseModel):
    client = ForeignKeyField(Client, backref="events", on_delete="CASCADE")
    kind = CharField()
    event_date = DateField()
    note = TextField(default="")


class TherapistAssignment(BaseModel):
    client = ForeignKeyField(Client, backref="assignments", on_delete="CASCADE")
    therapist = ForeignKeyField(Staff, backref="assignments")
    started_at = DateTimeField()
    ended_at = DateTimeField(null=True)


class ClientSearchKey(BaseModel):
    key = CharField()
    client = ForeignKeyField(Client, backref="search_keys", on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("key", "client")
        without_rowid = True


ALL_MODELS = [
    Staff, Client, ClientSkinConcern, FamilyMember, ClientEvent, TherapistAssignment, ClientSearchKey,
]
