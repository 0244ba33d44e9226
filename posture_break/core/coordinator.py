"""Reminders end to end: events in, the planner asked, the desktop told.

The coordinator turns what happens (the wakeup fired, input stopped or came back, the
user picked an action on a reminder, a break window ended) into planner calls, then
does what the planner answers through small ports: one wakeup, one reminder bubble, the
break window. It keeps no schedule of its own; the planner is the only judge of time.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial

from posture_break.core.catalog import Catalog
from posture_break.core.clock import Clock
from posture_break.core.i18n import Context
from posture_break.core.pause import Reminders
from posture_break.core.planner import Phase, Planner
from posture_break.core.ports import (
    BreakPort,
    BusyPort,
    IdlePort,
    Recorder,
    ReminderPort,
    WakeupPort,
)
from posture_break.core.routines import Routine
from posture_break.core.schedule import Action, Schedule
from posture_break.core.status_line import status_line
from posture_break.core.timeline import minutes_label, routine_length_s
from posture_break.core.values import Answer, Break, BreakKind, BreakOutcome, BreakRecord, Offer

CoordinatorWords = Context("CoordinatorWords")


class _BusyUnknownError(Exception):
    """Raised out of Planner.on_wakeup by its `busy` question when no answer is in hand:
    so the busy port is asked only when the planner needs it (a break is due)."""


def _ask_first() -> str | None:
    raise _BusyUnknownError


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
        self._open: Break | None = None  # the break whose window is open
        self._due_at: datetime | None = None  # when the break brought next is due (wall)
        self._asking: object | None = None  # the busy question whose answer is awaited
        self._ids = itertools.count(1)

    def use_shell(self, shell: BreakPort) -> None:
        """Where break windows open: from the start, so that a routine can be started
        before reminders begin."""
        self._shell = shell

    def attach(
        self,
        wakeup: WakeupPort,
        notifier: ReminderPort,
        idle: IdlePort | None,
        busy: BusyPort | None = None,
    ) -> None:
        """Connect the ports that bring breaks by themselves and plan the first wakeup."""
        self._wakeup, self._notifier, self._idle, self._busy = wakeup, notifier, idle, busy
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
        """The wakeup fired. The busy port is asked only when the planner wants to know
        (a break is due); its answer wakes the planner again, unless a newer wake-up came."""
        self._asking = None
        self._wake(_ask_first if self._busy is not None else None)

    def _wake(self, busy: Callable[[], str | None] | None) -> None:
        idle_s = self._idle.idle_seconds() if self._idle is not None else None
        try:
            action = self.planner.on_wakeup(idle_s, busy, patient=not self._opens_unfocused())
        except _BusyUnknownError:
            # The planner asks before it changes anything but its phase and when its wait
            # began, which the wake-up with the answer finds as they are.
            self._asking = question = object()
            if self._busy is not None:
                self._busy.ask(partial(self._on_busy_answer, question))
            return
        if action is not None:
            self._act(action)
        self._replan()

    def _on_busy_answer(self, question: object, reason: str | None) -> None:
        if question is self._asking:  # else stale: a newer wake-up came meanwhile
            self._asking = None
            self._wake(lambda: reason)

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
        """The user picked an action on the heads-up notification (its key is an
        Answer's value)."""
        self._reminding = False
        answer = Answer(key)
        if answer is Answer.START:
            self._open_window(self.planner.start_now(), offer=None)
        else:
            self._put_off(answer, self.planner.next_kind(), self._take_due_at())
        self._replan()

    def start_routine(self, routine: Routine) -> bool:
        """The user opened `routine` from the tray or the command line: a break in
        progress, whatever the planner had coming; a reminder on screen goes. False
        when another routine is still playing."""
        brk = Break(next(self._ids), self.planner.schedule.kind_of(routine.id), routine)
        if self._shell is None or not self._shell.open_break(brk):
            return False
        self._open = brk
        self.planner.start_now()
        self._due_at = None
        self._withdraw()
        self._replan()
        return True

    def on_window_answered(self, brk: Break, answer: Answer) -> None:
        """The break window of `brk` closed before its routine began: put off (snooze)
        or let go (skip) if the schedule brought it; as if never opened if the user
        did."""
        if not self._closing(brk):
            return
        if brk.scheduled:
            self._put_off(answer, brk.kind, brk.due_at)
        else:
            self.planner.cancel_break()
        self._replan()

    def on_window_ended(self, brk: Break, active_s: int, completed: bool) -> None:
        """The routine of `brk` ended (done or stopped) after `active_s` seconds of
        exercise. Any exercise counts: the counters of its kind start again."""
        if not self._closing(brk):
            return
        if active_s > 0:
            self.planner.break_done(brk.kind)
            outcome = BreakOutcome.COMPLETED if completed else BreakOutcome.PARTIAL
            self._note(brk.kind, outcome, brk.routine.id, active_s, brk.due_at)
        elif brk.scheduled:
            self.planner.skip()
            self._note(brk.kind, BreakOutcome.SKIPPED, brk.routine.id, due_at=brk.due_at)
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
        line = status_line(self.planner)
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

    def _closing(self, brk: Break) -> bool:
        """Whether `brk` is the break whose window is open (then it is open no more);
        an answer from a window already replaced is stale and changes nothing."""
        if self._open is None or self._open.id != brk.id:
            return False
        self._open = None
        return True

    def _take_due_at(self) -> datetime:
        """When the break brought now was due: the moment the heads-up named, or now."""
        due_at, self._due_at = self._due_at, None
        return due_at or self._clock.now()

    def _put_off(self, answer: Answer, kind: BreakKind, due_at: datetime | None) -> None:
        if answer is Answer.SNOOZE and self.planner.snooze():
            self._note(kind, BreakOutcome.SNOOZED, due_at=due_at)
        else:
            self.planner.skip()
            self._note(kind, BreakOutcome.SKIPPED, due_at=due_at)

    def _note(
        self,
        kind: BreakKind,
        outcome: BreakOutcome,
        routine_id: str | None = None,
        seconds: float = 0,
        due_at: datetime | None = None,
    ) -> None:
        """Record a break; `due_at` for one the schedule brought."""
        now = self._clock.now()
        self._record(BreakRecord(now, kind, outcome, routine_id, round(seconds), due_at))

    def _after_presence_change(self) -> None:
        if self.planner.phase is Phase.COUNTING:
            self._withdraw()  # a heads-up from before they left is stale
        self._replan()

    def _opens_unfocused(self) -> bool:
        return self._shell is None or self._shell.opens_unfocused()

    def _act(self, action: Action) -> None:
        if action.heads_up:
            minutes = max(1, round(action.in_s / 60))
            title = action.kind.pick(
                CoordinatorWords.tr("Micro break in %n minute(s)", None, minutes),
                CoordinatorWords.tr("Stretch break in %n minute(s)", None, minutes),
            )
            self._due_at = self._clock.now() + timedelta(seconds=action.in_s)
            self._remind(action, title)
        elif self._idle is None and not self._opens_unfocused():
            # No pause in typing can be seen, and a window would take the keyboard: the
            # notification is the offer, and the window opens when the user says Start.
            self._remind(action, self._offer_for(action).title)
        else:
            self._withdraw()
            self._open_window(action, self._offer_for(action))

    def _remind(self, action: Action, title: str) -> None:
        """A notification about the break `action` brings, with Start now, Later and
        Skip as the settings allow."""
        routine = self._catalog.routine(action.routine_id)
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
        offer = self._offer_for(action)
        actions = [(Answer.START.value, CoordinatorWords.tr("Start now"))]
        if offer.snooze_min:
            actions.append((Answer.SNOOZE.value, offer.snooze_label))
        if offer.can_skip:
            actions.append((Answer.SKIP.value, CoordinatorWords.tr("Skip")))
        if self._notifier is not None:
            self._notifier.remind(title, body, actions, self.on_reminder_action)
            self._reminding = True

    def _open_window(self, action: Action, offer: Offer | None) -> None:
        """Open the break the planner brought, with an offer page or (the user said
        Start now) straight into its routine. A break that cannot open (its routine did
        not load, or another is playing) is let go."""
        due_at = self._take_due_at()
        routine = self._catalog.routine(action.routine_id)
        if routine is None:
            self._put_off(Answer.SKIP, action.kind, due_at)
            return
        brk = Break(next(self._ids), action.kind, routine, due_at, offer)
        self._open = brk
        if self._shell is not None and not self._shell.open_break(brk):
            self._open = None
            self._put_off(Answer.SKIP, action.kind, due_at)

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
            self._note(kind, BreakOutcome.NATURAL, None, away_s)
        if self._shell is not None:
            self._shell.reminders_changed()
