"""An exercise being made or changed in the exercise editor, before it is a file.

    draft = ExerciseDraft("neck-roll", name="Neck roll", steps=["Roll slowly."])
    text = exercise_toml(draft)        # the file the loader will read
    draft = draft_of_exercise(exercise)  # an exercise that loaded, to change it

The dose is a hold or repetitions, never both: `holds` says which, and only that kind's
numbers are written. Keys the editor has no field for (`why`, `mirror`,
`illustration_left`, `phases`) are kept from the file it opened, so editing loses
nothing; only phases that no longer fit the dose (a hold now, or another rep_s) are
left out, as the editor could not show or fix them, and the window shows dots instead.
Whether the file loads is never decided here: exercise_check.py runs the loader on it.
A picture picked from disk is judged here before it is used (`picture_refusal`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from posture_break.core.i18n import Context
from posture_break.core.routines import Exercise
from posture_break.core.shared_format import PICTURE_KINDS, PICTURE_LIMIT, looks_like
from posture_break.core.toml_writer import dumps

PictureWords = Context("PictureWords")


class PictureRefusedError(Exception):
    """A file that cannot be an exercise's picture; `str()` says why, in sentences."""


@dataclass
class ExerciseDraft:
    """An exercise as the editor holds it: `id` is its file's name without .toml;
    `illustration` None is the loader's default, the id with .svg."""

    id: str
    name: str = ""
    purpose: str = ""
    steps: list[str] = field(default_factory=list)
    sides: str = "none"
    posture: str = "seated"
    equipment: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    cautions: list[str] = field(default_factory=list)
    holds: bool = True
    sets: int = 1
    hold_s: int = 30
    reps: int = 10
    rep_s: int = 3
    rest_s: int = 10
    illustration: str | None = None
    kept: dict[str, Any] = field(default_factory=dict)  # why, mirror, illustration_left, phases


def draft_of_exercise(exercise: Exercise) -> ExerciseDraft:
    """A draft of an exercise that loaded, with the texts it was loaded with."""
    dose = exercise.dose
    kept: dict[str, Any] = {}
    if exercise.why:
        kept["why"] = exercise.why
    if exercise.mirror:
        kept["mirror"] = True
    if exercise.illustration_left is not None:
        kept["illustration_left"] = exercise.illustration_left
    if exercise.phases:
        kept["phases"] = [[phase.word, phase.seconds] for phase in exercise.phases]
    default = f"{exercise.id}.svg"
    return ExerciseDraft(
        exercise.id, exercise.name, exercise.purpose, list(exercise.steps),
        exercise.sides.value, exercise.posture.value, list(exercise.equipment),
        list(exercise.cues), list(exercise.cautions), holds=dose.is_hold, sets=dose.sets,
        hold_s=dose.hold_s or 30, reps=dose.reps or 10, rep_s=dose.rep_s or 3,
        rest_s=dose.rest_s,
        illustration=None if exercise.illustration == default else exercise.illustration,
        kept=kept,
    )  # fmt: skip


def exercise_toml(draft: ExerciseDraft) -> str:
    """The exercise file for `draft`, in the order the README's example writes one;
    empty lists are left out, and blank lines of a list with them."""
    data: dict[str, Any] = {"name": draft.name.strip()}
    if draft.purpose.strip():
        data["purpose"] = draft.purpose.strip()
    if "why" in draft.kept:
        data["why"] = draft.kept["why"]
    data["posture"] = draft.posture
    data["sides"] = draft.sides
    lists = {
        key: [line.strip() for line in getattr(draft, key) if line.strip()]
        for key in ("equipment", "steps", "cues", "cautions")
    }
    if lists["equipment"]:
        data["equipment"] = lists["equipment"]
    if draft.illustration is not None:
        data["illustration"] = draft.illustration
    for key in ("mirror", "illustration_left"):
        if key in draft.kept:
            data[key] = draft.kept[key]
    data["steps"] = lists["steps"]
    for key in ("cues", "cautions"):
        if lists[key]:
            data[key] = lists[key]
    phases = draft.kept.get("phases", [])
    if phases and not draft.holds and sum(seconds for _word, seconds in phases) == draft.rep_s:
        data["phases"] = phases
    work = {"hold_s": draft.hold_s} if draft.holds else {"reps": draft.reps, "rep_s": draft.rep_s}
    data["dose"] = {"sets": draft.sets, **work, "rest_s": draft.rest_s}
    return dumps(data)


def picture_refusal(name: str, data: bytes) -> str | None:
    """Why the file `name` holding `data` cannot be an exercise's picture, or None: it
    must be an SVG drawing, or a PNG or JPEG image, no larger than PICTURE_LIMIT, and
    hold what its name says."""
    if (wrong_name := picture_name_refusal(name)) is not None:
        return wrong_name
    if len(data) > PICTURE_LIMIT:
        return picture_too_large(name)
    kind = PICTURE_KINDS[picture_suffix(name)]
    if not looks_like(kind, data):
        #: kind is SVG, PNG or JPEG
        inside = PictureWords.tr('"{name}" does not hold the {kind} picture its name says.')
        return inside.format(name=name, kind=kind)
    return None


def picture_suffix(name: str) -> str:
    """ ".svg", ".png", ".jpg" or ".jpeg" for a picture's file name, in lower case."""
    return name[name.rfind(".") :].lower() if "." in name else ""


def picture_name_refusal(name: str) -> str | None:
    """Why a file called `name` cannot be an exercise's picture (its name is not one of
    a picture the window draws), or None: asked before the file is read."""
    if picture_suffix(name) in PICTURE_KINDS:
        return None
    #: name is the file the user picked as an exercise's picture
    kind = PictureWords.tr(
        '"{name}" is not a picture the break window shows: pick an SVG drawing, or a PNG or '
        "JPEG image (.svg, .png, .jpg)."
    )
    return kind.format(name=name)


def picture_too_large(name: str) -> str:
    #: limit is a number of mebibytes, such as 4
    large = PictureWords.tr('"{name}" is larger than {limit} MiB: too large for a picture.')
    return large.format(name=name, limit=PICTURE_LIMIT // 2**20)
