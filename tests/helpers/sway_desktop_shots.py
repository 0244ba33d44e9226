"""Screenshots of the app on a sway user's desktop (sway, waybar, mako), to judge as a
user does: the icon on the bar, its tooltip and the menu waybar draws for it, the
heads-up in mako, and the break window on its offer page and during the routine.

    tests/helpers/with-desktop.sh python -m tests.helpers.sway_desktop_shots OUT

The schedule runs 30 times as fast, so the heads-up comes after 4 s and the break after
10 s. Each picture is taken once what it shows is there.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QImage

from tests.helpers.app_process import AppProcess
from tests.helpers.sway_desktop import SCREEN, SwayDesktop, sway_desktop, wait_until

BREAK_WINDOW = "Posture reset — Posture Break"
SETTINGS = (
    "version = 1\n[breaks]\nmicro_every_min = 5\nheads_up_s = 180\n[timing]\nidle_after_s = 600\n"
)


def window_titles(desktop: SwayDesktop) -> list[str]:
    titles: list[str] = []

    def walk(node: dict[str, object]) -> None:
        if node.get("pid"):
            titles.append(str(node.get("name")))
        for key in ("nodes", "floating_nodes"):
            for child in node.get(key, []):  # type: ignore[attr-defined]
                walk(child)

    walk(desktop.swaymsg("-t", "get_tree"))
    return titles


def take(desktop: SwayDesktop, out: Path, home: Path) -> None:
    icon = desktop.tray_icon(home)
    assert icon is not None
    x, y, width, height = icon
    desktop.screenshot(out / "bar.png", (0, 0, SCREEN[0], desktop.bar_height()))

    desktop.mouse.move(x + width // 2, y + height // 2)
    wait_until(lambda: desktop.tooltip_drawn(home))
    desktop.screenshot(out / "tooltip.png")
    desktop.mouse.click(x + width // 2, y + height // 2, "right")
    wait_until(lambda: desktop.menu_drawn(home))
    desktop.screenshot(out / "menu.png")
    desktop.mouse.click(SCREEN[0] // 4, SCREEN[1] - 100, "left")  # closes the menu
    wait_until(lambda: not desktop.menu_drawn(home))

    wait_until(lambda: desktop.notifications() != [])
    desktop.screenshot(out / "notification.png")

    wait_until(lambda: BREAK_WINDOW in window_titles(desktop))
    shown = desktop.screenshot(out / "offer.png")
    for page in ("safety-note", "break"):  # the first stretch's note, then the routine
        shown = next_page(desktop, shown, out / f"{page}.png")


def next_page(desktop: SwayDesktop, shown: Path, shot: Path) -> Path:
    """Press Enter in the break window and take the page it turns to. Enter counts once
    the keyboard has rested 3 s (the window's rule); the first key of a new virtual
    keyboard is lost, hence the Shift first."""
    keys = ["wtype", "-k", "Shift_L", "-s", "3500", "-k", "Return"]
    subprocess.run(keys, env=desktop.host.env, check=True, timeout=30)
    wait_until(lambda: QImage(str(desktop.screenshot(shot))) != QImage(str(shown)))
    return shot


def main() -> int:
    out = Path(sys.argv[1]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pb-sway-shots-") as name:
        home = Path(name)
        (home / ".config/posture-break").mkdir(parents=True)
        (home / ".config/posture-break/settings.toml").write_text(SETTINGS)
        runtime = home / "run"
        runtime.mkdir(mode=0o700)
        os.environ.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime))
        os.environ["POSTURE_BREAK_TIME_SCALE"] = str(1 / 30)
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            os.environ.pop(variable, None)
        with sway_desktop(wait_until) as desktop:
            app = AppProcess(env=desktop.app_env())
            try:
                wait_until(lambda: desktop.tray_icon(home) is not None)
                take(desktop, out, home)
            finally:
                app.stop()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
