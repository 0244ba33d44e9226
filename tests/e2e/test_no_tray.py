"""A desktop without a system tray (a bare X session, stock GNOME): the app says so in
a window that offers what the menu offers, and the command line still reaches it."""

import json
import os
import subprocess

import pytest

from tests.helpers.app_process import AppProcess


@pytest.fixture
def bare_display(qtbot, tmp_path):
    """A second X server with no tray host on it."""
    number_file = tmp_path / "display"
    with number_file.open("w") as writer:
        server = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(writer.fileno()),
                "-screen",
                "0",
                "1024x700x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(writer.fileno(),),
            stderr=subprocess.DEVNULL,
        )
    try:
        qtbot.waitUntil(lambda: number_file.read_text().strip() != "", timeout=10000)
        display = ":" + number_file.read_text().strip()
        qtbot.waitUntil(lambda: answers(display), timeout=10000)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def answers(display):
    """Whether the X server at `display` takes connections (xdpyinfo, from x11-utils)."""
    probe = subprocess.run(["xdpyinfo", "-display", display], capture_output=True, check=False)
    return probe.returncode == 0


def visible_windows_named(display, name):
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        env={"DISPLAY": display},
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.split()


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
