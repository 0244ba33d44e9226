"""Where the tray app's memory goes: RSS after each part it loads, in one process.

    tests/helpers/with-desktop.sh python bench/startup_memory.py

Imports the modules the running app holds, one after the other in the order the app
loads them (the command line; what draws the icon; what composition.py builds once it
is painted; the reminders' watches a second later), then starts what runs all day (the
wakeup, the X11 idle watch, the D-Bus notifier) and last APScheduler, which the wakeup
loads when the first break comes; it prints the RSS each step adds. RSS, not PSS:
shared libraries count in full here; bench/footprint.sh gives the PSS of the whole app.
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QApplication

MODULES = (
    "posture_break.cli.main", "posture_break.pyside_import",
    "PySide6.QtSvg", "posture_break.ui.app_icon", "posture_break.ui.tray",
    "posture_break.ui.shell", "posture_break.app",
    "tomllib", "posture_break.core.settings_store", "posture_break.core.routine_loader",
    "posture_break.core.planner", "posture_break.core.coordinator",
    "posture_break.core.control", "posture_break.adapters.history_db",
    "posture_break.adapters.notify_dbus", "posture_break.adapters.sound_cues",
    "posture_break.live_settings", "posture_break.composition",
    "ctypes", "posture_break.adapters.idle_xsync", "posture_break.adapters.idle_choice",
    "posture_break.adapters.wakeup", "posture_break.adapters.session_watch",
    "posture_break.adapters.busy_probe",
)  # fmt: skip


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    start = rss_mib()
    app = QApplication(["startup-memory"])
    steps = [("QtWidgets and a QApplication", rss_mib())]
    for name in MODULES:
        importlib.import_module(name)
        steps.append((f"import {name}", rss_mib()))

    from posture_break.adapters.idle_xsync import IdleWatch
    from posture_break.adapters.notify_dbus import DesktopNotifier
    from posture_break.adapters.wakeup import Wakeup

    wakeup = Wakeup(lambda: None)
    wakeup.arm(3600)
    steps.append(("Wakeup armed (its QTimer)", rss_mib()))
    idle = IdleWatch.open()
    if idle is not None:
        idle.watch(120, lambda idle_s: None, lambda since_s: None)
    steps.append(("X11 idle watch", rss_mib()))
    notifier = DesktopNotifier("posture-break", lambda title, body: None)
    notifier.supports_actions()
    app.processEvents()
    steps.append(("D-Bus notifier connected", rss_mib()))
    wakeup.arm(0)
    while wakeup.armed_for() is not None:
        app.processEvents()
    steps.append(("APScheduler, at the first due moment", rss_mib()))

    before = start
    print(f"{'python':48s} {start:6.1f} MiB")
    for label, rss in steps:
        print(f"{label:48s} {rss:6.1f} MiB  +{rss - before:5.2f}")
        before = rss
    notifier.close()
    wakeup.close()


if __name__ == "__main__":
    main()
