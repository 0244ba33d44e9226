"""The windows the tray opens: About, and the app's window (for desktops without a tray,
and the left click on a StatusNotifierItem panel), and what a closed break window
leaves behind."""

import gc
import weakref

from PySide6.QtWidgets import QLabel, QPushButton

from posture_break import __version__
from posture_break.ui.about import about_box
from posture_break.ui.no_tray_window import NoTrayWindow


def test_about_box_names_version_licence_and_safety_note(qtbot):
    box = about_box()
    qtbot.addWidget(box)
    text = box.text() + box.informativeText()
    assert f"Posture Break {__version__}" in text
    assert "MIT licence" in text
    assert "not medical advice" in text
    assert "Sharp pain means stop" in text


def test_no_tray_window_offers_what_the_menu_offers(qtbot, shell_and_control):
    shell, _ = shell_and_control
    window = NoTrayWindow(shell.menu)
    qtbot.addWidget(window)
    window.show_status(shell_and_control[1].view())
    window.show()
    labels = [b.text() for b in window.findChildren(QPushButton) if b.isVisible()]
    assert labels == [
        "Start a routine",
        "Pause reminders",
        "Statistics…",
        "Routines…",
        "Settings…",
        "About Posture Break",
        "Quit",
    ]


def test_no_tray_window_buttons_act_like_the_menu(qtbot, shell_and_control):
    shell, control = shell_and_control
    window = NoTrayWindow(shell.menu)
    qtbot.addWidget(window)
    window.show()
    shell.menu.pause_menu.actions()[0].trigger()  # what the Pause button's menu holds
    assert control.state()["reminders"] == "paused"
    window.show_status(control.view())
    resume = next(b for b in window.findChildren(QPushButton) if b.text() == "Resume reminders")
    assert resume.isVisible()
    resume.click()
    assert control.state()["reminders"] == "on"


def test_with_a_tray_the_window_points_to_the_icons_menu_not_to_a_missing_tray(
    qtbot, shell_and_control
):
    shell, control = shell_and_control  # this desktop has a tray (trayer)
    window = NoTrayWindow(shell.menu)
    qtbot.addWidget(window)
    window.show_status(control.view())
    window.show()
    shown = " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())
    assert "Right-click the icon for the same commands as a menu." in shown
    assert "no system tray" not in shown


def test_a_closed_break_window_leaves_none_of_its_objects_behind(qtbot, shell_and_control):
    """Its Python objects refer to each other, so only the garbage collector's oldest
    generation frees them, which an idle tray app may not run for hours: the app
    collects once the window is gone (adapters/memory.py)."""
    shell, control = shell_and_control
    control.start("desk-neck")
    page = weakref.ref(shell.break_window.play_page)
    gc.collect()  # what a window open for minutes has lived through: it is old now
    gc.disable()  # from here on only the app collects
    try:
        with qtbot.waitSignal(shell.break_window_gone):
            shell.break_window.close()
        assert page() is None
    finally:
        gc.enable()
