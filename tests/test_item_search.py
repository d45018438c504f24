"""Finding services and products at the counter: pinyin initials, full pinyin, part of the name, a short code;
services before products, the most used first; and what a returning client most likely has today."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from salon.catalogue import (
    PlanInput,
    ProductInput,
    ServiceInput,
    save_plan,
    save_product,
    save_service,
    set_item_active,
)
from salon.clients.profiles import ClientInput, save_client
from salon.errors import ValidationError
from salon.item_search import counter_items, find_items, likely_services
from salon.packages.selling import sell_package
from salon.payments import PaymentInput
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit, void_visit

TODAY = date.today()


@pytest.fixture
def menu(database):
    items = {
        "清洁": save_service(ServiceInput(name="面部深层清洁", price="198", code="QJ")).id,
        "理疗": save_service(ServiceInput(name="肩颈理疗", price="268")).id,
        "补水": save_service(ServiceInput(name="补水护理", price="238")).id,
        "面膜": save_product(ProductInput(name="清洁面膜", brand="雅漾", price="88", code="101")).id,
    }
    return items


def names(text: str) -> list[str]:
    return [item.name for item in find_items(counter_items(TODAY), text)]


@pytest.mark.parametrize("typed", ["qj", "QJ", "qingjie", "清洁", "mbsc", "mianbu", "shen ceng"])
def test_a_service_is_found_by_initials_pinyin_name_part_or_code(menu, typed):
    assert names(typed)[0] == "面部深层清洁"


def test_services_come_before_products_and_a_product_code_finds_it(menu):
    assert names("清洁") == ["面部深层清洁", "雅漾 清洁面膜"]
    assert names("101") == ["雅漾 清洁面膜"]
    assert names("yy") == ["雅漾 清洁面膜"]  # the brand counts as part of the name
    assert names("xyz") == [] and names("") == []


def test_the_most_used_service_comes_first(menu, database):
    client = save_client(ClientInput(name="王芳", phone="13812345678")).id
    assert names("li")[:2] == ["补水护理", "肩颈理疗"]  # by name while nothing was done yet
    for days in (3, 2, 1):
        save_visit(VisitInput(client, datetime.now() - timedelta(days=days),
                              [VisitItemInput("service", menu["理疗"])], [PaymentInput("cash", 26800)]))
    assert names("li")[:2] == ["肩颈理疗", "补水护理"]


def test_inactive_items_are_not_offered(menu):
    set_item_active("service", menu["补水"], False)
    assert names("bushui") == []


def test_likely_service_is_the_one_her_open_card_covers_else_her_last_visits(menu):
    client = save_client(ClientInput(name="王芳", phone="13812345678")).id
    assert likely_services(client, TODAY) == []
    visit = save_visit(VisitInput(client, datetime.now() - timedelta(days=10),
                                  [VisitItemInput("service", menu["补水"]), VisitItemInput("service", menu["理疗"])],
                                  [PaymentInput("cash", 23800 + 26800)]))
    assert likely_services(client, TODAY) == [menu["补水"], menu["理疗"]]
    plan = save_plan(PlanInput(name="清洁10次卡", kind="count", price="1580", sessions=10, validity_days=365,
                               service_ids=[menu["清洁"]]))
    sell_package(client, plan.id, [PaymentInput("wechat", 158000)])
    assert likely_services(client, TODAY)[0] == menu["清洁"]
    void_visit(visit.id, "记错了")
    assert likely_services(client, TODAY) == [menu["清洁"]]


def test_two_active_items_may_not_share_a_name_or_a_code(menu):
    with pytest.raises(ValidationError) as raised:
        save_service(ServiceInput(name="肩颈理疗", price="300"))
    assert raised.value.code == "name_duplicate"
    with pytest.raises(ValidationError) as raised:
        save_service(ServiceInput(name="背部理疗", price="300", code="qj"))
    assert raised.value.code == "code_duplicate"
    with pytest.raises(ValidationError) as raised:
        save_product(ProductInput(name="清洁面膜", brand="雅漾", price="99"))
    assert raised.value.code == "name_duplicate"
    # An inactive one may share the name; it cannot come back on sale while its twin is.
    set_item_active("service", menu["理疗"], False)
    twin = save_service(ServiceInput(name="肩颈理疗", price="300")).id
    with pytest.raises(ValidationError):
        set_item_active("service", menu["理疗"], True)
    assert twin != menu["理疗"]


def test_names_and_codes_have_limits_the_message_names(menu):
    with pytest.raises(ValidationError) as raised:
        save_service(ServiceInput(name="护" * 41, price="1"))
    assert raised.value.code == "text_too_long" and raised.value.params["limit"] == 40
    with pytest.raises(ValidationError) as raised:
        save_service(ServiceInput(name="护理", price="1", code="清洁"))
    assert raised.value.code == "code_invalid"
