"""The app icon, rendered from our SVG once per state at the sizes panels ask for."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from posture_break.shipped import read_bytes

# Panel sizes in common use; QIcon picks the nearest and scales the rest.
_SIZES = (16, 22, 24, 32, 48, 64, 128)


def app_icon(paused: bool = False, scale: float = 1.0) -> QIcon:
    """Render the icon into pixmaps so every size is drawn from the vector, not scaled.

    `scale` is the screen's device pixel ratio: at 2x each pixmap gets twice the pixels.
    """
    name = "icons/posture-break-paused.svg" if paused else "icons/posture-break.svg"
    renderer = QSvgRenderer(QByteArray(read_bytes(name)))
    icon = QIcon()
    for size in _SIZES:
        pixels = round(size * scale)
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, pixels, pixels))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon
