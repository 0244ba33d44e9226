"""A due break waiting for the right moment to be offered.

First it is held while the user is busy (a full-screen app, a call, do not disturb),
at most hold_max_s; then it waits for a pause in typing (lull_s without input), at
most lull_max_s, or however long it takes where the break window would take the
keyboard. Each answer says when to look again, so the planner never polls.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from posture_break.core.schedule import Schedule


class DueWait:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Nothing is due (any more)."""
        self.since: float | None = None  # when the wait for a lull began
        self.look_again_at: float | None = None
        self.held_for: str | None = None  # why it waits: "full-screen app"
        self._held_since: float | None = None  # when it began to wait for the user

    def ready(
        self,
        now: float,
        schedule: Schedule,
        idle_s: float | None,
        busy: Callable[[], str | None] | None,
        patient: bool,
    ) -> bool:
        """Whether the due break may be offered now; when not, look_again_at says when
        to ask again. `idle_s`: seconds since the last input, if known; `busy` is asked
        for a reason to hold the break; `patient`: wait for a pause however long."""
        if self.since is None:
            self.since = now
        if self._held(now, schedule, busy):
            return False
        typing = idle_s is not None and idle_s < schedule.lull_s
        if typing and idle_s is not None and (patient or now - self.since < schedule.lull_max_s):
            # Look again when the lull would be long enough, or the wait is over.
            lull_at = now + schedule.lull_s - idle_s
            wait_over = math.inf if patient else self.since + schedule.lull_max_s
            self.look_again_at = min(lull_at, wait_over)
            return False
        return True

    def _held(self, now: float, schedule: Schedule, busy: Callable[[], str | None] | None) -> bool:
        """Whether the break waits for the user to be done; sets the next look."""
        reason = busy() if busy is not None else None
        if reason is None:
            self.held_for = None
            self._held_since = None
            return False
        if self._held_since is None:
            self._held_since = now
        if now - self._held_since >= schedule.hold_max_s:
            self.held_for = None
            return False  # held long enough: offered after all
        self.held_for = reason
        self.since = now  # the wait for a pause in typing starts when the hold ends
        self.look_again_at = min(
            now + schedule.hold_recheck_s, self._held_since + schedule.hold_max_s
        )
        return True
