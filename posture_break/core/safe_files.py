"""Writing files so that a crash or a full disk never leaves a half-written one, and
reading them so that nothing at the path can make the app wait forever or fill memory."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import Protocol

READ_LIMIT = 4 * 1024 * 1024  # far more than any file the app reads needs


class NotAFileError(OSError):
    """The path is a named pipe, a socket or a device: reading it may never end."""

    def __init__(self, path: str | os.PathLike[str], kind: str) -> None:
        super().__init__(errno.EINVAL, f"a {kind}, not a regular file", os.fspath(path))
        self.kind = kind  # "pipe", "socket" or "device"


class TooLargeError(OSError):
    """The file holds more than the reader's limit."""

    def __init__(self, path: str | os.PathLike[str], limit: int) -> None:
        super().__init__(errno.EFBIG, f"larger than {limit} bytes", os.fspath(path))
        self.limit = limit


def read_regular(path: str | os.PathLike[str], limit: int = READ_LIMIT) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them, without ever
    blocking: a pipe, socket or device raises NotAFileError, a folder
    IsADirectoryError, a larger file TooLargeError, anything else its OSError."""
    fd = open_regular(path)
    try:
        if os.fstat(fd).st_size > limit:
            raise TooLargeError(path, limit)
        chunks: list[bytes] = []
        got = 0
        while chunk := os.read(fd, min(limit + 1 - got, 1 << 20)):
            chunks.append(chunk)
            got += len(chunk)
            if got > limit:  # it grew while being read
                raise TooLargeError(path, limit)
        return b"".join(chunks)
    finally:
        os.close(fd)


class Readable(Protocol):
    def read_bytes(self) -> bytes: ...


def read_entry(entry: Readable, limit: int = READ_LIMIT) -> bytes:
    """read_regular for a path; any other entry (importlib's Traversable in a zipped
    install, where nothing but regular files can be) reads as it is."""
    if isinstance(entry, os.PathLike):
        return read_regular(entry, limit)
    return entry.read_bytes()


def open_regular(path: str | os.PathLike[str]) -> int:
    """A read-only descriptor of the regular file at `path`, opened without blocking (a
    named pipe with no writer would wait forever); raises as read_regular does."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as error:
        if error.errno == errno.ENXIO:  # what opening a socket gives
            raise NotAFileError(path, "socket") from error
        raise
    mode = os.fstat(fd).st_mode
    if stat.S_ISREG(mode):
        return fd
    os.close(fd)
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), os.fspath(path))
    raise NotAFileError(path, "pipe" if stat.S_ISFIFO(mode) else "device")


def _write_and_close(fd: int, data: bytes) -> None:
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def write_new(path: Path, data: bytes) -> None:
    """Create `path` (never over an existing file) and remove it again if writing fails."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        _write_and_close(fd, data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    _sync_dir(path.parent)


def replace_atomically(path: Path, data: bytes) -> None:
    """Write beside `path`, then rename over it: a crash leaves the old file or the new one."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        _write_and_close(fd, data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _sync_dir(path.parent)


def _sync_dir(directory: Path) -> None:
    """Make a rename or a new file survive a power cut; best effort, as some systems refuse."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
