"""The break window on the real X display, driven by keys and a fake clock."""

import re
from dataclasses import replace
from html import escape

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QTextDocument

from posture_break.core.coach import for_side
from posture_break.core.routine_loader import load_catalog
from posture_break.core.routines import Dose, Routine, RoutineItem, Side
from posture_break.core.timeline import SegmentKind
from posture_break.ui.break_window import BreakWindow
from posture_break.ui.illustration import render_illustration
from tests.helpers.side_tags import tag_box
from tests.ui.conftest import SHIPPED, MemoryNotes, read_shipped_picture

CATALOG, _ = load_catalog(SHIPPED)


@pytest.fixture
def open_window(qtbot, clock):
    def open_(routine_id="posture-reset", notes=None, pictures=read_shipped_picture, cues=None):
        routine = CATALOG.routine(routine_id)
        play_cue = (lambda cue: None) if cues is None else cues.append
        window = BreakWindow(routine, clock, pictures, notes or MemoryNotes(), play_cue)
        qtbot.addWidget(window)
        window.place()
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_


def shown(window):
    """What a user reads on the play page."""
    page = window.play_page
    return {
        "exercise": page.exercise_name.text(),
        "side": page.side_label.text() if page.side_label.isVisible() else "",
        "count": page.ring.text(),
        "caption": page.caption.text(),
    }


def let_time_pass(window, clock, seconds):
    """The clock moves second by second, and each second the window's timer fires."""
    for _ in range(seconds):
        clock.advance(seconds=1)
        window.refresh()


def test_a_routine_plays_to_its_finish_page(open_window, clock, qtbot):
    cues = []
    window = open_window("posture-reset", cues=cues)
    ended = []
    window.ended.connect(ended.append)
    assert window.windowTitle() == "Posture reset — Posture Break"
    assert shown(window) == {
        "exercise": "Chin tuck",
        "side": "",
        "count": "10",
        "caption": "Get ready · sit tall",
    }
    let_time_pass(window, clock, 10)
    assert shown(window)["caption"] == "Repetition 1 of 5"
    assert beat(window) == ("Back", None)  # the first second of a chin tuck: back 1 s
    let_time_pass(window, clock, 5 * 5 + 10)  # the reps, then "next"
    assert shown(window) == {
        "exercise": "Upper trapezius stretch",
        "side": "Your left side",
        "count": "15",
        "caption": "Hold",
    }
    let_time_pass(window, clock, 15)
    assert shown(window)["caption"] == "Switch sides: now your right side"
    let_time_pass(window, clock, 5 + 15)
    assert window.pages.currentWidget() is window.finish_page
    assert (
        window.finish_page.headline.text() == "Well done. You finished Posture reset in 1 min 20 s."
    )
    assert "Chin tuck: 1 set" in window.finish_page.done_list.text()
    assert (
        "Upper trapezius stretch: left 1 set, right 1 set (30 s)"
        in window.finish_page.done_list.text()
    )
    assert window.finish_page.why.text()  # one fact
    assert [outcome.completed for outcome in ended] == [True]
    assert cues == ["start", "set-done", "start", "switch", "start", "finish"]
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert len(ended) == 1


def beat(window):
    """The tempo row under the count as a user reads it, and the second shown strong."""
    label = window.play_page.beat
    if not label.isVisible():
        return None
    document = QTextDocument()
    document.setHtml(label.text())
    strong = re.findall(r"<b>(\d+)</b>", label.text())
    return document.toPlainText().replace("\xa0", " "), strong[0] if strong else None


def test_the_phase_of_a_repetition_is_named_under_the_count(open_window, clock):
    window = open_window("posture-reset")  # the chin tuck: back 1 s, hold 3 s, release 1 s
    assert beat(window) is None  # getting ready
    let_time_pass(window, clock, 10)
    seen = [(shown(window)["count"], beat(window))]
    for _ in range(5):
        let_time_pass(window, clock, 1)
        seen.append((shown(window)["count"], beat(window)))
    assert seen == [
        ("1", ("Back", None)),
        ("1", ("Hold  3 · 2 · 1", "3")),
        ("1", ("Hold  3 · 2 · 1", "2")),
        ("1", ("Hold  3 · 2 · 1", "1")),
        ("1", ("Release", None)),
        ("2", ("Back", None)),
    ]


def test_without_phases_the_seconds_of_a_rep_are_dots(qtbot, clock):
    row = CATALOG.exercise("rhomboid-row")
    item = RoutineItem(replace(row, phases=()), Dose(reps=2, rep_s=4))
    routine = Routine("rows", "Rows", "", (item,))
    window = BreakWindow(routine, clock, read_shipped_picture, MemoryNotes(), lambda cue: None)
    qtbot.addWidget(window)
    window.place()
    window.show()
    qtbot.waitExposed(window)
    let_time_pass(window, clock, 15 + 2)  # standing up, then 2 s into the first row
    assert window.play_page.beat.text() == "● ● ● ○"


