"""The exercise editor within reach: every control named for a screen reader, reached by
Tab in the order of the form, mnemonics apart in English and German, and a laptop
screen's size."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from tests.ui.routines_app import app_fixture, open_window  # noqa: F401 (app)
from tests.ui.test_routines_window_access import mnemonics
from tests.ui.test_translation import german  # noqa: F401 (a fixture)

KINDS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)


def open_editor(qtbot, window):
    window.exercises.new.click()
    editor = window.exercises.editor
    qtbot.waitExposed(editor)
    return editor


def controls(editor):
    return [
        w
        for w in editor.findChildren(QWidget)
        if isinstance(w, KINDS) and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
    ]


def test_every_control_is_named_and_tab_reaches_each_one_in_turn(qtbot, app):
    composed, _ = app
    editor = open_editor(qtbot, open_window(qtbot, composed.shell))
    editor.fields.texts["steps"].setPlainText("Stand.")
    qtbot.keyClicks(editor.fields.name, "Wall angel")  # Save is on: it too is reached
    named = controls(editor)
    assert [w for w in named if not w.accessibleName()] == []
    editor.fields.name.setFocus()
    visited = []
    for _ in range(40):
        focused = editor.focusWidget()
        if focused in visited:
            break
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    shown = [w for w in named if w.isVisible() and w.isEnabled()]
    assert set(shown) <= set(visited), [w.accessibleName() for w in shown if w not in visited]
    names = [w.accessibleName() for w in visited]
    assert names[:4] == ["Name", "Purpose", "Steps, one per line", "Sides"]  # Tab leaves a list
    assert names[-2:] == ["Save", "Cancel"]


@pytest.mark.parametrize("language", ["en", "de"])
def test_mnemonics_are_apart_and_labels_lead_to_their_controls(language, request, qtbot):
    if language == "de":
        request.getfixturevalue("german")  # before any widget is built
    composed, _ = request.getfixturevalue("app")
    editor = open_editor(qtbot, open_window(qtbot, composed.shell))
    assert editor.windowTitle() == {"en": "New exercise", "de": "Neue Übung"}[language]
    letters = mnemonics(editor)
    assert len(letters) == len(set(letters)), sorted(letters)
    labels = [w for w in editor.findChildren(QLabel) if "&" in w.text()]
    assert len(labels) >= 8
    assert all(label.buddy() is not None for label in labels)


def test_the_editor_fits_a_laptop_screen(qtbot, app):
    composed, _ = app
    editor = open_editor(qtbot, open_window(qtbot, composed.shell))
    frame = editor.frameGeometry()
    assert frame.width() <= 1366, frame
    assert frame.height() <= 768 - 80, frame  # room for a panel and the title bar
    assert [b for b in editor.findChildren(QPushButton) if b.text() == "&Save"]
