"""The editors' files in the data folder: a routine saved, and one deleted; an exercise
is saved by the same rule (save_file, used by exercise_files.py).

A save is atomic: a new routine is created over nothing, a changed one is written beside
its file and renamed over it, so a crash leaves the old file or the new one. A file the
user wrote or changed by hand is kept before it is rewritten, as a hidden
`.<id>.toml.bak` beside it (the loader passes hidden files over, so `check` does not
report it); a deleted routine is kept the same way, so nothing typed is lost.
"""

from __future__ import annotations

import os
from pathlib import Path

from posture_break.core.i18n import Context
from posture_break.core.problems import blocking_file, sentences, why_failed
from posture_break.core.safe_files import read_regular, replace_atomically, write_new

RoutineSaveWords = Context("RoutineSaveWords")


def routine_path(data: Path, routine_id: str) -> Path:
    return data / "routines" / f"{routine_id}.toml"


def is_users(data: Path, routine_id: str) -> bool:
    """Whether the user's data folder has a file for this routine (their own, or one
    that replaces a shipped routine of its id)."""
    return routine_path(data, routine_id).is_file()


def written_by_hand(target: Path, ours: bytes) -> bool:
    """Whether the file at `target` is not what the editor would write for what loaded
    from it (comments, order, spacing): saving then keeps it as a backup first."""
    try:
        return read_regular(target) != ours
    except OSError:
        return False


def save_routine(data: Path, routine_id: str, text: str, ours: bytes | None) -> str | None:
    """Write the routine file `routine_id` with `text`; None, or why it was not written.

    `ours` is the file the editor would write for the routine as it loaded, None for a
    new routine (which must not exist yet). A file on disk that differs from it was
    written by hand, and is kept as a backup first."""
    taken = RoutineSaveWords.tr("{path} already exists; give the routine another name.")
    return save_file(routine_path(data, routine_id), text, ours, taken)


def save_file(target: Path, text: str, ours: bytes | None, taken: str) -> str | None:
    """Write a routine or exercise file by the rule of save_routine; `taken` says, with
    {path}, why a new file cannot be written where one exists by now."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if ours is None:
            _write_new(target, text.encode())
            return None
        try:
            before = read_regular(target)
        except FileNotFoundError:
            before = ours  # deleted meanwhile: nothing to keep
        if before != ours:
            os.link(target, _free_backup(target))
        replace_atomically(target, text.encode())
    except _TakenError:
        return taken.format(path=target)
    except OSError as error:
        return _not_written(error, target)
    return None


class _TakenError(Exception):
    """A new file's name is taken by now (another window, or by hand)."""


def _write_new(target: Path, data: bytes) -> None:
    try:
        write_new(target, data)
    except FileExistsError:
        raise _TakenError from None


def delete_routine(data: Path, routine_id: str) -> str | None:
    """Take the routine file `routine_id` out of the routines folder, kept as a hidden
    backup; None, or why it could not be."""
    target = routine_path(data, routine_id)
    try:
        os.link(target, _free_backup(target))
        target.unlink()
    except OSError as error:
        unwritten = RoutineSaveWords.tr("{path} could not be deleted.").format(path=target)
        folder = str(target.parent)
        return sentences(unwritten, why_failed(error, "write", folder, str(target)))
    return None


def _free_backup(target: Path) -> Path:
    """`.my-break.toml.bak` beside `target`, or `.my-break.toml.2.bak`... if taken."""
    backup = target.with_name(f".{target.name}.bak")
    number = 2
    while backup.exists():
        backup = target.with_name(f".{target.name}.{number}.bak")
        number += 1
    return backup


def _not_written(error: OSError, target: Path) -> str:
    unwritten = RoutineSaveWords.tr("{path} could not be saved.").format(path=target)
    folder = target.parent
    return sentences(unwritten, why_failed(error, "write", str(folder), str(blocking_file(folder))))
