"""One reminder as the list shows it, the kinds there are, and who may be contacted for what.

Service calls (follow-ups, complaint calls) reach every client; greetings and marketing (birthdays, events,
holidays, win-back, card renewal) leave out clients who asked not to be contacted or are archived, and
holiday greetings also those without consent to offers and news.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# In the order the list shows them: what must not wait first.
KINDS = ("complaint", "followup", "care", "birthday", "event", "card", "lapse", "holiday")
SERVICE_KINDS = frozenset({"complaint", "followup"})


@dataclass(frozen=True)
class Reminder:
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


@dataclass(frozen=True)
class ClientFacts:
    """What every reminder needs to know of its client, read once per list."""

    id: int
    name: str
    phone: str
    therapist_id: int | None
    therapist_name: str
    interests: str
    do_not_contact: bool
    marketing_consent: bool
    archived: bool

    @property
    def greetable(self) -> bool:
        return not self.do_not_contact and not self.archived


def reminder(client: ClientFacts, key: str, kind: str, due: date, title: str, detail: str = "",
             draft: str = "") -> Reminder:
    return Reminder(key, kind, client.id, client.name, client.phone, client.therapist_id, client.therapist_name, due,
                    title, detail, draft)
