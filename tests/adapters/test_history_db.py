"""The break history on real SQLite files: what survives, what is set aside, what waits."""

import io
import re
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from posture_break.adapters.history_db import QUEUE_LIMIT, History
from posture_break.adapters.history_schema import CSV_COLUMNS, MIGRATIONS
from posture_break.core.stats import BreakRow, CheckInRow
from posture_break.core.values import BreakKind, BreakOutcome, BreakRecord

BERLIN_WINTER = timezone(timedelta(hours=1))
MORNING = datetime(2026, 3, 2, 9, 30, tzinfo=BERLIN_WINTER)


def stretch(at=MORNING, outcome=BreakOutcome.COMPLETED, seconds=180):
    return BreakRecord(at, BreakKind.STRETCH, outcome, "desk-neck", seconds, due_at=at)


def rows_in(path):
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT at_utc, outcome FROM breaks ORDER BY id").fetchall()


@pytest.fixture
def path(tmp_path):
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def problems():
    return []


@pytest.fixture
def history(path, problems):
    opened = History(path, problems.append)
    yield opened
    opened.close()


def test_breaks_and_check_ins_survive_reopening(path, history):
    history.record(stretch())
    natural = BreakRecord(
        MORNING + timedelta(hours=1), BreakKind.MICRO, BreakOutcome.NATURAL, seconds=600
    )
    history.record(natural)
    history.check_in(MORNING + timedelta(minutes=4), 7, "desk-neck")
    history.close()

    again = History(path)
    assert again.breaks_since(date(2026, 3, 2)) == [
        BreakRow(MORNING, date(2026, 3, 2), "stretch", "desk-neck", "completed", 180, MORNING),
        BreakRow(natural.at, date(2026, 3, 2), "micro", None, "natural", 600, None),
    ]
    assert again.check_ins_since(date(2026, 3, 2)) == [
        CheckInRow(MORNING + timedelta(minutes=4), date(2026, 3, 2), 7, "desk-neck")
    ]
    again.close()


def test_a_break_keeps_the_local_day_it_happened_on_whatever_the_utc_date(history):
    just_after_midnight = datetime(2026, 3, 3, 0, 30, tzinfo=BERLIN_WINTER)  # 23:30 UTC
    history.record(stretch(MORNING))
    history.record(stretch(just_after_midnight))
    days = [row.local_day for row in history.breaks_since(date(2026, 3, 3))]
    assert days == [date(2026, 3, 3)]


def test_nothing_is_created_before_the_first_write(path, history):
    assert history.breaks_since(date.min) == []
    assert history.check_ins_since(date.min) == []
    out = io.StringIO()
    assert history.export_csv(out) == 0
    assert out.getvalue() == ",".join(CSV_COLUMNS) + "\n"
    assert not path.parent.exists()


def test_the_first_write_makes_a_private_folder_and_a_wal_database(path, history):
    history.record(stretch())
    assert path.parent.stat().st_mode & 0o777 == 0o700
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert db.execute("PRAGMA user_version").fetchone() == (len(MIGRATIONS),)


def add_note_column(db):
    db.execute("ALTER TABLE breaks ADD COLUMN note TEXT")


def test_an_older_database_is_migrated_and_keeps_its_rows(path):
    old = History(path)
    old.record(stretch())
    old.close()

    newer = History(path, migrations=(*MIGRATIONS, add_note_column))
    newer.record(stretch(MORNING + timedelta(hours=2)))
    newer.close()

    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (len(MIGRATIONS) + 1,)
        notes = db.execute("SELECT outcome, note FROM breaks").fetchall()
    assert notes == [("completed", None), ("completed", None)]


def test_a_database_from_a_newer_version_is_read_but_never_written(path, problems):
    future = History(path, migrations=(*MIGRATIONS, add_note_column))
    future.record(stretch())
    future.close()

    history = History(path, problems.append)
    history.record(stretch(MORNING + timedelta(hours=1)))
    history.record(stretch(MORNING + timedelta(hours=2)))
    assert [row.at for row in history.breaks_since(date.min)] == [MORNING]
    history.close()
    assert len(rows_in(path)) == 1
    assert len(problems) == 1
    assert "comes from a newer version of Posture Break" in problems[0]
    assert "records no new breaks" in problems[0]


