"""Idle and activity on X11, from the SYNC extension's IDLETIME counter, by events.

IDLETIME counts milliseconds since the last keyboard or mouse input. An alarm with
`IDLETIME >= threshold` (PositiveComparison) reports idle; then a second alarm with
`IDLETIME <= value - 1` (NegativeComparison, `value` being the counter when the first
fired) reports the first input, even one that came before we armed it: a comparison,
unlike a transition, fires at once when it already holds. Between inputs the process
sleeps; alarm events are read when our connection's socket becomes readable.

The connection is our own, through libX11 + libXext via ctypes (python-xlib has no
SYNC), so it never touches the xcb connection Qt uses. No -dev package is needed at
run time, only the shared libraries; without them, a display or IDLETIME, `open()`
returns None and breaks follow the clock alone.

Under XWayland, IDLETIME only sees input that goes to X windows: on Wayland sessions
prefer the compositor's own idle source.

The extension's structures and calls, as ctypes sees them, are in xsync.py.
"""

from __future__ import annotations

import ctypes
import enum
import logging
from collections.abc import Callable

from PySide6.QtCore import QMetaObject, QObject, QSocketNotifier, Slot

from posture_break.adapters import xlib
from posture_break.adapters.x11_errors import OwnConnectionErrors, XErrorEvent
from posture_break.adapters.xsync import (
    ABSOLUTE,
    ALARM_DESTROYED,
    ALL_ALARM_ATTRIBUTES,
    NEGATIVE_COMPARISON,
    POSITIVE_COMPARISON,
    X11_CALLS,
    XEXT_CALLS,
    XSYNC_ALARM_NOTIFY,
    XEvent,
    XSyncAlarmAttributes,
    XSyncAlarmNotifyEvent,
    XSyncValue,
    find_idletime,
)

log = logging.getLogger(__name__)


class _Phase(enum.Enum):
    UNWATCHED = enum.auto()
    ACTIVE = enum.auto()  # waiting for the idle alarm
    IDLE = enum.auto()  # on_idle delivered, waiting for the reset alarm


_WITHOUT_X = "no idle detection on X11"


