"""Idle and activity come from the X server's IDLETIME counter of the test desktop
(Xvfb), driven by real input from xdotool."""

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from posture_break.adapters.idle_xsync import IdleWatch
from tests.helpers.idle_events import Recorder

if not os.environ.get("DISPLAY"):
    pytest.exit("X tests run inside tests/helpers/with-desktop.sh", returncode=4)

THRESHOLD_S = 0.5
EVENT_TIMEOUT_MS = 15_000  # generous: a cold, loaded machine


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True)


@pytest.fixture
def idle_watch(qtbot):
    watch = IdleWatch.open()
    assert watch is not None
    yield watch
    watch.close()


def test_idle_comes_after_the_threshold_and_activity_at_the_next_input(qtbot, idle_watch):
    seen = Recorder()
    xdotool("mousemove_relative", "1", "1")
    idle_watch.watch(THRESHOLD_S, seen.on_idle, seen.on_active)

    qtbot.waitUntil(lambda: seen.kinds() == ["idle"], timeout=EVENT_TIMEOUT_MS)
    assert seen.events[0][1] >= THRESHOLD_S

    xdotool("key", "shift")
    qtbot.waitUntil(lambda: seen.kinds() == ["idle", "active"], timeout=EVENT_TIMEOUT_MS)


def test_idle_is_reported_once_per_idle_period_and_again_after_activity(qtbot, idle_watch):
    seen = Recorder()
    xdotool("mousemove_relative", "1", "1")
    idle_watch.watch(THRESHOLD_S, seen.on_idle, seen.on_active)
    qtbot.waitUntil(lambda: seen.kinds() == ["idle"], timeout=EVENT_TIMEOUT_MS)

    qtbot.waitUntil(lambda: idle_watch.idle_seconds() >= 3 * THRESHOLD_S, timeout=EVENT_TIMEOUT_MS)
    qtbot.wait(50)  # time for a wrong second report to arrive
    assert seen.kinds() == ["idle"]

    xdotool("key", "shift")
    qtbot.waitUntil(lambda: seen.kinds() == ["idle", "active", "idle"], timeout=EVENT_TIMEOUT_MS)


def test_input_before_the_idle_report_is_read_still_brings_activity(qtbot, idle_watch):
    seen = Recorder()
    xdotool("mousemove_relative", "1", "1")
    idle_watch.watch(THRESHOLD_S, seen.on_idle, seen.on_active)
    # The app is busy (blocked in xdotool) while idle begins and the user comes back.
    xdotool("sleep", str(2 * THRESHOLD_S), "key", "shift")
    qtbot.waitUntil(lambda: seen.kinds() == ["idle", "active"], timeout=EVENT_TIMEOUT_MS)


def test_idle_seconds_grows_without_input_and_drops_after_input(qtbot, idle_watch):
    xdotool("mousemove_relative", "1", "1")
    qtbot.waitUntil(lambda: idle_watch.idle_seconds() >= 1.0, timeout=EVENT_TIMEOUT_MS)
    pressed = time.monotonic()
    xdotool("key", "shift")
    # Without the key, idle would be at least 1 s more than the time since it was sent,
    # however late this looks.
    qtbot.waitUntil(
        lambda: idle_watch.idle_seconds() < time.monotonic() - pressed + 0.5,
        timeout=EVENT_TIMEOUT_MS,
    )


def test_watching_again_replaces_the_threshold_and_the_callbacks(qtbot, idle_watch):
    first, second = Recorder(), Recorder()
    xdotool("mousemove_relative", "1", "1")
    idle_watch.watch(60, first.on_idle, first.on_active)
    idle_watch.watch(THRESHOLD_S, second.on_idle, second.on_active)

    qtbot.waitUntil(lambda: second.kinds() == ["idle"], timeout=EVENT_TIMEOUT_MS)
    assert THRESHOLD_S <= second.events[0][1] < 60
    xdotool("key", "shift")
    qtbot.waitUntil(lambda: second.kinds() == ["idle", "active"], timeout=EVENT_TIMEOUT_MS)
    assert first.events == []


def test_a_longer_threshold_given_while_idle_waits_for_input_first(qtbot, idle_watch):
    seen = Recorder()
    xdotool("mousemove_relative", "1", "1")
    idle_watch.watch(THRESHOLD_S, seen.on_idle, seen.on_active)
    qtbot.waitUntil(lambda: seen.kinds() == ["idle"], timeout=EVENT_TIMEOUT_MS)

    idle_watch.watch(2 * THRESHOLD_S, seen.on_idle, seen.on_active)
    xdotool("key", "shift")
    qtbot.waitUntil(lambda: seen.kinds() == ["idle", "active", "idle"], timeout=EVENT_TIMEOUT_MS)
    assert seen.events[2][1] >= 2 * THRESHOLD_S


def test_without_a_display_there_is_no_idle_watch(monkeypatch):
    monkeypatch.delenv("DISPLAY")
    assert IdleWatch.open() is None


def test_with_an_unreachable_display_there_is_no_idle_watch(monkeypatch):
    number = next(n for n in range(4242, 4342) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    monkeypatch.setenv("DISPLAY", f":{number}")
    assert IdleWatch.open() is None


def test_an_x_error_on_its_connection_neither_ends_the_app_nor_the_watch(tmp_path):
    # A process of its own with no GUI, so that no handler of Qt's is in place: there
    # Xlib's default would print the error and exit.
    script = textwrap.dedent(
        """
        from PySide6.QtCore import QCoreApplication, QTimer
        from posture_break.adapters.idle_xsync import IdleWatch

        app = QCoreApplication([])
        watch = IdleWatch.open()
        watch._xext.XSyncDestroyAlarm(watch._dpy, 0x1234)  # no such alarm: BadAlarm
        watch.watch(0.2, lambda idle_s: app.exit(7), lambda since_input_s: None)
        QTimer.singleShot(5000, lambda: app.exit(1))
        code = app.exec()
        watch.close()
        raise SystemExit(code)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 7, done.stderr
    assert "X error" in done.stderr  # noted in the log
