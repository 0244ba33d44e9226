"""What a routine is made of: exercises, their doses, and routines that list them.

Plain frozen values with no behaviour beyond checking themselves: the loader
(routine_loader.py) builds them from TOML files and reports mistakes in words; the
player (playback.py) turns a Routine into timed segments. Nothing computed is stored:
a routine's length comes from `playback.routine_length_s`.

Sides: a left-and-right exercise is done once per side. `Side` names the user's side
the head tips toward or the arm that works. Pictures are mirror images of the user
(docs/illustrations.md): drawn for the right side, on the screen's right, and with
`mirror` flipped for the left; steps name the side as "{left|right}" choices
(coach.for_side).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple


class Sides(Enum):
    """Which sides an exercise works."""

    NONE = "none"  # no side: the chin tuck
    LEFT_AND_RIGHT = "left-and-right"  # one side, then the other
    BOTH = "both"  # both at once: the rhomboid row


class Side(Enum):
    """The side being worked right now, for left-and-right exercises."""

    LEFT = "left"
    RIGHT = "right"


class Posture(Enum):
    """How the exercise is done, so a routine can group and announce position changes."""

    SEATED = "seated"
    STANDING = "standing"
    AT_A_WALL = "at-a-wall"  # standing with the back against a wall


@dataclass(frozen=True)
class Dose:
    """How much of an exercise: `sets` of either one hold or `reps` repetitions.

    A hold lasts `hold_s`; a repetition lasts `rep_s` (the tempo, including any short
    hold inside the rep, like the chin tuck's 3 s). `rest_s` separates the sets.
    """

    sets: int = 1
    hold_s: int | None = None
    reps: int | None = None
    rep_s: int | None = None
    rest_s: int = 10

    def __post_init__(self) -> None:
        holds = self.hold_s is not None
        repeats = self.reps is not None or self.rep_s is not None
        if holds == repeats or (repeats and None in (self.reps, self.rep_s)):
            raise ValueError(f"a dose is either hold_s or reps with rep_s: {self}")
        numbers = (self.sets, self.hold_s, self.reps, self.rep_s)
        if min(n for n in numbers if n is not None) < 1 or self.rest_s < 0:
            raise ValueError(f"a dose needs positive numbers: {self}")

    @property
    def is_hold(self) -> bool:
        return self.hold_s is not None

    @property
    def work_s(self) -> int:
        """Seconds of one set: the hold, or all its repetitions."""
        if self.hold_s is not None:
            return self.hold_s
        return (self.reps or 0) * (self.rep_s or 0)  # both set: __post_init__ checks


class Phase(NamedTuple):
    """One part of a repetition, such as "Hold" for 3 s: the word the window shows for
    it, as written, and its whole seconds. An exercise's phases add up to its rep_s."""

    word: str
    seconds: int


@dataclass(frozen=True)
class Exercise:
    """One exercise and everything the break window shows about it.

    `steps` are short lines shown numbered, with "{left|right}" choices where they name
    a side; `illustration` is a file name in the illustrations folder, drawn for the
    right side. `mirror` means the app flips it for
    the left side; `illustration_left`, when set, is drawn for the left and used as is.
    """

    id: str
    name: str
    purpose: str
    steps: tuple[str, ...]
    dose: Dose
    sides: Sides
    posture: Posture
    illustration: str
    why: str = ""
    cues: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    cautions: tuple[str, ...] = ()
    mirror: bool = False
    illustration_left: str | None = None
    phases: tuple[Phase, ...] = ()

    def illustration_for(self, side: Side | None) -> tuple[str, bool]:
        """(file name, flip it) for the picture of `side`."""
        if side is Side.LEFT and self.illustration_left is not None:
            return self.illustration_left, False
        return self.illustration, side is Side.LEFT and self.mirror


@dataclass(frozen=True)
class RoutineItem:
    """An exercise as a routine uses it: the dose may differ from the exercise's own."""

    exercise: Exercise
    dose: Dose


@dataclass(frozen=True)
class Routine:
    """A named sequence of exercises, played in order."""

    id: str
    name: str
    summary: str
    items: tuple[RoutineItem, ...]

    def __post_init__(self) -> None:
        if not self.items:
            raise ValueError(f"routine {self.id!r} has no exercises")
