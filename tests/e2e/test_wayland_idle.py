"""The app on a Wayland desktop other than GNOME: all of it on a headless sway 1.7, whose
idle protocol (org_kde_kwin_idle) tells it when the user is away and back."""

import json
import os

import pytest

from tests.helpers.wayland_host import sway_host

AWAY = "You are away: that counts as a break"


@pytest.fixture
def sway(monkeypatch):
    with sway_host() as host:
        monkeypatch.setenv("WAYLAND_DISPLAY", str(host.socket))
        monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
        monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
        yield host


def test_on_sway_the_compositor_tells_away_and_back_and_status_names_it(
    qtbot, sway, fast_schedule, start_app, private_home
):
    no_x = {key: value for key, value in os.environ.items() if key != "DISPLAY"}
    app = start_app(wait_for_dock=False, env=no_x)  # no XWayland: nothing to fall back on
    qtbot.waitUntil(lambda: state(app).get("idle_source") == "org_kde_kwin_idle", timeout=20000)
    log = (private_home / ".local/state/posture-break/log/posture-break.log").read_text()
    assert "idle source: org_kde_kwin_idle" in log
    assert "breaks follow the clock alone" not in log

    # Idle after 30 s, scaled to 1 s: nobody types, so the user is away ...
    qtbot.waitUntil(lambda: state(app)["status"] == AWAY, timeout=20000)
    sway.press_key()  # ... until a key is pressed
    qtbot.waitUntil(lambda: state(app)["status"] != AWAY, timeout=20000)
    assert state(app)["next_break"]["kind"] == "micro"


def state(app):
    """What `status --json` says, or nothing before the app answers."""
    result = app.cli("status", "--json")
    return json.loads(result.stdout) if result.returncode == 0 else {}
