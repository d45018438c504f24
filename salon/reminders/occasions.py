"""The dated occasions of a client's life and of her treatments: birthdays (hers and her family's, solar or
lunar), the events in her file, follow-up calls after treatments, and complaints to call back about.

Each function returns the (client id, therapist, key, kind, due day, title, detail) occasions of [start, end] that were
neither done nor dismissed; follow-ups and complaint calls also reach back `SERVICE_LOOKBACK_DAYS`, because an
overdue call stays on the list until someone makes it (or dismisses it).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from typing import NamedTuple

from salon.clients.birthdays import (
    LUNAR,
    Birthday,
    lunar_date_text,
    lunar_of_solar,
    next_occurrence,
)
from salon.dates import as_date, month_day_text
from salon.reminders.actions import closed_keys, still_open_sql
from salon.reminders.items import client_join, reachable_sql
from salon.store.models import database_proxy
from salon.words import QT_TRANSLATE_NOOP, fill, translate, word

SERVICE_LOOKBACK_DAYS = 30  # a follow-up older than this is no use to make any more
CARE_LOOKBACK_DAYS = 30
YEARLY_EVENTS = ("wedding", "anniversary")  # and every year after; illness, bereavement, childbirth: one call
RELATION_WORDS = {"spouse": QT_TRANSLATE_NOOP("occasions", "爱人"), "child": QT_TRANSLATE_NOOP("occasions", "孩子"),
                  "parent": QT_TRANSLATE_NOOP("occasions", "父母"),
                  "sibling": QT_TRANSLATE_NOOP("occasions", "兄弟姐妹"),
                  "other": QT_TRANSLATE_NOOP("occasions", "家人")}
EVENT_WORDS = {"wedding": QT_TRANSLATE_NOOP("occasions", "结婚纪念日"),
               "anniversary": QT_TRANSLATE_NOOP("occasions", "纪念日"),
               "childbirth": QT_TRANSLATE_NOOP("occasions", "生子"), "illness": QT_TRANSLATE_NOOP("occasions", "生病"),
               "bereavement": QT_TRANSLATE_NOOP("occasions", "家中丧事"),
               "other": QT_TRANSLATE_NOOP("occasions", "重要的事")}


def relation_word(relation: str) -> str:
    """'爱人' in the chosen language; a relation of no known kind is family."""
    return word("occasions", RELATION_WORDS.get(relation, RELATION_WORDS["other"]))


def event_word(kind: str) -> str:
    return word("occasions", EVENT_WORDS.get(kind, EVENT_WORDS["other"]))


class Occasion(NamedTuple):  # a tuple: a busy week has tens of thousands
    """An occasion to contact a client the salon may contact about it (each source asks `reachable_sql`)."""

    client_id: int
    therapist_id: int | None  # hers, read with the occasion (her own clients first, for a therapist)
    key: str
    kind: str
    due: str  # the day as ISO text: as SQL hands it over, and it sorts the same
    title: str | None = ""  # None for a follow-up or a card: put into words when shown (listing.ReminderList)
    detail: str | None = ""
    ref: int | str | None = None  # what those words are read from: the visit line, the card, the holiday's name


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=offset) for offset in range((end - start).days + 1)]


def _birthday_rows(start: date, end: date) -> Iterator[tuple]:
    """Rows whose birthday may fall in the window: month and day looked up in SQL, so that a salon of 100,000
    clients converts only a few hundred candidates, not every client."""
    days = _days(start, end)
    solar = {(day.month, day.day) for day in days}
    if any(day.month == 2 and day.day == 28 for day in days):
        solar.add((2, 29))  # born on 29 February: celebrated on the 28th in a common year
    lunar: set[tuple[int, int]] = set()
    for day in days:
        _year, month, lunar_day, _leap = lunar_of_solar(day)
        lunar.add((month, lunar_day))
        if lunar_day == 29:
            lunar.add((month, 30))  # 三十 in a month of 29 days falls on 廿九
    pairs = [("solar", month, day) for month, day in solar] + [("lunar", month, day) for month, day in lunar]
    marks = ",".join("(?, ?, ?)" for _ in pairs)
    params = [value for pair in pairs for value in pair]
    owners = (("client b", "b.id", "''", ""),
              ("family_member b", "b.client_id", "b.relation || ':' || b.name",
               client_join("b.client_id")))
    for table, owner, who, join in owners:
        client = "c" if join else "b"
        # The wanted days drive the join, one index range each (an IN list of row values scans the whole index).
        yield from database_proxy.execute_sql(
            f"SELECT {owner}, {client}.therapist_id, {who}, b.birthday_calendar, b.birth_year, b.birth_month,"
            f" b.birth_day, b.birth_leap_month FROM (VALUES {marks}) w CROSS JOIN {table}"
            f" ON b.birthday_calendar = w.column1 AND b.birth_month = w.column2 AND b.birth_day = w.column3{join}"
            f" WHERE b.birthday_calendar <> '' AND {reachable_sql('birthday', client)}", params)


def birthdays(start: date, end: date) -> list[Occasion]:
    found = []
    for client_id, therapist_id, who, calendar, year, month, day, leap in _birthday_rows(start, end):
        birthday = Birthday(calendar, month, day, year, bool(leap))
        when = next_occurrence(birthday, start)
        if when > end:
            continue
        written = lunar_date_text(month, day, bool(leap)) if calendar == LUNAR else month_day_text(month, day)
        if who:
            relation, name = who.split(":", 1)
            title = (fill(translate("occasions", "%1%2生日（%3）"), relation_word(relation), name, written) if name
                     else fill(translate("occasions", "%1生日（%2）"), relation_word(relation), written))
            key = f"birthday:family:{client_id}:{relation}:{name}:{when.isoformat()}"
            kind = "birthday"
        else:
            title = fill(translate("occasions", "生日（%1）"), written)
            key = f"birthday:client:{client_id}:{when.isoformat()}"
            kind = "birthday"
        age = ""
        if year and not who:
            # A lunar birthday's age counts lunar years (the year of birth is a lunar year too).
            years = (lunar_of_solar(when)[0] if calendar == LUNAR else when.year) - year
            # Age only where it is kind to say it: round birthdays and the young.
            if years % 10 == 0 or years < 30:
                age = fill(translate("occasions", "%1 岁"), years)
        found.append(Occasion(client_id, therapist_id, key, kind, when.isoformat(), title, age))
    return _still_open(found)


def _still_open(found: list[Occasion]) -> list[Occasion]:
    closed = closed_keys([occasion.key for occasion in found])
    return [occasion for occasion in found if occasion.key not in closed]


def events(start: date, end: date) -> list[Occasion]:
    """Yearly events (a wedding anniversary) on their day; one-off ones (illness, bereavement, childbirth) as a
    care call from their date on, until made or a month has passed."""
    days = sorted({(start + timedelta(days=offset)).strftime("%m-%d") for offset in range((end - start).days + 1)})
    if "02-28" in days:
        days.append("02-29")  # married on 29 February: remembered on the 28th in a common year
    found = []
    columns = "e.client_id, c.therapist_id, e.id, e.kind, e.event_date, e.note"
    for client_id, therapist_id, event_id, kind, event_date, note in database_proxy.execute_sql(
            f"SELECT {columns} FROM client_event e{client_join('e.client_id')}"
            f" WHERE substr(e.event_date, 6, 5) IN ({','.join('?' * len(days))})"
            f" AND e.kind IN ({','.join('?' * len(YEARLY_EVENTS))}) AND {reachable_sql('event')}"
            f" UNION ALL SELECT {columns} FROM client_event e{client_join('e.client_id')}"
            " WHERE e.event_date >= ? AND e.event_date <= ?"
            f" AND e.kind NOT IN ({','.join('?' * len(YEARLY_EVENTS))}) AND {reachable_sql('care')}",
            (*days, *YEARLY_EVENTS, (start - timedelta(days=CARE_LOOKBACK_DAYS)).isoformat(), end.isoformat(),
             *YEARLY_EVENTS)):
        happened = as_date(event_date)
        words = event_word(kind)
        if kind in YEARLY_EVENTS:
            for year in (start.year, start.year + 1):
                try:
                    when = happened.replace(year=year)
                except ValueError:  # 29 February
                    when = date(year, 2, 28)
                if start <= when <= end and when > happened:
                    found.append(Occasion(client_id, therapist_id, f"event:{event_id}:{year}", "event",
                                          when.isoformat(), fill(translate("occasions", "%1（%2 周年）"), words,
                                                                 when.year - happened.year), note))
        else:
            found.append(Occasion(client_id, therapist_id, f"care:{event_id}", "care", happened.isoformat(),
                                  fill(translate("occasions", "关心：%1"), words), note))
    return _still_open(found)


def followups(start: date, end: date) -> list[Occasion]:
    """A call N days after a treatment, for every N its line stores ('1,7'); a visit with a complaint or low
    satisfaction (1-2) gets a call the next day whatever its lines say.

    The calls are read by date from `followup_call` (filled by a trigger as lines are written, dropped with a
    voided visit, and marked closed as the front desk deals with them), so a busy salon's month of calls costs one
    range of a partial index.
    """
    # Rows made into occasions as SQL hands them over, the words left for when they are shown: a busy week has
    # ten thousand calls, and any Python work per call shows.
    found = list(map(Occasion._make, database_proxy.execute_sql(
        "SELECT f.client_id, c.therapist_id, 'followup:' || f.item_id || ':' || f.day, 'followup', f.due_on,"
        f" NULL, NULL, f.item_id FROM followup_call f INDEXED BY followup_call_open{client_join('f.client_id')}"
        " WHERE f.closed = 0 AND f.due_on >= ? AND f.due_on <= ?",
        ((start - timedelta(days=SERVICE_LOOKBACK_DAYS)).isoformat(), end.isoformat()))))
    for visit_id, client_id, therapist_id, visited_at, satisfaction, complaint in database_proxy.execute_sql(
            "SELECT v.id, v.client_id, c.therapist_id, v.visited_at, v.satisfaction, v.complaint"
            f" FROM visit v INDEXED BY visit_unhappy{client_join('v.client_id')}"
            " WHERE v.status = 'done' AND (v.complaint = 1 OR v.satisfaction <= 2)"
            " AND v.visited_at >= ? AND v.visited_at < ? AND " + still_open_sql("'complaint_call:' || v.id"),
            ((start - timedelta(days=SERVICE_LOOKBACK_DAYS + 1)).isoformat(), end.isoformat())):
        visited_on = as_date(visited_at)
        why = (translate("occasions", "有投诉") if complaint
               else fill(translate("occasions", "满意度 %1"), satisfaction))
        found.append(Occasion(client_id, therapist_id, f"complaint_call:{visit_id}", "complaint",
                              (visited_on + timedelta(days=1)).isoformat(),
                              translate("occasions", "不满意回访：第二天打电话"),
                              fill(translate("occasions", "%1 到店，%2"), visited_on.isoformat(), why)))
    return found


def open_complaints(end: date) -> list[Occasion]:
    """Every complaint not resolved yet is a reminder until it is (or until it is set aside)."""
    unresolved = translate("occasions", "投诉未解决")
    return [Occasion(client_id, therapist_id, f"complaint:{complaint_id}", "complaint",
                     as_date(received_on).isoformat(), unresolved, what)
            for complaint_id, client_id, therapist_id, received_on, what in database_proxy.execute_sql(
                "SELECT p.id, p.client_id, c.therapist_id, p.received_on, p.what FROM complaint p"
                f"{client_join('p.client_id')} WHERE p.status = 'open' AND p.received_on <= ?"
                " AND " + still_open_sql("'complaint:' || p.id"), (end.isoformat(),))]


def followup_words(key: str, lines: dict[int, tuple[str, str]], item_id: int) -> tuple[str, str]:
    """(title, detail) of a follow-up call, from its key's day and its line as `followup_lines` read it."""
    name, visited_on = lines.get(item_id, ("", ""))
    return (fill(translate("occasions", "回访：%1 第 %2 天"), name, key.rsplit(":", 1)[1]),
            fill(translate("occasions", "%1 做的护理"), visited_on))


def followup_lines(item_ids: set[int]) -> dict[int, tuple[str, str]]:
    """(service name, day of the visit) of these visit lines."""
    return {item_id: (name, str(visited_at)[:10]) for item_id, name, visited_at in database_proxy.execute_sql(
        "SELECT i.id, i.name, v.visited_at FROM json_each(?) j CROSS JOIN visit_item i ON i.id = j.value"
        " JOIN visit v ON v.id = i.visit_id", (json.dumps(sorted(item_ids)),))}
