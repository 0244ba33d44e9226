"""Screenshots of the break window in every phase of the exercises whose pictures follow
the phase of a repetition, light and dark, for judging by eye.

    tests/helpers/with-desktop.sh python -m tests.helpers.phase_picture_shots OUT_DIR

Plays the full upper-back routine on a fake clock and, in the first repetition of each
exercise with phases (on each side where it has two), grabs the window once per phase.
Files: OUT_DIR/<light|dark>-<exercise>[-<side>]-<n>-<phase word>.png. With
QT_SCALE_FACTOR=2 in the environment, as on a 2x screen.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication

from posture_break.core.coach import moment
from posture_break.core.routine_loader import load_catalog
from posture_break.core.timeline import SegmentKind
from posture_break.ui.break_window import BreakWindow
from tests.helpers.break_window_shots import each_scheme, place, shots_app, silent
from tests.helpers.fake_clock import FakeClock
from tests.ui.conftest import SHIPPED, MemoryNotes, read_shipped_picture


def main() -> None:
    app, out, language = shots_app(sys.argv[1:])
    catalog, _ = load_catalog(SHIPPED, language=language)
    routine = catalog.routine("full-upper-back")
    assert routine is not None
    for scheme in each_scheme(app):
        clock = FakeClock(datetime(2026, 3, 10, 14, 0, tzinfo=UTC))
        window = BreakWindow(routine, clock, read_shipped_picture, MemoryNotes(), silent)
        place(window)
        window.show()
        seen: set[tuple[str, str]] = set()
        while not window.player.view().finished:
            view = window.player.view()
            side = view.side.value if view.side else ""
            first_time = (view.exercise.id, side) not in seen
            if view.kind is SegmentKind.REPS and view.exercise.phases and first_time:
                seen.add((view.exercise.id, side))
                for _ in range(view.rep_s):  # one repetition, a grab as each phase begins
                    phase = moment(window.player.view()).phase
                    if phase is not None and phase.left_s == phase.seconds:
                        name = "-".join(part for part in (view.exercise.id, side) if part)
                        QApplication.processEvents()
                        path = out / f"{scheme}-{name}-{phase.number}-{phase.word}.png"
                        window.grab().save(str(path))
                    clock.advance(seconds=1)
                    window.refresh()
            window.player.skip()
            window.refresh()
        window.close()


if __name__ == "__main__":
    main()
