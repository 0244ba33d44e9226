"""Screenshots of the exercise editor and of Import… in the Routines window, light and
dark, for judging by eye.

    tests/helpers/with-desktop.sh python -m tests.helpers.exercise_editor_shots OUT_DIR [--lang de]

The app is composed as app.py composes it, over a data folder in a temporary home.
Shots: the Routines window; a new exercise as it opens (empty); the same with a name,
steps, tips, a caution and a shipped picture picked from "disk" (filled, with the
preview); a new exercise whose name was typed and deleted again (errors); a left and
right exercise done in repetitions; and what Import… shows of a shared file before it
adds it (import).
Files: OUT_DIR/<light|dark>-NN-<what>.png
"""

from __future__ import annotations

import sys
import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from posture_break import shipped
from posture_break.adapters.content import illustration_reader, load_content
from posture_break.adapters.paths import AppPaths
from posture_break.adapters.shared_routines import export_to
from posture_break.composition import compose, open_routines
from posture_break.core.clock import SystemClock
from posture_break.core.settings import Settings
from posture_break.core.settings_store import SettingsStore
from posture_break.ui.exercise_editor import ExerciseEditor
from posture_break.ui.routines_window import RoutinesWindow
from posture_break.ui.shell import BreakParts
from tests.helpers.break_window_shots import each_scheme, shots_app
from tests.ui.conftest import MemoryNotes


def shoot(out: Path, scheme: str, home: Path, language: str | None) -> None:
    shots = 0

    def grab(window: QWidget, what: str) -> None:
        nonlocal shots
        for _ in range(3):
            QApplication.processEvents()
        window.grab().save(str(out / f"{scheme}-{shots:02d}-{what}.png"))
        shots += 1

    paths = AppPaths(home / "config", home / "data", home / "log", home / "run")
    picture = home / "Pictures/my-stretch.svg"
    picture.parent.mkdir(parents=True)
    picture.write_bytes((shipped.root() / "illustrations/upper-trap-stretch.svg").read_bytes())
    clock = SystemClock()
    parts = BreakParts(clock, illustration_reader(paths), MemoryNotes(), lambda cue: None)
    store = SettingsStore(paths.config, clock)
    catalog = load_content(paths, language)[0]
    composed = compose(clock, Settings(), catalog, store, 60_000, parts, data_dir=paths.data)
    composed.shell.use_routines_window(partial(open_routines, composed, paths, language))
    composed.shell.show_routines()
    window = composed.shell.windows["routines"]
    assert isinstance(window, RoutinesWindow)
    grab(window, "routines")

    def new_exercise() -> ExerciseEditor:
        window.exercises.new.click()
        editor = window.exercises.editor
        assert isinstance(editor, ExerciseEditor)
        return editor

    editor = new_exercise()
    grab(editor, "exercise-empty")
    fields = editor.fields
    QTest.keyClicks(fields.name, "Side neck stretch")
    QTest.keyClicks(fields.purpose, "Eases the side of the neck after a long call.")
    fields.texts["steps"].setPlainText(
        "Sit tall, shoulders down.\nTip your {left|right} ear toward your {left|right} "
        "shoulder.\nBreathe out and let the shoulder sink."
    )
    fields.texts["cues"].setPlainText("Keep your nose pointing forward.\nNo shrugging.")
    fields.texts["cautions"].setPlainText("A mild pull only: sharp pain means stop.")
    fields.sides.setCurrentIndex(1)
    editor.pick_picture = lambda _parent: picture
    fields.choose_picture.click()
    grab(editor, "exercise-filled")
    editor._picture = None
    editor.done(0)

    editor = new_exercise()
    fields = editor.fields
    QTest.keyClicks(fields.name, "x")
    QTest.keyClick(fields.name, Qt.Key.Key_Backspace)
    grab(editor, "exercise-errors")
    editor.done(0)

    editor = new_exercise()
    editor.fields.name.setText("Shoulder rolls")
    editor.fields.texts["steps"].setPlainText("Roll your {left|right} shoulder back, slowly.")
    editor.fields.sides.setCurrentIndex(1)
    editor.fields.posture.setCurrentIndex(1)
    editor.fields.texts["equipment"].setPlainText("room to stand")
    editor.fields.repeat.click()
    grab(editor, "exercise-reps")
    editor.done(0)

    shared = export_to("desk-neck", home / "desk-neck", paths)
    window.sharing.pick_file = lambda _parent, _saving, _suggested: shared

    def grab_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, grab_box)
            return
        grab(box, "import")
        box.reject()

    QTimer.singleShot(0, grab_box)
    window._import.click()
    window.close()
    composed.shell.tray.icon.hide()


def main() -> None:
    app, out, language = shots_app(sys.argv[1:])
    for scheme in each_scheme(app):
        with tempfile.TemporaryDirectory(prefix="pb-shots-") as home:
            shoot(out, scheme, Path(home), language)


if __name__ == "__main__":
    main()
