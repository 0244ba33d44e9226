"""Colour arithmetic for looks derived from the desktop's palette: blends, WCAG
contrast, and whether a palette is dark. Qt's colour classes only, so that the style
proxy (visible_boxes.py) uses it without loading the break window's look."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def mix(first: QColor, second: QColor, second_share: float) -> QColor:
    """`first` moved `second_share` (0..1) of the way toward `second`."""
    share = min(1.0, max(0.0, second_share))
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * share,
        first.greenF() + (second.greenF() - first.greenF()) * share,
        first.blueF() + (second.blueF() - first.blueF()) * share,
    )


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG 2 defines it."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette paints light text on a dark window (as the pictures decide)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
