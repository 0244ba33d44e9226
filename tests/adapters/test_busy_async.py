"""Asking whether the user is busy never stalls the app: real processes, a real event
loop. A `pactl` stand-in on PATH plays a sound server that answers slowly, or one that
is not there; the probe is asked by the real coordinator at a due moment."""

import itertools
import logging
import os
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer

from posture_break.adapters.app_log import RotatingLog
from posture_break.adapters.busy_probe import ASKING_S, IN_A_CALL, BusyProbe
from posture_break.core.coordinator import Coordinator
from posture_break.core.in_effect import schedule_for
from posture_break.core.pause import Reminders
from posture_break.core.planner import Planner
from posture_break.core.settings import Settings
from posture_break.core.values import Answer
from tests.core.test_coordinator import CATALOG, Desktop, wait_for_wakeup
from tests.helpers.fake_clock import FakeClock

if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    pytest.exit("busy tests run inside tests/helpers/with-desktop.sh", returncode=4)

STALL_LIMIT_S = 0.25  # a probe that waited for pactl would stall the loop for 0.5 s
OFFER_TIMEOUT_MS = 10_000
COMPLAINT = "pactl stand-in: the sound server is slow today"
# Like pactl: a recording of the microphone (source-outputs) from a source that is not
# a monitor (sources); after PACTL_DELAY_S seconds, or a failure when PACTL_REFUSED is set.
STAND_IN = f"""#!/bin/sh
if [ -n "$PACTL_REFUSED" ]; then echo "Connection failure: Connection refused" >&2; exit 1; fi
echo "{COMPLAINT}" >&2
sleep "$PACTL_DELAY_S"
case "$4" in
  source-outputs) echo '[{{"index": 7, "client": "3", "corked": false, "source": 1,
    "resample_method": "", "properties": {{}}}}]' ;;
  sources) echo '[{{"index": 1, "name": "alsa_input.usb-headset", "monitor_source": ""}}]' ;;
esac
"""


@pytest.fixture
def pactl(tmp_path, monkeypatch):
    """The stand-in, first on PATH; it answers after PACTL_DELAY_S seconds."""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "pactl"
    script.write_text(STAND_IN)
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}:{os.environ['PATH']}")
    monkeypatch.setenv("PACTL_DELAY_S", "2")
    return monkeypatch


@pytest.fixture
def log_file(tmp_path):
    """The app's log file, as app_log sets it up (INFO and above)."""
    path = tmp_path / "posture-break.log"
    handler = RotatingLog(path, 256 * 1024, 1)
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    yield path
    root.removeHandler(handler)
    root.setLevel(level)
    handler.close()


@pytest.fixture
def world(qtbot):
    clock = FakeClock(datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    reminders = Reminders(clock)
    planner = Planner(schedule_for(Settings(), CATALOG), clock, reminders)
    desktop = Desktop(clock)
    coordinator = Coordinator(clock, reminders, planner, CATALOG, desktop.history.append)
    coordinator.use_shell(desktop)
    probe = BusyProbe.open()
    coordinator.attach(desktop, desktop, desktop, busy=probe)
    wait_for_wakeup(clock, coordinator, desktop)  # the heads-up
    yield clock, coordinator, desktop
    probe.close()


class Ticks:
    """A 10 ms timer's ticks: when the event loop ran."""

    def __init__(self, qtbot):
        self.at = []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(lambda: self.at.append(time.monotonic()))
        self._timer.start()
        qtbot.waitUntil(lambda: len(self.at) > 1)

    def longest_stall_s(self, start, end):
        moments = [start, *(t for t in self.at if start < t < end), end]
        return max(later - earlier for earlier, later in itertools.pairwise(moments))

    def stop(self):
        self._timer.stop()


def test_the_stand_in_answering_in_time_means_a_call(world, pactl, qtbot):
    clock, coordinator, desktop = world
    pactl.setenv("PACTL_DELAY_S", "0")
    wait_for_wakeup(clock, coordinator, desktop)
    qtbot.waitUntil(lambda: coordinator.planner.held_for is not None, timeout=OFFER_TIMEOUT_MS)
    assert (coordinator.planner.held_for, desktop.windows) == (IN_A_CALL, [])


def test_a_slow_sound_server_neither_stalls_the_app_nor_holds_the_break(
    world, pactl, log_file, qtbot, capfd
):
    clock, coordinator, desktop = world
    ticks = Ticks(qtbot)
    asked = time.monotonic()
    wait_for_wakeup(clock, coordinator, desktop)  # due: the probe is asked
    qtbot.waitUntil(lambda: desktop.windows != [], timeout=OFFER_TIMEOUT_MS)
    offered = time.monotonic()
    ticks.stop()

    assert desktop.windows == [("posture-reset", "Time for a micro break", True)]
    assert ASKING_S - 0.02 <= offered - asked < 2.0  # after the budget, before pactl's answer
    assert ticks.longest_stall_s(asked, offered) < STALL_LIMIT_S
    qtbot.waitUntil(lambda: COMPLAINT in log_file.read_text(), timeout=OFFER_TIMEOUT_MS)
    assert COMPLAINT not in capfd.readouterr().err


def test_without_a_sound_server_pactls_complaint_goes_to_the_log_once(
    world, pactl, log_file, qtbot, capfd
):
    clock, coordinator, desktop = world
    pactl.setenv("PACTL_REFUSED", "1")
    wait_for_wakeup(clock, coordinator, desktop)
    qtbot.waitUntil(lambda: len(desktop.windows) == 1, timeout=OFFER_TIMEOUT_MS)
    coordinator.on_window_answered(desktop.opened[-1], Answer.SNOOZE)
    wait_for_wakeup(clock, coordinator, desktop)  # the heads-up again
    wait_for_wakeup(clock, coordinator, desktop)  # due again: asked again
    qtbot.waitUntil(lambda: len(desktop.windows) == 2, timeout=OFFER_TIMEOUT_MS)

    assert log_file.read_text().count("Connection failure: Connection refused") == 1
    assert "Connection failure" not in capfd.readouterr().err
