"""Screen lock and system sleep, told by D-Bus signals.

The screen lockers of KDE, GNOME, MATE, Cinnamon and xfce4-screensaver announce a lock
with `ActiveChanged(true)` on the session bus (each under its own interface name);
logind announces sleep and resume with `PrepareForSleep(b)` on the system bus. Each
bus gets its own QtDBus connection: Qt reads it in its D-Bus thread and calls the slots
here from the event loop, so nothing polls. QtDBus rather than jeepney (which the
notifier uses) because this watch starts with the app, and Qt's D-Bus library is
loaded by Qt anyway: importing jeepney and opening its two connections cost about
twice the CPU. A bus that cannot be reached is logged and left out; one that goes away
later is logged and not reconnected (the core's two clocks still notice a sleep).

logind's per-session `Lock`/`Unlock` signals are not used: they ask the session's
locker to act, and the locker's own `ActiveChanged` is what reports the result.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from itertools import count

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

log = logging.getLogger(__name__)

SCREEN_SAVERS = (
    "org.freedesktop.ScreenSaver",  # KDE, xfce4-screensaver
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
)
LOGIND = "org.freedesktop.login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
LOGIND_PATH = "/org/freedesktop/login1"
_SYSTEM_BUS_SOCKET = "unix:path=/var/run/dbus/system_bus_socket"  # the usual one
_LOCAL = ("/org/freedesktop/DBus/Local", "org.freedesktop.DBus.Local", "Disconnected")
_Hook = tuple[str, str, str, str, str]  # service, path, interface, member, slot signature
_names = count(1)  # each connection is named, so that close() can hang up on it


class SessionWatch(QObject):
    """Calls on_locked()/on_unlocked() when the screen locks or unlocks, and
    on_sleep(True) before the machine sleeps, on_sleep(False) after it resumes.

    Lock changes are delivered once each: a repeat of the last state (two lockers, or
    one announcing itself on two paths) is dropped. Until the first signal the state
    is unknown, so the first one is always delivered, even an unlock.

    `session_bus`/`system_bus` are D-Bus addresses; "SESSION" and "SYSTEM" follow
    DBUS_SESSION_BUS_ADDRESS and DBUS_SYSTEM_BUS_ADDRESS (or the usual system socket).
    """

    def __init__(
        self,
        on_locked: Callable[[], None],
        on_unlocked: Callable[[], None],
        on_sleep: Callable[[bool], None],
        parent: QObject | None = None,
        *,
        session_bus: str = "SESSION",
        system_bus: str = "SYSTEM",
    ) -> None:
        super().__init__(parent)
        self._on_locked = on_locked
        self._on_unlocked = on_unlocked
        self._on_sleep = on_sleep
        self._buses = {"session bus": session_bus, "system bus": system_bus}
        self._connections: dict[str, QDBusConnection] = {}  # by `what`
        self._confirming: dict[str, QDBusPendingCallWatcher] = {}  # what -> round trip
        self._locked: bool | None = None
        self._started = False

    def start(self) -> None:
        """Connect: session bus for the screen saver, system bus for logind. A bus that
        is missing is logged once and skipped; never raises."""
        if self._started:
            return
        self._started = True
        saver_hooks = [("", "", name, "ActiveChanged", "_saver(bool)") for name in SCREEN_SAVERS]
        logind_hooks = [(LOGIND, LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", "_sleep(bool)")]
        self._listen("session bus", [*saver_hooks, ("", *_LOCAL, "_session_lost()")])
        self._listen("system bus", [*logind_hooks, ("", *_LOCAL, "_system_lost()")])

    @property
    def listening(self) -> bool:
        """Whether every bus reached has confirmed the subscriptions; signals sent
        from then on are seen. (Also True once a bus is lost, or none was reached.)"""
        return not self._confirming

    def close(self) -> None:
        """Hang up; no callback is called afterwards. start() may connect again."""
        for what in list(self._connections):
            self._hang_up(what)
        self._locked = None
        self._started = False

    def _listen(self, what: str, hooks: list[_Hook]) -> None:
        address = _address(self._buses[what])
        name = f"posture-break-{what.split()[0]}-{next(_names)}"
        connection = QDBusConnection.connectToBus(address or "", name)
        if not address or not connection.isConnected():
            why = connection.lastError().message() or "no address"
            QDBusConnection.disconnectFromBus(name)
            log.info("no %s (%s): its signals are not watched", what, why)
            return
        for service, path, interface, member, slot in hooks:  # (the stubs want bytes: wrong)
            connection.connect(service, path, interface, member, self, SLOT(slot))  # type: ignore[call-overload]
        self._connections[what] = connection
        self._confirm(what, connection)

    def _confirm(self, what: str, connection: QDBusConnection) -> None:
        """The bus handles a connection's messages in order: once it answers a call sent
        after the subscriptions, they are in place."""
        ping = QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId"
        )
        watcher = QDBusPendingCallWatcher(connection.asyncCall(ping), self)
        watcher.finished.connect(lambda: self._confirmed(what, watcher))
        self._confirming[what] = watcher

    def _confirmed(self, what: str, watcher: QDBusPendingCallWatcher) -> None:
        if self._confirming.get(what) is watcher:
            del self._confirming[what]
        watcher.deleteLater()

    def _hang_up(self, what: str) -> None:
        """Close the connection, its subscriptions with it. (Removing them one by one
        first can deadlock QtDBus with its own thread, for one naming a sender.)"""
        connection = self._connections.pop(what)
        QDBusConnection.disconnectFromBus(connection.name())
        self._confirming.pop(what, None)

    @Slot(bool)
    def _saver(self, active: bool) -> None:
        if self._started and active != self._locked:
            self._locked = active
            (self._on_locked if active else self._on_unlocked)()

    @Slot(bool)
    def _sleep(self, going: bool) -> None:
        if self._started:  # not a signal read before close()
            self._on_sleep(going)

    @Slot()
    def _session_lost(self) -> None:
        self._lost("session bus")

    @Slot()
    def _system_lost(self) -> None:
        self._lost("system bus")

    def _lost(self, what: str) -> None:
        if what in self._connections:  # not hung up by close() already
            log.warning("%s connection lost: the bus went away", what)
            self._hang_up(what)


def _address(bus: str) -> str | None:
    """The address `bus` names; None for the session bus when none is set."""
    if bus == "SESSION":
        return os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if bus == "SYSTEM":
        return os.environ.get("DBUS_SYSTEM_BUS_ADDRESS", _SYSTEM_BUS_SOCKET)
    return bus
