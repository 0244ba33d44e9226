"""Start at login on Windows: a value under the current user's `Run` key in the registry,
read back as Task Manager's own switch leaves it.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Literal, Protocol

from posture_break import APP_NAME
from posture_break.adapters.autostart import AutostartWords, attempt, launch_command

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
        return attempt(self._write, "on", self._place)

    def disable(self) -> str | None:
        return attempt(self._delete, "off", self._place)

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
