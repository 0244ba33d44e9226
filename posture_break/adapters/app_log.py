"""The log file: one line per start, stop and error, rotated so it never grows large."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_NAME = "posture-break.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, verbose: bool) -> Path | None:
    """Log to `log_dir`/posture-break.log (256 KiB x 3) and, if verbose, to stderr.

    Returns the log file, or None when it cannot be written (then stderr carries the
    log, so the app still runs on a read-only home).
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter(_FORMAT)
    path: Path | None = log_dir / LOG_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            log_dir / LOG_NAME, maxBytes=256 * 1024, backupCount=3, encoding="utf-8"
        )
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


def _log_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """An exception escaping a Qt slot lands here: log it and keep the app running."""
    logging.getLogger("posture_break").error("unexpected error", exc_info=(kind, error, trace))
