"""The Routines window's library: the routines and exercises as they load from the
shipped files and the user's data folder, the loader's judgement of a draft, and the
files the editor writes, which the running app uses at once.

It sits beside app.py, the composition root, because it joins the UI to the disk
(adapters/routine_files.py), the loader, and the live catalog (live_content.py). Imported
when the Routines window first opens, never at start.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from posture_break import shipped
from posture_break.adapters.content import illustration_reader, load_content
from posture_break.adapters.exercise_files import (
    exercise_path,
    free_picture_name,
    read_picture,
    save_exercise,
)
from posture_break.adapters.routine_files import (
    delete_routine,
    is_users,
    routine_path,
    save_routine,
    written_by_hand,
)
from posture_break.adapters.shared_routines import add_to_data_folder, export_to, plan_from_file
from posture_break.core.draft_check import DraftCheck, check_draft
from posture_break.core.exercise_check import Picture, check_exercise
from posture_break.core.exercise_draft import (
    ExerciseDraft,
    draft_of_exercise,
    exercise_toml,
    picture_suffix,
)
from posture_break.core.i18n import Context
from posture_break.core.routine_draft import RoutineDraft, draft_of, new_id, routine_toml
from posture_break.core.routines import Exercise
from posture_break.core.shared_import import ImportPlan
from posture_break.live_content import reload_content
from posture_break.ui.exercise_library import OpenedExercise, Verdict
from posture_break.ui.routine_library import Listed, Opened
from posture_break.ui.routines_window import RoutinesWindow

if TYPE_CHECKING:
    from posture_break.adapters.paths import AppPaths
    from posture_break.core.control import Control
    from posture_break.live_settings import LiveSettings

log = logging.getLogger(__name__)
LibraryWords = Context("LibraryWords")


class DataFolderLibrary:
    """The RoutineLibrary (ui/routine_library.py) of the running app."""

    def __init__(
        self, live: LiveSettings, control: Control, paths: AppPaths, language: str | None
    ) -> None:
        self._live = live
        self._control = control
        self._paths = paths
        self._language = language
        self.picture = illustration_reader(paths)
        self._load()

    def _load(self) -> None:
        self._catalog = load_content(self._paths, self._language)[0]
        # The files' own texts, which the editor writes back: not their translation.
        self._written = load_content(self._paths, None)[0] if self._language else self._catalog

    def listing(self) -> Sequence[Listed]:
        return [
            Listed(routine, is_users(self._paths.data, routine.id))
            for routine in self._catalog.routines
        ]

    def exercises(self) -> Sequence[Exercise]:
        return sorted(self._catalog.exercises, key=lambda exercise: exercise.name.casefold())

    def open_draft(self, routine_id: str | None, copy: bool) -> Opened:
        if routine_id is None:
            return Opened(RoutineDraft(""), None)
        if copy:
            routine = self._catalog.routine(routine_id)
            assert routine is not None  # listed a moment ago
            draft = draft_of(routine, new_id="")
            #: The name of a copy of a routine: "Desk neck release (copy)"
            draft.name = LibraryWords.tr("{name} (copy)").format(name=routine.name)
            return Opened(draft, None)
        written = self._written.routine(routine_id)
        assert written is not None
        draft = draft_of(written)
        ours = routine_toml(draft).encode()
        by_hand = written_by_hand(routine_path(self._paths.data, routine_id), ours)
        return Opened(draft, ours, by_hand)

    def check(self, draft: RoutineDraft, new: bool) -> DraftCheck:
        if new:
            draft.id = new_id(draft.name, self._taken())
        return check_draft(draft, shipped.root(), self._paths.data)

    def _taken(self, kind: str = "routines") -> set[str]:
        """Ids a new routine (or exercise) must not take: every one that loads, and every
        file in the user's folder of that kind, broken ones too."""
        folder = self._paths.data / kind
        files = {p.stem for p in folder.glob("*.toml")} if folder.is_dir() else set()
        loaded = self._catalog.routines if kind == "routines" else self._catalog.exercises
        return files | {item.id for item in loaded}

    def save(self, draft: RoutineDraft, ours: bytes | None) -> str | None:
        problem = save_routine(self._paths.data, draft.id, routine_toml(draft), ours)
        if problem is None:
            log.info("routine editor: saved routines/%s.toml", draft.id)
            self._reload()
        return problem

    def delete(self, routine_id: str) -> str | None:
        problem = delete_routine(self._paths.data, routine_id)
        if problem is None:
            log.info("routine editor: deleted routines/%s.toml", routine_id)
            self._reload()
        return problem

    def try_routine(self, routine_id: str) -> str | None:
        """As the tray's "Start a routine" does: a routine whose every exercise the
        settings leave out is not in the menu, and cannot be played."""
        started, message = self._control.start(routine_id)
        return None if started else message

    def export(self, routine_id: str, target: Path) -> Path:
        return export_to(routine_id, target, self._paths)

    def read_shared(self, source: Path) -> ImportPlan:
        return plan_from_file(source, self._paths)

    def add_shared(self, plan: ImportPlan) -> None:
        written = add_to_data_folder(plan, self._paths)
        log.info("routines window: imported %s", ", ".join(str(path) for path in written))
        self._reload()

    # Exercises -------------------------------------------------------------------------

    def own_exercise(self, exercise_id: str) -> bool:
        return exercise_path(self._paths.data, exercise_id).is_file()

    def open_exercise(self, exercise_id: str | None) -> OpenedExercise:
        if exercise_id is None:
            return OpenedExercise(ExerciseDraft(""), None)
        written = self._written.exercise(exercise_id)
        assert written is not None  # listed a moment ago
        draft = draft_of_exercise(written)
        ours = exercise_toml(draft).encode()
        by_hand = written_by_hand(exercise_path(self._paths.data, exercise_id), ours)
        return OpenedExercise(draft, ours, by_hand)

    def read_picture(self, path: Path) -> Picture:
        return read_picture(path)

    def check_exercise(self, draft: ExerciseDraft, new: bool, picture: Picture | None) -> Verdict:
        if new:
            draft.id = new_id(draft.name, self._taken("exercises"), fallback="exercise")
        named = None
        if picture is not None:
            pictures = (shipped.root() / "illustrations", self._paths.data / "illustrations")
            taken = [e.name for folder in pictures if folder.is_dir() for e in folder.iterdir()]
            wanted = f"{draft.id}{picture_suffix(picture.name)}"
            named = Picture(free_picture_name(wanted, taken), picture.data)
            draft.illustration = named.name
        verdict = check_exercise(draft, shipped.root(), self._paths.data, named)
        return Verdict(verdict, named)

    def save_exercise(
        self, draft: ExerciseDraft, ours: bytes | None, picture: Picture | None
    ) -> str | None:
        text = exercise_toml(draft)
        problem = save_exercise(self._paths.data, draft.id, text, ours, picture)
        if problem is None:
            log.info("exercise editor: saved exercises/%s.toml", draft.id)
            self._reload()
        return problem

    def _reload(self) -> None:
        reload_content(self._live, self._paths, self._language)
        self._load()


def routines_window(
    live: LiveSettings, control: Control, paths: AppPaths, language: str | None
) -> RoutinesWindow:
    """The Routines window, built the first time it is opened."""
    return RoutinesWindow(DataFolderLibrary(live, control, paths, language))
