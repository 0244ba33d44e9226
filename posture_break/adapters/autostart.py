"""Start at login: one small interface, and the entry each system reads when you log in.

- Linux and other Unix desktops: `~/.config/autostart/<desktop id>.desktop`, per the XDG
  Desktop Application Autostart Specification.
- Windows: a value under the current user's `Run` key in the registry.
- macOS: a LaunchAgent, `~/Library/LaunchAgents/<desktop id>.plist`.

What must stay true: nothing here raises for an OS error. `enable()` and `disable()`
answer None, or sentences in the user's language saying what went wrong and why (details
go to the log), and `is_enabled()` answers what will really happen at the next login, so
a desktop's own "Startup Applications" switch, or Task Manager's, reads as off.
"""

from __future__ import annotations

import logging
import os
import plistlib
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, Protocol
from xml.parsers.expat import ExpatError

from posture_break import APP_ID, APP_NAME, DESKTOP_ID
from posture_break.core.i18n import Context
from posture_break.core.ports import Autostart
from posture_break.core.problems import blocking_file, sentences, why_failed
from posture_break.core.safe_files import replace_atomically

log = logging.getLogger(__name__)

AutostartWords = Context("AutostartWords")

FLATPAK_INFO = Path("/.flatpak-info")


def autostart_for_this_system(launch: Sequence[str] | None = None) -> Autostart:
    """The entry this system reads at login; `launch` defaults to `launch_command()`."""
    if sys.platform == "win32":
        return WindowsRunKey(launch)
    if sys.platform == "darwin":
        return LaunchAgent(launch=launch)
    # Inside a Flatpak, XDG_CONFIG_HOME points into ~/.var/app, which no session reads;
    # ~/.config/autostart is the host's (the sandbox needs xdg-config/autostart:create).
    config_home = Path.home() / ".config" if _in_flatpak() else None
    return XdgAutostart(config_home, launch)


def launch_command() -> list[str]:
    """The argv that starts Posture Break as installed. Absolute, because the session that
    reads the entry at login may have another PATH than this process."""
    if _in_flatpak():
        # Paths inside the sandbox mean nothing outside it. The proper way here is the
        # Background portal (org.freedesktop.portal.Background.RequestBackground with
        # autostart=true), which writes the entry itself; until then the host's command.
        return ["flatpak", "run", DESKTOP_ID]
    # The script beside this interpreter first: it belongs to the copy that is running.
    search = os.pathsep.join([os.path.dirname(sys.executable), os.environ.get("PATH", "")])
    script = shutil.which(APP_ID, path=search)
    if script:
        return [os.path.abspath(script)]
    return [sys.executable, "-m", "posture_break"]


def _in_flatpak() -> bool:
    return FLATPAK_INFO.exists()


def _in_words(path: Path) -> str:
    """A path as the user knows it: under the home folder it starts with ~."""
    try:
        return f"~/{path.relative_to(Path.home()).as_posix()}"
    except ValueError:
        return str(path)


def _attempt(
    action: Callable[[], None], turning: Literal["on", "off"], place: Path | str
) -> str | None:
    """Runs `action`, which writes in `place` (a folder, or a registry key); an OS error
    becomes the sentences the user sees, and a log line."""
    try:
        action()
    except OSError as error:
        log.warning("Could not turn start at login %s in %s: %s", turning, place, error)
        if turning == "on":
            failed = AutostartWords.tr('"Start at login" could not be turned on.')
        else:
            failed = AutostartWords.tr('"Start at login" could not be turned off.')
        if isinstance(place, Path):
            why = why_failed(error, "write", _in_words(place), _in_words(blocking_file(place)))
        else:
            why = why_failed(error, "write", place)
        return sentences(failed, why)
    return None


# -- Linux and other Unix desktops --------------------------------------------------------

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
        self.where = _in_words(self.path)

    def is_enabled(self) -> bool:
        try:
            keys = _entry_keys(self._read())
        except OSError:
            return False
        switched_off = any(keys.get(key, "").lower() in words for key, words in _OFF.items())
        return "Exec" in keys and not switched_off

    def enable(self) -> str | None:
        return _attempt(self._write_ours, "on", self.path.parent)

    def disable(self) -> str | None:
        return _attempt(self._remove_or_hide, "off", self.path.parent)

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


# -- Windows ------------------------------------------------------------------------------

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Where Task Manager and Settings > Apps > Startup record that an entry is switched off.
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE = APP_NAME


