"""Roles and PINs (F10): who may do what is decided in salon/, the actor is recorded on what she writes, and the
audit log keeps who changed money, cards, visits, deletions, exports, settings and roles — and cannot be edited."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import peewee
import pytest

from salon import access
from salon.catalogue import PlanInput, ServiceInput, save_plan, save_service
from salon.clients.privacy import forget_client
from salon.clients.profiles import ClientInput, save_client
from salon.errors import ValidationError
from salon.packages.selling import sell_package, top_up
from salon.payments import PaymentInput, money_flow
from salon.reminders.actions import Outcome, complete
from salon.reports.period import parse_month
from salon.reports.review import build_review
from salon.reports.workbook import write_workbook
from salon.settings import load_settings, save_settings
from salon.staff import StaffInput, save_staff
from salon.store.models import AuditEntry, Client, PackageLedger, StaffPin, Visit
from salon.visits.pricing import VisitInput, VisitItemInput
from salon.visits.recording import save_visit, void_visit


@pytest.fixture
def salon(database):
    people = {role: save_staff(StaffInput(name=name, role=role)).id for role, name in
              (("owner", "老板娘"), ("front_desk", "前台小张"), ("therapist", "美容师小芳"))}
    for staff_id in people.values():
        access.set_pin(staff_id, "2580")
    mine = save_client(ClientInput(name="曾小梅", phone="13812345678", therapist_id=people["therapist"])).id
    other = save_client(ClientInput(name="赵敏", phone="13900000000")).id
    facial = save_service(ServiceInput(name="深层清洁", price="198")).id
    plan = save_plan(PlanInput(name="储值1000", kind="stored_value", price="1000")).id
    return {**people, "mine": mine, "other": other, "facial": facial, "plan": plan}


def _refused(call) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        call()
    assert refused.value.code == "not_allowed"
    return refused.value


def test_a_pin_is_kept_hashed_and_five_wrong_ones_lock_her_out_for_a_while(salon):
    stored = StaffPin.get_by_id(salon["front_desk"])
    assert "2580" not in stored.pin_hash and len(stored.salt) == 32
    with pytest.raises(ValidationError) as wrong:
        access.sign_in(salon["front_desk"], "1111")
    assert wrong.value.code == "pin_wrong" and wrong.value.params["left"] == 4
    moment = datetime(2026, 11, 29, 10, 0)
    for _ in range(4):
        with pytest.raises(ValidationError):
            access.sign_in(salon["front_desk"], "0000", when=moment)
    with pytest.raises(ValidationError) as locked:  # even the right PIN, while locked
        access.sign_in(salon["front_desk"], "2580", when=moment + timedelta(minutes=1))
    assert locked.value.code == "pin_locked"
    actor = access.sign_in(salon["front_desk"], "2580", when=moment + timedelta(minutes=6))
    assert actor.role == "front_desk" and access.current_actor() == actor
    for bad in ("123", "123456789", "12a4", "１２３４"):
        with pytest.raises(ValidationError) as invalid:
            access.set_pin(salon["front_desk"], bad)
        assert invalid.value.code == "pin_invalid"


def test_the_front_desk_records_visits_and_sells_cards_but_sees_no_totals_and_deletes_nothing(salon, tmp_path):
    access.sign_in(salon["front_desk"], "2580")
    card = sell_package(salon["mine"], salon["plan"], [PaymentInput("cash", 100000)])
    visit = save_visit(VisitInput(salon["mine"], datetime.now() - timedelta(minutes=5),
                                  [VisitItemInput("service", salon["facial"])], [PaymentInput("cash", 19800)]))
    assert Visit.get_by_id(visit.id).revisions.count() == 0
    assert PackageLedger.get(PackageLedger.package == card.id).staff_id == salon["front_desk"]  # the actor
    month = parse_month(date.today().strftime("%Y-%m"))
    before = Visit.get_by_id(visit.id).status
    _refused(lambda: void_visit(visit.id, "录错了"))
    assert Visit.get_by_id(visit.id).status == before
    _refused(lambda: build_review(month))
    _refused(lambda: money_flow(month.start, month.end))
    _refused(lambda: write_workbook(month, tmp_path / "a.xlsx"))
    assert not (tmp_path / "a.xlsx").exists()
    _refused(lambda: save_settings(load_settings()))
    _refused(lambda: forget_client(salon["other"]))
    _refused(lambda: save_staff(StaffInput(name="新人", role="owner")))
    _refused(lambda: access.set_pin(salon["owner"], "9999"))
    access.set_pin(salon["front_desk"], "1357")  # her own PIN she may change
    assert Client.select().count() == 2


def test_a_therapist_reads_and_follows_up_only_her_own_clients(salon):
    access.sign_in(salon["therapist"], "2580")
    complete("followup:1", salon["mine"], "followup", Outcome(note="皮肤好多了"))
    error = _refused(lambda: complete("followup:2", salon["other"], "followup", Outcome(note="?")))
    assert "自己的客户" in str(error)
    _refused(lambda: save_client(ClientInput(name="曾小梅", phone="13812345678"), salon["mine"]))
    _refused(lambda: sell_package(salon["mine"], salon["plan"], [PaymentInput("cash", 100000)]))
    assert access.visible_client_filter() == salon["therapist"]


def test_the_audit_log_says_who_changed_money_cards_visits_deletions_exports_and_settings(salon, tmp_path):
    access.sign_in(salon["owner"], "2580")
    card = sell_package(salon["mine"], salon["plan"], [PaymentInput("cash", 100000)])
    top_up(card.id, [PaymentInput("wechat", 50000)])
    visit = save_visit(VisitInput(salon["mine"], datetime.now() - timedelta(minutes=5),
                                  [VisitItemInput("service", salon["facial"])], [PaymentInput("cash", 19800)]))
    void_visit(visit.id, "录错了")
    save_settings(load_settings())
    write_workbook(parse_month(date.today().strftime("%Y-%m")), tmp_path / "month.xlsx")
    forget_client(salon["other"])
    save_staff(StaffInput(name="前台小张", role="manager"), salon["front_desk"])
    entries = [(entry.action, entry.target, entry.staff_id) for entry in AuditEntry.select().order_by(AuditEntry.id)
               if entry.staff_id == salon["owner"]]
    owner = salon["owner"]
    assert entries[1:] == [
        ("card.sell", f"card:{card.id}", owner), ("card.top_up", f"card:{card.id}", owner),
        ("visit.save", f"visit:{visit.id}", owner), ("visit.void", f"visit:{visit.id}", owner),
        ("settings.save", "", owner), ("export.workbook", entries[6][1], owner),
        ("client.forget", f"client:{salon['other']}", owner), ("staff.save", f"staff:{salon['front_desk']}", owner)]
    assert entries[0] == ("sign_in", f"staff:{owner}", owner)
    assert "赵敏" not in "".join(entry.target + entry.detail for entry in AuditEntry.select())
    with pytest.raises(peewee.IntegrityError):
        AuditEntry.update(detail="改过").execute()
    with pytest.raises(peewee.IntegrityError):
        AuditEntry.delete().execute()
    assert [entry.action for entry in access.audit_entries()][0] == "staff.save"
    access.sign_in(salon["therapist"], "2580")
    _refused(access.audit_entries)


def test_nobody_signed_in_is_the_command_line_with_every_right(salon):
    assert access.current_actor() is None and access.may(access.EXPORT)
    void_visit(save_visit(VisitInput(salon["other"], datetime.now() - timedelta(minutes=1),
                                     [VisitItemInput("service", salon["facial"])],
                                     [PaymentInput("cash", 19800)])).id, "测试")


def test_a_therapist_lists_only_her_own_clients_their_history_and_reminders(salon):
    from salon.clients.search import search_client_ids
    from salon.reminders.listing import build_reminders
    from salon.visits.history import HistoryFilter, history_ids

    hydrating = save_service(ServiceInput(name="补水", price="100", followup_days="3")).id
    for client in (salon["mine"], salon["other"]):
        save_visit(VisitInput(client, datetime.now() - timedelta(days=2), [VisitItemInput("service", hydrating)],
                              [PaymentInput("cash", 10000)]))
    assert set(search_client_ids("")) == {salon["mine"], salon["other"]}
    everyone = build_reminders(date.today(), 7)
    assert {item.client_id for kind in everyone.counts() for item in everyone.of_kind(kind)} == {
        salon["mine"], salon["other"]}  # both are due the follow-up call of their treatment
    access.sign_in(salon["therapist"], "2580")
    assert search_client_ids("") == [salon["mine"]]
    from salon.clients.profiles import count_clients

    assert count_clients() == 1
    visits = history_ids(HistoryFilter(date_from=date.today() - timedelta(days=7), date_to=date.today()))
    assert {Visit.get_by_id(visit).client_id for visit in visits} == {salon["mine"]}
    found = build_reminders(date.today(), 7)
    assert {item.client_id for kind in found.counts() for item in found.of_kind(kind)} == {salon["mine"]}


def test_a_reminder_about_another_client_cannot_be_closed_in_her_name(salon):
    from salon.reminders.actions import dismiss, key_client
    from salon.store.models import ReminderState, VisitItem

    hydrating = save_service(ServiceInput(name="补水", price="100", followup_days="3")).id
    visit = save_visit(VisitInput(salon["other"], datetime.now() - timedelta(days=1),
                                  [VisitItemInput("service", hydrating)], [PaymentInput("cash", 10000)]))
    item = VisitItem.get(VisitItem.visit == visit.id).id
    key = f"followup:{item}:3"
    assert key_client(key) == salon["other"] and key_client(f"lapse:{salon['mine']}:2026-01-01:due") == salon["mine"]
    access.sign_in(salon["therapist"], "2580")
    with pytest.raises(ValidationError) as refused:
        dismiss(key, salon["mine"])  # her own client's id, another client's follow-up
    assert refused.value.code == "reminder_other_client" and ReminderState.select().count() == 0


def test_each_lock_out_of_the_day_lasts_twice_as_long_up_to_an_hour(salon):
    moment = datetime(2026, 11, 29, 10, 0)
    for round_, minutes in enumerate((5, 10, 20, 40, 60, 60)):
        for _ in range(5):
            with pytest.raises(ValidationError) as refused:
                access.sign_in(salon["front_desk"], "0000", when=moment)
        assert refused.value.code == "pin_locked", round_
        assert refused.value.params["until"] == (moment + timedelta(minutes=minutes)).strftime("%H:%M")
        moment += timedelta(minutes=minutes, seconds=1)


def test_the_ledger_names_who_did_it_while_the_sale_keeps_who_sold(salon):
    access.sign_in(salon["front_desk"], "2580")
    card = sell_package(salon["mine"], salon["plan"], [PaymentInput("cash", 100000)], staff_id=salon["therapist"])
    line = top_up(card.id, [PaymentInput("cash", 5000)], staff_id=salon["owner"])  # the drop-down said the owner
    assert card.sold_by_id == salon["therapist"]  # her commission
    assert {entry.staff_id for entry in PackageLedger.select()} == {salon["front_desk"]} == {line.staff_id}
