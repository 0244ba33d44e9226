"""Idle and activity come from real compositors: sway 1.7 (org_kde_kwin_idle) and KWin
5.27 (ext_idle_notifier_v1), headless (tests/helpers/wayland_host.py), with real input:
a key typed by wtype on sway, a pointer motion through KWin's fake input."""

import os
import time

import pytest
from PySide6.QtCore import QObject, QTimer

from posture_break.adapters.idle_choice import open_idle_watch
from posture_break.adapters.idle_wayland import TYPING_S, WaylandIdleWatch
from tests.helpers.idle_events import Recorder
from tests.helpers.wayland_host import kwin_host, sway_host

if not os.environ.get("DISPLAY"):
    pytest.exit("idle tests run inside tests/helpers/with-desktop.sh", returncode=4)

THRESHOLD_S = 1.5
EVENT_TIMEOUT_MS = 15_000  # generous: a cold, busy machine
PROTOCOLS = {"sway": "org_kde_kwin_idle", "kwin": "ext_idle_notifier_v1"}


@pytest.fixture(params=["sway", "kwin"])
def host(request, monkeypatch):
    with (sway_host if request.param == "sway" else kwin_host)() as running:
        monkeypatch.setenv("WAYLAND_DISPLAY", str(running.socket))
        monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
        yield running


@pytest.fixture
def idle(qtbot, host):
    watch = WaylandIdleWatch.open()
    assert watch is not None
    yield watch
    watch.close()


class TimedRecorder(Recorder):
    """Also keeps when each report came (monotonic seconds)."""

    def __init__(self):
        super().__init__()
        self.times = []

    def on_idle(self, idle_s):
        super().on_idle(idle_s)
        self.times.append(time.monotonic())

    def on_active(self, since_input_s=0.0):
        super().on_active(since_input_s)
        self.times.append(time.monotonic())


def test_idle_comes_after_the_threshold_and_one_key_brings_activity(qtbot, host, idle):
    assert idle.name == PROTOCOLS[host.name]
    seen = Recorder()
    idle.watch(THRESHOLD_S, seen.on_idle, seen.on_active)
    qtbot.waitUntil(lambda: seen.kinds() == ["idle"], timeout=EVENT_TIMEOUT_MS)
    assert seen.events[0][1] >= THRESHOLD_S

    host.press_key()
    qtbot.waitUntil(lambda: seen.kinds() == ["idle", "active"], timeout=EVENT_TIMEOUT_MS)
    qtbot.waitUntil(lambda: seen.kinds() == ["idle", "active", "idle"], timeout=EVENT_TIMEOUT_MS)


def test_watching_again_replaces_the_threshold_and_the_callbacks(qtbot, idle):
    first, second = Recorder(), Recorder()
    idle.watch(600, first.on_idle, first.on_active)
    idle.watch(THRESHOLD_S, second.on_idle, second.on_active)
    qtbot.waitUntil(lambda: second.kinds() == ["idle"], timeout=EVENT_TIMEOUT_MS)
    assert first.events == []


def test_a_new_threshold_while_away_counts_from_the_return(qtbot, host, idle):
    first, second = Recorder(), TimedRecorder()
    idle.watch(THRESHOLD_S, first.on_idle, first.on_active)
    qtbot.waitUntil(lambda: first.kinds() == ["idle"], timeout=EVENT_TIMEOUT_MS)
    idle.watch(2 * THRESHOLD_S, second.on_idle, second.on_active)

    host.press_key()
    qtbot.waitUntil(lambda: second.kinds() == ["active", "idle"], timeout=EVENT_TIMEOUT_MS)
    assert first.kinds() == ["idle"]
    back, away = second.times
    assert away - back >= 0.95 * 2 * THRESHOLD_S  # KWin's coarse timers: up to 5% early
    assert second.events[1][1] >= 2 * THRESHOLD_S


def test_idle_seconds_is_zero_while_typing_and_grows_once_input_stops(qtbot, host, idle):
    seen = Recorder()
    idle.watch(THRESHOLD_S, seen.on_idle, seen.on_active)
    qtbot.waitUntil(lambda: seen.kinds() == ["idle"], timeout=EVENT_TIMEOUT_MS)
    assert idle.idle_seconds() >= 0.9 * THRESHOLD_S

    host.press_key()
    qtbot.waitUntil(lambda: seen.kinds() == ["idle", "active"], timeout=EVENT_TIMEOUT_MS)
    assert idle.idle_seconds() == 0.0  # input within the last second
    qtbot.waitUntil(lambda: idle.idle_seconds() >= TYPING_S, timeout=EVENT_TIMEOUT_MS)


def test_waiting_for_idleness_wakes_the_app_only_for_the_compositor_s_events(qtbot, idle):
    """No timer, no polling: from watch() to on_idle the GUI thread sleeps but for the
    two events (the typing notification at 1 s, the threshold at 1.5 s)."""
    assert not [timer for timer in idle.findChildren(QTimer) if timer.isActive()]
    with qtbot.waitCallback(timeout=EVENT_TIMEOUT_MS) as went_idle:
        before = _voluntary_switches()
        idle.watch(THRESHOLD_S, went_idle, lambda _since_s: None)
    woken = _voluntary_switches() - before
    assert woken <= 6, f"{woken} wake-ups in {THRESHOLD_S} s"


def test_closing_twice_is_safe_and_a_closed_watch_answers_no_more(qtbot, idle):
    idle.close()
    idle.close()
    with pytest.raises(RuntimeError):
        idle.idle_seconds()
    with pytest.raises(RuntimeError):
        idle.watch(THRESHOLD_S, Recorder().on_idle, Recorder().on_active)


def test_the_compositor_s_protocol_is_chosen_not_the_x11_counter_of_xwayland(
    qtbot, host, monkeypatch
):
    assert os.environ.get("DISPLAY")  # an X server is there, as XWayland would be
    parent = QObject()
    chosen = open_idle_watch(parent)
    assert isinstance(chosen, WaylandIdleWatch)
    assert chosen.name == PROTOCOLS[host.name]
    chosen.close()


def _voluntary_switches():
    """How often the GUI thread has slept and been woken (/proc/self/status counts the
    main thread)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("voluntary_ctxt_switches:"):
                return int(line.split()[1])
    raise AssertionError("no voluntary_ctxt_switches in /proc/self/status")
