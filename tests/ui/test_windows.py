"""The windows the tray opens: About, and the window for desktops without a tray."""

from PySide6.QtWidgets import QPushButton

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
