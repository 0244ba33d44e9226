"""Shared routine files on disk: reading one, writing one, and writing what an import
adds to the data folder.

The decisions are the core's (shared_format.py, shared_export.py, shared_import.py);
this is where they meet the disk. An import never overwrites: each file is written
beside its place under a hidden name, then linked to its name, which fails if anything
is there by then. Either every file of an import is added or, after a failure, none:
those already added are taken away again.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from posture_break import shipped
from posture_break.adapters.paths import AppPaths
from posture_break.core.i18n import Context
from posture_break.core.problems import blocking_file, sentences, why_failed
from posture_break.core.safe_files import TooLargeError, read_regular
from posture_break.core.shared_export import build_shared
from posture_break.core.shared_format import (
    FILE_LIMIT,
    SUFFIX,
    SharedRoutine,
    SharingRefusedError,
    file_too_large,
    from_text,
)
from posture_break.core.shared_import import ImportPlan, plan_import

ShareFileWords = Context("ShareFileWords")


def read_shared(path: Path) -> SharedRoutine:
    """The shared routine in the file at `path`, read without ever blocking or reading
    more than FILE_LIMIT; raises SharingRefusedError."""
    try:
        content = read_regular(path, FILE_LIMIT)
    except TooLargeError:
        raise SharingRefusedError(file_too_large()) from None
    except OSError as error:
        unread = ShareFileWords.tr("The file cannot be read.")
        raise SharingRefusedError(sentences(unread, why_failed(error, "read"))) from None
    return from_text(content)


def plan_from_file(path: Path, paths: AppPaths) -> ImportPlan:
    """What importing the file at `path` would add to the data folder; nothing is
    written yet. Raises SharingRefusedError."""
    return plan_import(read_shared(path), shipped.root(), paths.data, path.name)


def add_to_data_folder(plan: ImportPlan, paths: AppPaths) -> list[Path]:
    """Write every file of `plan` into the data folder, none over an existing one, and
    return their paths; raises SharingRefusedError (and leaves nothing) if one fails."""
    written: list[Path] = []
    made: list[Path] = []
    try:
        for relative, data in plan.files.items():
            target = paths.data / relative
            if not target.parent.is_dir():
                missing = [p for p in (target.parent, paths.data) if not p.exists()]
                target.parent.mkdir(parents=True, exist_ok=True)
                made += missing
            _link_new(target, data)
            written.append(target)
    except OSError as error:
        for path in reversed(written):
            with contextlib.suppress(OSError):
                path.unlink()
        for folder in sorted(made, key=lambda folder: len(folder.parts), reverse=True):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise SharingRefusedError(_not_written(error, paths.data)) from None
    return written


def export_to(routine_id: str, target: Path, paths: AppPaths) -> Path:
    """Write the routine `routine_id`, with what it needs, as a shared file at `target`
    (a folder: a file named for the routine in it); the path written. Raises
    SharingRefusedError, and never writes over an existing file."""
    shared = build_shared(routine_id, shipped.root(), paths.data)
    if target.is_dir():
        target = target / f"{routine_id}{SUFFIX}"
    elif not target.name.endswith(SUFFIX):
        target = target.with_name(target.name.removesuffix(".toml") + SUFFIX)
    try:
        _link_new(target, shared.to_text().encode())
    except FileExistsError:
        exists = ShareFileWords.tr("{path} already exists; name another file.")
        raise SharingRefusedError(exists.format(path=target)) from None
    except OSError as error:
        unwritten = ShareFileWords.tr("{path} cannot be written.").format(path=target)
        reason = why_failed(error, "write", str(target.parent), str(blocking_file(target.parent)))
        raise SharingRefusedError(sentences(unwritten, reason)) from None
    return target


def _link_new(target: Path, data: bytes) -> None:
    """Create `target` holding `data`, whole or not at all, never over an existing file:
    written under a hidden name beside it (the loader passes hidden files over), synced,
    then linked to its name."""
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.link(temp, target)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def _not_written(error: OSError, data: Path) -> str:
    if isinstance(error, FileExistsError) and error.filename2:  # os.link found one
        return ShareFileWords.tr(
            "{path} appeared while it was being imported; nothing was added. Try again."
        ).format(path=error.filename2)
    unwritten = ShareFileWords.tr("It could not be added to {folder}, so nothing was.")
    blocking = blocking_file(Path(error.filename)) if error.filename else data
    reason = why_failed(error, "write", str(data), str(blocking))
    return sentences(unwritten.format(folder=data), reason)
