"""Soft sounds for the break window, played by the desktop's own command-line player.

QtMultimedia would cost a 59 MB wheel and about 20 MiB of memory in a tray app that
runs all day, for four short chimes; instead each cue starts `pw-play` (PipeWire),
`paplay` (PulseAudio) or `aplay` (ALSA), the first one installed, and forgets it. No
player, no sound device or a player that fails: silence, never an error dialog, as a
sound is a nicety and the window says everything too.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from posture_break import shipped

log = logging.getLogger(__name__)

CUES = ("start", "set-done", "switch", "finish")


def _volume_args(player: str, percent: int) -> list[str]:
    if player == "pw-play":
        return [f"--volume={percent / 100:.2f}"]
    if player == "paplay":
        return [f"--volume={round(65536 * percent / 100)}"]
    return ["-q"]  # aplay has no volume: the files themselves are quiet


class SoundCues:
    """`play(cue)` for the break window; does nothing when `volume_percent` is 0."""

    PLAYERS = ("pw-play", "paplay", "aplay")

    def __init__(self, volume_percent: int) -> None:
        self.volume_percent = volume_percent
        self._player: str | None = None
        self._looked = False

    def play(self, cue: str) -> None:
        if self.volume_percent <= 0 or cue not in CUES:
            return
        player = self._find_player()
        sound = shipped.root() / "sounds" / f"{cue}.wav"
        if player is None or not isinstance(sound, Path):  # zipped install: no file to hand
            return
        args = [*_volume_args(Path(player).name, self.volume_percent), str(sound)]
        # PySide6 builds a class the first time a module hands it out: QProcess's
        # type, with its enums, would be 0.7 ms of every start, for a break's sound.
        from PySide6.QtCore import QProcess

        started, _pid = QProcess.startDetached(player, args)
        if not started:
            log.info("could not start %s for a sound cue", player)

    def _find_player(self) -> str | None:
        """The first player on PATH, looked up once: a cue must not search every time."""
        if not self._looked:
            self._looked = True
            self._player = next(filter(None, map(shutil.which, self.PLAYERS)), None)
            if self._player is None:
                log.info(
                    "no sound player (%s) found; sound cues stay silent", ", ".join(self.PLAYERS)
                )
        return self._player
