"""The exercise editor, as a user meets it in the running app: real files in a temporary
data folder, the real loader, the break window's own page as the preview, and the real
tray menu. The file dialog that picks a picture is the one stand-in: the editor's seam
(`editor.pick_picture`) hands over the path a user would pick."""

import tomllib

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from tests.ui.routines_app import (
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

ORANGE = "#d9733a"  # the pictures' accent, kept in a light palette
# A square all in the accent: wherever the picture is drawn, its middle is orange.
PICTURE = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240">'
    f'<rect width="240" height="240" fill="{ORANGE}"/></svg>'
).encode()


def middle_colour(picture_view):
    image = picture_view.pixmap().toImage()
    assert not image.isNull()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def type_into(qtbot, editor, name, text):
    field = control(editor, QWidget, name)
    field.setFocus()
    qtbot.keyClicks(field, text)


def test_an_exercise_made_from_nothing_with_a_picture_plays_from_the_tray_at_once(
    qtbot, app, tmp_path
):
    composed, paths = app
    shell = composed.shell
    drawing = tmp_path / "Downloads/neck roll.svg"
    drawing.parent.mkdir()
    drawing.write_bytes(PICTURE)
    window = open_window(qtbot, shell)
    routine_editor = new_editor(qtbot, window)
    qtbot.keyClicks(control(routine_editor, QLineEdit, "Name"), "Neck break")
    add_step(qtbot, routine_editor, "chin tuck")
    save_routine = control(routine_editor, QPushButton, "Save")

    control(routine_editor, QPushButton, "New exercise…").click()
    editor = routine_editor._exercise_buttons.editor
    qtbot.waitExposed(editor)
    save = control(editor, QPushButton, "Save")
    assert not save.isEnabled()
    untouched = "It cannot be saved until this is fixed: name: It is empty, but it needs some text."
    [status] = [t for t in shown_texts(editor) if t.startswith(untouched)]
    assert not in_red(label_saying(editor, status))  # nothing typed yet: not an error
    type_into(qtbot, editor, "Name", "Neck roll")
    type_into(qtbot, editor, "Purpose", "Loosens the neck.")
    assert not save.isEnabled()
    [status] = [
        t for t in shown_texts(editor) if t.startswith("It cannot be saved until this is fixed: ")
    ]
    assert status.startswith("It cannot be saved until this is fixed: steps: ")
    assert in_red(label_saying(editor, status))
    steps = control(editor, QPlainTextEdit, "Steps, one per line")
    steps.setFocus()
    qtbot.keyClicks(steps, "Roll your head slowly.")
    qtbot.keyClick(steps, Qt.Key.Key_Return)
    qtbot.keyClicks(steps, "Then the other way.")
    hold = control(editor, QSpinBox, "Hold, seconds")
    hold.setFocus()
    qtbot.keyClick(hold, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(hold, "20")
    editor.pick_picture = lambda _parent: drawing
    control(editor, QPushButton, "Choose picture…").click()

    assert save.isEnabled()
    assert "The exercise loads as it is. Save makes it one to use." in shown_texts(editor)
    page = editor.preview.page  # the break window's page, showing the first set
    assert page.exercise_name.text() == "Neck roll"
    assert page.purpose.text() == "Loosens the neck."
    assert "Then the other way." in page.steps.text()
    assert page.caption.text() == "Hold"
    assert middle_colour(page.picture) == QColor(ORANGE)  # the picked picture, not a frame
    assert not (paths.data / "illustrations").exists()  # nothing copied before Save
    save.click()

    written = tomllib.loads((paths.data / "exercises/neck-roll.toml").read_text())
    assert written["name"] == "Neck roll"
    assert written["steps"] == ["Roll your head slowly.", "Then the other way."]
    assert written["dose"] == {"sets": 1, "hold_s": 20, "rest_s": 10}
    assert written["illustration"] == "neck-roll.svg"
    assert (paths.data / "illustrations/neck-roll.svg").read_bytes() == PICTURE
    exercises = control(routine_editor, QListWidget, "Exercise")
    assert "Neck roll" in listed(exercises)
    # The step being edited took the new exercise.
    assert listed(control(routine_editor, QListWidget, "Steps")) == ["1. Neck roll"]
    assert not editor.isVisible()
    save_routine.click()

    assert "Neck break (1 min)" in menu_names(shell)
    [action] = [a for a in shell.menu.routines_menu.actions() if a.data() == "neck-break"]
    action.trigger()
    qtbot.waitUntil(lambda: shell.break_window is not None and shell.break_window.isVisible())
    played = shell.break_window
    assert [item.exercise.name for item in played.routine.items] == ["Neck roll"]
    qtbot.waitUntil(lambda: played.pages.currentWidget() is played.play_page)
    assert middle_colour(played.play_page.picture) == QColor(ORANGE)


def test_save_waits_for_the_loader_and_a_picture_that_is_no_svg_is_refused(qtbot, app, tmp_path):
    composed, paths = app
    window = open_window(qtbot, composed.shell)
    control(window, QPushButton, "New exercise…").click()
    editor = window.exercises.editor
    qtbot.waitExposed(editor)
    save = control(editor, QPushButton, "Save")
    type_into(qtbot, editor, "Name", "Wall angel")
    type_into(qtbot, editor, "Steps, one per line", "Slide your arms up the wall.")
    assert save.isEnabled()
    field = control(editor, QLineEdit, "Name")
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert not save.isEnabled()
    # The loader's words, as `posture-break check` prints them, under the field; not
    # what would become of a file, which Save being off says.
    assert "It is empty, but it needs some text." in shown_texts(editor)
    qtbot.keyClicks(field, "Wall angel")

    photo = tmp_path / "me.gif"
    photo.write_bytes(b"GIF89a" + bytes(64))
    huge = tmp_path / "huge.svg"
    huge.write_bytes(PICTURE + b" " * 4 * 2**20)
    fake = tmp_path / "fake.svg"
    fake.write_text("just words")
    choose = control(editor, QPushButton, "Choose picture…")
    for picked, said in (
        (
            photo,
            '"me.gif" is not a picture the break window shows: pick an SVG drawing, or a '
            "PNG or JPEG image (.svg, .png, .jpg).",
        ),
        (huge, '"huge.svg" is larger than 4 MiB: too large for a picture.'),
        (fake, '"fake.svg" does not hold the SVG picture its name says.'),
    ):
        editor.pick_picture = lambda _parent, picked=picked: picked
        choose.click()
        assert said in shown_texts(editor)
    assert editor.fields.picture_name.text() == (
        "None yet: the break window shows the name in a frame."
    )
    save.click()
    written = tomllib.loads((paths.data / "exercises/wall-angel.toml").read_text())
    assert "illustration" not in written
    assert not (paths.data / "illustrations").exists()


NECK_ROLL = """# my own, written by hand
name = "Neck roll"
steps = ["Roll your head slowly."]
sides = "none"

[dose]
hold_s = 20
"""


def test_a_hand_written_exercise_changed_from_the_routine_editor_is_kept_as_a_backup(qtbot, app):
    composed, paths = app
    for folder, name, text in (
        ("exercises", "neck-roll.toml", NECK_ROLL),
        ("routines", "my-break.toml", 'name = "My break"\n[[step]]\nexercise = "neck-roll"\n'),
    ):
        (paths.data / folder).mkdir(parents=True)
        (paths.data / folder / name).write_text(text)
    window = open_window(qtbot, composed.shell)
    window._list.setCurrentRow(listed(window._list).index("My break (1 min), yours"))
    routine_editor = new_editor(qtbot, window, "Edit…")
    assert "Plays: 1 set of a 20 s hold" in shown_texts(routine_editor)
    control(routine_editor, QPushButton, "Edit exercise…").click()
    editor = routine_editor._exercise_buttons.editor
    qtbot.waitExposed(editor)
    assert editor.windowTitle() == "Edit exercise"
    assert control(editor, QLineEdit, "Name").text() == "Neck roll"
    hold = control(editor, QSpinBox, "Hold, seconds")
    hold.setFocus()
    qtbot.keyClick(hold, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(hold, "25")
    assert "Save keeps your file, comments and all" in editor._status.text()
    control(editor, QPushButton, "Save").click()

    assert (paths.data / "exercises/.neck-roll.toml.bak").read_text() == NECK_ROLL
    written = tomllib.loads((paths.data / "exercises/neck-roll.toml").read_text())
    assert written["dose"] == {"sets": 1, "hold_s": 25, "rest_s": 10}
    assert "Plays: 1 set of a 25 s hold" in shown_texts(routine_editor)


def test_a_built_in_exercise_chosen_in_the_routines_window_is_changed_as_a_copy(qtbot, app):
    composed, paths = app
    window = open_window(qtbot, composed.shell)

    def choose_chin_tuck():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(10, choose_chin_tuck)
            return
        dialog.setTextValue("Chin tuck")
        dialog.accept()

    QTimer.singleShot(0, choose_chin_tuck)
    control(window, QPushButton, "Edit exercise…").click()
    editor = window.exercises.editor
    qtbot.waitExposed(editor)
    assert editor.windowTitle() == "New exercise"
    assert control(editor, QLineEdit, "Name").text() == "Chin tuck (copy)"
    assert editor.preview.page.exercise_name.text() == "Chin tuck (copy)"
    control(editor, QPushButton, "Save").click()
    written = tomllib.loads((paths.data / "exercises/chin-tuck-copy.toml").read_text())
    assert written["name"] == "Chin tuck (copy)"
    assert written["illustration"] == "chin-tuck.svg"  # the shipped picture, still
    assert not (paths.data / "exercises/chin-tuck.toml").exists()


def test_a_photo_is_shown_scaled_and_copied_under_the_exercises_id(qtbot, app, tmp_path):
    composed, paths = app
    photo = tmp_path / "Photos/stretch.JPG"
    photo.parent.mkdir()
    image = QImage(300, 120, QImage.Format.Format_RGB32)  # wide: shown letterboxed
    image.fill(QColor(ORANGE))
    assert image.save(str(photo), "JPEG")
    window = open_window(qtbot, composed.shell)
    control(window, QPushButton, "New exercise…").click()
    editor = window.exercises.editor
    qtbot.waitExposed(editor)
    type_into(qtbot, editor, "Name", "Doorway stretch")
    type_into(qtbot, editor, "Steps, one per line", "Lean into the doorway.")
    editor.pick_picture = lambda _parent: photo
    control(editor, QPushButton, "Choose picture…").click()
    assert editor.fields.picture_name.text() == "doorway-stretch.jpg"
    drawn = editor.preview.page.picture.pixmap().toImage()
    middle = drawn.pixelColor(drawn.width() // 2, drawn.height() // 2)
    assert max(abs(middle.red() - 0xD9), abs(middle.green() - 0x73), abs(middle.blue() - 0x3A)) < 8
    assert drawn.pixelColor(drawn.width() // 2, 2).alpha() == 0  # above the wide photo: empty
    control(editor, QPushButton, "Save").click()
    assert (paths.data / "illustrations/doorway-stretch.jpg").read_bytes() == photo.read_bytes()
    written = tomllib.loads((paths.data / "exercises/doorway-stretch.toml").read_text())
    assert written["illustration"] == "doorway-stretch.jpg"


def test_esc_closes_an_untouched_editor_and_asks_before_losing_typing(qtbot, app):
    composed, paths = app
    window = open_window(qtbot, composed.shell)
    for typed in ("", "Neck roll"):
        control(window, QPushButton, "New exercise…").click()
        editor = window.exercises.editor
        qtbot.waitExposed(editor)
        type_into(qtbot, editor, "Name", typed)
        questions = []

        def answer(questions=questions, editor=editor):
            box = QApplication.activeModalWidget()
            if box is editor or box is None:
                QTimer.singleShot(10, answer)
                return
            questions.append(box.text())
            box.button(QMessageBox.StandardButton.Discard).click()

        if typed:
            QTimer.singleShot(0, answer)
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        assert not editor.isVisible()
        assert questions == (
            ["Close the editor and lose your changes to this exercise?"] if typed else []
        )
    assert not (paths.data / "exercises").exists()
