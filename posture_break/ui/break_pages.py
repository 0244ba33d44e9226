"""The break window's text pages: a message with buttons (the offer of a due break, the
one-time safety note) and the finish page with its check-in. The routine page is in
play_page.py.

Each page sets its words on cards (window_style.py) that take the room the window has,
so a page never reads as a few lines on an empty grey window.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posture_break.core.coach import Summary
from posture_break.core.i18n import QT_TRANSLATE_NOOP
from posture_break.core.routines import Exercise
from posture_break.ui.countdown_ring import CountdownRing
from posture_break.ui.picture_view import Draw, PictureView
from posture_break.ui.type_scale import set_type
from posture_break.ui.window_style import Card, primary, quiet

_SMALLEST_PICTURE = 160  # logical pixels, square: the picture on a text page
_LARGEST_PICTURE = 360
CHECK_IN_QUESTION = QT_TRANSLATE_NOOP("CheckIn", "How do your neck and upper back feel now?")
_COMMAND_KEYS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font, `factor` times larger: sizes follow the user's font setting."""
    font = QFont(widget.font())
    font.setPointSizeF(max(1.0, font.pointSizeF()) * factor)
    font.setBold(bold)
    return font


def em(widget: QWidget) -> int:
    """The height of a line of the widget's text: the unit every gap is measured in."""
    return round(QFontMetricsF(widget.font()).height())


def page_layout(page: QWidget) -> QVBoxLayout:
    """The margins and spacing every text page shares."""
    gap = em(page)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(round(gap * 1.8), round(gap * 1.4), round(gap * 1.8), gap)
    layout.setSpacing(round(gap * 0.8))
    return layout


def card_layout(card: Card, gap: int) -> QVBoxLayout:
    """A card's column: room around its words, as the page has around the card."""
    column = QVBoxLayout(card)
    pad = round(gap * 1.1)
    column.setContentsMargins(pad, pad, pad, pad)
    column.setSpacing(round(gap * 0.6))
    return column


def _titled_card(title: str, body: QLabel, gap: int, below: QWidget | None = None) -> Card:
    """A card with a small heading over `body`, and the room left below the words
    empty or given to `below`."""
    card = Card()
    column = card_layout(card, gap)
    column.addWidget(set_type(QLabel(title), 1.1, bold=True))
    column.addWidget(body)
    if below is None:
        column.addStretch(1)
    else:
        column.addWidget(below, 1)
    return card


def wrapping_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class MessagePage(QWidget):
    """A heading; a card with a picture beside the text (and whatever the page adds
    under it), centred on the card's height; a quiet aside; and a row of buttons, the
    default one last."""

    def __init__(self, heading: str, text: str, aside: str = "") -> None:
        super().__init__()
        gap = em(self)
        layout = page_layout(self)
        self.heading = set_type(wrapping_label(heading), 1.6, bold=True)
        layout.addWidget(self.heading)
        card = Card()
        row = QHBoxLayout(card)
        pad = round(gap * 1.1)
        row.setContentsMargins(pad, pad, pad, pad)
        row.setSpacing(round(gap * 1.4))
        self.picture = PictureView(_SMALLEST_PICTURE, _LARGEST_PICTURE)
        self.picture.hide()  # until a page gives it one
        row.addWidget(self.picture, 2)
        self._content = QVBoxLayout()
        self._content.setSpacing(round(gap * 0.8))
        self.text = set_type(wrapping_label(text), 1.3)
        self._content.addStretch(1)
        self._content.addWidget(self.text)
        self._content.addStretch(1)
        row.addLayout(self._content, 3)
        layout.addWidget(card, 1)
        if aside:
            layout.addWidget(quiet(wrapping_label(aside)))
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(round(gap * 0.5))
        self._buttons.addStretch(1)
        layout.addLayout(self._buttons)

    def show_picture(self, draw: Draw, exercise: Exercise) -> None:
        """The exercise's picture on the card, left of the text."""
        name = self.tr("Picture: {exercise}").format(exercise=exercise.name)
        self.picture.show_picture(draw, exercise.id, name)
        self.picture.show()

    def add_content(self, widget: QWidget) -> None:
        """More on the card below the text, such as what the routine holds."""
        self._content.insertWidget(self._content.count() - 1, widget)

    def add_button(
        self, label: str, tip: str, on_click: Callable[[], object], default: bool = False
    ) -> QPushButton:
        button = QPushButton(label)
        button.setToolTip(tip)
        button.setDefault(default)
        if default:
            primary(button)
        button.clicked.connect(on_click)
        self._buttons.addWidget(button)
        return button


