"""The log file: one line per start, stop and error, rotated so it never grows large."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

LOG_NAME = "posture-break.log"
MAX_BYTES = 256 * 1024
BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, verbose: bool) -> Path | None:
    """Log to `log_dir`/posture-break.log (rotated) and, if verbose, to stderr.

    Returns the log file, or None when it cannot be written (then stderr carries the
    log, so the app still runs on a read-only home).
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    # APScheduler logs every job it adds, runs and removes: one wakeup is four lines.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    formatter = logging.Formatter(_FORMAT)
    path: Path | None = log_dir / LOG_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingLog(log_dir / LOG_NAME, MAX_BYTES, BACKUPS)
    except OSError as error:
        path = None
        verbose = True
        print(f"posture-break: cannot write the log in {log_dir}: {error}", file=sys.stderr)
    else:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    if verbose:
        echo = logging.StreamHandler(sys.stderr)
        echo.setFormatter(formatter)
        root.addHandler(echo)
    sys.excepthook = _log_uncaught
    return path


class RotatingLog(logging.FileHandler):
    """A log file that moves itself to .1, .2, ... once it reaches `max_bytes`.

    What logging.handlers.RotatingFileHandler does, without that module's imports
    (socket, pickle, queue: about 1.5 MiB in a process that runs all day).
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self._max_bytes = max_bytes
        self._backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        stream = self.stream
        if stream is not None and stream.tell() >= self._max_bytes:
            try:
                stream.close()
                self.stream = None  # emit() below reopens it
                self._rotate()
            except OSError:
                self.handleError(record)
        super().emit(record)

    def _rotate(self) -> None:
        base = self.baseFilename
        for number in range(self._backups - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        os.replace(base, f"{base}.1")


def _log_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """An exception escaping a Qt slot lands here: log it and keep the app running."""
    logging.getLogger("posture_break").error("unexpected error", exc_info=(kind, error, trace))
