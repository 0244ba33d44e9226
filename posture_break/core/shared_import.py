"""What importing a shared routine adds to the user's data folder, checked before a byte
is written.

    plan = plan_import(from_text(content), shipped, data_folder, "my-break.posture-break.toml")
    plan.files      # {"routines/my-break.toml": b"...", "illustrations/x.svg": b"..."}
    plan.renamed    # sentences: what got another name, as an id was taken
    plan.routine    # the Routine as it will load

Nothing the user has is overwritten, and a shipped routine or exercise is not replaced
either: an id or picture name that is taken gets "-2" (or the next free number), and the
references to it follow. The files are then checked by the loader (routine_loader.py)
on the data folder as it would be (overlay_folder.py): the routine must load with every
exercise the file brings, in the words `posture-break check` uses, or the import is
refused. Every refusal is a SharingRefusedError.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from posture_break.core.content_files import Folder
from posture_break.core.overlay_folder import AddedFile, overlaid
from posture_break.core.problems import Problem
from posture_break.core.routine_loader import load_catalog
from posture_break.core.routines import Routine
from posture_break.core.shared_format import (
    SharedRoutine,
    ShareWords,
    SharingRefusedError,
)
from posture_break.core.timeline import minutes_label, routine_length_s
from posture_break.core.toml_writer import dumps
from posture_break.core.translated_texts import is_language_folder


@dataclass
class ImportPlan:
    """The files an import writes, by their path in the data folder, pictures first
    and the routine last (so a reload in between never sees it without its parts)."""

    shared: SharedRoutine  # with the ids and picture names it is added under
    routine: Routine
    files: dict[str, bytes] = field(default_factory=dict)
    renamed: list[str] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # the loader's, of these files


def plan_import(original: SharedRoutine, shipped: Folder, user: Path, source: str) -> ImportPlan:
    """The files that add `original` (read from the file named `source`) to the data
    folder `user` beside the `shipped` content; raises SharingRefusedError when it
    would not load."""
    shared = copy.deepcopy(original)
    renamed: list[str] = []
    exercise_ids = _renamed_exercises(shared, _ids(shipped, user, "exercises"), renamed)
    pictures = _renamed_pictures(shared, _names(shipped, user), renamed)
    for data in shared.exercises.values():
        for key in ("illustration", "illustration_left"):
            if data.get(key) in pictures:
                data[key] = pictures[data[key]]
    routine_id = _free(shared.routine_id, _ids(shipped, user, "routines"))
    if routine_id != shared.routine_id:
        taken = ShareWords.tr(
            'You already have a routine with the id "{id}", so this one is added as "{new}".'
        )
        renamed.insert(0, taken.format(id=shared.routine_id, new=routine_id))
        shared.routine_id = routine_id
    steps = shared.routine.get("step")
    for step in steps if isinstance(steps, list) else []:
        if isinstance(step, dict) and step.get("exercise") in exercise_ids:
            step["exercise"] = exercise_ids[step["exercise"]]
    files = _files(shared, source)
    was = {new: old for old, new in (*exercise_ids.items(), *pictures.items())}
    was[routine_id] = original.routine_id
    routine, notes = _loaded(shared, shipped, user, files, was)
    return ImportPlan(shared, routine, files, renamed, notes)


def contents(plan: ImportPlan) -> list[str]:
    """What the file adds, line by line, as an import shows it: the routine, its steps
    with the exercises that are new marked, and the pictures."""
    routine = plan.routine
    length = minutes_label(routine_length_s(routine))
    #: length is how long the routine takes, such as "4 min"
    head = ShareWords.tr('The routine "{name}" ({length}), %n step(s):', None, len(routine.items))
    lines = [head.format(name=routine.name, length=length)]
    new = ShareWords.tr("{number}. {exercise} (an exercise of its own)")
    for number, item in enumerate(routine.items, 1):
        line = new if item.exercise.id in plan.shared.exercises else "{number}. {exercise}"
        lines.append("  " + line.format(number=number, exercise=item.exercise.name))
    if plan.shared.pictures:
        sizes = [
            f"{name} ({-(-len(data) // 1024)} KiB)" for name, data in plan.shared.pictures.items()
        ]
        #: names is a list of file names with their sizes: "a.svg (3 KiB), b.svg (5 KiB)"
        pictures = ShareWords.tr("Pictures: {names}.").format(names=", ".join(sizes))
        lines.append(pictures)
    return lines


def _renamed_exercises(
    shared: SharedRoutine, taken: set[str], renamed: list[str]
) -> dict[str, str]:
    """Give each exercise a free id; {old id: new id} of those that changed."""
    changed: dict[str, str] = {}
    exercises: dict[str, dict[str, Any]] = {}
    for exercise_id, data in shared.exercises.items():
        new = _free(exercise_id, taken)
        taken.add(new)
        if new != exercise_id:
            changed[exercise_id] = new
            # The loader's default picture is named for the id: keep the one it had.
            data.setdefault("illustration", f"{exercise_id}.svg")
            taken_id = ShareWords.tr(
                'You already have an exercise with the id "{id}", so this one is added as "{new}".'
            )
            renamed.append(taken_id.format(id=exercise_id, new=new))
        exercises[new] = data
    shared.exercises = exercises
    return changed


def _renamed_pictures(shared: SharedRoutine, taken: set[str], renamed: list[str]) -> dict[str, str]:
    """Give each picture a free file name; {old name: new name} of those that changed."""
    changed: dict[str, str] = {}
    pictures: dict[str, bytes] = {}
    for name, data in shared.pictures.items():
        stem, dot, suffix = name.rpartition(".")
        new = name
        number = 2
        while new.casefold() in taken:
            new = f"{stem}-{number}{dot}{suffix}"
            number += 1
        taken.add(new.casefold())
        if new != name:
            changed[name] = new
            taken_name = ShareWords.tr(
                'You already have a picture named "{name}", so this one is added as "{new}".'
            )
            renamed.append(taken_name.format(name=name, new=new))
        pictures[new] = data
    shared.pictures = pictures
    return changed


def _free(wanted: str, taken: set[str]) -> str:
    new, number = wanted, 2
    while new in taken:
        new = f"{wanted}-{number}"
        number += 1
    return new


def _ids(shipped: Folder, user: Path, kind: str) -> set[str]:
    """Every id a file in `kind` ("exercises", "routines") has, shipped or the user's,
    broken ones and translations too: a new file must match none of them."""
    ids = set()
    for root in (shipped, user):
        for entry in _entries(_entry(root, kind)):
            if entry.name.endswith(".toml"):
                ids.add(entry.name.removesuffix(".toml"))
            elif is_language_folder(entry.name):
                ids |= {e.name.removesuffix(".toml") for e in _entries(entry)}
    return ids


def _names(shipped: Folder, user: Path) -> set[str]:
    """The picture names taken, shipped or the user's, case folded (some disks fold)."""
    return {
        entry.name.casefold()
        for root in (shipped, user)
        for entry in _entries(_entry(root, "illustrations"))
    }


