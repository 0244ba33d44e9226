"""`posture-break stats` run as a person runs it, against a history file in a private home.

The command reads the real date, so the history is built around today."""

import csv
import json
import subprocess
import sys
from datetime import date, datetime, time, timedelta

import pytest

from posture_break.adapters.history_db import FILE_NAME, History
from posture_break.adapters.paths import AppPaths
from posture_break.core.stats import EMPTY_STATE
from posture_break.core.values import BreakKind, BreakOutcome, BreakRecord

TODAY = date.today()


def at(days_ago, hour, minute=0):
    return datetime.combine(TODAY - timedelta(days=days_ago), time(hour, minute)).astimezone()


def stats(*args):
    return subprocess.run(
        [sys.executable, "-m", "posture_break", "stats", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def data_dir():
    return AppPaths.from_platformdirs().data


@pytest.fixture
def history_file(data_dir):
    """Two full days before today; today one stretch, a skip, a walk away and a check-in."""
    path = data_dir / FILE_NAME
    history = History(path)
    for days_ago in (2, 1):
        for hour in (9, 11, 14):
            when = at(days_ago, hour)
            due = when - timedelta(minutes=2)
            history.record(
                BreakRecord(when, BreakKind.STRETCH, BreakOutcome.COMPLETED, "desk-neck", 180, due)
            )
    history.record(
        BreakRecord(at(0, 9), BreakKind.STRETCH, BreakOutcome.COMPLETED, "desk-neck", 180)
    )
    history.check_in(at(0, 9, 4), 7, "desk-neck")
    history.record(BreakRecord(at(0, 10), BreakKind.MICRO, BreakOutcome.SNOOZED, "posture-reset"))
    history.record(
        BreakRecord(at(0, 10, 5), BreakKind.MICRO, BreakOutcome.SKIPPED, "posture-reset")
    )
    history.record(BreakRecord(at(0, 11), BreakKind.STRETCH, BreakOutcome.NATURAL, seconds=600))
    history.close()
    return path


def test_stats_print_today_the_last_seven_days_the_streak_and_the_check_ins(history_file):
    result = stats()
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        "Today: 2 of 3 breaks taken (1 away from the desk), 3 min of stretching",
        "Last 7 days: 8 of 9 breaks taken (1 away from the desk), 21 min of stretching",
        "Streak: 2 days with at least 3 stretch breaks (2 more today for day 3)",
        "Check-ins this week: 7.0 of 10 on average (1 check-in)",
    ]


def test_stats_as_json_give_every_figure_with_iso_dates(history_file):
    result = stats("--json")
    assert result.returncode == 0
    figures = json.loads(result.stdout)
    assert figures["today"] == {
        "day": TODAY.isoformat(),
        "taken": 2,
        "due": 3,
        "exercised": 1,
        "away": 1,
        "skipped": 1,
        "minutes": 3.0,
    }
    assert figures["week"]["day"] == (TODAY - timedelta(days=6)).isoformat()
    assert (figures["week"]["taken"], figures["week"]["minutes"]) == (8, 21.0)
    assert [day["exercised"] for day in figures["days"]] == [0, 0, 0, 0, 3, 3, 1]
    assert figures["days"][-1]["day"] == TODAY.isoformat()
    assert (figures["streak"], figures["streak_goal"]) == (2, 3)
    monday = TODAY - timedelta(days=TODAY.weekday())
    assert figures["feel"] == [{"week_start": monday.isoformat(), "average": 7.0, "count": 1}]
    assert figures["first_day"] == (TODAY - timedelta(days=2)).isoformat()


def test_stats_export_every_break_and_check_in_as_csv(history_file, tmp_path):
    target = tmp_path / "breaks.csv"
    result = stats("--csv", str(target))
    assert result.returncode == 0
    assert result.stdout == f"Exported 11 records to {target}.\n"
    with target.open(newline="") as exported:
        rows = list(csv.DictReader(exported))
    assert [row["record"] for row in rows].count("check-in") == 1
    assert [row["outcome"] for row in rows[-4:]] == ["", "snoozed", "skipped", "natural"]
    first = rows[0]
    assert first["local_day"] == (TODAY - timedelta(days=2)).isoformat()
    assert (first["kind"], first["routine"], first["seconds"]) == ("stretch", "desk-neck", "180")
    assert datetime.fromisoformat(first["at_utc"]) == at(2, 9)
    assert datetime.fromisoformat(first["due_utc"]) == at(2, 9) - timedelta(minutes=2)
    check_in = rows[-4]
    assert (check_in["record"], check_in["score"], check_in["kind"]) == ("check-in", "7", "")


def test_stats_csv_to_a_dash_prints_the_table(history_file):
    result = stats("--csv", "-")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "record,at_utc,local_day,kind,routine,outcome,seconds,due_utc,score"
    assert len(lines) == 12


def test_stats_without_a_history_show_the_empty_state_and_create_nothing(data_dir):
    result = stats()
    assert (result.returncode, result.stdout, result.stderr) == (0, EMPTY_STATE + "\n", "")
    empty = json.loads(stats("--json").stdout)
    assert (empty["first_day"], empty["streak"], empty["feel"]) == (None, 0, [])
    assert not data_dir.exists()


def test_stats_on_a_damaged_history_say_so_and_leave_it_alone(data_dir):
    data_dir.mkdir(parents=True)
    damaged = data_dir / FILE_NAME
    damaged.write_bytes(b"not a database at all " * 100)
    result = stats()
    assert (result.returncode, result.stdout) == (1, "")
    reason = f"The file {damaged} is damaged."
    assert result.stderr == f"Your break history could not be read. {reason}\n"
    assert [path.name for path in data_dir.iterdir()] == [FILE_NAME]


def test_stats_csv_to_a_folder_that_does_not_exist_says_why(history_file, tmp_path):
    target = tmp_path / "missing" / "breaks.csv"
    result = stats("--csv", str(target))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"Could not write {target}: No such file or directory.\n"
