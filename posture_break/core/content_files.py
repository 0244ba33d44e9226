"""Reading the content folders: what is in a folder, and one TOML file's data.

Every failure becomes a Problem in words, never an exception; routine_loader.py decides
what the data means. Folders are anything with `name`, `iterdir()`, `is_dir()` and
`read_bytes()`: a pathlib.Path, or the Traversable of an installed wheel.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from typing import Any, Protocol

from posture_break.core.i18n import Context
from posture_break.core.problems import (
    Problem,
    line_label,
    locate_toml_error,
    sentences,
    why_failed,
)
from posture_break.core.safe_files import read_entry
from posture_break.core.toml_fields import FieldCheck
from posture_break.core.toml_text import decode_text, parse_toml

RoutineFileWords = Context("RoutineFileWords")
ID = re.compile(r"[a-z0-9][a-z0-9_-]*")  # a file's name without .toml


class Folder(Protocol):
    """What the loader needs of a folder or file: Path and Traversable both qualify."""

    @property
    def name(self) -> str: ...

    def iterdir(self) -> Iterator[Folder]: ...

    def is_dir(self) -> bool: ...

    def read_bytes(self) -> bytes: ...


def list_folder(folder: Folder, problems: list[Problem], missing_ok: bool = False) -> list[Folder]:
    """The entries of a folder by name; a problem, and none, if it cannot be listed."""
    shown = str(folder)
    try:
        return sorted(folder.iterdir(), key=lambda entry: entry.name)
    except FileNotFoundError:
        if not missing_ok:
            message = RoutineFileWords.tr("This folder is missing, so nothing in it is read.")
            problems.append(Problem(shown, "", message))
    except (NotADirectoryError, ValueError):  # a zip's Traversable raises ValueError
        problems.append(Problem(shown, "", not_a_folder()))
    except OSError as error:
        unread = RoutineFileWords.tr("This folder cannot be read, so nothing in it is read.")
        problems.append(Problem(shown, "", sentences(unread, why_failed(error, "read"))))
    return []


def parse_file(entry: Folder, file_id: str, check: FieldCheck) -> dict[str, Any] | None:
    """The data of one .toml file whose name (without .toml) is `file_id`, or None with
    what is wrong in `check`."""
    if not ID.fullmatch(file_id):
        not_an_id = RoutineFileWords.tr(
            "Its name is not an id. Use only lower-case letters, digits, hyphens and "
            "underscores, such as my-stretch.toml."
        )
        check.fail("", not_an_id)
        return None
    if entry.is_dir():
        check.fail("", RoutineFileWords.tr("This is a folder where a file should be."))
        return None
    try:
        content = read_entry(entry)
    except OSError as error:
        unread = RoutineFileWords.tr("This file cannot be read.")
        check.fail("", sentences(unread, why_failed(error, "read")))
        return None
    try:
        text = decode_text(content)
    except UnicodeDecodeError as error:
        line = content.count(b"\n", 0, error.start) + 1
        not_utf8 = RoutineFileWords.tr("This file is not UTF-8 text. Save it as UTF-8.")
        check.fail(line_label(line), not_utf8)
        return None
    try:
        return parse_toml(text)
    except tomllib.TOMLDecodeError as error:
        where, detail = locate_toml_error(str(error), text)
        #: error is what the TOML parser found wrong, in its own English words
        not_toml = RoutineFileWords.tr("This file is not valid TOML: {error}.")
        check.fail(where, not_toml.format(error=detail))
        return None


def not_a_folder() -> str:
    """Said of a user folder, or a shipped one, that turns out to be a file."""
    return RoutineFileWords.tr("This is a file where a folder should be, so nothing in it is read.")
