"""Idle and activity on GNOME (Wayland or X11), from Mutter's idle monitor, by events.

org.gnome.Mutter.IdleMonitor on the session bus (object /org/gnome/Mutter/IdleMonitor/Core,
data/dbus-interfaces/org.gnome.Mutter.IdleMonitor.xml in Mutter): `AddIdleWatch(t ms)
-> u id` sends `WatchFired(id)` each time the idle time reaches the interval, at once if
it already has; `AddUserActiveWatch() -> u id` sends it once, at the next input, and is
then gone; `GetIdletime() -> t ms`. Mutter sends WatchFired to the watch's owner alone
(a unicast signal: no match rule needed) and drops a client's watches when its
connection closes.

Mutter handles one client's calls in order and a watch's signal comes after the reply
that created it, so asking GetIdletime before AddUserActiveWatch means the idle time is
known, and on_idle delivered, before the active watch can fire. Input in the moment
between the idle watch firing and the active watch being added is not seen: the active
watch then fires at the next input. While a session inhibitor holds off idleness (a
video playing), Mutter's idle watches do not fire, so the user counts as present.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from posture_break.adapters.dbus_reader import BusUnavailableError, DBusReader, OnReply, failed

if TYPE_CHECKING:
    from jeepney import Message

log = logging.getLogger(__name__)

NAME = "org.gnome.Mutter.IdleMonitor"
PATH = "/org/gnome/Mutter/IdleMonitor/Core"
_WHAT = "Mutter idle monitor"
_QUERY_TIMEOUT_S = 0.5  # for the blocking questions: NameHasOwner at open, GetIdletime


class _Phase(enum.Enum):
    UNWATCHED = enum.auto()
    ACTIVE = enum.auto()  # waiting for the idle watch
    GOING_IDLE = enum.auto()  # the idle watch fired; waiting for GetIdletime's answer
    IDLE = enum.auto()  # on_idle delivered, waiting for the active watch


class MutterIdleWatch(QObject):
    """Reports idle after a threshold and the first input after it, from Mutter's watches."""

    name = "gnome-mutter"

    def __init__(self) -> None:
        """Use `open()`."""
        super().__init__()
        self._reader: DBusReader | None = None
        self._closed = False
        self._phase = _Phase.UNWATCHED
        self._threshold_ms = 0
        self._idle_watch = 0  # Mutter's id of our idle watch, once it answered
        self._idle_request = 0  # counts AddIdleWatch calls: an answer to an older one is stale
        self._active_watch = 0
        self._on_idle: Callable[[float], None] = lambda _idle_s: None
        self._on_active: Callable[[float], None] = lambda _since_input_s: None

    @classmethod
    def open(cls, parent: QObject | None = None) -> MutterIdleWatch | None:
        """None when there is no session bus or nobody owns Mutter's idle monitor there
        (not GNOME): the caller then tries another source."""
        from jeepney import message_bus

        watch = cls()
        try:
            watch._reader = DBusReader.open("SESSION", _WHAT, (), watch._on_signal, watch._on_lost)
        except BusUnavailableError as error:
            log.info("no session bus (%s), so no idle detection from Mutter", error)
            return None
        reply = watch._reader.call_and_wait(message_bus.NameHasOwner(NAME), _QUERY_TIMEOUT_S)
        if reply is None or failed(reply) or reply.body != (True,):
            log.info("no %s on the session bus", _WHAT)
            watch._reader.close()
            return None
        log.info("idle detection from the %s", _WHAT)
        watch.setParent(parent)
        return watch

    def watch(
        self,
        threshold_s: float,
        on_idle: Callable[[float], None],
        on_active: Callable[[float], None],
    ) -> None:
        """As IdleSource.watch (core/ports.py) says."""
        self._require_open()
        if not threshold_s > 0:
            raise ValueError(f"the idle threshold must be positive, not {threshold_s}")
        self._threshold_ms = max(1, round(threshold_s * 1000))
        self._on_idle, self._on_active = on_idle, on_active
        if self._phase is _Phase.UNWATCHED:
            self._phase = _Phase.ACTIVE
        if self._idle_watch:
            self._call("RemoveWatch", "u", (self._idle_watch,))
            self._idle_watch = 0
        self._idle_request += 1
        request = self._idle_request

        def added(reply: Message | None) -> None:
            watch_id = _uint(reply)
            if request != self._idle_request:  # replaced while this call was on its way
                if watch_id is not None:
                    self._call("RemoveWatch", "u", (watch_id,))
            elif watch_id is not None:
                self._idle_watch = watch_id
            elif reply is not None:
                log.warning("the %s refused an idle watch, so idle is not seen", _WHAT)

        self._call("AddIdleWatch", "t", (self._threshold_ms,), added)

    def idle_seconds(self) -> float:
        """Seconds since the last input now, asked of Mutter (a short blocking call)."""
        reader = self._require_open()
        idle_ms = _uint(reader.call_and_wait(_method_call("GetIdletime"), _QUERY_TIMEOUT_S))
        if idle_ms is None:
            log.warning("the %s did not tell the idle time", _WHAT)
            return 0.0
        return idle_ms / 1000

    def close(self) -> None:
        """Stop watching and hang up (at quit): Mutter drops our watches. Safe twice."""
        if self._reader is not None and not self._closed:
            self._closed = True
            self._phase = _Phase.UNWATCHED
            self._reader.close()

    def _require_open(self) -> DBusReader:
        if self._reader is None or self._closed:
            raise RuntimeError("this MutterIdleWatch is closed")
        return self._reader

    def _call(
        self, method: str, signature: str, args: tuple[Any, ...], on_reply: OnReply | None = None
    ) -> None:
        self._require_open().call(_method_call(method, signature, args), on_reply)

    def _on_signal(self, interface: str, member: str, body: tuple[Any, ...]) -> None:
        if interface != NAME or member != "WatchFired" or len(body) != 1:
            return
        if body[0] == self._idle_watch and self._phase is _Phase.ACTIVE:
            self._phase = _Phase.GOING_IDLE
            self._call("GetIdletime", "", (), self._on_idle_time)
            self._call("AddUserActiveWatch", "", (), self._on_active_watch_added)
        elif body[0] == self._active_watch and self._phase is _Phase.IDLE:
            self._active_watch = 0
            self._phase = _Phase.ACTIVE
            log.debug("active again")
            self._on_active(0.0)

    def _on_idle_time(self, reply: Message | None) -> None:
        if self._phase is not _Phase.GOING_IDLE:
            return  # closed or lost meanwhile
        idle_ms = _uint(reply)
        if idle_ms is None:
            idle_ms = self._threshold_ms  # what the watch that fired means
        self._phase = _Phase.IDLE
        log.debug("idle for %d ms", idle_ms)
        self._on_idle(idle_ms / 1000)

    def _on_active_watch_added(self, reply: Message | None) -> None:
        watch_id = _uint(reply)
        if watch_id is not None:
            self._active_watch = watch_id
        elif reply is not None and self._phase is _Phase.IDLE:
            log.warning("the %s refused an active watch: taking the user as back", _WHAT)
            self._phase = _Phase.ACTIVE
            self._on_active(0.0)

    def _on_lost(self, error: OSError) -> None:
        """The session bus went away, and with it every watch. Idle is no longer seen;
        an on_idle already delivered still gets its on_active, so the user does not
        count as away for good."""
        log.warning("session bus connection lost (%s): idle is no longer watched", error)
        was_idle = self._phase is _Phase.IDLE
        self._phase = _Phase.UNWATCHED
        self._idle_watch = self._active_watch = 0
        if was_idle:
            self._on_active(0.0)


def _method_call(method: str, signature: str = "", args: tuple[Any, ...] = ()) -> Message:
    from jeepney import DBusAddress, new_method_call

    address = DBusAddress(PATH, bus_name=NAME, interface=NAME)
    return new_method_call(address, method, signature or None, args)


def _uint(reply: Message | None) -> int | None:
    """The number in a reply of one `u` or `t`, or None for an error or no answer."""
    if reply is None or failed(reply) or len(reply.body) != 1:
        return None
    return reply.body[0] if isinstance(reply.body[0], int) else None
