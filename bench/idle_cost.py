"""Context switches of the app over 60 s with nobody at the keyboard, by idle source:
X11 SYNC on the test desktop's Xvfb, or the Wayland compositor's idle protocol on a
headless sway 1.7 (the app on Qt's wayland platform, as on a sway desktop).

    tests/helpers/with-desktop.sh python bench/idle_cost.py \
        x11|sway|sway-idle-only|sway-desktop [SECONDS]

sway-idle-only: the app's windows stay on the test desktop's Xvfb, only its idle source
is sway's, so that what Qt's own Wayland connection costs is left out. sway-desktop: a
sway user's whole desktop (tests/helpers/sway_desktop.py), the icon in waybar's tray and
mako for notifications, as the x11 run has its icon in trayer and dunst.

Starts the app from this checkout in a private home, waits until `status --json` names
its idle source and 10 s more, then counts voluntary and involuntary context switches of
the app's main thread and of all its threads over the window (default 60 s).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.helpers.sway_desktop import sway_desktop, wait_until
from tests.helpers.wayland_host import sway_host

SETTLE_S = 10


def switches(pid: int, task: str) -> int:
    total = 0
    for line in Path(f"/proc/{pid}/task/{task}/status").read_text().splitlines():
        if line.startswith(("voluntary_ctxt_switches:", "nonvoluntary_ctxt_switches:")):
            total += int(line.split()[1])
    return total


def snapshot(pid: int) -> tuple[int, int]:
    """(main thread, all threads) context switches so far."""
    tasks = os.listdir(f"/proc/{pid}/task")
    return switches(pid, str(pid)), sum(switches(pid, task) for task in tasks)


def watched(app: subprocess.Popen[str], seconds: float) -> None:
    """Let the app run for `seconds`; it must not exit meanwhile."""
    try:
        app.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        return
    raise SystemExit(f"the app exited early:\n{app.stdout.read() if app.stdout else ''}")


def main() -> int:
    where, window_s = sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
    with ExitStack() as stack:
        home = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="pb-idle-cost-")))
        runtime = home / "run"
        runtime.mkdir(mode=0o700)
        env = dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(runtime))
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env.pop(variable, None)
        if where == "sway-desktop":
            desktop = stack.enter_context(sway_desktop(wait_until))
            env = desktop.app_env(env)
            print(f"sway, waybar and mako at WAYLAND_DISPLAY={desktop.host.socket}", flush=True)
        elif where.startswith("sway"):
            host = stack.enter_context(sway_host())
            env.update(WAYLAND_DISPLAY=str(host.socket), XDG_SESSION_TYPE="wayland")
            print(f"sway at WAYLAND_DISPLAY={host.socket}", flush=True)
        if where == "sway":
            env.update(QT_QPA_PLATFORM="wayland")
            env.pop("DISPLAY", None)
        command = [sys.executable, "-m", "posture_break"]
        app = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        stack.callback(app.wait)
        stack.callback(app.terminate)
        state: dict[str, object] = {}
        while state.get("idle_source") is None:
            watched(app, 0.5)
            status = subprocess.run(
                [*command, "status", "--json"], env=env, capture_output=True, text=True
            )
            if status.returncode == 0:
                state = json.loads(status.stdout)
        watched(app, SETTLE_S)
        before = snapshot(app.pid)
        watched(app, window_s)
        after = snapshot(app.pid)
        print(
            f"{where}: idle source {state['idle_source']}, tray {state['tray']}; "
            f"over {window_s:.0f} s: "
            f"{after[0] - before[0]} context switches of the main thread, "
            f"{after[1] - before[1]} of all threads"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
