"""GNOME's compositor, Mutter 43, headless, for the tests of its idle monitor.

`mutter --headless --wayland --no-x11 --virtual-monitor 1280x800` runs on a session bus
of its own (dbus-run-session), so it touches nothing on the test desktop's; it owns
org.gnome.Mutter.IdleMonitor there, which the app watches on GNOME. It is ready when it
owns that name and org.gnome.Mutter.RemoteDesktop: `gdbus wait` returns as soon as both
are owned, nobody polls. Input comes as GNOME's remote desktop sends it, a pointer
motion through a RemoteDesktop session (NotifyPointerMotionRelative), which ends
idleness as a key would.
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection

from tests.helpers.wayland_host import (
    READY_TIMEOUT_S,
    _base_env,
    _fifo,
    _signal_group,
    _wait_ready,
    _workspace,
)

SOCKET = "wayland-mutter"
NAMES = ("org.gnome.Mutter.IdleMonitor", "org.gnome.Mutter.RemoteDesktop")
REMOTE_DESKTOP = DBusAddress(
    "/org/gnome/Mutter/RemoteDesktop", NAMES[1], "org.gnome.Mutter.RemoteDesktop"
)


@dataclass
class MutterHost:
    """A running Mutter: its Wayland socket, its bus, the environment for its clients."""

    socket: Path
    bus: str
    env: dict[str, str]

    def move_pointer(self) -> None:
        """A small pointer motion, as through GNOME's remote desktop: the user is back."""
        with open_dbus_connection(self.bus) as bus:
            reply = bus.send_and_get_reply(new_method_call(REMOTE_DESKTOP, "CreateSession"))
            (path,) = reply.body
            session = DBusAddress(path, NAMES[1], "org.gnome.Mutter.RemoteDesktop.Session")
            bus.send_and_get_reply(new_method_call(session, "Start"))
            motion = new_method_call(session, "NotifyPointerMotionRelative", "dd", (7.0, 5.0))
            bus.send_and_get_reply(motion)
            bus.send_and_get_reply(new_method_call(session, "Stop"))


@contextmanager
def mutter_host(x11_display: str | None = None) -> Iterator[MutterHost]:
    """Mutter headless with a virtual monitor, or nested in a window on the X server
    `x11_display` (where its screen can be photographed), on a bus of its own, in a
    process group that is ended as a whole."""
    with _workspace(None) as (work, run, home):
        ready = _fifo(work)
        env = _base_env(run, home)
        backend = "--headless --virtual-monitor 1280x800"
        if x11_display is not None:
            backend = "--nested"
            env.update(DISPLAY=x11_display, MUTTER_DEBUG_DUMMY_MODE_SPECS="1280x800")
        command = ["dbus-run-session", "--", "sh", "-c"]
        command += [
            f'echo "$DBUS_SESSION_BUS_ADDRESS" > {ready} && exec mutter {backend} --wayland'
            f" --no-x11 --wayland-display {SOCKET}"
        ]
        log = work / "mutter.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        try:
            bus = _wait_ready(ready, process, log)
            _wait_for_names(bus, log)
            client_env = dict(os.environ, WAYLAND_DISPLAY=str(run / SOCKET))
            client_env.update(XDG_SESSION_TYPE="wayland", DBUS_SESSION_BUS_ADDRESS=bus)
            yield MutterHost(run / SOCKET, bus, client_env)
        finally:
            _signal_group(process, signal.SIGTERM)
            with suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)
            _signal_group(process, signal.SIGKILL)
            process.wait()


def _wait_for_names(bus: str, log: Path) -> None:
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus)
    for name in NAMES:
        waited = subprocess.run(
            ["gdbus", "wait", "--session", "--timeout", str(round(READY_TIMEOUT_S)), name],
            env=env,
            capture_output=True,
            text=True,
        )
        if waited.returncode != 0:
            raise RuntimeError(f"Mutter did not take {name}: {waited.stderr}\n{log.read_text()}")
