"""Routines in the running app: started from the command line, and a user's broken
routine file reported without costing the built-in ones."""

from tests.helpers.desktop_probe import window_titles as desktop_titles


def window_titles():
    return desktop_titles("Posture Break")


def test_start_from_the_command_line_opens_the_break_window(start_app, private_home, qtbot):
    data = private_home / ".local/share/posture-break"
    data.mkdir(parents=True)
    (data / "acknowledged.json").write_text('{"safety_note": true}')  # seen on an earlier day
    app = start_app()
    result = app.cli("start", "posture-reset")
    assert (result.returncode, result.stdout.strip()) == (0, "Starting Posture reset (1 min).")
    qtbot.waitUntil(lambda: "Posture reset — Posture Break" in window_titles(), timeout=10000)

    again = app.cli("start")  # the default routine, while one is playing
    assert again.stdout.strip() == "A routine is already playing; its window is in front."
    assert window_titles().count("Posture reset — Posture Break") == 1


def test_a_broken_user_routine_is_reported_and_the_built_in_ones_still_work(
    start_app_and_read_notice, private_home, qtbot
):
    routines = private_home / ".local/share/posture-break/routines"
    routines.mkdir(parents=True)
    (routines / "lunch.toml").write_text(
        'name = "Lunch stretch"\n\n[[step]]\nexercise = "chin-tuck"\nhold_s = "thirty"\n'
    )
    app, (title, body) = start_app_and_read_notice()
    assert title == "Some of your routine files were not used"
    assert "lunch.toml: step 1, hold_s" in body
    assert "thirty" in body

    listed = app.cli("routines")
    assert "Lunch stretch" not in listed.stdout
    assert len(listed.stdout.splitlines()) == 4
    assert app.cli("start", "full-upper-back").returncode == 0
    qtbot.waitUntil(
        lambda: "Full upper-back programme — Posture Break" in window_titles(), timeout=10000
    )
