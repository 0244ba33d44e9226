"""Desktop notifications through org.freedesktop.Notifications, over jeepney.

PySide6's QtDBus cannot send Notify's unsigned `replaces_id` (it goes out as a signed
int and servers reject the call), so this adapter speaks D-Bus with jeepney instead, on
a DBusReader opened the first time there is something to say: the GUI thread never waits
for the notification server. Without a server, or when it answers with an error, the
message goes to `fallback` (the tray's own balloon).

Reminders are notifications with actions (buttons). Some servers (dunst) send
ActionInvoked only to the connection that called Notify, so the signals are subscribed
to and read on that same connection. A reminder keeps its server id when a newer one
replaces it, so an id alone cannot tell an old reminder's click from a new one's: at
most one reminder call is in flight, and a reminder's actions count only once the
server has answered the call that showed it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from posture_break import APP_NAME
from posture_break.adapters.dbus_reader import (
    BusUnavailableError,
    DBusReader,
    OnReply,
    SignalRule,
    failed,
)

if TYPE_CHECKING:
    from jeepney import Message

log = logging.getLogger(__name__)

Fallback = Callable[[str, str], None]
OnAction = Callable[[str], None]

_PATH = "/org/freedesktop/Notifications"
_NAME = "org.freedesktop.Notifications"
_EXPIRE_DEFAULT = -1
_EXPIRE_NEVER = 0
_URGENCY_NORMAL = 1
_DEFAULT_ACTION = "default"  # the spec's key for clicking the notification itself
# A tray balloon, or a server without actions, shows no buttons.
REMINDER_HINT = "Open the tray menu to start or skip it."


@dataclass
class _Reminder:
    title: str
    body: str
    actions: tuple[tuple[str, str], ...]
    on_action: OnAction
    sent: bool = False
    shown_id: int = 0  # the server's id once it answered; until then no action counts

    def key_for(self, invoked: str) -> str | None:
        """The caller's key for an action the server reports, or None if not ours."""
        keys = [key for key, _label in self.actions]
        if invoked == _DEFAULT_ACTION and keys:
            return keys[0]
        return invoked if invoked in keys else None


