"""Reading and writing settings.toml without ever losing what the user wrote.

Loading never raises and rewrites a user's file only to update an older format (the old
file kept as settings.toml.bak); a file that cannot be read as settings is copied aside
before anything may replace it. Saving is atomic and reports failures in words instead
of raising, so the app keeps running on the values in memory.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from posture_break import APP_NAME
from posture_break.core.clock import Clock
from posture_break.core.problems import Problem, locate_toml_error
from posture_break.core.safe_files import replace_atomically, write_new
from posture_break.core.settings import (
    CURRENT_VERSION,
    MIGRATIONS,
    Migration,
    Settings,
    interpret,
    to_toml,
)

__all__ = ["MIGRATIONS", "LoadResult", "SaveResult", "SettingsStore"]

_DEFAULTS_USED = f"{APP_NAME} uses the default for every setting"


@dataclass(frozen=True)
class LoadResult:
    settings: Settings
    problems: list[Problem]
    corrupt_copy: Path | None = None  # where an unreadable file was copied to
    wrote_defaults: bool = False  # a fresh file with every default was written
    migrated_from: int | None = None  # the file was updated from this older version


@dataclass(frozen=True)
class SaveResult:
    ok: bool
    problem: Problem | None = None


@dataclass(frozen=True)
class _Reading:
    """What is at the settings path, before anything is decided about it."""

    kind: Literal["missing", "unreadable", "empty", "corrupt", "toml"]
    content: bytes | None = None
    raw: dict[str, Any] | None = None
    where: str = ""  # for "corrupt": the line tomllib or the decoder stopped at
    why: str = ""  # what is wrong, as the start of a sentence


class SettingsStore:
    """settings.toml in `config_dir`; the folder is created only when something is written."""

    def __init__(
        self,
        config_dir: Path,
        clock: Clock,
        migrations: Mapping[int, Migration] = MIGRATIONS,
        current_version: int = CURRENT_VERSION,
    ) -> None:
        missing = set(range(1, current_version)) - set(migrations)
        if missing:
            raise ValueError(f"no migration from settings version {min(missing)}")
        self.config_dir = config_dir
        self.path = config_dir / "settings.toml"
        self.backup_path = config_dir / "settings.toml.bak"
        self._clock = clock
        self._migrations = migrations
        self._version = current_version

    def load(self) -> LoadResult:
        """The settings to run on, every problem in words, and what was written to disk."""
        reading = self._read()
        if reading.kind in ("missing", "empty"):
            return self._write_defaults(reading)
        if reading.kind == "toml":
            assert reading.raw is not None
            return self._load_toml(reading.raw)
        kept, note = None, "leaves everything on disk as it is"
        if reading.kind == "corrupt":
            assert reading.content is not None
            kept, failure = self._set_aside(reading.content)
            note = f"keeps a copy of the file at {kept}"
            if kept is None:
                note = f"will not save over the file, as no copy of it could be kept: {failure}"
        message = f"{reading.why}, so {_DEFAULTS_USED} and {note}."
        return LoadResult(Settings(), [self._problem(reading.where, message)], corrupt_copy=kept)

    def check(self) -> list[Problem]:
        """Every problem `load` would report; never writes, copies or creates anything."""
        reading = self._read()
        if reading.kind == "missing":
            return []
        if reading.kind == "toml":
            assert reading.raw is not None
            return interpret(reading.raw, str(self.path), self._migrations, self._version)[1]
        note = {
            "empty": "fills the file with every setting when it starts",
            "corrupt": "keeps a copy of the file when it starts",
            "unreadable": "leaves everything on disk as it is",
        }[reading.kind]
        return [self._problem(reading.where, f"{reading.why}, so {_DEFAULTS_USED} and {note}.")]

    def save(self, settings: Settings) -> SaveResult:
        """Write every setting; on failure say why in words and leave the old file as it was."""
        failure = self._write(to_toml(settings, self._version))
        if failure is None:
            return SaveResult(ok=True)
        reason, state = failure
        message = f"Your settings could not be saved because {reason}; {state} and the new "
        message += f"values stay in effect until {APP_NAME} quits."
        return SaveResult(ok=False, problem=self._problem("", message))

    def _problem(self, where: str, message: str) -> Problem:
        return Problem(str(self.path), where, message)

    def _read(self) -> _Reading:
        try:
            content = self.path.read_bytes()
        except FileNotFoundError:
            return _Reading("missing")
        except OSError as error:
            why = f"The settings file {self.path} cannot be read because {self._why(error, 'read')}"
            return _Reading("unreadable", why=why)
        if not content.strip():
            return _Reading("empty", content, why="The settings file is empty")
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = content.count(b"\n", 0, error.start) + 1
            why = "The settings file is not a text file (it holds bytes that are not UTF-8)"
            return _Reading("corrupt", content, where=f"line {line}", why=why)
        try:
            return _Reading("toml", content, raw=tomllib.loads(text))
        except tomllib.TOMLDecodeError as error:
            where, detail = locate_toml_error(str(error), text)
            why = f"The settings file is not valid TOML ({detail})"
            return _Reading("corrupt", content, where=where, why=why)

    def _load_toml(self, raw: dict[str, Any]) -> LoadResult:
        """Use a parsed file; rewrite it only to update a sound file from an older version."""
        settings, problems, version = interpret(
            raw, str(self.path), self._migrations, self._version
        )
        if version >= self._version or problems:
            return LoadResult(settings, problems)
        failure = self._write(to_toml(settings, self._version))
        if failure is None:
            return LoadResult(settings, [], migrated_from=version)
        message = f"The settings file is from an older version of {APP_NAME} and could not be "
        message += f"updated because {failure[0]}; its settings are used all the same."
        return LoadResult(settings, [self._problem("", message)])

    def _write_defaults(self, reading: _Reading) -> LoadResult:
        """First run, or an empty file: nothing to lose, so write every default with comments."""
        failure = self._write(to_toml(Settings(), self._version))
        problems = []
        if reading.kind == "empty":
            note = "wrote them all into it; the file held nothing, so nothing is lost"
            message = f"{reading.why}, so {_DEFAULTS_USED}" + ("." if failure else f" and {note}.")
            problems.append(self._problem("", message))
        if failure is not None:
            message = f"{APP_NAME} could not write its settings file because {failure[0]}; "
            problems.append(self._problem("", message + "it uses the default for every setting."))
        return LoadResult(Settings(), problems, wrote_defaults=failure is None)

    def _write(self, text: str) -> tuple[str, str] | None:
        """Replace the file with `text`, the old one kept as .bak: None, or (why not, state)."""
        reading = self._read()
        refusal = self._refusal(reading)
        if refusal is not None:
            return refusal, "nothing on disk was changed"
        # Write through a symlink (dotfile managers use them) instead of replacing it.
        target = self.path.resolve() if self.path.is_symlink() else self.path
        try:
            self.config_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            if reading.content is not None and reading.content.strip():
                replace_atomically(self.backup_path, reading.content)
            replace_atomically(target, text.encode())
        except OSError as error:
            had_file = reading.content is not None
            state = "the previous file is unchanged" if had_file else "nothing on disk was changed"
            return self._why(error, "write"), state
        return None

    def _refusal(self, reading: _Reading) -> str | None:
        """Why the file there must not be replaced (yet), or None when it may be."""
        version = reading.raw.get("version") if reading.raw else None
        if isinstance(version, int) and not isinstance(version, bool) and version > self._version:
            return (
                f"the settings file comes from a newer version of {APP_NAME}, and saving would "
                "lose what that version wrote"
            )
        if reading.kind == "corrupt":
            assert reading.content is not None
            failure = self._set_aside(reading.content)[1]
            if failure:
                return (
                    f"the settings file cannot be read and no copy of it could be kept: {failure}"
                )
        if reading.kind == "unreadable" and self.path.is_dir():
            return f"{self.path} is a folder, not a file, and {APP_NAME} never replaces a folder"
        if reading.kind == "unreadable" and os.path.lexists(self.path):
            return "the settings file cannot be read, so no copy of it could be kept"
        return None

    def _set_aside(self, content: bytes) -> tuple[Path | None, str]:
        """Copy an unreadable file next to it, once: the same bytes are never copied twice."""
        for earlier in sorted(self.config_dir.glob("settings.corrupt-*.toml")):
            with contextlib.suppress(OSError):
                if earlier.stat().st_size == len(content) and earlier.read_bytes() == content:
                    return earlier, ""
        stamp = self._clock.now().strftime("%Y%m%d-%H%M%S")
        number = 1
        while True:
            suffix = "" if number == 1 else f"-{number}"
            kept = self.config_dir / f"settings.corrupt-{stamp}{suffix}.toml"
            try:
                write_new(kept, content)
            except FileExistsError:
                number += 1
                continue
            except OSError as error:
                return None, self._why(error, "write")
            return kept, ""

    def _why(self, error: OSError, doing: Literal["read", "write"]) -> str:
        """The reason after "because", in words, for an error reading or writing."""
        code = error.errno
        if code in (errno.ENOSPC, errno.EDQUOT):
            return "the disk is full"
        if code == errno.EFBIG:
            return "the disk is full (or the file would be larger than the system allows)"
        if code == errno.EROFS:
            return f"the folder {self.config_dir} is on a read-only disk"
        if code in (errno.EACCES, errno.EPERM):
            if doing == "read":
                return f"{APP_NAME} is not allowed to read it"
            return f"{APP_NAME} is not allowed to write in {self.config_dir}"
        if code in (errno.ENOTDIR, errno.EEXIST):
            return f"{self._blocking_file()} is a file where a folder should be"
        if code == errno.EISDIR:
            return f"{error.filename2 or error.filename} is a folder, not a file"
        return f"of a system error ({error.strerror or error})"

    def _blocking_file(self) -> Path:
        """The file that stands where the path to the settings needs a folder."""
        for folder in reversed([self.config_dir, *self.config_dir.parents]):
            if folder.exists() and not folder.is_dir():
                return folder
        return self.config_dir
