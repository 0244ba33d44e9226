"""Export… and Import… in the Routines window: real files written and read by the same
code as the command line. The file dialogs are the one stand-in: the window's file
picker seam (`window.sharing.pick_file`) hands over the path a user would pick."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from posture_break.cli.commands import Command
from posture_break.cli.share import share
from tests.ui.routines_app import (
    MY_BREAK,
    app_fixture,  # noqa: F401 (the fixture app)
    control,
    listed,
    menu_names,
    open_window,
    shown_texts,
)

NECK_ROLL = """name = "Neck roll"
steps = ["Roll your head slowly.", "Then the other way."]
sides = "none"
illustration = "neck-roll.svg"

[dose]
hold_s = 20
"""
PICTURE = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240"><circle r="9"/></svg>'


def answer_next_box(qtbot, seen, button_text):
    """Click `button_text` in the next message box, once it is up; its text in `seen`."""

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        button.click()

    QTimer.singleShot(0, answer)


def files_in(folder):
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def test_a_routine_exported_from_the_window_comes_back_in_by_import(qtbot, app, tmp_path):
    composed, paths = app
    for folder, name, text in (
        ("routines", "my-break.toml", MY_BREAK.replace("chin-tuck", "neck-roll")),
        ("exercises", "neck-roll.toml", NECK_ROLL),
    ):
        (paths.data / folder).mkdir(parents=True)
        (paths.data / folder / name).write_text(text)
    (paths.data / "illustrations").mkdir()
    (paths.data / "illustrations/neck-roll.svg").write_bytes(PICTURE)
    window = open_window(qtbot, composed.shell)
    window._list.setCurrentRow(listed(window._list).index("My break (2 min), yours"))
    (tmp_path / "elsewhere").mkdir()
    shared = tmp_path / "elsewhere/my-break.posture-break.toml"
    picked = []
    window.sharing.pick_file = lambda _parent, saving, suggested: (
        picked.append((saving, suggested)) or shared
    )

    control(window, QPushButton, "Export…").click()
    assert picked == [(True, "my-break.posture-break.toml")]
    assert shared.is_file()
    assert f"Saved as {shared}." in shown_texts(window)

    seen: list[str] = []
    answer_next_box(qtbot, seen, "Add it")
    control(window, QPushButton, "Import…").click()
    [holds] = seen
    assert holds.splitlines() == [
        "my-break.posture-break.toml holds:",
        'The routine "My break" (2 min), 2 steps:',
        "  1. Neck roll (an exercise of its own)",
        "  2. Upper trapezius stretch",
        "Pictures: neck-roll-2.svg (1 KiB).",  # as the command line says it
        'You already have a routine with the id "my-break", so this one is added as "my-break-2".',
        'You already have an exercise with the id "neck-roll", so this one is added as '
        '"neck-roll-2".',
        'You already have a picture named "neck-roll.svg", so this one is added as '
        '"neck-roll-2.svg".',
    ]
    assert (paths.data / "routines/my-break-2.toml").is_file()
    assert (paths.data / "illustrations/neck-roll-2.svg").read_bytes() == PICTURE
    assert menu_names(composed.shell).count("My break (2 min)") == 2  # the tray has it at once
    current = window._list.currentItem()
    assert current.text() == "My break (2 min), yours"
    assert current.data(0x0100) == "my-break-2"  # the one just added is chosen
    assert "Added. The tray menu lists it now." in shown_texts(window)


def test_a_file_that_is_no_shared_routine_is_refused_in_the_command_lines_words(
    qtbot, app, tmp_path, capsys
):
    composed, paths = app
    bad = tmp_path / "notes.posture-break.toml"
    bad.write_text('title = "my shopping list"\n')
    window = open_window(qtbot, composed.shell)
    before_menu = menu_names(composed.shell)
    window.sharing.pick_file = lambda parent, saving, suggested: bad
    seen: list[str] = []
    answer_next_box(qtbot, seen, "OK")
    control(window, QPushButton, "Import…").click()

    assert share(Command("import", file=str(bad)), paths) == 1
    said = capsys.readouterr().err.strip()
    assert said.startswith("Not imported: ")
    assert seen == [said.removeprefix("Not imported: ")]
    assert not paths.data.exists() or files_in(paths.data) == []
    assert menu_names(composed.shell) == before_menu
    assert listed(window._list)[0] == "Posture reset (1 min)"


def test_export_refuses_to_write_over_a_file_and_says_so(qtbot, app, tmp_path):
    composed, _paths = app
    taken = tmp_path / "desk-neck.posture-break.toml"
    taken.write_text("mine")
    window = open_window(qtbot, composed.shell)
    window._list.setCurrentRow(1)
    window.sharing.pick_file = lambda parent, saving, suggested: taken
    seen: list[str] = []
    answer_next_box(qtbot, seen, "OK")
    control(window, QPushButton, "Export…").click()
    assert seen == [f"{taken} already exists; name another file."]
    assert taken.read_text() == "mine"
