"""Where the soak runs: a private home, a wall clock the soak can set (libfaketime), a
stand-in for logind on a private system bus, a screen locker's voice on the session
bus, and the installed app itself, started and asked as a user would.

The desktop (Xvfb, trayer, dunst, the session bus) is tests/helpers/with-desktop.sh's;
everything here is made for one run and removed after it.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tests.helpers.dbus_peers import BusPeer, private_bus
from tests.helpers.notifications import dunstctl

APP_TIMEOUT_S = 60.0  # generous: a cold, loaded 2-core machine
LOGIND = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager")
SCREEN_SAVER = ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver")


def settings_text(micro_every_min: int = 25, snooze_min: int = 5) -> str:
    """The settings file the soak runs with: the usual schedule within active hours,
    Monday to Friday 08:00 to 18:00 (the defaults once they are on). The heads-up comes
    4 minutes ahead, not 1: at the time scale a minute is half a second, too short for
    a user to answer it before the window comes."""
    return (
        "version = 1\n"
        f"[breaks]\nmicro_every_min = {micro_every_min}\nsnooze_min = {snooze_min}\n"
        "heads_up_s = 240\n"
        "[active_hours]\nenabled = true\n"
    )


class Stage:
    """The run's home, buses, clock and app. Use as a context manager."""

    def __init__(self, time_scale: float) -> None:
        self.time_scale = time_scale
        self._stack = ExitStack()
        self.home = Path(tempfile.mkdtemp(prefix="pb-soak-"))
        self.runtime = Path(tempfile.mkdtemp(prefix="pb-rt-"))
        self.wall_file = self.home / "faketime"
        self.app: subprocess.Popen[str] | None = None
        self.executable = str(Path(sys.executable).with_name("posture-break"))
        self.env = self._environment()
        self.settings_file.parent.mkdir(parents=True)
        self.settings_file.write_text(settings_text())
        self.set_wall_clock(datetime.now().astimezone())

    def __enter__(self) -> Stage:
        dunstctl("close-all")  # nothing left on screen from before
        dunstctl("set-paused", "false")
        system_bus, _ = self._stack.enter_context(private_bus(self.home, kind="system"))
        self.env["DBUS_SYSTEM_BUS_ADDRESS"] = system_bus
        self.logind = BusPeer(system_bus, "org.freedesktop.login1")
        self.locker = BusPeer(os.environ["DBUS_SESSION_BUS_ADDRESS"], "org.freedesktop.ScreenSaver")
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_app()
        self.logind.close()
        self.locker.close()
        self._stack.close()
        shutil.rmtree(self.runtime, ignore_errors=True)
        shutil.rmtree(self.home, ignore_errors=True)

    def _environment(self) -> dict[str, str]:
        env = dict(os.environ, HOME=str(self.home), XDG_RUNTIME_DIR=str(self.runtime))
        for variable, sub in (
            ("XDG_CONFIG_HOME", ".config"),
            ("XDG_DATA_HOME", ".local/share"),
            ("XDG_STATE_HOME", ".local/state"),
            ("XDG_CACHE_HOME", ".cache"),
        ):
            env[variable] = str(self.home / sub)
        env["POSTURE_BREAK_TIME_SCALE"] = repr(self.time_scale)
        return env

    # Files -----------------------------------------------------------------------------

    @property
    def settings_file(self) -> Path:
        return self.home / ".config/posture-break/settings.toml"

    @property
    def history_file(self) -> Path:
        return self.home / ".local/share/posture-break/history.sqlite3"

    @property
    def safety_note_seen(self) -> bool:
        return (self.home / ".local/share/posture-break/acknowledged.json").exists()

    def log_files(self) -> list[Path]:
        """The app's log and its rotations, oldest first."""
        found = glob.glob(str(self.home / "**/posture-break.log*"), recursive=True)
        return sorted((Path(p) for p in found), key=lambda p: p.stat().st_mtime)

    def history(self) -> list[dict[str, Any]]:
        """Every break row, in the order written; none before the app made the table
        (it creates the file first)."""
        if not self.history_file.exists():
            return []
        db = sqlite3.connect(f"file:{self.history_file}?mode=ro", uri=True, timeout=30)
        try:
            db.row_factory = sqlite3.Row
            return [dict(row) for row in db.execute("SELECT * FROM breaks ORDER BY id")]
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):
                return []
            raise
        finally:
            db.close()

    # The wall clock --------------------------------------------------------------------

    def set_wall_clock(self, to: datetime) -> None:
        """Set the app's wall clock (libfaketime reads the file at every look)."""
        offset = round((to - datetime.now().astimezone()).total_seconds())
        self.wall_file.write_text(f"{offset:+d}\n")

    def wall_clock(self) -> datetime:
        offset = int(self.wall_file.read_text())
        return datetime.now().astimezone() + timedelta(seconds=offset)

    # The app ---------------------------------------------------------------------------

    def start_app(self) -> int:
        """Start the installed app under the settable clock; its pid once it answers."""
        libraries = glob.glob("/usr/lib/*/faketime/libfaketime.so.1")
        if not libraries:
            raise RuntimeError("libfaketime is missing: ./dev test installs it")
        env = dict(
            self.env,
            LD_PRELOAD=libraries[0],
            FAKETIME_TIMESTAMP_FILE=str(self.wall_file),
            FAKETIME_NO_CACHE="1",
            FAKETIME_DONT_FAKE_MONOTONIC="1",
        )
        self.app = subprocess.Popen(
            [self.executable],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        end = time.monotonic() + APP_TIMEOUT_S
        while time.monotonic() < end and self.app.poll() is None:
            state = self.state(missing_ok=True)
            if state and state["tray"] == "docked":
                return int(state["pid"])
            time.sleep(0.2)  # noqa: TID251 -- between two looks for the app's first answer
        raise RuntimeError("the app did not start and dock within a minute")

    def stop_app(self) -> None:
        if self.app is None or self.app.poll() is not None:
            return
        self.cli("quit", check=False)
        try:
            self.app.wait(timeout=APP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.app.kill()
            self.app.wait()

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """`posture-break ARGS` in a terminal of the same session (the real clock)."""
        done = subprocess.run(
            [self.executable, *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=APP_TIMEOUT_S,
        )
        if check and done.returncode != 0:
            raise RuntimeError(f"posture-break {' '.join(args)}: {done.stdout}{done.stderr}")
        return done

    def state(self, missing_ok: bool = False) -> dict[str, Any] | None:
        done = self.cli("status", "--json", check=not missing_ok)
        if done.returncode != 0:
            return None
        value: dict[str, Any] = json.loads(done.stdout)
        return value

    # Signals, as a screen locker and logind send them ------------------------------------

    def lock(self, locked: bool) -> None:
        self.locker.emit(*SCREEN_SAVER, "ActiveChanged", "b", locked)
        self.locker.flush()

    def sleep(self, going: bool) -> None:
        self.logind.emit(*LOGIND, "PrepareForSleep", "b", going)
        self.logind.flush()
