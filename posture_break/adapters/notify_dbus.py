"""Desktop notifications through org.freedesktop.Notifications, over jeepney.

PySide6's QtDBus cannot send Notify's unsigned `replaces_id` (it goes out as a signed
int and servers reject the call), so this adapter speaks D-Bus with jeepney instead,
on a connection opened the first time there is something to say. Replies are read
when the connection's socket becomes readable (QSocketNotifier), so the GUI thread
never waits for the notification server. Without a server, or when it answers with
an error, the message goes to `fallback` (the tray's own balloon).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Slot

from posture_break import APP_NAME

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection

log = logging.getLogger(__name__)

Fallback = Callable[[str, str], None]
_EXPIRE_DEFAULT = -1


class DesktopNotifier(QObject):
    def __init__(self, desktop_id: str, fallback: Fallback, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desktop_id = desktop_id
        self._fallback = fallback
        self._connection: DBusConnection | None = None
        self._notifier: QSocketNotifier | None = None
        self._pending: dict[int, tuple[str, str]] = {}  # serial -> message, until answered
        self._last_id = 0  # the server's id of our last notification, replaced by the next

    def notify(self, title: str, body: str) -> None:
        """Show one notification; a newer one replaces it rather than stacking."""
        from jeepney import DBusAddress, new_method_call

        connection = self._connect()
        if connection is None:
            self._fallback(title, body)
            return
        address = DBusAddress(
            "/org/freedesktop/Notifications",
            bus_name="org.freedesktop.Notifications",
            interface="org.freedesktop.Notifications",
        )
        hints = {"desktop-entry": ("s", self._desktop_id)}
        call = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            (APP_NAME, self._last_id, "", title, body, [], hints, _EXPIRE_DEFAULT),
        )
        serial = next(connection.outgoing_serial)
        try:
            connection.send(call, serial=serial)
        except OSError as error:
            log.warning("cannot send a notification: %s", error)
            self._fallback(title, body)
            return
        self._pending[serial] = (title, body)

    def _connect(self) -> DBusConnection | None:
        if self._connection is not None:
            return self._connection
        from jeepney.io.blocking import open_dbus_connection

        try:
            self._connection = open_dbus_connection(bus="SESSION")
        except (OSError, KeyError, ValueError) as error:
            log.info("no session bus for notifications (%s); using the tray", error)
            return None
        self._notifier = QSocketNotifier(
            self._connection.sock.fileno(), QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._on_notifier_activated)
        return self._connection

    @Slot()
    def _on_notifier_activated(self) -> None:
        from jeepney import HeaderFields, MessageType

        assert self._connection is not None
        while True:
            try:
                message = self._connection.receive(timeout=0)
            except TimeoutError:
                return
            except OSError as error:  # the bus went away
                log.warning("notification connection lost: %s", error)
                self._drop_connection()
                return
            serial = message.header.fields.get(HeaderFields.reply_serial)
            if not isinstance(serial, int) or serial not in self._pending:
                continue
            title, body = self._pending.pop(serial)
            if message.header.message_type == MessageType.error:
                log.info("notification server refused: %s", message.body)
                self._fallback(title, body)
            elif message.body and isinstance(message.body[0], int):
                self._last_id = message.body[0]

    def close(self) -> None:
        """Hang up the bus connection (at quit); notifications already shown stay."""
        self._pending.clear()
        self._drop_connection()

    def _drop_connection(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        for title, body in self._pending.values():
            self._fallback(title, body)
        self._pending.clear()
