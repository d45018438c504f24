"""Demo client files: names, phones, birthdays, habits, skin concerns, family, events and therapists.

`ClientFileWriter` is the part of `salon.demo._DemoBuilder` that writes one client's file in bulk, every
column filled exactly as `salon.clients.save_client` would fill it (search keys, pinyin sort key, normalised
tags, birthday columns). The words come from `salon.demo.pools`; the random draws happen in a fixed order,
so a seed always gives the same clients.
"""
from __future__ import annotations

import bisect
import calendar
import itertools
import random
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from salon.clients.search_keys import client_search_keys, sort_key
from salon.demo.history import ClientState
from salon.demo.pools import (
    ALLERGIES,
    CHILD_NAMES,
    COMMUNITIES,
    CONCERN_STATES,
    CONTACT_TIMES,
    CONTRAINDICATIONS,
    DISTRICTS,
    DRINKS,
    ELDER_FEMALE_NAMES,
    ELDER_MALE_NAMES,
    EVENT_NOTES,
    FEMALE_GIVEN_CHARS,
    GOALS,
    INTERESTS,
    MALE_GIVEN_CHARS,
    MOBILE_PREFIXES,
    MUSIC,
    NOTES,
    OCCUPATIONS,
    PRESSURES,
    REFERRAL_WEIGHTS,
    ROADS,
    ROOM_TEMPERATURES,
    SKIN_TYPE_WEIGHTS,
    SURNAME_TIERS,
    TRADITIONAL_GIVEN_NAMES,
    TRADITIONAL_SHARE,
    TRADITIONAL_SURNAMES,
)
from salon.demo.writer import timestamp as _ts
from salon.store.models import (
    Client,
    ClientConsent,
    ClientEvent,
    ClientSkinConcern,
    FamilyMember,
    TherapistAssignment,
)
from salon.text import split_tags


class _Pool:
    """Weighted random choice in O(log n): cumulative weights computed once, not per draw."""

    def __init__(self, weighted: Sequence[tuple[int, str]]) -> None:
        self.values = [value for _, value in weighted]
        self.cumulative = list(itertools.accumulate(weight for weight, _ in weighted))

    def pick(self, rng: random.Random) -> str:
        return self.values[bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[-1])]


# Names repeat a lot in a big demo; their sort key depends on the name alone.
_sort_key = lru_cache(maxsize=50_000)(sort_key)

_SURNAMES = _Pool([(weight, surname) for weight, tier in SURNAME_TIERS for surname in tier])
_COMMUNITIES = _Pool(COMMUNITIES)
_OCCUPATIONS = _Pool(OCCUPATIONS)
_SKIN_TYPES = _Pool(SKIN_TYPE_WEIGHTS)
_PRESSURES = _Pool(PRESSURES)
_DRINKS = _Pool(DRINKS)
_REFERRALS = _Pool(REFERRAL_WEIGHTS)


@dataclass
class _ClientFacts:
    """What later steps of one client's generation need to know about her."""

    id: int
    name: str
    surname: str
    gender: str
    birth_year: int
    created_at: datetime
    skin_type: str
    tags: list[str] = field(default_factory=list)
    concerns: list[str] = field(default_factory=list)
    sensitive: bool = False  # allergies or contraindications on file
    # (from, until, therapist) of her assigned therapists: who treats her when.
    assignments: list[tuple[datetime, datetime | None, int]] = field(default_factory=list)



