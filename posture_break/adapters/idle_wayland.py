"""Idle and activity on Wayland desktops other than GNOME, from the compositor, by events.

On Wayland only the compositor sees all input, and it tells a client through a protocol:
ext-idle-notify-v1 (KWin 5.27, newer sway, Hyprland, niri, COSMIC, labwc), or
KDE's older org_kde_kwin_idle (sway 1.7; wayland_kde_idle.py), used when the first is not
offered. A notification made with a timeout sends `idled` once the seat has had no input
for that long, counted from its creation or the last input, and `resumed` at the next
input. We ask for notifications that honour idle inhibitors (ext's get_idle_notification,
not get_input_idle_notification; sway and KWin apply inhibitors to KDE's as well): while
a video plays in a window that inhibits idleness, the user counts as present, as on GNOME.
A locked screen is heard separately, from the screen saver (session_watch.py).

Two notifications on one connection of our own: one at the idle threshold for on_idle
and on_active, and a short one (TYPING_S) that tells whether there was input in the last
second, and since when there was none. idle_seconds() comes from the short one: 0 while
input came within the last TYPING_S, else the time since the last input, to within the
time the event takes to arrive; compositors' timers may also fire a little early (KWin's
by a few percent, as Qt's coarse timers may). The compositor counts only from the
notification's creation, so at start an earlier absence is not seen.

Between inputs the process sleeps: the connection's socket is watched by a
QSocketNotifier, events are read and dispatched when it becomes readable, and requests
are flushed as they are made. There is no thread and no timer. While the user types,
each pause longer than TYPING_S costs two events (idled, resumed).
"""

from __future__ import annotations

import atexit
import enum
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QSocketNotifier, Slot

if TYPE_CHECKING:
    from pywayland.client.display import Display
    from pywayland.protocol_core.interface import Interface

log = logging.getLogger(__name__)

TYPING_S = 1.0  # the short notification: input within this long counts as typing now


class _Notification(Protocol):
    """An ext_idle_notification_v1 or org_kde_kwin_idle_timeout proxy."""

    dispatcher: Any

    def destroy(self) -> None: ...


_MakeNotification = Callable[[int], _Notification]


class _Phase(enum.Enum):
    UNWATCHED = enum.auto()
    ACTIVE = enum.auto()  # waiting for the threshold notification's idled
    IDLE = enum.auto()  # on_idle delivered, waiting for its resumed


