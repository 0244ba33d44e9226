"""`posture-break install-desktop` and `uninstall-desktop`: Posture Break into the
desktop's menu and out again. Files only, so they need neither Qt nor a running app, and
each says in one line what it did.

    Added Posture Break to your desktop's menu: the launcher and 2 icons in
    /home/you/.local/share; it starts /home/you/.local/bin/posture-break.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Literal

from posture_break import APP_NAME
from posture_break.adapters.autostart import FLATPAK_INFO
from posture_break.adapters.desktop_entry import MenuEntry, Outcome


def install_desktop() -> int:
    """Writes the launcher and icons; 1 if that is not possible here or a write failed."""
    return _change("install", "could not be added to your desktop's menu")


def uninstall_desktop() -> int:
    """Removes what install_desktop wrote; 1 if that is not possible here or a removal
    failed."""
    return _change("uninstall", "could not be taken out of your desktop's menu")


def _change(action: Literal["install", "uninstall"], failed: str) -> int:
    """Install or uninstall the menu entry and say in one line what was done."""
    refusal = _refusal()
    if refusal is not None:
        return refusal
    entry = MenuEntry()
    try:
        outcome = entry.install() if action == "install" else entry.uninstall()
    except OSError as error:
        print(f"{APP_NAME} {failed}: {_reason(error)}.", file=sys.stderr)
        return 1
    print(_done(entry, action, outcome) + _kept(outcome))
    return 0


def _done(entry: MenuEntry, action: Literal["install", "uninstall"], outcome: Outcome) -> str:
    if action == "install":
        if not outcome.done:
            return "Nothing was added to your desktop's menu."
        return (
            f"Added {APP_NAME} to your desktop's menu: {_what(entry, outcome.done)} in "
            f"{entry.data_home}; it starts {shlex.join(entry.launch)}."
        )
    if outcome.done:
        what = _what(entry, outcome.done)
        return f"Removed {APP_NAME} from your desktop's menu: {what} in {entry.data_home}."
    if outcome.kept:
        return "Nothing was removed from your desktop's menu."
    return f"{APP_NAME} was not in your desktop's menu; nothing to remove."


def _refusal() -> int | None:
    """The exit code, after saying why, where a menu entry of ours makes no sense."""
    if sys.platform in ("win32", "darwin"):
        print(
            "install-desktop and uninstall-desktop are for Linux and other Unix desktops.",
            file=sys.stderr,
        )
        return 1
    if FLATPAK_INFO.exists():
        print(f"Installed as a Flatpak, {APP_NAME} is in your desktop's menu already.")
        return 0
    return None


def _what(entry: MenuEntry, paths: list[Path]) -> str:
    """ "the launcher and 2 icons", "1 icon"... for the files in `paths`."""
    icons = len([path for path in paths if path != entry.launcher])
    parts = ["the launcher"] if entry.launcher in paths else []
    if icons:
        parts.append(f"{icons} icon" + ("s" if icons > 1 else ""))
    return " and ".join(parts)


def _kept(outcome: Outcome) -> str:
    if not outcome.kept:
        return ""
    names = ", ".join(str(path) for path in outcome.kept)
    return f" Left alone, as {APP_NAME} did not write it: {names}."


def _reason(error: OSError) -> str:
    if error.filename:
        return f"{error.strerror or error} ({error.filename})"
    return str(error)
