"""The planner's numbers, and what it answers when a moment comes.

Plain values: core/in_effect.py makes a Schedule from the user's settings, the planner
(core/planner.py) reads it and answers with Actions.
"""

from __future__ import annotations

from typing import NamedTuple

from posture_break.core.active_hours import ActiveHours
from posture_break.core.settings import Settings
from posture_break.core.values import BreakKind

_USUAL = Settings()  # a schedule's defaults are the settings' defaults


class Schedule(NamedTuple):
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
            name: getattr(self, name) * factor for name in self._fields if name.endswith("_s")
        }
        return self._replace(**seconds)

    def next_break(self, micro_worked_s: float, stretch_worked_s: float) -> tuple[BreakKind, float]:
        """The kind of the next break and the active seconds left until it, after the
        work each counter holds: a micro break that would come less than absorb_s
        before the stretch break is absorbed by it."""
        stretch_left = self.stretch_every_s - stretch_worked_s
        if self.micro_every_s <= 0:
            return BreakKind.STRETCH, stretch_left
        micro_left = self.micro_every_s - micro_worked_s
        if micro_left + self.absorb_s >= stretch_left:
            return BreakKind.STRETCH, stretch_left
        return BreakKind.MICRO, micro_left

    def routine_for(self, kind: BreakKind, turn: int) -> str:
        """The routine of a break of `kind`; stretch routines take turns."""
        if kind is BreakKind.MICRO or not self.stretch_routines:
            return self.micro_routine
        return self.stretch_routines[turn % len(self.stretch_routines)]

    def kind_of(self, routine_id: str) -> BreakKind:
        """The kind of break a routine the user picks counts as: the micro routine is a
        micro break, any other a stretch break. (A break the schedule brings has the
        kind it was brought as, whatever its routine.)"""
        return BreakKind.MICRO if routine_id == self.micro_routine else BreakKind.STRETCH


class Action(NamedTuple):
    """What the app should do now: give a heads-up, or offer the break."""

    kind: BreakKind
    routine_id: str
    heads_up: bool  # True: a notification that the break is coming; False: offer it now
    in_s: float  # for a heads-up: seconds until the break
    can_snooze: bool
    can_skip: bool = True
