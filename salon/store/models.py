"""Peewee models over the tables that `salon.store.migrations` creates (the models never create tables)."""
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

from salon.errors import NotFoundError

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


# --- catalogue (F4) ---------------------------------------------------------------------------------
# Money is integer fen everywhere (peewee's DecimalField would be a float on SQLite).
class Service(BaseModel):
    name = CharField()
    code = CharField(default="")  # the salon's short code, e.g. 'QJ'
    category = CharField(default="")
    price_fen = IntegerField()
    duration_min = IntegerField(default=60)
    followup_days = CharField(default="")  # days after the treatment to call, e.g. '1,7'
    commission_rate_bp = IntegerField(null=True)  # overrides the therapist's rate when set
    commission_fen = IntegerField(null=True)  # or a fixed amount per session
    active = BooleanField(default=True)
    notes = TextField(default="")
    created_at = DateTimeField()


class Product(BaseModel):
    brand = CharField(default="")
    name = CharField()
    code = CharField(default="")
    kind = CharField(default="")
    price_fen = IntegerField()
    active = BooleanField(default=True)
    notes = TextField(default="")
    created_at = DateTimeField()


class PackagePlan(BaseModel):
    name = CharField()
    kind = CharField()  # 'count', 'period' or 'stored_value'
    price_fen = IntegerField()
    sessions = IntegerField(null=True)  # count: sessions sold; period: cap on uses (None: unlimited)
    bonus_sessions = IntegerField(default=0)
    bonus_fen = IntegerField(default=0)  # stored value: credit on top of the price paid
    validity_days = IntegerField(null=True)
    active = BooleanField(default=True)
    notes = TextField(default="")
    created_at = DateTimeField()


class PackagePlanService(BaseModel):
    plan = ForeignKeyField(PackagePlan, backref="plan_services", on_delete="CASCADE")
    service = ForeignKeyField(Service)

    class Meta:
        primary_key = CompositeKey("plan", "service")
        without_rowid = True


