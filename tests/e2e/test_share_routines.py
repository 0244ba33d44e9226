"""A routine shared as one file, imported while the app runs: the running app reads it
at once and starts it, from the command line and from the tray menu, with no restart."""

import os
from pathlib import Path

import pytest

from tests.helpers.app_process import AppProcess, run_cli
from tests.helpers.content import NECK_ROLL, two_step_routine
from tests.helpers.desktop_probe import window_titles
from tests.helpers.sni_desktop import sni_desktop

SHIPPED = Path(__file__).resolve().parents[2] / "resources"


MY_BREAK = two_step_routine("Friday stretch")


@pytest.fixture
def shared_file(tmp_path) -> Path:
    """friday-stretch made and exported by someone else, in their own home."""
    friend = tmp_path / "friend"
    data = friend / ".local/share/posture-break"
    (data / "exercises").mkdir(parents=True)
    (data / "exercises/neck-roll.toml").write_text(NECK_ROLL)
    (data / "routines").mkdir()
    (data / "routines/friday-stretch.toml").write_text(MY_BREAK)
    (data / "illustrations").mkdir()
    (data / "illustrations/neck-roll.svg").write_bytes(
        (SHIPPED / "illustrations/chin-tuck.svg").read_bytes()
    )
    runtime = friend / "run"
    runtime.mkdir(mode=0o700)
    env = dict(
        os.environ,
        HOME=str(friend),
        XDG_DATA_HOME=str(friend / ".local/share"),
        XDG_CONFIG_HOME=str(friend / ".config"),
        XDG_RUNTIME_DIR=str(runtime),
    )
    target = tmp_path / "friday-stretch.posture-break.toml"
    exported = run_cli("export", "friday-stretch", str(target), env=env)
    assert exported.returncode == 0, exported.stderr
    return target


@pytest.fixture
def safety_note_seen(private_home):
    data = private_home / ".local/share/posture-break"
    data.mkdir(parents=True)
    (data / "acknowledged.json").write_text('{"safety_note": true}')  # seen on an earlier day


def test_a_routine_imported_while_the_app_runs_starts_from_the_command_line(
    start_app, safety_note_seen, shared_file, qtbot
):
    app = start_app()
    before = app.cli("start", "friday-stretch")
    assert before.returncode == 2  # not there yet

    imported = app.cli("import", str(shared_file))
    assert imported.returncode == 0, imported.stderr
    assert "The menu lists 5 routines now." in imported.stdout.splitlines()

    started = app.cli("start", "friday-stretch")
    assert (started.returncode, started.stdout.strip()) == (0, "Starting Friday stretch (1 min).")
    qtbot.waitUntil(
        lambda: "Friday stretch — Posture Break" in window_titles("Posture Break"),
        timeout=10000,
    )


@pytest.fixture
def panel(qtbot, tmp_path):
    with sni_desktop(tmp_path, qtbot.waitUntil) as desktop:
        yield desktop


def test_a_routine_imported_while_the_app_runs_is_in_the_tray_menu(
    panel, safety_note_seen, shared_file, qtbot
):
    app = AppProcess(env=panel.app_env())
    try:
        qtbot.waitUntil(lambda: bool(panel.items()) or not app.running(), timeout=15000)
        assert app.running()
        qtbot.waitUntil(panel.icon_drawn, timeout=10000)
        imported = app.cli("import", str(shared_file))
        assert imported.returncode == 0, imported.stderr

        panel.click_icon(3)
        qtbot.waitUntil(lambda: panel.popup_menu_pids() != [], timeout=10000)
        panel.xdotool("key", "Down", "Right")  # "Start a routine", then its submenu
        qtbot.waitUntil(lambda: len(panel.popup_menu_pids()) == 2, timeout=10000)
        panel.xdotool("key", "End", "Return")  # the user's routines come last
        routine_windows = " — Posture Break$"
        qtbot.waitUntil(lambda: panel.window_names(routine_windows) != [], timeout=15000)
        assert panel.window_names(routine_windows) == ["Friday stretch — Posture Break"]
    finally:
        print(app.stop())
