"""What loaded: every routine and exercise, routines in menu order."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import NamedTuple

from posture_break.core.routines import Exercise, Routine

SHIPPED_ORDER = ("posture-reset", "desk-neck", "rhomboid-relief", "full-upper-back")
DEFAULT_ROUTINE_ID = "desk-neck"


class Catalog(NamedTuple):
    """Every routine and exercise that loaded, routines in menu order."""

    routines: tuple[Routine, ...]
    exercises: tuple[Exercise, ...]  # by id
    default_id: str | None  # DEFAULT_ROUTINE_ID, else the first routine; None if none loaded
    notes: tuple[str, ...] = ()  # user files that replace shipped ones, in words

    def routine(self, routine_id: str) -> Routine | None:
        return next((r for r in self.routines if r.id == routine_id), None)

    def exercise(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)

    def default(self) -> Routine | None:
        return None if self.default_id is None else self.routine(self.default_id)

    def without(self, exercise_ids: Collection[str]) -> Catalog:
        """The catalog with these exercises taken out of every routine (the user's
        "leave out"); a routine left with no exercise is gone from the menu."""
        if not exercise_ids:
            return self
        left_out = set(exercise_ids)
        routines = []
        for routine in self.routines:
            items = tuple(item for item in routine.items if item.exercise.id not in left_out)
            if items:
                routines.append(replace(routine, items=items))
        ids = [routine.id for routine in routines]
        default = self.default_id if self.default_id in ids else (ids[0] if ids else None)
        return self._replace(routines=tuple(routines), default_id=default)
