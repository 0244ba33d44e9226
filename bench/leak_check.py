"""Memory after many break windows: does opening and closing them leak?

    tests/helpers/with-desktop.sh python bench/leak_check.py [WINDOWS]   (default 200)

In a private home, builds the tray app as the app does (bench/tray_app.py), then opens
a routine's break window, waits for its first painted frame, closes it and lets Qt
delete it, WINDOWS times, taking turns through the routines. Prints the process's PSS
and USS (from /proc/self/smaps_rollup) after the first 10 windows, when every lazy
import and cache has happened, and after the last; the difference is the leak.
Target: at most 2 MiB of growth over 200 windows.

The floor is measured the same way in a second process: a bare QWidget holding a label
and ten buttons, shown, painted and deleted as often, with nothing collecting the Python
objects each leaves in reference cycles: what a window grows by when only Python's
automatic collection frees them (the app collects after each break window,
posture_break/adapters/memory.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

from PySide6.QtCore import QCoreApplication, QEventLoop

TARGET_MIB = 2.0
WARM_UP = 10


def memory_mib() -> dict[str, float]:
    """PSS and USS of this process, in MiB."""
    figures: dict[str, float] = {}
    with open("/proc/self/smaps_rollup") as rollup:
        for line in rollup:
            key, _, rest = line.partition(":")
            if key in ("Pss", "Private_Clean", "Private_Dirty"):
                figures[key] = int(rest.split()[0]) / 1024
    return {"pss": figures["Pss"], "uss": figures["Private_Clean"] + figures["Private_Dirty"]}


def settled(app: QCoreApplication) -> dict[str, float]:
    """Memory once the app is idle again: what it does after a window closed is done."""
    deadline = time.monotonic() + 0.5
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return memory_mib()


def windows_of_ours(count: int) -> tuple[dict[str, float], dict[str, float]]:
    """Memory after WARM_UP break windows and after `count`, in a private home."""
    with tempfile.TemporaryDirectory(prefix="pb-leak-") as home:
        for variable, sub in (
            ("XDG_CONFIG_HOME", ".config"),
            ("XDG_DATA_HOME", ".local/share"),
            ("XDG_STATE_HOME", ".state"),
            ("XDG_CACHE_HOME", ".cache"),
        ):
            os.environ[variable] = f"{home}/{sub}"  # fmt: skip
        from tray_app import build, first_frame_ms

        app, shell, control = build("leak-check")
        routines = {routine.id: routine.name for routine in control.catalog.routines}
        ids = list(routines)
        after_warm_up: dict[str, float] = {}
        for number in range(1, count + 1):
            routine = ids[number % len(ids)]
            first_frame_ms(app, routines[routine], lambda routine=routine: control.start(routine))
            window = shell.break_window
            assert window is not None
            window.close()
            while shell.break_window is not None:  # until deleteLater has run
                app.processEvents()
            if number == WARM_UP:
                after_warm_up = settled(app)
        return after_warm_up, settled(app)


def bare_windows(count: int) -> tuple[dict[str, float], dict[str, float]]:
    """The floor: the same number of plain Qt windows, shown, painted and deleted."""
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
    from tray_app import first_frame_ms

    app = QApplication(["leak-floor"])
    after_warm_up: dict[str, float] = {}
    for number in range(1, count + 1):
        window = QWidget()
        window.setWindowTitle(f"Bare window {number}")
        layout = QVBoxLayout(window)
        layout.addWidget(QLabel("A plain window"))
        for button in range(10):
            layout.addWidget(QPushButton(f"Button {button}"))
        first_frame_ms(app, window.windowTitle(), window.show)
        window.deleteLater()
        del window, layout
        settle_deadline = time.monotonic() + 0.01
        while time.monotonic() < settle_deadline:
            app.processEvents()
        if number == WARM_UP:
            after_warm_up = settled(app)
    return after_warm_up, settled(app)


def main() -> None:
    if sys.argv[1:2] == ["--floor"]:
        print(json.dumps(bare_windows(int(sys.argv[2]))))
        return
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    floor = subprocess.run(
        [sys.executable, __file__, "--floor", str(count)], capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    measured = {"posture-break": windows_of_ours(count),
                "bare Qt windows": json.loads(floor.stdout.strip().splitlines()[-1])}  # fmt: skip
    for label, (after_warm_up, end) in measured.items():
        for key in ("pss", "uss"):
            growth = end[key] - after_warm_up[key]
            print(
                f"{label:>15} {key.upper()}: {after_warm_up[key]:.1f} MiB after {WARM_UP} "
                f"windows, {end[key]:.1f} MiB after {count}: {growth:+.1f} MiB "
                f"(target {TARGET_MIB:+.1f})"
            )


if __name__ == "__main__":
    main()
