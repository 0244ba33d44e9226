"""A video playing keeps the user present: a window on the screen holding an idle
inhibitor (tests/helpers/idle_inhibitor.py), as a player does while it plays, keeps the
compositor's idle notifications from firing, on sway 1.7 (org_kde_kwin_idle) and KWin
5.27 (ext_idle_notifier_v1), headless; once the video ends, idleness comes after the
threshold as it would without it."""

import subprocess
import sys
import time

import pytest

from posture_break.adapters.idle_wayland import WaylandIdleWatch
from tests.adapters.test_idle_wayland import (
    EVENT_TIMEOUT_MS,
    TimedRecorder,
    host,  # noqa: F401 (the fixture: sway, then KWin)
)
from tests.helpers.app_process import PROJECT

THRESHOLD_S = 1.0
PLAY_S = 4.0  # four thresholds without input: idle long before its end, were it not for the video


@pytest.mark.usefixtures("host")
def test_a_video_playing_keeps_the_user_present_and_its_end_lets_idleness_come(
    qtbot, request, tmp_path
):
    compositor = request.getfixturevalue("host")
    video = tmp_path / "video"
    command = [sys.executable, "-m", "tests.helpers.idle_inhibitor", str(video)]
    player = subprocess.Popen([*command, "--play", str(PLAY_S)], env=compositor.env, cwd=PROJECT)
    watch = None
    try:
        qtbot.waitUntil(lambda: state(video) == "playing", timeout=30000)
        watch = WaylandIdleWatch.open()
        assert watch is not None
        seen = TimedRecorder()
        watch.watch(THRESHOLD_S, seen.on_idle, seen.on_active)

        qtbot.waitUntil(lambda: state(video) == "ended", timeout=30000)
        qtbot.waitUntil(lambda: seen.kinds() == ["idle"], timeout=EVENT_TIMEOUT_MS)
        # No input for the whole video, and still present: idle came a threshold after
        # its end (when the player wrote so), not during it.
        ended = video.stat().st_mtime - (time.time() - time.monotonic())
        assert seen.times[0] - ended >= 0.9 * THRESHOLD_S  # KWin's timers: a little early
    finally:
        if watch is not None:
            watch.close()
        player.wait(timeout=30)


def state(video):
    return video.read_text() if video.exists() else None
