"""Idle time on Windows and macOS, asked of the system, behind a QueryIdleWatch.

Neither system tells a desktop app when input stops or comes back; both answer how
long ago the last input was:

- Windows: user32's `GetLastInputInfo` gives the tick count (milliseconds since boot,
  a 32-bit DWORD that wraps after 49.7 days) of the last input in this session;
  kernel32's `GetTickCount` the tick count now. The difference is taken modulo 2**32,
  so it stays right across the wrap. The docs warn that the last input's tick count can
  be later than now's (SendInput stamps its own): such a "negative" difference is input
  just now.
- macOS: CoreGraphics' `CGEventSourceSecondsSinceLastEventType` for any input event
  (kCGAnyInputEventType, `(CGEventType)~0`) in the combined session state (0): input a
  remote-control or accessibility tool posts into the session is someone at work too.
  It is one call returning seconds; IOKit's HIDIdleTime would need a registry lookup
  and CoreFoundation objects to release, and sees only hardware input.

The libraries are loaded when a watch is opened, never at import, so this module
imports anywhere. The functions take the loaded libraries as parameters, so the
arithmetic is tested with stand-ins on any system.
"""

from __future__ import annotations

import ctypes
import functools
import logging
import sys
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject

from posture_break.adapters.idle_query import QueryIdleWatch

log = logging.getLogger(__name__)

_TICKS = 1 << 32  # GetTickCount's range
_CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
_COMBINED_SESSION_STATE = 0  # kCGEventSourceStateCombinedSessionState
_ANY_INPUT_EVENT = 0xFFFFFFFF  # kCGAnyInputEventType


class LastInputInfo(ctypes.Structure):
    """LASTINPUTINFO (winuser.h): cbSize must hold the structure's size."""

    _fields_ = (("cbSize", ctypes.c_uint32), ("dwTime", ctypes.c_uint32))
    cbSize: int  # noqa: N815 (the C names)
    dwTime: int  # noqa: N815


class User32(Protocol):
    def GetLastInputInfo(self, info: ctypes._Pointer[LastInputInfo], /) -> int: ...  # noqa: N802


class Kernel32(Protocol):
    def GetTickCount(self) -> int: ...  # noqa: N802


class CoreGraphics(Protocol):
    def CGEventSourceSecondsSinceLastEventType(  # noqa: N802
        self, state_id: int, event_type: int, /
    ) -> float: ...


def windows_idle_seconds(user32: User32, kernel32: Kernel32) -> float:
    """Seconds since the last input in this Windows session; 0 when it cannot be read
    (counted as present, never wrongly as away)."""
    info = LastInputInfo(ctypes.sizeof(LastInputInfo), 0)
    if not user32.GetLastInputInfo(ctypes.pointer(info)):
        log.warning("GetLastInputInfo failed, so the idle time is taken as 0")
        return 0.0
    idle_ms = (kernel32.GetTickCount() - info.dwTime) % _TICKS
    if idle_ms >= _TICKS // 2:  # the last input stamped after now
        return 0.0
    return idle_ms / 1000


def macos_idle_seconds(core_graphics: CoreGraphics) -> float:
    """Seconds since the last input of any kind in this macOS login session."""
    return float(
        core_graphics.CGEventSourceSecondsSinceLastEventType(
            _COMBINED_SESSION_STATE, _ANY_INPUT_EVENT
        )
    )


def open_os_idle_watch(parent: QObject | None = None) -> QueryIdleWatch | None:
    """A watch on the system's idle query on Windows and macOS; None elsewhere, or when
    the system library does not load: breaks then follow the clock alone."""
    try:
        query = _system_query()
    except OSError as error:
        log.warning("cannot load the system's idle query (%s), so no idle detection", error)
        return None
    if query is None:
        return None
    log.info("idle detection from the system's idle query on %s", sys.platform)
    return QueryIdleWatch(query, parent)


def _system_query() -> Callable[[], float] | None:
    # One if/elif/else, so that a type checker for each system skips the other branches.
    if sys.platform == "win32":
        user32, kernel32 = ctypes.WinDLL("user32"), ctypes.WinDLL("kernel32")
        return functools.partial(windows_idle_seconds, *_declare_windows(user32, kernel32))
    elif sys.platform == "darwin":
        core_graphics = _declare_core_graphics(ctypes.CDLL(_CORE_GRAPHICS))
        return functools.partial(macos_idle_seconds, core_graphics)
    else:
        return None


def _declare_windows(user32: ctypes.CDLL, kernel32: ctypes.CDLL) -> tuple[User32, Kernel32]:
    """Declare the C signatures; undeclared, ctypes would read the DWORD as signed."""
    user32.GetLastInputInfo.argtypes = [ctypes.POINTER(LastInputInfo)]
    user32.GetLastInputInfo.restype = ctypes.c_int  # BOOL
    kernel32.GetTickCount.argtypes = []
    kernel32.GetTickCount.restype = ctypes.c_uint32  # DWORD
    return user32, kernel32


def _declare_core_graphics(core_graphics: ctypes.CDLL) -> CoreGraphics:
    """Declare the C signature; undeclared, ctypes would read the double as an int."""
    seconds_since = core_graphics.CGEventSourceSecondsSinceLastEventType
    seconds_since.argtypes = [ctypes.c_int32, ctypes.c_uint32]  # CGEventSourceStateID, type
    seconds_since.restype = ctypes.c_double  # CFTimeInterval
    return core_graphics
