"""The running instance's side of single-instance: the lock and the command server."""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import socket
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Slot

log = logging.getLogger(__name__)

Handler = Callable[[Mapping[str, object]], dict[str, object]]
_MAX_REQUEST_BYTES = 1 << 16


class InstanceLock:
    """An exclusive flock held for the life of the process (see instance_client)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True


class CommandServer(QObject):
    """Answers one JSON line with one JSON line on the instance socket, owner-only.

    A plain Unix socket watched by QSocketNotifier: the same thing QLocalServer does on
    Linux, without loading QtNetwork (about 3 MiB in a process that lives all day).
    Without a `handler` it listens from the start but answers only from `answer_with`:
    a client that connects meanwhile waits (instance_client allows 5 s).
    """

    def __init__(
        self, socket_path: Path, handler: Handler | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._handler = handler
        self._path = socket_path
        # Only the lock holder gets here, so a socket file left behind is a crash's
        # leftover: remove it rather than fail.
        if socket_path.exists() or socket_path.is_symlink():
            log.info("removing a stale instance socket at %s", socket_path)
            socket_path.unlink()
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        # The runtime dir is already owner-only; the umask makes the socket so too,
        # from the moment it exists.
        old_umask = os.umask(0o177)
        try:
            self._listener.bind(str(socket_path))
        finally:
            os.umask(old_umask)
        self._listener.listen(8)
        self._listener.setblocking(False)
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        self._notifier.setEnabled(handler is not None)

    def answer_with(self, handler: Handler) -> None:
        """Answer requests with `handler`, those waiting first."""
        self._handler = handler
        self._notifier.setEnabled(True)

    def close(self) -> None:
        self._notifier.setEnabled(False)
        self._listener.close()
        with contextlib.suppress(FileNotFoundError):
            self._path.unlink()

    @Slot()
    def _on_notifier_activated(self) -> None:
        handler = self._handler
        if handler is None:
            return
        while True:
            try:
                connection, _ = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            _Exchange(connection, handler, self)


class _Exchange(QObject):
    """One client connection: read a line, answer it, hang up."""

    def __init__(self, connection: socket.socket, handler: Handler, parent: QObject) -> None:
        super().__init__(parent)
        self._connection = connection
        self._handler = handler
        self._buffer = b""
        connection.setblocking(False)
        self._notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    @Slot()
    def _on_notifier_activated(self) -> None:
        try:
            chunk = self._connection.recv(_MAX_REQUEST_BYTES)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        self._buffer += chunk
        if chunk and b"\n" not in self._buffer and len(self._buffer) < _MAX_REQUEST_BYTES:
            return
        if b"\n" in self._buffer or len(self._buffer) >= _MAX_REQUEST_BYTES:
            reply = self._answer(self._buffer.split(b"\n", 1)[0])
            # A reply is a few hundred bytes: it fits the socket buffer at once.
            self._connection.setblocking(True)
            self._connection.settimeout(1.0)
            with contextlib.suppress(OSError):
                self._connection.sendall(json.dumps(reply).encode() + b"\n")
        self._hang_up()

    def _hang_up(self) -> None:
        # The notifier goes before its descriptor, or Qt watches a closed fd.
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        self._connection.close()
        self.deleteLater()

    def _answer(self, line: bytes) -> dict[str, object]:
        try:
            request = json.loads(line)
        except ValueError:
            request = None
        if not isinstance(request, dict):
            return {"ok": False, "message": "the request was not a JSON object"}
        log.info("command from the command line: %s", request.get("cmd"))
        return self._handler(request)
