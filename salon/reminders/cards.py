"""Cards worth a call: few sessions or little money left (renewal), expiring soon, unused for long, and just
used up — the moment to thank her and give a small gift (“让每一笔生意都有一个美好的结局”)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from salon.dates import as_date
from salon.money import format_fen
from salon.settings import SalonSettings
from salon.store.models import database_proxy

USED_UP_WINDOW_DAYS = 14  # a card used up this recently is still worth a thank-you


@dataclass(frozen=True)
class CardReminder:
    client_id: int
    key: str
    due: date
    title: str
    detail: str


def card_reminders(on: date, settings: SalonSettings) -> list[CardReminder]:
    found: list[CardReminder] = []
    horizon = on + timedelta(days=settings.card_expiry_window_days)
    for package_id, client_id, name, kind, status, sessions_left, balance, expires_on, sold_at, last_used_at in \
            database_proxy.execute_sql(
                "SELECT p.id, p.client_id, p.name, p.kind, p.status, p.sessions_left, p.principal_fen + p.bonus_fen,"
                " p.expires_on, p.sold_at, p.last_used_at FROM client_package p JOIN client c ON c.id = p.client_id"
                " WHERE p.status IN ('active', 'used_up') AND c.archived_at IS NULL"):
        last_use = as_date(last_used_at) if last_used_at else None
        if status == "used_up":
            if last_use is not None and last_use >= on - timedelta(days=USED_UP_WINDOW_DAYS):
                found.append(CardReminder(client_id, f"card_used_up:{package_id}", last_use,
                                          f"卡已用完：{name}", "谢谢她的信任，送一份小礼物，问问要不要续卡"))
            continue
        if kind == "stored_value" and 0 < balance < settings.card_low_balance_fen:
            found.append(CardReminder(client_id, f"card_low:{package_id}", on, f"储值卡余额不多：{name}",
                                      f"余额 ¥{format_fen(balance)}，可以提醒续充"))
        elif kind != "stored_value" and sessions_left is not None and 0 < sessions_left <= settings.card_low_sessions:
            found.append(CardReminder(client_id, f"card_low:{package_id}", on, f"卡快用完了：{name}",
                                      f"还剩 {sessions_left} 次，可以提醒续卡"))
        if expires_on is not None and on <= as_date(expires_on) <= horizon:
            expires = as_date(expires_on)
            left = (f"还剩 {sessions_left} 次" if sessions_left else
                    f"余额 ¥{format_fen(balance)}" if kind == "stored_value" else "不限次")
            found.append(CardReminder(client_id, f"card_expiring:{package_id}:{expires.isoformat()}", on,
                                      f"卡快到期：{name}", f"{expires.isoformat()} 到期，{left}"))
        unused_since = last_use or as_date(sold_at)
        if unused_since <= on - timedelta(days=settings.card_unused_days):
            found.append(CardReminder(client_id, f"card_unused:{package_id}:{unused_since.isoformat()}", on,
                                      f"卡很久没用：{name}",
                                      f"上次使用 {unused_since.isoformat()}" if last_use else
                                      f"{unused_since.isoformat()} 买的，还没用过"))
    return found
