"""The app's window: its status and the menu's commands as buttons. It opens by itself
when the desktop has no system tray, and on a left click on the icon in a
StatusNotifierItem panel (see tray.py)."""

from __future__ import annotations

import html

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from posture_break import APP_ID, APP_NAME
from posture_break.core.values import StatusView
from posture_break.ui.app_icon import app_icon
from posture_break.ui.app_menu import AppMenu


class NoTrayWindow(QWidget):
    """Closing it keeps the app running; starting the app again brings it back."""

    def __init__(self, menu: AppMenu) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self._status = QLabel()
        self._status.setAccessibleName(self.tr("Reminder status"))
        self._no_tray = QLabel(
            self.tr(
                "Your desktop has no system tray, so {app} has no icon to click. "
                "Use the buttons below, or type {command} in a terminal. "
                "If a tray appears later, the icon shows up in it by itself. "
                "(On GNOME, the AppIndicator extension adds a tray.)"
            ).format(app=APP_NAME, command=f"<tt>{APP_ID} --help</tt>")
        )
        self._no_tray.setWordWrap(True)
        self._tray_hint = QLabel(self.tr("Right-click the icon for the same commands as a menu."))
        self._problems = QLabel()
        self._problems.setWordWrap(True)
        self._problems.hide()
        closing = QLabel(self.tr("Closing this window keeps {app} running.").format(app=APP_NAME))

        buttons = QHBoxLayout()
        buttons.addWidget(self._menu_button(menu.routines_menu))
        self._pause = self._menu_button(menu.pause_menu)
        buttons.addWidget(self._pause)
        self._resume = self._action_button(menu.resume_action)
        buttons.addWidget(self._resume)
        buttons.addWidget(self._action_button(menu.statistics_action))
        buttons.addWidget(self._action_button(menu.routines_action))
        buttons.addWidget(self._action_button(menu.settings_action))
        buttons.addWidget(self._action_button(menu.about_action))
        buttons.addStretch()
        buttons.addWidget(self._action_button(menu.quit_action))

        layout = QVBoxLayout(self)
        layout.addWidget(self._status)
        layout.addWidget(self._no_tray)
        layout.addWidget(self._tray_hint)
        layout.addWidget(self._problems)
        layout.addLayout(buttons)
        layout.addWidget(closing)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def show_status(self, view: StatusView) -> None:
        running = self.tr("{app} is running.").format(app=APP_NAME)
        self._status.setText(f"<b>{running}</b> {html.escape(view.line)}.")
        self._pause.setVisible(not view.paused)
        self._resume.setVisible(view.paused)
        # Read each time: a tray host may have come or gone since the window was built.
        tray = QSystemTrayIcon.isSystemTrayAvailable()
        self._no_tray.setVisible(not tray)
        self._tray_hint.setVisible(tray)

    def show_message(self, title: str, text: str) -> None:
        """A start-up message that would have been a notification from the tray."""
        body = html.escape(text).replace("\n", "<br>")
        self._problems.setText(f"<b>{html.escape(title)}</b><br>{body}")
        self._problems.show()

    def _menu_button(self, menu: QMenu) -> QPushButton:
        """A button that opens `menu`, named as the menu is in the tray."""
        label = menu.title().replace("&", "")
        button = QPushButton(label, self)
        button.setAccessibleName(label)
        button.setMenu(menu)
        return button

    def _action_button(self, action: QAction) -> QPushButton:
        label = action.text().replace("&", "")
        button = QPushButton(label, self)
        button.setAccessibleName(label)
        button.clicked.connect(action.trigger)
        return button