class IdleWatch(QObject):
    """Reports idle after a threshold and the first input after it, from X alarms."""

    name = "x11-sync"

    def __init__(
        self,
        libraries: tuple[ctypes.CDLL, ctypes.CDLL],
        dpy: int,
        idletime: tuple[int, int],
        parent: QObject | None = None,
    ) -> None:
        """Use `open()`; this takes over an open display that has SYNC and IDLETIME."""
        super().__init__(parent)
        self._x11, self._xext = libraries
        self._dpy: int | None = dpy
        self._idletime, event_base = idletime
        self._alarm_event_type = event_base + XSYNC_ALARM_NOTIFY
        self._event = XEvent()
        self._phase = _Phase.UNWATCHED
        self._threshold_ms = 0
        self._reset_ms = 0
        self._idle_alarm = 0
        self._reset_alarm = 0
        self._on_idle: Callable[[float], None] = _ignore_idle
        self._on_active: Callable[[float], None] = _ignore_active
        self._drain_queued = False
        # An error on our connection must not end the app (Xlib's default handler exits).
        self._errors = OwnConnectionErrors(self._x11, dpy, self._on_x_error)
        self._errors.install()
        self._notifier = QSocketNotifier(
            self._x11.XConnectionNumber(dpy), QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._drain)
        self._queue_drain()

    @classmethod
    def open(cls, parent: QObject | None = None) -> IdleWatch | None:
        """None when there is no X display (Wayland without XWayland, no DISPLAY) or no
        SYNC/IDLETIME: the caller then runs clock-only."""
        display_name = xlib.display_name(_WITHOUT_X)
        if display_name is None:
            return None
        x11 = xlib.load("X11", X11_CALLS, _WITHOUT_X)
        xext = None if x11 is None else xlib.load("Xext", XEXT_CALLS, _WITHOUT_X)
        if x11 is None or xext is None:
            return None
        dpy = xlib.open_display(x11, display_name, _WITHOUT_X)
        if dpy is None:
            return None
        idletime = find_idletime(xext, dpy)
        if idletime is None:
            log.info("X display %s has no SYNC IDLETIME counter", display_name)
            x11.XCloseDisplay(dpy)
            return None
        log.info("idle detection from the IDLETIME counter of X display %s", display_name)
        return cls((x11, xext), dpy, idletime, parent)

    def watch(
        self,
        threshold_s: float,
        on_idle: Callable[[float], None],
        on_active: Callable[[float], None],
    ) -> None:
        """As IdleSource.watch (core/ports.py) says."""
        dpy = self._require_open()
        if not threshold_s > 0:
            raise ValueError(f"the idle threshold must be positive, not {threshold_s}")
        self._threshold_ms = max(1, round(threshold_s * 1000))
        self._on_idle, self._on_active = on_idle, on_active
        if self._phase is not _Phase.IDLE:
            self._phase = _Phase.ACTIVE
            self._idle_alarm = self._arm(self._idle_alarm, self._threshold_ms, idle=True)
            self._x11.XFlush(dpy)
            self._queue_drain()

    def idle_seconds(self) -> float:
        """Seconds since the last input now (IDLETIME counter value), queried on demand."""
        dpy = self._require_open()
        value = XSyncValue()
        ok = self._xext.XSyncQueryCounter(dpy, self._idletime, ctypes.byref(value))
        # The round trip may have read alarm events into Xlib's queue, where the
        # socket notifier cannot see them.
        self._queue_drain()
        if not ok:
            log.warning("could not read the IDLETIME counter")
            return 0.0
        return int(value) / 1000

    def close(self) -> None:
        """Stop watching and hang up (at quit); safe to call twice."""
        if self._dpy is None:
            return
        dpy, self._dpy = self._dpy, None
        self._notifier.setEnabled(False)  # before its descriptor closes
        self._notifier.deleteLater()
        for alarm in (self._idle_alarm, self._reset_alarm):
            if alarm:
                self._xext.XSyncDestroyAlarm(dpy, alarm)
        self._x11.XCloseDisplay(dpy)
        self._errors.restore()

    def _require_open(self) -> int:
        if self._dpy is None:
            raise RuntimeError("this IdleWatch is closed")
        return self._dpy

    def _arm(self, alarm: int, wait_ms: int, *, idle: bool) -> int:
        """Create or change an IDLETIME alarm; returns its id. Changing re-activates it."""
        assert self._dpy is not None
        attributes = XSyncAlarmAttributes()
        attributes.trigger.counter = self._idletime
        attributes.trigger.value_type = ABSOLUTE
        attributes.trigger.wait_value = XSyncValue.of(wait_ms)
        attributes.trigger.test_type = POSITIVE_COMPARISON if idle else NEGATIVE_COMPARISON
        attributes.delta = XSyncValue.of(0)  # with a comparison: fire once, then inactive
        attributes.events = True
        mask, pointer = ALL_ALARM_ATTRIBUTES, ctypes.byref(attributes)
        if alarm:
            self._xext.XSyncChangeAlarm(self._dpy, alarm, mask, pointer)
            return alarm
        return int(self._xext.XSyncCreateAlarm(self._dpy, mask, pointer))

    def _queue_drain(self) -> None:
        # Here, not at the top: the first use of the Qt namespace costs about 10 ms.
        from PySide6.QtCore import Qt

        if not self._drain_queued:
            self._drain_queued = True
            QMetaObject.invokeMethod(self, "_drain", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _drain(self) -> None:
        """Read every queued event; callbacks run afterwards, so one that calls watch()
        or close() finds this object between events, not inside the loop."""
        self._drain_queued = False
        calls: list[Callable[[], None]] = []
        while self._dpy is not None and self._x11.XPending(self._dpy) > 0:
            self._x11.XNextEvent(self._dpy, ctypes.byref(self._event))
            if self._event.type == self._alarm_event_type:
                calls.extend(self._on_alarm(self._event.alarm))
        for call in calls:
            if self._dpy is None:
                return
            call()

    def _on_alarm(self, event: XSyncAlarmNotifyEvent) -> list[Callable[[], None]]:
        """Moves between ACTIVE and IDLE; skips events of alarms since changed."""
        if event.state == ALARM_DESTROYED:
            return []
        wait_ms = int(event.alarm_value)
        if event.alarm == self._idle_alarm and self._phase is _Phase.ACTIVE:
            if wait_ms != self._threshold_ms:
                return []
            idle_ms = int(event.counter_value)
            self._phase = _Phase.IDLE
            self._reset_ms = idle_ms - 1
            self._reset_alarm = self._arm(self._reset_alarm, self._reset_ms, idle=False)
            log.debug("idle for %d ms", idle_ms)
            on_idle = self._on_idle
            return [lambda: on_idle(idle_ms / 1000)]
        if event.alarm == self._reset_alarm and self._phase is _Phase.IDLE:
            if wait_ms != self._reset_ms:
                return []
            self._phase = _Phase.ACTIVE
            self._idle_alarm = self._arm(self._idle_alarm, self._threshold_ms, idle=True)
            log.debug("active again")
            on_active = self._on_active
            return [lambda: on_active(0.0)]
        return []

    def _on_x_error(self, details: XErrorEvent) -> None:
        log.warning(
            "X error %d (request %d.%d) on the idle connection, resource %#x",
            details.error_code,
            details.request_code,
            details.minor_code,
            details.resourceid,
        )


def _ignore_idle(_idle_s: float) -> None:
    pass


def _ignore_active(_since_input_s: float) -> None:
    pass
