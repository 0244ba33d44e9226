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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier, Slot

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection

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

# What to subscribe to on one bus: (sender or None for anyone, interface, path, member).
_Rule = tuple[str | None, str, str | None, str]
_OnSignal = Callable[[str, str, tuple[Any, ...]], None]  # interface, member, body


class _BusListener(QObject):
    """One bus connection with its subscriptions, read from the Qt event loop."""

    def __init__(self, what: str, connection: DBusConnection, on_signal: _OnSignal) -> None:
        super().__init__()
        self._what = what
        self._connection: DBusConnection | None = connection
        self._on_signal = on_signal
        self._unanswered: set[int] = set()  # serials of AddMatch calls not yet answered
        self._notifier = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)

    def subscribe(self, rules: list[_Rule]) -> None:
        """Ask the bus for these signals (raises OSError if the bus is gone)."""
        from jeepney import MatchRule, message_bus

        assert self._connection is not None
        for sender, interface, path, member in rules:
            rule = MatchRule(
                type="signal", sender=sender, interface=interface, path=path, member=member
            )
            serial = next(self._connection.outgoing_serial)
            self._connection.send(message_bus.AddMatch(rule), serial=serial)
            self._unanswered.add(serial)
        self._on_readable()  # anything read along with the Hello reply is already buffered

    @property
    def subscribed(self) -> bool:
        return self._connection is None or not self._unanswered

    @Slot()
    def _on_readable(self) -> None:
        from jeepney import HeaderFields, MessageType

        while self._connection is not None:
            try:
                message = self._connection.receive(timeout=0)
            except TimeoutError:
                return
            except OSError as error:
                log.warning("%s connection lost: %s", self._what, error)
                self.close()
                return
            kind = message.header.message_type
            fields = message.header.fields
            if kind == MessageType.signal:
                interface = fields.get(HeaderFields.interface)
                member = fields.get(HeaderFields.member)
                if isinstance(interface, str) and isinstance(member, str):
                    self._on_signal(interface, member, message.body)
            elif (serial := fields.get(HeaderFields.reply_serial)) in self._unanswered:
                self._unanswered.discard(serial)
                if kind == MessageType.error:
                    log.warning("%s refused a subscription: %s", self._what, message.body)

    def close(self) -> None:
        self._notifier.setEnabled(False)
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._unanswered.clear()


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
        self._listeners: list[_BusListener] = []
        self._locked: bool | None = None
        self._started = False

    def start(self) -> None:
        """Connect: session bus for the screen saver, system bus for logind. A bus that
        is missing is logged once and skipped; never raises."""
        if self._started:
            return
        self._started = True
        saver_rules: list[_Rule] = [(None, name, None, "ActiveChanged") for name in SCREEN_SAVERS]
        logind_rules: list[_Rule] = [(LOGIND, LOGIND_MANAGER, LOGIND_PATH, "PrepareForSleep")]
        self._listen("session bus", saver_rules, self._on_session_signal)
        self._listen("system bus", logind_rules, self._on_system_signal)

    @property
    def listening(self) -> bool:
        """Whether every bus reached has confirmed the subscriptions; signals sent
        from then on are seen. (Also True once a bus is lost, or none was reached.)"""
        return all(listener.subscribed for listener in self._listeners)

    def close(self) -> None:
        """Hang up; no callback is called afterwards. start() may connect again."""
        for listener in self._listeners:
            listener.close()
            listener.deleteLater()
        self._listeners.clear()
        self._locked = None
        self._started = False

    def _listen(self, what: str, rules: list[_Rule], on_signal: _OnSignal) -> None:
        from jeepney.io.blocking import open_dbus_connection

        try:
            connection = open_dbus_connection(bus=self._buses[what])
        except Exception as error:  # no bus, no socket, a bad address, refused: all the same
            log.info("no %s (%s): its signals are not watched", what, error)
            return
        listener = _BusListener(what, connection, on_signal)
        self._listeners.append(listener)
        try:
            listener.subscribe(rules)
        except OSError as error:
            log.info("cannot subscribe on the %s (%s): its signals are not watched", what, error)
            listener.close()

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
