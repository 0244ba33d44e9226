"""Exercise pictures: one shipped SVG per exercise, drawn for the light palette; a user's
own picture may also be a PNG or JPEG image, drawn scaled to fit.

Pictures are mirror images of the user (docs/illustrations.md): drawn for the right
side, with the working side on the screen's right, and flipped for the left. The side
is marked by a letter the window draws after any flip (side_tag.py), at the spot the SVG
marks with an element whose id is SIDE_TAG_ID, pointing at SIDE_TAG_POINTS_ID.

A picture of a movement in phases (the chin tuck's back, hold, release) may draw one
frame per phase: groups with id="phase-1", "phase-2", ... in the order of the exercise's
phases, keyed by place because each language words the phases its own way. Drawn for a
phase, the picture hides every other phase's group; outside a repetition (get ready,
the offer) it shows the first. A picture without such groups draws the same throughout.

The SVGs use four literal colours, one per role, so a dark palette is a text replacement
before rendering rather than a second set of files. A missing or broken picture must
never cost the user a break, so it turns into a plain framed label instead of an error.
Only QtCore, QtGui and QtSvg are imported, so tools and tests can draw pictures without
QtWidgets.
"""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QXmlStreamReader,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from posture_break.ui.side_tag import draw_side_tag

# Role colours as written in the shipped SVGs (light palette). Tests and the contact
# sheet rely on these exact strings; change them together with every SVG.
LIGHT_BODY = "#2e3440"  # figure outlines: 12.5:1 on white
LIGHT_FILL = "#d8dee9"  # the figure's one flat fill (head, torso, inside the limbs)
LIGHT_PROP = "#8f9aa8"  # chair, wall: quiet on purpose
LIGHT_ACCENT = "#d9733a"  # stretched part, arrow: 3.25:1 on white

# Dark palette. WCAG contrast ratios on a white and on a #2b2b2b background:
#   body   #e5e9f0  1.22:1 on white, 11.63:1 on #2b2b2b
#   fill   #3b4252  only the inside of the figure, framed by the body colour (8.3:1)
#   prop   #7a8595  3.74:1 on white, 3.79:1 on #2b2b2b: reads, yet stays behind the body
#   accent #d4692e  3.58:1 on white, 3.95:1 on #2b2b2b: >= 3:1 whichever the background,
#                   so the stretched part still stands out if a style paints the window
#                   light while the palette reports dark.
DARK_BODY = "#e5e9f0"
DARK_FILL = "#3b4252"
DARK_PROP = "#7a8595"
DARK_ACCENT = "#d4692e"

_DARK_SWAPS = (
    (LIGHT_BODY, DARK_BODY),
    (LIGHT_FILL, DARK_FILL),
    (LIGHT_PROP, DARK_PROP),
    (LIGHT_ACCENT, DARK_ACCENT),
)

_SVG_NAMESPACE = "http://www.w3.org/2000/svg"
_RASTER_STARTS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # how a PNG and a JPEG begin
SIDE_TAG_ID = "side-tag"  # an invisible circle in a sided picture: where the tag goes
# An invisible circle on the part the side names (the hand on the head, the arm that
# reaches back): the tag points at it, so the letter reads as that part's side.
SIDE_TAG_POINTS_ID = "side-tag-points"
# The id of a phase's group, "phase-2", or of one of its parts drawn apart for the order
# of drawing, "phase-2-arrow"; after whitespace so "data-id" never counts.
_PHASE_ID = re.compile(rb"(?<=\s)id=([\"'])phase-(\d+)(?:-[\w-]*)?\1")


def phase_frames(svg: bytes | None) -> frozenset[int]:
    """The phases a picture draws a frame for (1 for "phase-1"); empty for one picture
    throughout, a user's PNG or JPEG included."""
    if svg is None or svg.startswith(_RASTER_STARTS):
        return frozenset()
    return frozenset(int(match[2]) for match in _PHASE_ID.finditer(svg))


def frame_shown(frames: frozenset[int], phase: int) -> int:
    """The frame a picture with `frames` shows in `phase`: that phase's, else (a phase
    it has no frame for, or 0: no repetition under way) its first; 0 without frames."""
    return phase if phase in frames else min(frames, default=0)


def _showing_phase(svg: bytes, phase: int) -> bytes:
    """The SVG with every phase group but the one `frame_shown` picks hidden
    (display="none")."""
    frames = phase_frames(svg)
    if not frames:
        return svg
    shown = frame_shown(frames, phase)

    def hide(match: re.Match[bytes]) -> bytes:
        return match[0] if int(match[2]) == shown else match[0] + b' display="none"'

    return _PHASE_ID.sub(hide, svg)