def _entry(folder: Folder, name: str) -> Folder | None:
    return next((entry for entry in _entries(folder) if entry.name == name), None)


def _entries(folder: Folder | None) -> list[Folder]:
    """What a folder holds; nothing if it is missing or cannot be listed (the import
    then fails to write, and says why)."""
    if folder is None:
        return []
    try:
        return list(folder.iterdir())
    except (OSError, ValueError):
        return []


def _files(shared: SharedRoutine, source: str) -> dict[str, bytes]:
    #: source is the file name of the shared routine, such as my-break.posture-break.toml
    header = "# " + ShareWords.tr("Imported from {source}.").format(source=source) + "\n"
    files = {f"illustrations/{name}": data for name, data in shared.pictures.items()}
    for exercise_id, data in shared.exercises.items():
        files[f"exercises/{exercise_id}.toml"] = (header + dumps(data)).encode()
    files[f"routines/{shared.routine_id}.toml"] = (header + dumps(shared.routine)).encode()
    return files


def _loaded(
    shared: SharedRoutine,
    shipped: Folder,
    user: Path,
    files: dict[str, bytes],
    was: dict[str, str],
) -> tuple[Routine, list[Problem]]:
    """The routine as the loader reads it from the data folder with `files` added, and
    the loader's notes on them; refused unless it and every exercise loads."""
    added: dict[str, dict[str, AddedFile]] = {}
    for path, data in files.items():
        folder, name = path.split("/")
        added.setdefault(folder, {})[name] = AddedFile(name, data, _shown(path, was))
    catalog, problems = load_catalog(shipped, overlaid(user, added))
    shown = {str(file) for folder in added.values() for file in folder.values()}
    ours = [problem for problem in problems if problem.file in shown]
    routine = catalog.routine(shared.routine_id)
    failed = [
        _shown(f"exercises/{i}.toml", was) for i in shared.exercises if not catalog.exercise(i)
    ]
    if routine is None or failed:
        # A routine fails with its exercise: the exercise's problems say why.
        why = [problem for problem in ours if problem.file in failed] or ours
        does_not_load = ShareWords.tr("It does not load: {problems}")
        raise SharingRefusedError(
            does_not_load.format(problems=" ".join(str(problem) for problem in why))
        )
    used = {item.exercise.id for item in routine.items}
    for exercise_id in shared.exercises:
        if exercise_id not in used:
            unused = ShareWords.tr('It holds the exercise "{id}", which its routine does not use.')
            raise SharingRefusedError(unused.format(id=was.get(exercise_id, exercise_id)))
    named = {
        picture
        for item in routine.items
        for picture in (item.exercise.illustration, item.exercise.illustration_left)
    }
    for name in shared.pictures:
        if name not in named:
            unused = ShareWords.tr(
                'It holds the picture "{name}", which none of its exercises shows.'
            )
            raise SharingRefusedError(unused.format(name=was.get(name, name)))
    return routine, ours


def _shown(path: str, was: dict[str, str]) -> str:
    """How the loader's messages name a file of the import: as the shared file does,
    by the id or name it has there (`was`: the new ones, by the old)."""
    folder, name = path.split("/")
    if folder == "routines":
        file_id = name.removesuffix(".toml")
        return ShareWords.tr('the routine "{id}"').format(id=was.get(file_id, file_id))
    if folder == "exercises":
        file_id = name.removesuffix(".toml")
        return ShareWords.tr('the exercise "{id}"').format(id=was.get(file_id, file_id))
    return ShareWords.tr('the picture "{name}"').format(name=was.get(name, name))
