"""The Routines window in the installed app's own process: `posture-break routines --edit`
asks the running app to open it, and without an app it says so."""

from tests.helpers.app_process import run_cli
from tests.helpers.desktop_probe import window_titles


def test_routines_edit_opens_the_routines_window_of_the_running_app(start_app, qtbot):
    app = start_app()
    assert window_titles("^Routines") == []
    result = app.cli("routines", "--edit")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "The Routines window is open."
    qtbot.waitUntil(lambda: window_titles("^Routines") != [], timeout=10_000)


def test_routines_edit_without_a_running_app_says_how_to_start_it(private_home):
    result = run_cli("routines", "--edit")
    assert result.returncode == 1
    assert (
        result.stdout.strip()
        == "Posture Break is not running. Start it first with 'posture-break'."
    )
