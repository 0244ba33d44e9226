"""Reminders on the real desktop, with the schedule played 30 times as fast: the
heads-up reaches the real notification daemon and its button opens the break window;
input keeps the counter running; time away counts as the break and brings no reminder."""

import json
import subprocess
import sys

from tests.e2e.conftest import someone_working, status_json
from tests.helpers.desktop_probe import window_titles
from tests.helpers.notifications import (
    displayed_count,
    history,
    pick_in_context_menu,
)


def test_the_heads_up_arrives_and_start_now_opens_the_break_window(start_app, fast_schedule, qtbot):
    with someone_working():
        start_app()
        qtbot.waitUntil(lambda: displayed_count() == 1, timeout=20_000)
        pick_in_context_menu("start")
        qtbot.waitUntil(
            lambda: "Posture reset — Posture Break" in window_titles("Posture Break"),
            timeout=10_000,
        )
    title, body = history()[0]
    assert title == "Micro break in 1 minute"  # one scaled minute
    assert body.startswith("Posture reset, 1 min.")


def test_time_away_counts_as_the_break_and_no_reminder_follows(start_app, fast_schedule, qtbot):
    with someone_working():
        app = start_app()
        qtbot.wait(4_000)  # 2 min of work, scaled
        left_before = status_json(app)["next_break"]["in_s"]
    assert left_before <= 7
    qtbot.wait(4_000)  # no input: away for 2 min, scaled, longer than a micro break
    assert displayed_count() == 0  # the break fell due while away: no reminder
    with someone_working():
        qtbot.wait(1_000)
        state = status_json(app)
    assert state["next_break"]["kind"] == "micro"
    assert state["next_break"]["in_s"] >= 8  # the counter started again: about 10 s
    assert displayed_count() == 0
    # The history database has it, as `posture-break stats` reads it.
    stats = subprocess.run(
        [sys.executable, "-m", "posture_break", "stats", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    today = json.loads(stats.stdout)["today"]
    assert (today["away"], today["exercised"], today["skipped"]) == (1, 0, 0)


def test_do_not_disturb_holds_the_break_until_it_ends(start_app, fast_schedule, qtbot):
    def offered():
        return "Posture reset — Posture Break" in window_titles("Posture Break")

    subprocess.run(["dunstctl", "set-paused", "true"], check=True)
    try:
        with someone_working():
            app = start_app()
            qtbot.waitUntil(
                lambda: status_json(app)["status"] == "Waiting: do not disturb", timeout=20_000
            )
            assert not offered()
            subprocess.run(["dunstctl", "set-paused", "false"], check=True)
            qtbot.waitUntil(offered, timeout=10_000)  # looked at again within 1 s, scaled
    finally:
        subprocess.run(["dunstctl", "set-paused", "false"], check=True)
