"""Screenshots of the break window at every exercise, light and dark, for judging by eye.

    tests/helpers/with-desktop.sh python -m tests.helpers.break_window_shots OUT_DIR [--lang de]

Plays the full upper-back routine (all eight exercises) on a fake clock and grabs the
window a few seconds into the first set of each exercise, on each side where it has
two (the left is the mirrored picture), then the finish page; once with Fusion's light palette
and once with its dark one. Also grabs the safety note, a rest, a switch of sides and a
missing picture, and a due break's offer. Files: OUT_DIR/<light|dark>-NN-<what>.png
With QT_SCALE_FACTOR=2 in the environment, as on a 2x screen; with BREAK_WINDOW_SIZE=760x520,
at that size instead of the one the window picks for the screen.
With --lang, in that language (as the app loads it for the system's), to see that
longer words still fit.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QApplication

from posture_break.core.coordinator import CoordinatorWords
from posture_break.core.routine_loader import load_catalog
from posture_break.core.timeline import SegmentKind
from posture_break.core.values import Offer
from posture_break.ui.break_window import BreakWindow
from posture_break.ui.fixed_size import fix_size
from posture_break.ui.translations import load_translations, loaded_language
from posture_break.ui.visible_boxes import show_boxes_plainly
from tests.helpers.fake_clock import FakeClock
from tests.helpers.palettes import dark_palette
from tests.ui.conftest import SHIPPED, MemoryNotes, read_shipped_picture


def place(window: BreakWindow) -> None:
    """As the app places it, or at the size BREAK_WINDOW_SIZE (WxH) names."""
    window.place()
    if size := os.environ.get("BREAK_WINDOW_SIZE"):
        width, height = (int(number) for number in size.split("x"))
        fix_size(window, QSize(width, height))


def silent(cue: str) -> None:
    """Screenshots need no sound."""


def shoot(out: Path, scheme: str, language: str | None) -> None:
    catalog, _ = load_catalog(SHIPPED, language=language)
    routine = catalog.routine("full-upper-back")
    assert routine is not None
    clock = FakeClock(datetime(2026, 3, 10, 14, 0, tzinfo=UTC))
    shots: list[tuple[str, BreakWindow]] = []

    def grab(window: BreakWindow, what: str) -> None:
        QApplication.processEvents()
        path = out / f"{scheme}-{len(shots):02d}-{what}.png"
        window.grab().save(str(path))
        shots.append((what, window))

    offered = BreakWindow(
        catalog.routine("desk-neck"), clock, read_shipped_picture, MemoryNotes(), silent,
        Offer(CoordinatorWords.tr("Time for a stretch break"), snooze_min=5),
    )  # fmt: skip
    place(offered)
    offered.show()
    grab(offered, "offer")
    offered.close()

    first = BreakWindow(routine, clock, read_shipped_picture, MemoryNotes(False), silent)
    place(first)
    first.show()
    grab(first, "safety-note")
    first.close()

    window = BreakWindow(routine, clock, read_shipped_picture, MemoryNotes(), silent)
    place(window)
    window.show()
    grab(window, "get-ready")
    seen: set[tuple[str, str]] = set()
    extras = {SegmentKind.REST, SegmentKind.SWITCH_SIDES}
    for segment in window.player.segments:
        view = window.player.view()
        if view.finished:
            break
        side = view.side.value if view.side else ""
        if (
            view.kind in (SegmentKind.HOLD, SegmentKind.REPS)
            and (view.exercise.id, side) not in seen
        ):
            seen.add((view.exercise.id, side))
            clock.advance(seconds=min(7, segment.duration_s - 1))
            window.refresh()
            grab(window, "-".join(part for part in (view.exercise.id, side) if part))
        elif view.kind in extras:
            extras.discard(view.kind)
            grab(window, view.kind.value)
        window.player.skip()
        window.refresh()
    grab(window, "finish")
    window.close()

    broken = BreakWindow(routine, clock, lambda name: None, MemoryNotes(), silent)
    place(broken)
    broken.show()
    grab(broken, "missing-picture")
    broken.close()


class Shots(NamedTuple):
    app: QApplication
    out: Path
    language: str | None  # of the routine and exercise texts, as the app picks it


def shots_app(args: list[str]) -> Shots:
    """The application the screenshots are taken in, the folder they go to and the
    language of the content, from the command line: OUT_DIR [--lang LANGUAGE]."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path, help="the folder for the PNG files")
    parser.add_argument("--lang", help="a language with a translation, such as de")
    options = parser.parse_args(args)
    options.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(["shots"])
    app.setStyle("Fusion")
    show_boxes_plainly()  # as the app's shell does
    translators = load_translations(app, QLocale(options.lang)) if options.lang else []
    if options.lang and not translators:
        parser.error(f"no translation for {options.lang}")
    return Shots(app, options.out, loaded_language(translators))


def each_scheme(app: QApplication) -> Iterator[str]:
    """ "light", then "dark", with the application's palette set to each in turn."""
    for scheme, palette in (("light", app.style().standardPalette()), ("dark", dark_palette())):
        app.setPalette(palette)
        yield scheme


def main() -> None:
    app, out, language = shots_app(sys.argv[1:])
    for scheme in each_scheme(app):
        shoot(out, scheme, language)


if __name__ == "__main__":
    main()
