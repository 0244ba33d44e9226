"""How the break window looks, as a user sees it: the countdown ring, the colours on a
dark desktop, and every text whole at the sizes the window opens at."""

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage

from posture_break.core.routine_loader import load_catalog
from posture_break.core.values import Offer
from posture_break.ui.break_window import BreakWindow
from posture_break.ui.colour import contrast_ratio
from posture_break.ui.fixed_size import fix_size
from tests.helpers.clipping import clipped_labels
from tests.helpers.translated import in_german
from tests.ui.conftest import SHIPPED, MemoryNotes, read_shipped_picture

SMALLEST = QSize(760, 520)
LAPTOP = QSize(1366, 768 - 40) * 0.9  # 90 % of a small laptop's screen less its panel


@pytest.fixture
def open_window(qtbot, clock):
    def open_(routine_id="desk-neck", size=None, catalog=None, notes=None, offer=None):
        routine = (catalog or load_catalog(SHIPPED)[0]).routine(routine_id)
        window = BreakWindow(
            routine, clock, read_shipped_picture, notes or MemoryNotes(), lambda cue: None, offer
        )
        qtbot.addWidget(window)
        window.place()
        if size is not None:
            fix_size(window, size)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_


def pixels(image):
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]


def near(first, second, tolerance=40):
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(first.getRgb()[:3], second.getRgb()[:3], strict=True)
    )


def arc_pixels(ring):
    """How much of the ring is drawn in the accent colour of the picture's stretch."""
    accent = QColor("#d9733a")
    return sum(near(colour, accent) for colour in pixels(ring.grab().toImage()))


def let_time_pass(window, clock, seconds):
    for _ in range(seconds):
        clock.advance(seconds=1)
        window.refresh()


def test_the_ring_counts_down_the_hold_and_its_arc_shrinks(open_window, clock, qtbot):
    window = open_window("desk-neck")
    let_time_pass(window, clock, 10)  # the get-ready is over: a 30 s hold begins
    ring = window.play_page.ring
    assert ring.text() == "30"
    full = arc_pixels(ring)
    let_time_pass(window, clock, 15)
    assert ring.text() == "15"
    half = arc_pixels(ring)
    assert 0.35 * full < half < 0.65 * full
    let_time_pass(window, clock, 12)
    assert ring.text() == "3"
    assert arc_pixels(ring) < 0.2 * full


def test_the_ring_shows_the_repetition(open_window, clock):
    window = open_window("posture-reset")
    let_time_pass(window, clock, 10 + 5 + 5)  # the get-ready, then two 5 s chin tucks
    assert window.play_page.ring.text() == "3"


def test_the_finish_page_rings_how_much_was_done(open_window, clock, qtbot):
    whole = open_window("posture-reset")
    let_time_pass(whole, clock, 80)  # all of it
    assert whole.pages.currentWidget() is whole.finish_page
    all_of_it = arc_pixels(whole.finish_page.done_ring)
    assert all_of_it > 0
    part = open_window("posture-reset")
    let_time_pass(part, clock, 30)
    qtbot.keyClick(part, Qt.Key.Key_Escape)  # stopped after 30 of 80 s
    assert part.pages.currentWidget() is part.finish_page
    assert 0.2 * all_of_it < arc_pixels(part.finish_page.done_ring) < 0.6 * all_of_it


def text_contrast_on_card(window, label):
    """The contrast between a label's text and the card behind it, as painted."""
    image = window.grab().toImage()
    card = window.play_page.picture.parentWidget()
    corner = card.mapTo(window, QPoint(0, 0))
    ground = image.pixelColor(corner + QPoint(card.width() // 2, 4))
    box = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
    text = max(
        pixels(image.copy(box)), key=lambda colour: contrast_ratio(colour, ground)
    )  # the text's core, not its antialiased edge
    return text, ground


def test_a_dark_desktop_gives_light_text_on_a_dark_card(open_window, dark_desktop, qtbot):
    window = open_window("desk-neck")
    label = window.play_page.side_label
    text, ground = text_contrast_on_card(window, label)
    assert text.lightness() < ground.lightness()  # light desktop: dark on light
    dark_desktop()  # the desktop switches while the window is open
    qtbot.waitUntil(lambda: text_contrast_on_card(window, label)[1].lightness() < 100)
    text, ground = text_contrast_on_card(window, label)
    assert text.lightness() > ground.lightness()
    assert contrast_ratio(text, ground) >= 4.5


@pytest.fixture(params=["en", "de"])
def language(request, qapp):
    """The app and its content in English or German."""
    if request.param == "en":
        yield load_catalog(SHIPPED)[0]
        return
    with in_german(qapp):
        yield load_catalog(SHIPPED, language="de")[0]


@pytest.mark.parametrize("size", [SMALLEST, LAPTOP], ids=["760x520", "laptop"])
def test_every_page_shows_its_texts_whole(open_window, clock, language, size):
    """Offer, safety note, every moment of the longest routine, and its finish page."""
    offer = Offer("Time for a stretch break", snooze_min=5)
    offered = open_window("full-upper-back", size, language, MemoryNotes(False), offer)
    assert clipped_labels(offered) == []
    offered.offer_page.start_button.click()
    assert offered.pages.currentWidget() is offered.safety_page
    assert clipped_labels(offered) == []
    offered.understood_button.click()
    clock.advance(seconds=12)  # into the first exercise: the finish page will ask how it felt
    seen = 0
    while offered.playing():
        assert clipped_labels(offered) == [], offered.player.view().exercise.id
        offered.player.skip()
        offered.refresh()
        seen += 1
    assert seen > 20  # every get-ready, set, rest and switch of the eight exercises
    assert offered.pages.currentWidget() is offered.finish_page
    assert offered.finish_page.check_in.isVisible()
    assert clipped_labels(offered) == []


def test_the_picture_grows_with_the_window(open_window):
    small = open_window("desk-neck", SMALLEST).play_page.picture.pixmap()
    large = open_window("desk-neck", LAPTOP).play_page.picture.pixmap()
    assert small.deviceIndependentSize().width() >= 240
    assert large.deviceIndependentSize().width() >= 380
