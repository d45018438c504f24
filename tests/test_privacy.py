"""A client's rights over her data (PIPL): a copy of everything, and being forgotten for real — gone from the
file's bytes — while the accounts keep her money history."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from salon.catalogue import PlanInput, ServiceInput, save_plan, save_service
from salon.clients.privacy import PLACEHOLDER_NAME, client_data, client_data_json, forget_client
from salon.clients.profiles import BirthdayInput, ClientInput, FamilyInput, save_client
from salon.db import close_database
from salon.errors import NotFoundError, ValidationError
from salon.packages.selling import sell_package
from salon.payments import PaymentInput
from salon.reminders.actions import Outcome, complete
from salon.reminders.logs import log_complaint, log_gift
from salon.store.backup import figures
from salon.store.integrity import find_problems
from salon.store.models import Client, ClientSearchKey, FamilyMember, Visit
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit, update_visit, void_visit

NAME, PHONE, WECHAT, PINYIN = "鲍翡翠", "13698765432", "baofeicui_wx", "bao fei cui"


def _her_history(database) -> dict[str, int]:
    her = save_client(ClientInput(
        name=NAME, phone=PHONE, wechat=WECHAT, birthday=BirthdayInput("solar", 1988, 3, 12), address="翡翠路 8 号",
        allergies="对果酸过敏", sensitive_consent=True, notes="她先生姓鲍", family=[FamilyInput("child", "鲍小宝")])).id
    friend = save_client(ClientInput(name="赵敏", phone="13900000000", referred_by_id=her,
                                     notes=f"{NAME}介绍来的，{NAME}的同事")).id
    facial = save_service(ServiceInput(name="深层清洁", price="198")).id
    plan = save_plan(PlanInput(name="清洁10次卡", kind="count", price="1580", sessions=10, validity_days=365,
                               service_ids=[facial])).id
    card = sell_package(her, plan, [PaymentInput("cash", 158000)], when=datetime(2026, 11, 1, 9),
                        starts_on=date(2026, 11, 1), notes="鲍女士的卡").id
    when = datetime(2026, 11, 2, 10)
    visit = save_visit(VisitInput(her, when, [VisitItemInput("service", facial, package_id=card)], [],
                                  skin_condition="鲍女士额头泛红", notes="鲍女士说下周出差"), when=when)
    changed = VisitInput(her, when, [VisitItemInput("service", facial, package_id=card)], [],
                         skin_condition="鲍女士额头泛红，已好转", notes="鲍女士说下周出差")
    update_visit(visit.id, changed, "补记皮肤情况")
    paid = datetime(2026, 11, 9, 15)
    mistaken = save_visit(VisitInput(her, paid, [VisitItemInput("service", facial)], [PaymentInput("wechat", 19800)]),
                          when=paid)
    again = save_visit(VisitInput(her, paid, [VisitItemInput("service", facial)], [PaymentInput("wechat", 19800)]),
                       when=paid)
    void_visit(again.id, f"{NAME} 重复登记了")
    from salon.packages.selling import adjust

    adjust(card, f"{NAME}（{PHONE}）投诉后补偿", sessions=1)
    assert mistaken.id
    complete("followup:1", her, "followup", Outcome(note="鲍女士很满意", gift="面膜"))
    log_gift(her, date(2026, 11, 10), "护手霜", note="鲍女士生日")
    log_complaint(her, date(2026, 11, 11), "鲍女士嫌水温太烫", visit_id=visit.id)
    return {"her": her, "friend": friend, "card": card}


def test_a_forgotten_client_is_gone_from_the_files_bytes_and_the_accounts_still_balance(database, db_path):
    ids = _her_history(database)
    money_before = figures(database.connection()).money
    visits_before = Visit.select().where(Visit.client == ids["her"]).count()
    assert forget_client(ids["her"]) is True
    placeholder = Client.get_by_id(ids["her"])
    assert placeholder.name == PLACEHOLDER_NAME and placeholder.phone == "" and placeholder.archived_at is not None
    assert (placeholder.birth_year, placeholder.address, placeholder.allergies, placeholder.notes) == (None, "", "", "")
    assert Visit.select().where(Visit.client == ids["her"]).count() == visits_before
    assert figures(database.connection()).money == money_before  # every fen of the accounts stays
    assert find_problems() == []
    assert ClientSearchKey.select().where(ClientSearchKey.client == ids["her"]).count() == 0
    assert FamilyMember.select().count() == 0
    assert Client.get_by_id(ids["friend"]).referred_by_id is None
    assert Client.get_by_id(ids["friend"]).notes == f"{PLACEHOLDER_NAME}介绍来的，{PLACEHOLDER_NAME}的同事"
    data = client_data(ids["her"])
    for table in ("family", "events", "contacts", "gifts", "complaints", "reminders", "therapists"):
        assert data[table] == [], table
    assert all(not visit["notes"] and not visit["skin_condition"] for visit in data["visits"])
    assert all("鲍" not in revision["before_json"] for revision in data["visit_revisions"])
    close_database(database)
    stored = b"".join(path.read_bytes() for path in db_path.parent.glob("salon.db*"))
    for trace in (NAME, PHONE, WECHAT, PINYIN, "翡翠路", "果酸", "鲍女士", "鲍小宝", PHONE[-8:]):
        assert trace.encode() not in stored, trace


def test_a_client_without_money_history_is_deleted_outright(database):
    client = save_client(ClientInput(name="王芳", phone="13812345678")).id
    assert forget_client(client) is False
    assert Client.get_or_none(Client.id == client) is None


def test_an_access_request_gets_everything_that_refers_to_her(database):
    ids = _her_history(database)
    data = json.loads(client_data_json(ids["her"]))
    assert data["client"]["name"] == NAME and data["client"]["phone"] == PHONE
    assert [member["name"] for member in data["family"]] == ["鲍小宝"]
    assert len(data["visits"]) == 3 and len(data["visit_lines"]) == 3 and len(data["visit_revisions"]) == 2
    assert [card["id"] for card in data["cards"]] == [ids["card"]] and data["card_ledgers"]
    assert sum(payment["amount_fen"] for payment in data["payments"]) == 158000 + 19800  # the void nets to nothing
    assert [gift["gift"] for gift in data["gifts"]] == ["面膜", "护手霜"]
    assert data["complaints"][0]["what"] == "鲍女士嫌水温太烫" and data["contacts"][0]["note"] == "鲍女士很满意"
    assert data["referred_clients"] == [{"id": ids["friend"], "name": "赵敏"}]
    with pytest.raises(NotFoundError):
        client_data(99999)


def test_skin_and_health_notes_need_her_separate_consent_recorded_with_date_and_who(database, tmp_path):
    from salon import access
    from salon.clients.profiles import load_client_input
    from salon.staff import StaffInput, save_staff
    from salon.store.models import ClientConsent

    desk = save_staff(StaffInput(name="前台小张", role="front_desk")).id
    access.set_pin(desk, "1357")
    access.sign_in(desk, "1357")
    with pytest.raises(ValidationError) as refused:
        save_client(ClientInput(name="王芳", phone="13812345678", allergies="果酸"))
    assert refused.value.code == "consent_required" and Client.select().count() == 0
    client = save_client(ClientInput(name="王芳", phone="13812345678", allergies="果酸", sensitive_consent=True)).id
    consent = ClientConsent.get_by_id(client)
    assert consent.sensitive_by_id == desk and consent.sensitive_at.date() == date.today()
    data = load_client_input(client)
    assert data.sensitive_consent
    data.sensitive_consent = False  # she withdraws it: the notes must go first
    with pytest.raises(ValidationError) as withdrawn:
        save_client(data, client)
    assert withdrawn.value.code == "consent_withdrawn"
    data.allergies = ""
    save_client(data, client)
    assert ClientConsent.get_or_none(ClientConsent.client == client) is None
    plain = save_client(ClientInput(name="李娜", phone="13900000000")).id  # nothing sensitive: nothing recorded
    assert ClientConsent.get_or_none(ClientConsent.client == plain) is None


def test_an_old_list_brings_allergies_only_with_the_owners_confirmation(database, tmp_path):
    import openpyxl

    from salon.imports.columns import choices_for
    from salon.imports.plan import ImportChoices, import_clients
    from salon.imports.sources import read_source
    from salon.store.models import ClientConsent

    book = openpyxl.Workbook()
    book.active.append(["姓名", "电话", "过敏"])
    book.active.append(["王芳", "13812345678", "果酸"])
    book.save(tmp_path / "old.xlsx")
    source = read_source(tmp_path / "old.xlsx")
    guess = choices_for(source)
    plan = import_clients(source.sheet(guess.sheet), ImportChoices(guess.sheet, guess.row, guess.mapping),
                          "old.xlsx")
    assert plan.results[0].message == "过敏未导入：没有确认客户同意"
    assert Client.get().allergies == "" and ClientConsent.select().count() == 0
    again = ImportChoices(guess.sheet, guess.row, guess.mapping, sensitive_consent=True)
    import_clients(source.sheet(guess.sheet), again, "old.xlsx")
    assert Client.get().allergies == "果酸" and ClientConsent.get_by_id(Client.get().id).sensitive_at is not None
    book.active.append(["李娜", "13900000000", "酒精"])
    book.save(tmp_path / "old.xlsx")
    source = read_source(tmp_path / "old.xlsx")
    import_clients(source.sheet(guess.sheet), again, "old.xlsx")
    assert Client.get(Client.name == "李娜").allergies == "酒精" and ClientConsent.select().count() == 2
