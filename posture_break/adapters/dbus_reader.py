"""One D-Bus connection read from the Qt event loop, shared by the notifier, GNOME's idle
monitor, the busy checks and the media pause (the lock and sleep watch uses QtDBus).

jeepney speaks the protocol on a blocking connection; a QSocketNotifier on its socket
says when something has arrived, so nothing polls and the GUI thread never waits for a
peer: a call is sent at once and its answer handed to a callback when it comes. Match
rules are added before any call, so no signal about a call can be missed (a unicast
signal, such as Mutter's WatchFired, needs none). A broken connection is reported once,
to `on_lost`, and only then are the calls still waiting told None: an owner that
connects again in `on_lost` resends on the new connection.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QMetaObject, QObject, QSocketNotifier, Qt, Slot

if TYPE_CHECKING:
    from jeepney import Message
    from jeepney.io.blocking import DBusConnection

log = logging.getLogger(__name__)

OnSignal = Callable[[str, str, tuple[Any, ...]], None]  # interface, member, body
OnReply = Callable[["Message | None"], None]  # a reply, an error, or None: connection lost
OnLost = Callable[[OSError], None]


class SignalRule(NamedTuple):
    """Signals to receive; `sender` and `path` None mean any."""

    interface: str
    member: str
    sender: str | None = None
    path: str | None = None


class BusUnavailableError(Exception):
    """The bus could not be reached, or would not take the subscriptions."""


class DBusReader(QObject):
    """Owned by whoever opened it, not by a Qt parent: the owner closes it and, to drop
    it, calls deleteLater(). (A parent that garbage collection deletes while that
    deleteLater() is pending would delete it twice.)"""

    def __init__(
        self, connection: DBusConnection, what: str, on_signal: OnSignal, on_lost: OnLost
    ) -> None:
        """Use `open()`."""
        super().__init__()
        self._connection: DBusConnection | None = connection
        self._what = what  # the peer, for the log
        self._on_signal, self._on_lost = on_signal, on_lost
        self._subscribing: set[int] = set()  # serials of AddMatch calls not answered yet
        self._pending: dict[int, OnReply] = {}  # serial -> what to do with the answer
        self._errors_expected: set[int] = set()  # serials of calls an error answers too
        self._held: deque[Message] = deque()  # read while call_and_wait waited
        self._read_queued = False
        self._notifier = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.read)
        self._queue_read()  # what came with the Hello reply is buffered, unseen by the notifier

    @classmethod
    def open(
        cls,
        bus: str,
        what: str,
        rules: Iterable[SignalRule],
        on_signal: OnSignal,
        on_lost: OnLost,
    ) -> DBusReader:
        """Connect to `bus` ("SESSION", "SYSTEM" or an address) and subscribe to `rules`;
        raises BusUnavailableError and nothing else. `what` names the peer in the log."""
        from jeepney import MatchRule, message_bus
        from jeepney.io.blocking import open_dbus_connection

        try:
            connection = open_dbus_connection(bus=bus)
        except Exception as error:  # no bus, no socket, a bad address, refused: all the same
            raise BusUnavailableError(str(error)) from error
        reader = cls(connection, what, on_signal, on_lost)
        try:
            for rule in rules:
                match = MatchRule(type="signal", **rule._asdict())
                reader._subscribing.add(reader._send(message_bus.AddMatch(match)))
        except OSError as error:
            reader.close()
            raise BusUnavailableError(f"cannot subscribe: {error}") from error
        return reader

    @property
    def subscribed(self) -> bool:
        """Whether every subscription is confirmed, so signals sent from now on are seen
        (also True once closed)."""
        return self._connection is None or not self._subscribing

    @property
    def awaiting(self) -> int:
        """How many calls made with `on_reply` have no answer yet."""
        return len(self._pending)

    def call(
        self, message: Message, on_reply: OnReply | None = None, error_expected: bool = False
    ) -> bool:
        """Send a method call; `on_reply` gets the answer from the event loop (without
        it the answer is dropped). False, and logged, when it cannot be sent.
        `error_expected`: an error is one of the usual answers (a property that many
        peers lack), so it is not logged."""
        try:
            serial = self._send(message)
        except OSError as error:
            log.warning("cannot send %s to the %s: %s", _member(message), self._what, error)
            return False
        if on_reply is not None:
            self._pending[serial] = on_reply
            if error_expected:
                self._errors_expected.add(serial)
        return True

    def call_and_wait(self, message: Message, timeout_s: float) -> Message | None:
        """The answer to a call (a reply or an error), or None without one in `timeout_s`.
        This blocks the GUI thread: only for quick questions at rare moments. What else
        arrives meanwhile is handed over afterwards, from the event loop."""
        from jeepney import HeaderFields

        deadline = time.monotonic() + timeout_s
        try:
            serial = self._send(message)
            while self._connection is not None:
                left_s = max(0.0, deadline - time.monotonic())
                received = self._connection.receive(timeout=left_s)
                if received.header.fields.get(HeaderFields.reply_serial) == serial:
                    return received
                self._held.append(received)
        except TimeoutError:
            log.warning("the %s did not answer %s in time", self._what, _member(message))
        except OSError:
            pass  # not connected, or broken: the read queued below tells on_lost
        finally:
            self._queue_read()  # also for messages read along with the answer
        return None

    @Slot()
    def read(self) -> None:
        """Hand over everything that has arrived. The socket notifier calls this; call it
        directly for an answer that may already be here (before closing, say)."""
        self._read_queued = False
        while True:
            if self._held:
                self._dispatch(self._held.popleft())
                continue
            if self._connection is None:
                return
            try:
                message = self._connection.receive(timeout=0)
            except TimeoutError:
                return
            except OSError as error:  # the bus went away
                unanswered = list(self._pending.values())
                self.close()
                self._on_lost(error)
                for on_reply in unanswered:
                    on_reply(None)
                return
            self._dispatch(message)

    def close(self) -> None:
        """Hang up; no callback is called afterwards. Safe to call twice."""
        self._notifier.setEnabled(False)  # before its descriptor closes
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._pending.clear()
        self._errors_expected.clear()
        self._held.clear()

    def _send(self, message: Message) -> int:
        if self._connection is None:
            raise ConnectionError("not connected")
        serial: int = next(self._connection.outgoing_serial)
        self._connection.send(message, serial=serial)
        return serial

    def _dispatch(self, message: Message) -> None:
        from jeepney import HeaderFields, MessageType

        kind, fields = message.header.message_type, message.header.fields
        if kind == MessageType.signal:
            interface, member = fields.get(HeaderFields.interface), fields.get(HeaderFields.member)
            if isinstance(interface, str) and isinstance(member, str):
                self._on_signal(interface, member, message.body)
        elif (serial := fields.get(HeaderFields.reply_serial)) in self._subscribing:
            self._subscribing.discard(serial)
            if kind == MessageType.error:
                log.warning("the %s refused a subscription: %s", self._what, message.body)
        elif serial in self._pending:
            if kind == MessageType.error and serial not in self._errors_expected:
                log.info("the %s refused a call: %s", self._what, message.body)
            self._errors_expected.discard(serial)
            self._pending.pop(serial)(message)

    def _queue_read(self) -> None:
        if not self._read_queued:
            self._read_queued = True
            QMetaObject.invokeMethod(self, "read", Qt.ConnectionType.QueuedConnection)


def failed(reply: Message | None) -> bool:
    """Whether a call got an error, or no answer at all."""
    from jeepney import MessageType

    return reply is None or reply.header.message_type == MessageType.error


def _member(message: Message) -> str:
    from jeepney import HeaderFields

    return str(message.header.fields.get(HeaderFields.member))
