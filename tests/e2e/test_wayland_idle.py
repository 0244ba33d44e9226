"""The app on a Wayland desktop other than GNOME: all of it on a headless sway 1.7, whose
idle protocol (org_kde_kwin_idle) tells it when the user is away and back."""

from tests.e2e.conftest import state_when_answering as state
from tests.e2e.conftest import without_x

AWAY = "You are away: that counts as a break"


def test_on_sway_the_compositor_tells_away_and_back_and_status_names_it(
    qtbot, sway, fast_schedule, start_app, private_home
):
    app = start_app(wait_for_dock=False, env=without_x())  # no XWayland to fall back on
    qtbot.waitUntil(lambda: state(app).get("idle_source") == "org_kde_kwin_idle", timeout=20000)
    log = (private_home / ".local/state/posture-break/log/posture-break.log").read_text()
    assert "idle source: org_kde_kwin_idle" in log
    assert "breaks follow the clock alone" not in log

    # Idle after 30 s, scaled to 1 s: nobody types, so the user is away ...
    qtbot.waitUntil(lambda: state(app)["status"] == AWAY, timeout=20000)
    sway.press_key()  # ... until a key is pressed
    qtbot.waitUntil(lambda: state(app)["status"] != AWAY, timeout=20000)
    assert state(app)["next_break"]["kind"] == "micro"
