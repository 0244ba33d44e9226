"""The Routines window and the routine editor, as a user meets them in the running app:
real routine files in a temporary data folder, the real loader, the real tray menu."""

import tomllib

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
)

from tests.ui.routines_app import (
    MY_BREAK,
    add_step,
    app_fixture,  # noqa: F401 (the fixture app)
    control,
    in_red,
    label_saying,
    listed,
    menu_names,
    new_editor,
    open_window,
    shown_texts,
)


def test_a_routine_made_from_nothing_is_in_the_tray_menu_at_once(qtbot, app):
    composed, paths = app
    shell = composed.shell
    window = open_window(qtbot, shell)
    editor = new_editor(qtbot, window)
    qtbot.keyClicks(control(editor, QLineEdit, "Name"), "Lunch stretch")
    add_step(qtbot, editor, "chin tuck")
    assert "Plays: 1 set of 10 repetitions, 5 s each" in shown_texts(editor)
    assert "Length: 1 min 0 s" in shown_texts(editor)  # 10 s to get ready, 10 x 5 s
    add_step(qtbot, editor, "upper trap")
    sets = control(editor, QAbstractSpinBox, "Sets")
    assert sets.text() == "as the exercise (3)"
    assert "Plays: 3 sets of a 30 s hold, 10 s rest between sets" in shown_texts(editor)
    before = next(text for text in shown_texts(editor) if text.startswith("Length: "))
    sets.setFocus()
    qtbot.keyClick(sets, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(sets, "1")
    assert "Plays: 1 set of a 30 s hold" in shown_texts(editor)  # as it is typed
    after = next(text for text in shown_texts(editor) if text.startswith("Length: "))
    assert after != before
    add_step(qtbot, editor, "row")
    steps = control(editor, QListWidget, "Steps")
    assert [text.split(". ", 1)[1] for text in listed(steps)] == [
        "Chin tuck", "Upper trapezius stretch", "Bent-over rhomboid row",
    ]  # fmt: skip
    save = control(editor, QPushButton, "Save")
    assert save.isEnabled()
    save.click()

    written = tomllib.loads((paths.data / "routines/lunch-stretch.toml").read_text())
    assert written["name"] == "Lunch stretch"
    assert [step["exercise"] for step in written["step"]] == [
        "chin-tuck", "upper-trap-stretch", "rhomboid-row",
    ]  # fmt: skip
    assert written["step"][1] == {"exercise": "upper-trap-stretch", "sets": 1}
    assert any(name.startswith("Lunch stretch (") for name in menu_names(shell))
    assert any(text.startswith("Lunch stretch (") for text in listed(window._list))

    [action] = [a for a in shell.menu.routines_menu.actions() if a.data() == "lunch-stretch"]
    action.trigger()
    qtbot.waitUntil(lambda: shell.break_window is not None and shell.break_window.isVisible())
    assert shell.break_window.routine.id == "lunch-stretch"
    assert len(shell.break_window.routine.items) == 3


def test_steps_reorder_by_keyboard_and_the_file_keeps_the_order(qtbot, app):
    composed, paths = app
    (paths.data / "routines").mkdir(parents=True)
    (paths.data / "routines/my-break.toml").write_text(MY_BREAK)
    window = open_window(qtbot, composed.shell)
    window._list.setCurrentRow(listed(window._list).index("My break (2 min), yours"))
    editor = new_editor(qtbot, window, "Edit…")
    steps = control(editor, QListWidget, "Steps")
    steps.setFocus()
    steps.setCurrentRow(0)
    qtbot.keyClick(steps, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert listed(steps) == ["1. Upper trapezius stretch", "2. Chin tuck"]
    assert steps.currentRow() == 1
    qtbot.keyClick(steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(steps, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert "Save keeps your file, comments and all" in editor._status.text()
    control(editor, QPushButton, "Save").click()

    data = paths.data / "routines"
    written = tomllib.loads((data / "my-break.toml").read_text())
    assert [step["exercise"] for step in written["step"]] == ["upper-trap-stretch", "chin-tuck"]
    assert written["step"][0] == {"exercise": "upper-trap-stretch", "sets": 1}
    assert (data / ".my-break.toml.bak").read_text() == MY_BREAK  # it was written by hand
    routine = composed.control.catalog.routine("my-break")
    assert [item.exercise.id for item in routine.items] == ["upper-trap-stretch", "chin-tuck"]


def test_of_two_alike_steps_the_one_removed_is_gone_and_the_other_keeps_its_edits(qtbot, app):
    composed, paths = app
    editor = new_editor(qtbot, open_window(qtbot, composed.shell))
    qtbot.keyClicks(control(editor, QLineEdit, "Name"), "Twice")
    add_step(qtbot, editor, "chin tuck")
    add_step(qtbot, editor, "chin tuck")
    control(editor, QPushButton, "Remove step").click()
    steps = control(editor, QListWidget, "Steps")
    assert listed(steps) == ["1. Chin tuck"]
    control(editor, QAbstractSpinBox, "Sets").setValue(2)
    control(editor, QPushButton, "Save").click()
    written = tomllib.loads((paths.data / "routines/twice.toml").read_text())
    assert written["step"] == [{"exercise": "chin-tuck", "sets": 2}]


def test_a_step_dropped_elsewhere_in_the_list_moves_there_in_the_routine(qtbot, app):
    """A drop inside the list moves the row in its model, as a drag with the mouse does
    (the drag itself, Qt's own loop, is not driven here)."""
    composed, paths = app
    (paths.data / "routines").mkdir(parents=True)
    (paths.data / "routines/my-break.toml").write_text(MY_BREAK)
    window = open_window(qtbot, composed.shell)
    window._list.setCurrentRow(listed(window._list).index("My break (2 min), yours"))
    editor = new_editor(qtbot, window, "Edit…")
    steps = control(editor, QListWidget, "Steps")
    assert steps.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    steps.model().moveRows(QModelIndex(), 0, 1, QModelIndex(), 2)
    moved = ["1. Upper trapezius stretch", "2. Chin tuck"]  # numbered anew once it settled
    qtbot.waitUntil(lambda: listed(steps) == moved)
    control(editor, QPushButton, "Save").click()
    written = tomllib.loads((paths.data / "routines/my-break.toml").read_text())
    assert [step["exercise"] for step in written["step"]] == ["upper-trap-stretch", "chin-tuck"]


def test_an_invalid_routine_shows_the_loaders_words_and_is_not_saved(qtbot, app):
    composed, paths = app
    window = open_window(qtbot, composed.shell)
    editor = new_editor(qtbot, window)
    save = control(editor, QPushButton, "Save")
    name = control(editor, QLineEdit, "Name")
    assert not control(editor, QPushButton, "Remove step").isEnabled()  # there is none
    empty = "It is empty, but it needs some text."  # no "The routine is left out…" here
    assert not save.isEnabled()
    refused = f"It cannot be saved until this is fixed: name: {empty}"
    assert refused in shown_texts(editor)
    assert not in_red(label_saying(editor, refused))  # nothing typed yet: not an error
    assert name.accessibleDescription() == ""  # nor under the field
    qtbot.keyClicks(name, "x")
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    assert name.accessibleDescription() == empty  # the line under the name field
    assert in_red(label_saying(editor, refused))
    assert empty in shown_texts(editor)
    qtbot.keyClicks(name, "Nothing yet")
    assert name.accessibleDescription() == ""
    control(editor, QPushButton, "Add step").click()
    control(editor, QPushButton, "Remove step").click()
    # The file's words would say how to write [[step]] sections; the form has a button.
    no_steps = "A routine needs at least one step: add one with Add step."
    assert control(editor, QListWidget, "Steps").accessibleDescription() == no_steps
    assert f"It cannot be saved until this is fixed: {no_steps}" in shown_texts(editor)
    assert not save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.isVisible()
    questions = []

    def answer(button):
        box = QApplication.activeModalWidget()
        questions.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()  # the name typed is not lost by a stray Esc
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Discard))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert questions == ["Close the editor and lose your changes to this routine?"] * 2
    assert not (paths.data / "routines").exists()


def test_deleting_a_users_routine_asks_first_and_takes_it_off_the_menu(qtbot, app):
    composed, paths = app
    (paths.data / "routines").mkdir(parents=True)
    (paths.data / "routines/my-break.toml").write_text(MY_BREAK)
    from posture_break.live_content import reload_content

    reload_content(composed.settings, paths, None)
    shell = composed.shell
    assert any(name.startswith("My break") for name in menu_names(shell))
    window = open_window(qtbot, shell)
    delete = control(window, QPushButton, "Delete…")
    window._list.setCurrentRow(0)  # a shipped routine: it cannot be deleted
    assert not delete.isEnabled()
    assert not control(window, QPushButton, "Edit…").isEnabled()
    window._list.setCurrentRow(listed(window._list).index("My break (2 min), yours"))
    assert delete.isEnabled()
    questions = []

    def answer(button):
        box = QApplication.activeModalWidget()
        questions.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    delete.click()
    assert (paths.data / "routines/my-break.toml").exists()
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    delete.click()
    assert questions[0].startswith('Delete the routine "My break"?')
    assert not (paths.data / "routines/my-break.toml").exists()
    assert not any(name.startswith("My break") for name in menu_names(shell))
    assert not any(text.startswith("My break") for text in listed(window._list))


def test_try_it_plays_the_routine_as_the_tray_menu_does(qtbot, app):
    composed, _ = app
    shell = composed.shell
    window = open_window(qtbot, shell)
    window._list.setCurrentRow(1)
    control(window, QPushButton, "Try it").click()
    qtbot.waitUntil(lambda: shell.break_window is not None and shell.break_window.isVisible())
    assert shell.break_window.routine.id == composed.control.catalog.routines[1].id


def test_settings_breaks_page_opens_the_routines_window(qtbot, app):
    composed, _ = app
    shell = composed.shell
    shell.show_settings()
    settings = shell.windows["settings"]
    qtbot.waitExposed(settings)
    control(settings, QPushButton, "Make or change a routine…").click()
    qtbot.waitUntil(lambda: "routines" in shell.windows and shell.windows["routines"].isVisible())
