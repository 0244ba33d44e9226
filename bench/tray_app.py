"""The tray app as the benchmarks build it, in their own process: composed as app.py
composes it, with the real catalog and a week of history in the (private) data folder,
and a way to time a window from the click to its first painted frame."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from posture_break.adapters.acknowledged import Acknowledgements
from posture_break.adapters.content import illustration_reader, load_content
from posture_break.adapters.history_db import FILE_NAME, History
from posture_break.adapters.paths import AppPaths
from posture_break.adapters.sound_cues import SoundCues
from posture_break.composition import compose, open_routines
from posture_break.core.clock import SystemClock
from posture_break.core.control import Control
from posture_break.core.settings import Settings
from posture_break.core.settings_store import SettingsStore
from posture_break.core.values import BreakKind, BreakOutcome, BreakRecord
from posture_break.ui.shell import BreakParts, Shell


class TrayApp(NamedTuple):
    app: QApplication
    shell: Shell
    control: Control


def build(name: str) -> TrayApp:
    """The app with its icon shown; the safety note counts as read, so a routine opens
    on its first exercise."""
    app = QApplication([name])
    app.setQuitOnLastWindowClosed(False)
    paths = AppPaths.from_platformdirs()
    notes = Acknowledgements(paths.data)
    notes.acknowledge_safety_note()
    catalog, _ = load_content(paths)
    clock = SystemClock()
    parts = BreakParts(clock, illustration_reader(paths), notes, SoundCues(0).play)
    store = SettingsStore(paths.config, clock)
    composed = compose(clock, Settings(), catalog, store, 60_000, parts, data_dir=paths.data)
    shell, control = composed.shell, composed.control
    shell.use_routines_window(partial(open_routines, composed, paths, None))
    history = History(paths.data / FILE_NAME)
    for day in range(7):
        for hour in (9, 11, 14, 16):
            at = clock.now().replace(hour=hour) - timedelta(days=day)
            history.record(
                BreakRecord(at, BreakKind.STRETCH, BreakOutcome.COMPLETED, "desk-neck", 200)
            )
    shell.use_statistics(lambda: history.summary(clock.now().date()))
    shell.start(None)
    return TrayApp(app, shell, control)


class _FlushWatch(QObject):
    """Notes when the first update of the window whose title starts with `title` has
    been painted and flushed."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.UpdateRequest
            and isinstance(watched, QWidget)
            and watched.windowTitle().startswith(self.title)
            and self.painted_at is None
        ):
            # Runs after this event is handled: the frame is painted and flushed.
            QTimer.singleShot(0, self._mark)
        return False

    def _mark(self) -> None:
        if self.painted_at is None:
            self.painted_at = time.perf_counter()


def first_frame_ms(app: QApplication, title: str, open_it: Callable[[], object]) -> float:
    """Milliseconds from calling `open_it` to the first painted frame of its window."""
    watch = _FlushWatch(title)
    app.installEventFilter(watch)
    started = time.perf_counter()
    open_it()
    while watch.painted_at is None:
        app.processEvents()
    app.removeEventFilter(watch)
    return (watch.painted_at - started) * 1000
