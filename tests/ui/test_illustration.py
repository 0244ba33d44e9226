"""Exercise pictures: every shipped one draws, shows its accent in both palettes, flips
for the other side, and a broken one turns into a labelled frame instead of an error."""

from importlib.resources import files

import pytest
from PySide6.QtCore import QByteArray, QSize, Qt, QtMsgType
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer

from posture_break.ui.illustration import (
    DARK_ACCENT,
    DARK_BODY,
    DARK_FILL,
    DARK_PROP,
    LIGHT_ACCENT,
    LIGHT_BODY,
    LIGHT_FILL,
    LIGHT_PROP,
    SIDE_TAG_ID,
    SIDE_TAG_POINTS_ID,
    phase_frames,
    render_illustration,
)
from tests.helpers.content import EXERCISE_IDS
from tests.helpers.side_tags import tag_box


def shipped():
    folder = files("posture_break.resources").joinpath("illustrations")
    return {
        entry.name.removesuffix(".svg"): entry.read_bytes()
        for entry in folder.iterdir()
        if entry.name.endswith(".svg")
    }


SHIPPED = shipped()


def render(
    svg, *, px=240, dark=False, mirrored=False, ratio=1.0, label="Chin tuck", tag="", phase=0
):
    return render_illustration(
        svg,
        size=QSize(px, px),
        device_pixel_ratio=ratio,
        dark=dark,
        mirrored=mirrored,
        placeholder_label=label,
        side_tag=tag,
        phase=phase,
    )


def rgba_rows(pixmap):
    """The image as rows of (r, g, b, a), alpha not premultiplied."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    return [
        [tuple(data[y * stride + 4 * x : y * stride + 4 * x + 4]) for x in range(image.width())]
        for y in range(image.height())
    ]


def column_ink(pixmap):
    """How much is drawn in each pixel column: the sum of its alpha values."""
    rows = rgba_rows(pixmap)
    return [sum(row[x][3] for row in rows) for x in range(len(rows[0]))]


def count_colour(pixmap, colour, tolerance=6):
    """Opaque pixels within `tolerance` per channel of `colour`."""
    target = QColor(colour)
    wanted = (target.red(), target.green(), target.blue())
    return sum(
        1
        for row in rgba_rows(pixmap)
        for (*rgb, alpha) in row
        if alpha == 255 and all(abs(c - w) <= tolerance for c, w in zip(rgb, wanted, strict=True))
    )


def complaints(qtlog):
    """Qt's warnings and worse, as a user would find them in the log."""
    serious = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
    return [record.message for record in qtlog.records if record.type in serious]


def test_all_eight_exercises_have_a_picture():
    assert set(SHIPPED) == EXERCISE_IDS


@pytest.mark.parametrize("name", sorted(EXERCISE_IDS))
def test_picture_is_valid_svg_qt_draws_without_complaint(qtbot, qtlog, name):
    renderer = QSvgRenderer(QByteArray(SHIPPED[name]))
    assert renderer.isValid()
    for dark in (False, True):
        render(SHIPPED[name], dark=dark)
    assert complaints(qtlog) == []


@pytest.mark.parametrize("name", sorted(EXERCISE_IDS))
@pytest.mark.parametrize(("dark", "accent"), [(False, LIGHT_ACCENT), (True, DARK_ACCENT)])
def test_stretched_part_shows_in_the_accent_colour(qtbot, name, dark, accent):
    assert count_colour(render(SHIPPED[name], dark=dark), accent) >= 100


@pytest.mark.parametrize("name", sorted(EXERCISE_IDS))
def test_dark_picture_keeps_none_of_the_light_body_colour(qtbot, name):
    """The dark figure is light on dark: a leftover dark outline would vanish."""
    assert count_colour(render(SHIPPED[name], dark=False), LIGHT_BODY) > 0
    assert count_colour(render(SHIPPED[name], dark=True), LIGHT_BODY, tolerance=8) == 0
    assert count_colour(render(SHIPPED[name], dark=True), DARK_BODY) > 0


