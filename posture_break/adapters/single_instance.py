"""The running instance's side of single-instance: the lock and the command server."""

from __future__ import annotations

import fcntl
import json
import logging
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

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
    """Answers one JSON line with one JSON line on the instance socket, owner-only."""

    def __init__(self, socket_path: Path, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # Only the lock holder gets here, so a socket file left behind is a crash's
        # leftover: remove it rather than fail.
        if socket_path.exists():
            log.info("removing a stale instance socket at %s", socket_path)
            QLocalServer.removeServer(str(socket_path))
        if not self._server.listen(str(socket_path)):
            raise OSError(f"cannot listen on {socket_path}: {self._server.errorString()}")
        self._server.newConnection.connect(self._on_server_new_connection)

    def close(self) -> None:
        self._server.close()

    @Slot()
    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            _Exchange(self._server.nextPendingConnection(), self._handler, self)


class _Exchange(QObject):
    """One client connection: read a line, answer it, hang up."""

    def __init__(self, connection: QLocalSocket, handler: Handler, parent: QObject) -> None:
        super().__init__(parent)
        self._connection = connection
        self._handler = handler
        self._buffer = b""
        connection.setParent(self)
        connection.readyRead.connect(self._on_connection_ready_read)
        connection.disconnected.connect(self.deleteLater)

    @Slot()
    def _on_connection_ready_read(self) -> None:
        self._buffer += bytes(self._connection.readAll().data())
        if b"\n" not in self._buffer and len(self._buffer) < _MAX_REQUEST_BYTES:
            return
        line = self._buffer.split(b"\n", 1)[0]
        reply = self._answer(line)
        self._connection.write(json.dumps(reply).encode() + b"\n")
        self._connection.flush()
        self._connection.disconnectFromServer()

    def _answer(self, line: bytes) -> dict[str, object]:
        try:
            request = json.loads(line)
        except ValueError:
            request = None
        if not isinstance(request, dict):
            return {"ok": False, "message": "the request was not a JSON object"}
        log.info("command from the command line: %s", request.get("cmd"))
        return self._handler(request)
