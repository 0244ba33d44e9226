"""Reminders end to end: events in, the planner asked, the desktop told.

The coordinator turns what happens (the wakeup fired, input stopped or came back, the
user picked an action on a reminder, a break window ended) into planner calls, then
does what the planner answers through small ports: one wakeup, one reminder bubble, the
break window. It keeps no schedule of its own; the planner is the only judge of time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from posture_break.core.active_hours import ActiveHours
from posture_break.core.clock import Clock
from posture_break.core.i18n import Context
from posture_break.core.pause import Reminders
from posture_break.core.planner import Action, BreakKind, Phase, Planner, Schedule
from posture_break.core.playback import minutes_label, routine_length_s
from posture_break.core.routine_loader import Catalog
from posture_break.core.settings import Settings

# Keys of the reminder's actions, shared with the break window's offer page.
START, SNOOZE, SKIP = "start", "snooze", "skip"
CoordinatorWords = Context("CoordinatorWords")


@dataclass(frozen=True)
class BreakRecord:
    """One break as the history keeps it: how it went, and when (wall time)."""

    at: datetime
    kind: BreakKind
    outcome: str  # completed, partial, skipped, snoozed or natural
    routine_id: str | None = None
    seconds: int = 0  # of exercise, or of time away for a natural break
    due_at: datetime | None = None  # when the break was due, if it was scheduled


Recorder = Callable[[BreakRecord], None]


@dataclass(frozen=True)
class Offer:
    """A due break, offered rather than started: the heading of the window's first page
    and how the user may answer besides Start."""

    title: str
    snooze_min: int = 0  # minutes "later" puts it off by; 0: it cannot be put off (again)
    can_skip: bool = True

    @property
    def snooze_label(self) -> str:
        #: Puts the break off, on the reminder and in the break window: "In 5 minutes".
        return CoordinatorWords.tr("In %n minute(s)", None, self.snooze_min)


class WakeupPort(Protocol):
    def arm(self, delay_s: float | None) -> None:
        """Call Coordinator.on_due once, delay_s seconds from now; None: not at all."""


class ReminderPort(Protocol):
    def remind(
        self,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]],
        on_action: Callable[[str], None],
    ) -> None: ...

    def withdraw(self) -> None: ...


class IdlePort(Protocol):
    def idle_seconds(self) -> float: ...


class BusyPort(Protocol):
    def reason(self) -> str | None:
        """Why the user should not be interrupted now ("full-screen app"), or None."""


class BreakPort(Protocol):
    def offer_break(self, routine_id: str, offer: Offer | None) -> None:
        """Open the break window for a due break, without taking the keyboard; None:
        the user asked for this break, so it starts at once."""

    def reminders_changed(self) -> None:
        """What the tray shows has changed."""


def schedule_for(settings: Settings, catalog: Catalog) -> Schedule:
    """The planner's numbers from the user's settings and the routines' real lengths.

    `catalog` is the one in use (exercises the user leaves out already taken out).
    Stretch routines that do not exist (a user's file that did not load) are passed
    over; if none is left, the shipped rotation, and failing that the micro routine."""
    base = Schedule()
    micro = catalog.routine(base.micro_routine) or catalog.default()
    stretches = [r for rid in settings.stretch_routines if (r := catalog.routine(rid))]
    if not stretches:
        stretches = [r for rid in base.stretch_routines if (r := catalog.routine(rid))]
    stretch_lengths = [routine_length_s(routine) for routine in stretches]
    week = settings.week()
    return Schedule(
        stretch_every_s=settings.stretch_every_min * 60,
        micro_every_s=settings.micro_every_min * 60,
        idle_after_s=settings.idle_after_s,
        heads_up_s=settings.heads_up_s,
        snooze_s=settings.snooze_min * 60,
        snooze_limit=settings.snooze_limit,
        hold_max_s=settings.hold_max_min * 60 if settings.hold_when_busy else 0,
        micro_routine=micro.id if micro else base.micro_routine,
        micro_length_s=routine_length_s(micro) if micro else base.micro_length_s,
        stretch_routines=tuple(r.id for r in stretches) or ((micro.id,) if micro else ()),
        stretch_length_s=min(stretch_lengths, default=base.stretch_length_s),
        can_skip=settings.allow_skip,
        natural_breaks=settings.natural_breaks,
        active_hours=ActiveHours(week) if settings.active_hours and any(week) else None,
    )


class Coordinator:
    def __init__(
        self,
        clock: Clock,
        reminders: Reminders,
        planner: Planner,
        catalog: Catalog,
        record: Recorder,
    ) -> None:
        self._clock = clock
        self._record = record
        self._reminders = reminders
        self.planner = planner
        self._catalog = catalog
        self._wakeup: WakeupPort | None = None
        self._notifier: ReminderPort | None = None
        self._idle: IdlePort | None = None
        self._busy: BusyPort | None = None
        self._shell: BreakPort | None = None
        self._reminding = False  # a reminder bubble is on screen
        self._scheduled = False  # the open break window was offered by the planner
        self._due_at: datetime | None = None  # when the break on offer was due (wall)

    def attach(
        self,
        wakeup: WakeupPort,
        notifier: ReminderPort,
        shell: BreakPort,
        idle: IdlePort | None,
        busy: BusyPort | None = None,
    ) -> None:
        """Connect the ports and plan the first wakeup."""
        self._wakeup, self._notifier, self._shell, self._idle = wakeup, notifier, shell, idle
        self._busy = busy
        self._replan()

    def use(self, schedule: Schedule, catalog: Catalog) -> None:
        """New settings: the planner keeps its counters; the next wakeup is planned anew
        (an interval made shorter than the work already done brings the break now)."""
        self._catalog = catalog
        self.planner.use_schedule(schedule)
        self._replan()
        if self._shell is not None:
            self._shell.reminders_changed()

    # Events ---------------------------------------------------------------------------

    def on_due(self) -> None:
        idle_s = self._idle.idle_seconds() if self._idle is not None else None
        busy = self._busy.reason if self._busy is not None else None
        action = self.planner.on_wakeup(idle_s, busy)
        if action is not None:
            self._act(action)
        self._replan()

    def on_idle(self, idle_s: float) -> None:
        self.planner.on_idle(idle_s)
        self._after_presence_change()

    def on_active(self, since_input_s: float = 0.0) -> None:
        """Input again, `since_input_s` ago (an idle source that looks now and then
        notices a return late), or the screen unlocked."""
        self.planner.on_active(since_input_s)
        self._after_presence_change()

    def on_locked(self) -> None:
        self.planner.on_locked()
        self._after_presence_change()

    def on_sleep(self, going: bool) -> None:
        """The machine is about to sleep (True) or has woken (False). The planner sees
        sleep from its two clocks anyway; on waking the wakeup is re-armed, as its
        timer did not count the time asleep."""
        if not going:
            self._replan()

    def on_reminder_action(self, key: str) -> None:
        """The user picked an action on the heads-up notification."""
        self._reminding = False
        if key == START:
            self._offer(self.planner.start_now(), start_at_once=True)
        else:
            self._put_off(key)
        self._replan()

    def on_routine_started(self, routine_id: str) -> None:
        """A routine was opened from the tray or the command line: a break in progress,
        whatever the planner had coming; a reminder on screen goes."""
        self.planner.start_now()
        self._scheduled = False
        self._due_at = None
        self._withdraw()
        self._replan()

    def on_window_answered(self, key: str) -> None:
        """The break window closed before its routine began: put off ("snooze") or let
        go ("skip") if the planner offered it; as if never opened if the user did."""
        if self._scheduled:
            self._put_off(key)
        else:
            self.planner.cancel_break()
        self._replan()

    def on_window_ended(self, routine_id: str, active_s: int, completed: bool) -> None:
        """The break window's routine ended (done or stopped) after `active_s` seconds
        of exercise. Any exercise counts: the counters start again."""
        if active_s > 0:
            micro = routine_id == self.planner.schedule.micro_routine
            kind = BreakKind.MICRO if micro else BreakKind.STRETCH
            self.planner.break_done(kind)
            outcome = "completed" if completed else "partial"
            self._note(kind, outcome, routine_id, active_s, due=self._scheduled)
        elif self._scheduled:
            self._note(self.planner.skip(), "skipped", routine_id, due=True)
        else:
            self.planner.cancel_break()
        self._replan()

    def pause_changing(self) -> None:
        """Call before and after the pause switch changes (Control does)."""
        self.planner.on_pause_changed()

    def pause_changed(self) -> None:
        self.planner.on_pause_changed()
        if self._reminders.seconds_until_resume() is not None:
            self._withdraw()
        self._replan()

    # Questions -------------------------------------------------------------------------

    def status(self) -> tuple[str, str] | None:
        """(menu line, tooltip) about the next break; None while paused. The menu line
        is read when the menu opens ("Stretch break in 23 min"); the tooltip is set when
        something happens and must not go stale, so it names a time instead."""
        line = self.planner.describe()
        if line is None:
            return None
        coming = self.planner.coming()
        if coming is None:
            return line, line
        kind, in_s = coming
        at = self._clock.now() + timedelta(seconds=in_s)
        tooltip = kind.pick(
            CoordinatorWords.tr("Micro break at about {time}"),
            CoordinatorWords.tr("Stretch break at about {time}"),
        )
        return line, tooltip.format(time=f"{at:%H:%M}")

    # Inside ----------------------------------------------------------------------------

    def _put_off(self, key: str) -> None:
        kind = self.planner.next_kind()
        if key == SNOOZE and self.planner.snooze():
            self._note(kind, "snoozed", due=True)
        else:
            self._note(self.planner.skip(), "skipped", due=True)

    def _note(
        self,
        kind: BreakKind,
        outcome: str,
        routine_id: str | None = None,
        seconds: float = 0,
        due: bool = False,
    ) -> None:
        """Record a break; `due`: it is the answer to the break the planner brought,
        which is then settled (a snoozed one gets a new due time with its heads-up)."""
        due_at = self._due_at if due else None
        if due:
            self._due_at = None
        now = self._clock.now()
        self._record(BreakRecord(now, kind, outcome, routine_id, round(seconds), due_at))

    def _after_presence_change(self) -> None:
        if self.planner.phase is Phase.COUNTING:
            self._withdraw()  # a heads-up from before they left is stale
        self._replan()

    def _act(self, action: Action) -> None:
        if action.heads_up:
            self._heads_up(action)
        else:
            self._withdraw()
            self._offer(action, start_at_once=False)

    def _heads_up(self, action: Action) -> None:
        routine = self._catalog.routine(action.routine_id)
        minutes = max(1, round(action.in_s / 60))
        title = action.kind.pick(
            CoordinatorWords.tr("Micro break in %n minute(s)", None, minutes),
            CoordinatorWords.tr("Stretch break in %n minute(s)", None, minutes),
        )
        if routine is None:
            body = CoordinatorWords.tr("{routine}. Stand up, or get comfortable in your chair.")
            body = body.format(routine=action.routine_id)
        else:
            #: The routine's name and length, "Desk neck release, 4 min".
            body = CoordinatorWords.tr(
                "{routine}, {length}. Stand up, or get comfortable in your chair."
            )
            body = body.format(
                routine=routine.name, length=minutes_label(routine_length_s(routine))
            )
        self._due_at = self._clock.now() + timedelta(seconds=action.in_s)
        offer = self._offer_for(action)
        actions = [(START, CoordinatorWords.tr("Start now"))]
        if offer.snooze_min:
            actions.append((SNOOZE, offer.snooze_label))
        if offer.can_skip:
            actions.append((SKIP, CoordinatorWords.tr("Skip")))
        if self._notifier is not None:
            self._notifier.remind(title, body, actions, self.on_reminder_action)
            self._reminding = True

    def _offer(self, action: Action, start_at_once: bool) -> None:
        self._scheduled = True
        if self._due_at is None:
            self._due_at = self._clock.now()
        if self._shell is None:
            return
        # The user asked for it: no offer page, straight in.
        offer = None if start_at_once else self._offer_for(action)
        self._shell.offer_break(action.routine_id, offer)

    def _offer_for(self, action: Action) -> Offer:
        """How the break window and the reminder put this break to the user."""
        minutes = max(1, round(self.planner.schedule.snooze_s / 60))
        title = action.kind.pick(
            CoordinatorWords.tr("Time for a micro break"),
            CoordinatorWords.tr("Time for a stretch break"),
        )
        return Offer(title, minutes if action.can_snooze else 0, action.can_skip)

    def _withdraw(self) -> None:
        if self._reminding and self._notifier is not None:
            self._notifier.withdraw()
        self._reminding = False

    def _replan(self) -> None:
        due = self.planner.next_wakeup()  # first: it notices a sleep since the last look
        if self._wakeup is not None:
            self._wakeup.arm(None if due is None else max(0.0, due - self._clock.elapsed()))
        for kind, away_s in self.planner.natural_breaks():
            self._note(kind, "natural", None, away_s)
        if self._shell is not None:
            self._shell.reminders_changed()
