"""Time from a click to the first painted frame of each window the tray opens.

    tests/helpers/with-desktop.sh python bench/first_frame.py [RUNS]     (default 10)

Each run is a fresh Python process that builds the tray app as the app does (the real
catalog, settings and a private home), docks its icon, then asks Control to start the
routine, exactly what the tray menu and `posture-break start` do, and waits until the
window's first frame has been painted and flushed to the X server. The first request
pays for importing the break window and QtSvg and rendering the picture (the cold
figure a user meets); a second routine opened after closing the first is the warm one.
Then the settings window and the statistics window (over a week of recorded breaks)
are opened the way the tray menu opens them, each for the first time in the process,
and the script checks that neither module was imported before its first opening.
Prints the median, the slowest and every run, in milliseconds.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TARGET_MS = 250


def one_run() -> dict[str, float]:
    """In a fresh process: compose the app, open two routines, time both first frames."""
    from datetime import timedelta

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from posture_break.adapters.acknowledged import Acknowledgements
    from posture_break.adapters.content import illustration_reader, load_content
    from posture_break.adapters.history_db import FILE_NAME, History
    from posture_break.adapters.paths import AppPaths
    from posture_break.adapters.sound_cues import SoundCues
    from posture_break.app import compose
    from posture_break.core.clock import SystemClock
    from posture_break.core.coordinator import BreakRecord
    from posture_break.core.planner import BreakKind
    from posture_break.core.settings import Settings
    from posture_break.core.settings_store import SettingsStore
    from posture_break.ui.shell import BreakParts

    app = QApplication(["first-frame"])
    app.setQuitOnLastWindowClosed(False)
    paths = AppPaths.from_platformdirs()
    notes = Acknowledgements(paths.data)
    notes.acknowledge_safety_note()  # the routine itself, not the one-time note
    catalog, _ = load_content(paths)
    clock = SystemClock()
    parts = BreakParts(clock, illustration_reader(paths), notes, SoundCues(0).play)
    store = SettingsStore(paths.config, clock)
    shell, control, _, _ = compose(clock, Settings(), catalog, store, 60_000, parts)
    history = History(paths.data / FILE_NAME)
    for day in range(7):
        for hour in (9, 11, 14, 16):
            at = clock.now().replace(hour=hour) - timedelta(days=day)
            history.record(BreakRecord(at, BreakKind.STRETCH, "completed", "desk-neck", 200))
    shell.use_statistics(lambda: history.summary(clock.now().date()))
    shell.start(None)

    class FlushWatch(QObject):
        """Notes when the first update of the window titled `title` has been painted
        and flushed."""

        painted_at: float | None = None

        def __init__(self, title: str) -> None:
            super().__init__()
            self.title = title

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

    def time_window(title: str, open_it: Callable[[], object]) -> float:
        watch = FlushWatch(title)
        app.installEventFilter(watch)
        started = time.perf_counter()
        open_it()
        while watch.painted_at is None:
            app.processEvents()
        app.removeEventFilter(watch)
        return (watch.painted_at - started) * 1000

    cold = time_window("Desk neck release", lambda: control.start("desk-neck"))
    assert shell.break_window is not None
    shell.break_window.close()
    app.processEvents()
    warm = time_window("Full upper-back", lambda: control.start("full-upper-back"))
    for module in ("settings_dialog", "stats_window"):
        if f"posture_break.ui.{module}" in sys.modules:
            raise SystemExit(f"posture_break.ui.{module} was imported before it was needed")
    settings = time_window("Posture Break settings", shell.show_settings)
    statistics = time_window("Posture Break statistics", shell.menu.statistics_action.trigger)
    return {"cold_ms": cold, "warm_ms": warm, "settings_ms": settings, "stats_ms": statistics}


def main() -> None:
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(one_run()))
        return
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="pb-frame-") as home:
            env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/.config",
                       XDG_DATA_HOME=f"{home}/.local/share", XDG_STATE_HOME=f"{home}/.state",
                       XDG_CACHE_HOME=f"{home}/.cache")  # fmt: skip
            out = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--one"],
                env=env, capture_output=True, text=True, check=True,
            )  # fmt: skip
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    for key in ("cold_ms", "warm_ms", "settings_ms", "stats_ms"):
        values = [result[key] for result in results]
        listed = " ".join(f"{value:.0f}" for value in values)
        print(
            f"{key[:-3]:>8}: median {statistics.median(values):.0f} ms, "
            f"slowest {max(values):.0f} ms (target {TARGET_MS} ms); runs: {listed}"
        )


if __name__ == "__main__":
    main()
