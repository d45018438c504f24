"""Holidays and the greetings the front desk sends for them (by WeChat, so each is a text to copy).

The list of holidays and the greeting templates are the owner's settings (`salon.settings`): a holiday is
'name|lunar:M-D', 'name|solar:M-D' or 'name|weekday:M-N-W' (the Nth weekday W of month M, Monday 0: Mother's
Day is 'weekday:5-2-6'). Each client's greeting is one of the templates, chosen by her, with her name, her
therapist and one of her interests: never one text for everybody.
"""
from __future__ import annotations

import calendar
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from salon.errors import ValidationError
from salon.text import split_tags
from salon.words import translate


@dataclass(frozen=True)
class Holiday:
    name: str
    rule: str  # 'lunar', 'solar' or 'weekday'
    numbers: tuple[int, ...]

    def on_year(self, year: int) -> date | None:
        """The holiday's solar date in `year` (for a lunar holiday: the one falling in that solar year)."""
        return _holiday_date(self, year)

    def _compute(self, year: int) -> date | None:
        if self.rule == "solar":
            month, day = self.numbers
            return date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if self.rule == "weekday":
            month, nth, weekday = self.numbers
            first = date(year, month, 1)
            offset = (weekday - first.weekday()) % 7
            return first + timedelta(days=offset + 7 * (nth - 1))
        import lunar_python  # lunar holidays only

        month, day = self.numbers
        for lunar_year in (year - 1, year):
            lunar_month = lunar_python.LunarMonth.fromYm(lunar_year, month)
            solar = lunar_python.Lunar.fromYmd(lunar_year, month, min(day, lunar_month.getDayCount())).getSolar()
            if solar.getYear() == year:
                return date(solar.getYear(), solar.getMonth(), solar.getDay())
        return None


@lru_cache(maxsize=512)
def _holiday_date(holiday: Holiday, year: int) -> date | None:
    """Cached: a lunar holiday costs a few ms of astronomy, and the list asks for the same ones every time."""
    return holiday._compute(year)


def _in_range(holiday: Holiday) -> bool:
    """Month 1–12 and a day of the month (a lunar month has at most 30), or the 1st–5th weekday 0–6."""
    month, *rest = holiday.numbers
    if holiday.rule == "weekday":
        return 1 <= month <= 12 and 1 <= rest[0] <= 5 and 0 <= rest[1] <= 6
    return 1 <= month <= 12 and 1 <= rest[0] <= (30 if holiday.rule == "lunar" else 31)


def parse_holidays(text: str) -> list[Holiday]:
    holidays = []
    for number, line in enumerate(line.strip() for line in text.splitlines()):
        if not line:
            continue
        try:
            name, spec = (part.strip() for part in line.split("|", 1))
            rule, numbers = spec.split(":", 1)
            values = tuple(int(part) for part in numbers.split("-"))
            holiday = Holiday(name, rule.strip(), values)
            if not name or holiday.rule not in ("lunar", "solar", "weekday") \
                    or len(values) != (3 if holiday.rule == "weekday" else 2) or not _in_range(holiday):
                raise ValueError(line)
            holiday.on_year(2000)  # an impossible date is refused now, not on the day
        except (ValueError, IndexError):
            raise ValidationError("holiday_invalid", translate(
                "errors", "第 %1 行节日“%2”看不懂：应写成“名称|lunar:8-15”“名称|solar:3-8”或“名称|weekday:5-2-6”。"),
                number + 1, line, field="holidays", line=line) from None
        holidays.append(holiday)
    return holidays


def holidays_between(holidays: list[Holiday], start: date, end: date) -> list[tuple[Holiday, date]]:
    found = []
    for holiday in holidays:
        for year in range(start.year, end.year + 1):
            when = holiday.on_year(year)
            if when is not None and start <= when <= end:
                found.append((holiday, when))
    return sorted(found, key=lambda pair: pair[1])


def greeting(templates: list[str], holiday: str, client_id: int, name: str, therapist: str, interests: str) -> str:
    """Her greeting: a template picked for her (the same client, the same one), filled with her own things."""
    usable = [line for line in templates if line.strip()] or [translate("holidays", "{name}，{holiday}快乐！")]
    template = usable[zlib.crc32(f"{client_id}:{holiday}".encode()) % len(usable)]
    tags = split_tags(interests)
    interest = tags[zlib.crc32(str(client_id).encode()) % len(tags)] if tags else translate("holidays", "生活")
    return (template.replace("{name}", name).replace("{holiday}", holiday)
            .replace("{therapist}", therapist or translate("holidays", "我们")).replace("{interest}", interest))
