"""The one-file format in which a routine is shared: NAME.posture-break.toml.

    # A Posture Break routine, with the exercises and pictures it needs ...
    format = "posture-break routine"
    version = 1

    [routine]
    id = "my-break"
    name = "My break"
    [[routine.step]]
    exercise = "neck-roll"

    [[exercise]]
    id = "neck-roll"
    name = "Neck roll"
    ...

    [[picture]]
    name = "neck-roll.svg"
    base64 = "PHN2ZyB4bWxucz0i..."

    # End of the shared routine.

The routine and each exercise hold the keys of their own files (README: "Your own
routines and exercises") plus their id, so what they mean is decided by the same loader
as for any file (shared_import.py runs it). This module only reads and writes the
wrapping, and refuses a file that is not one of ours, is damaged or incomplete (the
last line says it is whole), is too large, or names anything that is not a plain file
name. Every refusal is a SharingRefusedError with one sentence in the user's language.
"""

from __future__ import annotations

import base64
import binascii
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from posture_break import APP_NAME
from posture_break.core.content_files import ID
from posture_break.core.i18n import Context
from posture_break.core.problems import locate_toml_error
from posture_break.core.toml_text import decode_text
from posture_break.core.toml_writer import dumps

ShareWords = Context("ShareWords")

FORMAT = "posture-break routine"
VERSION = 1
SUFFIX = ".posture-break.toml"
FILE_LIMIT = 16 * 2**20  # bytes; the pictures of a long routine fit many times
PICTURE_LIMIT = 4 * 2**20  # bytes of one picture; the shipped ones are under 20 KiB
MAX_DEPTH = 8  # lists and tables in each other; a file as written here has 5
_END = "# End of the shared routine."
_HEADER = (
    f"# A {APP_NAME} routine, with the exercises and pictures it needs that {APP_NAME} does\n"
    "# not ship. Add it to your own with: posture-break import THIS-FILE\n"
)
# A plain file name: no folder, not hidden; PICTURE_KINDS then says what its ending means.
PICTURE_NAME = re.compile(r"\w[\w .-]{0,99}")
PICTURE_KINDS = {".svg": "SVG", ".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}


class SharingRefusedError(ValueError):
    """A shared routine that cannot be made or imported; `str()` says why, in one line."""


@dataclass
class SharedRoutine:
    """What a shared file holds: the data of one routine file, of the exercise files it
    needs and the bytes of their pictures, each by its id or file name."""

    routine_id: str
    routine: dict[str, Any]
    exercises: dict[str, dict[str, Any]] = field(default_factory=dict)
    pictures: dict[str, bytes] = field(default_factory=dict)

    def to_text(self) -> str:
        """The file's text; from_text(to_text()) gives this back."""
        document: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "routine": {"id": self.routine_id, **_without_id(self.routine)},
            "exercise": [
                {"id": exercise_id, **_without_id(data)}
                for exercise_id, data in self.exercises.items()
            ],
            "picture": [
                {"name": name, "base64": base64.b64encode(data).decode("ascii")}
                for name, data in self.pictures.items()
            ],
        }
        return f"{_HEADER}{dumps(document)}\n{_END}\n"


def from_text(content: bytes) -> SharedRoutine:
    """The routine, exercises and pictures in a shared file's bytes; raises
    SharingRefusedError when it is not a whole, well-formed file of ours."""
    if len(content) > FILE_LIMIT:
        raise SharingRefusedError(file_too_large())
    try:
        text = decode_text(content)
    except UnicodeDecodeError:
        raise SharingRefusedError(not_ours()) from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        where, detail = locate_toml_error(str(error), text)
        #: where is "line 3"; error is what the TOML parser found wrong, in English
        damaged = ShareWords.tr("The file is damaged: {where}: {error}.")
        raise SharingRefusedError(damaged.format(where=where, error=detail)) from None
    except RecursionError:  # tomllib recurses for each list or table in another
        raise SharingRefusedError(_too_deep()) from None
    if _depth(document) > MAX_DEPTH:
        raise SharingRefusedError(_too_deep())
    if document.get("format") != FORMAT:
        raise SharingRefusedError(not_ours())
    version = document.get("version")
    if type(version) is not int or version != VERSION:  # not 1.0, nor true
        raise SharingRefusedError(_wrong_version(version))
    if text.rstrip().rsplit("\n", 1)[-1].strip() != _END:
        incomplete = ShareWords.tr(
            "The file is incomplete: its last line is missing, so part of it was lost."
        )
        raise SharingRefusedError(incomplete)
    routine = _table(document.get("routine"), "[routine]")
    shared = SharedRoutine(_id(routine), _without_id(routine))
    for table in _tables(document.get("exercise", []), "[[exercise]]"):
        exercise_id = _id(table)
        if exercise_id in shared.exercises:
            twice = ShareWords.tr('It holds the exercise "{id}" twice.')
            raise SharingRefusedError(twice.format(id=exercise_id))
        shared.exercises[exercise_id] = _without_id(table)
    for table in _tables(document.get("picture", []), "[[picture]]"):
        name, data = _picture(table)
        if name.casefold() in (known.casefold() for known in shared.pictures):
            twice = ShareWords.tr('It holds the picture "{name}" twice.')
            raise SharingRefusedError(twice.format(name=name))
        shared.pictures[name] = data
    return shared


