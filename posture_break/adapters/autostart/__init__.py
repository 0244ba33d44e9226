"""Start at login: one small interface, and the entry each system reads when you log in.

- Linux and other Unix desktops: `~/.config/autostart/<desktop id>.desktop`, per the XDG
  Desktop Application Autostart Specification (xdg.py).
- Windows: a value under the current user's `Run` key in the registry (windows.py).
- macOS: a LaunchAgent, `~/Library/LaunchAgents/<desktop id>.plist` (macos.py).

Here is what they share: the command they start, and how a failure is worded. Only the
module for this system is loaded.

What must stay true: nothing here raises for an OS error. `enable()` and `disable()`
answer None, or sentences in the user's language saying what went wrong and why (details
go to the log), and `is_enabled()` answers what will really happen at the next login, so
a desktop's own "Startup Applications" switch, or Task Manager's, reads as off.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from posture_break import APP_ID, DESKTOP_ID
from posture_break.core.i18n import Context
from posture_break.core.ports import Autostart
from posture_break.core.problems import blocking_file, sentences, why_failed

log = logging.getLogger(__name__)

AutostartWords = Context("AutostartWords")

FLATPAK_INFO = Path("/.flatpak-info")


def autostart_for_this_system(launch: Sequence[str] | None = None) -> Autostart:
    """The entry this system reads at login; `launch` defaults to `launch_command()`."""
    if sys.platform == "win32":
        from posture_break.adapters.autostart.windows import WindowsRunKey

        return WindowsRunKey(launch)
    if sys.platform == "darwin":
        from posture_break.adapters.autostart.macos import LaunchAgent

        return LaunchAgent(launch=launch)
    from posture_break.adapters.autostart.xdg import XdgAutostart

    # Inside a Flatpak, XDG_CONFIG_HOME points into ~/.var/app, which no session reads;
    # ~/.config/autostart is the host's (the sandbox needs xdg-config/autostart:create).
    config_home = Path.home() / ".config" if _in_flatpak() else None
    return XdgAutostart(config_home, launch)


def launch_command() -> list[str]:
    """The argv that starts Posture Break as installed. Absolute, because the session that
    reads the entry at login may have another PATH than this process."""
    if _in_flatpak():
        # Paths inside the sandbox mean nothing outside it. The proper way here is the
        # Background portal (org.freedesktop.portal.Background.RequestBackground with
        # autostart=true), which writes the entry itself; until then the host's command.
        return ["flatpak", "run", DESKTOP_ID]
    # The script beside this interpreter first: it belongs to the copy that is running.
    search = os.pathsep.join([os.path.dirname(sys.executable), os.environ.get("PATH", "")])
    script = shutil.which(APP_ID, path=search)
    if script:
        return [os.path.abspath(script)]
    return [sys.executable, "-m", "posture_break"]


def _in_flatpak() -> bool:
    return FLATPAK_INFO.exists()


def in_words(path: Path) -> str:
    """A path as the user knows it: under the home folder it starts with ~."""
    try:
        return f"~/{path.relative_to(Path.home()).as_posix()}"
    except ValueError:
        return str(path)


def attempt(
    action: Callable[[], None], turning: Literal["on", "off"], place: Path | str
) -> str | None:
    """Runs `action`, which writes in `place` (a folder, or a registry key); an OS error
    becomes the sentences the user sees, and a log line."""
    try:
        action()
    except OSError as error:
        log.warning("Could not turn start at login %s in %s: %s", turning, place, error)
        if turning == "on":
            failed = AutostartWords.tr('"Start at login" could not be turned on.')
        else:
            failed = AutostartWords.tr('"Start at login" could not be turned off.')
        if isinstance(place, Path):
            why = why_failed(error, "write", in_words(place), in_words(blocking_file(place)))
        else:
            why = why_failed(error, "write", place)
        return sentences(failed, why)
    return None
