"""Start at login on Linux and other Unix desktops: `~/.config/autostart/<desktop id>.desktop`,
per the XDG Desktop Application Autostart Specification, and the Desktop Entry quoting
that the menu launcher (desktop_entry.py) shares.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from posture_break import APP_NAME, DESKTOP_ID
from posture_break.adapters.autostart import attempt, in_words, launch_command
from posture_break.core.safe_files import replace_atomically

MARKER = (
    f"# Written by {APP_NAME}, which removes this file when "
    '"Start at login" is turned off in its settings.'
)
COMMENT = "Short, guided stretch breaks for your neck and upper back"  # also the menu launcher's
_GROUP = "[Desktop Entry]"
# Desktop Entry spec, "The Exec key": an argument holding one of these must be quoted.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# How desktops switch an entry off without removing it (GKeyFile also reads 1 and 0).
_OFF = {"Hidden": ("true", "1"), "X-GNOME-Autostart-enabled": ("false", "0")}


class XdgAutostart:
    """An autostart entry as in the XDG Desktop Application Autostart Specification.

    A file without our marker comment is the user's (written by hand, or copied by a tool
    such as GNOME Tweaks): turning off hides it with Hidden=true instead of deleting it.
    """

    def __init__(
        self, config_home: Path | None = None, launch: Sequence[str] | None = None
    ) -> None:
        if config_home is None:
            from_env = os.environ.get("XDG_CONFIG_HOME", "")
            # The spec ignores a relative XDG_CONFIG_HOME.
            config_home = Path(from_env) if os.path.isabs(from_env) else Path.home() / ".config"
        self.path = config_home / "autostart" / f"{DESKTOP_ID}.desktop"
        self._launch = list(launch) if launch is not None else launch_command()
        self.where = in_words(self.path)

    def is_enabled(self) -> bool:
        try:
            keys = _entry_keys(self._read())
        except OSError:
            return False
        switched_off = any(keys.get(key, "").lower() in words for key, words in _OFF.items())
        return "Exec" in keys and not switched_off

    def enable(self) -> str | None:
        return attempt(self._write_ours, "on", self.path.parent)

    def disable(self) -> str | None:
        return attempt(self._remove_or_hide, "off", self.path.parent)

    def _content(self) -> str:
        return "\n".join(
            [
                MARKER,
                _GROUP,
                "Type=Application",
                f"Name={APP_NAME}",
                f"Comment={COMMENT}",
                f"Exec={exec_value(self._launch)}",
                f"Icon={DESKTOP_ID}",
                "Terminal=false",
                "Categories=Utility;",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )

    def _read(self) -> str:
        # surrogateescape: a file that is not UTF-8 is written back byte for byte.
        return self.path.read_bytes().decode("utf-8", "surrogateescape")

    def _write_ours(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        replace_atomically(self.path, self._content().encode())

    def _remove_or_hide(self) -> None:
        try:
            text = self._read()
        except (FileNotFoundError, NotADirectoryError):
            return  # nothing there: already off
        if MARKER in (line.strip() for line in text.splitlines()):
            self.path.unlink(missing_ok=True)
        else:
            hidden = _with_key(text, "Hidden", "true")
            replace_atomically(self.path, hidden.encode("utf-8", "surrogateescape"))


def exec_value(argv: Sequence[str]) -> str:
    """The Exec key's value for `argv`, so that a launcher splits it back into the same
    arguments: the spec's quoting rules, then `%` doubled (field codes), then the escapes
    of a string value (a backslash doubled once more, newline and tab escaped)."""
    quoted = " ".join(_exec_argument(argument) for argument in argv).replace("%", "%%")
    return quoted.translate(
        {ord("\\"): "\\\\", ord("\n"): "\\n", ord("\t"): "\\t", ord("\r"): "\\r"}
    )


def _exec_argument(argument: str) -> str:
    if argument and not _RESERVED.intersection(argument):
        return argument
    return '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'


def _entry_keys(text: str) -> dict[str, str]:
    """The keys of the [Desktop Entry] group; other groups (actions) do not matter here."""
    keys: dict[str, str] = {}
    inside = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped == _GROUP
        elif inside and "=" in stripped and not stripped.startswith("#"):
            key, value = stripped.split("=", 1)
            keys[key.strip()] = value.strip()
    return keys


def _with_key(text: str, key: str, value: str) -> str:
    """`text` with `key` set to `value` in [Desktop Entry]; every other line as it was."""
    lines = text.splitlines()
    group_at: int | None = None
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("["):
            if group_at is not None:
                break
            if stripped == _GROUP:
                group_at = number
        elif group_at is not None and stripped.split("=", 1)[0].strip() == key:
            lines[number] = f"{key}={value}"
            return "\n".join(lines) + "\n"
    if group_at is None:
        lines.append(_GROUP)
        group_at = len(lines) - 1
    lines.insert(group_at + 1, f"{key}={value}")
    return "\n".join(lines) + "\n"
