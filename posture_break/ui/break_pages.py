"""The break window's text pages: a message with buttons (the offer of a due break, the
one-time safety note) and the finish page. The routine page is in break_window.py."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from posture_break.core.coach import Summary


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


class FinishPage(QWidget):
    """What was done, one "why this helps" fact, and Close."""

    def __init__(self, on_close: Callable[[], object]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(12)
        self.headline = wrapping_label()
        self.headline.setFont(scaled_font(self, 1.4, bold=True))
        self.done_list = wrapping_label()
        self.done_list.setTextFormat(Qt.TextFormat.RichText)
        why_heading = QLabel("Why this helps")
        why_heading.setFont(scaled_font(self, 1.0, bold=True))
        self.why = wrapping_label()
        self.why.setFont(scaled_font(self, 1.1))
        for widget in (self.headline, self.done_list, why_heading, self.why):
            layout.addWidget(widget)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton("Close")
        self.close_button.setDefault(True)
        self.close_button.setToolTip("Close this window (Esc)")
        self.close_button.clicked.connect(on_close)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def show_summary(self, words: Summary) -> None:
        self.headline.setText(words.headline)
        items = "".join(f"<li>{escape(line)}</li>" for line in words.lines)
        self.done_list.setText(f"<ul>{items}</ul>" if items else "")
        self.why.setText(words.why)
