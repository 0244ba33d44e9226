"""When reminders may not come: a pause the user chose, then the time outside the
active hours. The planner's counters rest while closed.

Moments are kept on the clock's elapsed face and brought up to date at every look
(`sync`), so a wall clock that is set changes when the active hours open only through
what the user's clock says the time is, as they expect of "from 08:00".
"""

from __future__ import annotations

from datetime import timedelta

from posture_break.core.active_hours import ActiveHours
from posture_break.core.clock import Clock
from posture_break.core.i18n import Context, when_line
from posture_break.core.pause import Reminders

_NONE_LEFT_S = 0.001  # less than this left of a pause is none (float sums)
ClosedHoursWords = Context("ClosedHoursWords")


class ClosedHours:
    def __init__(
        self, reminders: Reminders, clock: Clock, active_hours: ActiveHours | None
    ) -> None:
        self._reminders = reminders
        self._clock = clock
        self.active_hours = active_hours
        self.pause_end: float | None = None  # elapsed when the current pause ends
        self.close_at: float | None = None  # elapsed when the active hours close
        self.sync()

    def user_paused(self) -> bool:
        """Paused by the user (the tray then says until when)."""
        return self._reminders.seconds_until_resume() is not None

    def closed(self) -> bool:
        """Paused by the user, or outside the active hours."""
        return self.seconds_left() > _NONE_LEFT_S

    def seconds_left(self) -> float:
        """Seconds until reminders may come again: a pause, then the active hours."""
        left = self._reminders.seconds_until_resume() or 0.0
        if self.active_hours is not None:
            wall = self._clock.now() + timedelta(seconds=left)
            left += self.active_hours.opens_in(wall)
        return left

    def sync(self) -> None:
        """Bring pause_end and close_at up to date with the pause and the wall clock."""
        now, left = self._clock.elapsed(), self.seconds_left()
        self.pause_end = now + left if left > 0 else None
        hours = self.active_hours
        closes_in = hours.closes_in(self._clock.now()) if hours and not left else None
        self.close_at = None if closes_in is None else now + closes_in

    def line(self) -> str:
        """The tray's line outside the active hours."""
        wall = self._clock.now()
        opens = wall + timedelta(seconds=self.seconds_left())
        return when_line(
            opens,
            wall,
            ClosedHoursWords.tr("Outside your active hours: breaks from {time}"),
            ClosedHoursWords.tr("Outside your active hours: breaks from tomorrow {time}"),
            ClosedHoursWords.tr("Outside your active hours: breaks from {day} {time}"),
        )
