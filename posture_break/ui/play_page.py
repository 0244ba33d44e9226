"""The break window's routine page: the picture on a card with the countdown ring and
the side under it, what to do beside it, and the controls. It shows what it is given;
break_window.py decides.

What the eye should find first, in order: the count and the picture (on the card), the
exercise's name, the one cue that matters most (large enough to read with the head
tipped to the side), then the steps; the other cues and the caution stay readable but
quiet. The controls: Back, Pause, Skip; then the Voice toggle and Stop.
"""

from __future__ import annotations

from collections.abc import Hashable
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posture_break.core.coach import Moment, PhaseNow, for_side, moment, needs, step_heading
from posture_break.core.playback import PlayerView
from posture_break.core.routines import Exercise, Side
from posture_break.ui.break_pages import em, wrapping_label
from posture_break.ui.countdown_ring import CountdownRing
from posture_break.ui.picture_view import Frames, PictureView
from posture_break.ui.type_scale import set_type
from posture_break.ui.window_style import Card, colours, primary, quiet

LARGEST_PICTURE = 400  # logical pixels; the SVGs are square
_SMALLEST_PICTURE = 180


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
        gap = em(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(round(gap * 1.2), round(gap * 0.9), round(gap * 1.2), gap)
        layout.setSpacing(round(gap * 0.6))

        header = QHBoxLayout()
        title = quiet(QLabel(routine_name))
        set_type(title, 1.0, bold=True)
        self.step_label = quiet(QLabel())
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.step_label)
        layout.addLayout(header)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress through the routine"))
        layout.addWidget(self.progress)

        body = QHBoxLayout()
        body.setSpacing(round(gap * 1.4))
        body.addWidget(self._card(), 4)
        body.addLayout(self._words(), 5)
        layout.addLayout(body, 1)

        self.controls = QHBoxLayout()
        self.controls.setSpacing(round(gap * 0.5))
        self.back_button = _control(
            self.tr("Back"), self.tr("Back: start this step again (Left arrow)")
        )
        self.pause_button = primary(_control(self.tr("Pause"), self.tr("Pause (Space)")))
        self.skip_button = _control(self.tr("Skip"), self.tr("Skip to the next step (Right arrow)"))
        self.stop_button = _control(self.tr("Stop"), self.tr("Stop the routine (Esc)"))
        # On: a voice says each step, for a head turned away (core/spoken_cues.py).
        self.voice_button = _control(
            self.tr("Voice"), self.tr("Say each step out loud, for when you look away")
        )
        self.voice_button.setCheckable(True)
        for button in (self.back_button, self.pause_button, self.skip_button):
            self.controls.addWidget(button)
        self.controls.addStretch(1)
        self.controls.addWidget(self.voice_button)
        self.controls.addWidget(self.stop_button)
        layout.addLayout(self.controls)
        self._steps_shown: tuple[str, Side | None] | None = None
        self._cues_for: tuple[tuple[str, ...], Side | None] | None = None
        self._phase_for: PhaseNow | None = None
        self._frames: tuple[Frames, Hashable, str] | None = None

    def _card(self) -> Card:
        """The picture, and under it the ring with the side and what it counts."""
        gap = em(self)
        card = Card()
        column = QVBoxLayout(card)
        pad = round(gap * 0.8)
        column.setContentsMargins(pad, pad, pad, pad)
        column.setSpacing(round(gap * 0.5))
        self.picture = PictureView(_SMALLEST_PICTURE, LARGEST_PICTURE)
        column.addWidget(self.picture, 1)
        status = QHBoxLayout()
        status.setSpacing(round(gap * 0.8))
        self.ring = CountdownRing(size_in_lines=6.5)
        self.ring.setAccessibleName(self.tr("Countdown"))
        status.addWidget(self.ring)
        beside = QVBoxLayout()
        beside.setSpacing(round(gap * 0.2))
        self.side_label = wrapping_label()
        set_type(self.side_label, 1.35, bold=True)
        self.caption = wrapping_label()
        set_type(self.caption, 1.05)
        self.beat = QLabel()
        self.beat.setTextFormat(Qt.TextFormat.RichText)
        set_type(self.beat, 1.3)
        self.beat.setAccessibleName(self.tr("Tempo"))
        beside.addStretch(1)
        for widget in (self.side_label, self.caption, self.beat):
            beside.addWidget(widget)
        beside.addStretch(1)
        status.addLayout(beside, 1)
        column.addLayout(status)
        return card

    def _words(self) -> QVBoxLayout:
        """What to do, from the name down to the caution."""
        gap = em(self)
        text = QVBoxLayout()
        text.setSpacing(round(gap * 0.55))
        self.exercise_name = wrapping_label()
        set_type(self.exercise_name, 1.8, bold=True)
        # What it is for and what it takes, read during the get-ready before moving.
        self.purpose = set_type(quiet(wrapping_label()), 1.1)
        self.needs = wrapping_label()
        set_type(self.needs, 1.1, bold=True)
        self.steps = wrapping_label()
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        set_type(self.steps, 1.3)
        # The first cue large, the others quiet: one thing to keep in mind while holding.
        self.cues = wrapping_label()
        self.cues.setTextFormat(Qt.TextFormat.RichText)
        self.cues.setAccessibleName(self.tr("Tips"))
        # Every time, set apart: a reminder, not an alarm.
        self.caution = wrapping_label()
        self.caution.setObjectName("caution")
        self.caution.setAccessibleName(self.tr("Caution"))
        for widget in (self.exercise_name, self.purpose, self.needs, self.steps, self.cues):
            text.addWidget(widget)
        text.addStretch(1)
        text.addWidget(self.caution)
        return text

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

    def show_picture(self, frames: Frames, what: Hashable, exercise_name: str) -> None:
        """The picture `frames` draws, named `what` (exercise and side); shown by the
        next `show_moment`, in the frame for the phase of the repetition then."""
        picture = self.tr("Picture: {exercise}").format(exercise=exercise_name)
        self._frames = (frames, what, picture)

    def _show_frame(self, phase: PhaseNow | None) -> None:
        """The picture in the frame for `phase`: the part of the movement under way."""
        if self._frames is None:
            return
        frames, what, name = self._frames
        number = 0 if phase is None else phase.number
        self.picture.show_picture(frames(number), (what, number), name)

    def show_moment(self, view: PlayerView) -> None:
        """The changing part: step, progress, side, countdown or rep, tempo, pause state."""
        words = moment(view)
        self._show_steps(view.exercise, view.side)
        self._show_frame(words.phase)
        self.step_label.setText(step_heading(view))
        self.progress.setValue(round(view.progress * 1000))
        self.side_label.setText(words.side)
        self.side_label.setVisible(bool(words.side))
        self.ring.show_count(words.big, 1.0 - view.segment_progress, view.paused)
        self.caption.setText(self.tr("Paused") if view.paused else words.caption)
        self._show_beat(words)
        self.pause_button.setText(self.tr("Resume") if view.paused else self.tr("Pause"))
        self.pause_button.setToolTip(
            self.tr("Resume (Space)") if view.paused else self.tr("Pause (Space)")
        )
        self.pause_button.setAccessibleName(self.pause_button.text())
        self.back_button.setEnabled(view.step_no > 1 or view.progress > 0)

    def _show_beat(self, words: Moment) -> None:
        """The tempo under the count: the part of the repetition in words, or without
        phases a dot for each second of it, those done filled."""
        self._phase_for = words.phase
        if words.phase is not None:
            self.beat.setText(self._phase_html(words.phase))
        elif words.beat is not None:
            into, per_rep = words.beat
            self.beat.setText(" ".join("●" if i <= into else "○" for i in range(per_rep)))
        else:
            self.beat.clear()
        self.beat.setVisible(words.phase is not None or words.beat is not None)

    def _phase_html(self, phase: PhaseNow) -> str:
        """ "Hold 3 · 2 · 1": the word large and strong, to be read with the head turned,
        then its seconds counting down, the current one strong and the others quiet; a
        phase of one second is its word alone."""
        size = self.beat.font().pointSizeF() * 1.4
        word = (
            f"<span style='font-size: {size:.1f}pt; font-weight: 700'>{escape(phase.word)}</span>"
        )
        if phase.seconds == 1:
            return word
        colour = colours(self.palette()).quiet.name()
        counts = " · ".join(
            f"<b>{second}</b>"
            if second == phase.left_s
            else f"<span style='color: {colour}'>{second}</span>"
            for second in range(phase.seconds, 0, -1)
        )
        return f"{word}&nbsp;&nbsp;{counts}"

    def _show_steps(self, exercise: Exercise, side: Side | None) -> None:
        """Numbered steps and every cue, worded for the side ("your left shoulder"), when
        the exercise or the side changes."""
        if self._steps_shown == (exercise.id, side):
            return
        self._steps_shown = (exercise.id, side)
        self.steps.setText(_html_list("ol", exercise.steps, side))
        self._cues_for = (exercise.cues, side)
        self.cues.setText(self._cues_html(exercise.cues, side))
        self.cues.setVisible(bool(exercise.cues))

    def _cues_html(self, cues: tuple[str, ...], side: Side | None) -> str:
        """The first cue in large type, the others below it in the quiet colour."""
        if not cues:
            return ""
        size = self.cues.font().pointSizeF() * 1.6
        first = escape(for_side(cues[0], side))
        key = f"<p style='font-size: {size:.1f}pt; font-weight: 600'>{first}</p>"
        if len(cues) == 1:
            return key
        colour = colours(self.palette()).quiet.name()
        rest = "".join(f"<li>{escape(for_side(line, side))}</li>" for line in cues[1:])
        return f"{key}<ul style='color: {colour}; margin-left: 0; -qt-list-indent: 1'>{rest}</ul>"

    def changeEvent(self, event: QEvent) -> None:
        """The cues and the phase carry their colour and size in their text: word them
        again for a new palette or type size."""
        super().changeEvent(event)
        changes = (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
        if event.type() in changes and self._cues_for is not None:
            self.cues.setText(self._cues_html(*self._cues_for))
        if event.type() in changes and self._phase_for is not None:
            self.beat.setText(self._phase_html(self._phase_for))


def _html_list(tag: str, lines: tuple[str, ...], side: Side | None) -> str:
    items = "".join(f"<li>{escape(for_side(line, side))}</li>" for line in lines)
    return f"<{tag} style='margin-left: 0; -qt-list-indent: 1'>{items}</{tag}>"
