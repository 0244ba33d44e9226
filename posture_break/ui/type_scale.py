"""Type that grows with the break window.

The pages are laid out for the smallest window (760 x 520 at the user's font size).
Where the screen gives the window more room, every text grows in proportion instead of
leaving the extra room empty, and the picture and the ring, whose sizes follow the text
or the room, grow with it: the same page, read from further away. A text's size is set
once as a multiple of the user's font (`set_type`); `retype` applies the window's scale
to all of them.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QWidget

# The smallest window the pages are laid out for: it fits 1366x768 with the panel and
# the window frame to spare.
BASE_SIZE = QSize(760, 520)
_LARGEST_SCALE = 1.5
_FACTOR = "type_factor"  # dynamic properties: a text's size and weight
_BOLD = "type_bold"

Typed = TypeVar("Typed", bound=QWidget)


def scale_for(size: QSize) -> float:
    """How much larger than at BASE_SIZE the text of a window of `size` is."""
    room = min(size.width() / BASE_SIZE.width(), size.height() / BASE_SIZE.height())
    return min(_LARGEST_SCALE, max(1.0, room))


def _font(factor: float, bold: bool, scale: float) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(max(1.0, font.pointSizeF()) * factor * scale)
    font.setBold(bold)
    return font


def set_type(widget: Typed, factor: float, bold: bool = False) -> Typed:
    """Give `widget`'s text `factor` times the user's font size, in bold if asked;
    it keeps that proportion when the window scales its type."""
    widget.setProperty(_FACTOR, factor)
    widget.setProperty(_BOLD, bold)
    widget.setFont(_font(factor, bold, 1.0))
    return widget


def retype(window: QWidget, scale: float) -> None:
    """Every text in `window` at `scale` times its set size; untyped text at `scale`
    times the size of the nearest typed widget around it, or of the user's font. Each
    widget gets its font set rather than inherited: a new application style polishes
    every widget again, and a widget under a style sheet then takes the application's
    font in place of an inherited one."""
    window.setFont(_font(1.0, False, scale))
    for child in window.findChildren(QWidget):
        child.setFont(_font(*_typed_as(child, window), scale))


def _typed_as(widget: QWidget, window: QWidget) -> tuple[float, bool]:
    """The factor and weight `widget` has, or else inherits from inside `window`."""
    typed: QWidget | None = widget
    while typed is not None and typed is not window:
        factor = typed.property(_FACTOR)
        if factor is not None:
            return float(factor), bool(typed.property(_BOLD))
        typed = typed.parentWidget()
    return 1.0, False
