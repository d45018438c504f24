"""A reporting period: whole days from `start` to `end`, a month by default, and the year to its end."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from salon.dates import written_date
from salon.errors import ValidationError
from salon.words import fill, translate


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # the last day, included

    @property
    def after(self) -> date:
        """The first day after the period: the bound SQL compares text times against."""
        return self.end + timedelta(days=1)

    @property
    def bounds(self) -> tuple[str, str]:
        """[start, after) as ISO text, for `visited_at >= ? AND visited_at < ?`."""
        return self.start.isoformat(), self.after.isoformat()

    def year_to_date(self) -> Period:
        return Period(date(self.end.year, 1, 1), self.end)

    def label(self) -> str:
        if self.start.day == 1 and self.end == month_of(self.start).end:
            return written_date(translate("period", "yyyy年M月"), self.start.year, self.start.month)
        return self.span()

    def span(self) -> str:
        """'2026-10-01 至 2026-10-31' in the chosen language."""
        return fill(translate("period", "%1 至 %2"), self.start.isoformat(), self.end.isoformat())


def month_of(day: date) -> Period:
    return Period(day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1]))


def parse_month(text: str) -> Period:
    """'2026-10' (or '2026-1') as that whole month; anything else is refused in words."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
    if not match or not 1 <= int(match.group(2)) <= 12 or not 1900 <= int(match.group(1)) <= 2100:
        raise ValidationError("month_invalid", translate("errors", "月份应写成 年-月，例如 2026-10（收到的是 “%1”）。"),
                              text, field="month")
    return month_of(date(int(match.group(1)), int(match.group(2)), 1))


def parse_period(start: date, end: date) -> Period:
    if end < start:
        raise ValidationError("period_invalid", translate("errors", "结束日期不能早于开始日期。"), field="end")
    return Period(start, end)
