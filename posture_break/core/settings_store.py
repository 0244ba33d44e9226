"""Reading and writing settings.toml without ever losing what the user wrote.

Loading never raises and rewrites a user's file only to update an older format (the old
file kept as settings.toml.bak); a file that cannot be read as settings is copied aside
before anything may replace it. Saving is atomic and reports failures in words instead
of raising, so the app keeps running on the values in memory. A message says in whole
sentences what is wrong, why (core/problems.py words the reasons) and what the app does.
"""

from __future__ import annotations

import contextlib
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, NamedTuple

from posture_break import APP_NAME
from posture_break.core.clock import Clock
from posture_break.core.i18n import Context
from posture_break.core.problems import (
    Problem,
    blocking_file,
    line_label,
    locate_toml_error,
    sentences,
    why_failed,
)
from posture_break.core.safe_files import read_regular, replace_atomically, write_new
from posture_break.core.settings import CURRENT_VERSION, Settings, to_toml
from posture_break.core.settings_validation import MIGRATIONS, Migration, interpret
from posture_break.core.toml_text import decode_text, parse_toml

__all__ = ["LoadResult", "SaveResult", "SettingsStore"]

SettingsStoreWords = Context("SettingsStoreWords")


class LoadResult(NamedTuple):
    settings: Settings
    problems: list[Problem]
    corrupt_copy: Path | None = None  # where an unreadable file was copied to
    wrote_defaults: bool = False  # a fresh file with every default was written
    migrated_from: int | None = None  # the file was updated from this older version


class SaveResult(NamedTuple):
    ok: bool
    problem: Problem | None = None


class _Reading(NamedTuple):
    """What is at the settings path, before anything is decided about it."""

    kind: Literal["missing", "unreadable", "empty", "corrupt", "toml"]
    content: bytes | None = None
    raw: dict[str, Any] | None = None
    where: str = ""  # for "corrupt": the line tomllib or the decoder stopped at
    why: str = ""  # what is wrong, in sentences


