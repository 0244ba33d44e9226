"""The wakeup calls the core once per arm, at the last armed moment, in the GUI thread,
and wakes the event loop no more than it must."""

import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta

import pytest

from posture_break.adapters import wakeup as wakeup_module
from posture_break.adapters.wakeup import Wakeup


class Calls:
    """When on_due ran (monotonic seconds) and in which thread."""

    def __init__(self):
        self.times = []
        self.threads = []

    def __call__(self):
        self.times.append(time.monotonic())
        self.threads.append(threading.get_ident())

    def __len__(self):
        return len(self.times)


@pytest.fixture
def calls():
    return Calls()


@pytest.fixture
def wakeup(qtbot, calls):
    wakeup = Wakeup(calls)
    yield wakeup
    wakeup.close()


def count_rounds(wakeup):
    """Wrap the scheduler's job-processing method; return the list of its calls."""
    rounds = []
    scheduler = wakeup._scheduler
    process = scheduler._process_jobs

    def counted():
        rounds.append(time.monotonic())
        return process()

    scheduler._process_jobs = counted
    return rounds


def test_an_arm_calls_once_and_not_early(qtbot, wakeup, calls):
    start = time.monotonic()
    wakeup.arm(0.2)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=3000)
    assert calls.times[0] - start >= 0.2
    qtbot.wait(500)
    assert len(calls) == 1
    assert wakeup.armed_for() is None


def test_re_arming_keeps_only_the_last_moment(qtbot, wakeup, calls):
    start = time.monotonic()
    wakeup.arm(0.1)
    wakeup.arm(0.2)
    wakeup.arm(0.4)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=3000)
    assert calls.times[0] - start >= 0.4
    qtbot.wait(500)
    assert len(calls) == 1


def test_none_disarms(qtbot, wakeup, calls):
    wakeup.arm(0.2)
    wakeup.arm(None)
    assert wakeup.armed_for() is None
    qtbot.wait(500)
    assert len(calls) == 0


def test_on_due_runs_in_the_gui_thread(qtbot, wakeup, calls):
    wakeup.arm(0)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=3000)
    assert calls.threads == [threading.get_ident()]


@pytest.mark.parametrize("delays", [[0.2], [0.1, 0.2, 0.3]], ids=["one arm", "three re-arms"])
def test_the_scheduler_wakes_at_most_twice_per_arm(qtbot, wakeup, calls, delays):
    wakeup.arm(0)  # the first moment that comes starts the scheduler
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=3000)
    rounds = count_rounds(wakeup)
    for delay in delays:
        wakeup.arm(delay)
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=3000)
    qtbot.wait(500)
    assert 1 <= len(rounds) <= 2
    assert len(calls) == 2


def test_on_due_may_arm_the_next_moment(qtbot, calls):
    """The core plans the next break from inside on_due."""

    def on_due():
        calls()
        if len(calls) == 1:
            wakeup.arm(0.1)

    wakeup = Wakeup(on_due)
    try:
        wakeup.arm(0.1)
        qtbot.waitUntil(lambda: len(calls) == 2, timeout=3000)
        assert calls.times[1] - calls.times[0] >= 0.1
        qtbot.wait(300)
        assert len(calls) == 2
    finally:
        wakeup.close()


def test_armed_for_counts_down_to_the_moment(wakeup):
    assert wakeup.armed_for() is None
    wakeup.arm(600)
    remaining = wakeup.armed_for()
    assert remaining is not None
    assert 599 < remaining <= 600


def test_close_cancels_and_later_arms_do_nothing(qtbot, wakeup, calls):
    wakeup.arm(0.1)
    wakeup.close()
    wakeup.arm(0.1)
    qtbot.wait(400)
    assert len(calls) == 0
    assert wakeup.armed_for() is None


class WallClock:
    """The wall clock as APScheduler and the adapter read it, set as a user (or NTP, or a
    time-zone change) sets the real one: the monotonic and boot clocks run on."""

    offset = timedelta(0)

    class Shifted(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.now(tz) + WallClock.offset

    def set(self, by):
        WallClock.offset += by


@pytest.fixture
def wall_clock(monkeypatch):
    import apscheduler.schedulers.base

    monkeypatch.setattr(WallClock, "offset", timedelta(0))
    monkeypatch.setattr(apscheduler.schedulers.base, "datetime", WallClock.Shifted)
    monkeypatch.setattr(wakeup_module, "datetime", WallClock.Shifted)
    return WallClock()


@pytest.mark.parametrize(
    "by",
    [timedelta(hours=-12), timedelta(hours=12), timedelta(minutes=-5), timedelta(seconds=3)],
    ids=["back 12 h", "forward 12 h", "back 5 min", "forward 3 s"],
)
def test_setting_the_wall_clock_neither_delays_nor_hastens_the_call(
    qtbot, wakeup, calls, wall_clock, by
):
    start = time.monotonic()
    wakeup.arm(0.5)
    wall_clock.set(by)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=10_000)
    assert calls.times[0] - start >= 0.5
    assert wakeup.armed_for() is None


def test_a_clock_set_back_while_the_scheduler_waits_is_followed_by_the_next_arm(
    qtbot, calls, wall_clock
):
    """The core arms the next break from on_due, after the clock moved under the last."""

    def on_due():
        calls()
        if len(calls) == 1:
            wall_clock.set(timedelta(hours=-12))
            wakeup.arm(0.3)

    wakeup = Wakeup(on_due)
    try:
        wakeup.arm(0.3)
        qtbot.waitUntil(lambda: wakeup.armed_for() is not None and wakeup.armed_for() < 0.2)
        wall_clock.set(timedelta(minutes=-5))  # while its timer runs
        qtbot.waitUntil(lambda: len(calls) == 2, timeout=10_000)
        assert calls.times[1] - calls.times[0] >= 0.3
    finally:
        wakeup.close()


def test_armed_for_counts_the_elapsed_clock_not_the_wall_clock(wall_clock):
    elapsed = [1000.0]
    wakeup = Wakeup(lambda: None, elapsed=lambda: elapsed[0])
    try:
        wakeup.arm(600)
        wall_clock.set(timedelta(hours=-12))
        elapsed[0] += 100
        assert wakeup.armed_for() == 500
    finally:
        wakeup.close()


def test_apscheduler_is_not_imported_with_the_module():
    code = (
        "import sys, posture_break.adapters.wakeup; "
        "sys.exit(any(name.startswith('apscheduler') for name in sys.modules))"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_the_first_moment_that_comes_loads_the_scheduler_without_asyncio():
    """Arming loads nothing: the first break is minutes away. The moment that comes loads
    APScheduler, without asyncio, which would bring ssl and OpenSSL into a process that
    runs all day; a real asyncio still imports after."""
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QTimer\n"
        "app = QCoreApplication([])\n"
        "from posture_break.adapters.wakeup import Wakeup\n"
        "wakeup = Wakeup(app.quit)\n"
        "wakeup.arm(0.2)\n"
        "print(wakeup.armed_for() > 0.1, any(m.startswith('apscheduler') for m in sys.modules))\n"
        "QTimer.singleShot(60_000, lambda: app.exit(1))  # never due: fail, do not hang\n"
        "if app.exec():\n"
        "    sys.exit('the moment never came')\n"
        "print(*(m in sys.modules for m in ('apscheduler.schedulers.qt', 'asyncio', 'ssl')))\n"
        "import asyncio\n"
        "print(asyncio.run(asyncio.sleep(0, result='real asyncio')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.split("\n")[:3] == ["True False", "True False False", "real asyncio"]
