"""The windows the tray opens besides the break window: settings, statistics, Routines,
About. Each is built the first time it is asked for (its module imported then) and kept,
so a second click raises the same window with what the user left in it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


class SideWindows:
    """The built windows by key ("settings", "routines", ...)."""

    def __init__(self) -> None:
        self._built: dict[str, QWidget] = {}
        self._stale: set[str] = set()  # to build anew when next opened

    def __getitem__(self, key: str) -> QWidget:
        return self._built[key]

    def __contains__(self, key: str) -> bool:
        return key in self._built

    def present(self, key: str, build: Callable[[], QWidget]) -> None:
        """Show the window `key`, building it the first time (or again once what it
        shows has changed while it was closed); a second click raises it."""
        window = self._built.get(key)
        if window is not None and key in self._stale and not window.isVisible():
            window.deleteLater()
            window = None
        if window is None:
            # Not at start: Qt builds the enums of its style classes on first touch
            # (about 30 ms); the first side window is the first to draw check boxes.
            from posture_break.ui.visible_boxes import show_boxes_plainly

            show_boxes_plainly()
            self._stale.discard(key)
            window = self._built[key] = build()
        window.show()
        window.raise_()
        window.activateWindow()

    def rebuild(self, *keys: str) -> None:
        """What these windows show has changed: each is built anew at its next opening.
        One open now keeps what the user is editing in it."""
        self._stale.update(keys)
