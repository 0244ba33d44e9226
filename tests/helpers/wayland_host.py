"""Real Wayland compositors for the idle tests, headless, started and stopped per test.

- sway 1.7 (wlroots) offers org_kde_kwin_idle only. It refuses to run as root, so as
  root it runs as an ordinary test user, created here when missing; wtype types a key.
- kwin_wayland 5.27 `--virtual` offers ext_idle_notifier_v1 and org_kde_kwin_idle. Its
  binary carries a file capability that a container may refuse to exec, so a plain copy
  runs; it gets a session bus of its own, so it touches nothing on the test desktop's.
  Input comes through org_kde_kwin_fake_input, which KWin offers only to a program a
  .desktop file grants it to: here this Python interpreter (tests/helpers/kwin_input.py).

Each compositor says it is ready by running a command of ours once it is up, which
writes its socket's name into a FIFO the helper waits on: nobody polls for a socket.
Clients find the compositor by WAYLAND_DISPLAY set to the socket's full path (`env`).
"""

from __future__ import annotations

import os
import pwd
import select
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

TEST_USER = "pb-wayland-test"
READY_TIMEOUT_S = 30.0
PROJECT = Path(__file__).resolve().parents[2]


@dataclass
class WaylandHost:
    """A running compositor: the environment for its clients, and a way to type."""

    name: str
    socket: Path
    process: subprocess.Popen[bytes]
    env: dict[str, str]
    bus: str = ""  # the compositor's own session bus, where it has one (KWin)

    def press_key(self) -> None:
        """One key pressed and released, as by a user, so the seat is no longer idle."""
        if self.name == "sway":
            command = ["wtype", "-k", "Shift_L"]
        else:
            command = [sys.executable, "-m", "tests.helpers.kwin_input"]
        subprocess.run(command, env=self.env, cwd=PROJECT, check=True, timeout=20)


def available(compositor: str) -> bool:
    return shutil.which(compositor) is not None


@contextmanager
def sway_host() -> Iterator[WaylandHost]:
    """sway 1.7 headless, as the test user when we are root."""
    user = sway_user()
    with _workspace(user) as (work, run, home):
        ready = _fifo(work)
        config = work / "sway.conf"
        config.write_text(
            "output HEADLESS-1 resolution 1280x800 position 0,0\n"
            "seat seat0 fallback true\n"
            f"exec {_say_ready(ready)}\n"
        )
        env = _base_env(run, home)
        env.update(WLR_BACKENDS="headless", WLR_LIBINPUT_NO_DEVICES="1", WLR_RENDERER="pixman")
        command = as_user(user, ["sway", "-c", str(config)])
        with _compositor("sway", command, env, work, ready) as host:
            yield host


@contextmanager
def kwin_host(x11_display: str | None = None) -> Iterator[WaylandHost]:
    """kwin_wayland 5.27 --virtual, from a copy of its binary, on a bus of its own; or
    windowed on the X server `x11_display`, where its screen can be photographed."""
    with _workspace(None) as (work, run, home):
        ready = _fifo(work)
        binary = work / "kwin_wayland"
        shutil.copy(shutil.which("kwin_wayland") or "/usr/bin/kwin_wayland", binary)
        grants = home / ".local/share/applications"
        grants.mkdir(parents=True)
        (grants / "posture-break-test-input.desktop").write_text(
            "[Desktop Entry]\nType=Application\nName=Posture Break test input\n"
            f"Exec={os.path.realpath(sys.executable)}\nNoDisplay=true\n"
            "X-KDE-Wayland-Interfaces=org_kde_kwin_fake_input\n"
        )
        env = _base_env(run, home)
        env.update(KWIN_COMPOSE="Q")
        backend = ["--virtual"]
        if x11_display is not None:
            backend = ["--x11-display", x11_display]
            env.update(DISPLAY=x11_display)
        command = ["dbus-run-session", "--", str(binary), *backend, "--width", "1280"]
        command += ["--height", "800", "--socket", "wayland-kwin", "--no-lockscreen"]
        command += ["--no-global-shortcuts", "--no-kactivities", "--"]
        # Its bus's address first, for scripting KWin over D-Bus (tests/helpers/kwin_windows.py).
        command += ["sh", "-c", _say_ready(ready, f"echo $DBUS_SESSION_BUS_ADDRESS > {work}/bus")]
        with _compositor("kwin", command, env, work, ready) as host:
            host.bus = (work / "bus").read_text().strip()
            yield host


