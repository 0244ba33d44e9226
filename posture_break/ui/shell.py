"""The Qt shell: the tray, and the windows it opens on demand.

It renders what the core says and forwards what the user asks for; it decides nothing
about reminders. Windows are built on first use, so start-up loads only the tray.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication, QWidget

from posture_break import APP_NAME
from posture_break.core.clock import Clock
from posture_break.core.coordinator import Offer
from posture_break.core.playback import Outcome
from posture_break.core.routines import Routine
from posture_break.ui.app_menu import AppMenu
from posture_break.ui.tray import StatusSource, Tray

if TYPE_CHECKING:
    from posture_break.core.stats import Summary
    from posture_break.ui.break_window import BreakWindow, Notes
    from posture_break.ui.no_tray_window import NoTrayWindow

log = logging.getLogger(__name__)

_MAX_TIMER_MS = 2**31 - 1  # QTimer's limit, about 24.8 days
PIXMAP_CACHE_KIB = 2048
OFFER_FOCUS_AFTER_S = 3.0  # an offered break takes the keyboard after this long without a key


@dataclass(frozen=True)
class BreakParts:
    """What a break window needs from outside the UI."""

    clock: Clock
    illustrations: Callable[[str], bytes | None]  # picture file name -> SVG, or None
    notes: Notes
    play_cue: Callable[[str], None]  # a sound for a step of the routine, see core/coach.py


class Shell(QObject):
    """Implements the core's ShellPort (control.py) and BreakPort (coordinator.py) with a
    tray icon and on-demand windows."""

    window_answered = Signal(str)  # a break window closed before its routine began
    window_ended = Signal(str, int, bool)  # routine id, seconds of exercise, completed
    checked_in = Signal(str, int)  # routine id, how the user feels after it (0-10)
    break_window_gone = Signal()  # deleted: a good moment to give memory back

    def __init__(
        self,
        status: StatusSource,
        tray_wait_ms: int,
        break_parts: BreakParts,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Qt's style keeps drawn pieces of widgets in a pixmap cache of 10 MiB by default;
        # filled by break windows, it would stay full all day. Windows here are few and
        # small: 2 MiB keeps what they redraw often.
        QPixmapCache.setCacheLimit(PIXMAP_CACHE_KIB)
        self._status = status
        self._break_parts = break_parts
        self._idle_seconds: Callable[[], float] | None = None
        self._offer_focus = QTimer(self)
        self._offer_focus.setSingleShot(True)
        self._offer_focus.timeout.connect(self._on_offer_focus_timeout)
        self._routines: dict[str, Routine] = {}  # use_routines()
        self.break_window: BreakWindow | None = None
        self._stay_on_top = True
        self._settings_window: Callable[[], QWidget] | None = None
        self._statistics: Callable[[], Summary] | None = None
        self._startup_message: tuple[str, str] | None = None
        self._no_tray_window: NoTrayWindow | None = None
        self._windows: dict[str, QWidget] = {}  # built on first use, reused after
        self.menu = AppMenu(self)
        self.tray = Tray(self.menu, status, self)
        self.tray.window_requested.connect(self._open_no_tray_window)
        self._notify: Callable[[str, str], None] = self.tray.tell
        self.menu.settings_requested.connect(self._on_menu_settings_requested)
        self.menu.statistics_requested.connect(self._on_menu_statistics_requested)
        self.menu.about_requested.connect(self._on_menu_about_requested)
        self.menu.quit_requested.connect(self.quit)
        self._tray_wait = QTimer(self)
        self._tray_wait.setSingleShot(True)
        self._tray_wait.setInterval(tray_wait_ms)
        self._tray_wait.timeout.connect(self._on_tray_wait_timeout)
        # Armed only while the status will change by itself (a pause running out).
        self._status_change = QTimer(self)
        self._status_change.setSingleShot(True)
        self._status_change.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._status_change.timeout.connect(self.reminders_changed)

    def use_notifications(self, notify: Callable[[str, str], None]) -> None:
        """Send messages as desktop notifications instead of tray balloons."""
        self._notify = notify

    def use_settings_window(self, build: Callable[[], QWidget]) -> None:
        """How to build the settings window, the first time it is asked for."""
        self._settings_window = build

    def use_statistics(self, load: Callable[[], Summary]) -> None:
        """Where the statistics window reads its figures, each time it is shown."""
        self._statistics = load

    def use_routines(self, routines: Sequence[Routine], stay_on_top: bool) -> None:
        """The routines the menu lists (at start, and again after a settings change), and
        whether break windows opened from now on stay above other windows."""
        self._routines = {routine.id: routine for routine in routines}
        self.menu.set_routines(routines)
        self._stay_on_top = stay_on_top

    def use_idle(self, idle_seconds: Callable[[], float]) -> None:
        """Know how long since the last key, so an offered break may take the keyboard
        once the user has stopped typing for OFFER_FOCUS_AFTER_S."""
        self._idle_seconds = idle_seconds

    def start(self, startup_message: tuple[str, str] | None) -> None:
        """Show the icon, and once the tray had time to take it, any start-up message."""
        self._startup_message = startup_message
        self.tray.show()
        self._tray_wait.start()
        self.reminders_changed()

    # ShellPort ---------------------------------------------------------------

    def show(self) -> None:
        if self.tray.is_docked():
            message = self.tr("{app} is already running. Its icon is in the tray.")
            self._notify(APP_NAME, message.format(app=APP_NAME))
        else:
            self._open_no_tray_window()

    def quit(self) -> None:
        # Later, so a command-line "quit" gets its reply before the loop ends.
        QTimer.singleShot(0, QApplication.quit)

    @Slot()
    def reminders_changed(self) -> None:
        view = self._status()
        self.tray.refresh()
        if self._no_tray_window is not None:
            self._no_tray_window.show_status(view)
        if view.changes_in_s is None:
            self._status_change.stop()
        else:
            # VeryCoarseTimer fires within a second of the moment, which is all a
            # tooltip needs, and lets the kernel batch the wakeup with others.
            self._status_change.start(min(math.ceil(view.changes_in_s * 1000), _MAX_TIMER_MS))

    def tray_docked(self) -> bool:
        return self.tray.is_docked()

    def start_routine(self, routine: Routine) -> bool:
        window = self.break_window
        if window is not None and window.playing():
            window.bring_forward()
            return False
        self._open_break_window(routine, None)
        return True

    def offer_break(self, routine_id: str, offer: Offer | None) -> None:
        """A due break: its window opens on the offer page without taking the keyboard
        from what the user is typing (they click it to answer). No offer: the user asked
        for the break, so it starts at once."""
        routine = self._routines.get(routine_id)
        window = self.break_window
        if routine is None or (window is not None and window.playing()):
            log.warning("cannot offer routine %s now", routine_id)
            self.window_answered.emit("skip")
            return
        self._open_break_window(routine, offer)

    def _open_break_window(self, routine: Routine, offer: Offer | None) -> None:
        if self.break_window is not None:
            self.break_window.close()  # a finish page or a note: the new routine replaces it
        from posture_break.ui.break_window import BreakWindow  # first use only

        parts = self._break_parts
        window = BreakWindow(
            routine, parts.clock, parts.illustrations, parts.notes, parts.play_cue, offer
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, self._stay_on_top)
        window.ended.connect(partial(self._on_routine_ended, routine.id))
        window.checked_in.connect(partial(self.checked_in.emit, routine.id))
        window.answered.connect(self.window_answered)
        window.destroyed.connect(self._on_break_window_destroyed)
        self.break_window = window
        window.place()
        if offer is None:
            window.bring_forward()
        else:
            window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            window.show()
            window.raise_()
            self._offer_focus.start(round(OFFER_FOCUS_AFTER_S * 1000))

    @Slot()
    def _on_offer_focus_timeout(self) -> None:
        """Give the offer the keyboard once typing has paused, so Enter or Esc answer it;
        look again when a pause could be long enough."""
        window = self.break_window
        if window is None or window.isActiveWindow() or not window.offering():
            return
        quiet_s = self._idle_seconds() if self._idle_seconds is not None else None
        if quiet_s is None or quiet_s >= OFFER_FOCUS_AFTER_S:
            window.activateWindow()
        else:
            self._offer_focus.start(round((OFFER_FOCUS_AFTER_S - quiet_s) * 1000))

    # -------------------------------------------------------------------------

    @Slot()
    def _on_tray_wait_timeout(self) -> None:
        if not self.tray.is_docked():
            self._open_no_tray_window()
        elif self._startup_message is not None:
            self._notify(*self._startup_message)

    def _open_no_tray_window(self) -> None:
        if self._no_tray_window is None:
            from posture_break.ui.no_tray_window import NoTrayWindow  # first use only

            self._no_tray_window = NoTrayWindow(self.menu)
            if self._startup_message is not None:
                self._no_tray_window.show_message(*self._startup_message)
        self._no_tray_window.show_status(self._status())
        self._no_tray_window.show()
        self._no_tray_window.raise_()

    def _present(self, key: str, build: Callable[[], QWidget]) -> None:
        """Show the window `key`, building it the first time; a second click raises it."""
        window = self._windows.get(key)
        if window is None:
            window = self._windows[key] = build()
        window.show()
        window.raise_()
        window.activateWindow()

    def _on_routine_ended(self, routine_id: str, outcome: Outcome) -> None:
        exercise_s = sum(done.seconds for done in outcome.done)
        self.window_ended.emit(routine_id, exercise_s, outcome.completed)

    @Slot()
    def _on_break_window_destroyed(self) -> None:
        self.break_window = None
        # Once the deletion has finished: `destroyed` comes before the children go.
        QTimer.singleShot(0, self.break_window_gone.emit)

    @Slot()
    def _on_menu_settings_requested(self) -> None:
        self.show_settings()

    @Slot()
    def _on_menu_statistics_requested(self) -> None:
        load = self._statistics
        if load is None:
            return
        from posture_break.ui.stats_window import StatsWindow  # first use only

        self._present("statistics", lambda: StatsWindow(load))

    def show_settings(self) -> None:
        if self._settings_window is not None:
            self._present("settings", self._settings_window)

    @Slot()
    def _on_menu_about_requested(self) -> None:
        from posture_break.ui.about import about_box  # first use only

        self._present("about", about_box)
