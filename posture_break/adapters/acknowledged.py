"""Whether the user has already seen the one-time safety note.

Kept in `acknowledged.json` in the data folder. Losing it only means the note is shown
again, which is the safe side, so an unreadable file is set aside (kept as
`acknowledged.json.corrupt`) and a failed write is logged and otherwise ignored.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from posture_break.core.problems import why_failed
from posture_break.core.safe_files import read_regular, replace_atomically

log = logging.getLogger(__name__)

FILE_NAME = "acknowledged.json"


class Acknowledgements:
    """Satisfies the break window's `Notes` port (ui/break_window.py)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FILE_NAME
        self._safety = False
        self._read()

    def safety_note_seen(self) -> bool:
        return self._safety

    def acknowledge_safety_note(self) -> None:
        self._safety = True
        self._write()

    def show_again(self) -> None:
        """The settings window's "Show the safety notes again": the safety note before
        the next routine. (Each exercise's caution shows every time anyway.)"""
        self._safety = False
        self._write()

    def _read(self) -> None:
        try:
            content = read_regular(self.path)
        except FileNotFoundError:
            return
        except OSError as error:
            why = why_failed(error, "read")
            log.warning("cannot read %s: %s The safety note shows again.", self.path, why)
            return
        try:
            data = json.loads(content)
            self._safety = data.get("safety_note") is True
        except (ValueError, AttributeError):
            log.warning("%s is not what it should be; set aside, the note shows again", self.path)
            try:
                self.path.replace(self.path.with_name(FILE_NAME + ".corrupt"))
            except OSError as error:
                log.warning("cannot set %s aside: %s", self.path, error)

    def _write(self) -> None:
        data = {"safety_note": self._safety}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            replace_atomically(self.path, json.dumps(data, indent=1).encode())
        except OSError as error:
            log.warning("cannot save %s (%s); the safety note may show again", self.path, error)
