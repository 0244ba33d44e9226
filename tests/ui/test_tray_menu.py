"""The tray icon and its menu, on a real X server with a real tray host."""

import subprocess
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from Xlib import display

from posture_break.core.stats import summarize
from posture_break.core.values import Answer, Break, BreakKind, Offer
from tests.helpers.desktop_probe import docked_icons


def due_break(control, number, offer):
    """A stretch break the schedule brought, as the coordinator hands it to the shell."""
    routine = control.catalog.routine("desk-neck")
    return Break(number, BreakKind.STRETCH, routine, datetime(2026, 3, 10, 10, 0), offer)


def menu_texts(menu):
    return [action.text() for action in menu.actions() if action.isVisible()]


@pytest.fixture
def docked(qtbot, shell_and_control):
    """The shell once its icon sits, mapped, in the real tray host: a click before the
    host has embedded it lands on nothing (a cold machine showed it)."""
    shell, _ = shell_and_control
    dpy = display.Display()
    try:
        qtbot.waitUntil(
            lambda: bool(docked_icons(dpy)) and shell.tray.icon.geometry().x() > 0,
            timeout=10000,
        )
    finally:
        dpy.close()
    return shell


def test_menu_offers_status_routines_pause_settings_about_and_quit(shell_and_control):
    shell, _ = shell_and_control
    shell.tray.refresh()
    assert menu_texts(shell.menu.menu) == [
        "Micro break in 25 min",
        "",
        "&Start a routine",
        "&Pause reminders",
        "",
        "S&tatistics…",
        "R&outines…",
        "S&ettings…",
        "&About Posture Break",
        "",
        "&Quit",
    ]
    assert not shell.menu.status_action.isEnabled()
    assert menu_texts(shell.menu.routines_menu) == [
        "Posture reset (1 min)",
        "Desk neck release (4 min)",
        "Rhomboid relief (6 min)",
        "Full upper-back programme (19 min)",
    ]
    assert menu_texts(shell.menu.pause_menu) == [
        "For 30 minutes",
        "For 1 hour",
        "For 2 hours",
        "Until tomorrow",
    ]


def test_pausing_from_the_menu_updates_status_line_tooltip_and_offers_resume(shell_and_control):
    shell, control = shell_and_control
    for_one_hour = shell.menu.pause_menu.actions()[1]
    for_one_hour.trigger()
    assert shell.menu.status_action.text() == "Reminders paused until 15:00"
    assert shell.tray.icon.toolTip() == "Posture Break: Reminders paused until 15:00"
    assert control.state()["reminders"] == "paused"
    assert "&Resume reminders" in menu_texts(shell.menu.menu)
    assert "&Pause reminders" not in menu_texts(shell.menu.menu)

    shell.menu.resume_action.trigger()
    # Back where it was: 25 min of work to the micro break, from 14:00.
    assert shell.tray.icon.toolTip() == "Posture Break: Micro break at about 14:25"
    assert "&Pause reminders" in menu_texts(shell.menu.menu)


def test_status_line_is_read_when_the_menu_opens(qtbot, docked, shell_and_control, clock):
    shell, control = shell_and_control
    control.pause(timedelta(minutes=30))
    clock.advance(minutes=31)  # the pause ran out while the menu was closed
    click(docked, button=3)
    qtbot.waitUntil(shell.menu.menu.isVisible, timeout=3000)
    assert shell.menu.status_action.text() == "Micro break in 24 min"  # 1 min after it


@pytest.mark.parametrize("button", [1, 3], ids=["left-click", "right-click"])
def test_clicking_the_docked_icon_opens_the_menu(qtbot, docked, button):
    click(docked, button)
    qtbot.waitUntil(docked.menu.menu.isVisible, timeout=3000)
    docked.menu.menu.hide()


def click(shell, button):
    center = shell.tray.icon.geometry().center()
    subprocess.run(
        ["xdotool", "mousemove", str(center.x()), str(center.y()), "click", str(button)],
        check=True,
    )
    QApplication.processEvents()


def test_a_routine_from_the_menu_opens_one_window_and_a_second_request_raises_it(
    shell_and_control, qtbot
):
    shell, control = shell_and_control
    desk_neck = shell.menu.routines_menu.actions()[1]
    desk_neck.trigger()
    window = shell.break_window
    assert window is not None
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Desk neck release — Posture Break"
    assert window.play_page.exercise_name.text() == "Upper trapezius stretch"

    assert control.start("posture-reset") == (
        True,
        "A routine is already playing; its window is in front.",
    )
    assert shell.break_window is window

    window.stop()  # nothing done yet: the window closes, and a new one may open
    qtbot.waitUntil(lambda: shell.break_window is None)
    assert control.start("posture-reset") == (True, "Starting Posture reset (1 min).")
    assert shell.break_window.windowTitle() == "Posture reset — Posture Break"
    shell.break_window.close()


