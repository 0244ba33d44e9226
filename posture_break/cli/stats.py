"""`posture-break stats`: how the breaks went, from the history file alone.

The file is opened read-only, so this works whether the app runs or not and never
creates or changes the history; a missing file is an empty history. Needs no Qt.

    Today: 2 of 3 breaks taken (1 away from the desk), 3 min of stretching
    Last 7 days: 8 of 9 breaks taken (1 away from the desk), 17 min of stretching
    Streak: 2 days with at least 3 stretch breaks (2 more today for day 3)
"""

from __future__ import annotations

import json
import sys

from posture_break.adapters.history_db import FILE_NAME, History
from posture_break.adapters.paths import AppPaths
from posture_break.cli.commands import Command
from posture_break.core.clock import SystemClock
from posture_break.core.stats import DayFigures, Summary, describe


def show_stats(paths: AppPaths, command: Command) -> int:
    """Print the figures (or export the history); 1 if the history could not be read."""
    problems: list[str] = []
    history = History(paths.data / FILE_NAME, problems.append)
    try:
        if command.csv_path is not None:
            return export(history, command.csv_path, problems)
        summary = history.summary(SystemClock().now().date())
    finally:
        history.close()
    if problems:  # figures from a history that could not be read would mislead
        print("\n".join(problems), file=sys.stderr)
        return 1
    if command.as_json:
        print(json.dumps(as_json(summary), indent=2))
    else:
        print("\n".join(describe(summary)))
    return 0


def export(history: History, target: str, problems: list[str]) -> int:
    """The raw history as CSV, to a file or ("-") to standard output."""
    if target == "-":
        count = history.export_csv(sys.stdout)
    else:
        try:
            with open(target, "w", newline="", encoding="utf-8") as out:
                count = history.export_csv(out)
        except OSError as error:
            problems.append(f"Could not write {target}: {error.strerror or error}.")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    if target != "-":
        print(f"Exported {count} record{'' if count == 1 else 's'} to {target}.")
    return 0


def as_json(summary: Summary) -> dict[str, object]:
    """The figures for scripts: dates in ISO form, minutes to one decimal."""
    return {
        "today": _day_json(summary.today),
        "week": _day_json(summary.week),
        "days": [_day_json(figures) for figures in summary.days],
        "streak": summary.streak,
        "streak_goal": summary.goal,
        "feel": [
            {
                "week_start": week.week_start.isoformat(),
                "average": round(week.average, 2),
                "count": week.count,
            }
            for week in summary.feel
        ],
        "first_day": None if summary.first_day is None else summary.first_day.isoformat(),
    }


def _day_json(figures: DayFigures) -> dict[str, object]:
    return {
        "day": figures.day.isoformat(),
        "taken": figures.taken,
        "due": figures.due,
        "exercised": figures.exercised,
        "away": figures.away,
        "skipped": figures.skipped,
        "minutes": round(figures.minutes, 1),
    }