class DesktopNotifier(QObject):
    def __init__(self, desktop_id: str, fallback: Fallback, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desktop_id = desktop_id
        self._fallback = fallback
        self._reader: DBusReader | None = None
        self._last_id = 0  # the server's id of our last notification, replaced by the next
        self._reminder: _Reminder | None = None  # the latest reminder, while its actions count
        self._reminder_id = 0  # the server's id of the reminder on screen, replaced by the next
        self._reminder_in_flight = False  # a reminder's Notify call awaits its answer
        self._actions: bool | None = None  # the server's "actions" capability, once known
        self._asking_capabilities = False

    def notify(self, title: str, body: str) -> None:
        """Show one notification; a newer one replaces it rather than stacking."""
        hints = {"desktop-entry": ("s", self._desktop_id)}
        no_actions: list[str] = []
        args = (APP_NAME, self._last_id, "", title, body, no_actions, hints, _EXPIRE_DEFAULT)

        def answered(reply: Message | None) -> None:
            if failed(reply):
                self._fallback(title, body)
            elif (shown_id := _notification_id(reply)) is not None:
                self._last_id = shown_id

        if not self._call("Notify", "susssasa{sv}i", args, answered):
            self._fallback(title, body)

    def remind(
        self,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]],
        on_action: OnAction,
    ) -> None:
        """A notification with buttons, e.g. [("start", "Start now"), ("snooze", "In 5
        minutes"), ("skip", "Skip")] as (key, label) pairs.

        on_action(key) is called once with the key the user picked; clicking the
        notification itself counts as the first action. Nothing is called when it is
        dismissed or closed. It stays until acted on or withdrawn (no expiry). A newer
        reminder replaces this one on screen, and from then on only the newer one's
        actions are delivered. The notification is closed once an action is delivered.
        Without a notification server the tray balloon gets it, with REMINDER_HINT.
        """
        self._reminder = _Reminder(title, body, tuple(actions), on_action)
        if not self._reminder_in_flight:
            self._send_reminder(self._reminder)
        # else: sent when the call in flight is answered, replacing what it showed.

    def withdraw(self) -> None:
        """Close the current reminder, if any; its actions are no longer delivered."""
        self._reminder = None
        if self._reminder_in_flight:
            return  # closed as soon as the server says which id it got
        self._close_reminder()

    def supports_actions(self) -> bool | None:
        """Whether the server shows actions ("actions" in GetCapabilities); None until
        known. Asked once, the first time a connection opens (this call opens one), and
        answered asynchronously. False when there is no server."""
        if self._actions is None and not self._asking_capabilities:
            if self._connect() is None:
                self._actions = False
            elif not self._asking_capabilities:  # opened earlier, but the ask failed
                self._ask_capabilities()
        return self._actions

    def close(self) -> None:
        """Hang up the bus connection (at quit). Notifications already shown stay,
        except a reminder: its buttons would no longer reach anyone. (A reminder whose
        Notify call the server has not answered yet cannot be closed: no id.)"""
        if self._reader is not None:
            self.withdraw()
            if self._reminder_in_flight:
                self._reader.read()  # its answer may be here: then it is closed
        self._drop_reader()

    @property
    def _pending(self) -> int:
        """How many calls the server has not answered yet."""
        return self._reader.awaiting if self._reader is not None else 0

    # Reminders ---------------------------------------------------------------

    def _send_reminder(self, reminder: _Reminder) -> None:
        reminder.sent = True
        body = reminder.body
        if self._actions is False:
            body = f"{body}\n{REMINDER_HINT}" if body else REMINDER_HINT
        labelled: list[str] = []
        if reminder.actions:
            # Clicking the bubble: the spec's "default" key, labelled as the first action.
            labelled += [_DEFAULT_ACTION, reminder.actions[0][1]]
        for key, label in reminder.actions:
            labelled += [key, label]
        hints = {"desktop-entry": ("s", self._desktop_id), "urgency": ("y", _URGENCY_NORMAL)}
        args = (APP_NAME, self._reminder_id, "", reminder.title, body, labelled, hints)
        if self._call(
            "Notify",
            "susssasa{sv}i",
            (*args, _EXPIRE_NEVER),
            lambda reply: self._on_reminder_answer(reminder, reply),
        ):
            self._reminder_in_flight = True
        else:
            self._reminder_failed(reminder)

    def _on_reminder_answer(self, reminder: _Reminder, reply: Message | None) -> None:
        self._reminder_in_flight = False
        shown_id = _notification_id(reply)
        if shown_id is not None:
            self._reminder_id = shown_id
        latest = self._reminder
        if latest is reminder:
            if shown_id is None:
                self._reminder_failed(reminder)
            else:
                reminder.shown_id = shown_id
        elif latest is not None and not latest.sent:
            self._send_reminder(latest)  # replaces what this call showed
        elif latest is None:
            self._close_reminder()  # withdrawn while the call was in flight

    def _reminder_failed(self, reminder: _Reminder) -> None:
        if self._reminder is reminder:
            self._reminder = None
        body = f"{reminder.body}\n{REMINDER_HINT}" if reminder.body else REMINDER_HINT
        self._fallback(reminder.title, body)

    def _close_reminder(self) -> None:
        if self._reminder_id:
            self._call("CloseNotification", "u", (self._reminder_id,))
        self._reminder_id = 0

    def _on_action_invoked(self, shown_id: int, invoked: str) -> None:
        reminder = self._reminder
        if reminder is None or not reminder.shown_id or reminder.shown_id != shown_id:
            return  # an older reminder, one withdrawn, or a plain notification
        key = reminder.key_for(invoked)
        if key is None:
            return
        # Once only, and the bubble goes: dunst keeps it after a context-menu pick.
        self._reminder = None
        self._close_reminder()
        reminder.on_action(key)

    def _on_notification_closed(self, shown_id: int) -> None:
        if shown_id == self._reminder_id:
            self._reminder_id = 0
        reminder = self._reminder
        if reminder is not None and reminder.shown_id == shown_id:
            self._reminder = None

    # Capabilities ------------------------------------------------------------

    def _ask_capabilities(self) -> None:
        def answered(reply: Message | None) -> None:
            self._asking_capabilities = False
            if reply is None:
                return  # the connection was lost: asked again on the next one
            if failed(reply) or not reply.body:
                self._actions = False
            else:
                self._actions = "actions" in reply.body[0]

        self._asking_capabilities = self._call("GetCapabilities", "", (), answered)

    # The connection ----------------------------------------------------------

    def _call(
        self, method: str, signature: str, args: tuple[Any, ...], on_reply: OnReply | None = None
    ) -> bool:
        """Send a call to the notification server; False if it could not be sent."""
        from jeepney import DBusAddress, new_method_call

        reader = self._connect()
        if reader is None:
            return False
        address = DBusAddress(_PATH, bus_name=_NAME, interface=_NAME)
        return reader.call(new_method_call(address, method, signature or None, args), on_reply)

    def _connect(self) -> DBusReader | None:
        if self._reader is not None:
            return self._reader
        # Before any Notify, so no signal about it can be missed.
        rules = [
            SignalRule(_NAME, member, sender=_NAME, path=_PATH)
            for member in ("ActionInvoked", "NotificationClosed")
        ]
        try:
            self._reader = DBusReader.open(
                "SESSION", "notification server", rules, self._on_signal, self._on_lost
            )
        except BusUnavailableError as error:
            log.info("no session bus for notifications (%s); using the tray", error)
            return None
        if self._actions is None and not self._asking_capabilities:
            self._ask_capabilities()
        return self._reader

    def _on_signal(self, interface: str, member: str, body: tuple[Any, ...]) -> None:
        if interface != _NAME:
            return
        if member == "ActionInvoked" and len(body) == 2:
            self._on_action_invoked(body[0], body[1])
        elif member == "NotificationClosed" and body:
            self._on_notification_closed(body[0])

    def _on_lost(self, error: OSError) -> None:
        """The bus went away: the next call connects again (calls still waiting are
        told None right after this)."""
        log.warning("notification connection lost: %s", error)
        self._drop_reader()

    def _drop_reader(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader.deleteLater()
            self._reader = None


def _notification_id(reply: Message | None) -> int | None:
    """The id in a Notify reply, or None for an error or no answer."""
    if reply is None or failed(reply):
        return None
    if reply.body and isinstance(reply.body[0], int):
        return reply.body[0]
    return None
