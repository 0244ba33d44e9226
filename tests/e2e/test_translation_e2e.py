"""The app started on a German desktop speaks German, its routines too; what scripts read
stays English."""

import os

from tests.e2e.conftest import status_json

GERMAN = {"LANG": "de_DE.UTF-8", "LANGUAGE": "de"}  # Qt reads these on Linux


def test_on_a_german_desktop_the_status_is_german_and_the_json_keys_stay(start_app):
    app = start_app(env={**os.environ, **GERMAN})
    assert app.cli("status").stdout.strip() == "Kurzpause in 25 min"
    state = status_json(app)
    assert state["status"] == "Kurzpause in 25 min"
    assert (state["reminders"], state["tray"]) == ("on", "docked")
    assert app.cli("pause", "30m").stdout.startswith("Erinnerungen pausiert bis ")
    # the routine's name from its German file, in the app's German sentence
    assert app.cli("start", "posture-reset").stdout.strip() == "Haltungsausgleich (1 min) beginnt."


def test_on_a_german_desktop_a_mistake_in_the_settings_is_reported_in_german(
    start_app_and_read_notice, private_home, monkeypatch
):
    for variable, value in GERMAN.items():
        monkeypatch.setenv(variable, value)
    settings = private_home / ".config/posture-break/settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('version = 1\n[breaks]\nstretch_every_min = "fifty"\n')
    _, (title, body) = start_app_and_read_notice()
    assert title == "Einige Ihrer Einstellungen wurden nicht übernommen"
    assert "Stattdessen gilt der Standardwert 55." in body
