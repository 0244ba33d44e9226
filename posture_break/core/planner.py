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
- `heads_up_s` before a break a heads-up is given; at the due moment, the break is
  offered once the user pauses typing (`lull_s` without input, waiting at most
  `lull_max_s`). No reminder comes within `return_grace_s` of the user coming back
  (from idle, a locked screen or sleep), so a wake-up never greets anyone with a break.
- At the due moment a busy user (a full-screen app, do not disturb) holds the break:
  it waits, counters untouched, and is offered once they are done (looked at every
  `hold_recheck_s`, at most `hold_max_s`). Busy is not away: it is not a break.
- Snoozes in a row are capped; a skip or a taken break restarts that kind's counter
  (a stretch break also restarts the micro counter).
- Only the elapsed face of the clock is used: setting the wall clock changes nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import timedelta
from enum import Enum

from posture_break.core.active_hours import ActiveHours
from posture_break.core.clock import Clock
from posture_break.core.i18n import Context, translate, when_line
from posture_break.core.pause import Reminders
from posture_break.core.settings import Settings
from posture_break.core.values import BreakKind

__all__ = ["SLEEP_NOTICED_S", "Action", "Phase", "Planner", "Schedule"]

# Less than this between the two clocks is scheduling jitter, not sleep.
SLEEP_NOTICED_S = 2.0
_SLACK_S = 0.001
PlannerWords = Context("PlannerWords")


class Phase(Enum):
    COUNTING = "counting"  # waiting for the heads-up moment
    HEADS_UP = "heads-up"  # the heads-up was given; waiting for the due moment
    DUE = "due"  # due, waiting for a pause in typing
    OFFERED = "offered"  # the break window is open; waiting for its outcome


_USUAL = Settings()  # a schedule's defaults are the settings' defaults


@dataclass(frozen=True)
class Schedule:
    """The numbers the planner works with, in seconds. Defaults as the settings have
    them (core/in_effect.py makes one from the user's settings)."""

    stretch_every_s: float = _USUAL.stretch_every_min * 60
    micro_every_s: float = _USUAL.micro_every_min * 60  # 0 turns micro breaks off
    idle_after_s: float = _USUAL.idle_after_s
    heads_up_s: float = _USUAL.heads_up_s
    snooze_s: float = _USUAL.snooze_min * 60
    snooze_limit: int = _USUAL.snooze_limit
    absorb_s: float = 5 * 60
    return_grace_s: float = 60
    lull_s: float = 5
    lull_max_s: float = 60
    # A break held by a full-screen app or a call waits this long (0: never held).
    hold_max_s: float = _USUAL.hold_max_min * 60 if _USUAL.hold_when_busy else 0
    hold_recheck_s: float = 30  # while held, look again this often
    micro_routine: str = "posture-reset"
    micro_length_s: float = 70
    stretch_routines: tuple[str, ...] = _USUAL.stretch_routines
    stretch_length_s: float = 210  # the shortest stretch routine: away this long is one
    can_skip: bool = _USUAL.allow_skip
    natural_breaks: bool = _USUAL.natural_breaks  # False: away rests, resets nothing
    active_hours: ActiveHours | None = None  # None: reminders at any hour

    def scaled(self, factor: float) -> Schedule:
        """Every duration times `factor`: a day's schedule played in minutes, for
        demonstrations and for tests on a real desktop."""
        seconds = {
            f.name: getattr(self, f.name) * factor for f in fields(self) if f.name.endswith("_s")
        }
        return replace(self, **seconds)


@dataclass(frozen=True)
class Action:
    """What the app should do now: give a heads-up, or offer the break."""

    kind: BreakKind
    routine_id: str
    heads_up: bool  # True: a notification that the break is coming; False: offer it now
    in_s: float  # for a heads-up: seconds until the break
    can_snooze: bool
    can_skip: bool = True


