"""The voice in the running app: turned on in the settings file, it says the first
exercise in the app's language through the speech engine on PATH (a stand-in spd-say
that writes down what it is asked; tests/ui/test_voice.py times every cue)."""

import os

import pytest

GERMAN = {"LANG": "de_DE.UTF-8", "LANGUAGE": "de"}


@pytest.fixture
def said(tmp_path, private_home):
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "said.txt"
    (folder / "spd-say").write_text(f'#!/bin/sh\necho "$@" >> {log}\n')
    (folder / "spd-say").chmod(0o755)
    data = private_home / ".local/share/posture-break"
    data.mkdir(parents=True)
    (data / "acknowledged.json").write_text('{"safety_note": true}')
    settings = private_home / ".config/posture-break/settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text("version = 1\n[window]\nspoken_cues = true\npause_media = false\n")
    env = {**os.environ, "PATH": f"{folder}{os.pathsep}{os.environ['PATH']}"}
    return env, log


@pytest.mark.parametrize(
    ("language", "first"), [({}, "-l en -- Chin tuck."), (GERMAN, "-l de -- Kinn zurückschieben.")]
)
def test_the_voice_says_the_first_exercise_in_the_apps_language(
    start_app, said, qtbot, language, first
):
    env, log = said
    app = start_app(env={**env, **language})
    assert app.cli("start", "posture-reset").returncode == 0
    qtbot.waitUntil(log.exists, timeout=15000)
    assert log.read_text().splitlines()[0] == first
