"""The demo salon's menu: services, retail products and the cards it sells (F4).

Values are written the way the catalogue forms would store them (prices through `parse_yuan`, follow-up
days through `parse_followup_days`, commission through `parse_commission`), so a demo item opens and
saves unchanged in the catalogue dialogs.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from salon.catalogue import parse_commission, parse_followup_days
from salon.demo.writer import BulkWriter, timestamp
from salon.money import parse_yuan
from salon.store.models import PackagePlan, PackagePlanService, Product, Service

# What brings a client in: her focus decides her usual services and the cards she may buy.
FOCUSES = ("face", "body", "nails", "sauna")


@dataclass(frozen=True)
class _ServiceSpec:
    name: str
    category: str
    price: str  # yuan, as typed in the form
    duration_min: int
    followup: str = ""
    commission: str = ""  # '' (therapist's rate), '12%' or '40' (yuan per session)
    focus: str = "face"
    weight: int = 1  # how often she picks it among the services of her focus (0: never a usual one)
    concerns: tuple[str, ...] = ()  # skin concerns it treats: clients with them prefer it
    addon: bool = False  # done next to a main treatment
    active: bool = True
    notes: str = ""


SERVICES: tuple[_ServiceSpec, ...] = (
    _ServiceSpec("面部深层清洁", "面部护理", "198", 60, "1,7", weight=5, concerns=("pores", "acne")),
    _ServiceSpec("小气泡清洁", "面部护理", "128", 45, "7", weight=3, concerns=("pores",)),
    _ServiceSpec("补水护理", "面部护理", "268", 75, "1,7", weight=6, concerns=("dehydration",)),
    _ServiceSpec("祛痘净肤护理", "面部护理", "298", 90, "1,3,7", weight=2, concerns=("acne",)),
    _ServiceSpec("美白焕肤护理", "面部护理", "388", 90, "1,7", weight=2, concerns=("pigmentation", "dullness")),
    _ServiceSpec("抗衰紧致护理", "面部护理", "580", 90, "1,7,30", "12%", weight=2, concerns=("wrinkles", "sagging")),
    _ServiceSpec("敏感肌修护", "面部护理", "328", 75, "1,7", weight=1, concerns=("redness", "sensitivity")),
    _ServiceSpec("眼部护理", "面部护理", "168", 45, "7", weight=0, concerns=("dark_circles",), addon=True),
    _ServiceSpec("肩颈理疗", "身体护理", "228", 60, "1", "40", focus="body", weight=6),
    _ServiceSpec("背部SPA", "身体护理", "298", 75, "1", focus="body", weight=4, notes="精油开背"),
    _ServiceSpec("全身精油SPA", "身体护理", "498", 120, "1,7", "80", focus="body", weight=2),
    _ServiceSpec("头疗", "身体护理", "168", 60, focus="body", weight=2),
    _ServiceSpec("足疗", "养生", "128", 60, commission="25", focus="sauna", weight=3),
    _ServiceSpec("汗蒸", "汗蒸", "68", 60, focus="sauna", weight=5, notes="含浴巾、茶饮"),
    _ServiceSpec("美甲（单色）", "美甲美睫", "128", 60, "21", "30", focus="nails", weight=4),
    _ServiceSpec("美甲（款式）", "美甲美睫", "268", 90, "21", "20%", focus="nails", weight=2),
    _ServiceSpec("美睫", "美甲美睫", "298", 90, "1,21", "60", focus="nails", weight=3),
    _ServiceSpec("修眉", "美甲美睫", "58", 20, focus="nails", weight=0, addon=True),
    # No longer offered: only the first part of the history has it.
    _ServiceSpec("水光仪护理", "面部护理", "358", 60, "7", weight=2, concerns=("dehydration",), active=False,
                 notes="仪器已淘汰，停做"),
)


@dataclass(frozen=True)
class _ProductSpec:
    brand: str
    name: str
    kind: str
    price: str
    suits: tuple[str, ...] = ()  # skin types, concerns or focuses it is sold to; empty: anyone
    active: bool = True


PRODUCTS: tuple[_ProductSpec, ...] = (
    _ProductSpec("薇诺娜", "舒敏保湿特护霜 50g", "面霜", "268", ("sensitive", "redness", "sensitivity")),
    _ProductSpec("理肤泉", "B5 全面修复霜 40ml", "面霜", "198", ("sensitive", "dry", "acne")),
    _ProductSpec("修丽可", "色修精华 30ml", "精华", "790", ("redness", "pigmentation")),
    _ProductSpec("珀莱雅", "双抗精华 30ml", "精华", "359", ("dullness", "wrinkles", "pigmentation")),
    _ProductSpec("雅漾", "舒泉调理喷雾 300ml", "喷雾", "158", ("sensitive", "dry", "dehydration")),
    _ProductSpec("安热沙", "金瓶防晒乳 60ml", "防晒", "248"),
    _ProductSpec("芙丽芳丝", "净润洗面霜 100g", "洁面", "148", ("dry", "sensitive", "normal")),
    _ProductSpec("悦木之源", "菌菇水 200ml", "爽肤水", "380", ("oily", "combination", "acne", "pores")),
    _ProductSpec("科颜氏", "高保湿面霜 50ml", "面霜", "325", ("dry", "dehydration")),
    _ProductSpec("本店", "玫瑰补水面膜（10 片）", "面膜", "198"),
    _ProductSpec("本店", "薰衣草舒眠精油 10ml", "精油", "128", ("body",)),
    _ProductSpec("本店", "艾草足浴包（20 包）", "养生", "88", ("sauna",)),
    _ProductSpec("OPI", "护甲油 15ml", "美甲护理", "118", ("nails",)),
    _ProductSpec("本店", "芦荟舒缓凝胶（旧配方）", "凝胶", "68", active=False),
)


@dataclass(frozen=True)
class _PlanSpec:
    name: str
    kind: str  # 'count', 'period', 'stored_value'
    price: str
    services: tuple[str, ...] = ()
    sessions: int | None = None
    bonus_sessions: int = 0
    bonus: str = ""
    validity_days: int | None = None
    focus: str = ""  # which clients buy it ('' for stored value: anyone)
    weight: int = 1
    active: bool = True
    notes: str = ""


PLANS: tuple[_PlanSpec, ...] = (
    _PlanSpec("清洁10次卡", "count", "1580", ("面部深层清洁", "小气泡清洁"), 10, 2, validity_days=365, focus="face",
              weight=4, notes="送 2 次"),
    _PlanSpec("补水护理10次卡", "count", "2380", ("补水护理",), 10, 1, validity_days=365, focus="face", weight=4,
              notes="送 1 次"),
    _PlanSpec("祛痘疗程卡（8次）", "count", "2180", ("祛痘净肤护理",), 8, validity_days=180, focus="face", weight=2),
    _PlanSpec("抗衰紧致疗程（6次）", "count", "3280", ("抗衰紧致护理",), 6, validity_days=365, focus="face", weight=1),
    _PlanSpec("肩颈理疗10次卡", "count", "1880", ("肩颈理疗",), 10, 2, validity_days=365, focus="body", weight=4,
              notes="送 2 次"),
    _PlanSpec("背部SPA 6次卡", "count", "1580", ("背部SPA",), 6, 1, focus="body", weight=2, notes="不限期，送 1 次"),
    _PlanSpec("美睫5次卡", "count", "1280", ("美睫",), 5, validity_days=180, focus="nails", weight=3),
    _PlanSpec("汗蒸月卡", "period", "298", ("汗蒸",), validity_days=30, focus="sauna", weight=3, notes="30 天内不限次"),
    _PlanSpec("面部护理年卡（不限次）", "period", "6800", ("面部深层清洁", "小气泡清洁", "补水护理", "眼部护理"),
              validity_days=365, focus="face", weight=1),
    _PlanSpec("肩颈年卡（限48次）", "period", "3980", ("肩颈理疗", "头疗"), 48, validity_days=365, focus="body",
              weight=1),
    _PlanSpec("储值卡 充1000送200", "stored_value", "1000", bonus="200", weight=6),
    _PlanSpec("储值卡 充3000送800", "stored_value", "3000", bonus="800", weight=3),
    _PlanSpec("储值卡 充5000送1500", "stored_value", "5000", bonus="1500", weight=1),
    _PlanSpec("开业季储值卡 充2000送600", "stored_value", "2000", bonus="600", weight=3, active=False,
              notes="开业活动，已结束"),
)


@dataclass(frozen=True)
class DemoService:
    id: int
    name: str
    category: str
    price_fen: int
    duration_min: int
    followup_days: str
    commission_rate_bp: int | None
    commission_fen: int | None
    focus: str
    weight: int
    concerns: tuple[str, ...]
    addon: bool
    active: bool


@dataclass(frozen=True)
class DemoProduct:
    id: int
    label: str  # 'brand name', as a visit line names it
    price_fen: int
    suits: tuple[str, ...]
    active: bool


@dataclass(frozen=True)
class DemoPlan:
    id: int
    name: str
    kind: str
    price_fen: int
    sessions: int | None
    bonus_sessions: int
    bonus_fen: int
    validity_days: int | None
    service_ids: frozenset[int]
    focus: str
    weight: int
    active: bool


@dataclass(frozen=True)
class DemoCatalogue:
    services: tuple[DemoService, ...]
    products: tuple[DemoProduct, ...]
    plans: tuple[DemoPlan, ...]


def write_catalogue(writer: BulkWriter, created_at: datetime) -> DemoCatalogue:
    """Queue the menu's rows and return it with its ids (the database is empty, so ids start at 1)."""
    stamp = timestamp(created_at)
    services = []
    for number, spec in enumerate(SERVICES, start=1):
        rate_bp, amount_fen = parse_commission(spec.commission)
        service = DemoService(number, spec.name, spec.category, parse_yuan(spec.price), spec.duration_min,
                              parse_followup_days(spec.followup), rate_bp, amount_fen, spec.focus, spec.weight,
                              spec.concerns, spec.addon, spec.active)
        writer.add(Service, {
            "id": number, "name": spec.name, "category": spec.category, "price_fen": service.price_fen,
            "duration_min": spec.duration_min, "followup_days": service.followup_days,
            "commission_rate_bp": rate_bp, "commission_fen": amount_fen, "active": int(spec.active),
            "notes": spec.notes, "created_at": stamp,
        })
        services.append(service)
    products = []
    for number, spec in enumerate(PRODUCTS, start=1):
        product = DemoProduct(number, f"{spec.brand} {spec.name}", parse_yuan(spec.price), spec.suits, spec.active)
        writer.add(Product, {"id": number, "brand": spec.brand, "name": spec.name, "kind": spec.kind,
                             "price_fen": product.price_fen, "active": int(spec.active), "notes": "",
                             "created_at": stamp})
        products.append(product)
    by_name = {service.name: service.id for service in services}
    plans = []
    for number, spec in enumerate(PLANS, start=1):
        service_ids = sorted(by_name[name] for name in spec.services)
        plan = DemoPlan(number, spec.name, spec.kind, parse_yuan(spec.price), spec.sessions, spec.bonus_sessions,
                        parse_yuan(spec.bonus, allow_empty=True), spec.validity_days, frozenset(service_ids),
                        spec.focus, spec.weight, spec.active)
        writer.add(PackagePlan, {
            "id": number, "name": spec.name, "kind": spec.kind, "price_fen": plan.price_fen,
            "sessions": spec.sessions, "bonus_sessions": spec.bonus_sessions, "bonus_fen": plan.bonus_fen,
            "validity_days": spec.validity_days, "active": int(spec.active), "notes": spec.notes,
            "created_at": stamp,
        })
        for service_id in service_ids:
            writer.add(PackagePlanService, {"plan": number, "service": service_id})
        plans.append(plan)
    return DemoCatalogue(tuple(services), tuple(products), tuple(plans))


__all__ = ["FOCUSES", "PLANS", "PRODUCTS", "SERVICES", "DemoCatalogue", "DemoPlan", "DemoProduct", "DemoService",
           "write_catalogue"]
