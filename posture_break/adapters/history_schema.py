"""The break history's tables and the statements that write and read them: one table of
breaks and one of check-ins, each indexed by the user's local day, and the one table an
export writes.

A file's version is SQLite's user_version; MIGRATIONS[n] takes version n to n + 1, each
step in a transaction of its own, so an update that fails leaves the last whole version.
sqlite3 is named here for its types only: history_db.py imports it on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3

# One table for both records: `record` says which ("break" or "check-in"), and the
# columns only the other one has stay empty.
CSV_COLUMNS = (
    "record",
    "at_utc",
    "local_day",
    "kind",
    "routine",
    "outcome",
    "seconds",
    "due_utc",
    "score",
)

Migration = Callable[["sqlite3.Connection"], None]

BREAK_INSERT = (
    "INSERT INTO breaks (kind, routine, outcome, due_utc, at_utc, local_day, seconds)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
CHECK_IN_INSERT = "INSERT INTO check_ins (at_utc, local_day, score, routine) VALUES (?, ?, ?, ?)"
BREAKS_SINCE = (
    "SELECT at_utc, local_day, kind, routine, outcome, seconds, due_utc FROM breaks"
    " WHERE local_day >= ? ORDER BY at_utc, id"
)
CHECK_INS_SINCE = (
    "SELECT at_utc, local_day, score, routine FROM check_ins"
    " WHERE local_day >= ? ORDER BY at_utc, id"
)
EXPORT = (
    "SELECT 'break', at_utc, local_day, kind, routine, outcome, seconds, due_utc, NULL"
    " FROM breaks UNION ALL"
    " SELECT 'check-in', at_utc, local_day, NULL, routine, NULL, NULL, NULL, score"
    " FROM check_ins ORDER BY 2"
)


def create_tables(db: sqlite3.Connection) -> None:
    """Version 0 to 1: breaks and check-ins, each indexed by local day."""
    db.execute(
        "CREATE TABLE breaks (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, routine TEXT,"
        " outcome TEXT NOT NULL, due_utc TEXT, at_utc TEXT NOT NULL,"
        " local_day TEXT NOT NULL, seconds INTEGER NOT NULL DEFAULT 0)"
    )
    db.execute("CREATE INDEX breaks_by_day ON breaks (local_day)")
    db.execute(
        "CREATE TABLE check_ins (id INTEGER PRIMARY KEY, at_utc TEXT NOT NULL,"
        " local_day TEXT NOT NULL, score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),"
        " routine TEXT)"
    )
    db.execute("CREATE INDEX check_ins_by_day ON check_ins (local_day)")


MIGRATIONS: tuple[Migration, ...] = (create_tables,)  # MIGRATIONS[n] takes version n to n + 1


def user_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite3.Connection, version: int, migrations: Sequence[Migration]) -> None:
    """Bring a file of `version` up to the last of `migrations`, one step at a time."""
    for step in range(version, len(migrations)):
        db.execute("BEGIN IMMEDIATE")
        migrations[step](db)
        db.execute(f"PRAGMA user_version = {step + 1}")
        db.execute("COMMIT")
