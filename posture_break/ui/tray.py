"""The tray icon: shows whether reminders are on, opens the app menu.

Qt docks the icon in one of two ways. On an XEmbed tray (trayer, older panels) Qt draws
the icon and its menu itself, knows where the icon sits, and both clicks open the menu
there. On a StatusNotifierItem panel (KDE, XFCE 4.18, Cinnamon, GNOME with AppIndicator,
waybar on sway) the panel draws the icon and opens the right-click menu itself, from the
menu Qt exports over D-Bus; a left click only reaches the app as "Activate", with no
place on screen. The app cannot open the panel's menu, and a menu of its own opened at
the pointer would be a second, different menu, which Wayland refuses anyway (a popup
needs a parent window). So there a left click does what panels' users expect of
Activate: it opens the app's window, with the status and the menu's commands as
buttons; a plain window opens the same on X11 and Wayland. Starting a break instead
would be rude on a stray click, and a notification would only say what the tooltip says.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QCursor, QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from posture_break import APP_NAME
from posture_break.core.values import StatusView
from posture_break.ui.app_icon import app_icon
from posture_break.ui.app_menu import AppMenu

StatusSource = Callable[[], StatusView]


class Tray(QObject):
    """On XEmbed, left click opens the same menu as right click; on a StatusNotifierItem
    panel it asks for the app's window (see above). Nothing starts without a deliberate
    choice."""

    window_requested = Signal()  # a left click on a StatusNotifierItem panel

    def __init__(
        self, menu: AppMenu, status: StatusSource | None, parent: QObject | None = None
    ) -> None:
        """`status` None: the core is not there yet (the first moments after start); the
        icon says reminders are on, and the menu keeps its first words until
        `use_status`."""
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

    def use_status(self, status: StatusSource) -> None:
        """Where the status comes from from now on (once the core is wired); shown from
        the next `refresh`."""
        self._status = status

    @Slot()
    def refresh(self) -> None:
        """Read the status now: the menu and tooltip are computed when shown."""
        if self._status is None:
            self.icon.setToolTip(APP_NAME)
            self._show_paused(False)
            return
        view = self._status()
        self._menu.show_status(view.line, view.paused)
        self.icon.setToolTip(f"{APP_NAME}: {view.tooltip or view.line}")
        self._show_paused(view.paused)

    def _show_paused(self, paused: bool) -> None:
        if paused != self._paused:
            self._paused = paused
            if paused not in self._icons:
                self._icons[paused] = app_icon(paused)
            self.icon.setIcon(self._icons[paused])

    def tell(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, self._icons[bool(self._paused)], 15000)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason != QSystemTrayIcon.ActivationReason.Trigger:
            return
        # Only an icon Qt docks itself (XEmbed) has a place on screen.
        if self.icon.geometry().isValid():
            self._menu.menu.popup(QCursor.pos())
        else:
            self.window_requested.emit()
