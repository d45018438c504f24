"""The salon's catalogue: services, retail products and the package plans it sells (F4).

Items are never deleted once used; deactivating hides them from new sales and keeps history intact.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from salon import access
from salon.dates import now
from salon.errors import NotFoundError, ValidationError
from salon.inputs import as_whole, optional_whole_number, record_id, whole_number
from salon.money import parse_yuan
from salon.staff import parse_percent
from salon.store.models import (
    PackagePlan,
    PackagePlanService,
    Product,
    Service,
    active_twin_exists,
    save_record,
    write_transaction,
)
from salon.text import clean_text, fold, one_line
from salon.words import QT_TRANSLATE_NOOP, translate

PLAN_KINDS = ("count", "period", "stored_value")
NAME_LIMIT = 40  # the editors allow no more; receipts print the whole name
CODE_LIMIT = 10
_CODE = re.compile(r"[0-9a-z]+")


def _clean(text: str, field: str, what: str) -> str:
    return clean_text(text, field=field, what=what)


def _notes(text: str) -> str:
    return clean_text(text, field="notes", what=QT_TRANSLATE_NOOP("fields", "备注"), multiline=True)


def _text(value: object, field: str) -> str:
    """A typed field that must be text (a price, a code) before it is parsed."""
    if value is not None and not isinstance(value, str):
        raise ValidationError("text_invalid", translate("errors", "文字无效。"), field=field)
    return clean_text(value, field=field)


def parse_followup_days(text: str) -> str:
    """'1，7, 30' -> '1,7,30' (sorted, unique); each 1-365."""
    cleaned = fold(_text(text, "followup_days"))
    if not cleaned:
        return ""
    parts = [part for part in re.split(r"[,;、\s]+", cleaned) if part]
    if not all(re.fullmatch(r"[0-9]{1,3}", part) and 1 <= int(part) <= 365 for part in parts):
        raise ValidationError("followup_invalid",
                              translate("errors", "回访天数“%1”应为 1–365 的天数，用逗号分开，例如 1,7。"), text,
                              field="followup_days")
    return ",".join(str(day) for day in sorted({int(part) for part in parts}))


def followup_day_list(stored: str) -> list[int]:
    return [int(part) for part in stored.split(",") if part]


# --- services -------------------------------------------------------------------------------------------
@dataclass
class ServiceInput:
    name: str = ""
    code: str = ""  # the salon's short code, letters and digits ('QJ', '101'); optional
    category: str = ""
    price: str = ""  # yuan as typed
    duration_min: int = 60
    followup_days: str = ""
    commission: str = ""  # '' (therapist's rate), '12%' (rate of the price) or '30' (yuan per session)
    active: bool = True
    notes: str = ""


def parse_commission(text: str) -> tuple[int | None, int | None]:
    """'' -> (None, None); '12%' -> (1200, None); '30' / '30元' -> (None, 3000)."""
    cleaned = fold(_text(text, "commission"))
    if not cleaned:
        return None, None
    if cleaned.endswith("%"):
        return parse_percent(cleaned), None
    return None, parse_yuan(cleaned, field="commission")


def format_commission(rate_bp: int | None, amount_fen: int | None) -> str:
    from salon.money import format_fen
    from salon.staff import format_percent

    if rate_bp is not None:
        return format_percent(rate_bp)
    if amount_fen is not None:
        return format_fen(amount_fen)
    return ""


def _checked_code(text: str, kind: str, record_id: int | None) -> str:
    """A short code in lower case; unique among the active services and products, so it finds one item."""
    code = fold(_text(text, "code")).replace(" ", "")
    if not code:
        return ""
    if len(code) > CODE_LIMIT or not _CODE.fullmatch(code):
        raise ValidationError("code_invalid", translate("errors", "简码“%1”应为 1–%2 个字母或数字。"), text, CODE_LIMIT,
                              field="code", limit=CODE_LIMIT)
    for model, model_kind in ((Service, "service"), (Product, "product")):
        if active_twin_exists(model, record_id if model_kind == kind else None, code=code):
            raise ValidationError("code_duplicate", translate("errors", "简码“%1”已被另一个在售项目或产品使用。"), code,
                                  field="code", taken=code)
    return code


def _refuse_twin(model: type, record_id: int | None, active: bool, shown: str, **columns: object) -> None:
    """Two active items may not share a name (inactive ones may): the counter could not tell them apart."""
    if active and active_twin_exists(model, record_id, **columns):
        raise ValidationError("name_duplicate", translate("errors", "已有一个在售的“%1”，请换个名称或先停用那一个。"),
                              shown, field="name", name=shown)


def save_service(data: ServiceInput, service_id: int | None = None) -> Service:
    access.require(access.CATALOGUE)
    service_id = _optional_id(service_id, "service")
    name = one_line(data.name, limit=NAME_LIMIT, field="name", what=QT_TRANSLATE_NOOP("fields", "项目名称"))
    _refuse_twin(Service, service_id, bool(data.active), name, name=name)
    duration = whole_number(data.duration_min, "duration_min", minimum=0, maximum=1440, code="duration_invalid",
                            message=translate("errors", "时长应为 0–1440 分钟。"))
    rate_bp, amount_fen = parse_commission(data.commission)
    columns = {
        "name": name, "code": _checked_code(data.code, "service", service_id),
        "category": _clean(data.category, "category", QT_TRANSLATE_NOOP("fields", "分类")),
        "price_fen": parse_yuan(_text(data.price, "price"), "price"),
        "duration_min": duration, "followup_days": parse_followup_days(data.followup_days),
        "commission_rate_bp": rate_bp, "commission_fen": amount_fen, "active": bool(data.active),
        "notes": _notes(data.notes),
    }
    with write_transaction():
        service = save_record(Service, service_id, columns, created_at=now())
        access.record("catalogue.service", f"service:{service.id}", f"price_fen={columns['price_fen']}")
        return service


def _optional_id(record: int | None, what: str) -> int | None:
    """The id of the record to update (None: a new one); one that cannot be an id is not found."""
    return None if record is None else record_id(record, what)


def get_service(service_id: int) -> Service:
    service = Service.get_or_none(Service.id == record_id(service_id, "service"))
    if service is None:
        raise NotFoundError(f"service {service_id}")
    return service


def list_services(include_inactive: bool = False) -> list[Service]:
    query = Service.select()
    if not include_inactive:
        query = query.where(Service.active == True)  # noqa: E712 - peewee expression
    return list(query.order_by(Service.category, Service.name, Service.id))


# --- products -------------------------------------------------------------------------------------------
@dataclass
class ProductInput:
    name: str = ""
    brand: str = ""
    kind: str = ""
    price: str = ""
    code: str = ""
    active: bool = True
    notes: str = ""


def save_product(data: ProductInput, product_id: int | None = None) -> Product:
    access.require(access.CATALOGUE)
    product_id = _optional_id(product_id, "product")
    name = one_line(data.name, limit=NAME_LIMIT, field="name", what=QT_TRANSLATE_NOOP("fields", "产品名称"))
    brand = _clean(data.brand, "brand", QT_TRANSLATE_NOOP("fields", "品牌"))
    _refuse_twin(Product, product_id, bool(data.active), " ".join(part for part in (brand, name) if part),
                 name=name, brand=brand)
    columns = {"name": name, "brand": brand, "kind": _clean(data.kind, "kind", QT_TRANSLATE_NOOP("fields", "类别")),
               "code": _checked_code(data.code, "product", product_id),
               "price_fen": parse_yuan(_text(data.price, "price"), "price"), "active": bool(data.active),
               "notes": _notes(data.notes)}
    with write_transaction():
        product = save_record(Product, product_id, columns, created_at=now())
        access.record("catalogue.product", f"product:{product.id}", f"price_fen={columns['price_fen']}")
        return product


def get_product(product_id: int) -> Product:
    product = Product.get_or_none(Product.id == record_id(product_id, "product"))
    if product is None:
        raise NotFoundError(f"product {product_id}")
    return product


def list_products(include_inactive: bool = False) -> list[Product]:
    query = Product.select()
    if not include_inactive:
        query = query.where(Product.active == True)  # noqa: E712
    return list(query.order_by(Product.brand, Product.name, Product.id))


# --- package plans ----------------------------------------------------------------------------------------
@dataclass
class PlanInput:
    name: str = ""
    kind: str = "count"
    price: str = ""
    sessions: int | None = None  # count: sessions sold; period: cap (None = unlimited)
    bonus_sessions: int = 0
    bonus: str = ""  # stored value: bonus credit in yuan
    validity_days: int | None = None
    service_ids: list[int] = field(default_factory=list)
    active: bool = True
    notes: str = ""


def _service_ids(values: object) -> list[int]:
    if not isinstance(values, (list, tuple, set, frozenset)):
        raise ValidationError("choice_invalid", translate("errors", "所选项目不存在。"), field="service_ids")
    ids = [as_whole(value) for value in values]
    if any(value is None or not 1 <= value < 2**63 for value in ids):
        raise ValidationError("choice_invalid", translate("errors", "所选项目不存在。"), field="service_ids")
    return ids


def save_plan(data: PlanInput, plan_id: int | None = None) -> PackagePlan:
    access.require(access.CATALOGUE)
    plan_id = _optional_id(plan_id, "package plan")
    name = one_line(data.name, limit=NAME_LIMIT, field="name", what=QT_TRANSLATE_NOOP("fields", "卡项名称"))
    _refuse_twin(PackagePlan, plan_id, bool(data.active), name, name=name)
    if not isinstance(data.kind, str) or data.kind not in PLAN_KINDS:
        raise ValidationError("choice_invalid", translate("errors", "卡类型无效。"), field="kind")
    price_fen = parse_yuan(_text(data.price, "price"), "price")
    sessions = optional_whole_number(data.sessions, "sessions", minimum=0, maximum=10000, code="sessions_invalid",
                                     message=translate("errors", "次数应为 1–10000。")) \
        if data.kind != "stored_value" else None
    bonus_sessions = whole_number(data.bonus_sessions or 0, "bonus_sessions", minimum=0, maximum=10000,
                                  code="sessions_invalid", message=translate("errors", "赠送次数应为 0–10000。")) \
        if data.kind != "stored_value" else 0
    validity_days = optional_whole_number(data.validity_days, "validity_days", minimum=1, maximum=3660,
                                          code="validity_invalid",
                                          message=translate("errors", "有效天数应为 1–3660 天。"))
    bonus_fen = parse_yuan(_text(data.bonus, "bonus"), "bonus", allow_empty=True) if data.kind == "stored_value" \
        else 0
    if data.kind == "count" and not sessions:
        raise ValidationError("sessions_required", translate("errors", "次卡要填写次数（至少 1 次）。"),
                              field="sessions")
    if sessions is not None and not 1 <= sessions <= 10000:
        raise ValidationError("sessions_invalid", translate("errors", "次数应为 1–10000。"), field="sessions")
    if data.kind == "period" and sessions is None and bonus_sessions:
        raise ValidationError("sessions_invalid", translate("errors", "不限次的年卡/月卡不能再赠送次数。"),
                              field="bonus_sessions")
    if bonus_sessions < 0:
        raise ValidationError("sessions_invalid", translate("errors", "赠送次数不能为负数。"), field="bonus_sessions")
    if data.kind == "period" and not validity_days:
        raise ValidationError("validity_required", translate("errors", "年卡/月卡要填写有效天数（如 365 或 30）。"),
                              field="validity_days")
    if data.kind == "stored_value" and price_fen == 0:
        raise ValidationError("amount_required", translate("errors", "储值卡要填写充值金额。"), field="price")
    service_ids = sorted(set(_service_ids(data.service_ids))) if data.kind != "stored_value" else []
    if data.kind != "stored_value" and not service_ids:
        raise ValidationError("services_required", translate("errors", "请勾选这张卡可以做的项目。"),
                              field="service_ids")
    if service_ids and Service.select().where(Service.id.in_(service_ids)).count() != len(service_ids):
        raise ValidationError("choice_invalid", translate("errors", "所选项目不存在。"), field="service_ids")
    columns = {"name": name, "kind": data.kind, "price_fen": price_fen, "sessions": sessions,
               "bonus_sessions": bonus_sessions, "bonus_fen": bonus_fen, "validity_days": validity_days,
               "active": bool(data.active), "notes": _notes(data.notes)}
    with write_transaction():
        plan = save_record(PackagePlan, plan_id, columns, created_at=now())
        PackagePlanService.delete().where(PackagePlanService.plan == plan.id).execute()
        for service_id in service_ids:
            PackagePlanService.create(plan=plan.id, service=service_id)
        access.record("catalogue.plan", f"plan:{plan.id}", f"price_fen={price_fen}")
        return plan


def get_plan(plan_id: int) -> PackagePlan:
    plan = PackagePlan.get_or_none(PackagePlan.id == record_id(plan_id, "package plan"))
    if plan is None:
        raise NotFoundError(f"package plan {plan_id}")
    return plan


def plan_service_ids(plan_id: int) -> list[int]:
    return [row.service_id for row in
            PackagePlanService.select().where(PackagePlanService.plan == plan_id).order_by(PackagePlanService.service)]


def list_plans(include_inactive: bool = False) -> list[PackagePlan]:
    query = PackagePlan.select()
    if not include_inactive:
        query = query.where(PackagePlan.active == True)  # noqa: E712
    return list(query.order_by(PackagePlan.kind, PackagePlan.price_fen, PackagePlan.id))


# --- active / inactive ------------------------------------------------------------------------------------
_CATALOGUE_MODELS = {"service": Service, "product": Product, "plan": PackagePlan}


def set_item_active(kind: str, item_id: int, active: bool) -> None:
    """Deactivate (hide from new sales, keep in history) or re-activate a service, product or plan."""
    access.require(access.CATALOGUE)
    model = _CATALOGUE_MODELS.get(kind)
    if model is None:
        raise ValueError(f"unknown catalogue kind {kind!r}")
    item_id = record_id(item_id, kind)
    record = model.get_or_none(model.id == item_id)
    if record is None:
        raise NotFoundError(f"{kind} {item_id}")
    if active and not record.active:  # back on sale: its name (and code) must not clash with one on sale now
        twin = {"name": record.name, **({"brand": record.brand} if kind == "product" else {})}
        _refuse_twin(model, item_id, True, record.name, **twin)
        if kind != "plan" and record.code:
            _checked_code(record.code, kind, item_id)
    with write_transaction():
        if not model.update(active=bool(active)).where(model.id == item_id).execute():
            raise NotFoundError(f"{kind} {item_id}")
        access.record("catalogue.active", f"{kind}:{item_id}", f"active={bool(active)}")
