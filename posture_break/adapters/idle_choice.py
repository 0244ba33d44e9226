"""Which idle source this session gets, behind the one interface they share
(core/ports.py: IdleSource).

On X11 the SYNC extension's IDLETIME counter sees all input and needs no other
process, so it comes first (Mutter's monitor, also there on GNOME X11, is the
fallback). On Wayland only the compositor sees all input: XWayland's IDLETIME counts
only input to X windows, so someone typing in a Wayland window would look away and
every break would pass as a natural one; X11 SYNC is never used there. The compositor's
own idle protocol comes first (ext-idle-notify-v1, or KDE's org_kde_kwin_idle: Plasma,
sway and the other wlroots desktops, niri, COSMIC; idle_wayland.py), then Mutter's
monitor on D-Bus (GNOME, which offers neither protocol); without either, breaks follow
the clock alone (worse at noticing absence, never wrong).

KDE Plasma has no idle source on D-Bus to use: org.freedesktop.ScreenSaver's
GetSessionIdleTime answers NotSupported on Wayland (since Plasma 5.27; before, always
0); its idle notifications are the Wayland protocol above.

Windows and macOS offer a desktop app no idle notification, only a query of the time
since the last input: there the query source watches with a few timed looks.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject

from posture_break.adapters.idle_xsync import IdleWatch
from posture_break.core.ports import IdleSource


def open_idle_watch(parent: QObject | None = None) -> IdleSource | None:
    """The best idle source of this session, or None: breaks then follow the clock. A
    session is Wayland when XDG_SESSION_TYPE says so or WAYLAND_DISPLAY is set. Only the
    chosen source's module is imported."""
    if sys.platform in ("win32", "darwin"):
        from posture_break.adapters.idle_os import open_os_idle_watch

        return open_os_idle_watch(parent)
    else:  # so that type checkers for those systems skip the rest
        on_wayland = os.environ.get("XDG_SESSION_TYPE") == "wayland" or bool(
            os.environ.get("WAYLAND_DISPLAY")
        )
        found: IdleSource | None
        if on_wayland:
            from posture_break.adapters.idle_wayland import WaylandIdleWatch

            found = WaylandIdleWatch.open(parent)
        else:
            found = IdleWatch.open(parent)
        if found is not None:
            return found
        from posture_break.adapters.idle_dbus import MutterIdleWatch

        return MutterIdleWatch.open(parent)
