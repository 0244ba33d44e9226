"""The desktop's view of the app, written into the journal as it happens: every Notify
call on the session bus (a D-Bus monitor gets a copy of each) and every top-level
window the X server maps or unmaps (SubstructureNotify on the root window).

Each watcher runs in a thread of its own with a connection of its own, so nothing is
missed while the simulated user waits, types or asks the app something.
"""

from __future__ import annotations

import select
import threading
from collections.abc import Collection

from jeepney.low_level import HeaderFields, MessageType
from Xlib import X
from Xlib import display as xdisplay
from Xlib.error import XError

from soak.journal import (
    HEADS_UP,
    NOTICE,
    OTHER_GONE,
    OTHER_WINDOW,
    WINDOW_GONE,
    WINDOW_OPEN,
    Journal,
)
from tests.helpers.dbus_peers import bus_monitor

APP_SUFFIX = " — Posture Break"  # Qt adds the application display name to each title
NOTIFY_RULE = "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"


class NotificationWatch:
    """Writes HEADS_UP for a reminder (it offers "start"; detail: "summary|key,key...")
    and NOTICE for any other notification (detail: the summary)."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="notifications", daemon=True)
        self._thread.start()
        if not self._ready.wait(20):
            raise RuntimeError("the D-Bus monitor did not start")

    def _run(self) -> None:
        with bus_monitor(NOTIFY_RULE) as monitor:
            self._ready.set()
            while not self._stop.is_set():
                try:
                    message = monitor.receive(timeout=0.2)
                except TimeoutError:
                    continue
                if message.header.message_type != MessageType.method_call:
                    continue
                if message.header.fields.get(HeaderFields.member) != "Notify":
                    continue
                summary, keys = str(message.body[3]), [str(k) for k in message.body[5][::2]]
                if "start" in keys:
                    self._journal.add(HEADS_UP, f"{summary}|{','.join(keys)}")
                else:
                    self._journal.add(NOTICE, summary)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


class WindowWatch:
    """Writes WINDOW_OPEN/WINDOW_GONE for break windows (titled after a routine) and
    OTHER_WINDOW/OTHER_GONE for any other window of the app; keeps the ids of those on
    screen."""

    def __init__(self, journal: Journal, routine_names: Collection[str]) -> None:
        self._journal = journal
        self._break_titles = {name + APP_SUFFIX for name in routine_names}
        self._shown: dict[int, str] = {}  # window id -> title, break windows
        self._others: dict[int, str] = {}  # the app's other windows
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="windows", daemon=True)
        self._thread.start()
        if not self._ready.wait(20):
            raise RuntimeError("the X window watch did not start")

    def break_windows(self) -> dict[int, str]:
        """The break windows mapped now: id -> title."""
        with self._lock:
            return dict(self._shown)

    def other_windows(self) -> dict[int, str]:
        """The app's other windows mapped now: id -> title."""
        with self._lock:
            return dict(self._others)

    def _run(self) -> None:
        dpy = xdisplay.Display()
        dpy.screen().root.change_attributes(event_mask=X.SubstructureNotifyMask)
        dpy.sync()
        self._ready.set()
        utf8, net_name = dpy.intern_atom("UTF8_STRING"), dpy.intern_atom("_NET_WM_NAME")
        while not self._stop.is_set():
            if not dpy.pending_events():
                select.select([dpy.fileno()], [], [], 0.2)
                if not dpy.pending_events():
                    continue
            event = dpy.next_event()
            if event.type == X.MapNotify:
                self._mapped(event.window, _title(event.window, net_name, utf8))
            elif event.type in (X.UnmapNotify, X.DestroyNotify):
                self._gone(event.window.id)
        dpy.close()

    def _mapped(self, window: object, title: str) -> None:
        window_id = getattr(window, "id", 0)
        if title in self._break_titles:
            with self._lock:
                self._shown[window_id] = title
            self._journal.add(WINDOW_OPEN, f"{window_id:#x} {title}")
        elif title.endswith(APP_SUFFIX):
            with self._lock:
                self._others[window_id] = title
            self._journal.add(OTHER_WINDOW, f"{window_id:#x} {title}")

    def _gone(self, window_id: int) -> None:
        with self._lock:
            title = self._shown.pop(window_id, None)
            other = self._others.pop(window_id, None)
        if title is not None:
            self._journal.add(WINDOW_GONE, f"{window_id:#x} {title}")
        if other is not None:
            self._journal.add(OTHER_GONE, f"{window_id:#x} {other}")

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def _title(window: object, net_name: int, utf8: int) -> str:
    """The window's title as Qt sets it (_NET_WM_NAME, UTF-8); "" once it is gone."""
    try:
        prop = window.get_full_property(net_name, utf8)  # type: ignore[attr-defined]
    except XError:
        return ""
    if prop is None:
        return ""
    value = prop.value
    return value.decode() if isinstance(value, bytes) else str(value)