class Planner:
    def __init__(self, schedule: Schedule, clock: Clock, reminders: Reminders) -> None:
        self.schedule = schedule
        self._clock = clock
        self._reminders = reminders
        now = clock.elapsed()
        self._sleep_offset = now - clock.awake()  # grows by the time spent asleep
        self._last = now  # when the counters were last brought up to date
        self._pause_end: float | None = None  # elapsed when the current pause ends
        self._close_at: float | None = None  # elapsed when the active hours close
        self._worked = {BreakKind.MICRO: 0.0, BreakKind.STRETCH: 0.0}
        self._away_since: float | None = None
        self._returned_at: float | None = None
        self.phase = Phase.COUNTING
        self._snoozed_until: float | None = None
        self.snoozes_in_row = 0
        self._due_since: float | None = None  # when the wait for a lull began
        self._lull_check_at: float | None = None
        self._held_since: float | None = None  # when a due break began to wait for the user
        self.held_for: str | None = None  # why it waits: "full-screen app"
        self._offered: BreakKind | None = None
        self._next_stretch = 0  # index into schedule.stretch_routines
        self._natural: list[tuple[BreakKind, float]] = []  # not yet collected
        self._sync_pause()

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
        self._sync_pause()

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
        if self._paused() or self._away_since is not None or self.phase is Phase.OFFERED:
            return None
        heads_up_at, due_at = self._moments(now)
        reached = now + _SLACK_S  # a wakeup a hair early (float sums) counts as on time
        if self.phase is Phase.COUNTING and reached >= heads_up_at:
            self.phase = Phase.HEADS_UP
            if self.schedule.heads_up_s > 0:
                return self._action(heads_up=True, in_s=max(0.0, due_at - now))
        if self.phase is not Phase.COUNTING and reached >= due_at:
            if self._due_since is None:
                self._due_since = now
            self.phase = Phase.DUE
            if self._held(now, busy):
                return None
            typing = idle_s is not None and idle_s < self.schedule.lull_s
            waited = now - self._due_since
            if typing and idle_s is not None and (patient or waited < self.schedule.lull_max_s):
                # Look again when the lull would be long enough, or the wait is over.
                lull_at = now + self.schedule.lull_s - idle_s
                wait_over = math.inf if patient else self._due_since + self.schedule.lull_max_s
                self._lull_check_at = min(lull_at, wait_over)
                return None
            return self._offer()
        return None

    def _held(self, now: float, busy: Callable[[], str | None] | None) -> bool:
        """Whether the due break waits for the user to be done; sets the next look."""
        reason = busy() if busy is not None else None
        if reason is None:
            self.held_for = None
            self._held_since = None
            return False
        if self._held_since is None:
            self._held_since = now
        if now - self._held_since >= self.schedule.hold_max_s:
            self.held_for = None
            return False  # held long enough: offered after all
        self.held_for = reason
        self._due_since = now  # the wait for a pause in typing starts when the hold ends
        self._lull_check_at = min(
            now + self.schedule.hold_recheck_s, self._held_since + self.schedule.hold_max_s
        )
        return True

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

    def kind_of(self, routine_id: str) -> BreakKind:
        """The kind of break a routine the user picks counts as: the micro routine is a
        micro break, any other a stretch break. (A break the schedule brings has the
        kind it was brought as, whatever its routine.)"""
        return BreakKind.MICRO if routine_id == self.schedule.micro_routine else BreakKind.STRETCH

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
        if self._paused():
            return self._pause_end
        if self._away_since is not None or self.phase is Phase.OFFERED:
            return None
        heads_up_at, due_at = self._moments(now)
        if self.phase is Phase.COUNTING:
            wakeup = max(now, heads_up_at)
        elif self.phase is Phase.HEADS_UP:
            wakeup = max(now, due_at)
        else:  # waiting for a pause in typing
            wakeup = max(now, self._lull_check_at or now)
        if self._close_at is not None:
            return min(wakeup, self._close_at)  # the counters stop when the hours close
        return wakeup

    def coming(self) -> tuple[BreakKind, float] | None:
        """(kind, seconds until it is due) as the tray shows it; None while away or
        paused or while a break is in progress."""
        now = self._now()
        self._bring_up_to_date(now)
        if self._paused() or self._away_since is not None or self.phase is Phase.OFFERED:
            return None
        kind = self._coming(now)[0]
        return kind, max(0.0, self._moments(now)[1] - now)

    def describe(self) -> str | None:
        """The tray's line about the next break, or None when pause status says it all."""
        if self._reminders.seconds_until_resume() is not None:
            return None
        if self._paused():
            return self._closed_line()
        if self._away_since is not None:
            return PlannerWords.tr("You are away: that counts as a break")
        if self.phase is Phase.OFFERED:
            return PlannerWords.tr("Break in progress")
        if self.held_for is not None:
            # The busy probe's reasons are marked for translation in the "BusyReasons"
            # context (adapters/busy_probe.py).
            reason = translate("BusyReasons", self.held_for)
            #: The reason is the busy probe's, such as "full-screen app".
            return PlannerWords.tr("Waiting: {reason}").format(reason=reason)
        coming = self.coming()
        if coming is None:
            return None
        kind, in_s = coming
        if in_s <= 0:
            return kind.pick(
                PlannerWords.tr("Micro break now"), PlannerWords.tr("Stretch break now")
            )
        if in_s < 60:
            return kind.pick(
                PlannerWords.tr("Micro break in less than a minute"),
                PlannerWords.tr("Stretch break in less than a minute"),
            )
        line = kind.pick(
            PlannerWords.tr("Micro break in {minutes} min"),
            PlannerWords.tr("Stretch break in {minutes} min"),
        )
        return line.format(minutes=math.ceil(in_s / 60))

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

    def _paused(self) -> bool:
        """Paused by the user, or outside the active hours."""
        return self._closed_for() > _SLACK_S

    def _closed_for(self) -> float:
        """Seconds until reminders may come again: a pause, then the active hours."""
        left = self._reminders.seconds_until_resume() or 0.0
        hours = self.schedule.active_hours
        if hours is not None:
            wall = self._clock.now() + timedelta(seconds=left)
            left += hours.opens_in(wall)
        return left

    def _sync_pause(self) -> None:
        now, left = self._clock.elapsed(), self._closed_for()
        self._pause_end = now + left if left > 0 else None
        hours = self.schedule.active_hours
        closes_in = hours.closes_in(self._clock.now()) if hours and not left else None
        self._close_at = None if closes_in is None else now + closes_in

    def _closed_line(self) -> str:
        """The tray's line outside the active hours."""
        wall = self._clock.now()
        opens = wall + timedelta(seconds=self._closed_for())
        return when_line(
            opens,
            wall,
            PlannerWords.tr("Outside your active hours: breaks from {time}"),
            PlannerWords.tr("Outside your active hours: breaks from tomorrow {time}"),
            PlannerWords.tr("Outside your active hours: breaks from {day} {time}"),
        )

    def _bring_up_to_date(self, now: float) -> None:
        """Add the active time since the last update: not away, not paused, no break on."""
        start, end = self._last, now
        if self._pause_end is not None:
            start = max(start, min(self._pause_end, now))
        if self._close_at is not None:
            end = min(end, self._close_at)
        if self._away_since is None and self.phase is not Phase.OFFERED and end > start:
            for kind in self._worked:
                self._worked[kind] += end - start
        self._last = max(self._last, now)
        self._sync_pause()

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
        self._sync_pause()
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
        self._due_since = None
        self._lull_check_at = None
        self._held_since = None
        self.held_for = None
        self._offered = None

    def _coming(self, now: float) -> tuple[BreakKind, float]:
        """The next kind of break and the active seconds left until it."""
        schedule = self.schedule
        stretch_left = schedule.stretch_every_s - self._worked[BreakKind.STRETCH]
        if schedule.micro_every_s <= 0:
            return BreakKind.STRETCH, stretch_left
        micro_left = schedule.micro_every_s - self._worked[BreakKind.MICRO]
        if micro_left + schedule.absorb_s >= stretch_left:
            return BreakKind.STRETCH, stretch_left
        return BreakKind.MICRO, micro_left

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
        self._due_since = None
        self._lull_check_at = None
        self._held_since = None
        self.held_for = None
        return self._action(heads_up=False, in_s=0.0, kind=kind)

    def _action(self, heads_up: bool, in_s: float, kind: BreakKind | None = None) -> Action:
        kind = kind or self._coming(self._now())[0]
        return Action(
            kind=kind,
            routine_id=self._routine_for(kind),
            heads_up=heads_up,
            in_s=in_s,
            can_snooze=self.snoozes_in_row < self.schedule.snooze_limit,
            can_skip=self.schedule.can_skip,
        )

    def _routine_for(self, kind: BreakKind) -> str:
        routines: Sequence[str] = self.schedule.stretch_routines
        if kind is BreakKind.MICRO or not routines:
            return self.schedule.micro_routine
        return routines[self._next_stretch % len(routines)]
