"""A routine as the timed segments it plays, and its length: what the menu, the
settings and the schedule need, without the player (playback.py), which loads with the
first break window.

    segments = timeline(routine)              # Prepare, Hold/Reps, Rest, SwitchSides, ..., Finished
    minutes_label(routine_length_s(routine))  # "3 min", for the menu

For each exercise a get-ready segment, long enough to read its steps, and
longer when the body has to move first (from the chair to standing or to a wall, and
back: the break starts seated at the desk); then each side in turn (left, then right; one pass
for exercises without sides or done with both at once) separated by a switch-sides
cue, and on each side every set separated by a rest. It ends with Finished (0 s).
A segment that pauses (prepare, rest, switch sides) describes the work that follows
it: its exercise, side and set are the coming ones.
"""

from __future__ import annotations

import math
from enum import Enum
from typing import NamedTuple

from posture_break.core.i18n import Context
from posture_break.core.routines import Exercise, Posture, Routine, Side, Sides

__all__ = [
    "USUAL_TIMING",
    "Segment",
    "SegmentKind",
    "Timing",
    "minutes_label",
    "routine_length_s",
    "sides_played",
    "timeline",
    "whole_minutes",
]

PlaybackWords = Context("PlaybackWords")


class SegmentKind(Enum):
    PREPARE = "prepare"  # get ready, or change position for the next exercise
    HOLD = "hold"
    REPS = "reps"
    REST = "rest"  # between sets
    SWITCH_SIDES = "switch-sides"
    FINISHED = "finished"


class Timing(NamedTuple):
    """Seconds of the pauses the player adds; rests between sets come from each dose.

    Ten seconds read an exercise's steps and tips (about 40 words); standing up or
    getting to a wall takes five more."""

    get_ready_s: int = 10  # before an exercise done in the same position as the last
    move_s: int = 15  # before one done in another position
    switch_sides_s: int = 5


USUAL_TIMING = Timing()


class Segment(NamedTuple):
    kind: SegmentKind
    duration_s: int
    step_index: int  # which routine item, from 0
    exercise: Exercise
    side: Side | None
    set_no: int  # from 1; 0 for Finished
    sets: int
    reps: int = 0  # for REPS only
    rep_s: int = 0

    @property
    def is_work(self) -> bool:
        return self.kind in (SegmentKind.HOLD, SegmentKind.REPS)


def timeline(routine: Routine, timing: Timing = USUAL_TIMING) -> tuple[Segment, ...]:
    """The routine as the segments it plays, in order; pauses of 0 s are left out."""
    segments: list[Segment] = []

    def pause(kind: SegmentKind, seconds: int, index: int, side: Side | None, set_no: int) -> None:
        if seconds > 0:
            item = routine.items[index]
            segment = Segment(kind, seconds, index, item.exercise, side, set_no, item.dose.sets)
            segments.append(segment)

    posture = Posture.SEATED  # a break begins at the desk
    for index, item in enumerate(routine.items):
        dose, sides = item.dose, sides_played(item.exercise.sides)
        moves = item.exercise.posture is not posture
        posture = item.exercise.posture
        prepare_s = timing.move_s if moves else timing.get_ready_s
        pause(SegmentKind.PREPARE, prepare_s, index, sides[0], 1)
        for side_no, side in enumerate(sides):
            if side_no > 0:
                pause(SegmentKind.SWITCH_SIDES, timing.switch_sides_s, index, side, 1)
            for set_no in range(1, dose.sets + 1):
                if set_no > 1:
                    pause(SegmentKind.REST, dose.rest_s, index, side, set_no)
                kind = SegmentKind.HOLD if dose.is_hold else SegmentKind.REPS
                work = Segment(
                    kind,
                    dose.work_s,
                    index,
                    item.exercise,
                    side,
                    set_no,
                    dose.sets,
                    reps=dose.reps or 0,
                    rep_s=dose.rep_s or 0,
                )
                segments.append(work)
    last = routine.items[-1]
    end = Segment(SegmentKind.FINISHED, 0, len(routine.items) - 1, last.exercise, None, 0, 0)
    return (*segments, end)


def sides_played(sides: Sides) -> tuple[Side | None, ...]:
    """The passes an exercise gets: left then right, or one pass (None) without sides."""
    return (Side.LEFT, Side.RIGHT) if sides is Sides.LEFT_AND_RIGHT else (None,)


def routine_length_s(routine: Routine, timing: Timing = USUAL_TIMING) -> int:
    """How long the routine plays without pauses or skips, in seconds."""
    return sum(segment.duration_s for segment in timeline(routine, timing))


def whole_minutes(length_s: float) -> int:
    """The nearest whole number of minutes, at least 1; an exact half rounds down, so
    3 min 30 s reads "3 min"."""
    return max(1, math.ceil(length_s / 60 - 0.5))


def minutes_label(length_s: float) -> str:
    """A length for the menu: "1 min", "12 min"."""
    return PlaybackWords.tr("{minutes} min").format(minutes=whole_minutes(length_s))
