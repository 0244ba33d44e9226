"""Setting the clock changes nothing: the real app, its wall clock moved under it by
libfaketime while a break is planned, still brings the next reminder on time. The
monotonic and boot clocks, which Qt's timers and the schedule count, run on untouched."""

import glob
import os
import time

import pytest

from tests.e2e.conftest import someone_working, status_json
from tests.helpers.notifications import displayed_count, pick_in_context_menu

HEADS_UP_AFTER_S = 8  # a micro break every 10 s, scaled, with a heads-up 2 s before


@pytest.fixture
def faked_wall_clock(tmp_path):
    """The environment that runs the app under libfaketime, and the file that sets its
    wall clock: libfaketime reads it afresh at every look at the time."""
    libraries = glob.glob("/usr/lib/*/faketime/libfaketime.so.1")
    assert libraries, "libfaketime is missing: ./dev test installs it"
    offset = tmp_path / "faketime"
    offset.write_text("+0\n")
    env = dict(
        os.environ,
        LD_PRELOAD=libraries[0],
        FAKETIME_TIMESTAMP_FILE=str(offset),
        FAKETIME_NO_CACHE="1",
        FAKETIME_DONT_FAKE_MONOTONIC="1",
    )
    return env, offset


@pytest.mark.parametrize("setting", ["-12h", "+12h", "-5m"])
def test_the_next_reminder_comes_on_time_after_the_clock_is_set(
    start_app, fast_schedule, faked_wall_clock, qtbot, setting
):
    env, offset = faked_wall_clock
    with someone_working():
        app = start_app(env=env)
        qtbot.waitUntil(lambda: displayed_count() == 1, timeout=30_000)
        skipped_at = time.monotonic()
        pick_in_context_menu("skip")  # the counter starts again: the next heads-up in 8 s
        # The app has planned that heads-up (its wakeup is armed) before the clock moves.
        qtbot.waitUntil(lambda: status_json(app)["next_break"]["in_s"] > 5, timeout=10_000)
        offset.write_text(setting + "\n")
        qtbot.waitUntil(lambda: displayed_count() == 1, timeout=30_000)
        assert time.monotonic() - skipped_at >= HEADS_UP_AFTER_S - 0.5
