"""The app as a person meets it: an icon in a real tray, and a command line that
talks to the running instance."""

import os
import socket
import stat
from pathlib import Path

from tests.e2e.conftest import status_json
from tests.helpers.app_process import AppProcess, run_cli
from tests.helpers.desktop_probe import docked_icons


def test_icon_docks_in_the_tray_and_status_reports_it(start_app, qtbot):
    app = start_app()
    result = app.cli("status")
    assert result.returncode == 0
    assert result.stdout.strip() == "Micro break in 25 min"
    state = status_json(app)
    assert state["running"] is True
    assert state["tray"] == "docked"
    assert state["reminders"] == "on"
    # The idle watch starts a moment after the icon, on Xvfb from its SYNC counter.
    qtbot.waitUntil(lambda: status_json(app)["idle_source"] == "x11-sync", timeout=10000)


def test_only_the_user_can_reach_the_running_instance(start_app):
    start_app()
    runtime = Path(os.environ["XDG_RUNTIME_DIR"]) / "posture-break"
    assert stat.S_IMODE(runtime.stat().st_mode) == 0o700
    assert stat.S_IMODE((runtime / "instance.sock").stat().st_mode) & 0o077 == 0


def test_pause_resume_and_quit_from_the_command_line(start_app, private_home):
    app = start_app()
    paused = app.cli("pause", "30m")
    assert paused.returncode == 0
    assert paused.stdout.startswith("Reminders paused until ")
    state = status_json(app)
    assert state["reminders"] == "paused"
    assert state["paused_until"] is not None

    resumed = app.cli("resume")
    assert resumed.stdout.strip() == "Micro break in 25 min"
    assert status_json(app)["reminders"] == "on"

    quit_ = app.cli("quit")
    assert quit_.stdout.strip() == "Posture Break is quitting."
    assert app.process.wait(timeout=10) == 0
    log = (private_home / ".local/state/posture-break/log/posture-break.log").read_text()
    assert "starting" in log
    assert "stopped" in log


def test_a_second_start_hands_over_and_exits(start_app, display):
    app = start_app()
    second = AppProcess()
    assert second.process.wait(timeout=20) == 0
    assert "already running" in second.stop()
    assert len(docked_icons(display)) == 1
    assert app.running()


def test_a_stale_socket_left_by_a_crash_does_not_block_start_up(start_app):
    runtime = Path(os.environ["XDG_RUNTIME_DIR"]) / "posture-break"
    runtime.mkdir(mode=0o700)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(runtime / "instance.sock"))
    stale.close()  # the file stays behind, nobody listens: what a crash leaves
    app = start_app()
    assert app.cli("status").stdout.strip() == "Micro break in 25 min"


def test_status_without_a_running_instance_says_so_and_fails():
    result = run_cli("status")
    assert result.returncode == 1
    assert result.stdout.strip() == "Posture Break is not running."
    as_json = run_cli("status", "--json")
    assert as_json.returncode == 1
    assert as_json.stdout.strip() == '{"running": false}'


def test_sigterm_stops_the_app_cleanly(start_app, private_home):
    app = start_app()
    app.process.terminate()
    assert app.process.wait(timeout=10) == 0
    log = (private_home / ".local/state/posture-break/log/posture-break.log").read_text()
    assert "stopped" in log