def test_a_due_break_opens_on_its_offer_without_taking_the_keyboard(shell_and_control, qtbot):
    shell, control = shell_and_control
    answers = []
    shell.window_answered.connect(lambda brk, answer: answers.append((brk.id, answer)))
    assert shell.open_break(due_break(control, 1, Offer("Time for a stretch break", snooze_min=5)))
    window = shell.break_window
    qtbot.waitExposed(window)
    qtbot.wait(200)  # time for a focus change to arrive, if one were coming
    assert window.pages.currentWidget() is window.offer_page
    assert not window.isActiveWindow()  # the user's typing stays where it was
    texts = [button.text() for button in window.offer_page.findChildren(QPushButton)]
    assert texts == ["Skip", "In 5 minutes", "Start"]

    qtbot.mouseClick(window.offer_page.findChildren(QPushButton)[1], Qt.MouseButton.LeftButton)
    assert answers == [(1, Answer.SNOOZE)]
    qtbot.waitUntil(lambda: shell.break_window is None)

    assert shell.open_break(due_break(control, 2, Offer("Time for a stretch break")))
    window = shell.break_window
    assert [b.text() for b in window.offer_page.findChildren(QPushButton)] == ["Skip", "Start"]
    qtbot.mouseClick(window.offer_page.start_button, Qt.MouseButton.LeftButton)
    assert window.playing()
    assert answers == [(1, Answer.SNOOZE)]
    window.close()


def test_keys_typed_into_an_offer_answer_nothing_until_typing_has_paused(
    shell_and_control, qtbot, monkeypatch
):
    """As on Wayland, where the compositor gives the new window the keyboard at once:
    the Space, Enter and Esc meant for another window neither start the break nor let
    it go. Once the user has not typed for a moment, Enter starts it."""
    shell, control = shell_and_control
    monkeypatch.setattr("posture_break.ui.shell.OFFER_FOCUS_AFTER_S", 0.3)
    quiet_s = [0.0]  # seconds since the last key: the user is typing
    shell.use_idle(lambda: quiet_s[0])
    answers = []
    shell.window_answered.connect(lambda brk, answer: answers.append(answer))
    shell.open_break(due_break(control, 1, Offer("Time for a stretch break", snooze_min=5)))
    window = shell.break_window
    window.activateWindow()  # what sway and KWin do
    qtbot.waitUntil(window.isActiveWindow)

    def typed(key):
        qtbot.keyClick(QApplication.focusWidget() or window, key)

    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Space):
        typed(key)
    assert window.offering()
    assert answers == []
    assert not isinstance(QApplication.focusWidget(), QPushButton)

    quiet_s[0] = 10.0  # typing has paused
    qtbot.waitUntil(lambda: window.offer_page.start_button.hasFocus())
    typed(Qt.Key.Key_Return)
    assert window.playing()
    window.close()


def offered_while(shell, control, qtbot, monkeypatch, quiet_s):
    """Open an offer while the last key was `quiet_s` seconds ago. Returns the window
    and a list that grows each time the shell asks how long ago that was."""
    monkeypatch.setattr("posture_break.ui.shell.OFFER_FOCUS_AFTER_S", 0.3)
    looks = []
    shell.use_idle(lambda: looks.append(quiet_s) or quiet_s)
    shell.open_break(due_break(control, 1, Offer("Time for a stretch break", snooze_min=5)))
    window = shell.break_window
    qtbot.waitExposed(window)
    assert not window.isActiveWindow()
    return window, looks


def test_an_offer_takes_the_keyboard_once_typing_has_paused(shell_and_control, qtbot, monkeypatch):
    shell, control = shell_and_control
    window, _ = offered_while(shell, control, qtbot, monkeypatch, quiet_s=10.0)
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    window.close()


def test_an_offer_leaves_the_keyboard_alone_while_typing_goes_on(
    shell_and_control, qtbot, monkeypatch
):
    shell, control = shell_and_control
    window, looks = offered_while(shell, control, qtbot, monkeypatch, quiet_s=0.1)
    # A second look comes only after the first found the user typing; a third gives a
    # focus change wrongly asked for at the first the time to arrive.
    qtbot.waitUntil(lambda: len(looks) >= 3, timeout=10_000)
    assert not window.isActiveWindow()
    window.close()


def test_statistics_open_from_the_menu_and_a_check_in_names_its_routine(shell_and_control, qtbot):
    shell, control = shell_and_control
    loads = []

    def load():
        loads.append(1)
        return summarize([], [], date(2026, 3, 10))

    shell.use_statistics(load)
    shell.menu.statistics_action.trigger()
    (window,) = [w for w in QApplication.topLevelWidgets() if w.windowTitle() == "Statistics"]
    qtbot.waitExposed(window)
    assert loads == [1]
    window.close()

    answers = []
    shell.checked_in.connect(lambda routine_id, score: answers.append((routine_id, score)))
    assert control.start("desk-neck")[0]
    shell.break_window.checked_in.emit(7)
    assert answers == [("desk-neck", 7)]
    shell.break_window.close()
