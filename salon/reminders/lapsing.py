"""Clients slipping away (客户流失预警) and first-time clients to ask how it was.

A regular (three visits or more) is measured against her own rhythm: the median of the days between her visits.
When the days since her last visit exceed it by `lapse_due_days_over` she is "due" for a call, by
`lapse_risk_days_over` "at risk". A client with fewer visits has no rhythm yet: the salon-wide floor
(`lapse_floor_days`) and the dormant bands (3-6 months, 6 months and more) catch her instead. The key holds
her last visit's date, so a call made (or dismissed) is not asked again until she has come back and gone quiet
once more.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, timedelta

from salon.dates import as_date
from salon.settings import SalonSettings
from salon.store.models import database_proxy

DORMANT_DAYS = 90
LONG_DORMANT_DAYS = 180
_CHUNK = 500


@dataclass(frozen=True)
class Lapse:
    client_id: int
    level: str  # 'due', 'at_risk', 'dormant', 'long_dormant', 'first_visit'
    last_visit: date
    visits: int
    usual_interval: int | None  # days, for a regular
    days_since: int
    due: date

    @property
    def key(self) -> str:
        return f"lapse:{self.client_id}:{self.last_visit.isoformat()}:{self.level}"

    @property
    def days_over(self) -> int | None:
        return None if self.usual_interval is None else self.days_since - self.usual_interval


LEVEL_WORDS = {"due": "该回访了", "at_risk": "流失风险", "dormant": "3–6 个月没来", "long_dormant": "半年以上没来",
               "first_visit": "第一次来店，问问感受"}


def _usual_intervals(client_ids: list[int]) -> dict[int, int]:
    """The median days between visits, for each of these clients."""
    dates: dict[int, list[date]] = {}
    for start in range(0, len(client_ids), _CHUNK):
        chunk = client_ids[start:start + _CHUNK]
        for client_id, visited_at in database_proxy.execute_sql(
                "SELECT client_id, visited_at FROM visit INDEXED BY visit_client_done"
                f" WHERE client_id IN ({','.join('?' * len(chunk))}) AND status = 'done'"
                " ORDER BY client_id, visited_at", chunk):
            dates.setdefault(client_id, []).append(as_date(visited_at))
    usual = {}
    for client_id, days in dates.items():
        gaps = [(later - earlier).days for earlier, later in zip(days, days[1:], strict=False) if later > earlier]
        if gaps:
            usual[client_id] = round(statistics.median(gaps))
    return usual


def lapses(on: date, settings: SalonSettings) -> list[Lapse]:
    archived = {row[0] for row in database_proxy.execute_sql("SELECT id FROM client WHERE archived_at IS NOT NULL")}
    rows = [row for row in database_proxy.execute_sql(
        "SELECT client_id, count(*), max(visited_at) FROM visit INDEXED BY visit_client_done"
        " WHERE status = 'done' GROUP BY client_id") if row[0] not in archived]
    found: list[Lapse] = []
    regulars: list[tuple[int, int, date]] = []
    for client_id, visits, last_at in rows:
        last = as_date(last_at)
        since = (on - last).days
        if since >= LONG_DORMANT_DAYS:
            found.append(Lapse(client_id, "long_dormant", last, visits, None, since, last + timedelta(
                days=LONG_DORMANT_DAYS)))
        elif since >= DORMANT_DAYS:
            found.append(Lapse(client_id, "dormant", last, visits, None, since, last + timedelta(days=DORMANT_DAYS)))
        elif visits >= 3:
            if since > settings.lapse_due_days_over:  # anything nearer cannot be over her rhythm by that much
                regulars.append((client_id, visits, last))
        elif visits == 1 and settings.one_time_call_days <= since < settings.lapse_floor_days:
            found.append(Lapse(client_id, "first_visit", last, 1, None, since,
                               last + timedelta(days=settings.one_time_call_days)))
        elif since >= settings.lapse_floor_days:
            found.append(Lapse(client_id, "due", last, visits, None, since,
                               last + timedelta(days=settings.lapse_floor_days)))
    usual = _usual_intervals([client_id for client_id, _visits, _last in regulars])
    for client_id, visits, last in regulars:
        interval = usual.get(client_id)
        if interval is None:
            continue
        since = (on - last).days
        over = since - interval
        if over >= settings.lapse_risk_days_over:
            level, due = "at_risk", last + timedelta(days=interval + settings.lapse_risk_days_over)
        elif over >= settings.lapse_due_days_over:
            level, due = "due", last + timedelta(days=interval + settings.lapse_due_days_over)
        else:
            continue
        found.append(Lapse(client_id, level, last, visits, interval, since, due))
    return found


def lapse_text(lapse: Lapse) -> tuple[str, str]:
    """(title, detail) for the list: how long, against what rhythm."""
    title = f"流失预警：{LEVEL_WORDS[lapse.level]}"
    detail = f"上次到店 {lapse.last_visit.isoformat()}（{lapse.days_since} 天前，共 {lapse.visits} 次）"
    if lapse.usual_interval is not None:
        detail += f"；平时约 {lapse.usual_interval} 天来一次，已超过 {lapse.days_over} 天"
    return title, detail
