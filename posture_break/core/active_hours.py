"""The hours of the week within which reminders may come.

Each weekday has at most one span, in minutes since midnight (end 1440 is midnight at
the end of the day). The planner treats the time outside them like a pause: counters
rest and nothing is offered, and it wakes exactly when the hours open or close. Times
are wall-clock times on purpose: "from 08:00" means what the user's clock says.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

Span = tuple[int, int]  # (start, end) minutes since midnight, start < end

_LOOK_AHEAD_DAYS = 8  # a week and a day: every weekday is seen at least once


class ActiveHours:
    def __init__(self, week: Sequence[Span | None]) -> None:
        """`week`: Monday to Sunday; None is a day without reminders."""
        if len(week) != 7:
            raise ValueError("active hours need all seven days, Monday first")
        if not any(week):
            raise ValueError("active hours need at least one day with hours")
        self._week = tuple(week)

    def is_open(self, now: datetime) -> bool:
        return self.opens_in(now) == 0.0

    def opens_in(self, now: datetime) -> float:
        """Seconds until reminders may come again; 0 while the hours are open."""
        for start, end in self._spans_from(now):
            if now < end:
                return max(0.0, (start - now).total_seconds())
        raise AssertionError("a week with hours always opens within eight days")

    def closes_in(self, now: datetime) -> float | None:
        """Seconds until the current span ends; None when the hours are not open now."""
        for start, end in self._spans_from(now):
            if start <= now < end:
                return (end - now).total_seconds()
            if now < start:
                return None
        return None

    def opens_at(self, now: datetime) -> datetime:
        return now + timedelta(seconds=self.opens_in(now))

    def _spans_from(self, now: datetime) -> list[tuple[datetime, datetime]]:
        """The spans that end after the start of today, in order, as wall times in
        now's time zone."""
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        spans = []
        for offset in range(_LOOK_AHEAD_DAYS):
            day = midnight + timedelta(days=offset)
            span = self._week[day.weekday()]
            if span is not None:
                start, end = span
                spans.append((day + timedelta(minutes=start), day + timedelta(minutes=end)))
        return spans
