"""The app on Plasma's compositor, KWin 5.27, headless: its idle protocol
(ext_idle_notifier_v1) tells the app when the user is away and back, and a video
playing in a window (an idle inhibitor, tests/helpers/idle_inhibitor.py) keeps the
user present however long nobody touches the keyboard."""

import subprocess
import sys

from tests.e2e.conftest import state_when_answering as state
from tests.e2e.conftest import without_x
from tests.helpers.app_process import PROJECT

AWAY = "You are away: that counts as a break"
SOURCE = "ext_idle_notifier_v1"
PLAY_S = 5  # five idle thresholds (30 s scaled to 1 s) without input


def test_on_kwin_the_compositor_tells_away_and_back_and_status_names_it(
    qtbot, kwin, fast_schedule, start_app
):
    app = start_app(wait_for_dock=False, env=without_x())  # no XWayland to fall back on
    qtbot.waitUntil(lambda: state(app).get("idle_source") == SOURCE, timeout=20000)
    qtbot.waitUntil(lambda: state(app)["status"] == AWAY, timeout=20000)
    kwin.press_key()
    qtbot.waitUntil(lambda: state(app)["status"] != AWAY, timeout=20000)


def test_on_kwin_a_video_playing_keeps_the_user_present(
    qtbot, kwin, fast_schedule, start_app, tmp_path
):
    video = tmp_path / "video"
    command = [sys.executable, "-m", "tests.helpers.idle_inhibitor", str(video)]
    player = subprocess.Popen([*command, "--play", str(PLAY_S)], env=kwin.env, cwd=PROJECT)
    try:
        qtbot.waitUntil(video.exists, timeout=30000)  # the video plays
        app = start_app(wait_for_dock=False, env=without_x())
        qtbot.waitUntil(lambda: state(app).get("idle_source") == SOURCE, timeout=20000)
        said_while_playing = []

        def video_ended():
            said = state(app)["status"]
            playing = video.read_text() == "playing"  # read after the answer came
            if playing:
                said_while_playing.append(said)
            return not playing

        qtbot.waitUntil(video_ended, timeout=30000)
        assert said_while_playing
        assert AWAY not in said_while_playing  # nobody typed all along, and still present
        qtbot.waitUntil(lambda: state(app)["status"] == AWAY, timeout=20000)  # it ended
    finally:
        player.wait(timeout=30)
