"""The app on GNOME's compositor: a real Mutter 43, headless, on a bus of its own
(tests/helpers/mutter_host.py), whose idle monitor (org.gnome.Mutter.IdleMonitor) tells
the app when the user is away and back. Mutter offers no Wayland idle protocol, so this
is the source the app takes there."""

import pytest

from tests.e2e.conftest import state_when_answering as state
from tests.e2e.conftest import without_x
from tests.helpers.mutter_host import mutter_host

AWAY = "You are away: that counts as a break"


@pytest.fixture
def mutter(fast_schedule, monkeypatch):
    """Mutter, reached instead of the X server and the test desktop's bus (after the
    schedule, which clears that desktop's notifications)."""
    with mutter_host() as host:
        monkeypatch.setenv("WAYLAND_DISPLAY", str(host.socket))
        monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
        monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", host.bus)
        monkeypatch.setenv("POSTURE_BREAK_TRAY_WAIT_MS", "600000")  # no tray here
        yield host


def test_on_mutter_the_idle_monitor_tells_away_and_back_and_status_names_it(
    qtbot, mutter, start_app, private_home
):
    app = start_app(wait_for_dock=False, env=without_x())
    qtbot.waitUntil(lambda: state(app).get("idle_source") == "gnome-mutter", timeout=20000)
    log = (private_home / ".local/state/posture-break/log/posture-break.log").read_text()
    assert "breaks follow the clock alone" not in log

    # Idle after 30 s, scaled to 1 s: nobody moves, so the user is away ...
    qtbot.waitUntil(lambda: state(app)["status"] == AWAY, timeout=20000)
    mutter.move_pointer()  # ... until the pointer moves
    qtbot.waitUntil(lambda: state(app)["status"] != AWAY, timeout=20000)
    assert state(app)["next_break"]["kind"] == "micro"
