import json
import os
import subprocess
from contextlib import contextmanager

import pytest

from tests.helpers.app_process import AppProcess
from tests.helpers.desktop_probe import docked_icons
from tests.helpers.notifications import clear_notifications, displayed_count, newest_notification
from tests.helpers.wayland_host import kwin_host, sway_host

if not os.environ.get("DISPLAY"):
    pytest.exit("desktop tests run inside tests/helpers/with-desktop.sh", returncode=4)


@pytest.fixture
def display():
    from Xlib import display as xdisplay

    dpy = xdisplay.Display()
    yield dpy
    dpy.close()


@pytest.fixture
def start_app(qtbot, display):
    """Start the app and wait until its icon is docked in the real tray."""
    started = []

    def start(*args, wait_for_dock=True, **kwargs):
        app = AppProcess(*args, **kwargs)
        started.append(app)
        if wait_for_dock:
            qtbot.waitUntil(lambda: bool(docked_icons(display)) or not app.running(), timeout=15000)
            assert app.running(), app.stop()
        return app

    yield start
    for app in started:
        app.stop()


def status_json(app):
    result = app.cli("status", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def start_app_and_read_notice(start_app, qtbot, monkeypatch):
    """Start the app and return it with (title, body) of the one notification it shows
    at start, such as a report of problems in the user's files."""

    def start():
        clear_notifications()
        monkeypatch.setenv("POSTURE_BREAK_TRAY_WAIT_MS", "200")
        app = start_app()
        qtbot.waitUntil(lambda: displayed_count() == 1, timeout=10000)
        return app, newest_notification()

    return start


SCALE = 1 / 30  # micro breaks every 5 min -> 10 s; idle after 30 s -> 1 s; heads-up 2 s


@pytest.fixture
def fast_schedule(private_home, monkeypatch):
    settings = private_home / ".config/posture-break/settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text("version = 1\n[breaks]\nmicro_every_min = 5\n[timing]\nidle_after_s = 30\n")
    monkeypatch.setenv("POSTURE_BREAK_TIME_SCALE", str(SCALE))
    clear_notifications()


@contextmanager
def someone_working():
    """Mouse input every 0.2 s, as a user at work makes it (the idle watch sees X input)."""
    worker = subprocess.Popen(
        ["sh", "-c", "while :; do xdotool mousemove_relative -- 1 0; sleep 0.2; done"]
    )
    try:
        yield
    finally:
        worker.kill()
        worker.wait()


@pytest.fixture
def sway(monkeypatch):
    """A headless sway 1.7 that the app and its helpers reach instead of the X server."""
    with sway_host() as host:
        monkeypatch.setenv("WAYLAND_DISPLAY", str(host.socket))
        monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
        monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
        yield host


@pytest.fixture
def kwin(monkeypatch):
    """A headless KWin 5.27 that the app and its helpers reach instead of the X server."""
    with kwin_host() as host:
        monkeypatch.setenv("WAYLAND_DISPLAY", str(host.socket))
        monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
        monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
        yield host


def without_x():
    """The environment without DISPLAY: on Wayland, no XWayland to fall back on."""
    return {key: value for key, value in os.environ.items() if key != "DISPLAY"}


def state_when_answering(app):
    """What `status --json` says, or nothing before the app answers."""
    result = app.cli("status", "--json")
    return json.loads(result.stdout) if result.returncode == 0 else {}
