"""The settings file as a user meets it: written with its defaults on first start, and a
hand-edited mistake reported in words, on the desktop and by `posture-break check`,
without losing anything."""

import json
import subprocess
import tomllib
from dataclasses import asdict

import pytest

from posture_break.core.settings import KEYS, Settings
from posture_break.core.settings_validation import validate
from tests.e2e.conftest import status_json
from tests.helpers.app_process import run_cli
from tests.helpers.desktop_probe import window_titles


@pytest.fixture
def settings_file(private_home):
    return private_home / ".config/posture-break/settings.toml"


def test_first_start_writes_a_commented_file_with_the_defaults(start_app, settings_file, qtbot):
    app = start_app()
    qtbot.waitUntil(settings_file.exists, timeout=10000)  # read once the icon is painted
    text = settings_file.read_text()
    assert validate(tomllib.loads(text)) == (Settings(), [])  # every default, no complaint
    assert text.count("\n# ") >= len(KEYS)  # a comment line for each key
    assert status_json(app)["settings"] == json.loads(json.dumps(asdict(Settings())))
    assert run_cli("check").returncode == 0


def test_a_mistake_is_reported_in_words_and_nothing_else_is_lost(
    start_app_and_read_notice, settings_file
):
    hand_edited = (
        "version = 1\n"
        "[breaks]\n"
        'stretch_every_min = "fifty"\n'
        "micro_every_min = 20\n"
        "[timing]\n"
        "idle_after_seconds = 300\n"
    )
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(hand_edited)
    app, (title, body) = start_app_and_read_notice()
    assert title == "Some of your settings were not used"
    assert "stretch_every_min" in body
    assert "idle_after_seconds" in body
    assert status_json(app)["settings"]["stretch_every_min"] == 55  # the default
    assert status_json(app)["settings"]["micro_every_min"] == 20  # the user's value, kept
    assert settings_file.read_text() == hand_edited  # the user's text, untouched

    check = run_cli("check")
    assert check.returncode == 1
    assert "[breaks] stretch_every_min" in check.stdout
    assert "idle_after_seconds" in check.stdout
    assert "Did you mean idle_after_s" in check.stdout


def test_an_unreadable_file_is_copied_aside_before_anything_else(start_app, settings_file, qtbot):
    garbage = b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe not settings"
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(garbage)
    app = start_app()
    qtbot.waitUntil(lambda: status_json(app)["running"], timeout=10000)  # read by then
    copies = list(settings_file.parent.glob("settings.corrupt-*.toml"))
    assert len(copies) == 1
    assert copies[0].read_bytes() == garbage
    assert status_json(app)["settings"]["stretch_every_min"] == 55


def test_a_change_typed_into_the_settings_window_is_saved_and_used_at_once(
    start_app, settings_file, qtbot
):
    app = start_app()
    assert app.cli("settings").returncode == 0
    qtbot.waitUntil(lambda: window_titles("^Settings") != [], timeout=10_000)
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "^Settings"],
        capture_output=True,
        text=True,
        check=True,
    )
    window = found.stdout.split()[0]
    # The tabs have the keyboard; Tab reaches the first control, the stretch interval.
    subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
    for keys in (["key", "Tab", "ctrl+a"], ["type", "40"], ["key", "Return"]):
        subprocess.run(["xdotool", *keys], check=True)
    qtbot.waitUntil(lambda: "stretch_every_min = 40" in settings_file.read_text(), timeout=5000)
    state = status_json(app)
    assert state["settings"]["stretch_every_min"] == 40
    assert app.cli("status").stdout.strip() == "Micro break in 25 min"  # micro still first