def render_illustration(
    svg: bytes | None,
    *,
    size: QSize,
    device_pixel_ratio: float,
    dark: bool,
    mirrored: bool,
    placeholder_label: str,
    side_tag: str = "",
    phase: int = 0,
) -> QPixmap:
    """Draw an exercise picture into a transparent pixmap of `size` logical pixels.

    The pixmap has `size * device_pixel_ratio` real pixels and carries that ratio, so it
    is drawn from the vector at the screen's resolution instead of being scaled up.
    `mirrored` flips the picture left to right: pictures show the right side, and the
    left side is its mirror image. The picture keeps its aspect ratio, centred.
    `side_tag`, when given, is the letter for the working side ("L", "R"), drawn
    unmirrored in a disc at the picture's marked spot (see side_tag.py). `phase`
    is the place of the repetition's phase under way (1 for the first, 0 for none):
    a picture with phase groups shows that phase's frame.

    When `svg` is None or not an SVG Qt can draw, the result is a neutral frame with
    `placeholder_label` (the exercise's name) in it, never an exception: the user can
    still follow the steps in the window's text.
    """
    ratio = device_pixel_ratio if device_pixel_ratio > 0 else 1.0
    pixels = QSize(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
    pixmap = QPixmap(pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    image = _raster_image(svg)
    renderer = None if image is not None else _renderer_for(svg, dark=dark, phase=phase)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if renderer is None and image is None:
        _draw_placeholder(painter, pixels, ratio, dark=dark, label=placeholder_label)
    else:
        if mirrored:
            painter.translate(pixels.width(), 0)
            painter.scale(-1, 1)
        if image is not None:
            view = QRectF(0, 0, image.width(), image.height())
            painter.drawImage(_fitted(view, pixels), image)
        else:
            assert renderer is not None
            view = _view_box(renderer)
            renderer.render(painter, QRectF(0, 0, pixels.width(), pixels.height()))
        if side_tag:
            painter.resetTransform()
            spots = (_marked(renderer, SIDE_TAG_ID), _marked(renderer, SIDE_TAG_POINTS_ID))
            colours = (
                QColor(DARK_BODY if dark else LIGHT_BODY),
                QColor(DARK_FILL if dark else LIGHT_FILL),
            )
            draw_side_tag(
                painter, view, spots, pixels, mirrored=mirrored, colours=colours, letter=side_tag
            )
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _renderer_for(svg: bytes | None, *, dark: bool, phase: int) -> QSvgRenderer | None:
    """A renderer for the SVG in the wanted palette and phase, or None when it cannot
    be drawn."""
    if svg is None or not _looks_like_svg(svg):
        return None
    svg = _showing_phase(svg, phase)
    if dark:
        text = svg.decode("utf-8", errors="replace")
        for light, dark_colour in _DARK_SWAPS:
            text = text.replace(light, dark_colour).replace(light.upper(), dark_colour)
        svg = text.encode("utf-8")
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        return None
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    return renderer


def _raster_image(data: bytes | None) -> QImage | None:
    """A user's PNG or JPEG picture, decoded; None for an SVG (or nothing), and for an
    image Qt cannot decode, which then gets the framed name. No colours are swapped in
    a dark palette: a photo has no role colours."""
    if data is None or not data.startswith(_RASTER_STARTS):
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image


def _fitted(view: QRectF, pixels: QSize) -> QRectF:
    """Where a picture of `view`'s size goes in `pixels`: as large as fits, keeping its
    aspect ratio, centred (as QSvgRenderer draws with KeepAspectRatio)."""
    scale = min(pixels.width() / view.width(), pixels.height() / view.height())
    width, height = view.width() * scale, view.height() * scale
    return QRectF((pixels.width() - width) / 2, (pixels.height() - height) / 2, width, height)


def _view_box(renderer: QSvgRenderer) -> QRectF:
    view = renderer.viewBoxF()
    return view if not view.isEmpty() else QRectF(QPointF(0, 0), renderer.defaultSize().toSizeF())


def _marked(renderer: QSvgRenderer | None, element: str) -> QRectF | None:
    """The spot the SVG marks with the id `element`, in its view box; None if it has none."""
    if renderer is None or not renderer.elementExists(element):
        return None
    return renderer.transformForElement(element).mapRect(renderer.boundsOnElement(element))


def _looks_like_svg(data: bytes) -> bool:
    """Whether `data` is well-formed XML whose root element is <svg>.

    Checked with QXmlStreamReader, which reports problems only through hasError(), so
    garbage never reaches QSvgRenderer and never writes a warning to the log (tests fail
    on Qt warnings). Well-formed SVG that QtSvg still finds fault with does log in
    qt.svg, which is how a broken shipped picture shows up in the tests.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QXmlStreamReader(buffer)
    root_seen = False
    while not reader.atEnd():
        token = reader.readNext()
        if token == QXmlStreamReader.TokenType.StartElement and not root_seen:
            if reader.name() != "svg" or reader.namespaceUri() not in ("", _SVG_NAMESPACE):
                return False
            root_seen = True
    return root_seen and not reader.hasError()


def _draw_placeholder(
    painter: QPainter, pixels: QSize, ratio: float, *, dark: bool, label: str
) -> None:
    """A rounded frame in the prop colour with the label centred in the text colour.

    Not mirrored: a mirrored word would help nobody. Sizes follow the application font
    and shrink only when the label would not fit the frame.
    """
    pen_width = max(1.0, 2.0 * ratio)
    frame = QRectF(0, 0, pixels.width(), pixels.height()).adjusted(
        pen_width, pen_width, -pen_width, -pen_width
    )
    radius = min(frame.width(), frame.height()) * 0.08
    painter.setPen(QPen(QColor(DARK_PROP if dark else LIGHT_PROP), pen_width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(frame, radius, radius)

    margin = max(pen_width * 2, min(frame.width(), frame.height()) * 0.08)
    text_rect = frame.adjusted(margin, margin, -margin, -margin).toAlignedRect()
    if text_rect.width() <= 0 or text_rect.height() <= 0 or not label:
        return
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    font = _fitting_font(label, text_rect, ratio, flags)
    painter.setFont(font)
    painter.setPen(QColor(DARK_BODY if dark else LIGHT_BODY))
    painter.drawText(text_rect, flags, label)


def _fitting_font(label: str, rect: QRect, ratio: float, flags: int) -> QFont:
    """The application font at device pixels, made smaller until `label` fits `rect`."""
    font = QFont(QGuiApplication.font())
    point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    point_size *= ratio  # the pixmap is in device pixels; its ratio is set afterwards
    while True:
        font.setPointSizeF(point_size)
        needed = QFontMetricsF(font).boundingRect(QRectF(rect), flags, label)
        if (needed.width() <= rect.width() and needed.height() <= rect.height()) or (
            point_size <= 4 * ratio
        ):
            return font
        point_size *= 0.9
