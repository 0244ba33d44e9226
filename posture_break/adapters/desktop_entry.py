"""Posture Break in the desktop's menu: a launcher and two icons in the user's data folder.

`install()` writes `$XDG_DATA_HOME/applications/<desktop id>.desktop` and the scalable and
symbolic icons under `$XDG_DATA_HOME/icons/hicolor/`; `uninstall()` removes them. Every
file carries MARKER, and a file is removed only when it does. So uninstall takes away
what any version's install wrote (icons change between versions; a list of what was
written would go stale or get lost), and neither command touches a file of the same name
that someone else put there, such as a menu editor's copy of the launcher.

Desktops read these folders themselves. A cache already beside the files
(`mimeinfo.cache`, `icon-theme.cache`) is refreshed so that it does not hide the change;
none is created, so that uninstall leaves no file of ours behind (the folders stay).
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from posture_break import APP_ID, APP_NAME, DESKTOP_ID, shipped
from posture_break.adapters.autostart import launch_command
from posture_break.adapters.autostart.xdg import COMMENT, exec_value
from posture_break.core.safe_files import replace_atomically

MARKER = f"Installed by {APP_NAME}; '{APP_ID} uninstall-desktop' removes this file."
_CACHE_TOOLS = (  # (folder below the data home, cache file, command that rebuilds it)
    ("applications", "mimeinfo.cache", ["update-desktop-database", "-q"]),
    ("icons/hicolor", "icon-theme.cache", ["gtk-update-icon-cache", "-q", "-t", "-f"]),
)


def launcher_entry(launch: Sequence[str]) -> str:
    """The launcher's text for the command `launch`; packaging/linux holds it for
    `posture-break`, the command of a copy installed on the PATH."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "GenericName=Stretch Break Reminder",
            f"Comment={COMMENT}",
            f"Exec={exec_value(launch)}",
            f"Icon={DESKTOP_ID}",
            "Terminal=false",
            "Categories=Utility;Qt;",
            "Keywords=stretch;break;posture;neck;back;reminder;RSI;health;",
            "StartupNotify=false",
            "",
        ]
    )


@dataclass(frozen=True)
class Outcome:
    """What install or uninstall did: the files written or removed, and the files of
    those names that someone else wrote, left as they were."""

    done: list[Path]
    kept: list[Path]


class MenuEntry:
    """The launcher and icons of this installed copy, under one XDG data folder."""

    def __init__(self, data_home: Path | None = None, launch: Sequence[str] | None = None) -> None:
        self.data_home = data_home if data_home is not None else platformdirs.user_data_path()
        self.launch = list(launch) if launch is not None else launch_command()
        self.launcher = self.data_home / "applications" / f"{DESKTOP_ID}.desktop"
        self.icons = self.data_home / "icons" / "hicolor"
        self._files = {
            self.launcher: f"# {MARKER}\n{launcher_entry(self.launch)}".encode(),
            self.icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg": _marked_svg(
                "icons/posture-break.svg"
            ),
            self.icons / "symbolic" / "apps" / f"{DESKTOP_ID}-symbolic.svg": _marked_svg(
                "icons/posture-break-symbolic.svg"
            ),
        }

    def install(self) -> Outcome:
        """Writes each file, over an earlier install's; raises OSError when one cannot be."""
        written: list[Path] = []
        kept: list[Path] = []
        for path, content in self._files.items():
            if _someone_elses(path):
                kept.append(path)
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            replace_atomically(path, content)
            written.append(path)
        self._refresh_caches()
        return Outcome(written, kept)

    def uninstall(self) -> Outcome:
        """Removes each file that carries MARKER; raises OSError when one cannot be."""
        removed: list[Path] = []
        kept: list[Path] = []
        for path in self._files:
            if _someone_elses(path):
                kept.append(path)
                continue
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
        if removed:
            self._refresh_caches()
        return Outcome(removed, kept)

    def _refresh_caches(self) -> None:
        """Best effort: without the tool, or when it fails, desktops read the folder."""
        for folder, cache, command in _CACHE_TOOLS:
            where = self.data_home / folder
            tool = shutil.which(command[0])
            if tool is None or not (where / cache).is_file():
                continue
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                subprocess.run(
                    [tool, *command[1:], str(where)],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    timeout=30,
                    check=False,
                )


def _marked_svg(relative: str) -> bytes:
    return f"<!-- {MARKER} -->\n".encode() + shipped.read_bytes(relative)


def _someone_elses(path: Path) -> bool:
    """True when something stands at `path` that no install wrote (a folder counts)."""
    try:
        return MARKER.encode() not in path.read_bytes()
    except FileNotFoundError:
        return False
    except OSError:
        return True
