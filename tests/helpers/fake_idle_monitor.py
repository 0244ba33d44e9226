"""A stand-in for Mutter's idle monitor on a private bus, for the tests of idle_dbus.

It keeps watches as Mutter does (data/dbus-interfaces/org.gnome.Mutter.IdleMonitor.xml
and src/backends/meta-idle-monitor.c in Mutter): ids from one counter starting at 1; an
idle watch fires WatchFired(id) when the idle time reaches its interval, at once if it
already has, and again in the next idle period; a user-active watch fires once, at the
next input, and is then gone. The signal goes to the watch's owner alone. The test
plays the user: `idle_for(ms)` lets time pass without input, `user_input()` is a key.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from jeepney import DBusAddress, HeaderFields, new_error, new_method_return, new_signal
from jeepney.low_level import Message

from tests.helpers.dbus_peers import StandInService, member

NAME = "org.gnome.Mutter.IdleMonitor"
PATH = "/org/gnome/Mutter/IdleMonitor/Core"


@dataclass
class _Watch:
    owner: str  # the unique bus name that added it
    interval_ms: int  # 0 for a user-active watch
    fired: bool = False  # an idle watch fires once per idle period


class FakeIdleMonitor(StandInService):
    def __init__(self, address: str) -> None:
        self._lock = threading.Lock()  # calls are answered in the service's thread
        self._watches: dict[int, _Watch] = {}
        self._last_id = 0
        self._idle_ms = 0
        super().__init__(address, NAME)

    def idle_intervals_ms(self) -> list[int]:
        """The intervals of the idle watches there are now."""
        with self._lock:
            return sorted(w.interval_ms for w in self._watches.values() if w.interval_ms)

    def active_watches(self) -> int:
        with self._lock:
            return sum(1 for w in self._watches.values() if not w.interval_ms)

    def idle_for(self, idle_ms: int) -> None:
        """No input for idle_ms since the last: the idle watches it reaches fire."""
        with self._lock:
            self._idle_ms = idle_ms
            self._fire_reached()

    def user_input(self) -> None:
        """A key or a mouse move: the active watches fire and go, the idle time restarts."""
        with self._lock:
            self._idle_ms = 0
            for watch_id, watch in list(self._watches.items()):
                if watch.interval_ms:
                    watch.fired = False
                else:
                    del self._watches[watch_id]
                    self._fire(watch_id, watch)

    def answer(self, call: Message) -> None:
        method, args = member(call), call.body
        with self._lock:
            if method in ("AddIdleWatch", "AddUserActiveWatch"):
                self._last_id += 1
                sender = str(call.header.fields[HeaderFields.sender])
                self._watches[self._last_id] = _Watch(sender, args[0] if args else 0)
                self.connection.send(new_method_return(call, "u", (self._last_id,)))
                self._fire_reached()  # after the reply, as Mutter's main loop does
            elif method == "RemoveWatch":
                self._watches.pop(args[0], None)
                self.connection.send(new_method_return(call))
            elif method == "GetIdletime":
                self.connection.send(new_method_return(call, "t", (self._idle_ms,)))
            else:
                error = "org.freedesktop.DBus.Error.UnknownMethod"
                self.connection.send(new_error(call, error, "s", (f"no method {method}",)))

    def _fire_reached(self) -> None:
        for watch_id, watch in self._watches.items():
            if watch.interval_ms and not watch.fired and self._idle_ms >= watch.interval_ms:
                watch.fired = True
                self._fire(watch_id, watch)

    def _fire(self, watch_id: int, watch: _Watch) -> None:
        signal = new_signal(DBusAddress(PATH, interface=NAME), "WatchFired", "u", (watch_id,))
        signal.header.fields[HeaderFields.destination] = watch.owner
        self.connection.send(signal)
