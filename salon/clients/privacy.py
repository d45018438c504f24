"""A client's rights over her personal information (PIPL, 个人信息保护法): a copy of everything the salon holds
about her, and being forgotten.

Forgetting keeps the money: visits, card ledgers and payments stay for the accounts (and `check` still balances),
attached to her client row made into an anonymous placeholder, while every personal field and every table that
names her — family, events, skin concerns, search keys, notes, reminders, contacts, gifts, complaints, follow-ups,
therapist history, the free text of her visits and cards and of their audit trail — is erased. The database runs
with secure_delete, so erased text is overwritten, and the WAL is checkpointed afterwards, so that her name and
phone no longer occur anywhere in the file's bytes. A client without any money history is deleted outright.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from salon import access
from salon.clients.profiles import get_client
from salon.dates import now
from salon.store.models import database_proxy, write_transaction

PLACEHOLDER_NAME = "已删除的客户"
# Tables naming her that hold nothing the accounts need: erased with her.
# Her visit counts and rhythm (client_visit_stats) stay: they name no one, the visits they count stay in the
# books, and the review's kept rebooking rates were computed with them (erasing them would change past figures).
_ERASED_TABLES = ("family_member", "client_event", "client_skin_concern", "client_search_key", "reminder_state",
                  "contact", "gift", "complaint", "therapist_assignment", "followup_call", "client_consent")
# Every personal column of the client row and the value it is left with.
_CLEARED_COLUMNS = {
    "name": PLACEHOLDER_NAME, "name_pinyin": "", "gender": "", "phone": "", "phone2": "", "wechat": "",
    "birthday_calendar": "", "birth_year": None, "birth_month": None, "birth_day": None, "birth_leap_month": 0,
    "address": "", "community": "", "occupation": "", "interests": "", "skin_type": "", "allergies": "",
    "contraindications": "", "pref_pressure": "", "pref_room_temperature": "", "pref_drink": "", "pref_music": "",
    "pref_conversation": "", "preferred_therapist_id": None, "contact_channel": "", "contact_best_time": "",
    "do_not_contact": 1, "goals": "", "referral_source": "", "referred_by_id": None, "tags": "", "notes": "",
    "marketing_consent": 0, "therapist_id": None,
}


def _has_money_history(client_id: int) -> bool:
    return bool(database_proxy.execute_sql(
        "SELECT EXISTS (SELECT 1 FROM visit WHERE client_id = ?) OR EXISTS (SELECT 1 FROM client_package"
        " WHERE client_id = ?)", (client_id, client_id)).fetchone()[0])


def forget_client(client_id: int) -> bool:
    """Erase everything personal about the client (see the module's description). Returns True when her file
    became an anonymous placeholder (money history kept), False when it was deleted outright. Raises
    NotFoundError for an unknown id."""
    access.require(access.DELETE)
    with write_transaction():
        name = get_client(client_id).name
        database_proxy.execute_sql("UPDATE client SET referred_by_id = NULL WHERE referred_by_id = ?", (client_id,))
        if not _has_money_history(client_id):
            database_proxy.execute_sql("DELETE FROM client_visit_stale WHERE client_id = ?", (client_id,))
            database_proxy.execute_sql("DELETE FROM client_month_spend WHERE client_id = ?", (client_id,))
            database_proxy.execute_sql("DELETE FROM client WHERE id = ?", (client_id,))
            kept = False
        else:
            for table in _ERASED_TABLES:
                database_proxy.execute_sql(f"DELETE FROM {table} WHERE client_id = ?", (client_id,))
            assignments = ", ".join(f"{column} = ?" for column in _CLEARED_COLUMNS)
            moment = now()
            database_proxy.execute_sql(
                f"UPDATE client SET {assignments}, archived_at = coalesce(archived_at, ?), updated_at = ?"
                " WHERE id = ?", (*_CLEARED_COLUMNS.values(), moment, moment, client_id))
            database_proxy.execute_sql(
                "UPDATE visit SET skin_condition = '', notes = '', void_reason = CASE WHEN void_reason = '' THEN ''"
                " ELSE ? END WHERE client_id = ?", (ERASED_TEXT, client_id))
            database_proxy.execute_sql(
                "UPDATE visit_revision SET reason = ?, before_json = json_set(before_json, '$.notes', '',"
                " '$.skin_condition', '') WHERE visit_id IN (SELECT id FROM visit WHERE client_id = ?)",
                (ERASED_TEXT, client_id))
            database_proxy.execute_sql("UPDATE client_package SET notes = '' WHERE client_id = ?", (client_id,))
            _erase_ledger_reasons(client_id)
            kept = True
        _erase_mentions(name, client_id)
        access.record("client.forget", f"client:{client_id}", "kept money history" if kept else "deleted")
    # Her old pages may still sit in the write-ahead log: copy it into the file (where secure_delete has zeroed
    # them) and empty it. A reader elsewhere can hold it back; the next checkpoint finishes the job then.
    database_proxy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return kept


ERASED_TEXT = "（已删除）"
_LEDGER_GUARD = "package_ledger_no_update"


def _erase_ledger_reasons(client_id: int) -> None:
    """The reasons typed on her cards' ledger lines may name her. Ledger lines are otherwise unchangeable (a
    trigger refuses any update): the guard is lifted for this one statement, inside the same transaction, so
    nothing else can slip through, and put back as it was."""
    guard = database_proxy.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                       (_LEDGER_GUARD,)).fetchone()
    if guard is not None:
        database_proxy.execute_sql(f"DROP TRIGGER {_LEDGER_GUARD}")
    database_proxy.execute_sql(
        "UPDATE package_ledger SET reason = ? WHERE reason <> '' AND package_id IN"
        " (SELECT id FROM client_package WHERE client_id = ?)", (ERASED_TEXT, client_id))
    if guard is not None:
        database_proxy.execute_sql(guard[0])


def _erase_mentions(name: str, client_id: int) -> None:
    """Her name written into other clients' files (who referred them, a note) is replaced too."""
    if len(name) < 2:  # a one-character name would blot out ordinary words
        return
    for column in ("notes", "referral_source", "goals"):
        database_proxy.execute_sql(
            f"UPDATE client SET {column} = replace({column}, ?, ?) WHERE id <> ? AND instr({column}, ?) > 0",
            (name, PLACEHOLDER_NAME, client_id, name))


