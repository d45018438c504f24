"""One reminder as the list shows it, the kinds there are, and who may be contacted for what.

Service calls (follow-ups, complaint calls) reach every client; greetings and marketing (birthdays, events,
holidays, win-back, card renewal) leave out clients who asked not to be contacted or are archived, and
holiday greetings also those without consent to offers and news.
"""
from __future__ import annotations

from datetime import date
from typing import NamedTuple

# In the order the list shows them: what must not wait first.
KINDS = ("complaint", "followup", "care", "birthday", "event", "card", "lapse", "holiday")
SERVICE_KINDS = frozenset({"complaint", "followup"})


def client_join(client_id: str) -> str:
    """SQL joining the client `c` of the row whose client id is `client_id`, for `reachable_sql` and her therapist:
    through an index holding just those columns, since a client's row is wide and they come last in it."""
    return f" CROSS JOIN client c INDEXED BY client_contact_facts ON c.id = {client_id}"


def reachable_sql(kind: str, client: str = "c") -> str:
    """The SQL condition on the client row `client` under which the salon may contact her about a `kind`."""
    if kind in SERVICE_KINDS:
        return "1"
    greet = f"{client}.archived_at IS NULL AND {client}.do_not_contact = 0"
    return f"{greet} AND {client}.marketing_consent = 1" if kind == "holiday" else greet


class Reminder(NamedTuple):  # a tuple: a busy week lists tens of thousands
    key: str  # the occasion, stable: what done / snoozed / dismissed are remembered by
    kind: str  # one of KINDS
    client_id: int
    client_name: str
    phone: str
    therapist_id: int | None
    therapist_name: str
    due: date
    title: str  # what it is: '生日（农历八月十五）', '回访：深层清洁 第 7 天'
    detail: str = ""  # what to know or say
    draft: str = ""  # a greeting to copy, for birthdays and holidays

    def overdue(self, on: date) -> bool:
        return self.due < on

