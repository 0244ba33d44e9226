"""The break window's text pages: a message with buttons (the offer of a due break, the
one-time safety note) and the finish page with its check-in. The routine page is in
play_page.py."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent
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


def wrapping_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class MessagePage(QWidget):
    """A heading, a few lines of text and a row of buttons, the default one last."""

    def __init__(self, heading: str, text: str, aside: str = "") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(12)
        self.heading = QLabel(heading)
        self.heading.setFont(scaled_font(self, 1.5, bold=True))
        self.text = wrapping_label(text)
        self.text.setFont(scaled_font(self, 1.15))
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        if aside:
            layout.addWidget(wrapping_label(aside))
        self._content = QVBoxLayout()
        layout.addLayout(self._content)
        layout.addStretch(1)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        layout.addLayout(self._buttons)

    def add_content(self, widget: QWidget) -> None:
        """More below the text, such as what the routine holds."""
        self._content.addWidget(widget)

    def add_button(
        self, label: str, tip: str, on_click: Callable[[], object], default: bool = False
    ) -> QPushButton:
        button = QPushButton(label)
        button.setToolTip(tip)
        button.setDefault(default)
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
        self.setStyleSheet(
            "#check-in QPushButton { border: 1px solid palette(mid); border-radius: 4px;"
            " padding: 4px 0; }"
            "#check-in QPushButton:hover { background: palette(midlight); }"
            "#check-in QPushButton:focus { border: 2px solid palette(highlight); }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        question = self.tr(CHECK_IN_QUESTION)
        self.question = QLabel(question)
        self.question.setFont(scaled_font(self, 1.0, bold=True))
        self.scale = QWidget()
        self.scale.setAccessibleName(question)
        row = QHBoxLayout(self.scale)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(QLabel(self.tr("stiff or sore")))
        self._group = QButtonGroup(self)
        width = self.fontMetrics().horizontalAdvance("10") + self.fontMetrics().height()
        self.buttons: list[QPushButton] = []
        for score in range(11):
            button = QPushButton(str(score))
            button.setAccessibleName(self.tr("{score} of 10").format(score=score))
            tip = self.tr("{score} of 10, from 0 (stiff or sore) to 10 (good)")
            button.setToolTip(tip.format(score=score))
            button.setFixedWidth(width)
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
    """What was done, one "why this helps" fact, the check-in, and Close."""

    def __init__(self, on_close: Callable[[], object]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(12)
        self.headline = wrapping_label()
        self.headline.setFont(scaled_font(self, 1.4, bold=True))
        self.done_list = wrapping_label()
        self.done_list.setTextFormat(Qt.TextFormat.RichText)
        why_heading = QLabel(self.tr("Why this helps"))
        why_heading.setFont(scaled_font(self, 1.0, bold=True))
        self.why = wrapping_label()
        self.why.setFont(scaled_font(self, 1.1))
        for widget in (self.headline, self.done_list, why_heading, self.why):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.check_in = CheckIn()
        self.check_in.answered.connect(self._on_check_in_answered)
        layout.addWidget(self.check_in)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.setToolTip(self.tr("Close this window (Esc)"))
        self.close_button.clicked.connect(on_close)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.close_button, self.check_in.buttons[0])

    def show_summary(self, words: Summary, check_in: bool) -> None:
        """`check_in`: ask how it feels (only after something was done)."""
        self.headline.setText(words.headline)
        items = "".join(f"<li>{escape(line)}</li>" for line in words.lines)
        self.done_list.setText(f"<ul>{items}</ul>" if items else "")
        self.why.setText(words.why)
        self.check_in.setVisible(check_in)

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
