"""Check boxes and radio buttons that can be seen on a dark palette.

Qt's Fusion style, the one Qt draws with where the desktop brings no style of its own
(stock GNOME, XFCE, a bare X session), outlines a check box or a radio button in the
window colour darkened, which on a dark palette is the colour of the box's own
fill: an unchecked box, or an unchecked routine in a list, shows as nothing at all
(about 1.1:1 against its surroundings). Over Fusion, and only on a dark palette, the
outline is drawn again in a colour that stands out from both the window and the box.
Other styles draw their own indicators and are left as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from posture_break.ui.colour import is_dark, mix

_BOX = QStyle.PrimitiveElement.PE_IndicatorCheckBox
_RADIO = QStyle.PrimitiveElement.PE_IndicatorRadioButton
_OUTLINE_SHARE = 0.5  # of the way from the window colour to the text colour: 3:1 or more


class VisibleBoxes(QProxyStyle):
    """Fusion, with the outline of its check boxes and radio buttons drawn so that it
    shows on a dark palette. Items checkable in a list are drawn as check boxes, too."""

    def drawPrimitive(  # noqa: N802 (a Qt override)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in (_BOX, _RADIO) and is_dark(option.palette):
            _outline(element is _RADIO, option, painter)


def _outline(round_: bool, option: QStyleOption, painter: QPainter) -> None:
    palette: QPalette = option.palette
    roles = QPalette.ColorRole
    colour = mix(palette.color(roles.Window), palette.color(roles.WindowText), _OUTLINE_SHARE)
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(colour, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if round_:
        painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    else:
        painter.drawRoundedRect(rect, 1.0, 1.0)
    painter.restore()


def show_boxes_plainly() -> None:
    """Lay VisibleBoxes over the application's style if that is Fusion (once)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    style = app.style()
    if isinstance(style, VisibleBoxes) or style.name().lower() != "fusion":
        return
    app.setStyle(VisibleBoxes("fusion"))
