"""Idle and activity from a source that can only be asked: the decision on each look
over scripted readings (no time passes), the Qt watch with a real timer over a fake
reading, and the same watch over the X server's real idle time with xdotool input."""

import os
import subprocess
import time

import pytest

from posture_break.adapters.idle_query import (
    MAX_WAIT_S,
    Away,
    QueryIdleWatch,
    Report,
    next_look,
)
from posture_break.adapters.idle_xsync import IdleWatch
from tests.helpers.idle_events import Recorder

if not os.environ.get("DISPLAY"):
    pytest.exit("idle tests run inside tests/helpers/with-desktop.sh", returncode=4)

THRESHOLD_S = 120


class Script:
    """Input at scripted moments and the looks next_look asks for, on one clock."""

    def __init__(self, threshold_s=THRESHOLD_S):
        self.threshold_s = threshold_s
        self.inputs = [0.0]
        self.away = None
        self.next_at = 0.0
        self.looks = 0

    def input_at(self, moment_s):
        self.inputs.append(moment_s)

    def run_until(self, end_s):
        """Every look up to end_s; what they reported, with when: [(moment, report)]."""
        reports = []
        while self.next_at <= end_s:
            now = self.next_at
            idle_s = now - max(moment for moment in self.inputs if moment <= now)
            look = next_look(self.away, now, idle_s, self.threshold_s)
            self.away, self.next_at = look.away, now + look.sleep_s
            self.looks += 1
            if look.report is not None:
                reports.append((now, look.report))
        return reports


def test_the_first_look_comes_when_the_threshold_would_be_reached():
    look = next_look(None, now_s=50.0, idle_s=20.0, threshold_s=THRESHOLD_S)
    assert (look.report, look.sleep_s) == (None, 100.0)


def test_input_before_the_threshold_moves_the_report_without_extra_looks():
    script = Script()
    script.input_at(90)
    assert script.run_until(209) == []
    assert script.run_until(210) == [(210, Report.IDLE)]
    assert script.looks == 3  # at 0, at 120 (idle 30 s only), at 210


def test_idle_is_reported_once_then_nothing_until_input():
    script = Script()
    assert script.run_until(3600) == [(120, Report.IDLE)]


def test_input_while_away_is_reported_once_and_idle_comes_again_after_the_threshold():
    script = Script()
    script.run_until(300)
    script.input_at(300.5)
    assert script.run_until(600) == [(301, Report.ACTIVE), (420.5, Report.IDLE)]


def test_a_return_is_seen_even_when_the_idle_time_reads_higher_than_at_the_last_look():
    # A short threshold: idle at 0.2 s, the next look a second later; input at 0.3 s
    # reads 0.9 s idle there, more than the 0.2 s before.
    script = Script(threshold_s=0.2)
    script.run_until(0.2)
    script.input_at(0.3)
    assert [report for _, report in script.run_until(1.5)] == [Report.ACTIVE, Report.IDLE]


def test_input_and_idle_again_between_two_looks_report_both_in_order():
    script = Script(threshold_s=20)
    assert script.run_until(120) == [(20, Report.IDLE)]  # looks 30 s apart from 51 on
    script.input_at(111.5)
    assert script.run_until(150) == [(141, Report.ACTIVE), (141, Report.IDLE)]


def test_a_new_threshold_while_away_waits_for_input_and_counts_from_there():
    away = Away(last_input_s=0.0, idle_s=130.0, wait_s=1.0)
    still_away = next_look(away, now_s=131.0, idle_s=131.0, threshold_s=600)
    assert still_away.report is None
    back = next_look(still_away.away, now_s=133.0, idle_s=1.0, threshold_s=600)
    assert (back.report, back.sleep_s) == (Report.ACTIVE, 599.0)


def test_an_hour_away_costs_few_looks_and_the_return_is_seen_within_the_longest_wait():
    script = Script()
    script.run_until(THRESHOLD_S)
    before = script.looks
    assert script.run_until(THRESHOLD_S + 3600) == []
    assert script.looks - before == 123  # 1, 2, 4, 8 and 16 s apart, then every 30 s
    script.input_at(THRESHOLD_S + 3600.5)
    [(seen_at, report)] = script.run_until(THRESHOLD_S + 3700)[:1]
    assert report is Report.ACTIVE
    assert seen_at - (THRESHOLD_S + 3600.5) <= MAX_WAIT_S


# The watch with a real timer ----------------------------------------------------------


class FakeInput:
    """An idle query over real time whose input the test makes; counts the looks."""

    def __init__(self):
        self.last_input_s = time.monotonic()
        self.asked = 0

    def idle_seconds(self):
        self.asked += 1
        return time.monotonic() - self.last_input_s

    def types(self):
        self.last_input_s = time.monotonic()


@pytest.fixture
def fake_input():
    return FakeInput()


@pytest.fixture
def watch_over_fake(qtbot, fake_input):
    watch = QueryIdleWatch(fake_input.idle_seconds)
    yield watch
    watch.close()


def test_the_watch_reports_idle_then_activity_with_few_looks(qtbot, fake_input, watch_over_fake):
    seen = Recorder()
    watch_over_fake.watch(0.2, seen.on_idle, seen.on_active)
    qtbot.waitUntil(lambda: seen.kinds() == ["idle"], timeout=2000)
    assert seen.events[0][1] >= 0.2
    assert fake_input.asked <= 3  # a look at once, one at the threshold (one more if early)

    fake_input.types()  # the look that sees it may find the user idle again, too
    qtbot.waitUntil(lambda: seen.kinds()[:2] == ["idle", "active"], timeout=3000)


def test_watching_again_replaces_the_threshold_and_the_callbacks(qtbot, watch_over_fake):
    first, second = Recorder(), Recorder()
    watch_over_fake.watch(60, first.on_idle, first.on_active)
    watch_over_fake.watch(0.2, second.on_idle, second.on_active)
    qtbot.waitUntil(lambda: second.kinds() == ["idle"], timeout=2000)
    assert first.events == []


def test_a_closed_watch_reports_nothing_more(qtbot, fake_input, watch_over_fake):
    seen = Recorder()
    watch_over_fake.watch(0.1, seen.on_idle, seen.on_active)
    watch_over_fake.close()
    watch_over_fake.close()
    qtbot.wait(300)
    assert seen.events == []
    with pytest.raises(RuntimeError):
        watch_over_fake.idle_seconds()


# Over the X server's idle time ---------------------------------------------------------


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True)


@pytest.fixture
def watch_over_x(qtbot):
    source = IdleWatch.open()
    assert source is not None
    watch = QueryIdleWatch(source.idle_seconds)
    yield watch
    watch.close()
    source.close()


def test_over_the_x_servers_idle_time_real_input_ends_idle(qtbot, watch_over_x):
    seen = Recorder()
    xdotool("mousemove_relative", "1", "1")
    watch_over_x.watch(0.5, seen.on_idle, seen.on_active)
    qtbot.waitUntil(lambda: seen.kinds() == ["idle"], timeout=3000)
    assert seen.events[0][1] >= 0.5

    xdotool("key", "shift")
    qtbot.waitUntil(lambda: seen.kinds() == ["idle", "active", "idle"], timeout=3000)
