"""Adapters the running app opens only when they are first needed: the busy probe when a
break first falls due, the desktop notifier when there is first something to say.

Nothing asks either in the minutes after the start, and loading them (the probe's
display connection, camera and sound checks; the notifier's D-Bus reader) was about
5 ms of every start. Both stand in for the adapter behind the core's port.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from posture_break import DESKTOP_ID

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from posture_break.adapters.busy_probe import BusyProbe
    from posture_break.adapters.notify_dbus import DesktopNotifier, Fallback, OnAction
    from posture_break.core.ports import BusyAnswer


class BusyOnFirstAsk:
    """The busy probe (a BusyPort), opened when the coordinator first asks it."""

    def __init__(self) -> None:
        self._probe: BusyProbe | None = None

    def ask(self, answer: BusyAnswer) -> None:
        if self._probe is None:
            from posture_break.adapters.busy_probe import BusyProbe  # first due break

            self._probe = BusyProbe.open()
        self._probe.ask(answer)


class NotifierOnFirstUse:
    """The desktop notifier (the core's ReminderPort, and the app's way to tell a
    problem), made the first time there is something to show; `fallback` shows it in
    the tray's balloon when no notification server answers."""

    def __init__(self, fallback: Fallback, parent: QObject) -> None:
        self._fallback = fallback
        self._parent = parent
        self._notifier: DesktopNotifier | None = None

    def notify(self, title: str, body: str) -> None:
        self._made().notify(title, body)

    def remind(
        self,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]],
        on_action: OnAction,
    ) -> None:
        self._made().remind(title, body, actions, on_action)

    def withdraw(self) -> None:
        if self._notifier is not None:  # nothing shown yet: nothing to take back
            self._notifier.withdraw()

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.close()

    def _made(self) -> DesktopNotifier:
        if self._notifier is None:
            from posture_break.adapters.notify_dbus import DesktopNotifier  # first message

            self._notifier = DesktopNotifier(DESKTOP_ID, self._fallback, self._parent)
        return self._notifier
