"""The demo salon's front desk has kept up with its calls: what was due before this week is done (or, for the
long-gone, set aside), and what is left is what a morning really looks like — birthdays this week (one lunar),
follow-ups due today and a few overdue, two regulars drifting away, cards running low, an open complaint."""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from peewee import Database

from salon.clients.birthdays import lunar_of_solar
from salon.reminders.listing import build_reminders
from salon.store.models import Complaint

KEEP_OVERDUE_FOLLOWUPS = 3
KEEP_DRIFTING = 2


def settle_reminders(database: Database, today: date, rng: random.Random) -> int:
    """Mark the demo's past occasions done or set aside, add this week's birthdays and a complaint; returns how
    many reminders the front desk finds open today."""
    _birthdays_this_week(database, today, rng)
    _open_complaint(database, today)
    found = build_reminders(today, 7)
    yesterday = today - timedelta(days=1)
    done, dismissed = [], []
    kept = {"followup": 0, "complaint": 0}
    for item in found.items:
        if item.kind in ("followup", "complaint") and item.due < yesterday and not item.key.startswith("complaint:"):
            if kept[item.kind] < (KEEP_OVERDUE_FOLLOWUPS if item.kind == "followup" else 1) and rng.random() < 0.2:
                kept[item.kind] += 1
                continue
            done.append(item)
    # Of the clients slipping away, the ones worth a call this week: the two regulars who drifted most
    # recently, one quiet for three to six months and one first-timer; the long gone were dealt with before.
    lapses = sorted(found.of_kind("lapse"), key=lambda item: item.due, reverse=True)
    keep = {item.key for item in [item for item in lapses if "平时约" in item.detail][:KEEP_DRIFTING]}
    for level in ("3–6 个月没来", "第一次来店"):
        keep |= {item.key for item in [item for item in lapses if level in item.title][:1]}
    dismissed = [item for item in lapses if item.key not in keep]
    moment = datetime.combine(yesterday, time(17, 30)).isoformat(sep=" ")
    cursor = database.cursor()
    cursor.executemany(
        "INSERT INTO contact (client_id, contacted_at, kind, channel, note, reminder_key, skin_reaction, satisfied,"
        " next_booked) VALUES (?, ?, ?, 'phone', ?, ?, ?, ?, ?)",
        [(item.client_id, datetime.combine(item.due, time(16)).isoformat(sep=" "), item.kind,
          rng.choice(("恢复得不错", "说很舒服，下次还约", "有点干，提醒她多补水")), item.key,
          rng.choice(("", "无不适", "轻微泛红已退")), rng.choice((1, 1, 1, None)), rng.random() < 0.4)
         for item in done])
    cursor.executemany(
        "INSERT OR REPLACE INTO reminder_state (key, client_id, status, snoozed_until, staff_id, updated_at)"
        " VALUES (?, ?, ?, NULL, NULL, ?)",
        [(item.key, item.client_id, "done", moment) for item in done]
        + [(item.key, item.client_id, "dismissed", moment) for item in dismissed])
    return len(build_reminders(today, 7).items)


def _birthdays_this_week(database: Database, today: date, rng: random.Random) -> None:
    """Three clients who can be greeted have their birthday this week; one keeps hers by the lunar calendar."""
    clients = [row[0] for row in database.execute_sql(
        "SELECT id FROM client WHERE archived_at IS NULL AND do_not_contact = 0 ORDER BY id")]
    if len(clients) < 3:
        return
    for offset, client_id in zip((0, 2, 5), rng.sample(clients, 3), strict=True):
        day = today + timedelta(days=offset)
        if offset == 2:
            _year, month, lunar_day, _leap = lunar_of_solar(day)
            database.execute_sql("UPDATE client SET birthday_calendar = 'lunar', birth_month = ?, birth_day = ?,"
                                 " birth_leap_month = 0, birth_year = NULL WHERE id = ?", (month, lunar_day, client_id))
        else:
            database.execute_sql("UPDATE client SET birthday_calendar = 'solar', birth_month = ?, birth_day = ?"
                                 " WHERE id = ? AND (birth_year IS NULL OR birth_year < ?)",
                                 (day.month, day.day, client_id, today.year - 16))


def _open_complaint(database: Database, today: date) -> None:
    """The latest visit with a complaint becomes an open complaint in the log."""
    row = database.execute_sql("SELECT id, client_id, visited_at FROM visit WHERE complaint = 1 AND status = 'done'"
                               " ORDER BY visited_at DESC LIMIT 1").fetchone()
    if row is not None:
        Complaint.create(client=row[1], visit=row[0], received_on=min(today, date.fromisoformat(row[2][:10])),
                         what="做完护理后脸颊发红发痒，觉得产品不适合自己")
