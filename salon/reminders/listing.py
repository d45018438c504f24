"""The front desk's list for a date and the days after it: every occasion, filtered by who may be contacted for
what and by what was already done, snoozed or dismissed; overdue first, then by kind and date.

A busy salon's week holds tens of thousands of calls, so the list is kept the way a table shows it: every entry
sorted as a plain tuple of ids and dates, and made into a `Reminder` with its words (a follow-up's service, a
card's balance, a greeting) only when it is looked at, a page at a time — the tab shows the first screen at
once, and reads the rest as the front desk scrolls.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import overload

from salon import access
from salon.dates import month_day_text
from salon.reminders import actions
from salon.reminders.actions import still_open_sql
from salon.reminders.cards import card_reminders, card_words, cards_by_id
from salon.reminders.holidays import greeting, holidays_between, parse_holidays
from salon.reminders.items import KINDS, Reminder, client_join, reachable_sql
from salon.reminders.lapsing import lapse_text, lapses
from salon.reminders.occasions import (
    Occasion,
    birthdays,
    events,
    followup_lines,
    followup_words,
    followups,
    open_complaints,
)
from salon.settings import SalonSettings, holiday_key_name, load_settings
from salon.staff import staff_names
from salon.store.models import database_proxy
from salon.words import QT_TRANSLATE_NOOP, fill, translate, word

ACTIVE_CLIENT_DAYS = 365  # holiday greetings go to clients seen in the last year
PAGE = 200  # entries made into Reminders at a time

# An entry: the sort order first (later than the day asked about, kind, not her therapist's, due, client, key:
# one client's reminders of a kind and day stay together), then what a Reminder is made of.
_DUE, _CLIENT, _KEY, _KIND, _THERAPIST, _TITLE, _DETAIL, _REF = range(3, 11)


class ReminderList:
    """The list for `on` to `until`: its entries in order, each made into a Reminder when first asked for."""

    def __init__(self, on: date, until: date, entries: list[tuple], settings: SalonSettings) -> None:
        self.on = on
        self.until = until
        self._entries = entries
        self._settings = settings
        self._made: dict[int, Reminder] = {}

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def made(self) -> int:
        """How many entries were put into words so far (a page at a time, as they are read)."""
        return len(self._made)

    def item(self, index: int) -> Reminder:
        made = self._made.get(index)
        if made is None:
            start = index - index % PAGE
            self._make(range(start, min(start + PAGE, len(self._entries))))
            made = self._made[index]
        return made

    @property
    def items(self) -> list[Reminder]:
        """Every reminder (the whole list put into words: for printing and export, not for a screen)."""
        return self.view()[:]

    def view(self, kind: str | None = None) -> ReminderView:
        """The list, or one kind of it, as a sequence that makes its reminders as they are read."""
        return ReminderView(self, None if kind is None else
                            [index for index, entry in enumerate(self._entries) if entry[_KIND] == kind])

    def of_kind(self, kind: str) -> list[Reminder]:
        return self.view(kind)[:]

    def counts(self) -> dict[str, int]:
        """How many of each kind, in the list's order of kinds (kinds with none left out)."""
        counted = Counter(entry[_KIND] for entry in self._entries)
        return {kind: counted[kind] for kind in KINDS if counted[kind]}

    def overdue_count(self) -> int:
        today = self.on.isoformat()
        return sum(1 for entry in self._entries if entry[_DUE] < today)

    def index_of(self, key: str) -> int:
        return next((index for index, entry in enumerate(self._entries) if entry[_KEY] == key), -1)

    def _make(self, indexes: Sequence[int]) -> None:
        """Put these entries into words, reading what they need for all of them at once."""
        entries = [self._entries[index] for index in indexes if index not in self._made]
        lines = followup_lines({entry[_REF] for entry in entries if entry[_KIND] == "followup"})
        cards = cards_by_id({entry[_REF] for entry in entries if entry[_KIND] == "card"})
        people = _names_phones_interests({entry[_CLIENT] for entry in entries})
        therapists = staff_names()
        templates = self._settings.greetings.splitlines()
        birthday_templates = self._settings.birthday_greetings.splitlines()
        for index in indexes:
            if index in self._made:
                continue
            (*_order, due, client_id, key, kind, therapist_id, title, detail, ref) = self._entries[index]
            name, phone, interests = people.get(client_id, ("", "", ""))
            therapist = therapists.get(therapist_id, "")
            draft = ""
            if kind == "followup":
                title, detail = followup_words(key, lines, ref)
            elif kind == "card":
                card = cards.get(ref)
                title, detail = card_words(key, *card) if card else ("", "")
            elif kind == "holiday":
                draft = greeting(templates, ref, client_id, name, therapist, interests)
            elif kind == "birthday" and key.startswith("birthday:client:"):
                draft = greeting(birthday_templates, translate("listing", "生日"), client_id, name, therapist,
                                 interests)
            self._made[index] = Reminder(key, kind, client_id, name, phone, therapist_id, therapist,
                                         date.fromisoformat(due), title, detail, draft)


class ReminderView(Sequence):
    """All of a ReminderList or some of its entries, read like a list; each reminder is made when first read."""

    def __init__(self, found: ReminderList, indexes: list[int] | None) -> None:
        self.found = found
        self._indexes = indexes

    def __len__(self) -> int:
        return len(self.found) if self._indexes is None else len(self._indexes)

    @overload
    def __getitem__(self, position: int) -> Reminder: ...
    @overload
    def __getitem__(self, position: slice) -> list[Reminder]: ...
    def __getitem__(self, position):
        if isinstance(position, slice):
            return [self[index] for index in range(*position.indices(len(self)))]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError(position)
        return self.found.item(position if self._indexes is None else self._indexes[position])

    def __iter__(self) -> Iterator[Reminder]:
        return (self[position] for position in range(len(self)))

    def position_of(self, key: str) -> int:
        index = self.found.index_of(key)
        if index < 0 or self._indexes is None:
            return index
        return next((position for position, at in enumerate(self._indexes) if at == index), -1)


