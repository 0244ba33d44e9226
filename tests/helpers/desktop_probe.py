"""Look at the X desktop the way a person would: is there a tray, is our icon in it?

python desktop_probe.py tray-host     exit 0 when a system tray host owns the selection
python desktop_probe.py docked        exit 0 when a tray icon is viewable inside the tray
"""

from __future__ import annotations

import subprocess
import sys

from Xlib import X, display


def tray_host_present(dpy: display.Display) -> bool:
    owner = dpy.get_selection_owner(dpy.intern_atom("_NET_SYSTEM_TRAY_S0"))
    return bool(getattr(owner, "id", owner))


def docked_icons(dpy: display.Display) -> list[int]:
    """Window ids of XEmbed clients (windows with _XEMBED_INFO) that are viewable and
    reparented away from the root, i.e. sitting inside a tray host."""
    xembed = dpy.intern_atom("_XEMBED_INFO")
    root = dpy.screen().root
    found: list[int] = []

    def walk(window, depth: int) -> None:
        for child in window.query_tree().children:
            try:
                viewable = child.get_attributes().map_state == X.IsViewable
                if depth > 0 and viewable and child.get_full_property(xembed, X.AnyPropertyType):
                    found.append(child.id)
                walk(child, depth + 1)
            except Exception:  # a window vanished while we looked
                continue

    walk(root, 0)
    return found


def window_titles(containing: str) -> list[str]:
    """Titles of the visible windows whose title contains `containing` (xdotool)."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", containing],
        capture_output=True,
        text=True,
    ).stdout.split()
    return [
        subprocess.run(
            ["xdotool", "getwindowname", window], capture_output=True, text=True
        ).stdout.strip()
        for window in found
    ]


def main(argv: list[str]) -> int:
    dpy = display.Display()
    if argv[:1] == ["tray-host"]:
        return 0 if tray_host_present(dpy) else 1
    if argv[:1] == ["docked"]:
        return 0 if docked_icons(dpy) else 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
