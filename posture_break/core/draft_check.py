"""Whether a routine draft would load, judged by the loader itself on the data folder as
it would be with the draft saved (overlay_folder.py), before a byte is written.

The problems are the ones `posture-break check` would print for the file, in its words,
less the last sentence on what becomes of the file (the editor's Save button says
that); `place` says which of the editor's fields each one belongs beside.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from posture_break.core.content_files import Folder, RoutineFileWords
from posture_break.core.overlay_folder import AddedFile, overlaid
from posture_break.core.problems import Problem, without_ending
from posture_break.core.routine_draft import RoutineDraft, routine_toml
from posture_break.core.routine_loader import load_catalog
from posture_break.core.routines import Routine


@dataclass(frozen=True)
class DraftCheck:
    """The routine as it would load (None: it would not), and what is wrong with it."""

    routine: Routine | None
    problems: tuple[Problem, ...]


def check_draft(draft: RoutineDraft, shipped: Folder, data: Path) -> DraftCheck:
    """Load the shipped content and the user's `data` folder with the draft's file in
    it (over the file of its id, if there is one); the draft's routine and problems."""
    name = f"{draft.id}.toml"
    shown = str(data / "routines" / name)
    added = AddedFile(name, routine_toml(draft).encode(), shown)
    catalog, problems = load_catalog(shipped, overlaid(data, {"routines": {name: added}}))
    ours = tuple(problem for problem in problems if problem.file == shown)
    routine = catalog.routine(draft.id) if not _fails(ours) else None
    return DraftCheck(routine, tuple(without_ending(p, _left_out_or_kept()) for p in ours))


def _fails(problems: tuple[Problem, ...]) -> bool:
    """A file of ours that loads can still have notes; one that fails has none loaded,
    but a routine of that id may still load from the shipped files: it must not count."""
    return any(problem.message.endswith(_left_out_or_kept()) for problem in problems)


def _left_out_or_kept() -> tuple[str, ...]:
    return (
        RoutineFileWords.tr("The routine is left out until this is fixed."),
        RoutineFileWords.tr("The built-in routine is used until this is fixed."),
    )


def place(problem: Problem, steps: int) -> str | int | None:
    """Where a problem of a routine draft goes: "name" or "summary", the index of the
    step it is about, or None for the routine as a whole (no steps at all, say)."""
    if problem.where in ("name", "summary"):
        return problem.where
    for index in range(steps):
        step = RoutineFileWords.tr("step {number}").format(number=index + 1)
        if problem.where == step or problem.where.startswith(f"{step}, "):
            return index
    return None
