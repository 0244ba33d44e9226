"""SIGTERM, SIGINT and SIGHUP end the app cleanly (log line, socket removed).

Python runs signal handlers only between bytecodes, which never happens while Qt's
loop waits in C++; the wakeup fd makes the kernel-level handler write a byte that a
QSocketNotifier sees at once, with no timer polling for it.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, Slot

_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


class SignalWatcher(QObject):
    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno())
        for number in _SIGNALS:
            signal.signal(number, _note_only)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    @Slot()
    def _on_notifier_activated(self) -> None:
        try:
            numbers = self._reader.recv(64)
        except BlockingIOError:
            return
        for number in numbers:
            self._on_signal(number)


def _note_only(_number: int, _frame: object) -> None:
    """A Python-level handler must exist for the wakeup fd to be written."""
