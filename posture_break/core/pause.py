"""Whether reminders are on or paused, and until when.

A pause for a duration ends after that much real time has passed, counted on the
monotonic face of the clock, so setting the wall clock neither shortens nor lengthens
it. "Until tomorrow" is a wall-clock moment on purpose: it means the next morning,
whatever the clock says.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import NamedTuple

from posture_break.core.clock import Clock
from posture_break.core.i18n import Context, when_line

# The day rolls over at 05:00: "until tomorrow" said at 01:00 by someone still at
# their desk means after they have slept, not 23 hours later.
DAY_STARTS_AT = time(5, 0)
LONGEST_PAUSE = timedelta(hours=24)
PauseWords = Context("PauseWords")


class ReminderStatus(NamedTuple):
    """A snapshot for the tray, the command line and scripts."""

    paused_until: datetime | None  # None while reminders are on

    @property
    def paused(self) -> bool:
        return self.paused_until is not None

    def describe(self, now: datetime) -> str:
        """The one line the tray menu, tooltip and `posture-break status` show."""
        until = self.paused_until
        if until is None:
            return PauseWords.tr("Reminders on")
        return when_line(
            until,
            now,
            PauseWords.tr("Reminders paused until {time}"),
            PauseWords.tr("Reminders paused until tomorrow, {time}"),
            PauseWords.tr("Reminders paused until {day} {time}"),
        )


def next_day_start(now: datetime) -> datetime:
    """The first DAY_STARTS_AT strictly after `now`, in now's time zone."""
    start = now.replace(
        hour=DAY_STARTS_AT.hour, minute=DAY_STARTS_AT.minute, second=0, microsecond=0
    )
    return start if start > now else start + timedelta(days=1)


class Reminders:
    """The on/paused switch that the tray, the command line and later the planner share."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._resume_at_elapsed: float | None = None
        self._resume_at_wall: datetime | None = None

    def pause_for(self, duration: timedelta) -> None:
        """Pause for a span of real time (1 minute to 24 hours)."""
        if not timedelta(minutes=1) <= duration <= LONGEST_PAUSE:
            raise ValueError("a pause lasts from 1 minute to 24 hours")
        self._resume_at_wall = None
        self._resume_at_elapsed = self._clock.elapsed() + duration.total_seconds()

    def pause_until_tomorrow(self) -> None:
        self._resume_at_elapsed = None
        self._resume_at_wall = next_day_start(self._clock.now())

    def resume(self) -> None:
        self._resume_at_elapsed = None
        self._resume_at_wall = None

    def seconds_until_resume(self) -> float | None:
        """Real seconds until a pause ends by itself; None when not paused."""
        if self._resume_at_elapsed is not None:
            left = self._resume_at_elapsed - self._clock.elapsed()
        elif self._resume_at_wall is not None:
            left = (self._resume_at_wall - self._clock.now()).total_seconds()
        else:
            return None
        return left if left > 0 else None

    def status(self) -> ReminderStatus:
        left = self.seconds_until_resume()
        if left is None:
            return ReminderStatus(paused_until=None)
        return ReminderStatus(paused_until=self._clock.now() + timedelta(seconds=left))
