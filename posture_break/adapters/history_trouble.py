"""What went wrong with the break history file: a kind, so that each kind is told once,
and a sentence in the user's language saying why (history_db.py words the rest)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING

from posture_break import APP_NAME
from posture_break.core.i18n import Context
from posture_break.core.problems import blocking_file, disk_full, why_failed

if TYPE_CHECKING:
    import sqlite3

HistoryWords = Context("HistoryWords")

# Primary SQLite result codes (sqlite3.h); extended codes carry them in the low byte.
_PERM, _BUSY, _LOCKED, _READONLY, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 3, 5, 6, 8, 11, 13, 14, 26
# The kind of trouble an OS error is, so that each is told once (History._tell in history_db.py).
_OS_TROUBLE = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EROFS: "read-only",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.EEXIST: "blocked",
    errno.ENOTDIR: "blocked",
}


def is_damaged(error: sqlite3.Error | OSError) -> bool:
    """The file is not a database SQLite can read: set it aside rather than wait."""
    return _code(error) in (_CORRUPT, _NOTADB)


def trouble(error: sqlite3.Error | OSError, path: Path) -> tuple[str, str]:
    """(kind of problem, the reason as a sentence) for an error with the history at `path`."""
    if isinstance(error, OSError):
        folder = path.parent
        reason = why_failed(error, "write", str(folder), str(blocking_file(folder)))
        return _OS_TROUBLE.get(error.errno or 0, "system"), reason
    sqlite_code = _code(error)
    if sqlite_code in (_BUSY, _LOCKED):
        return "busy", HistoryWords.tr("Another program is using it.")
    if sqlite_code == _FULL:
        return "full", disk_full()
    if sqlite_code in (_PERM, _READONLY, _CANTOPEN):
        denied = HistoryWords.tr("{app} is not allowed to use {path}.")
        return "denied", denied.format(app=APP_NAME, path=path)
    if sqlite_code in (_CORRUPT, _NOTADB):
        return "damaged", HistoryWords.tr("The file {path} is damaged.").format(path=path)
    #: error is SQLite's own description of what went wrong, in English
    database = HistoryWords.tr("The database reported an error: {error}.")
    return "database", database.format(error=error)


def _code(error: sqlite3.Error | OSError) -> int:
    """The primary SQLite result code of an error; 0 for errors that have none."""
    return int(getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
