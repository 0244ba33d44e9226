"""The exercise editor's preview: the exercise as the break window shows it, on the break
window's own routine page (play_page.py) with its look, its picture drawing and its
words for the first set (its first side, the hold or the first repetition).

The page's controls are left out: nothing plays here. Until the draft loads there is
nothing to show, and a line says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from posture_break.core.playback import PlayerView
from posture_break.core.routines import Exercise
from posture_break.core.timeline import SegmentKind, sides_played
from posture_break.ui.exercise_pictures import ExercisePictures
from posture_break.ui.play_page import PlayPage
from posture_break.ui.window_style import apply_look


def first_set(exercise: Exercise) -> PlayerView:
    """The moment the break window shows when the exercise's first set begins."""
    dose = exercise.dose
    holds = dose.is_hold
    return PlayerView(
        kind=SegmentKind.HOLD if holds else SegmentKind.REPS,
        exercise=exercise, side=sides_played(exercise.sides)[0], set_no=1, sets=dose.sets,
        rep=0 if holds else 1, reps=0 if holds else dose.reps or 0,
        rep_s=0 if holds else dose.rep_s or 0,
        remaining_s=(dose.hold_s or 0) if holds else (dose.reps or 0) * (dose.rep_s or 0),
        segment_progress=0.0, progress=0.0, step_no=1, step_count=1, next_name=None,
        paused=False, finished=False,
    )  # fmt: skip


class ExercisePreview(QStackedWidget):
    """The play page showing one exercise, or a line saying why there is none yet."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Preview"))
        waiting = QLabel(self.tr("The preview shows the exercise once it would load."))
        waiting.setWordWrap(True)
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(waiting)
        self._frame = QWidget()  # carries the break window's style sheet
        self._frame.setObjectName("break-window")
        #: The heading of the preview in the exercise editor, where a routine's name is
        self.page = PlayPage(self.tr("Preview"))
        for button in (
            self.page.back_button,
            self.page.pause_button,
            self.page.skip_button,
            self.page.voice_button,
            self.page.stop_button,
        ):
            button.hide()
        layout = QVBoxLayout(self._frame)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.addWidget(self._frame)
        apply_look(self._frame)

    def show_exercise(self, exercise: Exercise | None, read: Callable[[str], bytes | None]) -> None:
        """Show `exercise` with its pictures read by `read`; None: it does not load."""
        if exercise is None:
            self.setCurrentIndex(0)
            return
        view = first_set(exercise)
        self.page.show_exercise(exercise)
        pictures = ExercisePictures(read, self)  # drawn afresh: a picture may be new
        frames = pictures.frames(exercise, view.side)
        self.page.show_picture(frames, object(), exercise.name)
        self.page.show_moment(view)
        self.setCurrentIndex(1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            apply_look(self._frame)
