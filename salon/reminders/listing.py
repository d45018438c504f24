"""The front desk's list for a date and the days after it: every occasion, filtered by who may be contacted for
what and by what was already done, snoozed or dismissed; overdue first, then by kind and date."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from salon.reminders import actions
from salon.reminders.cards import card_reminders
from salon.reminders.holidays import greeting, holidays_between, parse_holidays
from salon.reminders.items import KINDS, SERVICE_KINDS, ClientFacts, Reminder, reminder
from salon.reminders.lapsing import lapse_text, lapses
from salon.reminders.occasions import Occasion, birthdays, events, followups, open_complaints
from salon.settings import SalonSettings, load_settings
from salon.store.models import database_proxy

GREETING_KINDS = frozenset({"birthday", "event", "care", "holiday"})
ACTIVE_CLIENT_DAYS = 365  # holiday greetings go to clients seen in the last year
_CHUNK = 500


@dataclass(frozen=True)
class ReminderList:
    on: date
    until: date
    items: list[Reminder]

    def counts(self) -> dict[str, int]:
        """How many of each kind, in the list's order of kinds (kinds with none left out)."""
        counted = Counter(item.kind for item in self.items)
        return {kind: counted[kind] for kind in KINDS if counted[kind]}

    def of_kind(self, kind: str) -> list[Reminder]:
        return [item for item in self.items if item.kind == kind]


def client_facts(client_ids: set[int]) -> dict[int, ClientFacts]:
    ids = sorted(client_ids)
    facts: dict[int, ClientFacts] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for row in database_proxy.execute_sql(
                "SELECT c.id, c.name, c.phone, c.therapist_id, coalesce(s.name, ''), c.interests, c.do_not_contact,"
                " c.marketing_consent, c.archived_at IS NOT NULL FROM client c"
                f" LEFT JOIN staff s ON s.id = c.therapist_id WHERE c.id IN ({','.join('?' * len(chunk))})", chunk):
            facts[row[0]] = ClientFacts(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), bool(row[7]),
                                        bool(row[8]))
    return facts


def _may_contact(client: ClientFacts, kind: str) -> bool:
    if kind in SERVICE_KINDS:
        return True  # a follow-up or a complaint call is service, owed to everyone
    if not client.greetable:
        return False
    return kind != "holiday" or client.marketing_consent


def _holiday_occasions(on: date, until: date, settings: SalonSettings) -> list[tuple[Occasion, str]]:
    upcoming = holidays_between(parse_holidays(settings.holidays), on, until)
    if not upcoming:
        return []
    since = (on - timedelta(days=ACTIVE_CLIENT_DAYS)).isoformat()
    recent = [row[0] for row in database_proxy.execute_sql(
        "SELECT DISTINCT client_id FROM visit WHERE status = 'done' AND visited_at >= ?", (since,))]
    return [(Occasion(client_id, f"holiday:{holiday.name}:{when.isoformat()}:{client_id}", "holiday", when,
                      f"节日问候：{holiday.name}（{when.month}月{when.day}日）"), holiday.name)
            for holiday, when in upcoming for client_id in recent]


def build_reminders(on: date, days: int = 7, *, therapist_first: int | None = None,
                    settings: SalonSettings | None = None) -> ReminderList:
    """Everything to do from `on` to `on + days` (and what is overdue), as the front desk should see it."""
    settings = settings or load_settings()
    until = on + timedelta(days=days)
    occasions: list[Occasion] = [*open_complaints(until), *followups(on, until), *events(on, until),
                                 *birthdays(on, until)]
    for card in card_reminders(on, settings):
        occasions.append(Occasion(card.client_id, card.key, "card", card.due, card.title, card.detail))
    for lapse in lapses(on, settings):
        title, detail = lapse_text(lapse)
        occasions.append(Occasion(lapse.client_id, lapse.key, "lapse", lapse.due, title, detail))
    holiday_names: dict[str, str] = {}
    for occasion, holiday in _holiday_occasions(on, until, settings):
        occasions.append(occasion)
        holiday_names[occasion.key] = holiday
    acted = actions.states([occasion.key for occasion in occasions])
    facts = client_facts({occasion.client_id for occasion in occasions})
    templates = settings.greetings.splitlines()
    birthday_templates = settings.birthday_greetings.splitlines()
    items: list[Reminder] = []
    for occasion in occasions:
        client = facts.get(occasion.client_id)
        if client is None or not _may_contact(client, occasion.kind):
            continue
        due = occasion.due
        status, snoozed_until = acted.get(occasion.key, ("", None))
        if status in ("done", "dismissed"):
            continue
        if status == "snoozed":
            if snoozed_until > on:
                continue
            due = snoozed_until
        if due > until:
            continue
        draft = ""
        if occasion.kind == "holiday":
            draft = greeting(templates, holiday_names[occasion.key], client.id, client.name,
                             client.therapist_name, client.interests)
        elif occasion.kind == "birthday" and occasion.key.startswith("birthday:client:"):
            draft = greeting(birthday_templates, "生日", client.id, client.name, client.therapist_name,
                             client.interests)
        items.append(reminder(client, occasion.key, occasion.kind, due, occasion.title, occasion.detail, draft))
    order = {kind: position for position, kind in enumerate(KINDS)}
    items.sort(key=lambda item: (item.due >= on, order[item.kind],
                                 therapist_first is not None and item.therapist_id != therapist_first,
                                 item.due, item.client_name, item.key))
    return ReminderList(on, until, items)


KIND_WORDS = {"complaint": "投诉与不满意", "followup": "护理回访", "care": "关心问候", "birthday": "生日",
              "event": "纪念日", "card": "卡项", "lapse": "流失预警", "holiday": "节日问候"}


def reminder_lines(found: ReminderList) -> list[str]:
    """The list as text, for the command line and the printout: grouped by kind, with counts."""
    lines = [f"提醒 {found.on.isoformat()} 至 {found.until.isoformat()}"]
    for kind, count in found.counts().items():
        lines.append("")
        lines.append(f"【{KIND_WORDS[kind]}】{count} 条")
        for item in found.of_kind(kind):
            late = "（已逾期）" if item.overdue(found.on) else ""
            text = f"  {item.due.isoformat()}{late}  {item.client_name} {item.phone}  {item.title}"
            if item.detail:
                text += f"  — {item.detail}"
            lines.append(text)
            if item.draft:
                lines.append(f"      问候语：{item.draft}")
    if not found.items:
        lines.append("没有需要处理的提醒。")
    return lines
