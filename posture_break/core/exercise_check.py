"""Whether an exercise draft would load, judged by the loader itself on the data folder as
it would be with the draft saved, and with the picture picked for it copied in
(overlay_folder.py), before a byte is written.

The problems are the ones `posture-break check` would print for the file, in its words,
less the last sentence on what becomes of the file (the editor's Save button says
that); `exercise_place` says which of the editor's fields each one belongs beside.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from posture_break.core.content_files import Folder, RoutineFileWords
from posture_break.core.exercise_draft import ExerciseDraft, exercise_toml
from posture_break.core.overlay_folder import AddedFile, overlaid
from posture_break.core.problems import Problem, without_ending
from posture_break.core.routine_loader import load_catalog
from posture_break.core.routines import Exercise

# The editor's fields, by the keys the loader names in a problem's `where`.
FIELDS = (
    "name", "purpose", "steps", "sides", "posture", "equipment", "cues", "cautions",
    "illustration", "dose",
)  # fmt: skip


@dataclass(frozen=True)
class Picture:
    """A picture picked for the exercise and not copied yet: its name in the user's
    illustrations folder, and its bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class ExerciseCheck:
    """The exercise as it would load (None: it would not), and what is wrong with it."""

    exercise: Exercise | None
    problems: tuple[Problem, ...]


def check_exercise(
    draft: ExerciseDraft, shipped: Folder, data: Path, picture: Picture | None
) -> ExerciseCheck:
    """Load the shipped content and the user's `data` folder with the draft's file in it
    (over the file of its id, if there is one) and `picture` in its illustrations."""
    name = f"{draft.id}.toml"
    shown = str(data / "exercises" / name)
    added = {"exercises": {name: AddedFile(name, exercise_toml(draft).encode(), shown)}}
    if picture is not None:
        path = str(data / "illustrations" / picture.name)
        added["illustrations"] = {picture.name: AddedFile(picture.name, picture.data, path)}
    catalog, problems = load_catalog(shipped, overlaid(data, added))
    ours = tuple(problem for problem in problems if problem.file == shown)
    loads = not any(problem.message.endswith(_left_out_or_kept()) for problem in ours)
    for_the_form = tuple(without_ending(p, _left_out_or_kept()) for p in ours)
    return ExerciseCheck(catalog.exercise(draft.id) if loads else None, for_the_form)


def _left_out_or_kept() -> tuple[str, ...]:
    """The loader's last sentence of a mistake that keeps the file from loading; a
    shipped exercise of the same id may still load, and must not count as ours."""
    return (
        RoutineFileWords.tr("The exercise is left out until this is fixed."),
        RoutineFileWords.tr("The built-in exercise is used until this is fixed."),
    )


def exercise_place(problem: Problem) -> str | None:
    """The field a problem of an exercise draft goes beside (one of FIELDS, "dose" for
    every number of the dose), or None for the file as a whole."""
    key = problem.where.removeprefix("[dose]").strip().split(" ")[0]
    if problem.where.startswith("[dose]") or key in ("sets", "hold_s", "reps", "rep_s"):
        return "dose"
    if key in ("illustration_left", "mirror"):
        return "illustration"
    return key if key in FIELDS else None