class _Failure(NamedTuple):
    """Why the file was not written, in sentences, and whether a file that was there
    before is still there unchanged."""

    reason: str
    previous_kept: bool


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
        kept, outcome = None, _left_as_it_is()
        if reading.kind == "corrupt":
            assert reading.content is not None
            kept, failure = self._set_aside(reading.content)
            if kept is None:
                outcome = sentences(
                    SettingsStoreWords.tr(
                        "{app} uses the default for every setting and will not save over the "
                        "file, as no copy of it could be kept."
                    ).format(app=APP_NAME),
                    failure,
                )
            else:
                outcome = SettingsStoreWords.tr(
                    "{app} uses the default for every setting and keeps a copy of the file "
                    "at {copy}."
                ).format(app=APP_NAME, copy=kept)
        message = sentences(reading.why, outcome)
        return LoadResult(Settings(), [self._problem(reading.where, message)], corrupt_copy=kept)

    def check(self) -> list[Problem]:
        """Every problem `load` would report; never writes, copies or creates anything."""
        reading = self._read()
        if reading.kind == "missing":
            return []
        if reading.kind == "toml":
            assert reading.raw is not None
            return interpret(reading.raw, str(self.path), self._migrations, self._version)[1]
        if reading.kind == "empty":
            outcome = SettingsStoreWords.tr(
                "{app} uses the default for every setting and fills the file with every "
                "setting when it starts."
            ).format(app=APP_NAME)
        elif reading.kind == "corrupt":
            outcome = SettingsStoreWords.tr(
                "{app} uses the default for every setting and keeps a copy of the file when "
                "it starts."
            ).format(app=APP_NAME)
        else:
            outcome = _left_as_it_is()
        return [self._problem(reading.where, sentences(reading.why, outcome))]

    def save(self, settings: Settings) -> SaveResult:
        """Write every setting; on failure say why in words and leave the old file as it was."""
        failure = self._write(to_toml(settings, self._version))
        if failure is None:
            return SaveResult(ok=True)
        if failure.previous_kept:
            state = SettingsStoreWords.tr(
                "The previous file is unchanged, and the new values stay in effect until "
                "{app} quits."
            )
        else:
            state = SettingsStoreWords.tr(
                "Nothing on disk was changed, and the new values stay in effect until {app} quits."
            )
        message = sentences(
            SettingsStoreWords.tr("Your settings could not be saved."),
            failure.reason,
            state.format(app=APP_NAME),
        )
        return SaveResult(ok=False, problem=self._problem("", message))

    def _problem(self, where: str, message: str) -> Problem:
        return Problem(str(self.path), where, message)

    def _read(self) -> _Reading:
        try:
            content = read_regular(self.path)
        except FileNotFoundError:
            return _Reading("missing")
        except OSError as error:
            unread = SettingsStoreWords.tr("The settings file {path} cannot be read.")
            why = sentences(unread.format(path=self.path), self._why(error, "read"))
            return _Reading("unreadable", why=why)
        if not content.strip():
            return _Reading(
                "empty", content, why=SettingsStoreWords.tr("The settings file is empty.")
            )
        try:
            text = decode_text(content)
        except UnicodeDecodeError as error:
            line = content.count(b"\n", 0, error.start) + 1
            why = SettingsStoreWords.tr(
                "The settings file is not a text file: it holds bytes that are not UTF-8."
            )
            return _Reading("corrupt", content, where=line_label(line), why=why)
        try:
            return _Reading("toml", content, raw=parse_toml(text))
        except tomllib.TOMLDecodeError as error:
            where, detail = locate_toml_error(str(error), text)
            #: error is what the TOML parser found wrong, in its own English words
            why = SettingsStoreWords.tr("The settings file is not valid TOML: {error}.")
            return _Reading("corrupt", content, where=where, why=why.format(error=detail))

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
        older = SettingsStoreWords.tr(
            "The settings file is from an older version of {app} and could not be updated."
        )
        message = sentences(
            older.format(app=APP_NAME),
            failure.reason,
            SettingsStoreWords.tr("Its settings are used all the same."),
        )
        return LoadResult(settings, [self._problem("", message)])

    def _write_defaults(self, reading: _Reading) -> LoadResult:
        """First run, or an empty file: nothing to lose, so write every default with comments."""
        failure = self._write(to_toml(Settings(), self._version))
        defaults = SettingsStoreWords.tr("{app} uses the default for every setting.")
        defaults = defaults.format(app=APP_NAME)
        problems = []
        if reading.kind == "empty":
            filled = SettingsStoreWords.tr(
                "{app} uses the default for every setting and wrote them all into it: the file "
                "held nothing, so nothing is lost."
            )
            outcome = defaults if failure else filled.format(app=APP_NAME)
            problems.append(self._problem("", sentences(reading.why, outcome)))
        if failure is not None:
            unwritten = SettingsStoreWords.tr("{app} could not write its settings file.")
            message = sentences(unwritten.format(app=APP_NAME), failure.reason, defaults)
            problems.append(self._problem("", message))
        return LoadResult(Settings(), problems, wrote_defaults=failure is None)

    def _write(self, text: str) -> _Failure | None:
        """Replace the file with `text`, the old one kept as .bak: None, or why not."""
        reading = self._read()
        refusal = self._refusal(reading)
        if refusal is not None:
            return _Failure(refusal, previous_kept=False)
        # Write through a symlink (dotfile managers use them) instead of replacing it.
        target = self.path.resolve() if self.path.is_symlink() else self.path
        try:
            self.config_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            if reading.content is not None and reading.content.strip():
                replace_atomically(self.backup_path, reading.content)
            replace_atomically(target, text.encode())
        except OSError as error:
            return _Failure(self._why(error, "write"), previous_kept=reading.content is not None)
        return None

    def _refusal(self, reading: _Reading) -> str | None:
        """Why the file there must not be replaced (yet), in sentences, or None when it
        may be."""
        version = reading.raw.get("version") if reading.raw else None
        if isinstance(version, int) and not isinstance(version, bool) and version > self._version:
            return SettingsStoreWords.tr(
                "The settings file comes from a newer version of {app}, and saving would lose "
                "what that version wrote."
            ).format(app=APP_NAME)
        if reading.kind == "corrupt":
            assert reading.content is not None
            failure = self._set_aside(reading.content)[1]
            if failure:
                return sentences(
                    SettingsStoreWords.tr(
                        "The settings file cannot be read, and no copy of it could be kept."
                    ),
                    failure,
                )
        if reading.kind == "unreadable" and self.path.is_dir():
            return SettingsStoreWords.tr(
                "{path} is a folder, not a file, and {app} never replaces a folder."
            ).format(path=self.path, app=APP_NAME)
        if reading.kind == "unreadable" and os.path.lexists(self.path):
            return SettingsStoreWords.tr(
                "The settings file cannot be read, so no copy of it could be kept."
            )
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
        """Why reading or writing the settings failed, as a sentence."""
        folder = self.config_dir
        return why_failed(error, doing, str(folder), str(blocking_file(folder)))


def _left_as_it_is() -> str:
    """What the app does about a settings file it cannot use and must not replace."""
    return SettingsStoreWords.tr(
        "{app} uses the default for every setting and leaves everything on disk as it is."
    ).format(app=APP_NAME)
