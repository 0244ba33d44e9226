"""The frozen one-folder build works on its own: built by packaging/pyinstaller/build.sh
with the test environment's PyInstaller, started from a folder far from the source
tree, it docks, answers its own command line, schedules breaks, leaves the programs it
starts to the system's libraries and quits cleanly."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from posture_break.core.catalog import SHIPPED_ORDER
from tests.e2e.conftest import someone_working, status_json
from tests.helpers.app_process import PROJECT, run_cli
from tests.helpers.notifications import displayed_count, newest_notification
from tests.helpers.wayland_host import sway_host


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> str:
    """The bundle's executable. PyInstaller comes from the test extra: without it the
    build, and so every test here, fails."""
    build = tmp_path_factory.mktemp("frozen")
    subprocess.run(
        [PROJECT / "packaging/pyinstaller/build.sh", build],
        env={**os.environ, "PYTHON": sys.executable},
        check=True,
    )
    return str(build / "dist/posture-break/posture-break")


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    """A working folder with nothing of the source tree in or above it."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


def test_frozen_app_docks_answers_and_quits(bundle, start_app, elsewhere):
    app = start_app(executable=bundle, cwd=elsewhere)
    state = status_json(app)
    assert state["running"] is True
    assert state["tray"] == "docked"
    assert app.cli("quit").returncode == 0
    assert app.process.wait(timeout=10) == 0


def test_frozen_app_lists_the_shipped_routines(bundle, elsewhere):
    result = run_cli("routines", "--json", executable=bundle, cwd=elsewhere)
    assert result.returncode == 0, result.stdout + result.stderr
    assert [routine["id"] for routine in json.loads(result.stdout)] == list(SHIPPED_ORDER)


def test_frozen_app_finds_every_shipped_file(bundle, elsewhere):
    """`check` reports any exercise whose picture is missing from the bundle."""
    result = run_cli("check", executable=bundle, cwd=elsewhere)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Routines: 4 loaded" in result.stdout
    assert "exercises: 8 loaded" in result.stdout


@pytest.mark.usefixtures("fast_schedule")
def test_frozen_app_brings_the_heads_up_when_due(bundle, start_app, elsewhere, qtbot):
    """APScheduler, imported on the first wait, fires in the bundle too."""
    with someone_working():
        start_app(executable=bundle, cwd=elsewhere)
        qtbot.waitUntil(lambda: displayed_count() == 1, timeout=20_000)
    assert newest_notification()[0] == "Micro break in 1 minute"


def test_programs_the_frozen_app_starts_load_the_systems_libraries(
    bundle, start_app, elsewhere, private_home, monkeypatch, qtbot
):
    """The bundle's own folder in LD_LIBRARY_PATH is for the app alone: a sound player
    loading the bundle's GLib or D-Bus in place of the system's fails on a newer system."""
    data = private_home / ".local/share/posture-break"
    data.mkdir(parents=True)
    (data / "acknowledged.json").write_text('{"safety_note": true}')  # seen on an earlier day
    heard = private_home / "player-library-path"
    player = private_home / "bin/pw-play"
    player.parent.mkdir()
    player.write_text(
        f'#!/bin/sh\nprintf %s "$LD_LIBRARY_PATH" > {heard}.new\nmv {heard}.new {heard}\n'
    )
    player.chmod(0o755)
    monkeypatch.setenv("PATH", f"{player.parent}:{os.environ['PATH']}")
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/the-users-own")
    app = start_app(executable=bundle, cwd=elsewhere)
    assert app.cli("start", "posture-reset").returncode == 0
    qtbot.waitUntil(heard.exists, timeout=15_000)  # the chime as the first set starts
    assert heard.read_text() == "/opt/the-users-own"


def test_frozen_app_hears_idleness_from_a_wayland_compositor(
    bundle, start_app, elsewhere, qtbot, monkeypatch
):
    """pywayland's compiled part imports cffi's backend, which the build must bring."""
    with sway_host() as sway:
        monkeypatch.setenv("WAYLAND_DISPLAY", str(sway.socket))
        monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
        app = start_app(executable=bundle, cwd=elsewhere)  # its icon in the test tray
        qtbot.waitUntil(
            lambda: status_json(app)["idle_source"] == "org_kde_kwin_idle", timeout=20_000
        )
