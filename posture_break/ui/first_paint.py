"""One call once the tray icon is on screen, for the start-up work that can wait for it.

Start-up builds only what draws the icon and holds its menu; the settings, the routines,
the core and the adapters wait for this call, so the icon appears as soon as Qt alone
can draw it. On an XEmbed tray (trayer, older panels) Qt draws the icon in a widget of
its own, "QSystemTrayIconSys", once the tray host has embedded it: the call comes just
after that widget's first paint, once the event loop has handed the pixels to the X
server. A StatusNotifierItem panel draws the icon itself from what Qt sends it over
D-Bus, and without a tray nothing is drawn: there is nothing of ours to wait for, and
the call comes as soon as the event loop runs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

_XEMBED_ICON = "QSystemTrayIconSys"  # the objectName Qt's xcb tray icon widget carries
# After the paint: the event loop waits at least once, and so sends what is drawn.
_AFTER_PAINT_MS = 20
# An embedded icon that is not painted by then (a tray host slow to take it) waits no
# longer for the rest of the app.
_LONGEST_WAIT_MS = 1000


class FirstPaint(QObject):
    """Calls `then` once: just after the XEmbed tray icon's first paint, or at once
    where Qt does not draw the icon itself. Make it after the icon is shown."""

    def __init__(self, then: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._then: Callable[[], None] | None = then
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._call)
        self._icon = _xembed_icon()
        if self._icon is None:
            self._timer.start(0)
        else:
            self._icon.installEventFilter(self)
            self._timer.start(_LONGEST_WAIT_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._icon = None
            self._timer.start(_AFTER_PAINT_MS)
        return False

    def _call(self) -> None:
        if self._icon is not None:
            self._icon.removeEventFilter(self)
            self._icon = None
        then, self._then = self._then, None
        if then is not None:
            then()


def _xembed_icon() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == _XEMBED_ICON:
            return widget
    return None
