"""Domain helpers the catalogue and package screens rely on: expiry dates, deactivation, closed cards."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from salon.catalogue import (
    PlanInput,
    ProductInput,
    ServiceInput,
    list_plans,
    list_products,
    list_services,
    save_plan,
    save_product,
    save_service,
    set_item_active,
)
from salon.clients.profiles import ClientInput, save_client
from salon.errors import NotFoundError, ValidationError
from salon.packages.expiry import expire_packages
from salon.packages.refunds import refund_package
from salon.packages.selling import adjust, expiry_date, sell_package
from salon.payments import PaymentInput
from salon.store.models import PackageLedger


def test_expiry_counts_the_first_day():
    assert expiry_date(date(2026, 3, 1), 365) == date(2027, 2, 28)
    assert expiry_date(date(2026, 3, 1), 1) == date(2026, 3, 1)
    assert expiry_date(date(2026, 3, 1), None) is None


def test_deactivated_items_leave_the_sale_lists_but_stay_listed_with_inactive(database):
    service = save_service(ServiceInput(name="深层清洁", price="198"))
    product = save_product(ProductInput(name="补水面膜", brand="雅漾", price="88"))
    plan = save_plan(PlanInput(name="储值1000送200", kind="stored_value", price="1000", bonus="200"))
    for kind, item_id in (("service", service.id), ("product", product.id), ("plan", plan.id)):
        set_item_active(kind, item_id, False)
    assert list_services() == [] and list_products() == [] and list_plans() == []
    assert [s.id for s in list_services(include_inactive=True)] == [service.id]
    assert [p.id for p in list_products(include_inactive=True)] == [product.id]
    assert [p.id for p in list_plans(include_inactive=True)] == [plan.id]
    set_item_active("service", service.id, True)
    assert [s.id for s in list_services()] == [service.id]
    with pytest.raises(NotFoundError):
        set_item_active("product", 999, False)


@pytest.fixture
def count_card(database):
    client = save_client(ClientInput(name="王芳", phone="13812345678"))
    service = save_service(ServiceInput(name="深层清洁", price="198"))
    plan = save_plan(PlanInput(name="清洁10次卡", kind="count", price="1580", sessions=10, bonus_sessions=2,
                               validity_days=30, service_ids=[service.id]))
    return sell_package(client.id, plan.id, [PaymentInput("cash", 158000)], starts_on=date(2026, 3, 1),
                        when=datetime(2026, 3, 1, 10))


def test_a_refunded_card_cannot_be_adjusted(count_card):
    refund_package(count_card.id, "cash", when=datetime(2026, 3, 5, 10))
    lines_before = PackageLedger.select().count()
    with pytest.raises(ValidationError) as raised:
        adjust(count_card.id, "补送一次", sessions=1)
    assert raised.value.code == "package_closed"
    assert PackageLedger.select().count() == lines_before


def test_an_expired_card_cannot_be_adjusted(count_card):
    assert expire_packages(date(2026, 4, 1)) == [count_card.id]
    with pytest.raises(ValidationError) as raised:
        adjust(count_card.id, "补送一次", sessions=1)
    assert raised.value.code == "package_closed"
