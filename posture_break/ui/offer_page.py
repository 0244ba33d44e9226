"""The break window's first page for a due break: what it holds, and Start, Later, Skip.

A due break opens while the user may be typing in another window, and on Wayland the
new window may get the keyboard at once. So until the shell has seen a pause in typing
(`answer_keys`), no key answers this page and none of its buttons can take focus: a
Space or Enter meant for the user's editor never starts the break. Clicks always work.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from posture_break.core.i18n import Context
from posture_break.core.routines import Routine, Sides
from posture_break.core.timeline import minutes_label, routine_length_s
from posture_break.core.values import Answer, Offer
from posture_break.ui.break_pages import MessagePage, wrapping_label
from posture_break.ui.picture_view import Draw
from posture_break.ui.type_scale import set_type

OfferPageWords = Context("OfferPageWords")  # the counted texts (see core/i18n.py)


def way_out(offer: Offer | None) -> Answer | None:
    """What Esc (or closing the window) answers an offer: skip, or "later" when
    skipping is off in the settings; None when neither is allowed (only Start is left)."""
    if offer is None or offer.can_skip:
        return Answer.SKIP
    return Answer.SNOOZE if offer.snooze_min else None


class OfferPage(MessagePage):
    start_requested = Signal()
    answered = Signal(object)  # Answer: snooze or skip

    def __init__(self, routine: Routine, offer: Offer, first_picture: Draw) -> None:
        length = minutes_label(routine_length_s(routine))
        text = self.tr("{routine}, {length}. {summary}").format(
            routine=routine.name, length=length, summary=routine.summary
        )
        super().__init__(offer.title, text)
        self.show_picture(first_picture, routine.items[0].exercise)
        self.add_content(self._contents(routine))
        escape_key = way_out(offer)
        if escape_key is Answer.SKIP:
            self.add_button(
                self.tr("Skip"),
                self.tr("Let this break go (Esc)"),
                lambda: self.answered.emit(Answer.SKIP),
            )
        if offer.snooze_min:
            minutes = offer.snooze_min
            if escape_key is Answer.SNOOZE:
                tip = OfferPageWords.tr("Remind me in %n minute(s) (Esc)", None, minutes)
            else:
                tip = OfferPageWords.tr("Remind me in %n minute(s)", None, minutes)
            self.add_button(offer.snooze_label, tip, lambda: self.answered.emit(Answer.SNOOZE))
        self.start_button = self.add_button(
            self.tr("Start"),
            self.tr("Start the routine (Enter)"),
            self.start_requested.emit,
            default=True,
        )
        self.answers_keys = False
        for button in self.findChildren(QPushButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def answer_keys(self) -> None:
        """Typing has paused: from now on Enter starts the break and Esc lets it go,
        and the buttons take focus for keyboard users."""
        if self.answers_keys:
            return
        self.answers_keys = True
        for button in self.findChildren(QPushButton):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.start_button.setFocus()

    def _contents(self, routine: Routine) -> QWidget:
        """The list of what the routine holds."""
        lines = []
        for item in routine.items:
            name = item.exercise.name
            if item.exercise.sides is Sides.LEFT_AND_RIGHT:
                #: An exercise done on the left, then on the right.
                name = self.tr("{exercise} (each side)").format(exercise=name)
            lines.append(f"<li>{escape(name)}</li>")
        style = "margin-left: 0; -qt-list-indent: 1"
        contents = wrapping_label(f"<ol style='{style}'>{''.join(lines)}</ol>")
        contents.setTextFormat(Qt.TextFormat.RichText)
        return set_type(contents, 1.2)
