"""The break history: every break and check-in, in SQLite in the user's data folder.

Writes happen on the GUI thread, so each is one short transaction (WAL, synchronous
NORMAL, a quarter-second busy timeout) and never raises: what cannot be written now
waits in a small queue for the next write, and each kind of trouble is told once, in
whole sentences in the user's language. sqlite3 is imported on first use, so the tray
app pays for it only at its first break; the statistics (core/stats.py) and csv only
when they are asked for. A reader that must not write (the command line)
opens the file read-only and takes a missing file for an empty history.

Times are stored as UTC ISO-8601 text beside the user's local day, so a day stays the
day it was even after a change of time zone. The tables and their SQL are in
history_schema.py, what a failure means in history_trouble.py.
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from posture_break import APP_NAME
from posture_break.adapters.history_schema import (
    BREAK_INSERT,
    BREAKS_SINCE,
    CHECK_IN_INSERT,
    CHECK_INS_SINCE,
    CSV_COLUMNS,
    EXPORT,
    MIGRATIONS,
    Migration,
    migrate,
    user_version,
)
from posture_break.adapters.history_trouble import HistoryWords, is_damaged, trouble
from posture_break.core.problems import sentences
from posture_break.core.safe_files import open_regular

if TYPE_CHECKING:
    import sqlite3

    from posture_break.core.stats import BreakRow, CheckInRow, Summary
    from posture_break.core.values import BreakRecord

FILE_NAME = "history.sqlite3"  # in the user data dir
BUSY_TIMEOUT_S = 0.25  # the GUI thread waits at most this long for another writer
QUEUE_LIMIT = 500  # breaks kept in memory while the file cannot be written
_Insert = tuple[str, tuple[object, ...]]


class History:
    """history.sqlite3, opened on first use; the folder is created (0700) on first write."""

    def __init__(
        self,
        path: Path,
        on_problem: Callable[[str], None] = lambda message: None,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> None:
        self.path = path
        self.on_problem = on_problem
        self._migrations = tuple(migrations)
        self._writer: sqlite3.Connection | None = None
        self._reader: sqlite3.Connection | None = None
        self._pending: deque[_Insert] = deque(maxlen=QUEUE_LIMIT)
        self._told: set[str] = set()
        self._newer = False  # written by a newer version: read it, never write to it

    def record(self, record: BreakRecord) -> None:
        """Keep one break (the coordinator's Recorder); never raises."""
        due = None if record.due_at is None else _utc(record.due_at)
        day = record.at.date().isoformat()
        what = (record.kind.value, record.routine_id, record.outcome.value)
        self._save((BREAK_INSERT, (*what, due, _utc(record.at), day, record.seconds)))

    def check_in(self, at: datetime, score: int, routine_id: str | None) -> None:
        """Keep one check-in; a score outside 0..10 is a caller's mistake (ValueError)."""
        if not 0 <= score <= 10:
            raise ValueError(f"a check-in score is from 0 to 10, not {score}")
        self._save((CHECK_IN_INSERT, (_utc(at), at.date().isoformat(), score, routine_id)))

    def breaks_since(self, day: date) -> list[BreakRow]:
        """The breaks from `day` (local) on, oldest first."""
        from posture_break.core.stats import BreakRow

        rows = self._query(BREAKS_SINCE, (day.isoformat(),))
        return [
            BreakRow(
                at=_local(at),
                local_day=date.fromisoformat(day),
                kind=kind,
                routine=routine,
                outcome=outcome,
                seconds=seconds,
                due_at=None if due is None else _local(due),
            )
            for at, day, kind, routine, outcome, seconds, due in rows
        ]

    def check_ins_since(self, day: date) -> list[CheckInRow]:
        """The check-ins from `day` (local) on, oldest first."""
        from posture_break.core.stats import CheckInRow

        rows = self._query(CHECK_INS_SINCE, (day.isoformat(),))
        return [
            CheckInRow(_local(at), date.fromisoformat(day), score, routine)
            for at, day, score, routine in rows
        ]

    def summary(self, today: date) -> Summary:
        """The figures the statistics window and `posture-break stats` show."""
        from posture_break.core.stats import summarize

        return summarize(self.breaks_since(date.min), self.check_ins_since(date.min), today)

    def export_csv(self, out: TextIO) -> int:
        """Every break and check-in, oldest first, in one table under CSV_COLUMNS, times in
        UTC as stored. Returns the number of records written, the header not counted."""
        import csv

        rows = self._query(EXPORT, ())
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows(rows)
        return len(rows)

    def close(self) -> None:
        """Save what still waits, if it can be saved now, and let the file go."""
        if self._pending:
            self._flush()
        self._close_writer()
        self._close_reader()

    # Writing ------------------------------------------------------------------------

    def _save(self, insert: _Insert) -> None:
        if len(self._pending) == QUEUE_LIMIT:
            overflow = HistoryWords.tr(
                "More than {count} breaks are waiting to be saved in your break history, so "
                "the oldest of them are no longer kept."
            )
            self._tell("overflow", overflow.format(count=QUEUE_LIMIT))
        self._pending.append(insert)
        self._flush()

    def _flush(self) -> None:
        """Write everything waiting in one transaction; a damaged file is set aside once."""
        error = self._write_pending()
        if error is not None and is_damaged(error) and self._set_aside():
            error = self._write_pending()
        if error is not None:
            key, reason = trouble(error, self.path)
            waits = HistoryWords.tr(
                "{app} keeps new breaks in memory and saves them once it can."
            ).format(app=APP_NAME)
            if key == "busy":
                in_use = HistoryWords.tr("Your break history is in use by another program.")
                self._tell(key, sentences(in_use, waits))
            else:
                unsaved = HistoryWords.tr("Your break history could not be saved.")
                self._tell(key, sentences(unsaved, reason, waits))

    def _write_pending(self) -> sqlite3.Error | OSError | None:
        import sqlite3

        try:
            db = self._open_writer()
            if db is not None:
                db.execute("BEGIN IMMEDIATE")
                for sql, values in self._pending:
                    db.execute(sql, values)
                db.execute("COMMIT")
        except (sqlite3.Error, OSError) as error:
            self._close_writer()  # rolls back what this try began
            return error
        self._pending.clear()  # written, or refused for good by a newer version
        return None

    def _open_writer(self) -> sqlite3.Connection | None:
        """The writing connection with the schema brought up to date; None when the file
        comes from a newer version."""
        if self._writer is None and not self._newer:
            import sqlite3

            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            _refuse_a_non_file(self.path)
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            try:
                self._writer = self._prepare(db)
            except BaseException:
                db.close()
                raise
            if self._writer is None:
                db.close()
        return self._writer

    def _prepare(self, db: sqlite3.Connection) -> sqlite3.Connection | None:
        version = user_version(db)
        if version > len(self._migrations):
            self._newer = True
            newer = HistoryWords.tr(
                "Your break history {path} comes from a newer version of {app}, so this "
                "version shows it but records no new breaks in it. Update {app} to keep "
                "recording."
            )
            self._tell("newer", newer.format(path=self.path, app=APP_NAME))
            return None
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        migrate(db, version, self._migrations)
        return db

    def _set_aside(self) -> bool:
        """Rename a damaged file (and its -wal and -shm) so that a new history can start."""
        self._close_reader()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}{self.path.suffix}")
        number = 1
        while kept.exists():
            number += 1
            kept = kept.with_name(f"{self.path.stem}.corrupt-{stamp}-{number}{self.path.suffix}")
        try:
            os.rename(self.path, kept)
            for suffix in ("-wal", "-shm"):
                if os.path.exists(f"{self.path}{suffix}"):
                    os.rename(f"{self.path}{suffix}", f"{kept}{suffix}")
        except OSError as error:
            stuck = HistoryWords.tr(
                "Your break history {path} is damaged and could not be moved aside."
            )
            memory = HistoryWords.tr("{app} keeps new breaks in memory.")
            message = sentences(
                stuck.format(path=self.path),
                trouble(error, self.path)[1],
                memory.format(app=APP_NAME),
            )
            self._tell("damaged", message)
            return False
        started = HistoryWords.tr(
            "Your break history was damaged and could not be read, so {app} started a new "
            "one. The damaged file is kept as {kept}."
        )
        self._tell(f"damaged {kept}", started.format(app=APP_NAME, kept=kept))
        return True

    # Reading ------------------------------------------------------------------------

    def _query(self, sql: str, values: tuple[object, ...]) -> list[Any]:
        """Rows from the writing connection when it is open, else from a read-only look
        at the file; none when there is no history yet or it cannot be read (told once)."""
        import sqlite3

        try:
            db = self._writer or self._open_reader()
            return [] if db is None else db.execute(sql, values).fetchall()
        except (sqlite3.Error, OSError) as error:
            self._close_reader()
            key, reason = trouble(error, self.path)
            unread = HistoryWords.tr("Your break history could not be read.")
            self._tell(f"read {key}", sentences(unread, reason))
            return []

    def _open_reader(self) -> sqlite3.Connection | None:
        """A read-only connection that never creates the file; None while nothing is in it."""
        if self._reader is None and self.path.exists():
            import sqlite3

            _refuse_a_non_file(self.path)
            uri = f"{self.path.absolute().as_uri()}?mode=ro"
            db = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
            try:
                version = user_version(db)
            except BaseException:
                db.close()
                raise
            if version == 0:  # an empty file: nothing recorded yet
                db.close()
                return None
            self._reader = db
        return self._reader

    # Both ---------------------------------------------------------------------------

    def _close_writer(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def _close_reader(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def _tell(self, key: str, message: str) -> None:
        """Each distinct problem once: a failing disk must not repeat itself every break."""
        if key not in self._told:
            self._told.add(key)
            self.on_problem(message)


def _refuse_a_non_file(path: Path) -> None:
    """Raise for a named pipe, socket, device or link loop at `path`: SQLite would wait
    on a pipe forever. Nothing there is fine: SQLite creates the file."""
    with contextlib.suppress(FileNotFoundError):
        os.close(open_regular(path))


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _local(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone()
