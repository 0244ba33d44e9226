"""What a break does besides its window: speaks its steps, and pauses what plays.

Beside app.py, the composition root, because it joins the core's spoken-cue plan
(core/spoken_cues.py) to the voice (adapters/voice.py) and the media players
(adapters/mpris.py) under the settings in effect. The shell makes it when the first
break window opens (Shell.use_companion): nothing of it loads at start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from posture_break.adapters.mpris import MediaPause
from posture_break.adapters.voice import Voice
from posture_break.core.playback import PlayerView
from posture_break.core.settings import Settings
from posture_break.core.spoken_cues import spoken_for, voice_language

log = logging.getLogger(__name__)


class BreakCompanion:
    """The shell's Companion (ui/shell.py)."""

    def __init__(
        self, settings: Callable[[], Settings], apply: Callable[[Settings], object]
    ) -> None:
        self._settings = settings  # the settings in effect, read at each moment
        self._apply = apply  # saves a change and puts it in effect everywhere
        self._voice = Voice()
        self._media = MediaPause()
        self._holding: set[int] = set()  # windows whose routine keeps the media paused

    @property
    def voice_on(self) -> bool:
        return self._settings().spoken_cues

    def set_voice(self, on: bool) -> None:
        """The window's voice button: remembered as the setting, for the next break too."""
        if on != self.voice_on:
            self._apply(replace(self._settings(), spoken_cues=on))

    def moved(self, before: PlayerView | None, now: PlayerView) -> None:
        if self.voice_on and (words := spoken_for(before, now)) is not None:
            self._voice.say(words, voice_language())

    def began(self, window: int) -> None:
        if not self._settings().pause_media:
            log.info("a routine began; media players play on (pause_media is off)")
            return
        self._holding.add(window)
        self._media.pause_playing()

    def close(self) -> None:
        """The app quits: what a routine still holds paused plays again first, and the
        voice stops."""
        self._voice.close()
        self._holding.clear()
        self._media.resume_before_quitting()
        self._media.close()

    def closed(self, window: int) -> None:
        """Play again what was paused once no window's routine holds it any more (a new
        break can open while the last one's window is still going)."""
        if window in self._holding:
            self._holding.discard(window)
            if not self._holding:
                self._media.resume()
