"""The exercise editor's files in the data folder: a picture (an SVG drawing, a PNG or a
JPEG image) read from anywhere on disk,
copied into `illustrations/`, and the exercise saved in `exercises/<id>.toml`.

The exercise file is saved as a routine file is (routine_files.save_file): atomically,
a hand-written file kept as a hidden `.bak` first. A picture is copied over nothing,
under a name no picture has yet, and before the exercise that names it, so a reload in
between never finds the exercise without its picture; if the exercise cannot be saved,
the copy is taken away again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from posture_break.adapters.routine_files import save_file
from posture_break.core.exercise_check import Picture
from posture_break.core.exercise_draft import (
    PictureRefusedError,
    picture_name_refusal,
    picture_refusal,
    picture_too_large,
)
from posture_break.core.i18n import Context
from posture_break.core.problems import blocking_file, sentences, why_failed
from posture_break.core.safe_files import TooLargeError, read_regular, write_new
from posture_break.core.shared_format import PICTURE_LIMIT

ExerciseSaveWords = Context("ExerciseSaveWords")


def exercise_path(data: Path, exercise_id: str) -> Path:
    return data / "exercises" / f"{exercise_id}.toml"


def read_picture(path: Path) -> Picture:
    """The picture in the file at `path`, under its own name, read without blocking and
    never more than PICTURE_LIMIT; raises PictureRefusedError."""
    if (wrong_name := picture_name_refusal(path.name)) is not None:
        raise PictureRefusedError(wrong_name)
    try:
        data = read_regular(path, PICTURE_LIMIT)
    except TooLargeError:
        raise PictureRefusedError(picture_too_large(path.name)) from None
    except OSError as error:
        #: name is the file the user picked as an exercise's picture
        unread = ExerciseSaveWords.tr('"{name}" cannot be read.').format(name=path.name)
        raise PictureRefusedError(sentences(unread, why_failed(error, "read"))) from None
    if (refusal := picture_refusal(path.name, data)) is not None:
        raise PictureRefusedError(refusal)
    return Picture(path.name, data)


def free_picture_name(wanted: str, taken: Iterable[str]) -> str:
    """`wanted` ("neck-roll.svg"), or "neck-roll-2.svg"... if a picture has that name
    already, whatever its case (some disks fold it)."""
    folded = {name.casefold() for name in taken}
    stem, dot, suffix = wanted.rpartition(".")
    name, number = wanted, 2
    while name.casefold() in folded:
        name = f"{stem}-{number}{dot}{suffix}"
        number += 1
    return name


def save_exercise(
    data: Path, exercise_id: str, text: str, ours: bytes | None, picture: Picture | None
) -> str | None:
    """Copy `picture` into the illustrations folder, then write the exercise file by the
    rule of routine_files.save_file; None, or why it was not saved (nothing is then)."""
    copied: Path | None = None
    if picture is not None:
        copied = data / "illustrations" / picture.name
        try:
            copied.parent.mkdir(parents=True, exist_ok=True)
            write_new(copied, picture.data)
        except OSError as error:
            unwritten = ExerciseSaveWords.tr("{path} could not be saved.").format(path=copied)
            folder = copied.parent
            reason = why_failed(error, "write", str(folder), str(blocking_file(folder)))
            return sentences(unwritten, reason)
    taken = ExerciseSaveWords.tr("{path} already exists; give the exercise another name.")
    problem = save_file(exercise_path(data, exercise_id), text, ours, taken)
    if problem is not None and copied is not None:
        with contextlib.suppress(OSError):
            copied.unlink()
    return problem
