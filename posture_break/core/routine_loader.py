"""Reading exercises and routines from TOML files, shipped and the user's own.

    catalog, problems = load_catalog(files("posture_break.resources"), user_data_path)
    catalog.routines            # in menu order
    catalog.routine("desk-neck"), catalog.default()

Each folder passed in holds `exercises/` and `routines/` (and, for the picture check,
`illustrations/`); a file's name without `.toml` is its id (content_files.py reads them;
content_fields.py checks doses and steps; catalog.py holds what loaded).

Rules, all of them reported as Problems in words, never raised:

- A file with a mistake (not UTF-8, not TOML, a missing or wrong value, a routine
  naming an exercise that does not exist) is left out, every mistake in it listed.
  Unknown keys are only reported (with the closest known key), as they change nothing.
- A user file with the id of a shipped one replaces it; a shipped routine then uses the
  user's exercise. This is on purpose, so it is not a Problem: `Catalog.notes` says so,
  for `check` and the log. A user file that is broken does not replace anything: the
  shipped one stays and the Problem says so.
- A picture named by an exercise that is in no `illustrations/` folder is a Problem, but
  the exercise still loads: the window shows a framed name instead.
- A missing user folder is normal (nothing customised yet); a folder where a file should
  be, a file where a folder should be, or a file that cannot be read, is a Problem.

Problems are whole sentences in the user's language (core/problems.py); the notes are
for `check` and the log, and stay English.

Translations (translated_texts.py) lie in a folder named for their language inside
`exercises/` and `routines/`, such as `exercises/de/chin-tuck.toml`, and are read for
the language asked for, after the English: the shipped translation, then the user's over
it, field by field. A shipped translation is not laid over a user's own file of that
id, as it translates another text. A translation for no exercise or routine is a
Problem; its mistakes are Problems that say which text stays English.

Routines come in a fixed order: the shipped ones as SHIPPED_ORDER lists them (a user
file replacing one keeps its place), any other shipped ones by name, then the user's
by name.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import replace
from typing import Any, NamedTuple, TypeVar

from posture_break.core.catalog import DEFAULT_ROUTINE_ID, SHIPPED_ORDER, Catalog
from posture_break.core.content_fields import (
    EXERCISE_KEYS,
    ROUTINE_KEYS,
    exercise_work,
    routine_items,
)
from posture_break.core.content_files import (
    Folder,
    RoutineFileWords,
    list_folder,
    not_a_folder,
    parse_file,
)
from posture_break.core.problems import Problem, closest, did_you_mean, sentences
from posture_break.core.routines import Exercise, Posture, Routine, Sides
from posture_break.core.toml_fields import DOSE_NUMBERS, FieldCheck
from posture_break.core.translated_texts import is_language_folder, translated

__all__ = ["check_catalog", "load_catalog"]

T = TypeVar("T", Exercise, Routine)


def load_catalog(
    shipped: Folder, user: Folder | None = None, language: str | None = None
) -> tuple[Catalog, list[Problem]]:
    """Everything that loads from both folders, its texts in `language` (such as "de")
    where a translation gives them, and every problem found, at once."""
    return _Loader(shipped, user).load(language)


def check_catalog(shipped: Folder, user: Folder | None = None) -> tuple[Catalog, list[Problem]]:
    """The catalog in English, and every problem found, those of the translations in
    every language too: the app reads only its own language's, `check` reads them all."""
    loader = _Loader(shipped, user)
    catalog, problems = loader.load(None)
    for language in sorted({language for _kind, language in loader.languages}):
        loader.translate(language)
    return catalog, problems


class _File(NamedTuple):
    id: str
    shown: str  # how messages name it: its path
    user: bool
    data: dict[str, Any]


