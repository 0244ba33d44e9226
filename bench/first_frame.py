"""Time from a click to the first painted frame of each window the tray opens.

    tests/helpers/with-desktop.sh python bench/first_frame.py [RUNS]     (default 10)

Each run is a fresh Python process that builds the tray app as the app does (the real
catalog, settings and a private home), docks its icon, then asks Control to start the
routine, exactly what the tray menu and `posture-break start` do, and waits until the
window's first frame has been painted and flushed to the X server. The first request
pays for importing the break window and QtSvg and rendering the picture (the cold
figure a user meets); a second routine opened after closing the first is the warm one.
Then the settings window, the statistics window (over a week of recorded breaks) and
the Routines window are opened the way the tray menu opens them, each for the first
time in the process, and the script checks that none of them (nor the routine editor)
was imported before its first opening.
Prints the median, the slowest and every run, in milliseconds.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

TARGET_MS = 250


def one_run() -> dict[str, float]:
    """In a fresh process: compose the app, open two routines, time both first frames,
    then the settings and statistics windows."""
    from tray_app import build, first_frame_ms

    app, shell, control = build("first-frame")
    cold = first_frame_ms(app, "Desk neck release", lambda: control.start("desk-neck"))
    assert shell.break_window is not None
    shell.break_window.close()
    app.processEvents()
    warm = first_frame_ms(app, "Full upper-back", lambda: control.start("full-upper-back"))
    for module in ("settings_dialog", "stats_window", "routines_window", "routine_editor"):
        if f"posture_break.ui.{module}" in sys.modules:
            raise SystemExit(f"posture_break.ui.{module} was imported before it was needed")
    settings = first_frame_ms(app, "Settings", shell.show_settings)
    statistics = first_frame_ms(app, "Statistics", shell.menu.statistics_action.trigger)
    routines = first_frame_ms(app, "Routines", shell.menu.routines_action.trigger)
    return {
        "cold_ms": cold,
        "warm_ms": warm,
        "settings_ms": settings,
        "stats_ms": statistics,
        "routines_ms": routines,
    }


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
    for key in ("cold_ms", "warm_ms", "settings_ms", "stats_ms", "routines_ms"):
        values = [result[key] for result in results]
        listed = " ".join(f"{value:.0f}" for value in values)
        print(
            f"{key[:-3]:>8}: median {statistics.median(values):.0f} ms, "
            f"slowest {max(values):.0f} ms (target {TARGET_MS} ms); runs: {listed}"
        )


if __name__ == "__main__":
    main()
