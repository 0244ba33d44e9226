"""The side tag on a sided exercise picture: the side's letter in a disc, with a tail
pointing at the part of the figure it names.

A letter alone beside a shoulder left people guessing whether "R" named the arm that
works or the side that is stretched; a tag that points at the working hand or arm, like
a label tied to it, says "this is your right hand". Drawn after any flip, so the letter
never reads backwards; only its place and its tail follow the mirror.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPainterPath


def draw_side_tag(
    painter: QPainter,
    view: QRectF,
    spots: tuple[QRectF | None, QRectF | None],
    pixels: QSize,
    *,
    mirrored: bool,
    colours: tuple[QColor, QColor],
    letter: str,
) -> None:
    """The letter in a disc of the first colour, written in the second.

    `spots` are the disc's place and the part it points at, in the picture's own
    coordinates `view`, as the picture marks them (None where it does not). A picture
    without a place for the tag (a user's own) gets it in its top corner on the working
    side, so the side still shows; without a part to point at, the tag has no tail.
    """
    mark, target = spots
    scale = min(pixels.width() / view.width(), pixels.height() / view.height())
    left = (pixels.width() - view.width() * scale) / 2
    top = (pixels.height() - view.height() * scale) / 2

    def on_screen(spot: QPointF) -> QPointF:
        x = left + (spot.x() - view.left()) * scale
        return QPointF(pixels.width() - x if mirrored else x, top + (spot.y() - view.top()) * scale)

    if mark is None:
        size = view.width() * 0.07
        mark = QRectF(view.right() - 3.5 * size, view.top() + size, 2 * size, 2 * size)
    centre = on_screen(mark.center())
    radius = max(mark.width(), mark.height()) / 2 * scale
    disc, ink = colours
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(disc)
    if target is not None:
        painter.drawPath(_tail(centre, on_screen(target.center()), radius))
    painter.drawEllipse(centre, radius, radius)
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    font.setPixelSize(max(1, round(radius * 1.3)))
    painter.setFont(font)
    painter.setPen(ink)
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), letter)


def _tail(centre: QPointF, tip: QPointF, radius: float) -> QPainterPath:
    """A wedge from the disc to `tip`, half the disc wide where it leaves it."""
    towards = tip - centre
    length = (towards.x() ** 2 + towards.y() ** 2) ** 0.5
    path = QPainterPath()
    if length <= radius:
        return path
    across = QPointF(-towards.y(), towards.x()) * (radius * 0.5 / length)
    path.moveTo(centre + across)
    path.lineTo(tip)
    path.lineTo(centre - across)
    path.closeSubpath()
    return path
