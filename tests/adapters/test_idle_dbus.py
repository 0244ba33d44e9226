"""Idle and activity come from Mutter's idle monitor. Mutter cannot run here: a fake of
it (tests/helpers/fake_idle_monitor.py) stands in, on a private session bus, and the
test plays the user through it. The choice of source is tested here too; the X11
source itself is tested for real in test_idle_xsync.py."""

import os

import pytest

from posture_break.adapters.idle_choice import open_idle_watch
from posture_break.adapters.idle_dbus import MutterIdleWatch
from posture_break.adapters.idle_xsync import IdleWatch
from tests.helpers.dbus_peers import private_bus
from tests.helpers.fake_idle_monitor import FakeIdleMonitor
from tests.helpers.idle_events import Recorder

if not os.environ.get("DISPLAY"):
    pytest.exit("idle tests run inside tests/helpers/with-desktop.sh", returncode=4)

THRESHOLD_S = 120


@pytest.fixture
def session_bus(tmp_path, monkeypatch):
    """A private session bus, nothing on it yet."""
    with private_bus(tmp_path) as (address, _):
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


@pytest.fixture
def mutter(session_bus):
    fake = FakeIdleMonitor(session_bus)
    yield fake
    fake.stop()


@pytest.fixture
def idle(qtbot, mutter):
    watch = MutterIdleWatch.open()
    assert watch is not None
    yield watch
    watch.close()


def watching(qtbot, idle, mutter, seen, threshold_s=THRESHOLD_S):
    """Watch, and return once Mutter has the idle watch."""
    idle.watch(threshold_s, seen.on_idle, seen.on_active)
    qtbot.waitUntil(lambda: mutter.idle_intervals_ms() == [threshold_s * 1000], timeout=3000)


def test_idle_comes_when_the_watch_fires_with_the_idle_time_mutter_tells(qtbot, idle, mutter):
    seen = Recorder()
    watching(qtbot, idle, mutter, seen)
    mutter.idle_for(125_000)
    qtbot.waitUntil(lambda: seen.events == [("idle", 125.0)], timeout=3000)


def test_activity_comes_at_the_next_input_and_nothing_before_it(qtbot, idle, mutter):
    seen = Recorder()
    watching(qtbot, idle, mutter, seen)
    mutter.idle_for(125_000)
    qtbot.waitUntil(lambda: mutter.active_watches() == 1, timeout=3000)
    mutter.idle_for(600_000)  # away for longer: no second report
    assert idle.idle_seconds() == 600.0  # a round trip: anything Mutter sent is in
    qtbot.wait(20)
    assert seen.events == [("idle", 125.0)]
    mutter.user_input()
    qtbot.waitUntil(lambda: seen.events == [("idle", 125.0), ("active",)], timeout=3000)


def test_idle_is_reported_again_after_activity(qtbot, idle, mutter):
    seen = Recorder()
    watching(qtbot, idle, mutter, seen)
    mutter.idle_for(130_000)
    qtbot.waitUntil(lambda: mutter.active_watches() == 1, timeout=3000)
    mutter.user_input()
    qtbot.waitUntil(lambda: len(seen.events) == 2, timeout=3000)
    mutter.idle_for(121_000)
    qtbot.waitUntil(lambda: len(seen.events) == 3, timeout=3000)
    assert seen.events == [("idle", 130.0), ("active",), ("idle", 121.0)]


def test_a_new_threshold_replaces_the_old_watch_and_callbacks(qtbot, idle, mutter):
    first, second = Recorder(), Recorder()
    watching(qtbot, idle, mutter, first)
    watching(qtbot, idle, mutter, second, threshold_s=300)  # only the new watch is left
    mutter.idle_for(200_000)
    mutter.idle_for(300_000)
    qtbot.waitUntil(lambda: second.events == [("idle", 300.0)], timeout=3000)
    assert first.events == []


def test_a_new_watch_while_idle_still_ends_that_idle_with_one_activity(qtbot, idle, mutter):
    first, second = Recorder(), Recorder()
    watching(qtbot, idle, mutter, first)
    mutter.idle_for(130_000)
    qtbot.waitUntil(lambda: mutter.active_watches() == 1, timeout=3000)
    watching(qtbot, idle, mutter, second, threshold_s=60)  # Mutter fires it at once
    mutter.user_input()
    qtbot.waitUntil(lambda: second.events == [("active",)], timeout=3000)
    assert first.events == [("idle", 130.0)]


def test_idle_seconds_are_asked_of_mutter(idle, mutter):
    mutter.idle_for(4_200)
    assert idle.idle_seconds() == 4.2


def test_without_mutter_on_the_session_bus_there_is_no_such_source(session_bus):
    assert MutterIdleWatch.open() is None


def test_without_a_session_bus_there_is_no_such_source(monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    assert MutterIdleWatch.open() is None


# Which source a session gets ---------------------------------------------------------


@pytest.fixture
def wayland(monkeypatch):
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")


@pytest.fixture
def x11(monkeypatch):
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)


@pytest.fixture
def chosen():
    sources = []
    yield sources
    for source in sources:
        source.close()


def test_on_wayland_mutter_is_chosen(wayland, mutter, chosen):
    chosen.append(open_idle_watch())
    assert isinstance(chosen[0], MutterIdleWatch)


def test_on_x11_the_sync_counter_is_chosen_even_with_mutter_there(x11, mutter, chosen):
    chosen.append(open_idle_watch())
    assert isinstance(chosen[0], IdleWatch)


def test_on_wayland_without_mutter_there_is_no_idle_source_rather_than_a_wrong_one(
    wayland, session_bus
):
    # XWayland's counter would take someone typing in a Wayland window for away.
    assert open_idle_watch() is None
