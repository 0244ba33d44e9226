"""X errors on an Xlib connection of our own, kept from ending the app.

Xlib's default error handler exits the process, and the handler is one per process.
An adapter with its own connection (idle watch, busy probe) installs this one: errors
on its connection go to the adapter, errors on any other connection (Qt's) go on to
the handler that was there before.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable


class XErrorEvent(ctypes.Structure):
    """The start of XErrorEvent (<X11/Xlib.h>), as far as it is read here."""

    _fields_ = (
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    )
    display: int | None
    resourceid: int
    error_code: int
    request_code: int
    minor_code: int


ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(XErrorEvent))

# Handlers that C code may still call after their owner restored (see restore()).
_STILL_INSTALLED: list[object] = []


class OwnConnectionErrors:
    """Routes the X errors of connection `dpy` to `on_error` while installed.

    `x11` must have XSetErrorHandler declared with ErrorHandler as argument and result.
    """

    def __init__(self, x11: ctypes.CDLL, dpy: int, on_error: Callable[[XErrorEvent], None]) -> None:
        self._x11 = x11
        self._dpy = dpy
        self._on_error = on_error
        self._handler = ErrorHandler(self._handle)
        self._previous: ctypes._CFunctionType | None = None

    def install(self) -> None:
        self._previous = self._x11.XSetErrorHandler(self._handler)

    def restore(self) -> None:
        """Put the previous handler back, unless someone installed theirs after ours:
        then theirs stays, and ours, which theirs may pass errors on to, must stay
        callable for good."""
        current = self._x11.XSetErrorHandler(self._previous)
        if _address(current) != _address(self._handler):
            self._x11.XSetErrorHandler(current)
            _STILL_INSTALLED.append(self._handler)

    def _handle(self, display: int | None, error: ctypes._Pointer[XErrorEvent]) -> int:
        if display is not None and display == self._dpy:
            self._on_error(error.contents)
            return 0
        if self._previous:
            return int(self._previous(display, error))
        return 0


def _address(function: ctypes._CFunctionType | None) -> int | None:
    return ctypes.cast(function, ctypes.c_void_p).value if function else None
