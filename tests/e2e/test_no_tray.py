"""A desktop without a system tray (a bare X session, stock GNOME): the app says so in
a window that offers what the menu offers, and the command line still reaches it."""

import json
import os
import subprocess

import pytest

from tests.helpers.app_process import AppProcess
from tests.helpers.sni_desktop import x_server


@pytest.fixture
def bare_display(qtbot, tmp_path):
    """A second X server with no tray host on it."""
    with x_server(tmp_path, qtbot.waitUntil, size="1024x700") as display:
        yield display


def visible_windows_named(display, name):
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        env={"DISPLAY": display},
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.split()


def test_the_bare_display_stays_up_between_clients(bare_display):
    """Nothing else is connected to it, so it must not reset when a client leaves:
    a reset wipes the root window's properties and drops whoever connects meanwhile
    (the app, right after the probe that saw the display up)."""
    xprop = ["xprop", "-display", bare_display, "-root"]
    subprocess.run([*xprop, "-f", "_KEPT", "8s", "-set", "_KEPT", "yes"], check=True)
    kept = subprocess.run([*xprop, "_KEPT"], capture_output=True, text=True, check=True)
    assert kept.stdout.strip() == '_KEPT(STRING) = "yes"'


def test_without_a_tray_the_app_opens_a_window_and_still_answers(qtbot, bare_display):
    env = dict(os.environ, DISPLAY=bare_display, POSTURE_BREAK_TRAY_WAIT_MS="300")
    app = AppProcess(env=env)
    try:
        qtbot.waitUntil(
            lambda: bool(visible_windows_named(bare_display, "^Posture Break$")), timeout=15000
        )
        state = json.loads(app.cli("status", "--json").stdout)
        assert state["tray"] == "no tray on this desktop"
        assert app.cli("pause", "1h").returncode == 0
        assert app.cli("quit").returncode == 0
        assert app.process.wait(timeout=10) == 0
    finally:
        print(app.stop())
