"""The countdown ring: the seconds left (or the repetition) in large type inside a ring
whose accent arc shrinks as the hold or the set runs out.

Painted with QPainter and antialiasing at the screen's resolution, never from a
pixmap, so it stays crisp on a 2x screen. It shows what it is given and keeps no timer:
the break window sets it once a second, when the view changes anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from posture_break.ui.window_style import colours

_FULL_CIRCLE = 360 * 16  # QPainter arcs count sixteenths of a degree


class CountdownRing(QWidget):
    """A ring with a number in it. The arc starts at twelve o'clock and runs
    clockwise over the share of the time that is left."""

    def __init__(self, size_in_lines: float, least_lines: float | None = None) -> None:
        """As tall as `size_in_lines` lines of text, at most; with `least_lines`, it
        takes the room its layout has left, down to that many (and under three lines,
        it draws nothing)."""
        super().__init__()
        self._text = ""
        self._left = 0.0
        self._paused = False
        self._lines = size_in_lines
        self._least = least_lines if least_lines is not None else size_in_lines
        policy = QSizePolicy.Policy.Fixed if least_lines is None else QSizePolicy.Policy.Expanding
        self.setSizePolicy(policy, policy)

    def show_count(self, text: str, left: float, paused: bool) -> None:
        """`text` in the middle, the arc over `left` (0..1) of the ring; a paused count
        is drawn quiet."""
        left = min(1.0, max(0.0, left))
        if (text, left, paused) != (self._text, self._left, self._paused):
            self._text, self._left, self._paused = text, left, paused
            self.update()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        edge = round(QFontMetricsF(self.font()).height() * self._lines)
        return QSize(edge, edge)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (a Qt override)
        edge = round(QFontMetricsF(self.font()).height() * self._least)
        return QSize(edge, edge)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = colours(self.palette())
        edge = min(self.width(), self.height(), self.sizeHint().width())
        if edge < QFontMetricsF(self.font()).height() * 3:
            return  # too small to read: leave the room empty rather than draw a dot
        pen_width = max(3.0, edge * 0.075)
        ring = QRectF(
            (self.width() - edge) / 2 + pen_width / 2,
            (self.height() - edge) / 2 + pen_width / 2,
            edge - pen_width,
            edge - pen_width,
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(c.track, pen_width))
        painter.drawEllipse(ring)
        if self._left > 0:
            arc = QPen(c.quiet if self._paused else c.accent, pen_width)
            arc.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            # From twelve o'clock (90°), clockwise (negative span).
            painter.drawArc(ring, 90 * 16, -round(self._left * _FULL_CIRCLE))
        painter.setPen(c.quiet if self._paused else c.text)
        painter.setFont(self._number_font(ring.width() - 2 * pen_width))
        painter.drawText(ring, int(Qt.AlignmentFlag.AlignCenter), self._text)
        painter.end()

    def _number_font(self, room: float) -> QFont:
        """Bold, as large as fits inside the ring: two digits fill about half of it."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(1, round(room * 0.42)))
        widest = QFontMetricsF(font).horizontalAdvance(max(self._text, "00", key=len))
        if widest > room * 0.72:
            font.setPixelSize(max(1, round(font.pixelSize() * room * 0.72 / widest)))
        return font
