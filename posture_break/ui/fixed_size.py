"""Windows that keep the size they open at.

Tiling compositors (sway, i3, Hyprland) stretch every new window over the workspace
unless it has a parent or cannot change size. Posture Break's windows are small and laid
out for their size, so each one fixes it, and such desktops float it at that size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


def fix_size(window: QWidget, size: QSize | None = None) -> None:
    """Fix `window` at `size`, by default the size its contents ask for."""
    window.setFixedSize(size if size is not None else window.sizeHint())
