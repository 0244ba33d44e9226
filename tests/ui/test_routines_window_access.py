"""The Routines window and the routine editor within reach: every control named for a
screen reader, mnemonics apart in English and German, and a laptop screen's size."""

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from tests.ui.routines_app import app_fixture, new_editor, open_window  # noqa: F401 (app)
from tests.ui.test_translation import german  # noqa: F401 (a fixture)


def test_every_control_has_an_accessible_name(qtbot, app):
    composed, _ = app
    window = open_window(qtbot, composed.shell)
    editor = new_editor(qtbot, window, "Duplicate…")
    kinds = (QAbstractButton, QAbstractSpinBox, QAbstractItemView, QLineEdit)
    for top in (window, editor):
        controls = [
            w
            for w in top.findChildren(QWidget)
            if isinstance(w, kinds) and not isinstance(w.parent(), QAbstractSpinBox)
        ]
        assert controls
        assert [w for w in controls if not w.accessibleName()] == []


def mnemonics(window):
    """The "&" letters of a window's labels and buttons, lower case."""
    own = [w for w in window.findChildren(QWidget) if w.window() is window]
    texts = [w.text() for w in own if isinstance(w, QLabel | QAbstractButton)]
    return [found[1].lower() for text in texts if (found := re.search("&(.)", text))]


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_windows_keep_their_mnemonics_apart_and_labels_lead_to_their_controls(
    language, request, qtbot
):
    if language == "de":
        request.getfixturevalue("german")  # before any widget is built
    composed, _ = request.getfixturevalue("app")
    window = open_window(qtbot, composed.shell)
    assert window.windowTitle() == {"en": "Routines", "de": "Übungsfolgen"}[language]
    window._duplicate.click()
    editor = window.editor
    for top in (window, editor):
        letters = mnemonics(top)
        assert len(letters) == len(set(letters)), sorted(letters)
        labels = [w for w in top.findChildren(QLabel) if "&" in w.text() and w.window() is top]
        assert labels
        assert all(label.buddy() is not None for label in labels)


def test_the_windows_fit_a_laptop_screen(qtbot, app):
    composed, _ = app
    window = open_window(qtbot, composed.shell)
    editor = new_editor(qtbot, window, "Duplicate…")
    for top in (window, editor):
        frame = top.frameGeometry()
        assert frame.width() <= 1366, frame
        assert frame.height() <= 768 - 80, frame  # room for a panel and the title bar
