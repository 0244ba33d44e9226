"""One call once the app has drawn something on screen: at start, the tray icon.

Start-up builds only what draws the icon and holds its menu; the settings, the routines,
the core and the command socket wait for this call, so the icon appears as soon as Qt
alone can draw it. An XEmbed tray icon (trayer, older panels) is a widget that Qt
paints once the tray host has embedded it. A StatusNotifierItem panel draws the icon
itself and tells the app nothing, and without a tray nothing is drawn at all: there
the call comes after `fallback_ms`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer


class FirstPaint(QObject):
    """Calls `then` once, just after the first paint anywhere in the app, or after
    `fallback_ms` if nothing was painted by then."""

    def __init__(self, then: Callable[[], None], fallback_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self._then: Callable[[], None] | None = then
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._call)
        self._fallback.start(fallback_ms)
        app = QCoreApplication.instance()
        if app is not None:
            # Sees every event until the first paint, then is removed.
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt)
        if event.type() == QEvent.Type.Paint:
            self._stop_watching()
            # A moment later, not from inside the paint: the event loop first hands
            # the drawn pixels to the display server, then `then` may take its time.
            self._fallback.start(1)
        return False

    def _stop_watching(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _call(self) -> None:
        self._stop_watching()
        then, self._then = self._then, None
        if then is not None:
            then()
