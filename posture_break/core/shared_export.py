"""Making a shared routine (shared_format.py) from the content as it loads.

    shared = build_shared("my-break", shipped, data_folder)
    text = shared.to_text()

The file carries the routine and every exercise and picture it uses that is not shipped:
the user's own, and the user's files that replace shipped ones. An exercise or routine
goes in as its file's data (the same keys, read as the loader reads them); a picture as
its bytes. What is shipped is left out, as every Posture Break has it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from posture_break.core.catalog import Catalog
from posture_break.core.content_files import Folder, parse_file
from posture_break.core.overlay_folder import without
from posture_break.core.problems import closest, did_you_mean, sentences, why_failed
from posture_break.core.routine_loader import load_catalog
from posture_break.core.safe_files import read_regular
from posture_break.core.shared_format import (
    PICTURE_LIMIT,
    SharedRoutine,
    ShareWords,
    SharingRefusedError,
    picture_kind,
)
from posture_break.core.toml_fields import FieldCheck


def build_shared(routine_id: str, shipped: Folder, user: Path) -> SharedRoutine:
    """The routine `routine_id` as it loads from `shipped` and the data folder `user`,
    with what it needs that is not shipped; raises SharingRefusedError when there is no
    such routine or a file cannot be read."""
    catalog, _problems = load_catalog(shipped, user)
    as_shipped, _problems = load_catalog(shipped)
    routine = catalog.routine(routine_id)
    if routine is None:
        raise SharingRefusedError(_no_routine(routine_id, catalog))
    # The user's file of this id, unless it did not load (and a shipped one did).
    others, _problems = load_catalog(shipped, without(user, "routines"))
    own = routine != others.routine(routine_id)
    data = _data(user if own else shipped, "routines", routine_id)
    shared = SharedRoutine(routine_id, data)
    for item in routine.items:
        exercise = item.exercise
        if exercise.id in shared.exercises or exercise == as_shipped.exercise(exercise.id):
            continue
        shared.exercises[exercise.id] = _data(user, "exercises", exercise.id)
        for name in (exercise.illustration, exercise.illustration_left):
            if name is not None and name not in shared.pictures:
                picture = _picture(user / "illustrations" / name)
                if picture is not None:
                    picture_kind(name, picture)
                    shared.pictures[name] = picture
    return shared


def _data(root: Folder, kind: str, file_id: str) -> dict[str, Any]:
    """The data of the file `kind/file_id.toml` in `root`, read as the loader reads it;
    it loaded a moment ago, so a failure here means it changed since."""
    folder = next(entry for entry in root.iterdir() if entry.name == kind)
    entry = next(entry for entry in folder.iterdir() if entry.name == f"{file_id}.toml")
    check = FieldCheck(str(entry), "")
    data = parse_file(entry, file_id, check)
    if data is None:
        raise SharingRefusedError(" ".join(str(problem) for problem in check.problems))
    return data


def _picture(path: Path) -> bytes | None:
    """The bytes of a picture of the user's; None when only a shipped one has the name,
    or none does (the exercise then shows its name in a frame, here as there)."""
    try:
        return read_regular(path, PICTURE_LIMIT)
    except FileNotFoundError:
        return None
    except OSError as error:
        unread = ShareWords.tr('The picture "{name}" cannot be read.').format(name=path.name)
        raise SharingRefusedError(sentences(unread, why_failed(error, "read"))) from None


def _no_routine(routine_id: str, catalog: Catalog) -> str:
    ids = [routine.id for routine in catalog.routines]
    unknown = ShareWords.tr('There is no routine with the id "{id}".').format(id=routine_id)
    close = closest(routine_id, ids)
    hint = did_you_mean(f'"{close}"') if close else ""
    #: ids is a list of routine ids, such as "desk-neck, posture-reset"
    known = ShareWords.tr("The routines are: {ids}.").format(ids=", ".join(ids)) if ids else ""
    return sentences(unknown, hint, known)
