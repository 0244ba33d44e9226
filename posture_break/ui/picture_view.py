"""An exercise picture that takes the room its page gives it.

The break window opens at different sizes (a small laptop, a large screen), so the
picture is drawn from its vector at the largest square that fits, up to a cap, when it
is first painted at that size: never drawn small and scaled up, never drawn twice for
one frame. Who shows a picture hands over a function that draws it at a size (the
break window keeps the drawn pictures, one per exercise, side, size and palette).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QEvent, QPointF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

Draw = Callable[[QSize], QPixmap]  # the picture at a size in logical pixels
# The drawer of a picture's frame for a phase of a repetition (1 the first, 0 none).
Frames = Callable[[int], Draw]


class PictureView(QWidget):
    """The largest square picture that fits, centred, at most `largest` pixels."""

    def __init__(self, smallest: int, largest: int) -> None:
        super().__init__()
        self._largest = largest
        self._draw: Draw | None = None
        self._what: Hashable = None
        self._pixmap = QPixmap()
        self.setMinimumSize(smallest, smallest)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(self._largest, self._largest)

    def show_picture(self, draw: Draw, what: Hashable, accessible_name: str) -> None:
        """Show the picture `draw` makes; `what` names it, so the same picture handed
        over again (every second while playing) costs nothing."""
        self.setAccessibleName(accessible_name)
        if what == self._what:
            return
        self._draw, self._what = draw, what
        self._forget()

    def edge(self) -> int:
        """The side of the square the picture is drawn in, in logical pixels."""
        return max(1, min(self.width(), self.height(), self._largest))

    def pixmap(self) -> QPixmap:
        """The picture as it is on screen (drawn now if it has not been yet)."""
        if self._pixmap.isNull() and self._draw is not None:
            self._pixmap = self._draw(QSize(self.edge(), self.edge()))
        return self._pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        pixmap = self.pixmap()
        if pixmap.isNull():
            return
        size = pixmap.deviceIndependentSize()
        corner = QPointF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2)
        painter = QPainter(self)
        painter.drawPixmap(corner, pixmap)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._pixmap.isNull() and self._pixmap.deviceIndependentSize().toSize() != QSize(
            self.edge(), self.edge()
        ):
            self._forget()

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (light to dark) or screen (1x to 2x) wants a new drawing."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.DevicePixelRatioChange):
            self._forget()
        super().changeEvent(event)

    def _forget(self) -> None:
        self._pixmap = QPixmap()
        self.update()