def test_keys_pause_skip_go_back_and_stop(open_window, clock, qtbot):
    window = open_window("desk-neck")
    let_time_pass(window, clock, 10 + 10)  # 10 s into the first hold
    assert shown(window)["count"] == "20"

    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.play_page.pause_button.text() == "Resume"
    assert shown(window)["caption"] == "Paused"
    assert not window._tick.isActive()  # a paused window does no work
    let_time_pass(window, clock, 60)
    assert shown(window)["count"] == "20"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert shown(window)["caption"] == "Hold"

    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert shown(window)["caption"] == "Switch sides: now your right side"
    qtbot.keyClick(window, Qt.Key.Key_Left)  # just begun: back to the step before
    assert (shown(window)["side"], shown(window)["count"]) == ("Your left side", "30")

    let_time_pass(window, clock, 12)
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # 10 s get ready + 10 s + 12 s played
    assert window.pages.currentWidget() is window.finish_page
    assert window.finish_page.headline.text() == "You stopped early, after 32 s. Every bit helps."
    assert (
        "Upper trapezius stretch: left part of a set (22 s)" in window.finish_page.done_list.text()
    )


def test_the_buttons_say_what_they_do(open_window):
    window = open_window()
    for button, key in (
        (window.play_page.back_button, "Left arrow"),
        (window.play_page.pause_button, "Space"),
        (window.play_page.skip_button, "Right arrow"),
        (window.play_page.stop_button, "Esc"),
    ):
        assert key in button.toolTip()
        assert button.accessibleName() == button.text()


def test_stopping_before_any_exercise_just_closes(open_window, qtbot):
    window = open_window()
    ended = []
    window.ended.connect(ended.append)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert [(outcome.completed, outcome.done) for outcome in ended] == [(False, ())]


def test_the_safety_note_comes_first_once(open_window, qtbot):
    notes = MemoryNotes(safety_seen=False)
    window = open_window(notes=notes)
    assert window.pages.currentWidget() is window.safety_page
    qtbot.keyClick(window, Qt.Key.Key_Space)  # keys for playing do nothing here
    assert window.pages.currentWidget() is window.safety_page
    qtbot.mouseClick(window.understood_button, Qt.MouseButton.LeftButton)
    assert notes.safety_note_seen()
    assert shown(window)["caption"] == "Get ready · sit tall"
    window.close()
    assert open_window(notes=notes).pages.currentWidget().objectName() != "safety"


def test_the_caution_shows_on_every_run(open_window, clock):
    notes = MemoryNotes()
    for _ in range(2):
        window = open_window("posture-reset", notes=notes)
        assert window.play_page.caution.isVisible()
        assert "Sharp pain means stop" in window.play_page.caution.text()
        let_time_pass(window, clock, 10)  # the chin tucks under way: still shown
        assert window.play_page.caution.isVisible()
        window.close()


def test_every_tip_purpose_and_need_of_an_exercise_is_on_screen(open_window, clock):
    """From the get-ready on, before the body moves: what it is for, what it takes,
    every step and every tip, worded for the side."""
    window = open_window("rhomboid-relief")
    page = window.play_page
    seen = set()
    while not window.player.view().finished:
        view = window.player.view()
        exercise = view.exercise
        for side_words in (*view.exercise.steps, *view.exercise.cues):
            line = escape(for_side(side_words, view.side))
            assert line in page.steps.text() + page.cues.text(), (exercise.id, line)
        assert page.purpose.isVisible()
        assert page.purpose.text() == exercise.purpose
        assert page.caution.isVisible()
        seen.add((exercise.id, page.needs.text() if page.needs.isVisible() else ""))
        window.player.skip()
        window.refresh()
    assert seen == {
        ("rhomboid-row", "You need: nothing, or a light weight or water bottle in each hand"),
        ("wall-neck-side-bend", "You need: a wall"),
        ("shoulder-extension-dissociation", ""),
        ("thoracic-extension", "You need: a chair with a firm back that reaches your mid back; "
         "at home, a foam roller or yoga block to lie across instead"),
    }  # fmt: skip


def test_a_missing_picture_shows_a_frame_and_the_routine_goes_on(open_window, clock):
    window = open_window("posture-reset", pictures=lambda name: None)
    assert not window.play_page.picture.pixmap().isNull()  # the framed name, drawn
    let_time_pass(window, clock, 120)
    assert window.pages.currentWidget() is window.finish_page


def fits(size, area):
    return size.boundedTo(area) == size


