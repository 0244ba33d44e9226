"""The break window's routine page: the picture with the side and the countdown under
it, what to do beside it, and the controls. It shows what it is given; break_window.py
decides."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from posture_break.core.coach import for_side, moment, needs, step_heading
from posture_break.core.playback import PlayerView
from posture_break.core.routines import Exercise, Side
from posture_break.ui.break_pages import scaled_font, wrapping_label

PICTURE_SIZE = QSize(260, 260)  # logical pixels; the SVGs are square


def _control(label: str, tip: str) -> QPushButton:
    button = QPushButton(label)
    button.setToolTip(tip)
    button.setAccessibleName(label)
    button.setAccessibleDescription(tip)
    # The keys act on the whole window (its keyPressEvent); a focused button would take
    # Space for itself.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class PlayPage(QWidget):
    def __init__(self, routine_name: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)

        header = QHBoxLayout()
        title = QLabel(routine_name)
        title.setFont(scaled_font(self, 1.1, bold=True))
        self.step_label = QLabel()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.step_label)
        layout.addLayout(header)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(self.tr("Progress through the routine"))
        layout.addWidget(self.progress)

        body = QHBoxLayout()
        body.setSpacing(24)
        # Left: the picture with the side and the countdown under it, where the eye
        # already is.
        left = QVBoxLayout()
        left.setSpacing(6)
        self.picture = QLabel()
        self.picture.setFixedSize(PICTURE_SIZE)
        self.side_label = QLabel()
        self.side_label.setFont(scaled_font(self, 1.4, bold=True))
        self.big = QLabel()
        self.big.setFont(scaled_font(self, 3.2, bold=True))
        self.caption = QLabel()
        self.caption.setFont(scaled_font(self, 1.15))
        self.beat = QLabel()
        self.beat.setFont(scaled_font(self, 1.3))
        self.beat.setAccessibleName(self.tr("Tempo"))
        for widget in (self.picture, self.side_label, self.big, self.caption, self.beat):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            left.addWidget(widget)
        left.addStretch(1)
        body.addLayout(left)
        # Right: what to do.
        text = QVBoxLayout()
        text.setSpacing(8)
        self.exercise_name = wrapping_label()
        self.exercise_name.setFont(scaled_font(self, 1.45, bold=True))
        # What it is for and what it takes, read during the get-ready before moving.
        self.purpose = wrapping_label()
        self.needs = wrapping_label()
        self.needs.setFont(scaled_font(self, 1.0, bold=True))
        self.steps = wrapping_label()
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setFont(scaled_font(self, 1.1))
        self.cues = wrapping_label()
        self.cues.setTextFormat(Qt.TextFormat.RichText)
        cue_font = scaled_font(self, 1.05)
        cue_font.setItalic(True)
        self.cues.setFont(cue_font)
        self.cues.setAccessibleName(self.tr("Tips"))
        # Every time, in a quiet frame: a reminder, not an alarm.
        self.caution = wrapping_label()
        self.caution.setObjectName("caution")
        self.caution.setStyleSheet(
            "#caution { border: 1px solid palette(mid); border-radius: 4px; padding: 6px 8px; }"
        )
        self.caution.setAccessibleName(self.tr("Caution"))
        for widget in (
            self.exercise_name, self.purpose, self.needs, self.steps, self.cues, self.caution,
        ):  # fmt: skip
            text.addWidget(widget)
        text.addStretch(1)
        body.addLayout(text, 1)
        layout.addLayout(body, 1)

        controls = QHBoxLayout()
        self.back_button = _control(
            self.tr("Back"), self.tr("Back: start this step again (Left arrow)")
        )
        self.pause_button = _control(self.tr("Pause"), self.tr("Pause (Space)"))
        self.skip_button = _control(self.tr("Skip"), self.tr("Skip to the next step (Right arrow)"))
        self.stop_button = _control(self.tr("Stop"), self.tr("Stop the routine (Esc)"))
        # On: a voice says each step, for a head turned away (core/spoken_cues.py).
        self.voice_button = _control(
            self.tr("Voice"), self.tr("Say each step out loud, for when you look away")
        )
        self.voice_button.setCheckable(True)
        for button in (self.back_button, self.pause_button, self.skip_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.voice_button)
        controls.addWidget(self.stop_button)
        layout.addLayout(controls)
        self._steps_shown: tuple[str, Side | None] | None = None

    def show_exercise(self, exercise: Exercise) -> None:
        """Name, purpose, what it needs and its cautions; the steps come with the side."""
        self.exercise_name.setText(exercise.name)
        for label, words in (
            (self.purpose, exercise.purpose),
            (self.needs, needs(exercise)),
            (self.caution, " ".join(exercise.cautions)),
        ):
            label.setText(words)
            label.setVisible(bool(words))
        self._steps_shown = None

    def show_picture(self, pixmap: QPixmap, exercise_name: str) -> None:
        if pixmap.cacheKey() != self.picture.pixmap().cacheKey():
            self.picture.setPixmap(pixmap)
            picture = self.tr("Picture: {exercise}").format(exercise=exercise_name)
            self.picture.setAccessibleName(picture)

    def show_moment(self, view: PlayerView) -> None:
        """The changing part: step, progress, side, countdown or rep, tempo, pause state."""
        words = moment(view)
        self._show_steps(view.exercise, view.side)
        self.step_label.setText(step_heading(view))
        self.progress.setValue(round(view.progress * 1000))
        self.side_label.setText(words.side)
        self.side_label.setVisible(bool(words.side))
        self.big.setText(words.big)
        self.caption.setText(self.tr("Paused") if view.paused else words.caption)
        if words.beat is None:
            self.beat.clear()
        else:
            into, per_rep = words.beat
            self.beat.setText(" ".join("●" if i <= into else "○" for i in range(per_rep)))
        self.pause_button.setText(self.tr("Resume") if view.paused else self.tr("Pause"))
        self.pause_button.setToolTip(
            self.tr("Resume (Space)") if view.paused else self.tr("Pause (Space)")
        )
        self.pause_button.setAccessibleName(self.pause_button.text())
        self.back_button.setEnabled(view.step_no > 1 or view.progress > 0)

    def _show_steps(self, exercise: Exercise, side: Side | None) -> None:
        """Numbered steps and every cue, worded for the side ("your left shoulder"), when
        the exercise or the side changes."""
        if self._steps_shown == (exercise.id, side):
            return
        self._steps_shown = (exercise.id, side)
        self.steps.setText(_html_list("ol", exercise.steps, side))
        self.cues.setText(_html_list("ul", exercise.cues, side))
        self.cues.setVisible(bool(exercise.cues))


def _html_list(tag: str, lines: tuple[str, ...], side: Side | None) -> str:
    items = "".join(f"<li>{escape(for_side(line, side))}</li>" for line in lines)
    return f"<{tag} style='margin-left: 0; -qt-list-indent: 1'>{items}</{tag}>"