def not_ours() -> str:
    return ShareWords.tr("This is not a routine shared from {app}.").format(app=APP_NAME)


def file_too_large() -> str:
    #: limit is a number of mebibytes, such as 16
    text = ShareWords.tr("The file is larger than {limit} MiB: too large for a shared routine.")
    return text.format(limit=FILE_LIMIT // 2**20)


def picture_kind(name: str, data: bytes) -> None:
    """Raises SharingRefusedError unless `name` is a plain file name of a picture kind
    we know and `data` is a picture of that kind no larger than PICTURE_LIMIT."""
    kind = _kind(name)
    if len(data) > PICTURE_LIMIT:
        raise SharingRefusedError(_too_large(name))
    if not looks_like(kind, data):
        #: kind is SVG, PNG or JPEG
        wrong = ShareWords.tr('The picture "{name}" is not the {kind} picture its name says.')
        raise SharingRefusedError(wrong.format(name=name, kind=kind))


def _kind(name: str) -> str:
    """The kind of picture a plain file name says, "SVG", "PNG" or "JPEG"; raises
    SharingRefusedError for any other name."""
    if not PICTURE_NAME.fullmatch(name):
        #: name is what the file gives as a picture's file name
        plain = ShareWords.tr(
            '"{name}" is not a plain file name, so it is not used as a picture\'s name.'
        )
        raise SharingRefusedError(plain.format(name=name))
    kind = PICTURE_KINDS.get(name[name.rfind(".") :].lower()) if "." in name else None
    if kind is None:
        unknown = ShareWords.tr(
            'The picture "{name}" is of a kind {app} does not show: only SVG, PNG and JPEG.'
        )
        raise SharingRefusedError(unknown.format(name=name, app=APP_NAME))
    return kind


def _too_large(name: str) -> str:
    #: limit is a number of mebibytes, such as 4
    large = ShareWords.tr('The picture "{name}" is larger than {limit} MiB: too large.')
    return large.format(name=name, limit=PICTURE_LIMIT // 2**20)


def looks_like(kind: str, data: bytes) -> bool:
    """Whether `data` begins as a picture of `kind` does; no parser runs on it here."""
    if kind == "PNG":
        return data.startswith(b"\x89PNG\r\n\x1a\n")
    if kind == "JPEG":
        return data.startswith(b"\xff\xd8\xff")
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith((b"<?xml", b"<svg", b"<!--", b"<!DOCTYPE svg")) and b"<svg" in data


def _too_deep() -> str:
    return ShareWords.tr("The file is damaged: its lists and tables are nested far too deep.")


def _depth(value: object) -> int:
    """How deep lists and tables lie in each other in `value`: a text is 0, [1] is 1.
    A file nested deeper than ours could make the loader and the writer recurse too far."""
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    return 0


def _picture(table: dict[str, Any]) -> tuple[str, bytes]:
    name, encoded = table.get("name"), table.get("base64")
    if not isinstance(name, str) or not isinstance(encoded, str):
        raise SharingRefusedError(_malformed("[[picture]]"))
    packed = "".join(encoded.split())
    if len(packed) // 4 * 3 > PICTURE_LIMIT + 3:  # too large: refused before it is decoded
        _kind(name)
        raise SharingRefusedError(_too_large(name))
    try:
        data = base64.b64decode(packed, validate=True)
    except (binascii.Error, ValueError):
        damaged = ShareWords.tr('The picture "{name}" is damaged: its data is not base64.')
        raise SharingRefusedError(damaged.format(name=name)) from None
    picture_kind(name, data)
    return name, data


def _id(table: dict[str, Any]) -> str:
    value = table.get("id")
    if not isinstance(value, str) or not ID.fullmatch(value):
        #: id is what the file gives as an id, such as "../x"
        wrong = ShareWords.tr(
            "{id} is not an id: use only lower-case letters, digits, hyphens and underscores."
        )
        raise SharingRefusedError(wrong.format(id=f'"{value}"' if isinstance(value, str) else "?"))
    return value


def _table(value: object, name: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SharingRefusedError(_malformed(name))
    return value


def _tables(value: object, name: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise SharingRefusedError(_malformed(name))
    return value


def _malformed(name: str) -> str:
    #: section is how the file writes it: [routine], [[exercise]] or [[picture]]
    text = ShareWords.tr(
        "The file is damaged: its {section} sections are not as {app} writes them."
    )
    return text.format(section=name, app=APP_NAME)


def _wrong_version(version: object) -> str:
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        newer = ShareWords.tr(
            "It was made by a newer {app} (format version {version}). Update {app} to import it."
        )
        return newer.format(app=APP_NAME, version=version)
    return ShareWords.tr("Its format version is not one {app} knows.").format(app=APP_NAME)


def _without_id(table: dict[str, Any]) -> dict[str, Any]:
    """A file's data without the id the shared file adds: the file's name holds it."""
    return {key: value for key, value in table.items() if key != "id"}