def test_a_corrupt_file_is_set_aside_told_once_and_a_new_one_started(path, history, problems):
    path.parent.mkdir()
    garbage = b"this is not a database, " * 200
    path.write_bytes(garbage)

    history.record(stretch())
    history.record(stretch(MORNING + timedelta(hours=1)))

    kept = sorted(path.parent.glob("history.corrupt-*.sqlite3"))
    assert len(kept) == 1
    assert re.fullmatch(r"history\.corrupt-\d{8}-\d{6}\.sqlite3", kept[0].name)
    assert kept[0].read_bytes() == garbage
    assert problems == [
        "Your break history was damaged and could not be read, so Posture Break started a "
        f"new one. The damaged file is kept as {kept[0]}."
    ]
    assert len(rows_in(path)) == 2


def test_reading_a_corrupt_file_tells_why_and_changes_nothing(path, history, problems):
    path.parent.mkdir()
    path.write_bytes(b"\x00garbage" * 100)
    assert history.breaks_since(date.min) == []
    assert history.breaks_since(date.min) == []
    assert problems == [f"Your break history could not be read. The file {path} is damaged."]
    assert sorted(p.name for p in path.parent.iterdir()) == ["history.sqlite3"]


def test_a_locked_database_keeps_the_break_and_writes_it_once_free(path, history, problems):
    history.record(stretch())
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")

    history.record(stretch(MORNING + timedelta(hours=1)))
    history.record(stretch(MORNING + timedelta(hours=2)))
    assert other.execute("SELECT count(*) FROM breaks").fetchone() == (1,)
    assert problems == [
        "Your break history is in use by another program. Posture Break keeps new breaks "
        "in memory and saves them once it can."
    ]

    other.execute("COMMIT")
    other.close()
    history.record(stretch(MORNING + timedelta(hours=3)))
    assert [row.at for row in history.breaks_since(date.min)] == [
        MORNING + timedelta(hours=n) for n in range(4)
    ]
    assert len(problems) == 1


def test_a_file_where_the_folder_should_be_keeps_breaks_until_it_is_gone(tmp_path, problems):
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    history = History(blocker / "history.sqlite3", problems.append)

    history.record(stretch())
    history.record(stretch(MORNING + timedelta(hours=1)))
    assert problems == [
        f"Your break history could not be saved. {blocker} is a file where a folder should "
        "be. Posture Break keeps new breaks in memory and saves them once it can."
    ]

    blocker.unlink()
    history.close()
    assert len(rows_in(blocker / "history.sqlite3")) == 2


def test_at_most_the_latest_breaks_wait_in_memory(tmp_path, problems):
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    history = History(blocker / "history.sqlite3", problems.append)
    first = MORNING - timedelta(days=30)
    for n in range(QUEUE_LIMIT + 1):
        history.record(stretch(first + timedelta(minutes=n)))
    assert len(problems) == 2
    assert problems[1].startswith(f"More than {QUEUE_LIMIT} breaks are waiting to be saved")

    blocker.unlink()
    history.close()
    saved = rows_in(blocker / "history.sqlite3")
    assert len(saved) == QUEUE_LIMIT
    assert saved[0][0] == (first + timedelta(minutes=1)).astimezone(UTC).isoformat()


@pytest.mark.parametrize("score", [-1, 11])
def test_a_check_in_score_outside_0_to_10_is_refused(history, score):
    with pytest.raises(ValueError, match="from 0 to 10"):
        history.check_in(MORNING, score, None)


def test_check_in_scores_0_and_10_are_kept(history):
    history.check_in(MORNING, 0, None)
    history.check_in(MORNING + timedelta(minutes=1), 10, "desk-neck")
    assert [row.score for row in history.check_ins_since(date.min)] == [0, 10]


def test_the_csv_export_lists_breaks_and_check_ins_in_time_order(history):
    history.record(stretch())
    history.check_in(MORNING + timedelta(minutes=4), 8, "desk-neck")
    history.record(BreakRecord(MORNING + timedelta(hours=1), BreakKind.MICRO, BreakOutcome.SKIPPED))
    out = io.StringIO()
    assert history.export_csv(out) == 3
    assert out.getvalue().splitlines() == [
        "record,at_utc,local_day,kind,routine,outcome,seconds,due_utc,score",
        "break,2026-03-02T08:30:00+00:00,2026-03-02,stretch,desk-neck,completed,180,"
        "2026-03-02T08:30:00+00:00,",
        "check-in,2026-03-02T08:34:00+00:00,2026-03-02,,desk-neck,,,,8",
        "break,2026-03-02T09:30:00+00:00,2026-03-02,micro,,skipped,0,,",
    ]
