"""The break window's own look, laid over the system style rather than replacing it.

Every colour is derived from the window's palette, so a light, a dark and a
high-contrast desktop theme each get a card, quiet text and buttons that read on it;
nothing here assumes a light theme. The one colour taken from elsewhere is the warm
accent of the exercise pictures (illustration.py), so the countdown ring and the part
of the body that works share one colour; where that accent would not stand out from
the card (some high-contrast palettes), the text colour stands in for it.

Sizes come from the font, so the look scales with the user's font setting and on 2x
screens. The window calls `apply_look` when it is built and again when the palette
changes (a switch between light and dark follows the system without a restart).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFontMetricsF, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QWidget

from posture_break.ui.colour import contrast_ratio, is_dark, luminance, mix
from posture_break.ui.illustration import DARK_ACCENT, LIGHT_ACCENT

_TEXT_CONTRAST = 4.5  # WCAG AA for text
_GRAPHIC_CONTRAST = 3.0  # WCAG AA for the parts of a graphic (the ring's arc)


def _quiet(text: QColor, background: QColor) -> QColor:
    """The text colour faded toward the background as far as it stays readable."""
    for share in (0.35, 0.25, 0.15, 0.05):
        quiet = mix(text, background, share)
        if contrast_ratio(quiet, background) >= _TEXT_CONTRAST + 0.2:
            return quiet
    return QColor(text)


@dataclass(frozen=True)
class Colours:
    """The window's colours, all derived from one palette."""

    window: QColor
    text: QColor
    card: QColor  # behind the picture and the text blocks
    edge: QColor  # the card's border and the buttons' outline
    quiet: QColor  # secondary text on the card and the window
    accent: QColor  # the countdown ring's arc and the progress bar
    track: QColor  # the ring's and the bar's unfilled part
    primary: QColor  # the main button of a page
    primary_text: QColor


def colours(palette: QPalette) -> Colours:
    """The look's colours for `palette`.

    The card is the palette's Base where that is lighter than the window (light
    themes: a white card on grey), else the window lifted a little toward the text
    (dark themes, where a lighter surface reads as nearer). Every text colour keeps a
    contrast of 4.5:1 on the card and on the window.
    """
    roles = QPalette.ColorRole
    window = palette.color(roles.Window)
    text = palette.color(roles.WindowText)
    base = palette.color(roles.Base)
    dark = is_dark(palette)
    card = base if base.lightness() > window.lightness() else mix(window, text, 0.06)
    if contrast_ratio(text, card) < _TEXT_CONTRAST:
        card = QColor(window)
    darker_ground = card if luminance(card) < luminance(window) else window
    lighter_ground = window if darker_ground is card else card
    # Quiet text must read on both grounds: fade it against the one nearer to it.
    quiet = _quiet(text, lighter_ground if dark else darker_ground)
    accent = QColor(DARK_ACCENT if dark else LIGHT_ACCENT)
    if contrast_ratio(accent, card) < _GRAPHIC_CONTRAST:
        accent = QColor(text)
    primary = palette.color(roles.Highlight)
    primary_text = palette.color(roles.HighlightedText)
    away = QColor("black") if primary_text.lightness() >= 128 else QColor("white")
    for _ in range(8):  # a theme's pale highlight under white text: deepen it a little
        if contrast_ratio(primary, primary_text) >= _TEXT_CONTRAST:
            break
        primary = mix(primary, away, 0.12)
    return Colours(
        window=window,
        text=text,
        card=card,
        edge=mix(card, text, 0.16),
        quiet=quiet,
        accent=accent,
        track=mix(card, text, 0.1),
        primary=primary,
        primary_text=primary_text,
    )


def style_sheet(widget: QWidget) -> str:
    """The break window's style sheet for the widget's palette and font."""
    c = colours(widget.palette())
    em = QFontMetricsF(widget.font()).height()
    radius = round(em * 0.9)
    button_radius = round(em * 0.55)
    pad_v, pad_h = round(em * 0.45), round(em * 1.1)
    return f"""
QFrame#card {{
    background: {c.card.name()}; border: 1px solid {c.edge.name()};
    border-radius: {radius}px;
}}
QLabel[quiet="true"] {{ color: {c.quiet.name()}; }}
QLabel#caution {{
    color: {c.quiet.name()}; border: none;
    border-left: {max(2, round(em * 0.2))}px solid {c.quiet.name()};
    padding-left: {round(em * 0.6)}px;
}}
QPushButton {{
    background: {c.card.name()}; color: {c.text.name()};
    border: 1px solid {c.edge.name()}; border-radius: {button_radius}px;
    padding: {pad_v}px {pad_h}px; min-height: {round(em * 1.2)}px;
}}
QPushButton:hover {{ background: {mix(c.card, c.text, 0.07).name()}; }}
QPushButton:pressed {{ background: {mix(c.card, c.text, 0.14).name()}; }}
QPushButton:focus {{ border: 2px solid {c.primary.name()}; }}
QPushButton:disabled {{ color: {c.quiet.name()}; background: {c.window.name()}; }}
QPushButton[primary="true"] {{
    background: {c.primary.name()}; color: {c.primary_text.name()};
    border: 1px solid {c.primary.name()}; font-weight: bold;
    padding: {round(em * 0.6)}px {round(em * 1.6)}px;
}}
QPushButton[primary="true"]:hover {{ background: {mix(c.primary, c.primary_text, 0.1).name()}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {c.text.name()}; }}
QWidget#check-in QPushButton {{ padding: {round(em * 0.25)}px 0; }}
QProgressBar {{
    background: {c.track.name()}; border: none; border-radius: {round(em * 0.15)}px;
    max-height: {round(em * 0.3)}px; min-height: {round(em * 0.3)}px;
}}
QProgressBar::chunk {{ background: {c.accent.name()}; border-radius: {round(em * 0.15)}px; }}
"""


def apply_look(window: QWidget) -> None:
    """Lay the look over `window` and everything in it, for its current palette."""
    sheet = style_sheet(window)
    if window.styleSheet() != sheet:
        window.setStyleSheet(sheet)


class Card(QFrame):
    """A calm rounded surface that groups what belongs together (the style sheet
    paints it)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")


def quiet(label: QLabel) -> QLabel:
    """Mark `label` as secondary: it reads, but the eye goes elsewhere first."""
    label.setProperty("quiet", True)
    return label


def primary(button: QPushButton) -> QPushButton:
    """Mark `button` as the page's main action: larger and in the accent."""
    button.setProperty("primary", True)
    return button