def test_the_window_fits_a_small_laptop_screen(open_window, clock):
    """1366x768 less a 40 px panel, with room to spare: the window as opened and the
    least its longest pages need."""
    room = QSize(1366, 768 - 40) * 0.9
    window = open_window("full-upper-back")
    assert fits(window.frameGeometry().size(), room)
    assert fits(window.minimumSizeHint(), room)
    let_time_pass(window, clock, 20 * 60)  # every exercise done: the longest summary
    assert window.pages.currentWidget() is window.finish_page
    assert fits(window.minimumSizeHint(), room)


def test_a_hidden_window_has_no_timer_running(open_window, clock):
    window = open_window("desk-neck")
    assert window._tick.isActive()
    window.hide()
    assert not window._tick.isActive()
    clock.advance(seconds=12)
    window.show()
    assert window._tick.isActive()
    assert shown(window)["count"] == "28"  # caught up on the time that passed


def test_the_picture_tag_and_the_words_name_the_same_side(open_window):
    """Each sided exercise, each side, in the window as a user sees it: under the mirror
    convention "Your left side" has an "L" on the screen's left of the picture, and the
    steps speak of the left."""
    window = open_window("full-upper-back")  # all eight exercises
    checked = set()
    while not window.player.view().finished:
        view = window.player.view()
        if view.side is not None and view.kind in (SegmentKind.HOLD, SegmentKind.REPS):
            page = window.play_page
            side, letter = ("left", "L") if view.side is Side.LEFT else ("right", "R")
            assert page.side_label.text() == f"Your {side} side"
            assert f"your {side}" in page.steps.text()
            assert "{" not in page.steps.text() + page.cues.text()
            name, mirrored = view.exercise.illustration_for(view.side)
            shown_picture = page.picture.pixmap()  # drawn at the size the window gives it
            size = shown_picture.deviceIndependentSize().toSize()

            def drawn(tag, name=name, mirrored=mirrored, size=size):
                return render_illustration(
                    read_shipped_picture(name), size=size, dark=False, mirrored=mirrored,
                    device_pixel_ratio=window.devicePixelRatioF(), placeholder_label="",
                    side_tag=tag,
                )  # fmt: skip

            assert shown_picture.toImage() == drawn(letter).toImage()
            box = tag_box(shown_picture, drawn(""))
            half = shown_picture.width() / 2
            assert (box.center().x() < half) == (view.side is Side.LEFT), view.exercise.id
            checked.add((view.exercise.id, view.side))
        window.player.skip()
        window.refresh()
    sided = {"upper-trap-stretch", "levator-scap-stretch", "front-neck-stretch",
             "wall-neck-side-bend", "shoulder-extension-dissociation"}  # fmt: skip
    assert checked == {(name, side) for name in sided for side in Side}


def picture_on_screen(window):
    """The picture area of the play page as it is painted."""
    return window.play_page.picture.grab().toImage()


def phase_word(window):
    """The phase as the words under the count name it ("Hold 3 · 2 · 1")."""
    words = QTextDocument()
    words.setHtml(window.play_page.beat.text())
    return words.toPlainText().split()[0]


def test_the_picture_shows_the_phase_of_the_repetition_under_way(open_window, clock):
    """The chin tuck, back 1 s, hold 3 s, release 1 s: a picture for each, the same one
    through the hold, and the same ones again in the next repetition."""
    window = open_window("posture-reset")  # five chin tucks first
    let_time_pass(window, clock, 10)  # the get-ready
    seen = []
    for _ in range(7):  # one repetition and the start of the next
        seen.append((shown(window)["count"], phase_word(window), picture_on_screen(window)))
        let_time_pass(window, clock, 1)
    assert [(rep, word) for rep, word, _ in seen] == [
        ("1", "Back"), ("1", "Hold"), ("1", "Hold"), ("1", "Hold"), ("1", "Release"),
        ("2", "Back"), ("2", "Hold"),
    ]  # fmt: skip
    back, hold, release = seen[0][2], seen[1][2], seen[4][2]
    assert back != hold
    assert hold != release
    assert release != back
    assert [picture for _, _, picture in seen[2:4]] == [hold, hold]  # held still
    assert [picture for _, _, picture in seen[5:]] == [back, hold]  # the next rep


def test_a_picture_without_phase_frames_stays_the_same_through_a_repetition(open_window, clock):
    """A user's own picture for a movement with phases: one picture, as it is drawn."""
    own = (
        b"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 240 240'>"
        b"<circle cx='120' cy='120' r='80' fill='#d8dee9' stroke='#2e3440' stroke-width='6'/>"
        b"<path d='M60 40 H180' stroke='#d9733a' stroke-width='6'/></svg>"
    )
    window = open_window("posture-reset", pictures=lambda name: own)
    let_time_pass(window, clock, 10)
    pictures = []
    for _ in range(5):
        pictures.append(picture_on_screen(window))
        let_time_pass(window, clock, 1)
    assert phase_word(window) == "Back"  # the phases went by in words
    assert all(picture == pictures[0] for picture in pictures)