@contextmanager
def _workspace(user: pwd.struct_passwd | None) -> Iterator[tuple[Path, Path, Path]]:
    """A folder for the compositor's files, its runtime dir and home; the test user,
    if any, owns the latter two."""
    with tempfile.TemporaryDirectory(prefix="pb-wayland-") as name:
        work = Path(name)
        work.chmod(0o755)
        run, home = work / "run", work / "home"
        for folder in (run, home):
            folder.mkdir(mode=0o700)
            if user is not None:
                os.chown(folder, user.pw_uid, user.pw_gid)
        yield work, run, home


@contextmanager
def _compositor(
    name: str, command: list[str], env: dict[str, str], work: Path, ready: Path
) -> Iterator[WaylandHost]:
    """Run `command` in a process group of its own, and end the whole group: KWin's
    dbus-run-session would leave KWin and its bus running if it alone were ended."""
    log = work / f"{name}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        socket = Path(env["XDG_RUNTIME_DIR"]) / _wait_ready(ready, process, log)
        client_env = dict(os.environ, WAYLAND_DISPLAY=str(socket), XDG_SESSION_TYPE="wayland")
        yield WaylandHost(name, socket, process, client_env)
    finally:
        _signal_group(process, signal.SIGTERM)
        with suppress(subprocess.TimeoutExpired):
            process.wait(timeout=10)
        _signal_group(process, signal.SIGKILL)  # whatever did not end by itself
        process.wait()


def _signal_group(process: subprocess.Popen[bytes], number: signal.Signals) -> None:
    with suppress(ProcessLookupError):  # the group has ended
        os.killpg(process.pid, number)


def _say_ready(fifo: Path, first: str = "true") -> str:
    return f"sh -c '{first} && echo $WAYLAND_DISPLAY > {fifo}'"


def _wait_ready(ready: Path, process: subprocess.Popen[bytes], log: Path) -> str:
    """The socket name the compositor wrote into the FIFO. Opened without blocking, and
    kept open for writing too, so that waiting ends at the line or the timeout, never in
    open() for a compositor that died first."""
    fd = os.open(ready, os.O_RDWR | os.O_NONBLOCK)
    try:
        readable, _, _ = select.select([fd], [], [], READY_TIMEOUT_S)
        line = os.read(fd, 256).decode().strip() if readable else ""
    finally:
        os.close(fd)
    if not line:
        raise RuntimeError(f"{ready.name}: not ready in time:\n{log.read_text()}")
    return line


def _fifo(work: Path) -> Path:
    ready = work / "ready"
    os.mkfifo(ready)
    ready.chmod(0o666)  # the test user writes it
    return ready


def _base_env(run: Path, home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key in ("PATH", "LANG", "TERM")}
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(run), XDG_CONFIG_HOME=str(home / ".config"))
    return env


def _test_user() -> pwd.struct_passwd:
    """The ordinary user sway runs as under root; created once, without a home."""
    try:
        return pwd.getpwnam(TEST_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", TEST_USER],
            check=True,
        )
        return pwd.getpwnam(TEST_USER)


def sway_user() -> pwd.struct_passwd | None:
    """Whom sway and its desktop run as: the test user under root, else ourselves."""
    return _test_user() if os.getuid() == 0 else None


def as_user(user: pwd.struct_passwd | None, command: list[str]) -> list[str]:
    """`command` to run as `user` (None: as we are), keeping the environment."""
    if user is None:
        return command
    ids = [f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--init-groups"]
    return ["setpriv", *ids, *command]
