"""A video player, as far as idleness goes: a window on the screen that holds an idle
inhibitor (zwp_idle_inhibit_manager_v1) for a while, as players do while a video plays.

    python -m tests.helpers.idle_inhibitor STATE_FILE --play SECONDS

Writes "playing" into STATE_FILE once the window is on the screen (the compositor has
shown its first frame: an inhibitor counts only for a visible surface) and its inhibitor
is made; after SECONDS more the video "ends": the inhibitor is destroyed, the compositor
has taken that in (a roundtrip), and "ended" is written. The window then closes.

The compositor found at WAYLAND_DISPLAY must offer wl_compositor, wl_shm, xdg_wm_base
and the idle inhibit manager: sway 1.7 and KWin 5.27 do; Mutter 43 does not (a GNOME
player asks the session manager instead).
"""

from __future__ import annotations

import argparse
import mmap
import os
import select
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pywayland.client.display import Display
from pywayland.protocol.idle_inhibit_unstable_v1 import ZwpIdleInhibitManagerV1
from pywayland.protocol.wayland import WlCompositor, WlShm
from pywayland.protocol.xdg_shell import XdgWmBase

WIDTH, HEIGHT = 320, 180
XRGB8888 = 1  # wl_shm format
TIMEOUT_S = 30.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.helpers.idle_inhibitor")
    parser.add_argument("state_file", type=Path)
    parser.add_argument("--play", type=float, required=True, help="seconds of video")
    args = parser.parse_args(argv)

    display = Display()
    display.connect()
    try:
        globals_ = _globals(display)
        player = _Player(display, globals_)
        if not _dispatch_until(display, lambda: player.shown, time.monotonic() + TIMEOUT_S):
            raise SystemExit("the compositor did not show the window")
        inhibitor = globals_["zwp_idle_inhibit_manager_v1"].create_inhibitor(player.surface)
        display.roundtrip()
        _write(args.state_file, "playing")
        _dispatch_until(display, lambda: False, time.monotonic() + args.play)
        inhibitor.destroy()
        display.roundtrip()
        _write(args.state_file, "ended")
    finally:
        display.disconnect()
    return 0


class _Player:
    """The player's window: a dark toplevel, shown once configured."""

    def __init__(self, display: Display, globals_: dict[str, Any]) -> None:
        self.shown = False
        self._frame: Any = None  # the first frame's callback, once the buffer is attached
        self.surface = globals_["wl_compositor"].create_surface()
        wm_base = globals_["xdg_wm_base"]
        wm_base.dispatcher["ping"] = lambda base, serial: base.pong(serial)
        self._buffer = _dark_buffer(globals_["wl_shm"])
        xdg_surface = wm_base.get_xdg_surface(self.surface)
        xdg_surface.dispatcher["configure"] = self._configured
        self._toplevel = xdg_surface.get_toplevel()  # kept: pywayland frees what nobody holds
        self._toplevel.set_title("video")
        self._xdg_surface = xdg_surface
        self.surface.commit()  # no buffer yet: asks for the first configure
        display.flush()

    def _configured(self, xdg_surface: Any, serial: int) -> None:
        xdg_surface.ack_configure(serial)
        if self._frame is not None:
            self.surface.commit()
            return
        self.surface.attach(self._buffer, 0, 0)
        self.surface.damage(0, 0, WIDTH, HEIGHT)
        self._frame = self.surface.frame()
        self._frame.dispatcher["done"] = lambda *_: setattr(self, "shown", True)
        self.surface.commit()


def _globals(display: Display) -> dict[str, Any]:
    wanted = {
        interface.name: interface
        for interface in (WlCompositor, WlShm, XdgWmBase, ZwpIdleInhibitManagerV1)
    }
    offered: dict[str, tuple[int, int]] = {}
    registry = display.get_registry()
    registry.dispatcher["global"] = lambda _r, name, interface, version: offered.update(
        {interface: (name, version)}
    )
    display.roundtrip()
    missing = sorted(wanted.keys() - offered.keys())
    if missing:
        raise SystemExit(f"the compositor does not offer {missing}")
    return {name: registry.bind(offered[name][0], kind, 1) for name, kind in wanted.items()}


def _dark_buffer(shm: Any) -> Any:
    """A dark grey buffer in shared memory, the size of the window."""
    size = WIDTH * HEIGHT * 4
    fd = os.memfd_create("video-frame")
    try:
        os.ftruncate(fd, size)
        with mmap.mmap(fd, size) as pixels:
            pixels.write(b"\x30\x30\x30\xff" * (WIDTH * HEIGHT))
        pool = shm.create_pool(fd, size)
        buffer = pool.create_buffer(0, WIDTH, HEIGHT, WIDTH * 4, XRGB8888)
        pool.destroy()
    finally:
        os.close(fd)  # the compositor has its own copy of the descriptor
    return buffer


def _dispatch_until(display: Display, done: Callable[[], bool], deadline: float) -> bool:
    """Answer the compositor's events (its pings among them, or it takes the window for
    hung) until `done()` or the deadline; whether done."""
    fd = display.get_fd()
    while not done():
        display.flush()
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        readable, _, _ = select.select([fd], [], [], remaining)
        if readable:
            display.read()
            display.dispatch()
    return True


def _write(state_file: Path, state: str) -> None:
    partial = state_file.with_suffix(".partial")
    partial.write_text(state)
    partial.replace(state_file)


if __name__ == "__main__":
    sys.exit(main())
