"""Cards worth a call: few sessions or little money left (renewal), expiring soon, unused for long, and just
used up — the moment to thank her and give a small gift (“让每一笔生意都有一个美好的结局”).

`card_reminders` picks the cards and their reasons in SQL; `card_words` puts into words those the list shows."""
from __future__ import annotations

import json
from datetime import date, timedelta

from salon.dates import as_date
from salon.money import format_fen
from salon.reminders.actions import still_open_sql
from salon.reminders.items import client_join, reachable_sql
from salon.reminders.occasions import Occasion
from salon.settings import SalonSettings
from salon.store.models import database_proxy
from salon.words import fill, translate

USED_UP_WINDOW_DAYS = 14  # a card used up this recently is still worth a thank-you


def card_reminders(on: date, settings: SalonSettings) -> list[Occasion]:
    """Each card's reasons for a call on `on`, except those the front desk already dealt with; the key's first
    part ('card_low', 'card_expiring', ...) is the reason, the card's id is the occasion's `ref`."""
    # Each condition as its partial index (migration 9) is declared, so that the index drives it.
    reasons = (
        ("'card_used_up:' || p.id", "p.status = 'used_up' AND p.last_used_at >= :used_up_since"),
        ("'card_low:' || p.id", "p.status = 'active' AND p.kind <> 'stored_value'"
         " AND p.sessions_left > 0 AND p.sessions_left <= :low_sessions"),
        ("'card_low:' || p.id", "p.status = 'active' AND p.kind = 'stored_value'"
         " AND p.principal_fen + p.bonus_fen > 0 AND p.principal_fen + p.bonus_fen < :low_balance"),
        ("'card_expiring:' || p.id || ':' || substr(p.expires_on, 1, 10)",
         "p.status = 'active' AND p.expires_on >= :on AND p.expires_on <= :horizon"),
        ("'card_unused:' || p.id || ':' || substr(coalesce(p.last_used_at, p.sold_at), 1, 10)",
         "p.status = 'active' AND substr(coalesce(p.last_used_at, p.sold_at), 1, 10) <= :unused_before"),
    )
    query = " UNION ALL ".join(
        f"SELECT p.client_id, c.therapist_id, {key}, 'card',"
        " CASE WHEN p.status = 'used_up' THEN substr(p.last_used_at, 1, 10) ELSE :on END, NULL, NULL, p.id"
        f" FROM client_package p{client_join('p.client_id')}"
        f" WHERE {condition} AND {reachable_sql('card')} AND {still_open_sql(key)}" for key, condition in reasons)
    return list(map(Occasion._make, database_proxy.execute_sql(query, {
        "used_up_since": (on - timedelta(days=USED_UP_WINDOW_DAYS)).isoformat(),
        "unused_before": (on - timedelta(days=settings.card_unused_days)).isoformat(),
        "horizon": (on + timedelta(days=settings.card_expiry_window_days)).isoformat(),
        "on": on.isoformat(), "low_balance": settings.card_low_balance_fen,
        "low_sessions": settings.card_low_sessions})))


def cards_by_id(package_ids: set[int]) -> dict[int, tuple]:
    """(name, kind, sessions left, balance, expires on, last used at, sold at) of each card, for `card_words`."""
    return {row[0]: row[1:] for row in database_proxy.execute_sql(
        "SELECT p.id, p.name, p.kind, p.sessions_left, p.principal_fen + p.bonus_fen, p.expires_on, p.last_used_at,"
        " p.sold_at FROM json_each(?) j CROSS JOIN client_package p ON p.id = j.value",
        (json.dumps(sorted(package_ids)),))}


def card_words(key: str, name: str, kind: str, sessions_left: int | None, balance_fen: int, expires_on: object,
               last_used_at: object, sold_at: object) -> tuple[str, str]:
    """(title, detail) of a card reminder, from its key's reason and the card as it stands."""
    reason = key.split(":", 1)[0]
    if reason == "card_used_up":
        return (fill(translate("cards", "卡已用完：%1"), name),
                translate("cards", "谢谢她的信任，送一份小礼物，问问要不要续卡"))
    if reason == "card_low" and kind == "stored_value":
        return (fill(translate("cards", "储值卡余额不多：%1"), name),
                fill(translate("cards", "余额 ¥%1，可以提醒续充"), format_fen(balance_fen)))
    if reason == "card_low":
        return (fill(translate("cards", "卡快用完了：%1"), name),
                fill(translate("cards", "还剩 %1 次，可以提醒续卡"), sessions_left))
    if reason == "card_expiring":
        left = (fill(translate("cards", "还剩 %1 次"), sessions_left) if sessions_left else
                fill(translate("cards", "余额 ¥%1"), format_fen(balance_fen)) if kind == "stored_value"
                else translate("cards", "不限次"))
        return (fill(translate("cards", "卡快到期：%1"), name),
                fill(translate("cards", "%1 到期，%2"), as_date(expires_on).isoformat(), left))
    since = as_date(last_used_at or sold_at).isoformat()
    return (fill(translate("cards", "卡很久没用：%1"), name),
            fill(translate("cards", "上次使用 %1"), since) if last_used_at
            else fill(translate("cards", "%1 买的，还没用过"), since))
