"""A routine being made or changed in the routine editor, before it is a file.

    draft = draft_of(catalog.routine("desk-neck"))   # or RoutineDraft("my-break")
    draft.steps.append(StepDraft("chin-tuck", sets=2))
    text = routine_toml(draft)                       # the file the loader will read

A step keeps only what it changes of its exercise's own dose (None: as the exercise
has it), as a person writes a routine file; the dose it plays is the loader's rule,
worked out here the same way for the editor to show as it is typed. Whether the file
loads is never decided here: draft_check.py runs the loader on it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from posture_break.core.routines import Dose, Exercise, Routine, RoutineItem
from posture_break.core.toml_writer import dumps

DOSE_KEYS = ("sets", "hold_s", "reps", "rep_s", "rest_s")


@dataclass
class StepDraft:
    """One step: an exercise by id and the dose numbers this routine changes."""

    exercise: str
    sets: int | None = None
    hold_s: int | None = None
    reps: int | None = None
    rep_s: int | None = None
    rest_s: int | None = None

    def overrides(self) -> dict[str, int]:
        """The dose keys this step gives, as the routine file has them."""
        return {key: getattr(self, key) for key in DOSE_KEYS if getattr(self, key) is not None}

    def dose(self, exercise: Exercise) -> Dose:
        """The dose this step plays: the exercise's own with the step's numbers over it.
        The editor offers a hold only for a held exercise and repetitions only for a
        repeated one, so the numbers always make a whole dose."""
        base = exercise.dose
        changes = self.overrides()
        if base.is_hold:
            changes.pop("reps", None)
            changes.pop("rep_s", None)
        else:
            changes.pop("hold_s", None)
        return replace(base, **changes)


@dataclass
class RoutineDraft:
    """A routine as the editor holds it: `id` is its file's name without .toml."""

    id: str
    name: str = ""
    summary: str = ""
    steps: list[StepDraft] = field(default_factory=list)

    def routine(self, exercises: Iterable[Exercise]) -> Routine | None:
        """The routine as it would play, for its length; None while a step names no
        exercise there is or there are no steps."""
        by_id = {exercise.id: exercise for exercise in exercises}
        items = []
        for step in self.steps:
            exercise = by_id.get(step.exercise)
            if exercise is None:
                return None
            items.append(RoutineItem(exercise, step.dose(exercise)))
        return Routine(self.id, self.name, self.summary, tuple(items)) if items else None


def draft_of(routine: Routine, new_id: str | None = None) -> RoutineDraft:
    """A draft of a routine that loaded: each step gives the numbers in which its dose
    differs from its exercise's own. `new_id`: a copy of it under another id."""
    steps = []
    for item in routine.items:
        own, played = item.exercise.dose, item.dose
        differs = {
            key: getattr(played, key)
            for key in DOSE_KEYS
            if getattr(played, key) != getattr(own, key) and getattr(played, key) is not None
        }
        steps.append(StepDraft(item.exercise.id, **differs))
    return RoutineDraft(new_id or routine.id, routine.name, routine.summary, steps)


def routine_toml(draft: RoutineDraft) -> str:
    """The routine file for `draft`, as the README's example writes one."""
    data: dict[str, Any] = {"name": draft.name.strip()}
    if draft.summary.strip():
        data["summary"] = draft.summary.strip()
    data["step"] = [{"exercise": step.exercise, **step.overrides()} for step in draft.steps]
    return dumps(data)


def new_id(name: str, taken: Collection[str], fallback: str = "routine") -> str:
    """A file id for a new routine (or exercise) called `name`: its letters and digits in
    lower case, words joined by hyphens ("Lunch stretch" → "lunch-stretch"), then "-2",
    "-3"... if `taken` has it. Letters with accents lose them; a name with none left is
    `fallback`."""
    plain = unicodedata.normalize("NFKD", name.casefold()).encode("ascii", "ignore").decode()
    wanted = "-".join(re.findall(r"[a-z0-9]+", plain))[:40].strip("-") or fallback
    found, number = wanted, 2
    while found in taken:
        found = f"{wanted}-{number}"
        number += 1
    return found
