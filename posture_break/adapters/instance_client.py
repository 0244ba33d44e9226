"""Talk to the running instance from the command line, without loading Qt.

The running instance holds an exclusive lock on `instance.lock` for its whole life
and listens on the Unix socket `instance.sock` (single_instance.CommandServer), so a
command like `posture-break status` needs only the standard library and answers in
milliseconds. The kernel drops the lock when a process dies, so a crash leaves no
false "already running".
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from pathlib import Path

_MAX_REPLY_BYTES = 1 << 16


class InstanceNotAnsweringError(Exception):
    """An instance holds the lock but did not answer in time."""


def instance_is_running(lock_path: Path) -> bool:
    """True while some process holds the instance lock."""
    try:
        fd = os.open(lock_path, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing also releases a lock we just took
    return False


def send_request(
    socket_path: Path, lock_path: Path, request: dict[str, object], timeout_s: float = 5.0
) -> dict[str, object] | None:
    """Send one request and return the reply; None when no instance is running.

    An instance that holds the lock but is not listening yet is still starting up:
    retry until `timeout_s`, then raise InstanceNotAnsweringError.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return _exchange(socket_path, request, timeout_s)
        except (FileNotFoundError, ConnectionRefusedError):
            if not instance_is_running(lock_path):
                return None
            if time.monotonic() > deadline:
                raise InstanceNotAnsweringError(str(socket_path)) from None
            # A command-line process waiting for a starting instance, never the GUI.
            time.sleep(0.05)  # noqa: TID251
        except (TimeoutError, ValueError) as error:
            raise InstanceNotAnsweringError(str(error)) from error


def _exchange(socket_path: Path, request: dict[str, object], timeout_s: float) -> dict[str, object]:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout_s)
        sock.connect(str(socket_path))
        sock.sendall(json.dumps(request).encode() + b"\n")
        reply = b""
        while not reply.endswith(b"\n") and len(reply) < _MAX_REPLY_BYTES:
            chunk = sock.recv(4096)
            if not chunk:
                break
            reply += chunk
    decoded = json.loads(reply)
    if not isinstance(decoded, dict):
        raise ValueError("the running instance sent a reply that is not an object")
    return decoded
