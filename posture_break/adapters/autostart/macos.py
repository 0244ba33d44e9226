"""Start at login on macOS: a LaunchAgent, `~/Library/LaunchAgents/<desktop id>.plist`."""

from __future__ import annotations

import plistlib
from collections.abc import Sequence
from pathlib import Path
from xml.parsers.expat import ExpatError

from posture_break import DESKTOP_ID
from posture_break.adapters.autostart import attempt, in_words, launch_command
from posture_break.core.safe_files import replace_atomically


class LaunchAgent:
    """A per-user LaunchAgent. Nothing calls `launchctl`: launchd loads the agent at the
    next login, which is all "Start at login" promises, and the running app is not started
    a second time."""

    def __init__(self, home: Path | None = None, launch: Sequence[str] | None = None) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{DESKTOP_ID}.plist"
        self._launch = list(launch) if launch is not None else launch_command()
        self.where = in_words(self.path)

    def is_enabled(self) -> bool:
        try:
            with self.path.open("rb") as file:
                agent = plistlib.load(file)
        except (OSError, ValueError, ExpatError):
            return False
        return isinstance(agent, dict) and agent.get("Disabled") is not True

    def enable(self) -> str | None:
        return attempt(self._write, "on", self.path.parent)

    def disable(self) -> str | None:
        return attempt(lambda: self.path.unlink(missing_ok=True), "off", self.path.parent)

    def _write(self) -> None:
        agent = {
            "Label": DESKTOP_ID,
            "ProgramArguments": self._launch,
            "RunAtLoad": True,
            "ProcessType": "Interactive",  # a window the user waits for: not throttled
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        replace_atomically(self.path, plistlib.dumps(agent))
