"""Whether the active window is full screen (X11), asked by the busy probe at a due moment.

`_NET_ACTIVE_WINDOW` on the root window names the focused window, and
`_NET_WM_STATE_FULLSCREEN` in that window's `_NET_WM_STATE` means a film, game or slide
show fills the screen. Both are set by the window manager (EWMH). The X connection is
our own, through libX11 via ctypes, so it never touches the xcb connection Qt uses;
without DISPLAY, libX11 or a reachable server there is no probe. The active window may
vanish between the two reads: the X error that follows goes to our error handler,
installed only around the reads. Under Wayland only windows of XWayland are seen, as
far as the compositor sets these properties there. The two reads are round trips to
the X server the app's own windows are drawn by, so they are asked directly, not in the
background.
"""

from __future__ import annotations

import ctypes
import logging

from posture_break.adapters import xlib
from posture_break.adapters.x11_errors import OwnConnectionErrors, XErrorEvent

log = logging.getLogger(__name__)

_SUCCESS = 0
_XA_ATOM, _XA_WINDOW = 4, 33  # predefined atoms of <X11/Xatom.h>
_MAX_STATES = 64  # _NET_WM_STATE holds a dozen atoms at most


_WITHOUT_X = "full-screen windows are not noticed"
_X11_CALLS: xlib.Signatures = {
    **xlib.CONNECTION,
    "XDefaultRootWindow": ([xlib.Display], xlib.XID),
    "XInternAtom": ([xlib.Display, ctypes.c_char_p, ctypes.c_int], xlib.XID),
    "XGetWindowProperty": (
        [
            xlib.Display,
            xlib.XID,  # window
            xlib.XID,  # property
            ctypes.c_long,  # offset, in 32-bit units
            ctypes.c_long,  # length, in 32-bit units
            ctypes.c_int,  # delete
            xlib.XID,  # requested type
            ctypes.POINTER(ctypes.c_ulong),  # actual type
            ctypes.POINTER(ctypes.c_int),  # actual format
            ctypes.POINTER(ctypes.c_ulong),  # number of items
            ctypes.POINTER(ctypes.c_ulong),  # bytes after
            ctypes.POINTER(ctypes.c_void_p),  # data, for XFree
        ],
        ctypes.c_int,
    ),
    "XFree": ([ctypes.c_void_p], ctypes.c_int),
    "XSync": ([xlib.Display, ctypes.c_int], ctypes.c_int),
}


class FullScreenProbe:
    """Whether the active window is full screen, on an X connection of its own."""

    def __init__(self, x11: ctypes.CDLL, dpy: int) -> None:
        self._x11 = x11
        self._dpy: int | None = dpy
        self._root = int(x11.XDefaultRootWindow(dpy))
        self._active_window, self._state, self._full_screen = (
            int(x11.XInternAtom(dpy, name, False))
            for name in (b"_NET_ACTIVE_WINDOW", b"_NET_WM_STATE", b"_NET_WM_STATE_FULLSCREEN")
        )
        self._errors = OwnConnectionErrors(x11, dpy, self._on_x_error)
        self._failed = False

    @classmethod
    def open(cls) -> FullScreenProbe | None:
        name = xlib.display_name(_WITHOUT_X)
        x11 = None if name is None else xlib.load("X11", _X11_CALLS, _WITHOUT_X)
        dpy = None if name is None or x11 is None else xlib.open_display(x11, name, _WITHOUT_X)
        return None if x11 is None or dpy is None else cls(x11, dpy)

    def is_full_screen(self) -> bool | None:
        """True when the active window is full screen; None when there is no connection,
        no active window (no window manager says which) or it is gone."""
        if self._dpy is None:
            return None
        self._failed = False
        self._errors.install()
        try:
            windows = self._read(self._root, self._active_window, _XA_WINDOW, 1)
            if not windows or not windows[0]:
                return None
            states = self._read(windows[0], self._state, _XA_ATOM, _MAX_STATES)
            if states is None:
                return None
            return self._full_screen in states
        finally:
            # Any error still under way arrives now; events nobody asked for
            # (MappingNotify goes to every client) would only pile up: dropped.
            self._x11.XSync(self._dpy, True)
            self._errors.restore()

    def close(self) -> None:
        if self._dpy is not None:
            dpy, self._dpy = self._dpy, None
            self._x11.XCloseDisplay(dpy)

    def _read(self, window: int, prop: int, type_: int, length: int) -> list[int] | None:
        """A 32-bit property's values (Xlib hands them over as C longs), or None when it
        is missing, of another type, or the window does not exist (any more)."""
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self._x11.XGetWindowProperty(
            self._dpy,
            window,
            prop,
            0,
            length,
            False,
            type_,
            ctypes.byref(actual_type),
            ctypes.byref(actual_format),
            ctypes.byref(count),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        try:
            if status != _SUCCESS or self._failed or not data.value:
                return None
            if actual_type.value != type_ or actual_format.value != 32:
                return None
            values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(values[index]) for index in range(count.value)]
        finally:
            if data.value:
                self._x11.XFree(data)

    def _on_x_error(self, details: XErrorEvent) -> None:
        log.debug(
            "X error %d (request %d) while looking for a full-screen window %#x",
            details.error_code,
            details.request_code,
            details.resourceid,
        )
        self._failed = True
