"""The check-in on the break window's finish page: one optional tap, recorded once."""

import pytest
from PySide6.QtCore import Qt

from posture_break.core.routine_loader import load_catalog
from posture_break.ui.break_pages import CHECK_IN_QUESTION
from posture_break.ui.break_window import BreakWindow
from tests.ui.conftest import SHIPPED, MemoryNotes, read_shipped_picture

CATALOG, _ = load_catalog(SHIPPED)


def open_routine(qtbot, clock):
    """Posture reset, begun; the window and the scores it reports."""
    routine = CATALOG.routine("posture-reset")
    window = BreakWindow(routine, clock, read_shipped_picture, MemoryNotes(), lambda cue: None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    scores = []
    window.checked_in.connect(scores.append)
    return window, scores


@pytest.fixture
def finished(qtbot, clock):
    """Posture reset played to its end."""
    window, scores = open_routine(qtbot, clock)
    clock.advance(minutes=5)
    window.refresh()
    assert window.pages.currentWidget() is window.finish_page
    return window, scores


def check_in_of(window):
    return window.finish_page.check_in


def test_one_tap_records_the_score_and_says_thanks(finished, qtbot):
    window, scores = finished
    check_in = check_in_of(window)
    assert check_in.question.text() == CHECK_IN_QUESTION
    assert check_in.isVisible()
    qtbot.mouseClick(check_in.buttons[7], Qt.MouseButton.LeftButton)
    assert scores == [7]
    assert check_in.thanks.isVisible()
    assert check_in.thanks.text() == "Noted: 7. Thanks."
    assert not any(button.isVisible() for button in check_in.buttons)


def test_a_second_answer_is_not_recorded(finished, qtbot):
    window, scores = finished
    check_in = check_in_of(window)
    check_in.buttons[7].click()
    check_in.buttons[3].click()  # hidden by now, yet click() still emits
    qtbot.keyClick(window.close_button, Qt.Key.Key_4)
    assert scores == [7]
    assert check_in.thanks.text() == "Noted: 7. Thanks."


def test_a_digit_key_answers(finished, qtbot):
    window, scores = finished
    qtbot.keyClick(window.close_button, Qt.Key.Key_3)  # Close has the keyboard at first
    assert scores == [3]
    assert window.isVisible()


def test_the_scores_are_reached_with_tab_and_named_for_screen_readers(finished, qtbot):
    window, scores = finished
    buttons = check_in_of(window).buttons
    assert [button.accessibleName() for button in buttons] == [f"{n} of 10" for n in range(11)]
    qtbot.keyClick(window.close_button, Qt.Key.Key_Tab)
    for _ in range(10):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is buttons[10]
    qtbot.keyClick(buttons[10], Qt.Key.Key_Space)
    assert scores == [10]
    assert window.focusWidget() is window.close_button  # the buttons are gone


def test_closing_without_an_answer_records_nothing(finished, qtbot):
    window, scores = finished
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert scores == []


def test_no_check_in_after_a_routine_skipped_through(qtbot, clock):
    window, scores = open_routine(qtbot, clock)
    while window.playing():
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.pages.currentWidget() is window.finish_page
    assert not check_in_of(window).isVisible()
    qtbot.keyClick(window.close_button, Qt.Key.Key_5)
    assert scores == []


def test_a_routine_stopped_part_way_asks_too(qtbot, clock):
    window, _ = open_routine(qtbot, clock)
    clock.advance(seconds=12)
    window.refresh()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.finish_page
    assert check_in_of(window).isVisible()
