"""The app started on a German desktop speaks German; what scripts read stays English."""

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