class _Loader:
    """One load: shipped exercises, the user's, shipped routines, the user's, in that order."""

    def __init__(self, shipped: Folder, user: Folder | None) -> None:
        self.roots: list[tuple[Folder, bool]] = [(shipped, False)]
        if user is not None:
            self.roots.append((user, True))
        self.problems: list[Problem] = []
        self.notes: list[str] = []
        self.exercises: dict[str, Exercise] = {}
        self.routines: dict[str, Routine] = {}
        self.shipped_routines: set[str] = set()
        self.broken: set[str] = set()  # exercises none of whose files loaded
        self.pictures: set[str] | None = None  # None: no illustrations folder to check
        self.seen: set[tuple[str, str]] = set()  # (kind, id) of every English file
        self.users_own: set[tuple[str, str]] = set()  # (kind, id) loaded from a user file
        # (kind, language): its translation folders, shipped first
        self.languages: dict[tuple[str, str], list[tuple[Folder, bool]]] = {}
        self.shipped_translations: set[tuple[str, str, str]] = set()  # language, kind, id

    def load(self, language: str | None) -> tuple[Catalog, list[Problem]]:
        folders = [(self._subfolders(root, user), user) for root, user in self.roots]
        for found, _user in folders:
            if "illustrations" in found:
                names = {entry.name for entry in list_folder(found["illustrations"], self.problems)}
                self.pictures = (self.pictures or set()) | names
        for found, user in folders:
            for file in self._files(found.get("exercises"), "exercise", user):
                self._add_exercise(file)
        for found, user in folders:
            for file in self._files(found.get("routines"), "routine", user):
                self._add_routine(file)
        by_id = (self.exercises, self.routines)
        if language is not None:
            by_id = self.translate(language)
        routines = tuple(sorted(by_id[1].values(), key=self._menu_position))
        default = DEFAULT_ROUTINE_ID if DEFAULT_ROUTINE_ID in self.routines else None
        if default is None and routines:
            default = routines[0].id
        exercises = tuple(by_id[0][key] for key in sorted(by_id[0]))
        return Catalog(routines, exercises, default, tuple(self.notes)), self.problems

    # Folders and files ---------------------------------------------------------------

    def _subfolders(self, root: Folder, user: bool) -> dict[str, Folder]:
        """exercises/, routines/ and illustrations/ in `root`, by name."""
        found: dict[str, Folder] = {}
        listed = list_folder(
            root, self.problems, missing_ok=user
        )  # the user may have made none yet
        for entry in listed:
            if entry.name not in ("exercises", "routines", "illustrations"):
                continue
            if entry.is_dir():
                found[entry.name] = entry
            else:
                self.problems.append(Problem(str(entry), "", not_a_folder()))
        if listed and not user:
            if "exercises" not in found:
                message = RoutineFileWords.tr(
                    "It has no exercises folder, so no shipped exercises are available."
                )
                self.problems.append(Problem(str(root), "", message))
            if "routines" not in found:
                message = RoutineFileWords.tr(
                    "It has no routines folder, so no shipped routines are available."
                )
                self.problems.append(Problem(str(root), "", message))
        return found

    def _files(
        self, folder: Folder | None, kind: str, user: bool, language: str | None = None
    ) -> Iterator[_File]:
        """Every parsed .toml file in `folder`; a problem for everything else in it.

        Hidden files (a leading dot: editor swap files and the like) are passed over, and
        so are language folders in an English one: they are read after it, and only for
        the language asked for. `language`: `folder` holds translations into it.
        """
        if folder is None:
            return
        for entry in list_folder(folder, self.problems):
            name, shown = entry.name, str(entry)
            if name.startswith("."):
                continue
            if not name.endswith(".toml"):
                if language is None and is_language_folder(name) and entry.is_dir():
                    self.languages.setdefault((kind, name), []).append((entry, user))
                    continue
                if entry.is_dir():
                    message = RoutineFileWords.tr(
                        "This is a folder, so it is ignored: only .toml files are read here."
                    )
                else:
                    message = RoutineFileWords.tr(
                        "This is not a .toml file, so it is ignored: only .toml files are "
                        "read here."
                    )
                self.problems.append(Problem(shown, "", message))
                continue
            file_id = name.removesuffix(".toml")
            check = FieldCheck(shown, self._consequence(kind, file_id, user, language))
            data = parse_file(entry, file_id, check)
            self.problems += check.problems
            if language is not None:
                if data is not None:
                    yield _File(file_id, shown, user, data)
                continue
            self.seen.add((kind, file_id))
            if data is not None:
                yield _File(file_id, shown, user, data)
            elif kind == "exercise" and file_id not in self.exercises:
                self.broken.add(file_id)

    def _consequence(self, kind: str, file_id: str, user: bool, language: str | None) -> str:
        """What happens to a file with a mistake, as a sentence: a broken user file
        replaces nothing, a broken translation leaves its texts as they were."""
        if language is not None:
            if user and (language, kind, file_id) in self.shipped_translations:
                return RoutineFileWords.tr("The built-in translation is used until this is fixed.")
            return RoutineFileWords.tr("The English text is used until this is fixed.")
        exercise = kind == "exercise"
        if user and file_id in (self.exercises if exercise else self.routines):
            if exercise:
                return RoutineFileWords.tr("The built-in exercise is used until this is fixed.")
            return RoutineFileWords.tr("The built-in routine is used until this is fixed.")
        if exercise:
            return RoutineFileWords.tr("The exercise is left out until this is fixed.")
        return RoutineFileWords.tr("The routine is left out until this is fixed.")

    # Exercises -----------------------------------------------------------------------

    def _add_exercise(self, file: _File) -> None:
        check = FieldCheck(file.shown, self._consequence("exercise", file.id, file.user, None))
        data = file.data
        under = RoutineFileWords.tr("It belongs under [dose].")
        hints = dict.fromkeys(DOSE_NUMBERS, under)
        check.unknown_keys(data, EXERCISE_KEYS, "", hints)
        name = check.text(data, "name", required=True)
        purpose = check.text(data, "purpose", required=False)
        why = check.text(data, "why", required=False)
        steps = check.texts(data, "steps", required=True)
        cues = check.texts(data, "cues", required=False)
        equipment = check.texts(data, "equipment", required=False)
        cautions = check.texts(data, "cautions", required=False)
        sides = check.choice(data, "sides", Sides, None)
        posture = check.choice(data, "posture", Posture, Posture.SEATED)
        mirror = check.flag(data, "mirror")
        illustration = check.picture(data, "illustration", f"{file.id}.svg")
        illustration_left = check.picture(data, "illustration_left", None)
        dose, phases = exercise_work(check, data)
        if check.failed or sides is None or posture is None or dose is None or not illustration:
            self.problems += check.problems
            if file.id not in self.exercises:
                self.broken.add(file.id)
            return
        for key, picture in (
            ("illustration", illustration),
            ("illustration_left", illustration_left),
        ):
            if picture is not None and self.pictures is not None and picture not in self.pictures:
                nowhere = RoutineFileWords.tr(
                    "It names {picture}, which no illustrations folder holds, so the window "
                    "shows the exercise's name in a frame instead."
                )
                check.note(key, nowhere.format(picture=picture))
        self.problems += check.problems
        exercise = Exercise(
            id=file.id, name=name, purpose=purpose, steps=steps, dose=dose, sides=sides,
            posture=posture, illustration=illustration, why=why, cues=cues, equipment=equipment,
            cautions=cautions, mirror=mirror, illustration_left=illustration_left, phases=phases,
        )  # fmt: skip
        replaced = self.exercises.get(file.id)
        if replaced is not None:
            self.notes.append(
                f'Your {file.shown} replaces the built-in exercise "{replaced.name}".'
            )
        self.exercises[file.id] = exercise
        self.broken.discard(file.id)
        if file.user:
            self.users_own.add(("exercise", file.id))

    # Routines ------------------------------------------------------------------------

    def _add_routine(self, file: _File) -> None:
        check = FieldCheck(file.shown, self._consequence("routine", file.id, file.user, None))
        check.unknown_keys(file.data, ROUTINE_KEYS, "")
        name = check.text(file.data, "name", required=True)
        summary = check.text(file.data, "summary", required=False)
        items = routine_items(check, file.data.get("step"), self.exercises, self.broken)
        self.problems += check.problems
        if check.failed:
            return
        routine = Routine(file.id, name, summary, items)
        replaced = self.routines.get(file.id)
        if replaced is not None:
            self.notes.append(f'Your {file.shown} replaces the built-in routine "{replaced.name}".')
        elif not file.user:
            self.shipped_routines.add(file.id)
        self.routines[file.id] = routine
        if file.user:
            self.users_own.add(("routine", file.id))

    # Translations --------------------------------------------------------------------

    def translate(self, language: str) -> tuple[dict[str, Exercise], dict[str, Routine]]:
        """The exercises and routines by id, their texts in `language` where its
        translations give them; every problem of those files added to the others."""
        exercises = self._translated("exercise", dict(self.exercises), language)
        routines = self._translated("routine", dict(self.routines), language)
        for routine_id, routine in routines.items():
            items = tuple(
                replace(item, exercise=exercises[item.exercise.id]) for item in routine.items
            )
            routines[routine_id] = replace(routine, items=items)
        return exercises, routines

    def _translated(self, kind: str, by_id: dict[str, T], language: str) -> dict[str, T]:
        """`by_id` with the texts of every translation of `kind` into `language`."""
        english = EXERCISE_KEYS if kind == "exercise" else ROUTINE_KEYS
        for folder, user in self.languages.get((kind, language), []):
            for file in self._files(folder, kind, user, language):
                original = by_id.get(file.id)
                if original is None:
                    if (kind, file.id) not in self.seen:  # else its English file's problems say why
                        self._translates_nothing(kind, file, by_id)
                    continue
                if not user and (kind, file.id) in self.users_own:
                    continue  # a user's own file: the shipped text translates another one
                check = FieldCheck(file.shown, self._consequence(kind, file.id, user, language))
                over_english = (language, kind, file.id) not in self.shipped_translations
                by_id[file.id] = translated(original, file.data, check, over_english, english)
                self.problems += check.problems
                if not user:
                    self.shipped_translations.add((language, kind, file.id))
        return by_id

    def _translates_nothing(self, kind: str, file: _File, ids: Collection[str]) -> None:
        if kind == "exercise":
            unknown = RoutineFileWords.tr('There is no exercise with the id "{id}".')
        else:
            unknown = RoutineFileWords.tr('There is no routine with the id "{id}".')
        close = closest(file.id, ids)
        hint = did_you_mean(f"{close}.toml") if close else ""
        ignored = RoutineFileWords.tr(
            "A translation is named as the file it translates, so this one is ignored."
        )
        message = sentences(unknown.format(id=file.id), hint, ignored)
        self.problems.append(Problem(file.shown, "", message))

    def _menu_position(self, routine: Routine) -> tuple[int, int, str, str]:
        if routine.id in self.shipped_routines and routine.id in SHIPPED_ORDER:
            return (0, SHIPPED_ORDER.index(routine.id), "", "")
        group = 1 if routine.id in self.shipped_routines else 2
        return (group, 0, routine.name.casefold(), routine.id)