def _rows(sql: str, params: tuple) -> list[dict[str, Any]]:
    cursor = database_proxy.execute_sql(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def client_data(client_id: int) -> dict[str, Any]:
    """Everything the salon's file holds that refers to the client, table by table (an access request under
    PIPL): her file, family, events, concerns, therapists, visits with their lines, payments and audit trail,
    cards with their ledgers, reminders, contacts, gifts, complaints. Raises NotFoundError for an unknown id."""
    access.require(access.EXPORT)
    get_client(client_id)
    with write_transaction():
        access.record("client.export", f"client:{client_id}")
    one = (client_id,)
    visits = "SELECT id FROM visit WHERE client_id = ?"
    cards = "SELECT id FROM client_package WHERE client_id = ?"
    return {
        "exported_at": now().isoformat(),
        "client": _rows("SELECT * FROM client WHERE id = ?", one)[0],
        "family": _rows("SELECT * FROM family_member WHERE client_id = ? ORDER BY id", one),
        "events": _rows("SELECT * FROM client_event WHERE client_id = ? ORDER BY id", one),
        "skin_concerns": _rows("SELECT * FROM client_skin_concern WHERE client_id = ? ORDER BY id", one),
        "consent_to_skin_and_health_notes": _rows("SELECT * FROM client_consent WHERE client_id = ?", one),
        "therapists": _rows("SELECT a.*, s.name AS therapist_name FROM therapist_assignment a JOIN staff s"
                            " ON s.id = a.therapist_id WHERE a.client_id = ? ORDER BY a.id", one),
        "visits": _rows("SELECT * FROM visit WHERE client_id = ? ORDER BY visited_at, id", one),
        "visit_lines": _rows(f"SELECT * FROM visit_item WHERE visit_id IN ({visits}) ORDER BY visit_id, position",
                             one),
        "visit_therapists": _rows(f"SELECT * FROM visit_therapist WHERE visit_id IN ({visits})", one),
        "visit_revisions": _rows(f"SELECT * FROM visit_revision WHERE visit_id IN ({visits}) ORDER BY id", one),
        "payments": _rows(f"SELECT * FROM payment WHERE visit_id IN ({visits}) OR package_id IN ({cards})"
                          f" OR ledger_id IN (SELECT id FROM package_ledger WHERE package_id IN ({cards}))"
                          " ORDER BY id", (client_id, client_id, client_id)),
        "cards": _rows("SELECT * FROM client_package WHERE client_id = ? ORDER BY id", one),
        "card_ledgers": _rows(f"SELECT * FROM package_ledger WHERE package_id IN ({cards}) ORDER BY id", one),
        "reminders": _rows("SELECT * FROM reminder_state WHERE client_id = ? ORDER BY key", one),
        "follow_up_calls": _rows("SELECT * FROM followup_call WHERE client_id = ? ORDER BY due_on", one),
        "contacts": _rows("SELECT * FROM contact WHERE client_id = ? ORDER BY id", one),
        "gifts": _rows("SELECT * FROM gift WHERE client_id = ? ORDER BY id", one),
        "complaints": _rows("SELECT * FROM complaint WHERE client_id = ? ORDER BY id", one),
        "referred_clients": _rows("SELECT id, name FROM client WHERE referred_by_id = ? ORDER BY id", one),
    }


def client_data_json(client_id: int) -> str:
    def plain(value: object) -> object:
        return value.isoformat() if isinstance(value, (date, datetime)) else str(value)

    return json.dumps(client_data(client_id), ensure_ascii=False, indent=2, default=plain)