# --- visits and packages (F4, F5) -----------------------------------------------------------------
class Visit(BaseModel):
    client = ForeignKeyField(Client, backref="visits")
    visited_at = DateTimeField()
    status = CharField(default="done")  # 'done' or 'void'
    total_fen = IntegerField()
    skin_condition = TextField(default="")
    notes = TextField(default="")
    satisfaction = IntegerField(null=True)
    complaint = BooleanField(default=False)
    request_token = CharField(null=True, unique=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    voided_at = DateTimeField(null=True)
    void_reason = TextField(default="")


class ClientPackage(BaseModel):
    client = ForeignKeyField(Client, backref="packages")
    plan = ForeignKeyField(PackagePlan, null=True)
    name = CharField()
    kind = CharField()
    sold_at = DateTimeField()
    starts_on = DateField()
    expires_on = DateField(null=True)  # the last valid day; 延期/激活 moves it
    sold_expires_on = DateField(null=True)  # the last day as sold (set by a trigger, never changed)
    status = CharField(default="active")  # 'active', 'used_up', 'expired', 'refunded'
    # Kept by a trigger from the ledger; never assign these.
    sessions_left = IntegerField(null=True)
    principal_fen = IntegerField(default=0)
    bonus_fen = IntegerField(default=0)
    last_used_at = DateTimeField(null=True)  # kept by a trigger from the 'use' ledger lines
    sold_by = ForeignKeyField(Staff, null=True)
    notes = TextField(default="")


class ClientPackageService(BaseModel):
    package = ForeignKeyField(ClientPackage, backref="package_services", on_delete="CASCADE")
    service = ForeignKeyField(Service)

    class Meta:
        primary_key = CompositeKey("package", "service")
        without_rowid = True


class PackageLedger(BaseModel):
    package = ForeignKeyField(ClientPackage, backref="ledger")
    kind = CharField()  # sale, use, top_up, refund, adjustment, expiry, void
    sessions_delta = IntegerField(default=0)
    principal_delta_fen = IntegerField(default=0)
    bonus_delta_fen = IntegerField(default=0)
    paid_fen = IntegerField(default=0)
    visit = ForeignKeyField(Visit, null=True, backref="package_lines")
    reverses = ForeignKeyField("self", null=True)
    staff = ForeignKeyField(Staff, null=True)
    reason = TextField(default="")
    created_at = DateTimeField()


class VisitItem(BaseModel):
    visit = ForeignKeyField(Visit, backref="items", on_delete="CASCADE")
    position = IntegerField()
    kind = CharField()  # 'service' or 'product'
    service = ForeignKeyField(Service, null=True)
    product = ForeignKeyField(Product, null=True)
    name = CharField()
    quantity = IntegerField(default=1)
    unit_price_fen = IntegerField()
    discount_fen = IntegerField(default=0)
    amount_fen = IntegerField()
    therapist = ForeignKeyField(Staff, null=True)
    package = ForeignKeyField(ClientPackage, null=True)
    commission_fen = IntegerField(default=0)
    commission_basis = CharField(default="")
    followup_days = CharField(default="")


class Payment(BaseModel):
    visit = ForeignKeyField(Visit, null=True, backref="payments")
    ledger = ForeignKeyField(PackageLedger, null=True, backref="payments")
    method = CharField()
    amount_fen = IntegerField()
    package = ForeignKeyField(ClientPackage, null=True)
    reverses = ForeignKeyField("self", null=True)
    paid_at = DateTimeField()


class VisitTherapist(BaseModel):
    visit = ForeignKeyField(Visit, backref="therapists", on_delete="CASCADE")
    staff = ForeignKeyField(Staff)

    class Meta:
        primary_key = CompositeKey("visit", "staff")
        without_rowid = True


class VisitRevision(BaseModel):
    visit = ForeignKeyField(Visit, backref="revisions", on_delete="CASCADE")
    action = CharField()
    reason = TextField(default="")
    staff = ForeignKeyField(Staff, null=True)
    before_json = TextField()
    created_at = DateTimeField()


# --- reminders (F6) --------------------------------------------------------------------------------------
class ReminderState(BaseModel):
    key = CharField(primary_key=True)  # the occasion: 'birthday:client:12:2026', 'followup:item:345:7', …
    client = ForeignKeyField(Client, on_delete="CASCADE")
    status = CharField()  # 'done', 'snoozed' or 'dismissed'
    snoozed_until = DateField(null=True)
    staff = ForeignKeyField(Staff, null=True)
    updated_at = DateTimeField()


class Contact(BaseModel):
    client = ForeignKeyField(Client, backref="contacts", on_delete="CASCADE")
    contacted_at = DateTimeField()
    kind = CharField()  # the reminder kind it answered, or 'other'
    channel = CharField(default="")
    note = TextField(default="")
    reminder_key = CharField(null=True)
    skin_reaction = TextField(default="")
    satisfied = BooleanField(null=True)
    next_booked = BooleanField(default=False)
    staff = ForeignKeyField(Staff, null=True)


class Gift(BaseModel):
    client = ForeignKeyField(Client, backref="gifts", on_delete="CASCADE")
    given_on = DateField()
    gift = CharField()
    occasion = CharField(default="")
    cost_fen = IntegerField(default=0)
    staff = ForeignKeyField(Staff, null=True)
    note = TextField(default="")


class Complaint(BaseModel):
    client = ForeignKeyField(Client, backref="complaints", on_delete="CASCADE")
    visit = ForeignKeyField(Visit, null=True)
    received_on = DateField()
    what = TextField()
    resolution = TextField(default="")
    resolved_on = DateField(null=True)
    status = CharField(default="open")
    staff = ForeignKeyField(Staff, null=True)


class SalonSetting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()
    updated_at = DateTimeField()


class ClientConsent(BaseModel):
    """Her separate consent to skin and health notes (PIPL): when, and who recorded it."""

    client = ForeignKeyField(Client, primary_key=True, backref="+", on_delete="CASCADE")
    sensitive_at = DateTimeField()
    sensitive_by = ForeignKeyField(Staff, null=True, backref="+")


class StaffPin(BaseModel):
    staff = ForeignKeyField(Staff, primary_key=True, backref="pin", on_delete="CASCADE")
    pin_hash = CharField()
    salt = CharField()
    failures = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    updated_at = DateTimeField()


class AuditEntry(BaseModel):
    at = DateTimeField()
    staff = ForeignKeyField(Staff, null=True)
    action = CharField()
    target = CharField(default="")
    detail = TextField(default="")

    class Meta:
        table_name = "audit_log"


ALL_MODELS = [
    Staff, Client, ClientSkinConcern, FamilyMember, ClientEvent, TherapistAssignment, ClientSearchKey,
    Service, Product, PackagePlan, PackagePlanService, Visit, ClientPackage, ClientPackageService,
    PackageLedger, VisitItem, Payment, VisitTherapist, VisitRevision, SalonSetting, ReminderState, Contact, Gift,
    Complaint, StaffPin, AuditEntry, ClientConsent,
]


def write_transaction():
    """A transaction that takes the write lock when it begins (BEGIN IMMEDIATE). Every change that reads before it
    writes goes through one: a deferred transaction that has read fails at once with "database is locked" when
    another process (the window and a command, two tills) committed meanwhile, whatever busy_timeout says; an
    immediate one waits its turn. Nested inside another transaction it is a savepoint."""
    return database_proxy.atomic(lock_type="IMMEDIATE")


def save_record(model: type[BaseModel], record_id: int | None, columns: dict[str, object],
                **on_create: object) -> BaseModel:
    """Create a row (with `on_create` too, e.g. created_at) or update the columns of an existing one."""
    if record_id is None:
        return model.create(**columns, **on_create)
    record = model.get_or_none(model.id == record_id)
    if record is None:
        raise NotFoundError(f"{model.__name__} {record_id}")
    for key, value in columns.items():
        setattr(record, key, value)
    record.save()
    return record


def active_twin_exists(model: type[BaseModel], record_id: int | None, **columns: object) -> bool:
    """Whether another active row of `model` has these column values (two active items may not share a name)."""
    query = model.select().where(model.active == True)  # noqa: E712 - peewee expression
    for name, value in columns.items():
        query = query.where(getattr(model, name) == value)
    if record_id is not None:
        query = query.where(model.id != record_id)
    return query.exists()