class Registry(Protocol):
    """The part of `winreg` used here. Typed apart because typeshed's winreg is empty off
    Windows, and so that tests can hand in a fake."""

    HKEY_CURRENT_USER: int
    KEY_READ: int
    KEY_SET_VALUE: int
    REG_SZ: int

    def OpenKey(self, key: Any, sub_key: str, reserved: int, access: int, /) -> Any: ...  # noqa: N802

    def CreateKeyEx(self, key: Any, sub_key: str, reserved: int, access: int, /) -> Any: ...  # noqa: N802

    def SetValueEx(  # noqa: N802
        self, key: Any, value_name: str, reserved: int, type: int, value: str, /
    ) -> None: ...

    def QueryValueEx(self, key: Any, name: str, /) -> tuple[Any, int]: ...  # noqa: N802

    def DeleteValue(self, key: Any, value: str, /) -> None: ...  # noqa: N802

    def CloseKey(self, hkey: Any, /) -> None: ...  # noqa: N802


class WindowsRunKey:
    """A value named "Posture Break" under HKEY_CURRENT_USER's Run key."""

    def __init__(
        self, launch: Sequence[str] | None = None, registry: Registry | None = None
    ) -> None:
        self._registry = registry if registry is not None else _winreg()
        argv = list(launch) if launch is not None else launch_command()
        self._command = subprocess.list2cmdline(argv)
        self._place = rf"HKEY_CURRENT_USER\{RUN_KEY}"
        #: Where the start-at-login entry is on Windows: a registry key, and the name of
        #: the value in it
        where = AutostartWords.tr('{key}, value "{name}"')
        self.where = where.format(key=self._place, name=RUN_VALUE)

    def is_enabled(self) -> bool:
        if self._value(RUN_KEY) is None:
            return False
        # 02 00 ... (or 06 ...) is on; an odd first byte (03 and a time stamp) is off.
        state = self._value(APPROVED_KEY)
        switched_off = isinstance(state, bytes) and state[:1] != b"" and state[0] % 2 == 1
        return not switched_off

    def enable(self) -> str | None:
        return _attempt(self._write, "on", self._place)

    def disable(self) -> str | None:
        return _attempt(self._delete, "off", self._place)

    def _value(self, sub_key: str) -> object:
        """Our value under `sub_key`, or None when there is none or it cannot be read."""
        try:
            with self._key(sub_key, "read") as key:
                value: object = self._registry.QueryValueEx(key, RUN_VALUE)[0]
        except OSError:
            return None
        return value

    def _write(self) -> None:
        with self._key(RUN_KEY, "create") as run:
            self._registry.SetValueEx(run, RUN_VALUE, 0, self._registry.REG_SZ, self._command)
        # Without a StartupApproved value Windows runs the entry: this lifts a switch-off.
        self._delete_value(APPROVED_KEY)

    def _delete(self) -> None:
        self._delete_value(RUN_KEY)
        self._delete_value(APPROVED_KEY)

    def _delete_value(self, sub_key: str) -> None:
        try:
            with self._key(sub_key, "change") as key:
                self._registry.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            pass  # already gone

    @contextmanager
    def _key(self, sub_key: str, mode: Literal["read", "change", "create"]) -> Iterator[Any]:
        registry = self._registry
        root = registry.HKEY_CURRENT_USER
        if mode == "create":
            key = registry.CreateKeyEx(root, sub_key, 0, registry.KEY_SET_VALUE)
        else:
            access = registry.KEY_READ if mode == "read" else registry.KEY_SET_VALUE
            key = registry.OpenKey(root, sub_key, 0, access)
        try:
            yield key
        finally:
            registry.CloseKey(key)


def _winreg() -> Registry:
    if sys.platform == "win32":
        import winreg  # only here: the module exists only on Windows

        return winreg
    raise RuntimeError("the Windows registry exists only on Windows")


# -- macOS --------------------------------------------------------------------------------


class LaunchAgent:
    """A per-user LaunchAgent. Nothing calls `launchctl`: launchd loads the agent at the
    next login, which is all "Start at login" promises, and the running app is not started
    a second time."""

    def __init__(self, home: Path | None = None, launch: Sequence[str] | None = None) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{DESKTOP_ID}.plist"
        self._launch = list(launch) if launch is not None else launch_command()
        self.where = _in_words(self.path)

    def is_enabled(self) -> bool:
        try:
            with self.path.open("rb") as file:
                agent = plistlib.load(file)
        except (OSError, ValueError, ExpatError):
            return False
        return isinstance(agent, dict) and agent.get("Disabled") is not True

    def enable(self) -> str | None:
        return _attempt(self._write, "on", self.path.parent)

    def disable(self) -> str | None:
        return _attempt(lambda: self.path.unlink(missing_ok=True), "off", self.path.parent)

    def _write(self) -> None:
        agent = {
            "Label": DESKTOP_ID,
            "ProgramArguments": self._launch,
            "RunAtLoad": True,
            "ProcessType": "Interactive",  # a window the user waits for: not throttled
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        replace_atomically(self.path, plistlib.dumps(agent))
