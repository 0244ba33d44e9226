"""The app's commands as one set of QActions, shared by the tray menu and the no-tray
window so both always offer the same things."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from posture_break import APP_NAME
from posture_break.core.routines import Routine


class AppMenu(QObject):
    pause_requested = Signal(int)  # minutes, 0 = until tomorrow
    resume_requested = Signal()
    routine_requested = Signal(str)
    settings_requested = Signal()
    routines_window_requested = Signal()
    statistics_requested = Signal()
    about_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A top-level widget cannot have a QObject parent; this object owns it instead.
        self.menu = QMenu()
        self.status_action = self.menu.addAction(self.tr("Reminders on"))
        self.status_action.setEnabled(False)
        self.menu.addSeparator()

        self.routines_menu = QMenu(self.tr("&Start a routine"), self.menu)  # set_routines()
        self.routines_menu.triggered.connect(self._on_routines_menu_triggered)
        self.menu.addMenu(self.routines_menu)

        self.pause_menu = QMenu(self.tr("&Pause reminders"), self.menu)
        # 0 minutes means "until tomorrow morning".
        for label, minutes in (
            (self.tr("For 30 minutes"), 30),
            (self.tr("For 1 hour"), 60),
            (self.tr("For 2 hours"), 120),
            (self.tr("Until tomorrow"), 0),
        ):
            self.pause_menu.addAction(label).setData(minutes)
        self.pause_menu.triggered.connect(self._on_pause_menu_triggered)
        self.pause_menu_action = self.menu.addMenu(self.pause_menu)
        self.resume_action = self._add(self.tr("&Resume reminders"), self.resume_requested)
        self.resume_action.setVisible(False)
        self.menu.addSeparator()

        self.statistics_action = self._add(self.tr("S&tatistics…"), self.statistics_requested)
        routines = self.tr("R&outines…")
        self.routines_action = self._add(routines, self.routines_window_requested)
        self.settings_action = self._add(self.tr("S&ettings…"), self.settings_requested)
        about = self.tr("&About {app}").format(app=APP_NAME)
        self.about_action = self._add(about, self.about_requested)
        self.menu.addSeparator()
        self.quit_action = self._add(self.tr("&Quit"), self.quit_requested)

    def set_routines(self, routines: Iterable[Routine]) -> None:
        """List these routines under "Start a routine" (again, after a settings change)."""
        # Not needed to draw the icon: loaded with the routines, after the first paint.
        from posture_break.core.timeline import minutes_label, routine_length_s

        self.routines_menu.clear()
        for routine in routines:
            length = minutes_label(routine_length_s(routine))
            action = self.routines_menu.addAction(f"{routine.name} ({length})")
            action.setToolTip(routine.summary)
            action.setData(routine.id)

    def show_status(self, line: str, paused: bool) -> None:
        self.status_action.setText(line)
        self.pause_menu_action.setVisible(not paused)
        self.resume_action.setVisible(paused)

    def _add(self, label: str, signal: SignalInstance) -> QAction:
        action = self.menu.addAction(label)
        action.triggered.connect(signal)
        return action

    def _on_routines_menu_triggered(self, action: QAction) -> None:
        self.routine_requested.emit(str(action.data()))

    def _on_pause_menu_triggered(self, action: QAction) -> None:
        self.pause_requested.emit(int(action.data()))
