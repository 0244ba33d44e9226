"""Whether the user is busy in a way that should hold a break, asked when one falls due.

Nothing here watches or polls: `reason()` looks once, when the app asks (at the due
moment, and again while it holds a break), and answers a short phrase for the tray.

Full screen (X11): the root window's `_NET_ACTIVE_WINDOW` names the focused window, and
`_NET_WM_STATE_FULLSCREEN` in that window's `_NET_WM_STATE` means a film, game or
slide show fills the screen. Both are set by the window manager (EWMH). The X
connection is our own, through libX11 via ctypes, so it never touches the xcb
connection Qt uses; without DISPLAY, libX11 or a reachable server this part answers
None. The active window may vanish between the two reads: the X error that follows
goes to our error handler, installed only around the reads. Under Wayland only
windows of XWayland are seen, as far as the compositor sets these properties there.

Do not disturb, over the session bus (jeepney, one blocking connection per question,
at most half a second in all):
- `Inhibited` of the interface org.freedesktop.Notifications, which KDE Plasma's
  notification server has;
- `paused` of dunst's interface org.dunstproject.cmd0.
Both are read with org.freedesktop.DBus.Properties.Get from the owner of
org.freedesktop.Notifications; a server that lacks one answers an error, which counts
as "not known". The calls carry NO_AUTO_START: without a running notification server
nobody is in do-not-disturb, and asking must not start one. GNOME keeps its setting
in GSettings, which busy_sources reads (only in a GNOME session).

In a call (Linux): a camera (/dev/video*) held open by another process, or else a
microphone being recorded (busy_sources asks the sound server). Each process's open
files are listed in /proc/PID/fd; those of other users cannot be read, and are not
ours to judge.

The questions are asked in the order of `reason()`, and the first "busy" ends it: the
cheap ones (X, /proc) first; each of the others may take up to half a second.
"""

from __future__ import annotations

import ctypes
import glob
import logging
import os
import time
from typing import TYPE_CHECKING

from posture_break.adapters import xlib
from posture_break.adapters.busy_sources import gnome_do_not_disturb, microphone_recorded
from posture_break.adapters.x11_errors import OwnConnectionErrors, XErrorEvent
from posture_break.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from jeepney import Message

log = logging.getLogger(__name__)

# Shown after "Waiting:" in the tray, translated there (planner.describe).
FULL_SCREEN = QT_TRANSLATE_NOOP("BusyReasons", "full-screen app")
DO_NOT_DISTURB = QT_TRANSLATE_NOOP("BusyReasons", "do not disturb")
IN_A_CALL = QT_TRANSLATE_NOOP("BusyReasons", "in a call")
CAMERAS = "/dev/video*"

ASKING_S = 0.5  # all the questions of one reason() together, at most
_NOTIFICATIONS = "org.freedesktop.Notifications"
_NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
# (interface, boolean property) that mean "do not disturb" when true.
_DND_PROPERTIES = ((_NOTIFICATIONS, "Inhibited"), ("org.dunstproject.cmd0", "paused"))

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


class _FullScreenProbe:
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
    def open(cls) -> _FullScreenProbe | None:
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


def _camera_in_use(pattern: str) -> bool:
    """Whether another process has one of the devices `pattern` matches open."""
    cameras = {os.path.realpath(path) for path in glob.glob(pattern)}
    if not cameras:
        return False
    ours = f"/proc/{os.getpid()}/fd"
    for fd_dir in glob.glob("/proc/[0-9]*/fd"):
        if fd_dir == ours:
            continue
        try:
            descriptors = os.listdir(fd_dir)
        except OSError:  # another user's process, or one that just ended
            continue
        for descriptor in descriptors:
            try:
                if os.readlink(f"{fd_dir}/{descriptor}") in cameras:
                    return True
            except OSError:
                continue
    return False


def _do_not_disturb(deadline: float) -> bool | None:
    """True when the notification server says do-not-disturb (Plasma's Inhibited, dunst's
    paused), False when it says no, None when nobody answers or it knows neither."""
    from jeepney import DBusAddress, HeaderFields, MessageFlag, MessageType, Properties
    from jeepney.io.blocking import open_dbus_connection

    try:
        timeout_s = deadline - time.monotonic()
        if timeout_s <= 0:
            return None
        connection = open_dbus_connection(bus="SESSION", auth_timeout=timeout_s)
    except (OSError, KeyError, ValueError) as error:
        log.debug("no session bus to ask about do-not-disturb: %s", error)
        return None
    answers: list[bool | None] = []
    try:
        # All questions at once, so the answers take one round trip.
        waiting: set[int] = set()
        for interface, name in _DND_PROPERTIES:
            address = DBusAddress(_NOTIFICATIONS_PATH, bus_name=_NOTIFICATIONS, interface=interface)
            message: Message = Properties(address).get(name)
            message.header.flags |= MessageFlag.no_auto_start
            serial = next(connection.outgoing_serial)
            connection.send(message, serial=serial)
            waiting.add(serial)
        while waiting:
            reply = connection.receive(timeout=max(0.0, deadline - time.monotonic()))
            serial = reply.header.fields.get(HeaderFields.reply_serial)
            if serial not in waiting:
                continue  # NameAcquired from the bus, say
            waiting.discard(serial)
            if reply.header.message_type == MessageType.method_return:
                answers.append(_as_bool(reply.body))
            else:
                log.debug("do-not-disturb not known here: %s", reply.body)
    except TimeoutError:
        log.debug("the notification server did not answer about do-not-disturb in time")
    except (OSError, ValueError) as error:
        log.debug("cannot ask about do-not-disturb: %s", error)
    finally:
        connection.close()
    if True in answers:
        return True
    return False if False in answers else None


def _as_bool(body: tuple[object, ...]) -> bool | None:
    """The value of a Properties.Get reply holding a boolean variant ("b", value)."""
    if len(body) == 1 and isinstance(body[0], tuple) and len(body[0]) == 2:
        signature, value = body[0]
        if signature == "b" and isinstance(value, bool):
            return value
    return None


class BusyProbe:
    """Says, when asked, why the user should not be interrupted now, if they should not."""

    def __init__(self, full_screen: _FullScreenProbe | None, cameras: str = CAMERAS) -> None:
        """Use `open()`."""
        self._full_screen = full_screen
        self._cameras = cameras
        self._closed = False

    @classmethod
    def open(cls, cameras: str = CAMERAS) -> BusyProbe:
        """Never raises: a part that is not available (no X display, no libX11) answers
        None. Nothing is asked of the notification or sound server, nor of GSettings,
        before the first `reason()`. `cameras` is the pattern of the camera devices' paths."""
        return cls(_FullScreenProbe.open(), cameras)

    def reason(self) -> str | None:
        """A short phrase for the tray ("full-screen app", "in a call", "do not disturb"),
        or None when the user is not busy. Full screen and the camera are looked at first;
        only without them are the sound server, then the notification server and GNOME's
        settings asked, all of them within ASKING_S: the GUI waits for the answer."""
        if self._closed:
            raise RuntimeError("this BusyProbe is closed")
        if self._full_screen is not None and self._full_screen.is_full_screen():
            return FULL_SCREEN
        deadline = time.monotonic() + ASKING_S
        if _camera_in_use(self._cameras) or microphone_recorded(deadline):
            return IN_A_CALL
        if _do_not_disturb(deadline) or gnome_do_not_disturb(deadline):
            return DO_NOT_DISTURB
        return None

    def close(self) -> None:
        """Hang up (at quit); safe to call twice."""
        self._closed = True
        if self._full_screen is not None:
            self._full_screen.close()
