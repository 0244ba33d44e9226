"""Screen lock and system sleep, told by D-Bus signals.

The screen lockers of KDE, GNOME, MATE, Cinnamon and xfce4-screensaver announce a lock
with `ActiveChanged(true)` on the session bus (each under its own interface name);
logind announces sleep and resume with `PrepareForSleep(b)` on the system bus. Each
bus gets its own jeepney connection, read when its socket becomes readable
(QSocketNotifier): nothing polls, nothing waits in the GUI thread beyond opening the
connections. A bus that cannot be reached is logged and left out; one that goes away
later is not reconnected (the core's two clocks still notice a sleep).

logind's per-session `Lock`/`Unlock` signals are not used: they ask the session's
locker to act, and the locker's own `ActiveChanged` is what reports the result.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject

from posture_break.adapters.dbus_reader import (
    BusUnavailableError,
    DBusReader,
    OnSignal,
    SignalRule,
)

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


class SessionWatch(QObject):
    """Calls on_locked()/on_unlocked() when the screen locks or unlocks, and
    on_sleep(True) before the machine sleeps, on_sleep(False) after it resumes.

    Lock changes are delivered once each: a repeat of the last state (two lockers, or
    one announcing itself on two paths) is dropped. Until the first signal the state
    is unknown, so the first one is always delivered, even an unlock.

    `session_bus`/`system_bus` are jeepney bus addresses: "SESSION" and "SYSTEM"
    follow DBUS_SESSION_BUS_ADDRESS and DBUS_SYSTEM_BUS_ADDRESS (or the usual socket).
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
        self._readers: list[DBusReader] = []
        self._locked: bool | None = None
        self._started = False

    def start(self) -> None:
        """Connect: session bus for the screen saver, system bus for logind. A bus that
        is missing is logged once and skipped; never raises."""
        if self._started:
            return
        self._started = True
        saver_rules = [SignalRule(name, "ActiveChanged") for name in SCREEN_SAVERS]
        logind_rules = [SignalRule(LOGIND_MANAGER, "PrepareForSleep", LOGIND, LOGIND_PATH)]
        self._listen("session bus", saver_rules, self._on_session_signal)
        self._listen("system bus", logind_rules, self._on_system_signal)

    @property
    def listening(self) -> bool:
        """Whether every bus reached has confirmed the subscriptions; signals sent
        from then on are seen. (Also True once a bus is lost, or none was reached.)"""
        return all(reader.subscribed for reader in self._readers)

    def close(self) -> None:
        """Hang up; no callback is called afterwards. start() may connect again."""
        for reader in self._readers:
            reader.close()
            reader.deleteLater()
        self._readers.clear()
        self._locked = None
        self._started = False

    def _listen(self, what: str, rules: list[SignalRule], on_signal: OnSignal) -> None:
        on_lost = partial(log.warning, "%s connection lost: %s", what)
        try:
            reader = DBusReader.open(self._buses[what], what, rules, on_signal, on_lost)
        except BusUnavailableError as error:
            log.info("no %s (%s): its signals are not watched", what, error)
            return
        self._readers.append(reader)

    def _on_session_signal(self, interface: str, member: str, body: tuple[Any, ...]) -> None:
        if interface in SCREEN_SAVERS and member == "ActiveChanged" and _is_flag(body):
            locked: bool = body[0]
            if locked != self._locked:
                self._locked = locked
                (self._on_locked if locked else self._on_unlocked)()

    def _on_system_signal(self, interface: str, member: str, body: tuple[Any, ...]) -> None:
        if interface == LOGIND_MANAGER and member == "PrepareForSleep" and _is_flag(body):
            self._on_sleep(body[0])


def _is_flag(body: tuple[Any, ...]) -> bool:
    return len(body) == 1 and isinstance(body[0], bool)