class ClientFileWriter:
    """Mixin for the demo builder: needs `rng`, `today`, `writer`, `summary`, `phones`, `carers`, `leaver_id`,
    `leaver_share`, `left_on` and `history` on the instance."""

    # --- helpers -----------------------------------------------------------------------------------
    def _chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def _moment(self, day: date) -> datetime:
        """A time during opening hours (10:00-21:00) on `day`."""
        seconds = self.rng.randrange(11 * 3600)
        return datetime.combine(day, time(10)) + timedelta(seconds=seconds)

    def _between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randrange(max((last - first).days, 0) + 1))

    def _mobile(self) -> str:
        while True:
            number = self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10 ** 8):08d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    def _female_given(self) -> str:
        first = self.rng.choice(FEMALE_GIVEN_CHARS)
        roll = self.rng.random()
        if roll < 0.12:
            return first
        if roll < 0.17:
            return first * 2  # 婷婷, 莉莉
        if roll < 0.25:
            return "小" + first
        return first + self.rng.choice(FEMALE_GIVEN_CHARS)

    def _male_given(self) -> str:
        first = self.rng.choice(MALE_GIVEN_CHARS)
        return first if self._chance(0.3) else first + self.rng.choice(MALE_GIVEN_CHARS)

    def _solar_day(self, year: int) -> tuple[int, int]:
        month = self.rng.randint(1, 12)
        # 28 Feb at most: a 29 Feb would need a leap year of birth, and is rare enough to leave out.
        last = 28 if month == 2 else calendar.monthrange(2001, month)[1]
        return month, self.rng.randint(1, last)

    def _birthday(self, year: int | None, lunar_share: float) -> dict[str, object]:
        """Birthday columns; lunar days stop at 29 since not every lunar month has a 30th."""
        lunar = self._chance(lunar_share)
        if lunar:
            month, day = self.rng.randint(1, 12), self.rng.randint(1, 29)
        else:
            month, day = self._solar_day(year or 2001)
        return {"birthday_calendar": "lunar" if lunar else "solar", "birth_year": year, "birth_month": month,
                "birth_day": day, "birth_leap_month": False}

    @staticmethod
    def _no_birthday() -> dict[str, object]:
        return {"birthday_calendar": "", "birth_year": None, "birth_month": None, "birth_day": None,
                "birth_leap_month": False}

    def _name(self, showcase: str | None, gender: str) -> tuple[str, str]:
        """(full name, surname)."""
        if showcase:
            return showcase, showcase[0]
        if gender == "M":
            surname = _SURNAMES.pick(self.rng)
            return surname + self._male_given(), surname
        if self._chance(TRADITIONAL_SHARE):
            surname = self.rng.choice(TRADITIONAL_SURNAMES)
            return surname + self.rng.choice(TRADITIONAL_GIVEN_NAMES), surname
        surname = _SURNAMES.pick(self.rng)
        return surname + self._female_given(), surname

    def _build_client(self, client_id: int, created_at: datetime, showcase: str | None) -> None:
        rng = self.rng
        gender = "M" if showcase is None and self._chance(0.07) else "F"
        name, surname = self._name(showcase, gender)
        age = min(max(int(rng.gauss(36, 10)), 18), 68)
        birth_year = self.today.year - age
        facts = _ClientFacts(client_id, name, surname, gender, birth_year, created_at, _SKIN_TYPES.pick(rng))
        phone = self._mobile()
        phone2 = self._mobile() if self._chance(0.04) else ""
        referral = _REFERRALS.pick(rng)
        referred_by = rng.randrange(1, client_id) if referral == "referral" and client_id > 1 else None
        do_not_contact = self._chance(0.02)
        archived_at = None
        if self._chance(0.03):
            archived_at = self._moment(self._between(created_at.date(), self.today - timedelta(days=1)))
            archived_at = max(archived_at, created_at)
            self.summary.archived_clients += 1
        habit = self.history.new_client(client_id, gender, created_at, archived_at)
        facts.tags = self._tags(facts, age, habit)
        tags = " ".join(split_tags(" ".join(facts.tags)))
        therapist_id, updated_at = self._build_assignments(facts)
        updated_at = max(updated_at, archived_at or created_at)
        birthday = self._client_birthday(birth_year)
        community, address = self._address()
        preferred = None
        if therapist_id is not None and self._chance(0.3):
            preferred = therapist_id if self._chance(0.7) else rng.choice(self.carers)
        row: dict[str, object] = {
            "id": client_id,
            "name": name,
            "name_pinyin": _sort_key(name),
            "gender": gender,
            "phone": phone,
            "phone2": phone2,
            "wechat": self._wechat(name, phone, birth_year),
            **birthday,
            "address": address,
            "community": community,
            "occupation": "大学生" if age < 23 and self._chance(0.6) else _OCCUPATIONS.pick(rng),
            "interests": "、".join(rng.sample(INTERESTS, rng.randint(1, 3))) if self._chance(0.8) else "",
            "skin_type": facts.skin_type,
            "allergies": "、".join(rng.sample(ALLERGIES, rng.randint(1, 2))) if self._chance(0.15) else "",
            "contraindications": rng.choice(CONTRAINDICATIONS) if self._chance(0.05) else "",
            "pref_pressure": _PRESSURES.pick(rng) if self._chance(0.85) else "",
            "pref_room_temperature": rng.choice(ROOM_TEMPERATURES) if self._chance(0.7) else "",
            "pref_drink": _DRINKS.pick(rng) if self._chance(0.8) else "",
            "pref_music": rng.choice(MUSIC) if self._chance(0.6) else "",
            "pref_conversation": rng.choice(("chatty", "chatty", "quiet", "")),
            "preferred_therapist": preferred,
            "contact_channel": rng.choice(("wechat", "wechat", "wechat", "phone", "sms")),
            "contact_best_time": rng.choice(CONTACT_TIMES) if self._chance(0.6) else "",
            "do_not_contact": int(do_not_contact),
            "goals": "、".join(rng.sample(GOALS, rng.randint(1, 2))) if self._chance(0.75) else "",
            "referral_source": referral,
            "referred_by": referred_by,
            "tags": tags,
            "notes": rng.choice(NOTES) if self._chance(0.3) else "",
            "marketing_consent": int(not do_not_contact and self._chance(0.65)),
            "therapist": therapist_id,
            "archived_at": _ts(archived_at) if archived_at else None,
            "created_at": _ts(created_at),
            "updated_at": _ts(updated_at),
        }
        self.writer.add(Client, row)
        facts.sensitive = bool(row["allergies"] or row["contraindications"])
        self.summary.clients += 1
        if birthday["birthday_calendar"]:
            self.summary.clients_with_birthday += 1
            self.summary.lunar_birthdays += birthday["birthday_calendar"] == "lunar"
        self._build_concerns(facts)
        self._build_family(facts)
        self._build_events(facts)
        keys = client_search_keys(name, [phone, phone2], tags)
        self.summary.search_keys += self.writer.add_search_keys(client_id, keys)
        self.history.start_client(habit, created_at, facts.skin_type, facts.concerns, facts.assignments)

    def _client_birthday(self, birth_year: int) -> dict[str, object]:
        if not self._chance(0.75):
            return self._no_birthday()
        year = birth_year if self._chance(0.8) else None
        return self._birthday(year, lunar_share=0.2)

    def _tags(self, facts: _ClientFacts, age: int, habit: ClientState) -> list[str]:
        """What the front desk would have noted, mostly from how she uses the salon."""
        tags = []
        tenure_days = (self.today - facts.created_at.date()).days
        for tag, probability in (("贵宾", 0.9 * habit.vip), ("年卡", 0.8 * habit.buys_annual_card),
                                 ("月卡", 0.8 * habit.buys_monthly_card), ("储值卡", 0.8 * (habit.profile == "stored")),
                                 ("团购客", 0.8 * habit.group_buy), ("爱美甲", 0.6 * (habit.focus == "nails"))):
            if self._chance(probability):
                tags.append(tag)
        if facts.skin_type == "sensitive" and self._chance(0.6):
            tags.append("敏感肌")
        if tenure_days > 365 and self._chance(0.4):
            tags.append("老客")
        if tenure_days < 60:
            tags.append("新客")
        if age < 23 and self._chance(0.5):
            tags.append("学生")
        return tags

    def _wechat(self, name: str, phone: str, birth_year: int) -> str:
        roll = self.rng.random()
        if roll < 0.2:
            return ""
        if roll < 0.35:
            return phone  # many people use their phone number as WeChat id
        if roll < 0.65:
            return "wxid_" + "".join(self.rng.choices(string.ascii_lowercase + string.digits, k=12))
        syllables = _sort_key(name).split()
        given = "".join(syllables[1:] or syllables)
        suffix = str(birth_year) if self._chance(0.5) else str(self.rng.randint(1, 999))
        return f"{given}{self.rng.choice(('', '_'))}{suffix}"

    def _address(self) -> tuple[str, str]:
        """(community, address); some clients never gave one."""
        if not self._chance(0.8):
            return "", ""
        rng = self.rng
        community = _COMMUNITIES.pick(rng)
        address = (f"{rng.choice(DISTRICTS)}{rng.choice(ROADS)}{rng.randint(1, 399)}号{community}"
                   f"{rng.randint(1, 30)}幢{rng.randint(1, 4)}单元{rng.randint(1, 28)}{rng.randint(1, 4):02d}室")
        return community, address

    def _build_concerns(self, facts: _ClientFacts) -> None:
        self._record_consent(facts)
        if not self._chance(0.9):
            return
        concerns = self.rng.sample(list(CONCERN_STATES), self.rng.randint(1, 3))
        if facts.skin_type == "sensitive" and "sensitivity" not in concerns:
            concerns[0] = "sensitivity"
        facts.concerns = concerns
        for concern in concerns:
            self.writer.add(ClientSkinConcern, {
                "client": facts.id, "concern": concern, "state": self.rng.choice(CONCERN_STATES[concern]),
                "updated_at": _ts(facts.created_at),
            })
            self.summary.skin_concerns += 1

    def _record_consent(self, facts: _ClientFacts) -> None:
        """Every demo client agreed to her skin and health notes when her file was opened (PIPL)."""
        self.writer.add(ClientConsent, {"client": facts.id, "sensitive_at": _ts(facts.created_at),
                                        "sensitive_by": None})

    def _build_family(self, facts: _ClientFacts) -> None:
        if not self._chance(0.4):
            return
        rng = self.rng
        members: list[tuple[str, str, str, dict[str, object]]] = []  # relation, name, notes, birthday
        children_surname = facts.surname
        age = self.today.year - facts.birth_year
        if age >= 24 and self._chance(0.75):
            spouse_surname = _SURNAMES.pick(rng)
            spouse_year = facts.birth_year + rng.randint(-3, 5)
            birthday = self._birthday(spouse_year, 0.15) if self._chance(0.7) else self._no_birthday()
            if facts.gender == "F":
                members.append(("spouse", spouse_surname + self._male_given(), "先生", birthday))
                children_surname = spouse_surname  # children usually take the father's surname
            else:
                members.append(("spouse", spouse_surname + self._female_given(), "太太", birthday))
        if age >= 26 and self._chance(0.6):
            for _ in range(rng.choice((1, 1, 1, 2))):
                child_year = min(facts.birth_year + rng.randint(23, 36), self.today.year - 1)
                birthday = self._birthday(child_year, 0.05) if self._chance(0.9) else self._no_birthday()
                members.append(("child", children_surname + rng.choice(CHILD_NAMES),
                                rng.choice(("儿子", "女儿")), birthday))
        if self._chance(0.35):
            mother_year = facts.birth_year - rng.randint(22, 32)
            year = mother_year if self._chance(0.5) else None
            birthday = self._birthday(year, 0.6) if self._chance(0.7) else self._no_birthday()
            members.append(("parent", _SURNAMES.pick(rng) + rng.choice(ELDER_FEMALE_NAMES), "母亲", birthday))
        if self._chance(0.2):
            birthday = self._birthday(None, 0.6) if self._chance(0.6) else self._no_birthday()
            members.append(("parent", facts.surname + rng.choice(ELDER_MALE_NAMES), "父亲", birthday))
        for relation, name, notes, birthday in members:
            self.writer.add(FamilyMember, {"client": facts.id, "relation": relation, "name": name,
                                           "notes": notes, **birthday})
        self.summary.family_members += len(members)

    def _build_events(self, facts: _ClientFacts) -> None:
        if not self._chance(0.08):
            return
        windows = {  # days before / after today an event of this kind may fall
            "wedding": (-3 * 365, 120), "childbirth": (-2 * 365, 150), "anniversary": (-365, 60),
            "illness": (-365, -7), "bereavement": (-365, -14), "other": (-365, 30),
        }
        for kind in self.rng.sample(list(EVENT_NOTES), self.rng.choice((1, 1, 1, 2))):
            earliest, latest = windows[kind]
            when = self._between(self.today + timedelta(days=earliest), self.today + timedelta(days=latest))
            self.writer.add(ClientEvent, {"client": facts.id, "kind": kind, "event_date": when.isoformat(),
                                          "note": self.rng.choice(EVENT_NOTES[kind])})
            self.summary.events += 1

    def _build_assignments(self, facts: _ClientFacts) -> tuple[int | None, datetime]:
        """History rows of the client's assigned therapist; returns (current therapist, last change)."""
        if not self.carers or not self._chance(0.85):
            return None, facts.created_at
        rng = self.rng
        first = rng.choice(self.carers)
        signed_up = facts.created_at.date()
        # Some clients who came while the leaver still worked were hers; all were handed over.
        leaver_chance = self.leaver_share / (len(self.carers) + self.leaver_share)
        if self.leaver_id is not None and signed_up < self.left_on and self._chance(leaver_chance):
            first = self.leaver_id
            handover = self._moment(self.left_on + timedelta(days=rng.randrange(7)))
        elif (self.today - signed_up).days > 60 and self._chance(0.12):
            handover = self._moment(self._between(signed_up + timedelta(days=30), self.today - timedelta(days=1)))
        else:
            self._assignment(facts, first, facts.created_at, None)
            return first, facts.created_at
        handover = max(handover, facts.created_at)
        second = rng.choice([carer for carer in self.carers if carer != first] or self.carers)
        self._assignment(facts, first, facts.created_at, handover)
        self._assignment(facts, second, handover, None)
        return second, handover

    def _assignment(self, facts: _ClientFacts, therapist_id: int, started: datetime, ended: datetime | None) -> None:
        facts.assignments.append((started, ended, therapist_id))
        self.writer.add(TherapistAssignment, {"client": facts.id, "therapist": therapist_id,
                                              "started_at": _ts(started),
                                              "ended_at": _ts(ended) if ended else None})
        self.summary.assignments += 1

