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

EVENT_TIMEOUT_MS = 20_000  # generous: a cold, loaded machine


def next_break_in_s(app):
    return status_json(app)["next_break"]["in_s"]


def x_idle_s(display):
    """Seconds since the last input, as the X server counts them."""
    return display.screen().root.screensaver_query_info().idle / 1000


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


def test_time_away_counts_as_the_break_and_no_reminder_follows(
    start_app, fast_schedule, private_home, display, qtbot
):
    # Micro breaks every 15 min, 30 s scaled: however long the start takes, the heads-up
    # (2 s before) is far off while the test looks on. A micro break is 80 s, 2.7 s scaled.
    settings = private_home / ".config/posture-break/settings.toml"
    settings.write_text(
        "version = 1\n[breaks]\nmicro_every_min = 15\n[timing]\nidle_after_s = 30\n"
    )
    with someone_working():
        app = start_app()
        qtbot.waitUntil(lambda: next_break_in_s(app) <= 20, timeout=EVENT_TIMEOUT_MS)
        left_before = next_break_in_s(app)
    # Nobody at the keyboard: away after 1 s (scaled), for longer than a micro break.
    qtbot.waitUntil(lambda: status_json(app)["next_break"] is None, timeout=EVENT_TIMEOUT_MS)
    qtbot.waitUntil(lambda: x_idle_s(display) >= 4, timeout=EVENT_TIMEOUT_MS)
    assert displayed_count() == 0
    with someone_working():
        qtbot.waitUntil(
            lambda: status_json(app)["next_break"] is not None, timeout=EVENT_TIMEOUT_MS
        )
        state = status_json(app)
    assert state["next_break"]["kind"] == "micro"
    assert state["next_break"]["in_s"] > left_before  # the counter started again at 30 s
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
