"""The tray icon: shows whether reminders are on, opens the app menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QCursor, QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from posture_break import APP_NAME
from posture_break.core.values import StatusView
from posture_break.ui.app_icon import app_icon
from posture_break.ui.app_menu import AppMenu

StatusSource = Callable[[], StatusView]


class Tray(QObject):
    """Left click opens the same menu as right click.

    A tray-only app has no main window to raise, and starting a break on a stray click
    would be rude; XEmbed and AppIndicator users expect a click to open the menu, so
    both buttons do that and nothing starts without a deliberate choice.
    """

    def __init__(self, menu: AppMenu, status: StatusSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._menu = menu
        self._status = status
        self._icons: dict[bool, QIcon] = {}
        self._paused: bool | None = None
        self.icon = QSystemTrayIcon(self)
        self.icon.setContextMenu(menu.menu)
        self.icon.activated.connect(self._on_icon_activated)
        menu.menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def show(self) -> None:
        # Shown even without a tray host: Qt docks it when one appears later.
        self.icon.show()

    def is_docked(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable() and self.icon.isVisible()

    @Slot()
    def refresh(self) -> None:
        """Read the status now: the menu and tooltip are computed when shown."""
        view = self._status()
        paused = view.paused
        self._menu.show_status(view.line, paused)
        self.icon.setToolTip(f"{APP_NAME}: {view.tooltip or view.line}")
        if paused != self._paused:
            self._paused = paused
            if paused not in self._icons:
                self._icons[paused] = app_icon(paused)
            self.icon.setIcon(self._icons[paused])

    def tell(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, self._icons[bool(self._paused)], 15000)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._menu.menu.popup(QCursor.pos())
