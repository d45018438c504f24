"""Table models of the catalogue tab: services, retail products, package plans (prices shown as money)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon.catalogue import format_commission, list_plans, list_products, list_services, plan_service_ids
from salon.store.models import PackagePlan, Product, Service
from salon.words import listing
from ui.common.labels import amount_text, money, plan_kind_label
from ui.common.record_model import Column, RecordTableModel

translate = QCoreApplication.translate  # a base class: lupdate files its texts under its own name


def _inactive(record) -> bool:
    return not record.active


class CatalogueModel(RecordTableModel):
    """A catalogue list; inactive items appear (greyed) only when asked for."""

    def __init__(self, columns: list[Column], parent=None) -> None:
        super().__init__(columns, muted=_inactive, parent=parent)
        self.include_inactive = False

    def set_include_inactive(self, include: bool) -> None:
        self.include_inactive = include
        self.refresh()

    def refresh(self) -> None:
        self.set_records(self._load())

    def _load(self) -> list:
        raise NotImplementedError

    def _status(self, record) -> str:
        return translate("CatalogueModel", "在售") if record.active else translate("CatalogueModel", "已停用")


class ServiceTableModel(CatalogueModel):
    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(self.tr("名称"), lambda s: s.name),
            Column(self.tr("分类"), lambda s: s.category),
            Column(self.tr("价格"), lambda s: money(s.price_fen), lambda s: s.price_fen, numeric=True),
            Column(self.tr("时长"), lambda s: self.tr("%1 分钟").replace("%1", str(s.duration_min)),
                   lambda s: s.duration_min, numeric=True),
            Column(self.tr("回访（第几天）"), lambda s: listing(s.followup_days.split(","))),
            Column(self.tr("提成"), self._commission),
            Column(self.tr("状态"), self._status),
        ], parent)

    def _commission(self, service: Service) -> str:
        text = format_commission(service.commission_rate_bp, service.commission_fen)
        if service.commission_fen is not None:
            return self.tr("每次 %1 元").replace("%1", text)
        return text or self.tr("按美容师比例")

    def _load(self) -> list[Service]:
        return list_services(include_inactive=self.include_inactive)


class ProductTableModel(CatalogueModel):
    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(self.tr("品牌"), lambda p: p.brand),
            Column(self.tr("名称"), lambda p: p.name),
            Column(self.tr("类型"), lambda p: p.kind),
            Column(self.tr("价格"), lambda p: money(p.price_fen), lambda p: p.price_fen, numeric=True),
            Column(self.tr("状态"), self._status),
        ], parent)

    def _load(self) -> list[Product]:
        return list_products(include_inactive=self.include_inactive)


class PlanTableModel(CatalogueModel):
    def __init__(self, parent=None) -> None:
        self._service_names: dict[int, list[str]] = {}
        super().__init__([
            Column(self.tr("名称"), lambda p: p.name),
            Column(self.tr("类型"), lambda p: plan_kind_label(p.kind), lambda p: p.kind),
            Column(self.tr("售价"), lambda p: money(p.price_fen), lambda p: p.price_fen, numeric=True),
            Column(self.tr("次数/赠送"), self._sessions),
            Column(self.tr("有效期"), self._validity, lambda p: p.validity_days),
            Column(self.tr("状态"), self._status),
            Column(self.tr("可用项目"), lambda p: listing(self._service_names.get(p.id, []))),
        ], parent)

    def _sessions(self, plan: PackagePlan) -> str:
        if plan.kind == "stored_value":
            return self.tr("送 %1 元").replace("%1", amount_text(plan.bonus_fen)) if plan.bonus_fen else ""
        if plan.kind == "period":
            return self.tr("限 %1 次").replace("%1", str(plan.sessions)) if plan.sessions else self.tr("不限次")
        text = self.tr("%1 次").replace("%1", str(plan.sessions))
        if plan.bonus_sessions:
            text += self.tr(" + 赠 %1 次").replace("%1", str(plan.bonus_sessions))
        return text

    def _validity(self, plan: PackagePlan) -> str:
        if not plan.validity_days:
            return self.tr("长期")
        return self.tr("%1 天").replace("%1", str(plan.validity_days))

    def _load(self) -> list[PackagePlan]:
        plans = list_plans(include_inactive=self.include_inactive)
        names = {s.id: s.name for s in list_services(include_inactive=True)}
        self._service_names = {plan.id: [names[i] for i in plan_service_ids(plan.id) if i in names]
                               for plan in plans}
        return plans
