"""The Qt shell: the tray, and the windows it opens on demand.

It renders what the core says and forwards what the user asks for; it decides nothing
about reminders. Windows are built on first use, so start-up loads only the tray.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from functools import partial
from itertools import count
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QPixmapCache
from PySide6.QtWidgets import QApplication, QWidget

from posture_break import APP_NAME
from posture_break.core.clock import Clock
from posture_break.core.routines import Routine
from posture_break.core.values import Answer, Break
from posture_break.ui.app_menu import AppMenu
from posture_break.ui.fixed_size import fix_size
from posture_break.ui.side_windows import SideWindows
from posture_break.ui.tray import StatusSource, Tray

if TYPE_CHECKING:
    from posture_break.core.playback import Outcome
    from posture_break.core.ports import Companion, Notes
    from posture_break.core.stats import Summary
    from posture_break.ui.break_window import BreakWindow
    from posture_break.ui.no_tray_window import NoTrayWindow

log = logging.getLogger(__name__)

_MAX_TIMER_MS = 2**31 - 1  # QTimer's limit, about 24.8 days
PIXMAP_CACHE_KIB = 2048
OFFER_FOCUS_AFTER_S = 3.0  # an offered break takes the keyboard after this long without a key


class BreakParts(NamedTuple):
    """What a break window needs from outside the UI."""

    clock: Clock
    illustrations: Callable[[str], bytes | None]  # picture file name -> SVG, or None
    notes: Notes
    play_cue: Callable[[str], None]  # a sound for a step of the routine, see core/coach.py


class Shell(QObject):
    """Implements the core's ShellPort and BreakPort (core/ports.py) with a tray icon
    and on-demand windows."""

    window_answered = Signal(object, object)  # Break, Answer: closed before it began
    window_ended = Signal(object, int, bool)  # Break, seconds of exercise, completed
    checked_in = Signal(str, int)  # routine id, how the user feels after it (0-10)
    break_window_gone = Signal()  # deleted: a good moment to give memory back

    def __init__(
        self,
        status: StatusSource | None,
        tray_wait_ms: int,
        break_parts: BreakParts | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`status` and `break_parts` may come later (`use_status`, `use_break_parts`):
        at start the icon is shown before the core and the adapters are made."""
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
        self.break_window: BreakWindow | None = None
        self._stay_on_top = True
        self._settings_window: Callable[[], QWidget] | None = None
        self._routines_window: Callable[[], QWidget] | None = None
        self._statistics: Callable[[], Summary] | None = None
        self._startup_message: tuple[str, str] | None = None
        self._no_tray_window: NoTrayWindow | None = None
        self.windows = SideWindows()
        self._make_companion: Callable[[], Companion] | None = None
        self._companion: Companion | None = None
        self._window_numbers = count(1)
        self.menu = AppMenu(self)
        self.tray = Tray(self.menu, status, self)
        self.tray.window_requested.connect(self._open_no_tray_window)
        self._notify: Callable[[str, str], None] = self.tray.tell
        self.menu.settings_requested.connect(self._on_menu_settings_requested)
        self.menu.routines_window_requested.connect(self.show_routines)
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

    def use_status(self, status: StatusSource) -> None:
        """The core's status, once it is wired: the tray and the app's window show it."""
        self._status = status
        self.tray.use_status(status)
        self.reminders_changed()

    def use_break_parts(self, parts: BreakParts) -> None:
        """What break windows need from outside the UI, before the first one opens."""
        self._break_parts = parts

    def use_notifications(self, notify: Callable[[str, str], None]) -> None:
        """Send messages as desktop notifications instead of tray balloons."""
        self._notify = notify

    def use_settings_window(self, build: Callable[[], QWidget]) -> None:
        """How to build the settings window, the first time it is asked for."""
        self._settings_window = build

    def use_routines_window(self, build: Callable[[], QWidget]) -> None:
        """How to build the Routines window, the first time it is asked for."""
        self._routines_window = build

    def use_statistics(self, load: Callable[[], Summary]) -> None:
        """Where the statistics window reads its figures, each time it is shown."""
        self._statistics = load

    def use_routines(self, routines: Sequence[Routine], stay_on_top: bool) -> None:
        """The routines the menu lists (at start, and again after a settings change), and
        whether break windows opened from now on stay above other windows."""
        self.menu.set_routines(routines)
        self._stay_on_top = stay_on_top

    def use_companion(self, make: Callable[[], Companion]) -> None:
        """How to make the break windows' companion, when the first one opens."""
        self._make_companion = make

    def close_companion(self) -> None:
        """The app quits: let the companion undo what a routine still holds."""
        if self._companion is not None:
            self._companion.close()

    def use_idle(self, idle_seconds: Callable[[], float]) -> None:
        """Know how long since the last key, so an offered break may take the keyboard
        once the user has stopped typing for OFFER_FOCUS_AFTER_S."""
        self._idle_seconds = idle_seconds

    def show_icon(self) -> None:
        """Show the tray icon, before anything else is ready."""
        self.tray.show()

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
        self.tray.refresh()
        if self._status is None:
            return
        view = self._status()
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

    def opens_unfocused(self) -> bool:
        return not QGuiApplication.platformName().startswith("wayland")

    def open_break(self, brk: Break) -> bool:
        """A due break opens on its offer page without taking the keyboard from what the
        user is typing (they click it to answer); without an offer, the user asked for
        it, so it starts at once. Never over a routine that is playing."""
        parts = self._break_parts
        if parts is None:
            log.warning("break %s not opened: the app is still starting", brk.routine.id)
            return False
        window = self.break_window
        if window is not None and window.playing():
            if brk.offer is None:
                window.bring_forward()
            log.info("a routine is playing: break %s not opened", brk.routine.id)
            return False
        if window is not None:
            window.close()  # a finish page or a note: the new break replaces it
        from posture_break.ui.break_window import BreakWindow  # first use only

        window = BreakWindow(
            brk.routine, parts.clock, parts.illustrations, parts.notes, parts.play_cue, brk.offer
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, self._stay_on_top)
        window.ended.connect(partial(self._on_routine_ended, brk))
        window.checked_in.connect(partial(self.checked_in.emit, brk.routine.id))
        window.answered.connect(partial(self._on_answered, brk))
        window.destroyed.connect(self._on_break_window_destroyed)
        self._accompany(window)
        self.break_window = window
        window.place()
        if brk.offer is None:
            window.bring_forward()
        else:
            window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            window.show()
            window.raise_()
            self._offer_focus.start(round(OFFER_FOCUS_AFTER_S * 1000))
        return True

    def _accompany(self, window: BreakWindow) -> None:
        """Hand the window's routine to the companion; without one, no voice button."""
        if self._companion is None and self._make_companion is not None:
            self._companion = self._make_companion()
        companion, button = self._companion, window.play_page.voice_button
        if companion is None:
            button.hide()
            return
        number = next(self._window_numbers)
        button.setChecked(companion.voice_on)
        button.toggled.connect(companion.set_voice)
        window.began.connect(partial(companion.began, number))
        window.moved.connect(companion.moved)
        window.destroyed.connect(partial(companion.closed, number))
        if window.playing():  # begun in its constructor, before anything was connected
            companion.began(number)
            companion.moved(None, window.player.view())

    @Slot()
    def _on_offer_focus_timeout(self) -> None:
        """Let the offer answer keys once typing has paused, so Enter or Esc answer it
        and a key meant for another window never does; look again when a pause could
        be long enough."""
        window = self.break_window
        if window is None or not window.offering():
            return
        quiet_s = self._idle_seconds() if self._idle_seconds is not None else None
        if quiet_s is None or quiet_s >= OFFER_FOCUS_AFTER_S:
            window.answer_keys()
            window.activateWindow()
        else:
            self._offer_focus.start(round((OFFER_FOCUS_AFTER_S - quiet_s) * 1000))

    # -------------------------------------------------------------------------

    @Slot()
    def _on_tray_wait_timeout(self) -> None:
        if not self.tray.is_docked():
            self._open_no_tray_window(asked=False)
        elif self._startup_message is not None:
            self._notify(*self._startup_message)

    def _open_no_tray_window(self, asked: bool = True) -> None:
        """The app's window: asked for (a click on the icon, a second start) it takes the
        keyboard; opened because no tray came, it does not take it where the desktop
        lets the app choose (X11)."""
        window = self._no_tray_window
        if window is None:
            from posture_break.ui.no_tray_window import NoTrayWindow  # first use only

            window = self._no_tray_window = NoTrayWindow(self.menu)
            if self._startup_message is not None:
                window.show_message(*self._startup_message)
        if self._status is not None:
            window.show_status(self._status())
        fix_size(window)
        window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not asked)
        window.show()
        window.raise_()
        if asked:
            window.activateWindow()

    def content_changed(self) -> None:
        """The routine and exercise files were read again: the settings and Routines
        windows, which list them, are built anew the next time they open."""
        self.windows.rebuild("settings", "routines")

    def _on_routine_ended(self, brk: Break, outcome: Outcome) -> None:
        exercise_s = sum(done.seconds for done in outcome.done)
        self.window_ended.emit(brk, exercise_s, outcome.completed)

    def _on_answered(self, brk: Break, answer: Answer) -> None:
        self.window_answered.emit(brk, answer)

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

        self.windows.present("statistics", lambda: StatsWindow(load))

    @Slot()
    def show_routines(self) -> None:
        if self._routines_window is not None:
            self.windows.present("routines", self._routines_window)

    def show_settings(self) -> None:
        if self._settings_window is not None:
            self.windows.present("settings", self._settings_window)

    @Slot()
    def _on_menu_about_requested(self) -> None:
        from posture_break.ui.about import about_box  # first use only

        self.windows.present("about", about_box)
