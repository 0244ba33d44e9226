"""What the exercise editor needs from outside the UI: the exercises and their pictures,
a picture read from disk, the loader's judgement of a draft, and saving it.
live_routines.py gives them, from the data folder."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from posture_break.core.exercise_check import ExerciseCheck, Picture
from posture_break.core.exercise_draft import ExerciseDraft
from posture_break.core.routines import Exercise


@dataclass(frozen=True)
class OpenedExercise:
    """A draft to edit; `ours` is the file the editor would write for it as it loaded
    (None for a new exercise, which must not overwrite anything)."""

    draft: ExerciseDraft
    ours: bytes | None
    by_hand: bool = False  # the file on disk differs from `ours`: written by hand


@dataclass(frozen=True)
class Verdict:
    """The loader's judgement of a draft, and the picture picked for it under the name
    it would be copied as (None: no picture picked)."""

    check: ExerciseCheck
    picture: Picture | None


class ExerciseLibrary(Protocol):
    def exercises(self) -> Sequence[Exercise]: ...

    def picture(self, name: str) -> bytes | None: ...

    def own_exercise(self, exercise_id: str) -> bool:
        """Whether a file of the user's is behind the exercise, which the editor may change."""
        ...

    def open_exercise(self, exercise_id: str | None) -> OpenedExercise:
        """A new draft (no id), or the user's exercise to change."""
        ...

    def read_picture(self, path: Path) -> Picture:
        """The picture in a file the user picked, under the file's name; raises
        PictureRefusedError."""
        ...

    def check_exercise(self, draft: ExerciseDraft, new: bool, picture: Picture | None) -> Verdict:
        """The loader's judgement, with `picture` copied in; a new draft gets a free id
        from its name first, and the picture a free name from the id."""
        ...

    def save_exercise(
        self, draft: ExerciseDraft, ours: bytes | None, picture: Picture | None
    ) -> str | None:
        """Write it (and copy its picture) and reload the content; None, or why not."""
        ...
