"""Where the tray app's memory goes: RSS after each part it loads, in one process.

    tests/helpers/with-desktop.sh python bench/startup_memory.py

Imports the modules the running app holds, one after the other in the order the app
loads them, then starts what runs all day (the wakeup's APScheduler, the X11 idle
watch, the D-Bus notifier), printing the RSS each step adds. RSS, not PSS: shared
libraries count in full here; bench/footprint.sh gives the PSS of the whole app.
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QApplication

MODULES = (
    "json", "ctypes", "tomllib", "platformdirs",
    "posture_break.core.settings", "posture_break.core.settings_validation",
    "posture_break.core.routine_loader",
    "posture_break.core.playback", "posture_break.core.planner",
    "posture_break.core.coordinator", "posture_break.core.control",
    "posture_break.core.stats", "posture_break.adapters.content",
    "posture_break.adapters.history_db", "posture_break.adapters.idle_xsync",
    "posture_break.adapters.idle_choice", "posture_break.adapters.wakeup",
    "posture_break.adapters.notify_dbus", "posture_break.adapters.single_instance",
    "posture_break.adapters.session_watch", "posture_break.adapters.busy_probe",
    "posture_break.adapters.sound_cues", "PySide6.QtSvg", "posture_break.ui.app_icon",
    "posture_break.ui.tray", "posture_break.ui.shell", "posture_break.live_settings",
    "posture_break.app",
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
    steps.append(("Wakeup armed (APScheduler)", rss_mib()))
    idle = IdleWatch.open()
    if idle is not None:
        idle.watch(120, lambda idle_s: None, lambda since_s: None)
    steps.append(("X11 idle watch", rss_mib()))
    notifier = DesktopNotifier("posture-break", lambda title, body: None)
    notifier.supports_actions()
    app.processEvents()
    steps.append(("D-Bus notifier connected", rss_mib()))

    before = start
    print(f"{'python':48s} {start:6.1f} MiB")
    for label, rss in steps:
        print(f"{label:48s} {rss:6.1f} MiB  +{rss - before:5.2f}")
        before = rss
    notifier.close()
    wakeup.close()


if __name__ == "__main__":
    main()
