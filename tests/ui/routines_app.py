"""The app as the Routines window tests meet it: composed as app.py composes it over a
data folder in tmp_path, and the ways a user finds and works its controls."""

from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QPushButton

from posture_break.adapters.content import illustration_reader, load_content
from posture_break.adapters.paths import AppPaths
from posture_break.composition import compose, open_routines
from posture_break.core.settings import Settings
from posture_break.core.settings_store import SettingsStore
from posture_break.ui.shell import BreakParts
from tests.ui.conftest import MemoryNotes

MY_BREAK = """# written by hand
name = "My break"
summary = "Two stretches."

[[step]]
exercise = "chin-tuck"

[[step]]
exercise = "upper-trap-stretch"
sets = 1
"""


@pytest.fixture(name="app")
def app_fixture(qtbot, clock, tmp_path):
    """The composed app with its tray icon, reading the data folder in tmp_path."""
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "run")
    parts = BreakParts(clock, illustration_reader(paths), MemoryNotes(), lambda cue: None)
    store = SettingsStore(paths.config, clock)
    catalog = load_content(paths)[0]
    composed = compose(clock, Settings(), catalog, store, 60_000, parts, data_dir=paths.data)
    composed.shell.use_routines_window(partial(open_routines, composed, paths, None))
    composed.shell.start(None)
    yield composed, paths
    for window in QApplication.topLevelWidgets():
        window.hide()
    composed.shell.tray.icon.hide()


def open_window(qtbot, shell):
    shell.menu.routines_action.trigger()
    window = shell.windows["routines"]
    qtbot.waitExposed(window)
    return window


def control(parent, kind, name):
    [found] = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    return found


def listed(widget):
    return [widget.item(row).text() for row in range(widget.count())]


def shown_texts(window):
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


def label_saying(window, text):
    [label] = [label for label in window.findChildren(QLabel) if label.text() == text]
    return label


def in_red(label):
    """Whether the label's text is drawn in an error colour."""
    colour = label.palette().color(QPalette.ColorRole.WindowText)
    return colour.red() > 1.5 * max(colour.green(), colour.blue(), 1)


def menu_names(shell):
    return [action.text() for action in shell.menu.routines_menu.actions()]


def new_editor(qtbot, window, button="New…"):
    control(window, QPushButton, button).click()
    editor = window.editor
    qtbot.waitExposed(editor)
    return editor


def add_step(qtbot, editor, search):
    """Add a step and pick its exercise by typing part of its name in the search field."""
    control(editor, QPushButton, "Add step").click()
    field = control(editor, QLineEdit, "Find an exercise")
    assert editor.focusWidget() is field  # the keyboard goes on to pick the exercise
    qtbot.keyClicks(field, search)
    exercises = control(editor, QListWidget, "Exercise")
    assert len([row for row in range(exercises.count()) if not exercises.item(row).isHidden()]) == 1
    qtbot.keyClick(field, Qt.Key.Key_Return)