class CheckIn(QWidget):
    """One tap, 0 to 10, on how the neck and upper back feel. Optional: closing the
    window skips it, and it asks once, so it never nags."""

    answered = Signal(int)  # the score; at most once

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("check-in")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        question = self.tr(CHECK_IN_QUESTION)
        self.question = QLabel(question)
        set_type(self.question, 1.0, bold=True)
        self.scale = QWidget()
        self.scale.setAccessibleName(question)
        row = QHBoxLayout(self.scale)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(QLabel(self.tr("stiff or sore")))
        self._group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        for score in range(11):
            button = QPushButton(str(score))
            button.setAccessibleName(self.tr("{score} of 10").format(score=score))
            tip = self.tr("{score} of 10, from 0 (stiff or sore) to 10 (good)")
            button.setToolTip(tip.format(score=score))
            self._group.addButton(button, score)
            self.buttons.append(button)
            row.addWidget(button)
        row.addWidget(QLabel(self.tr("good")))
        row.addStretch(1)
        for before, after in zip(self.buttons, self.buttons[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self._group.idClicked.connect(self._on_group_id_clicked)
        self.thanks = QLabel()
        self.thanks.hide()
        for widget in (self.question, self.scale, self.thanks):
            layout.addWidget(widget)
        self._fit_buttons()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_buttons()

    def _fit_buttons(self) -> None:
        """Eleven buttons of one width, "10" with room around it, at the current type."""
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance("10") + round(metrics.height() * 0.9)
        for button in self.buttons:
            button.setFixedWidth(width)

    def pending(self) -> bool:
        """Whether it still waits for a tap."""
        return self.scale.isVisibleTo(self)

    def answer(self, score: int) -> None:
        """Record `score` and say thanks instead of asking; a second answer is ignored."""
        if not self.pending():
            return
        self.scale.hide()
        self.thanks.setText(self.tr("Noted: {score}. Thanks.").format(score=score))
        self.thanks.show()
        self.answered.emit(score)

    @Slot(int)
    def _on_group_id_clicked(self, score: int) -> None:
        self.answer(score)


class FinishPage(QWidget):
    """The headline, then on cards what was done beside one "why this helps" fact, and
    under them the check-in beside Close."""

    def __init__(self, on_close: Callable[[], object]) -> None:
        super().__init__()
        gap = em(self)
        layout = page_layout(self)
        self.headline = set_type(wrapping_label(), 1.6, bold=True)
        layout.addWidget(self.headline)
        self.done_list = set_type(wrapping_label(), 1.1)
        self.done_list.setTextFormat(Qt.TextFormat.RichText)
        self.why = set_type(wrapping_label(), 1.4)
        cards = QHBoxLayout()
        cards.setSpacing(round(gap * 0.8))
        # How much of the routine was done, at a glance (full after all of it), in the
        # room a short list leaves; a long list leaves none, and the words matter more.
        self.done_ring = CountdownRing(size_in_lines=9, least_lines=0)
        done_card = _titled_card(self.tr("What you did"), self.done_list, gap, self.done_ring)
        cards.addWidget(done_card, 3)
        cards.addWidget(_titled_card(self.tr("Why this helps"), self.why, gap), 2)
        layout.addLayout(cards, 1)
        self.check_in = CheckIn()
        self.check_in.answered.connect(self._on_check_in_answered)
        self._check_in_card = Card()
        card_layout(self._check_in_card, gap).addWidget(self.check_in)
        bottom = QHBoxLayout()
        bottom.setSpacing(round(gap * 0.8))
        bottom.addWidget(self._check_in_card, 1)
        self.close_button = primary(QPushButton(self.tr("Close")))
        self.close_button.setDefault(True)
        self.close_button.setToolTip(self.tr("Close this window (Esc)"))
        self.close_button.clicked.connect(on_close)
        bottom.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.close_button, self.check_in.buttons[0])

    def show_summary(self, words: Summary, done_share: float, check_in: bool) -> None:
        """`done_share`: how much of the routine was played, 0 to 1; `check_in`: ask
        how it feels (only after something was done)."""
        self.headline.setText(words.headline)
        self.done_ring.show_count("✓", done_share, paused=False)
        self.done_ring.setAccessibleName(words.headline)
        items = "".join(f"<li>{escape(line)}</li>" for line in words.lines)
        list_style = "margin-left: 0; -qt-list-indent: 1"
        self.done_list.setText(f"<ul style='{list_style}'>{items}</ul>" if items else "")
        self.why.setText(words.why)
        self.check_in.setVisible(check_in)
        self._check_in_card.setVisible(check_in)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit answers the check-in in one key press (10 takes Tab). The typed text,
        not the key, counts, so digits work on keyboards that need Shift for them."""
        text = event.text()
        digit = len(text) == 1 and text.isdecimal() and not event.modifiers() & _COMMAND_KEYS
        if digit and self.check_in.isVisible() and self.check_in.pending():
            self.check_in.answer(int(text))
        else:
            super().keyPressEvent(event)

    @Slot()
    def _on_check_in_answered(self) -> None:
        """The buttons are gone: the keyboard goes back to Close."""
        self.close_button.setFocus()