@pytest.mark.parametrize("name", sorted(EXERCISE_IDS))
def test_mirrored_picture_is_the_left_right_flip(qtbot, name):
    """Column by column, the mirrored picture holds the ink of the opposite column.

    Edges are antialiased a little differently once flipped, so columns are compared by
    their total coverage, allowing less than one pixel's worth of difference.
    """
    plain = column_ink(render(SHIPPED[name], px=96))
    mirrored = column_ink(render(SHIPPED[name], px=96, mirrored=True))
    one_pixel = 255
    assert max(abs(a - b) for a, b in zip(plain, reversed(mirrored), strict=True)) < one_pixel
    # and the picture is not symmetric, or a missing flip would pass unnoticed
    assert max(abs(a - b) for a, b in zip(plain, mirrored, strict=True)) > 10 * one_pixel


def test_picture_is_drawn_at_the_screen_resolution(qtbot):
    pixmap = render(SHIPPED["chin-tuck"], px=96, ratio=2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.size() == QSize(192, 192)
    assert pixmap.deviceIndependentSize().toSize() == QSize(96, 96)


def test_picture_keeps_its_shape_in_a_wide_space(qtbot):
    pixmap = render_illustration(
        SHIPPED["wall-neck-side-bend"],
        size=QSize(300, 100),
        device_pixel_ratio=1.0,
        dark=False,
        mirrored=False,
        placeholder_label="Wall neck side bend",
    )
    rows = rgba_rows(pixmap)
    drawn_columns = [x for x in range(300) if any(row[x][3] for row in rows)]
    assert min(drawn_columns) >= 100
    assert max(drawn_columns) < 200


SIDED = ("upper-trap-stretch", "levator-scap-stretch", "front-neck-stretch",
         "wall-neck-side-bend", "shoulder-extension-dissociation")  # fmt: skip


@pytest.mark.parametrize("name", SIDED)
@pytest.mark.parametrize(("mirrored", "letter"), [(False, "R"), (True, "L")])
def test_side_tag_sits_at_its_mark_on_the_screen_side_it_names(qtbot, name, mirrored, letter):
    """Pictures are mirror images: the right side's tag is on the screen's right, in
    reach of the figure's shoulder, large enough to read at the window's size, and it
    points at the working arm or ear, so the letter reads as that part's side."""
    plain = render(SHIPPED[name], px=260, mirrored=mirrored)
    box = tag_box(render(SHIPPED[name], px=260, mirrored=mirrored, tag=letter), plain)
    assert min(box.width(), box.height()) >= 24  # the disc, about 30 px across
    assert max(box.width(), box.height()) <= 80  # and its tail, short
    assert (box.center().x() < 130) == mirrored
    assert 30 < box.center().y() < 150  # beside the shoulders, not at the feet
    assert f'id="{SIDE_TAG_ID}"'.encode() in SHIPPED[name]
    renderer = QSvgRenderer(QByteArray(SHIPPED[name]))
    spot = renderer.boundsOnElement(SIDE_TAG_POINTS_ID).center() * (260 / 240)
    x = 260 - spot.x() if mirrored else spot.x()
    assert box.adjusted(-4, -4, 4, 4).contains(round(x), round(spot.y()))  # the tail tip


@pytest.mark.parametrize("dark", [False, True])
def test_side_tag_letter_reads_the_right_way_round_and_stands_out(qtbot, dark):
    marked_centre = (
        b"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 240 240'>"
        b"<circle id='side-tag' cx='120' cy='120' r='60' fill='none'/></svg>"
    )
    plain = render(marked_centre, dark=dark, tag="L")
    mirrored = render(marked_centre, dark=dark, tag="L", mirrored=True)
    assert plain.toImage() == mirrored.toImage()
    assert plain.toImage() != plain.toImage().flipped(Qt.Orientation.Horizontal)
    disc, letter = (DARK_BODY, DARK_FILL) if dark else (LIGHT_BODY, LIGHT_FILL)
    assert count_colour(plain, disc) > 3 * count_colour(plain, letter) > 0


def test_a_picture_without_a_mark_gets_its_tag_in_the_top_corner_of_the_side(qtbot):
    """A user's own picture still says which side it is."""
    unmarked = SHIPPED["chin-tuck"]
    for mirrored, letter in ((False, "R"), (True, "L")):
        plain = render(unmarked, mirrored=mirrored)
        box = tag_box(render(unmarked, mirrored=mirrored, tag=letter), plain)
        assert (box.center().x() < 120) == mirrored
        assert box.center().y() < 60


BROKEN = [
    None,
    b"",
    b"not a picture at all",
    b"<svg xmlns='http://www.w3.org/2000/svg'><circle r='3'",
    b"<html><body>wrong kind</body></html>",
    b"\xff\xfe\x00\x01\x89PNG\r\n",
]


@pytest.mark.parametrize("svg", BROKEN)
@pytest.mark.parametrize("dark", [False, True])
def test_broken_picture_becomes_a_framed_label(qtbot, qtlog, svg, dark):
    pixmap = render(svg, px=160, dark=dark, label="Upper trapezius stretch")
    assert pixmap.size() == QSize(160, 160)
    assert count_colour(pixmap, DARK_PROP if dark else LIGHT_PROP, tolerance=2) > 100
    text_colour = DARK_BODY if dark else LIGHT_BODY
    assert count_colour(pixmap, text_colour, tolerance=40) > 0
    assert complaints(qtlog) == []


def test_placeholder_shows_the_label_it_is_given(qtbot):
    one = render(None, px=160, label="Chin tuck").toImage()
    other = render(None, px=160, label="Shoulder extension dissociation").toImage()
    blank = render(None, px=160, label="").toImage()
    assert one != other
    assert one != blank


def test_placeholder_label_is_not_mirrored(qtbot):
    plain = render(None, px=160, label="Chin tuck").toImage()
    mirrored = render(None, px=160, label="Chin tuck", mirrored=True).toImage()
    assert plain == mirrored
    assert plain != plain.flipped(Qt.Orientation.Horizontal)


PHASED = {"chin-tuck": 3, "rhomboid-row": 3, "thoracic-extension": 2,
          "shoulder-extension-dissociation": 2}  # fmt: skip


@pytest.mark.parametrize(("name", "phases"), PHASED.items())
@pytest.mark.parametrize("dark", [False, True])
def test_a_phased_picture_draws_a_different_frame_for_each_phase(qtbot, name, phases, dark):
    """Each phase of the repetition its own frame, each still showing its accent; outside
    a repetition (0) or for a phase it has no frame for, the first frame."""
    assert phase_frames(SHIPPED[name]) == frozenset(range(1, phases + 1))
    frames = [render(SHIPPED[name], dark=dark, phase=n).toImage() for n in range(1, phases + 1)]
    assert len({bytes(frame.constBits()) for frame in frames}) == phases
    assert render(SHIPPED[name], dark=dark, phase=0).toImage() == frames[0]
    assert render(SHIPPED[name], dark=dark, phase=phases + 1).toImage() == frames[0]
    accent = DARK_ACCENT if dark else LIGHT_ACCENT
    for n in range(1, phases + 1):
        assert count_colour(render(SHIPPED[name], dark=dark, phase=n), accent) > 50


def test_a_picture_without_phase_frames_draws_the_same_in_every_phase(qtbot):
    plain = SHIPPED["upper-trap-stretch"]
    assert phase_frames(plain) == frozenset()
    assert render(plain, phase=2).toImage() == render(plain).toImage()
    assert phase_frames(b"\x89PNG\r\n\x1a\n id='phase-1'") == frozenset()  # not an SVG