class WaylandIdleWatch(QObject):
    """Reports idle after a threshold and the first input after it, from the
    compositor's idle notifications."""

    def __init__(
        self,
        display: Display,
        protocol: str,
        notification: _MakeNotification,
        parent: QObject | None = None,
    ) -> None:
        """Use `open()`; this takes over a connected display and a way to make
        notifications of `protocol` on its seat."""
        super().__init__(parent)
        self.name = protocol
        self._display: Display | None = display
        self._notification = notification
        self._phase = _Phase.UNWATCHED
        self._threshold_ms = 0
        self._armed_ms = 0  # the timeout of self._idle, shorter than the threshold when
        # watch() came some time after the last input
        self._idle: _Notification | None = None
        self._quiet_since: float | None = None  # monotonic; None: input within TYPING_S
        self._calls: list[Callable[[], None]] = []
        self._on_idle: Callable[[float], None] = _ignore
        self._on_active: Callable[[float], None] = _ignore
        # Kept for its events: pywayland destroys a proxy nobody refers to.
        self._typing = self._notify_after(round(TYPING_S * 1000), self._typing_paused, self._typed)
        self._socket = QSocketNotifier(display.get_fd(), QSocketNotifier.Type.Read, self)
        self._socket.activated.connect(self._read)
        display.flush()
        # pywayland frees what is left of a connection in no fixed order at exit, which
        # crashes; hung up first, nothing is left (disconnecting twice is harmless).
        atexit.register(display.disconnect)

    @classmethod
    def open(cls, parent: QObject | None = None) -> WaylandIdleWatch | None:
        """None when pywayland is missing, no compositor answers at WAYLAND_DISPLAY, or
        it offers neither idle protocol (GNOME's Mutter): the caller tries another source."""
        try:
            from pywayland.client.display import Display
            from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1
            from pywayland.protocol.wayland import WlSeat
        except ImportError as error:
            log.info("no pywayland (%s), so no idle detection from the compositor", error)
            return None
        display = Display()
        try:
            display.connect()
        except ValueError:
            log.info("no Wayland compositor to connect to, so no idle detection from it")
            return None
        offered: dict[str, int] = {}

        def on_global(_registry: object, name: int, interface: str, _version: int) -> None:
            offered.setdefault(interface, name)

        registry = display.get_registry()
        registry.dispatcher["global"] = on_global
        display.roundtrip()
        if WlSeat.name in offered and ExtIdleNotifierV1.name in offered:
            interface: type[Interface] = ExtIdleNotifierV1
        elif WlSeat.name in offered and "org_kde_kwin_idle" in offered:
            from posture_break.adapters.wayland_kde_idle import KdeIdle

            interface = KdeIdle
        else:
            log.info("the Wayland compositor offers no idle protocol we know")
            display.disconnect()
            return None
        seat = registry.bind(offered[WlSeat.name], WlSeat, 1)
        notifier = registry.bind(offered[interface.name], interface, 1)
        log.info("idle detection from the Wayland compositor, by %s", interface.name)
        return cls(
            display, interface.name, lambda ms: notifier.get_idle_notification(ms, seat), parent
        )

    def watch(
        self,
        threshold_s: float,
        on_idle: Callable[[float], None],
        on_active: Callable[[float], None],
    ) -> None:
        """As IdleSource.watch (idle_choice.py) says. The new threshold counts from the
        last input as far as the short notification knows it."""
        display = self._require_open()
        if not threshold_s > 0:
            raise ValueError(f"the idle threshold must be positive, not {threshold_s}")
        self._threshold_ms = max(1, round(threshold_s * 1000))
        self._on_idle, self._on_active = on_idle, on_active
        if self._phase is not _Phase.IDLE:  # while idle, re-armed at the next input
            self._phase = _Phase.ACTIVE
            quiet_ms = round(self._quiet_s() * 1000)
            self._arm(max(1, self._threshold_ms - quiet_ms))
            display.flush()

    def idle_seconds(self) -> float:
        """Seconds since the last input now: 0 within TYPING_S of an input."""
        self._require_open()
        return self._quiet_s()

    def close(self) -> None:
        """Stop watching and hang up (at quit): the compositor drops our notifications.
        Safe twice."""
        if self._display is None:
            return
        display, self._display = self._display, None
        self._phase = _Phase.UNWATCHED
        self._socket.setEnabled(False)  # before its descriptor closes
        self._socket.deleteLater()
        display.disconnect()

    def _require_open(self) -> Display:
        if self._display is None:
            raise RuntimeError("this WaylandIdleWatch is closed")
        return self._display

    def _quiet_s(self) -> float:
        return 0.0 if self._quiet_since is None else time.monotonic() - self._quiet_since

    def _notify_after(
        self, timeout_ms: int, on_idled: Callable[[], None], on_resumed: Callable[[], None]
    ) -> _Notification:
        notification = self._notification(timeout_ms)
        notification.dispatcher["idled"] = lambda *_: on_idled()
        notification.dispatcher["resumed"] = lambda *_: on_resumed()
        return notification

    def _arm(self, timeout_ms: int) -> None:
        """Replace the threshold notification by one that fires after `timeout_ms`."""
        if self._idle is not None:
            self._idle.destroy()
        self._armed_ms = timeout_ms
        self._idle = self._notify_after(timeout_ms, self._went_idle, self._came_back)

    @Slot()
    def _read(self) -> None:
        """The socket is readable: read and dispatch every event, then run the callbacks,
        so that one that calls watch() or close() finds this object between events."""
        display = self._display
        if display is None:
            return
        try:
            display.read()
            display.dispatch()
        except RuntimeError as error:
            self._lost(error)
        else:
            display.flush()  # requests made while dispatching
        calls, self._calls = self._calls, []
        for call in calls:
            if self._display is None:
                return
            call()

    def _typing_paused(self) -> None:
        self._quiet_since = time.monotonic() - TYPING_S

    def _typed(self) -> None:
        self._quiet_since = None
        if self._phase is _Phase.ACTIVE and self._armed_ms != self._threshold_ms:
            self._arm(self._threshold_ms)  # a shortened one would count short from now

    def _went_idle(self) -> None:
        if self._phase is not _Phase.ACTIVE:
            return
        self._phase = _Phase.IDLE
        idle_s = max(self._armed_ms / 1000, self._quiet_s())
        log.debug("idle for %.1f s", idle_s)
        on_idle = self._on_idle
        self._calls.append(lambda: on_idle(idle_s))

    def _came_back(self) -> None:
        if self._phase is not _Phase.IDLE:
            return
        self._phase = _Phase.ACTIVE
        if self._armed_ms != self._threshold_ms:
            self._arm(self._threshold_ms)
        log.debug("active again")
        on_active = self._on_active
        self._calls.append(lambda: on_active(0.0))

    def _lost(self, error: RuntimeError) -> None:
        """The compositor hung up or refused a request: idle is no longer seen. An
        on_idle already delivered still gets its on_active, so the user does not count
        as away for good."""
        log.warning("the Wayland connection for idle detection failed (%s)", error)
        self._socket.setEnabled(False)
        self._quiet_since = None
        if self._phase is _Phase.IDLE:
            on_active = self._on_active
            self._calls.append(lambda: on_active(0.0))
        self._phase = _Phase.UNWATCHED


def _ignore(_seconds: float) -> None:
    pass
