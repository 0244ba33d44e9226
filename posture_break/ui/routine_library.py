"""What the Routines window and the routine editor need from outside the UI: the routines
that loaded, the exercises, their pictures, and the loader's judgement of a draft, and
saving, deleting, playing and sharing. live_routines.py gives them, from the data folder."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from posture_break.core.draft_check import DraftCheck
from posture_break.core.routine_draft import RoutineDraft
from posture_break.core.routines import Routine
from posture_break.core.shared_import import ImportPlan
from posture_break.ui.exercise_library import ExerciseLibrary


@dataclass(frozen=True)
class Listed:
    """A routine in the list: `own` when a file of the user's is behind it, which the
    editor may change or delete; a shipped one is duplicated to change it."""

    routine: Routine
    own: bool


@dataclass(frozen=True)
class Opened:
    """A draft to edit; `ours` is the file the editor would write for it as it loaded
    (None for a new routine, which must not overwrite anything)."""

    draft: RoutineDraft
    ours: bytes | None
    by_hand: bool = False  # the file on disk differs from `ours`: written by hand


class RoutineLibrary(ExerciseLibrary, Protocol):
    """The routines, and the exercises (exercise_library.py) the editors use and make."""

    def listing(self) -> Sequence[Listed]: ...

    def open_draft(self, routine_id: str | None, copy: bool) -> Opened:
        """A new draft (no id), a copy of a routine, or the user's routine to change."""
        ...

    def check(self, draft: RoutineDraft, new: bool) -> DraftCheck:
        """The loader's judgement; a new draft gets a free id from its name first."""
        ...

    def save(self, draft: RoutineDraft, ours: bytes | None) -> str | None:
        """Write it and put it in the menu; None, or why it was not saved."""
        ...

    def delete(self, routine_id: str) -> str | None: ...

    def try_routine(self, routine_id: str) -> str | None:
        """Play it now, as the tray menu does; None, or why it cannot be played."""
        ...

    def export(self, routine_id: str, target: Path) -> Path:
        """Write the routine as a shared file at `target`, as `posture-break export`
        does; the path written. Raises SharingRefusedError."""
        ...

    def read_shared(self, source: Path) -> ImportPlan:
        """What importing the shared file `source` would add; nothing is written yet.
        Raises SharingRefusedError."""
        ...

    def add_shared(self, plan: ImportPlan) -> None:
        """Write what `plan` adds and put it in the menu. Raises SharingRefusedError."""
        ...
