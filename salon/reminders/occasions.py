"""The dated occasions of a client's life and of her treatments: birthdays (hers and her family's, solar or
lunar), the events in her file, follow-up calls after treatments, and complaints to call back about.

Each function returns (client id, key, kind, due date, title, detail) candidates for [start, end]; follow-ups
and complaint calls also reach back `SERVICE_LOOKBACK_DAYS`, because an overdue call stays on the list until
someone makes it (or dismisses it).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from salon.clients.birthdays import (
    LUNAR,
    Birthday,
    lunar_month_day_text,
    lunar_of_solar,
    next_occurrence,
)
from salon.dates import as_date
from salon.store.models import database_proxy

SERVICE_LOOKBACK_DAYS = 30  # a follow-up older than this is no use to make any more
CARE_LOOKBACK_DAYS = 30
YEARLY_EVENTS = ("wedding", "anniversary")  # and every year after; illness, bereavement, childbirth: one call
RELATION_WORDS = {"spouse": "爱人", "child": "孩子", "parent": "父母", "sibling": "兄弟姐妹", "other": "家人"}
EVENT_WORDS = {"wedding": "结婚纪念日", "anniversary": "纪念日", "childbirth": "生子", "illness": "生病",
               "bereavement": "家中丧事", "other": "重要的事"}


@dataclass(frozen=True)
class Occasion:
    client_id: int
    key: str
    kind: str
    due: date
    title: str
    detail: str = ""


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
    for table, owner, who in (("client", "id", "''"), ("family_member", "client_id", "relation || ':' || name")):
        yield from database_proxy.execute_sql(
            f"SELECT {owner}, {who}, birthday_calendar, birth_year, birth_month, birth_day, birth_leap_month"
            f" FROM {table} WHERE birthday_calendar <> '' AND (birthday_calendar, birth_month, birth_day)"
            f" IN (VALUES {marks})", params)


def birthdays(start: date, end: date) -> list[Occasion]:
    found = []
    for client_id, who, calendar, year, month, day, leap in _birthday_rows(start, end):
        birthday = Birthday(calendar, month, day, year, bool(leap))
        when = next_occurrence(birthday, start)
        if when > end:
            continue
        written = ("农历" + lunar_month_day_text(month, day, bool(leap))) if calendar == LUNAR else f"{month}月{day}日"
        if who:
            relation, name = who.split(":", 1)
            title = f"{RELATION_WORDS.get(relation, '家人')}{('' + name) if name else ''}生日（{written}）"
            key = f"birthday:family:{client_id}:{relation}:{name}:{when.isoformat()}"
            kind = "birthday"
        else:
            title = f"生日（{written}）"
            key = f"birthday:client:{client_id}:{when.isoformat()}"
            kind = "birthday"
        age = ""
        if year and not who:
            # A lunar birthday's age counts lunar years (the year of birth is a lunar year too).
            years = (lunar_of_solar(when)[0] if calendar == LUNAR else when.year) - year
            # Age only where it is kind to say it: round birthdays and the young.
            if years % 10 == 0 or years < 30:
                age = f"{years} 岁"
        found.append(Occasion(client_id, key, kind, when, title, age))
    return found


def events(start: date, end: date) -> list[Occasion]:
    """Yearly events (a wedding anniversary) on their day; one-off ones (illness, bereavement, childbirth) as a
    care call from their date on, until made or a month has passed."""
    found = []
    for client_id, event_id, kind, event_date, note in database_proxy.execute_sql(
            "SELECT client_id, id, kind, event_date, note FROM client_event"):
        happened = as_date(event_date)
        words = EVENT_WORDS.get(kind, "重要的事")
        if kind in YEARLY_EVENTS:
            for year in (start.year, start.year + 1):
                try:
                    when = happened.replace(year=year)
                except ValueError:  # 29 February
                    when = date(year, 2, 28)
                if start <= when <= end and when > happened:
                    found.append(Occasion(client_id, f"event:{event_id}:{year}", "event", when,
                                          f"{words}（{when.year - happened.year} 周年）", note))
        elif start - timedelta(days=CARE_LOOKBACK_DAYS) <= happened <= end:
            found.append(Occasion(client_id, f"care:{event_id}", "care", happened, f"关心：{words}", note))
    return found


def followups(start: date, end: date) -> list[Occasion]:
    """A call N days after a treatment, for every N its line stores ('1,7'); a visit with a complaint or low
    satisfaction (1-2) gets a call the next day whatever its lines say.

    The calls are read by date from `followup_call` (filled by a trigger as lines are written); those already
    done or set aside are left out in SQL, so a busy salon's month of calls costs one index range.
    """
    until = (end + timedelta(days=1)).isoformat()
    found = []
    for item_id, day, due_on, client_id, visited_at, name in database_proxy.execute_sql(
            "SELECT f.item_id, f.day, f.due_on, v.client_id, v.visited_at, i.name FROM followup_call f"
            " JOIN visit_item i ON i.id = f.item_id JOIN visit v ON v.id = i.visit_id"
            " WHERE f.due_on >= ? AND f.due_on <= ? AND v.status = 'done' AND NOT EXISTS ("
            "  SELECT 1 FROM reminder_state s WHERE s.key = 'followup:' || f.item_id || ':' || f.day"
            "  AND s.status IN ('done', 'dismissed'))",
            ((start - timedelta(days=SERVICE_LOOKBACK_DAYS)).isoformat(), end.isoformat())):
        found.append(Occasion(client_id, f"followup:{item_id}:{day}", "followup", as_date(due_on),
                              f"回访：{name} 第 {day} 天", f"{as_date(visited_at).isoformat()} 做的护理"))
    lookback = (start - timedelta(days=SERVICE_LOOKBACK_DAYS + 1)).isoformat()
    for visit_id, client_id, visited_at, satisfaction, complaint in database_proxy.execute_sql(
            "SELECT id, client_id, visited_at, satisfaction, complaint FROM visit"
            " WHERE status = 'done' AND visited_at >= ? AND visited_at < ? AND (complaint = 1 OR satisfaction <= 2)",
            (lookback, until)):
        due = as_date(visited_at) + timedelta(days=1)
        if due <= end:
            why = "有投诉" if complaint else f"满意度 {satisfaction}"
            found.append(Occasion(client_id, f"complaint_call:{visit_id}", "complaint", due,
                                  "不满意回访：第二天打电话", f"{as_date(visited_at).isoformat()} 到店，{why}"))
    return found


def open_complaints(end: date) -> list[Occasion]:
    """Every complaint not resolved yet is a reminder until it is."""
    return [Occasion(client_id, f"complaint:{complaint_id}", "complaint", as_date(received_on),
                     "投诉未解决", what)
            for complaint_id, client_id, received_on, what in database_proxy.execute_sql(
                "SELECT id, client_id, received_on, what FROM complaint WHERE status = 'open' AND received_on <= ?",
                (end.isoformat(),))]
