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
from salon.reminders.items import client_join, reachable_sql
from salon.settings import SalonSettings
from salon.store.migrations import LAPSE_CLOSED_SQL
from salon.store.models import database_proxy, write_transaction
from salon.words import QT_TRANSLATE_NOOP, fill, translate, word

DORMANT_DAYS = 90
LONG_DORMANT_DAYS = 180
_CHUNK = 500


@dataclass(frozen=True)
class Lapse:
    client_id: int
    therapist_id: int | None
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


LEVEL_WORDS = {"due": QT_TRANSLATE_NOOP("lapsing", "该回访了"), "at_risk": QT_TRANSLATE_NOOP("lapsing", "流失风险"),
               "dormant": QT_TRANSLATE_NOOP("lapsing", "3–6 个月没来"),
               "long_dormant": QT_TRANSLATE_NOOP("lapsing", "半年以上没来"),
               "first_visit": QT_TRANSLATE_NOOP("lapsing", "第一次来店，问问感受")}


def _usual_interval(days: list[date]) -> int | None:
    gaps = [(later - earlier).days for earlier, later in zip(days, days[1:], strict=False) if later > earlier]
    return round(statistics.median(gaps)) if gaps else None


def refresh_visit_stats() -> int:
    """Bring `client_visit_stats` up to date for the clients whose visits changed since; returns how many.

    A day at the counter leaves a few dozen; a demo or an upgrade leaves every client once.
    """
    stale = [row[0] for row in database_proxy.execute_sql("SELECT client_id FROM client_visit_stale")]
    for start in range(0, len(stale), _CHUNK):
        chunk = stale[start:start + _CHUNK]
        dates: dict[int, list[date]] = {client_id: [] for client_id in chunk}
        marks = ",".join("?" * len(chunk))
        # IMMEDIATE: read and rewrite under the write lock, so a visit saved meanwhile (at another till, or the
        # counter while this runs in the tab's worker) can neither be missed nor fail this transaction.
        with write_transaction():
            for client_id, visited_at in database_proxy.execute_sql(
                    "SELECT client_id, visited_at FROM visit INDEXED BY visit_client_done"
                    f" WHERE client_id IN ({marks}) AND status = 'done' ORDER BY client_id, visited_at", chunk):
                dates[client_id].append(as_date(visited_at))
            database_proxy.execute_sql(f"DELETE FROM client_visit_stats WHERE client_id IN ({marks})", chunk)
            database_proxy.cursor().executemany(
                "INSERT INTO client_visit_stats (client_id, visits, last_on, last_day, usual_days)"
                " VALUES (?, ?, ?, ?, ?)",
                [(client_id, len(days), days[-1].isoformat(), days[-1].toordinal(), _usual_interval(days))
                 for client_id, days in dates.items() if days])
            # What was already called about since her last visit comes back with her summary.
            database_proxy.execute_sql(f"UPDATE client_visit_stats SET lapse_closed = {LAPSE_CLOSED_SQL}"
                                       f" WHERE client_id IN ({marks})", chunk)
            database_proxy.execute_sql(f"DELETE FROM client_visit_stale WHERE client_id IN ({marks})", chunk)
    return len(stale)


