"""Screenshots of the Routines window and the routine editor, light and dark, for judging
by eye.

    tests/helpers/with-desktop.sh python -m tests.helpers.routines_window_shots OUT_DIR [--lang de]

The app is composed as app.py composes it, over a data folder in a temporary home that
holds one routine of the user's. Shots: the window with that routine chosen; the editor
of a new routine as it opens (empty); the user's routine in the editor with its second
step chosen (filled); and a new routine whose name was typed and deleted again and whose
only step was removed (with errors).
Files: OUT_DIR/<light|dark>-NN-<what>.png
"""

from __future__ import annotations

import sys
import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from posture_break.adapters.content import illustration_reader, load_content
from posture_break.adapters.paths import AppPaths
from posture_break.composition import compose, open_routines
from posture_break.core.clock import SystemClock
from posture_break.core.settings import Settings
from posture_break.core.settings_store import SettingsStore
from posture_break.ui.routines_window import RoutinesWindow
from posture_break.ui.shell import BreakParts
from tests.helpers.break_window_shots import each_scheme, shots_app
from tests.ui.conftest import MemoryNotes

MY_BREAK = """name = "My afternoon break"
summary = "A chin tuck, a short stretch on each side, then a few rows."

[[step]]
exercise = "chin-tuck"

[[step]]
exercise = "upper-trap-stretch"
sets = 1
hold_s = 20

[[step]]
exercise = "rhomboid-row"
reps = 8
"""


def shoot(out: Path, scheme: str, home: Path, language: str | None) -> None:
    shots = 0

    def grab(window: QWidget, what: str) -> None:
        nonlocal shots
        for _ in range(3):
            QApplication.processEvents()
        window.grab().save(str(out / f"{scheme}-{shots:02d}-{what}.png"))
        shots += 1

    paths = AppPaths(home / "config", home / "data", home / "log", home / "run")
    (paths.data / "routines").mkdir(parents=True)
    (paths.data / "routines/my-break.toml").write_text(MY_BREAK)
    clock = SystemClock()
    parts = BreakParts(clock, illustration_reader(paths), MemoryNotes(), lambda cue: None)
    store = SettingsStore(paths.config, clock)
    catalog = load_content(paths, language)[0]
    composed = compose(clock, Settings(), catalog, store, 60_000, parts, data_dir=paths.data)
    composed.shell.use_routines_window(partial(open_routines, composed, paths, language))
    composed.shell.show_routines()
    window = composed.shell.windows["routines"]
    assert isinstance(window, RoutinesWindow)
    window._list.setCurrentRow(window._list.count() - 1)
    grab(window, "routines")

    window._new.click()
    editor = window.editor
    grab(editor, "editor-empty")
    name = editor._name
    QTest.keyClicks(name, "x")
    QTest.keyClick(name, Qt.Key.Key_Backspace)
    add = QCoreApplication.translate("RoutineEditor", "&Add step")
    next(b for b in editor.findChildren(QPushButton) if b.text() == add).click()
    editor._remove.click()
    grab(editor, "editor-errors")
    editor.close()

    window._edit.click()
    window.editor._list.setCurrentRow(1)
    grab(window.editor, "editor-filled")
    window.editor.close()
    window.close()
    composed.shell.tray.icon.hide()


def main() -> None:
    app, out, language = shots_app(sys.argv[1:])
    for scheme in each_scheme(app):
        with tempfile.TemporaryDirectory(prefix="pb-shots-") as home:
            shoot(out, scheme, Path(home), language)


if __name__ == "__main__":
    main()