def _names_phones_interests(client_ids: set[int]) -> dict[int, tuple[str, str, str]]:
    return {row[0]: row[1:] for row in database_proxy.execute_sql(
        "SELECT c.id, c.name, c.phone, c.interests FROM json_each(?) j CROSS JOIN client c ON c.id = j.value",
        (json.dumps(sorted(client_ids)),))}


def _holiday_occasions(on: date, until: date, settings: SalonSettings) -> list[Occasion]:
    """Each client seen in the last year, once per holiday in the window, unless already greeted for it."""
    found = []
    since = (on - timedelta(days=ACTIVE_CLIENT_DAYS)).isoformat()
    for holiday, when in holidays_between(parse_holidays(settings.holidays), on, until):
        prefix = f"holiday:{holiday_key_name(holiday.name)}:{when.isoformat()}:"
        title = fill(translate("listing", "节日问候：%1（%2）"), holiday.name, month_day_text(when.month, when.day))
        found.extend(Occasion(client_id, therapist_id, prefix + str(client_id), "holiday", when.isoformat(), title,
                              ref=holiday.name)
                     for client_id, therapist_id in database_proxy.execute_sql(
                         f"SELECT s.client_id, c.therapist_id FROM client_visit_stats s{client_join('s.client_id')}"
                         f" WHERE s.last_on >= ? AND {reachable_sql('holiday')}"
                         f" AND {still_open_sql('? || s.client_id')}", (since, prefix)))
    return found


def build_reminders(on: date, days: int = 7, *, therapist_first: int | None = None,
                    settings: SalonSettings | None = None) -> ReminderList:
    """Everything to do from `on` to `on + days` (and what is overdue), as the front desk should see it.

    Each source leaves out in SQL what was done or dismissed; here what was snoozed moves to its day, and whom
    the salon may not contact for what is left out."""
    settings = settings or load_settings()
    until = on + timedelta(days=days)
    occasions: list[Occasion] = [*open_complaints(until), *followups(on, until), *events(on, until),
                                 *birthdays(on, until), *card_reminders(on, settings)]
    # lapses() first brings the visit summaries up to date: the holiday greetings below read them too.
    for lapse in lapses(on, settings):
        title, detail = lapse_text(lapse)
        occasions.append(Occasion(lapse.client_id, lapse.therapist_id, lapse.key, "lapse", lapse.due.isoformat(),
                                  title, detail))
    occasions.extend(_holiday_occasions(on, until, settings))
    snoozed = {key: back_on.isoformat() for key, back_on in actions.snoozed().items()}
    rank = {kind: position for position, kind in enumerate(KINDS)}
    today, last = on.isoformat(), until.isoformat()  # days as ISO text, as the occasions carry them
    entries = []
    own = access.visible_client_filter()  # a signed-in therapist sees her own clients' reminders only
    for client_id, therapist_id, key, kind, due, title, detail, ref in occasions:
        if own is not None and therapist_id != own:
            continue
        back_on = snoozed.get(key)
        if back_on is not None:
            if back_on > today:
                continue
            due = back_on
        if due <= last:
            entries.append((due >= today, rank[kind], therapist_first is not None and therapist_id != therapist_first,
                            due, client_id, key, kind, therapist_id, title, detail, ref))
    entries.sort()  # tuples compare in C: no Python call per comparison
    return ReminderList(on, until, entries, settings)


KIND_WORDS = {"complaint": QT_TRANSLATE_NOOP("listing", "投诉与不满意"),
              "followup": QT_TRANSLATE_NOOP("listing", "护理回访"), "care": QT_TRANSLATE_NOOP("listing", "关心问候"),
              "birthday": QT_TRANSLATE_NOOP("listing", "生日"), "event": QT_TRANSLATE_NOOP("listing", "纪念日"),
              "card": QT_TRANSLATE_NOOP("listing", "卡项"), "lapse": QT_TRANSLATE_NOOP("listing", "流失预警"),
              "holiday": QT_TRANSLATE_NOOP("listing", "节日问候")}


def kind_word(kind: str) -> str:
    """A kind of reminder ('护理回访') in the chosen language."""
    return word("listing", KIND_WORDS[kind])


def reminder_lines(found: ReminderList) -> list[str]:
    """The list as text, for the command line and the printout: grouped by kind, with counts."""
    lines = [fill(translate("listing", "提醒 %1 至 %2"), found.on.isoformat(), found.until.isoformat())]
    late_word = translate("listing", "（已逾期）")
    for kind, count in found.counts().items():
        lines.append("")
        lines.append(fill(translate("listing", "【%1】%2 条"), kind_word(kind), count))
        for item in found.of_kind(kind):
            late = late_word if item.overdue(found.on) else ""
            text = f"  {item.due.isoformat()}{late}  {item.client_name} {item.phone}  {item.title}"
            if item.detail:
                text += f"  — {item.detail}"
            lines.append(text)
            if item.draft:
                lines.append(fill(translate("listing", "      问候语：%1"), item.draft))
    if not len(found):
        lines.append(translate("listing", "没有需要处理的提醒。"))
    return lines