def lapses(on: date, settings: SalonSettings) -> list[Lapse]:
    """The clients slipping away on `on`, except those whose lapse the front desk already dealt with."""
    refresh_visit_stats()
    today = on.toordinal()
    columns = "client_id, visits, last_on, last_day, usual_days, lapse_closed"
    # Each band of days since her last visit from its own partial index (migration 9), so that only candidates
    # are read: the long gone and the 3-6 months gone unless already dealt with at that level, the regulars
    # past their own rhythm, first-time clients not yet asked how it was, and one- or two-time clients past the
    # salon's floor. The CASE then names the
    # level (its order decides, as the bands do: dormant before anything measured against a rhythm).
    rows = database_proxy.execute_sql(
        "SELECT o.client_id, c.therapist_id, o.visits, o.last_on, o.usual_days, o.since, o.level FROM ("
        " SELECT s.client_id, s.visits, s.last_on, s.usual_days, s.since, s.lapse_closed, CASE"
        "  WHEN s.since >= :long_days THEN 'long_dormant' WHEN s.since >= :dormant_days THEN 'dormant'"
        "  WHEN s.visits >= 3 AND s.usual_days IS NOT NULL AND s.since - s.usual_days >= :risk_over THEN 'at_risk'"
        "  WHEN s.visits >= 3 AND s.usual_days IS NOT NULL AND s.since - s.usual_days >= :due_over THEN 'due'"
        "  WHEN s.visits = 1 AND s.since >= :one_time AND s.since < :floor THEN 'first_visit'"
        "  WHEN s.visits < 3 AND s.since >= :floor THEN 'due' END AS level"
        f" FROM (SELECT {columns}, :today - last_day AS since FROM ("
        f"  SELECT {columns} FROM client_visit_stats WHERE lapse_closed IS NOT 'long_dormant'"
        "   AND last_day <= :today - :long_days"
        f"  UNION ALL SELECT {columns} FROM client_visit_stats WHERE lapse_closed IS NOT 'dormant'"
        "   AND last_day > :today - :long_days AND last_day <= :today - :dormant_days"
        f"  UNION ALL SELECT {columns} FROM client_visit_stats WHERE visits >= 3 AND usual_days IS NOT NULL"
        "   AND last_day + usual_days <= :today - min(:due_over, :risk_over)"
        "   AND last_day + usual_days > :today - :dormant_days AND last_day > :today - :dormant_days"
        f"  UNION ALL SELECT {columns} FROM client_visit_stats WHERE visits = 1 AND lapse_closed IS NOT 'first_visit'"
        "   AND last_day <= :today - :one_time AND last_day > :today - min(:floor, :dormant_days)"
        f"  UNION ALL SELECT {columns} FROM client_visit_stats WHERE visits < 3"
        "   AND last_day <= :today - :floor AND last_day > :today - :dormant_days)) s) o"
        # The level last dealt with is on the summary (kept by triggers); an earlier one still needs the probe,
        # for the few whose level went back (the salon changed its margins). Qualified: reminder_state has a
        # client_id of its own, and a bare name would bind to it.
        f"{client_join('o.client_id')} AND {reachable_sql('lapse')}"
        " WHERE o.level IS NOT NULL AND o.level IS NOT o.lapse_closed AND NOT EXISTS (SELECT 1 FROM reminder_state r"
        "  WHERE r.key = 'lapse:' || o.client_id || ':' || o.last_on || ':' || o.level"
        "  AND r.status IN ('done', 'dismissed'))",
        {"today": today, "long_days": LONG_DORMANT_DAYS, "dormant_days": DORMANT_DAYS,
         "risk_over": settings.lapse_risk_days_over, "due_over": settings.lapse_due_days_over,
         "one_time": settings.one_time_call_days, "floor": settings.lapse_floor_days})
    found = []
    for client_id, therapist_id, visits, last_on, usual, since, level in rows:
        last = as_date(last_on)
        if level == "long_dormant":
            due = last + timedelta(days=LONG_DORMANT_DAYS)
        elif level == "dormant":
            due = last + timedelta(days=DORMANT_DAYS)
        elif level == "first_visit":
            due = last + timedelta(days=settings.one_time_call_days)
        elif usual is not None and visits >= 3:
            over = settings.lapse_risk_days_over if level == "at_risk" else settings.lapse_due_days_over
            due = last + timedelta(days=usual + over)
        else:
            due = last + timedelta(days=settings.lapse_floor_days)
        found.append(Lapse(client_id, therapist_id, level, last, visits, usual if visits >= 3 else None, since, due))
    return found


def lapse_text(lapse: Lapse) -> tuple[str, str]:
    """(title, detail) for the list: how long, against what rhythm."""
    title = fill(translate("lapsing", "流失预警：%1"), word("lapsing", LEVEL_WORDS[lapse.level]))
    detail = fill(translate("lapsing", "上次到店 %1（%2 天前，共 %3 次）"), lapse.last_visit.isoformat(),
                  lapse.days_since, lapse.visits)
    if lapse.usual_interval is not None:
        detail += fill(translate("lapsing", "；平时约 %1 天来一次，已超过 %2 天"), lapse.usual_interval,
                       lapse.days_over)
    return title, detail
