"""Screenshots of the statistics window and of the check-in, light and dark, for judging
by eye; the histories they show are the ones the tests use.

    tests/helpers/with-desktop.sh python -m tests.helpers.stats_window_shots OUT_DIR [--lang de]

Files: OUT_DIR/<light|dark>-stats-<empty|first-day|week>.png, and the finish page of a
routine played to its end, asking (check-in) and answered (checked-in).
"""

from __future__ import annotations

import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication, QWidget

from posture_break.core.routine_loader import load_catalog
from posture_break.core.stats import BreakRow, CheckInRow, Summary, summarize
from posture_break.ui.break_window import BreakWindow
from posture_break.ui.stats_window import StatsWindow
from tests.helpers.break_window_shots import each_scheme, shots_app, silent
from tests.helpers.fake_clock import FakeClock
from tests.ui.conftest import SHIPPED, MemoryNotes, read_shipped_picture

ZONE = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 3, 10)  # a Tuesday, the day the UI tests' clock shows
# Breaks with stretching, away from the desk, and skipped, on each of the last 7 days,
# oldest first: a streak of three (Friday, Monday, today; the weekend passed over).
WEEK = ((4, 1, 1), (2, 2, 1), (3, 0, 2), (0, 0, 0), (0, 0, 0), (5, 1, 0), (3, 1, 2))
STRETCH_S = 150  # each break with stretching


def breaks_on(day: date, stretched: int, away: int, skipped: int) -> list[BreakRow]:
    """A day's breaks, an hour apart from 9 o'clock: stretched, then away, then skipped."""
    outcomes = ["completed"] * stretched + ["natural"] * away + ["skipped"] * skipped
    rows = []
    for hour, outcome in enumerate(outcomes, start=9):
        at = datetime.combine(day, time(hour), ZONE)
        seconds = {"completed": STRETCH_S, "natural": 600}.get(outcome, 0)
        rows.append(BreakRow(at, day, "stretch", "desk-neck", outcome, seconds))
    return rows


def simulated_week() -> list[BreakRow]:
    first = TODAY - timedelta(days=len(WEEK) - 1)
    return [
        row
        for offset, counts in enumerate(WEEK)
        for row in breaks_on(first + timedelta(days=offset), *counts)
    ]


def check_ins(scores_by_week: list[list[int]]) -> list[CheckInRow]:
    """Check-ins on the Wednesday of each week, the last list this week, oldest first."""
    rows = []
    this_monday = TODAY - timedelta(days=TODAY.weekday())
    for back, scores in enumerate(reversed(scores_by_week)):
        day = this_monday - timedelta(weeks=back) + timedelta(days=2)
        day = min(day, TODAY)
        for score in scores:
            rows.append(CheckInRow(datetime.combine(day, time(12), ZONE), day, score))
    return rows


# Eight weeks of check-ins that slowly get better.
FEEL = [[4, 5], [4], [5, 5, 6], [], [6, 5], [6, 7, 6, 7], [7, 6], [8, 7, 7, 8]]


def summaries() -> dict[str, Summary]:
    return {
        "empty": summarize([], [], TODAY),
        "first-day": summarize(breaks_on(TODAY, 1, 1, 0), check_ins([[6]]), TODAY),
        "week": summarize(simulated_week(), check_ins(FEEL), TODAY),
    }


def finished_routine() -> BreakWindow:
    """The finish page of Posture reset, played to its end on a fake clock."""
    catalog, _ = load_catalog(SHIPPED)
    routine = catalog.routine("posture-reset")
    assert routine is not None
    clock = FakeClock(datetime.combine(TODAY, time(14), ZONE))
    window = BreakWindow(routine, clock, read_shipped_picture, MemoryNotes(), silent)
    window.place()
    window.show()
    clock.advance(minutes=5)
    window.refresh()
    return window


def shoot(out: Path, scheme: str) -> None:
    def grab(window: QWidget, what: str) -> None:
        QApplication.processEvents()
        window.grab().save(str(out / f"{scheme}-{what}.png"))

    for what, summary in summaries().items():
        window = StatsWindow(lambda summary=summary: summary)
        window.resize(window.sizeHint())
        window.show()
        grab(window, f"stats-{what}")
        window.close()
    finished = finished_routine()
    grab(finished, "check-in")
    finished.finish_page.check_in.buttons[7].click()
    grab(finished, "checked-in")
    finished.close()


def main() -> None:
    app, out, _ = shots_app(sys.argv[1:])
    for scheme in each_scheme(app):
        shoot(out, scheme)


if __name__ == "__main__":
    main()
