"""When the next break comes, and what to do when that moment arrives.

A state machine fed events (input stopped or resumed, the screen locked, the machine
slept, the user snoozed, skipped or finished a break) and a clock; it answers when to
wake up next (`next_wakeup`, on the clock's elapsed face) and, on waking, what to do
(`on_wakeup`). It never waits or polls: the adapter that wakes the app holds one timer.

Rules:
- Two counters of *active* time, one per kind of break. They run only while the user
  is at the computer and reminders are on; away (idle past the threshold, screen
  locked, machine asleep) or paused, they stand still. Resuming after a pause brings
  them back where they were.
- Away for at least a break's length is that break taken (a natural break): a long
  enough absence resets the stretch counter and the micro counter, a shorter one (as
  long as a micro break) only the micro counter. The absence is counted from the last
  input, not from when the idle threshold noticed it.
- The next break is a stretch break when its counter runs out first or a micro break
  would come less than `absorb_s` before it (the stretch break absorbs it).
- `heads_up_s` before a break a heads-up is given; at the due moment the break waits
  for the user (core/due_wait.py: held while they are busy, then until they pause
  typing). Busy is not away: it is not a break. No reminder comes within
  `return_grace_s` of the user coming back, so a wake-up never greets anyone with one.
- Snoozes in a row are capped; a skip or a taken break restarts that kind's counter
  (a stretch break also restarts the micro counter).
- Only the elapsed face of the clock is used (the active hours, core/closed_hours.py,
  follow what the user's clock says): setting the clock changes no counter.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from posture_break.core.clock import Clock
from posture_break.core.closed_hours import ClosedHours
from posture_break.core.due_wait import DueWait
from posture_break.core.i18n import Context
from posture_break.core.pause import Reminders
from posture_break.core.schedule import Action, Schedule
from posture_break.core.values import BreakKind

__all__ = ["SLEEP_NOTICED_S", "Phase", "Planner"]

# Less than this between the two clocks is scheduling jitter, not sleep.
SLEEP_NOTICED_S = 2.0
_SLACK_S = 0.001
PlannerWords = Context("PlannerWords")


class Phase(Enum):
    COUNTING = "counting"  # waiting for the heads-up moment
    HEADS_UP = "heads-up"  # the heads-up was given; waiting for the due moment
    DUE = "due"  # due, waiting for a pause in typing
    OFFERED = "offered"  # the break window is open; waiting for its outcome


class Planner:
    def __init__(self, schedule: Schedule, clock: Clock, reminders: Reminders) -> None:
        self.schedule = schedule
        self._clock = clock
        now = clock.elapsed()
        self._sleep_offset = now - clock.awake()  # grows by the time spent asleep
        self._last = now  # when the counters were last brought up to date
        self._closed = ClosedHours(reminders, clock, schedule.active_hours)
        self._worked = {BreakKind.MICRO: 0.0, BreakKind.STRETCH: 0.0}
        self._away_since: float | None = None
        self._returned_at: float | None = None
        self.phase = Phase.COUNTING
        self._snoozed_until: float | None = None
        self.snoozes_in_row = 0
        self._wait = DueWait()
        self._offered: BreakKind | None = None
        self._next_stretch = 0  # index into schedule.stretch_routines
        self._natural: list[tuple[BreakKind, float]] = []  # not yet collected

    # Events ---------------------------------------------------------------------------

    def on_idle(self, idle_s: float) -> None:
        """No input for `idle_s` seconds (at least the idle threshold)."""
        now = self._now()
        self._away(now, since=now - max(0.0, idle_s))

    def on_active(self, since_input_s: float = 0.0) -> None:
        """Input again after on_idle, or the screen unlocked. `since_input_s`: how long
        ago that input was, for idle sources that notice a return only when they look:
        the user is back from then, not from the look."""
        now = self._now()
        if self._away_since is None:
            return
        back_at = max(self._away_since, now - max(0.0, since_input_s))
        self._back(back_at)
        self._bring_up_to_date(now)  # the work since they came back counts

    def on_locked(self) -> None:
        now = self._now()
        self._away(now, since=now)

    def on_pause_changed(self) -> None:
        """Call just before and just after reminders are paused or resumed."""
        self._bring_up_to_date(self._now())

    def use_schedule(self, schedule: Schedule) -> None:
        """New settings: the counters keep the work done so far and count toward the
        new intervals; a heads-up already given stands."""
        self._bring_up_to_date(self._now())
        self.schedule = schedule
        self._closed.active_hours = schedule.active_hours
        self._closed.sync()

    def on_wakeup(
        self,
        idle_s: float | None = None,
        busy: Callable[[], str | None] | None = None,
        patient: bool = False,
    ) -> Action | None:
        """The moment from next_wakeup() came (or a stale wakeup: harmless). `idle_s` is
        how long since the last input, when the idle source can say, for the lull.
        `busy` is asked only when a break is due: a reason such as "full-screen app"
        holds the break (counters untouched) until it is gone or hold_max_s is over.
        `patient`: the break window would take the keyboard (Wayland), so the offer
        waits for a pause in typing however long that takes, not at most lull_max_s."""
        now = self._now()
        self._bring_up_to_date(now)
        if self._closed.closed() or self._away_since is not None or self.phase is Phase.OFFERED:
            return None
        heads_up_at, due_at = self._moments(now)
        reached = now + _SLACK_S  # a wakeup a hair early (float sums) counts as on time
        if self.phase is Phase.COUNTING and reached >= heads_up_at:
            self.phase = Phase.HEADS_UP
            if self.schedule.heads_up_s > 0:
                return self._action(heads_up=True, in_s=max(0.0, due_at - now))
        if self.phase is not Phase.COUNTING and reached >= due_at:
            self.phase = Phase.DUE
            if not self._wait.ready(now, self.schedule, idle_s, busy, patient):
                return None
            return self._offer()
        return None

    def start_now(self) -> Action:
        """The user chose to take the coming break now (the heads-up's Start now): they
        are here, whatever the idle watch has said so far."""
        now = self._now()
        self._back(now)
        self._bring_up_to_date(now)
        return self._offer()

    def snooze(self) -> bool:
        """Put the coming break off by snooze_s; False when the limit is reached."""
        if self.snoozes_in_row >= self.schedule.snooze_limit:
            return False
        now = self._now()
        self._bring_up_to_date(now)
        self.snoozes_in_row += 1
        self._snoozed_until = now + self.schedule.snooze_s
        self._to_counting()
        return True

    def skip(self) -> BreakKind:
        """Let the coming (or offered) break go: its counter starts again."""
        kind = self.next_kind()
        self._taken(kind)
        return kind

    def cancel_break(self) -> None:
        """A break window opened by the user closed before anything was done: as if it
        had never opened; the counters go on from where they are."""
        self._bring_up_to_date(self._now())
        if self.phase is Phase.OFFERED:
            self._to_counting()

    def break_done(self, kind: BreakKind) -> None:
        """A break of `kind` was taken, offered or started by the user from the tray."""
        self._bring_up_to_date(self._now())
        self._taken(kind)

    # Questions -------------------------------------------------------------------------

    @property
    def away(self) -> bool:
        """Away from the computer (idle, locked or asleep), as far as the planner knows."""
        return self._away_since is not None

    @property
    def closed(self) -> ClosedHours:
        """When reminders may not come: a pause, the time outside the active hours."""
        return self._closed

    @property
    def held_for(self) -> str | None:
        """Why a due break waits for the user ("full-screen app"), or None."""
        return self._wait.held_for

    def next_kind(self) -> BreakKind:
        """The kind of the break offered now, or else of the one coming next."""
        now = self._now()
        self._bring_up_to_date(now)
        return self._offered or self._coming(now)[0]

    def natural_breaks(self) -> list[tuple[BreakKind, float]]:
        """(kind, seconds away) of each natural break since the last call, for the record."""
        taken, self._natural = self._natural, []
        return taken

    def next_wakeup(self) -> float | None:
        """The elapsed moment to call on_wakeup() next; None while nothing can happen
        until an event (away, or a break in progress). While paused: the pause's end."""
        now = self._now()
        self._bring_up_to_date(now)
        if self._closed.closed():
            return self._closed.pause_end
        if self._away_since is not None or self.phase is Phase.OFFERED:
            return None
        heads_up_at, due_at = self._moments(now)
        if self.phase is Phase.COUNTING:
            wakeup = max(now, heads_up_at)
        elif self.phase is Phase.HEADS_UP:
            wakeup = max(now, due_at)
        else:  # waiting for a pause in typing
            wakeup = max(now, self._wait.look_again_at or now)
        if self._closed.close_at is not None:
            return min(wakeup, self._closed.close_at)  # the counters stop when the hours close
        return wakeup

    def coming(self) -> tuple[BreakKind, float] | None:
        """(kind, seconds until it is due) as the tray shows it; None while away or
        paused or while a break is in progress."""
        now = self._now()
        self._bring_up_to_date(now)
        if self._closed.closed() or self._away_since is not None or self.phase is Phase.OFFERED:
            return None
        kind = self._coming(now)[0]
        return kind, max(0.0, self._moments(now)[1] - now)

    # Inside ----------------------------------------------------------------------------

    def _now(self) -> float:
        """The elapsed time now. Every entry point asks this first, so time asleep since
        the last look is seen before anything else and counts as a natural break, even
        when no sleep signal came."""
        now = self._clock.elapsed()
        offset = now - self._clock.awake()
        slept = offset - self._sleep_offset
        self._sleep_offset = offset
        if slept > SLEEP_NOTICED_S:
            self._slept(now, slept)
        return now

    def _slept(self, now: float, slept: float) -> None:
        """Asleep for `slept` seconds until about now (asked at every event, the planner
        notices a wake at the latest when the next wakeup fires)."""
        self._bring_up_to_date(now - slept)
        self._away(now - slept, since=now - slept)
        self._back(now)

    def _bring_up_to_date(self, now: float) -> None:
        """Add the active time since the last update: not away, not paused, no break on."""
        start, end = self._last, now
        if self._closed.pause_end is not None:
            start = max(start, min(self._closed.pause_end, now))
        if self._closed.close_at is not None:
            end = min(end, self._closed.close_at)
        if self._away_since is None and self.phase is not Phase.OFFERED and end > start:
            for kind in self._worked:
                self._worked[kind] += end - start
        self._last = max(self._last, now)
        self._closed.sync()

    def _away(self, now: float, since: float) -> None:
        # During a break no input is expected: the break's outcome decides, not idle.
        if self._away_since is not None or self.phase is Phase.OFFERED:
            return
        self._bring_up_to_date(now)
        # The time between the last input and noticing it was not work.
        unworked = max(0.0, min(now, self._last) - max(since, 0.0))
        for kind in self._worked:
            self._worked[kind] = max(0.0, self._worked[kind] - unworked)
        self._away_since = since

    def _back(self, now: float) -> None:
        if self._away_since is None:
            return
        away_for = now - self._away_since
        self._away_since = None
        self._last = now
        self._closed.sync()
        if not self.schedule.natural_breaks:
            self._to_counting()
        elif away_for >= self.schedule.stretch_length_s:
            self._taken(BreakKind.STRETCH, rotate=False)
            self._natural.append((BreakKind.STRETCH, away_for))
        elif away_for >= self.schedule.micro_length_s:
            self._taken(BreakKind.MICRO)
            self._natural.append((BreakKind.MICRO, away_for))
        else:
            self._to_counting()  # a heads-up given before they left is stale now
        self._returned_at = now

    def _taken(self, kind: BreakKind, rotate: bool = True) -> None:
        self._worked[BreakKind.MICRO] = 0.0
        if kind is BreakKind.STRETCH:
            self._worked[BreakKind.STRETCH] = 0.0
            if rotate and self.schedule.stretch_routines:
                self._next_stretch = (self._next_stretch + 1) % len(self.schedule.stretch_routines)
        self.snoozes_in_row = 0
        self._snoozed_until = None
        self._offered = None
        self._to_counting()

    def _to_counting(self) -> None:
        self.phase = Phase.COUNTING
        self._wait.reset()
        self._offered = None

    def _coming(self, now: float) -> tuple[BreakKind, float]:
        """The next kind of break and the active seconds left until it."""
        return self.schedule.next_break(
            self._worked[BreakKind.MICRO], self._worked[BreakKind.STRETCH]
        )

    def _moments(self, now: float) -> tuple[float, float]:
        """(heads-up moment, due moment) as elapsed times, assuming the user stays."""
        schedule = self.schedule
        due = now + max(0.0, self._coming(now)[1])
        if self._snoozed_until is not None:
            due = self._snoozed_until
        heads_up = due - schedule.heads_up_s
        if self._returned_at is not None:
            earliest = self._returned_at + schedule.return_grace_s
            if heads_up < earliest:
                heads_up = earliest
                due = max(due, earliest + schedule.heads_up_s)
        return heads_up, due

    def _offer(self) -> Action:
        kind = self._coming(self._now())[0]
        self.phase = Phase.OFFERED
        self._offered = kind
        self._wait.reset()
        return self._action(heads_up=False, in_s=0.0, kind=kind)

    def _action(self, heads_up: bool, in_s: float, kind: BreakKind | None = None) -> Action:
        kind = kind or self._coming(self._now())[0]
        return Action(
            kind=kind,
            routine_id=self.schedule.routine_for(kind, self._next_stretch),
            heads_up=heads_up,
            in_s=in_s,
            can_snooze=self.snoozes_in_row < self.schedule.snooze_limit,
            can_skip=self.schedule.can_skip,
        )
