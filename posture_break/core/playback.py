"""Playing a routine: a player that walks its timeline (timeline.py).

    player = Player(routine, clock)
    player.start(); player.view()             # PlayerView: what the window shows now
    player.next_change()                      # clock.elapsed() when the view next changes

The player stores only when the current segment began (moved on by pauses) and derives
everything else from clock.elapsed(), so a late or missed tick never drifts, and after
a long gap (the machine slept) the next call walks through every segment that ended
meanwhile: segment ends follow from durations, not from when anyone looked.

back() works like a music player's: more than BACK_RESTART_S into a segment it starts
that segment again, otherwise it goes to the one before.

The timeline itself (segments, a routine's length) lives in timeline.py, which the start
loads without the player.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from posture_break.core.clock import Clock
from posture_break.core.routines import Exercise, Routine, Side
from posture_break.core.timeline import USUAL_TIMING, SegmentKind, Timing, timeline

__all__ = [
    "BACK_RESTART_S",
    "Done",
    "Outcome",
    "Player",
    "PlayerView",
]

BACK_RESTART_S = 2.0
_EPS = 1e-6  # float slack, so a tick exactly on a whole second counts as reaching it


@dataclass(frozen=True)
class PlayerView:
    """Everything the break window shows at one moment."""

    kind: SegmentKind
    exercise: Exercise  # for pauses, the coming one; when finished, the last one
    side: Side | None
    set_no: int
    sets: int
    rep: int  # 1..reps while doing reps, else 0
    reps: int
    rep_s: int  # seconds per repetition while doing reps, else 0
    remaining_s: int  # whole seconds left, rounded up: a 30 s hold shows 30 first
    segment_progress: float  # 0..1
    progress: float  # 0..1 over the whole routine
    step_no: int  # which exercise, from 1 ...
    step_count: int  # ... of how many
    next_name: str | None  # while preparing, resting or switching: what comes next
    paused: bool
    finished: bool


@dataclass(frozen=True)
class Done:
    """What was done of one exercise on one side (None: no sides, or both at once)."""

    exercise: Exercise
    side: Side | None
    sets_done: int  # sets played to their end
    sets: int
    seconds: int  # time spent on it, partly done sets included


@dataclass(frozen=True)
class Outcome:
    completed: bool  # the routine reached its end (skips included)
    active_s: int  # seconds played, pauses not counted
    done: tuple[Done, ...]  # in routine order; only exercises with time spent on them


class Player:
    """Plays one routine against a clock; see the module docstring for the rules.

    After stop(), the view stays as it was at the stop and next_change() is None.
    """

    def __init__(self, routine: Routine, clock: Clock, timing: Timing = USUAL_TIMING) -> None:
        self.routine = routine
        self.segments = timeline(routine, timing)
        self._clock = clock
        self._offsets = [0]
        for segment in self.segments:
            self._offsets.append(self._offsets[-1] + segment.duration_s)
        self._index = 0
        self._started_at: float | None = None  # elapsed() when this segment began, + pauses
        self._paused_at: float | None = None
        self._stopped = False
        self._spent: dict[int, float] = {}  # segment index -> seconds, earlier visits
        self._completed: set[int] = set()  # work segments played to their end

    # Commands ------------------------------------------------------------------------

    def start(self) -> None:
        if self._started_at is None and not self._stopped:
            self._started_at = self._clock.elapsed()

    def pause(self) -> None:
        if self._can_move() and self._paused_at is None:
            self._paused_at = self._clock.elapsed()

    def resume(self) -> None:
        if self._paused_at is not None and not self._stopped and self._started_at is not None:
            self._started_at += self._clock.elapsed() - self._paused_at
            self._paused_at = None

    def toggle_pause(self) -> None:
        if self._paused_at is None:
            self.pause()
        else:
            self.resume()

    def skip(self) -> None:
        """On to the next segment."""
        if self._can_move():
            self._leave()
            self._index += 1
            self._started_at = self._now()

    def back(self) -> None:
        """Start this segment again, or go to the one before if it has only just begun."""
        if self._can_move():
            into = self._into()
            self._leave()
            if into <= BACK_RESTART_S and self._index > 0:
                self._index -= 1
            self._started_at = self._now()

    def stop(self) -> Outcome:
        """End the run here; what was done. Stopping twice changes nothing."""
        self._catch_up()
        if not self._stopped and self._paused_at is None:
            self._paused_at = self._clock.elapsed()
        self._stopped = True
        return self.record()

    # Questions -----------------------------------------------------------------------

    def view(self) -> PlayerView:
        self._catch_up()
        segment = self.segments[self._index]
        into = self._into()
        whole = math.floor(into + _EPS)
        rep = 0
        if segment.kind is SegmentKind.REPS:
            rep = min(segment.reps, whole // segment.rep_s + 1)
        pausing = segment.kind in (SegmentKind.PREPARE, SegmentKind.REST, SegmentKind.SWITCH_SIDES)
        return PlayerView(
            kind=segment.kind,
            exercise=segment.exercise,
            side=segment.side,
            set_no=segment.set_no,
            sets=segment.sets,
            rep=rep,
            reps=segment.reps,
            rep_s=segment.rep_s,
            remaining_s=max(0, segment.duration_s - whole),
            segment_progress=into / segment.duration_s if segment.duration_s else 1.0,
            progress=(self._offsets[self._index] + into) / max(1, self._offsets[-1]),
            step_no=segment.step_index + 1,
            step_count=len(self.routine.items),
            next_name=segment.exercise.name if pausing else None,
            paused=self._paused_at is not None and not self._stopped,
            finished=self._finished(),
        )

    def next_change(self) -> float | None:
        """The clock.elapsed() at which the view next changes: the next whole second of
        the segment (countdowns and rep beats both fall on them). None while nothing moves.
        """
        self._catch_up()
        if not self._can_move() or self._paused_at is not None or self._started_at is None:
            return None
        return self._started_at + math.floor(self._into() + _EPS) + 1

    def record(self) -> Outcome:
        """What has been done so far."""
        self._catch_up()
        spent = dict(self._spent)
        if not self._finished():
            spent[self._index] = spent.get(self._index, 0.0) + self._into()
        groups: dict[tuple[int, Side | None], list[int]] = {}
        for index, segment in enumerate(self.segments):
            if segment.is_work:
                groups.setdefault((segment.step_index, segment.side), []).append(index)
        done = []
        for indices in groups.values():
            seconds = sum(spent.get(index, 0.0) for index in indices)
            if seconds > _EPS:
                first = self.segments[indices[0]]
                sets_done = len(self._completed.intersection(indices))
                done.append(Done(first.exercise, first.side, sets_done, first.sets, round(seconds)))
        return Outcome(self._finished(), round(sum(spent.values())), tuple(done))

    # Inside --------------------------------------------------------------------------

    def _now(self) -> float:
        return self._clock.elapsed() if self._paused_at is None else self._paused_at

    def _into(self) -> float:
        """Seconds into the current segment, 0 before the start."""
        if self._started_at is None:
            return 0.0
        duration = self.segments[self._index].duration_s
        return min(max(0.0, self._now() - self._started_at), float(duration))

    def _finished(self) -> bool:
        return self.segments[self._index].kind is SegmentKind.FINISHED

    def _can_move(self) -> bool:
        self._catch_up()
        return self._started_at is not None and not self._stopped and not self._finished()

    def _leave(self) -> None:
        self._spent[self._index] = self._spent.get(self._index, 0.0) + self._into()

    def _catch_up(self) -> None:
        """Walk through every segment whose time is up; each ends at its start + duration."""
        if self._started_at is None or self._paused_at is not None:
            return
        now = self._clock.elapsed()
        while not self._finished():
            duration = self.segments[self._index].duration_s
            if now - self._started_at + _EPS < duration:
                return
            self._spent[self._index] = self._spent.get(self._index, 0.0) + duration
            if self.segments[self._index].is_work:
                self._completed.add(self._index)
            self._started_at += duration
            self._index += 1
