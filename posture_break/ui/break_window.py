"""The break window: walks the user through one routine, then says what they did.

It shows what the player (core/playback.py) says and words it with core/coach.py; it
decides nothing about timing. One single-shot timer is armed for the moment the view
next changes, and only while the window is visible and the routine runs: a paused,
hidden or finished window costs nothing.

Pages: the safety note (until the user has acknowledged it once), the routine, and the
finish page, which may ask how the neck and upper back feel now. Keys work on every
page without focus juggling: Space pauses, Left goes back, Right skips, Esc stops (and on
the finish page, closes).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QGuiApplication,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posture_break import APP_NAME
from posture_break.core.clock import Clock
from posture_break.core.coach import cue_for, safety_note, summary
from posture_break.core.playback import Outcome, Player, PlayerView
from posture_break.core.ports import Notes
from posture_break.core.routines import Exercise, Routine, Side
from posture_break.core.timeline import routine_length_s, sides_played
from posture_break.core.values import Answer, Offer
from posture_break.ui.break_pages import FinishPage, MessagePage
from posture_break.ui.exercise_pictures import ExercisePictures
from posture_break.ui.fixed_size import fix_size
from posture_break.ui.offer_page import OfferPage, way_out
from posture_break.ui.play_page import PlayPage
from posture_break.ui.type_scale import BASE_SIZE, retype, scale_for
from posture_break.ui.window_style import apply_look

_ROOMY = QSize(960, 640)  # where the screen has room: the picture at about 400 px


class BreakWindow(QWidget):
    """One run of one routine. Emits `ended` once with what was done."""

    # Exactly one of these comes, once: the routine began (what was done, perhaps
    # nothing), or it never did (SNOOZE or SKIP from the offer page; SKIP also when
    # the window is closed before the routine began).
    ended = Signal(object)  # Outcome
    answered = Signal(object)  # Answer
    # After `ended`, at most once: how the neck and upper back feel, 0 to 10.
    checked_in = Signal(int)
    began = Signal()  # the routine starts playing
    moved = Signal(object, object)  # each view shown: PlayerView before (None first), now

    def __init__(
        self,
        routine: Routine,
        clock: Clock,
        illustrations: Callable[[str], bytes | None],
        notes: Notes,
        play_cue: Callable[[str], None],
        offer: Offer | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.routine = routine
        self.player = Player(routine, clock)
        self._clock = clock
        self._notes = notes
        self._play_cue = play_cue
        self._last_view: PlayerView | None = None
        self._pictures = ExercisePictures(illustrations, self)
        self._shown_exercise: str | None = None
        self._outcome: Outcome | None = None
        self._answered = False
        self._offer = offer
        self.setWindowTitle(f"{routine.name} — {APP_NAME}")
        self.setObjectName("break-window")

        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.timeout.connect(self.refresh)

        self.pages = QStackedWidget(self)
        self.offer_page: OfferPage | None = None
        # The first picture as the routine will begin it, on its first side.
        first = routine.items[0].exercise
        first_picture = self._pictures.drawer(first, sides_played(first.sides)[0])
        if offer is not None:
            self.offer_page = OfferPage(routine, offer, first_picture)
            self.offer_page.start_requested.connect(self._start)
            self.offer_page.answered.connect(self._answer)
            self.pages.addWidget(self.offer_page)
        self.safety_page = MessagePage(
            self.tr("Before your first stretch"),
            safety_note(),
            self.tr("This note shows once. You can read it again in About."),
        )
        self.safety_page.show_picture(first_picture, first)
        self.safety_page.add_button(
            self.tr("Not now"), self.tr("Close without stretching (Esc)"), self.close
        )
        self.understood_button = self.safety_page.add_button(
            self.tr("I understand, start"), "", self._on_understood, default=True
        )
        self.play_page = PlayPage(routine.name)
        self.play_page.back_button.clicked.connect(self._on_back)
        self.play_page.pause_button.clicked.connect(self._on_space)
        self.play_page.skip_button.clicked.connect(self._on_skip)
        self.play_page.stop_button.clicked.connect(self.stop)
        self.finish_page = FinishPage(self.close)
        self.finish_page.check_in.answered.connect(self.checked_in)
        self.close_button = self.finish_page.close_button
        for page in (self.safety_page, self.play_page, self.finish_page):
            self.pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._type_scale = 1.0  # the look is laid on at the first resize, before showing

        self._keys: dict[int, Callable[[], None]] = {
            Qt.Key.Key_Space: self._on_space,
            Qt.Key.Key_Left: self._on_back,
            Qt.Key.Key_Right: self._on_skip,
            Qt.Key.Key_Escape: self._on_escape,
        }

        if self.offer_page is not None:
            self.pages.setCurrentWidget(self.offer_page)
        else:
            self._start()

    # Playing ---------------------------------------------------------------------------

    def _begin(self) -> None:
        self.pages.setCurrentWidget(self.play_page)
        self.player.start()
        self.began.emit()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Show what the player says now, and arm the timer for the next change."""
        if self._outcome is not None or self.pages.currentWidget() is not self.play_page:
            return
        view = self.player.view()
        cue = cue_for(self._last_view, view)
        if cue is not None:
            self._play_cue(cue)
        self.moved.emit(self._last_view, view)
        self._last_view = view
        if view.finished:
            self._finish(self.player.stop())
            return
        self._show_exercise(view.exercise, view.side)
        self.play_page.show_moment(view)
        self._arm()

    def _arm(self) -> None:
        due = self.player.next_change()
        if due is None or not self.isVisible():
            self._tick.stop()
            return
        self._tick.start(max(0, math.ceil((due - self._clock.elapsed()) * 1000)))

    def _show_exercise(self, exercise: Exercise, side: Side | None) -> None:
        """The exercise's texts when it changes, and the picture for the side."""
        if exercise.id != self._shown_exercise:
            self._shown_exercise = exercise.id
            self.play_page.show_exercise(exercise)
        frames = self._pictures.frames(exercise, side)
        self.play_page.show_picture(frames, (exercise.id, side), exercise.name)

    def _finish(self, outcome: Outcome) -> None:
        """Show the finish page and report the outcome, once."""
        self._tick.stop()
        self._outcome = outcome
        share = outcome.active_s / max(1, routine_length_s(self.routine))
        self.finish_page.show_summary(
            summary(self.routine, outcome), min(1.0, share), check_in=bool(outcome.done)
        )
        self.pages.setCurrentWidget(self.finish_page)
        self.close_button.setFocus()
        self.ended.emit(outcome)

    # User actions ----------------------------------------------------------------------

    @Slot()
    def stop(self) -> None:
        """Stop early: the finish page says what was done, unless nothing was."""
        if self.pages.currentWidget() is not self.play_page or self._outcome is not None:
            return
        outcome = self.player.stop()
        if outcome.done:
            self._finish(outcome)
        else:
            self.close()

    def _start(self) -> None:
        """Play the routine, after the safety note if the user has never seen it."""
        if self._notes.safety_note_seen():
            self._begin()
        else:
            self.pages.setCurrentWidget(self.safety_page)
            self.understood_button.setFocus()

    def _answer(self, answer: Answer) -> None:
        """Snooze or skip from the offer page: the window's work is done."""
        if not self._answered and self._outcome is None:
            self._answered = True
            self.answered.emit(answer)
        self.close()

    def _on_understood(self) -> None:
        self._notes.acknowledge_safety_note()
        self._begin()

    def answer_keys(self) -> None:
        """Typing has paused: the offer answers keys from now on (offer_page.py)."""
        if self.offer_page is not None:
            self.offer_page.answer_keys()

    def offering(self) -> bool:
        """Whether the window still waits for an answer to its offer."""
        return self.offer_page is not None and self.pages.currentWidget() is self.offer_page

    def playing(self) -> bool:
        """Whether a routine is under way here (not the safety note or the finish page)."""
        return self.pages.currentWidget() is self.play_page and self._outcome is None

    def _on_space(self) -> None:
        if self.playing():
            self.player.toggle_pause()
            self.refresh()

    def _on_back(self) -> None:
        if self.playing():
            self.player.back()
            self.refresh()

    def _on_skip(self) -> None:
        if self.playing():
            self.player.skip()
            self.refresh()

    def _on_escape(self) -> None:
        if self.playing():
            self.stop()
        elif self.offering():
            answer = way_out(self._offer)
            if answer is not None:
                self._answer(answer)
        else:
            self.close()

    # Window ----------------------------------------------------------------------------

    def place(self) -> None:
        """Size for the screen the pointer is on (fixed: fixed_size.py) and centre it
        there: roomy where the screen allows, never under the smallest size the pages
        are laid out for, and never over 90 % of the screen."""
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        most = QSize(int(area.width() * 0.9), int(area.height() * 0.9))
        least = self.minimumSizeHint().expandedTo(BASE_SIZE)
        size = _ROOMY.boundedTo(most).expandedTo(least).boundedTo(most)
        fix_size(self, size)
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())

    def bring_forward(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The window's keys. The play page has nothing that takes focus, so its keys
        arrive here; on the other pages a focused button takes Space and Enter first.
        An offer answers no key until typing has paused (answer_keys)."""
        if self.offer_page is not None and self.offering() and not self.offer_page.answers_keys:
            event.accept()
            return
        action = self._keys.get(event.key())
        if action is None or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            super().keyPressEvent(event)
            return
        action()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Where the window has more room than the pages are laid out for, the type
        grows with it (type_scale.py), and the look's sizes follow the type."""
        scale = scale_for(event.size())
        if scale != self._type_scale:
            self._type_scale = scale
            retype(self, scale)
        apply_look(self)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (the desktop switched between light and dark, or to high
        contrast): the look follows."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            apply_look(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # catches up on time passed while hidden, re-arms the timer

    def hideEvent(self, event: object) -> None:
        self._tick.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing while playing stops the routine and records what was done; closing
        before it began lets the break go (put off, if skipping is off and it still
        may be: nobody is kept from their work by this window)."""
        if self._outcome is None and self.pages.currentWidget() is self.play_page:
            self._outcome = self.player.stop()
            self.ended.emit(self._outcome)
        elif self._outcome is None and not self._answered:
            self._answered = True
            self.answered.emit(way_out(self._offer) or Answer.SKIP)
        self._tick.stop()
        super().closeEvent(event)
