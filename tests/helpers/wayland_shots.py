"""Screenshots of the app's break window on real Wayland compositors, for judging by eye:
KWin 5.27 and Mutter 43, each nested in a window on an Xvfb of its own, photographed
with ImageMagick's `import` (neither offers a screen copy to a client here).

    python -m tests.helpers.wayland_shots OUT_DIR [--desktop kwin|mutter]

For each desktop: the app starts with a micro break a few seconds away; the break comes
on its offer page (OUT_DIR/<desktop>/offer.png); then `posture-break start
posture-reset` plays it (OUT_DIR/<desktop>/break.png; the one-time safety note counts as
read). A shot is taken once the screen has changed from the
one before and holds still. Needs no desktop of its own: run it anywhere as root.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from tests.helpers.app_process import PROJECT, AppProcess
from tests.helpers.mutter_host import mutter_host
from tests.helpers.wayland_host import kwin_host

HOSTS: dict[str, Callable[[str], AbstractContextManager[Any]]] = {
    "kwin": kwin_host,
    "mutter": mutter_host,
}
TIMEOUT_S = 60.0
SETTINGS = "version = 1\n[breaks]\nmicro_every_min = 5\n[timing]\nidle_after_s = 1800\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.helpers.wayland_shots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--desktop", choices=sorted(HOSTS), action="append")
    args = parser.parse_args(argv)
    for desktop in args.desktop or sorted(HOSTS):
        folder = args.out / desktop
        folder.mkdir(parents=True, exist_ok=True)
        with _xvfb() as display, HOSTS[desktop](display) as host:
            shoot(display, host.env, host.bus, folder)
        print(f"{desktop}: {folder}/offer.png, {folder}/break.png")
    return 0


def shoot(display: str, host_env: dict[str, str], bus: str, folder: Path) -> None:
    """The offer, then the playing break, each once it is on the screen."""
    with tempfile.TemporaryDirectory(prefix="pb-shots-") as home:
        env = _app_env(host_env, bus, Path(home))
        app = AppProcess(env=env, cwd=PROJECT)
        try:
            _until(lambda: _status(app).get("idle_source") is not None, "the app to answer")
            empty = _grab(display)
            _until(lambda: _status(app).get("status") == "Break in progress", "the break")
            offer = _settled(display, empty)
            _save(display, folder / "offer.png")
            started = app.cli("start", "posture-reset")
            if started.returncode != 0:
                raise RuntimeError(f"posture-break start: {started.stdout}{started.stderr}")
            _settled(display, offer)
            _save(display, folder / "break.png")
        except Exception:
            print(app.stop()[-3000:], file=sys.stderr)  # what the app said, to see why
            raise
        app.stop()


def _app_env(host_env: dict[str, str], bus: str, home: Path) -> dict[str, str]:
    """The app on the compositor and its bus, with a home of its own: a micro break ten
    seconds after start, never away (nobody types here), the safety note read."""
    env = {key: value for key, value in host_env.items() if key != "DISPLAY"}
    (home / ".config/posture-break").mkdir(parents=True)
    (home / ".config/posture-break/settings.toml").write_text(SETTINGS)
    (home / "data/posture-break").mkdir(parents=True)
    (home / "data/posture-break/acknowledged.json").write_text('{"safety_note": true}')
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    env.update(XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"))
    env.update(XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(runtime))
    env.update(QT_QPA_PLATFORM="wayland", DBUS_SESSION_BUS_ADDRESS=bus)
    env.update(POSTURE_BREAK_TIME_SCALE=str(1 / 30), POSTURE_BREAK_TRAY_WAIT_MS="600000")
    return env


@contextmanager
def _xvfb() -> Iterator[str]:
    """An X server on a display number it chose itself, ended afterwards."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write,),
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        display = f":{numbers.readline().strip()}"  # written once it accepts clients
    try:
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def _status(app: AppProcess) -> dict[str, Any]:
    result = app.cli("status", "--json")
    return dict(json.loads(result.stdout)) if result.returncode == 0 else {}


def _grab(display: str) -> bytes:
    command = ["import", "-display", display, "-window", "root", "-depth", "8", "rgb:-"]
    return subprocess.run(command, capture_output=True, check=True, timeout=30).stdout


def _settled(display: str, before: bytes) -> bytes:
    """The screen once it differs from `before` and two looks a moment apart agree."""
    seen = [before]

    def changed_and_still() -> bool:
        seen.append(_grab(display))
        return seen[-1] != before and seen[-1] == seen[-2]

    _until(changed_and_still, "the screen to change and settle")
    return seen[-1]


def _save(display: str, path: Path) -> None:
    command = ["import", "-display", display, "-window", "root", str(path)]
    subprocess.run(command, check=True, timeout=30)


def _until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {TIMEOUT_S:.0f} s for {what}")
        time.sleep(0.3)  # noqa: TID251 (a script that looks at a screen, not a test)


if __name__ == "__main__":
    sys.exit(main())
