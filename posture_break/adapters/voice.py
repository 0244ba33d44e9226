"""The optional voice of the break window, spoken by the desktop's speech engine.

`spd-say` hands the words to speech-dispatcher, the desktop's shared speech service
(the one screen readers use, so the user's chosen voice and rate apply); without it,
`espeak-ng` speaks them itself. Either runs as a child process started from the event
loop, so the window never waits for a voice. Neither installed, or one that fails:
silence and one line in the log, as the window says everything too.

What is said and when is decided in core/spoken_cues.py; this only speaks.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QObject, QProcess

log = logging.getLogger(__name__)


def _arguments(engine: str, language: str, text: str) -> list[str]:
    """The command line for one utterance; `--` keeps a text that starts with a dash
    from being read as an option."""
    if engine == "spd-say":
        return ["-l", language, "--", text]
    return ["-v", language, "--", text]


class Voice(QObject):
    """`say(text, language)`; looks for an engine once, at the first word."""

    ENGINES = ("spd-say", "espeak-ng")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine: str | None = None
        self._looked = False
        self._speaking: QProcess | None = None
        self._told_failure = False

    def say(self, text: str, language: str) -> None:
        engine = self._find_engine()
        if engine is None or not text:
            return
        name = Path(engine).name
        earlier = self._speaking
        if name == "espeak-ng" and earlier is not None:
            # espeak-ng speaks in its own process: words still going on are out of
            # date (a skip, a countdown), so the newest cut them short. spd-say only
            # hands over to speech-dispatcher, which queues.
            earlier.kill()
        process = QProcess(self)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._speaking = process
        process.start(engine, _arguments(name, language, text))

    def close(self) -> None:
        """The app quits: words still being spoken are cut off, and their process is
        gone before the voice is."""
        process = self._speaking
        if process is not None and process.state() is not QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(1000)

    def _on_finished(self) -> None:
        process = self.sender()
        if isinstance(process, QProcess):
            self._forget(process)

    def _on_error(self, error: QProcess.ProcessError) -> None:
        process = self.sender()
        if error is QProcess.ProcessError.Crashed:
            return  # killed for newer words; `finished` follows
        if not self._told_failure:
            self._told_failure = True
            log.info("the voice could not speak (%s); spoken cues stay silent", error.name)
        if isinstance(process, QProcess) and error is QProcess.ProcessError.FailedToStart:
            self._forget(process)  # no `finished` comes for a process that never ran

    def _forget(self, process: QProcess) -> None:
        if self._speaking is process:
            self._speaking = None
        process.deleteLater()

    def _find_engine(self) -> str | None:
        """The first engine on PATH, looked up once."""
        if not self._looked:
            self._looked = True
            self._engine = next(filter(None, map(shutil.which, self.ENGINES)), None)
            if self._engine is None:
                log.info(
                    "no speech engine (%s) found; spoken cues stay silent",
                    ", ".join(self.ENGINES),
                )
        return self._engine
