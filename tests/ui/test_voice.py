"""The voice in the running shell: the Voice button and the setting behind it, and what
is said when, against the playback clock, through a stand-in `spd-say` on PATH that
writes down what it was asked to say and when (CLOCK_BOOTTIME from /proc/uptime, the
clock the player runs on)."""

import os
import tomllib
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from posture_break.composition import compose
from posture_break.core.routine_loader import load_catalog
from posture_break.core.routines import Dose, RoutineItem
from posture_break.core.settings import Settings
from posture_break.core.settings_store import SettingsStore
from posture_break.core.values import Break, BreakKind
from posture_break.ui.shell import BreakParts
from tests.ui.conftest import SHIPPED, MemoryNotes, read_shipped_picture

CATALOG, _ = load_catalog(SHIPPED)

STAND_IN = """#!/bin/bash
read -r line _ < /proc/uptime
for word in "$@"; do line+=$'\\t'"$word"; done
printf '%s\\n' "$line" >> "{log}"  # one write: lines of two at once never mix
"""


@pytest.fixture
def spoken(tmp_path, monkeypatch):
    """The stand-in spd-say first on PATH; returns a reader of [(uptime, args...)]."""
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "spoken.tsv"
    (folder / "spd-say").write_text(STAND_IN.format(log=log))
    (folder / "spd-say").chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")

    def read():
        if not log.exists():
            return []
        lines = log.read_text().splitlines()
        return [(float(fields[0]), *fields[1:]) for line in lines if (fields := line.split("\t"))]

    return read


def composed(clock, tmp_path, settings):
    store = SettingsStore(tmp_path / "config", clock)
    parts = BreakParts(clock, read_shipped_picture, MemoryNotes(), lambda cue: None)
    shell, control, _, _ = compose(clock, settings, CATALOG, store, 60_000, parts)
    return shell, control, store


def start(shell, routine):
    assert shell.open_break(Break(1, BreakKind.STRETCH, routine, datetime(2026, 3, 10), None))
    return shell.break_window


def test_the_voice_button_remembers_its_state_in_the_settings(qtbot, clock, tmp_path, spoken):
    shell, control, store = composed(clock, tmp_path, Settings(pause_media=False))
    window = start(shell, CATALOG.routine("desk-neck"))
    qtbot.waitExposed(window)
    button = window.play_page.voice_button
    assert button.isVisible()
    assert not button.isChecked()
    clock.advance(seconds=10)
    window.refresh()  # the hold begins: the voice is off, nothing is said
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert control.settings.spoken_cues
    assert tomllib.loads(store.path.read_text())["window"]["spoken_cues"] is True
    clock.advance(seconds=27)
    window.refresh()
    qtbot.waitUntil(lambda: len(spoken()) == 1, timeout=10000)
    assert spoken()[0][1:] == ("-l", "en", "--", "Three")
    window.close()

    again = start(shell, CATALOG.routine("desk-neck"))
    assert again.play_page.voice_button.isChecked()
    qtbot.mouseClick(again.play_page.voice_button, Qt.MouseButton.LeftButton)
    assert not control.settings.spoken_cues
    again.close()
    shell.tray.icon.hide()


def test_the_settings_window_shows_the_voice_buttons_change_and_keeps_it(
    qtbot, clock, tmp_path, spoken
):
    shell, control, _ = composed(clock, tmp_path, Settings(pause_media=False))
    shell.show_settings()  # built and open before the break
    dialog = shell.windows["settings"]
    voice_box = next(b for b in dialog.findChildren(QCheckBox) if b.text().startswith("&Voice"))
    window = start(shell, CATALOG.routine("desk-neck"))
    qtbot.mouseClick(window.play_page.voice_button, Qt.MouseButton.LeftButton)
    assert voice_box.isChecked()
    on_top = next(b for b in dialog.findChildren(QCheckBox) if "&above" in b.text())
    on_top.click()  # a change made in the settings window afterwards keeps the voice on
    assert control.settings == Settings(pause_media=False, spoken_cues=True, stay_on_top=False)
    window.close()
    dialog.close()
    shell.tray.icon.hide()


def test_each_cue_is_said_at_its_second_of_the_routine(qtbot, clock, tmp_path, spoken):
    """Get ready 10 s, hold 4 s, switch sides 5 s, hold 4 s, the player's clock moved
    second by second: at each second that has a cue, the speech engine is asked for
    exactly that cue, and the whole transcript is the routine's, in order."""
    shell, _, _ = composed(clock, tmp_path, Settings(spoken_cues=True, pause_media=False))
    stretch = CATALOG.routine("posture-reset").items[1]
    routine = replace(
        CATALOG.routine("posture-reset"),
        id="voice-check",
        items=(RoutineItem(stretch.exercise, Dose(sets=1, hold_s=4)),),
    )
    expected = {
        0: "Upper trapezius stretch. Left side.",
        10: "Hold",
        11: "Three",
        12: "Two",
        13: "One",
        14: "Switch sides. Right side.",
        19: "Hold",
        20: "Three",
        21: "Two",
        22: "One",
        23: "Done",
    }
    window = start(shell, routine)
    said = 0
    for second in range(24):
        if second:
            clock.advance(seconds=1)
            window.refresh()
        if second in expected:
            said += 1
            qtbot.waitUntil(lambda: len(spoken()) >= said, timeout=10000)  # noqa: B023
            assert spoken()[said - 1][-1] == expected[second], second
        else:
            assert len(spoken()) == said, second  # nothing between the cues
    assert [words[-1] for words in spoken()] == list(expected.values())
    window.close()
    shell.tray.icon.hide()
