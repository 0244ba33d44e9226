"""Two signs of "busy" that only other programs can tell, asked once at the due moment.

Each question runs a small command through `Helpers`: a QProcess read from the event
loop, so the app never waits for one (busy_probe gives all questions together half a
second, then stops the commands still running). A command that is missing, fails or
says something unexpected means "not known" (None), never an error; what it writes on
stderr goes to the log, never to the user's terminal. Nothing is watched between
questions.

A microphone being recorded (in a call): `pactl -f json list source-outputs` lists the
streams that record from a source, whether PulseAudio or PipeWire's pipewire-pulse
answers (`-f json` needs pactl 15.99 or later; an older one refuses it: not known).
Only when some stream could be a call is `pactl -f json list sources` asked as well, to
tell monitors from microphones. The tests run PulseAudio 16; PipeWire 0.3.65 was
checked by hand and answers alike, but marks level meters its own way (below).
A stream counts when
- an application made it: streams a server keeps for itself (a loopback, echo
  cancelling) have no client;
- it runs: a corked (paused) stream records nothing;
- it is not a level meter (pavucontrol, GNOME Settings, Plasma's volume applet): those
  record with PA_STREAM_PEAK_DETECT, which PulseAudio shows as the resample method
  "peaks" and pipewire-pulse as the property `stream.monitor`. Their name, "Peak
  detect", is translated, so it is not looked at;
- its source is not a monitor: recording what the speakers play is screen-capture
  audio, not a call. A monitor names the sink it monitors (and is called "SINK.monitor").
pactl runs with LC_ALL=C: before PulseAudio 16 it wrote numbers in the user's locale,
"0,00" in French, which is not JSON (pulseaudio merge request 702).

GNOME's do-not-disturb: GNOME Shell keeps it as `show-banners` false in the GSettings
schema org.gnome.desktop.notifications, which has no D-Bus interface, so
`gsettings get` reads it (from dconf; no daemon is started). It is asked only when
XDG_CURRENT_DESKTOP names GNOME among its desktops (GNOME, ubuntu:GNOME, pop:GNOME,
GNOME-Classic:GNOME), so other desktops pay no command per break: Budgie keeps its
do-not-disturb in its own notification daemon, Pantheon in io.elementary.notifications,
Cinnamon in org.cinnamon.desktop.notifications, and Plasma and dunst answer over D-Bus.
An old Budgie session named "Budgie:GNOME" is asked too, and answers the default, true.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment

log = logging.getLogger(__name__)

Answer = Callable[["bool | None"], None]
Output = Callable[["str | None"], None]  # what a command printed; None: it failed
Items = list[dict[str, object]]  # what pactl lists, as JSON objects

_GNOME_NOTIFICATIONS = "org.gnome.desktop.notifications"
_PEAK_DETECT_RESAMPLER = "peaks"  # what PulseAudio shows for a PA_STREAM_PEAK_DETECT stream
_KILLED_WAIT_MS = 1000  # at close, for a killed command to be gone


class Helpers(QObject):
    """Runs the commands of the busy questions, each handing its output to a callback
    from the event loop. What a command writes on stderr is logged once while it says
    the same ("Connection failure: Connection refused" from pactl without a sound
    server would otherwise fill the log, a line every due moment)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[QProcess] = set()  # those stopped too, until they are gone
        self._waiting: dict[QProcess, Output] = {}  # those whose output is awaited
        self._said: dict[str, str] = {}  # program -> what it last wrote on stderr

    def run(self, command: list[str], done: Output, env: dict[str, str] | None = None) -> bool:
        """Start `command` with `env` added to the environment; `done` gets what it
        printed. False, and `done` is never called, when there is no such program."""
        program = shutil.which(command[0])
        if program is None:
            log.debug("no %s here", command[0])
            return False
        process = QProcess(self)
        if env:
            environment = QProcessEnvironment.systemEnvironment()
            for name, value in env.items():
                environment.insert(name, value)
            process.setProcessEnvironment(environment)
        process.setStandardInputFile(QProcess.nullDevice())
        process.finished.connect(partial(self._on_finished, process))
        process.errorOccurred.connect(partial(self._on_error, process))
        self._running.add(process)
        self._waiting[process] = done
        process.start(program, command[1:])
        return True

    def cancel(self) -> None:
        """Stop every command still running; their callbacks are not called."""
        for process in list(self._waiting):
            self._waiting.pop(process)
            process.kill()  # its `finished` still comes, and lets it go

    def close(self) -> None:
        """At quit: stop every command and wait the moment a killed one takes to end,
        which QProcess would otherwise wait for anyway, warning that it was running."""
        self.cancel()
        for process in list(self._running):
            process.waitForFinished(_KILLED_WAIT_MS)

    def _on_finished(self, process: QProcess, code: int, status: QProcess.ExitStatus) -> None:
        self._log_stderr(process)
        self._running.discard(process)
        done = self._waiting.pop(process, None)
        process.deleteLater()
        if done is None:
            return  # cancelled
        if status != QProcess.ExitStatus.NormalExit or code != 0:
            log.debug("%s failed (%d)", process.program(), code)
            done(None)
        else:
            done(bytes(process.readAllStandardOutput().data()).decode(errors="replace"))

    def _on_error(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error is not QProcess.ProcessError.FailedToStart:
            return  # a crash, say: `finished` follows
        log.debug("%s did not start: %s", process.program(), process.errorString())
        self._running.discard(process)
        done = self._waiting.pop(process, None)
        process.deleteLater()
        if done is not None:
            done(None)

    def _log_stderr(self, process: QProcess) -> None:
        """What the command wrote on stderr, on one line, unless it said that last time."""
        program = os.path.basename(process.program())
        text = bytes(process.readAllStandardError().data()).decode(errors="replace")
        said = " | ".join(line.strip() for line in text.splitlines() if line.strip())
        if said and said != self._said.get(program):
            log.info("%s said: %s", program, said)
        self._said[program] = said


def _pactl_list(helpers: Helpers, kind: str, done: Callable[[Items | None], None]) -> bool:
    """The sound server's list of `kind` ("sources", "source-outputs") as JSON objects."""
    return helpers.run(
        ["pactl", "-f", "json", "list", kind], partial(_as_list, kind, done), {"LC_ALL": "C"}
    )


def _as_list(kind: str, done: Callable[[Items | None], None], text: str | None) -> None:
    if text is None:
        done(None)
        return
    try:
        items = json.loads(text)
    except ValueError:
        log.debug("pactl answered no JSON about %s: %.200s", kind, text)
        done(None)
        return
    done([item for item in items if isinstance(item, dict)] if isinstance(items, list) else None)


def _may_be_a_call(stream: dict[str, object]) -> bool:
    """Whether a source output is an application's running recording, not a level meter."""
    properties = stream.get("properties")
    monitoring = isinstance(properties, dict) and properties.get("stream.monitor") in (
        "true",
        "1",
    )
    return (
        stream.get("client") is not None
        and stream.get("corked") is not True
        and stream.get("resample_method") != _PEAK_DETECT_RESAMPLER
        and not monitoring
    )


def _is_monitor(source: dict[str, object]) -> bool:
    """Whether a source plays back what a sink plays (pactl calls the sink `monitor_source`)."""
    name = source.get("name")
    return bool(source.get("monitor_source")) or (
        isinstance(name, str) and name.endswith(".monitor")
    )


def microphone_recorded(helpers: Helpers, answer: Answer) -> bool:
    """Ask whether an application records from a source that is not a monitor; `answer`
    gets None when there is no sound server or it answers nothing sensible. False,
    and no answer, without pactl."""

    def on_streams(streams: Items | None) -> None:
        recorded = {stream.get("source") for stream in streams or () if _may_be_a_call(stream)}
        if streams is None:
            answer(None)
        elif not recorded:
            answer(False)
        elif not _pactl_list(helpers, "sources", partial(on_sources, recorded)):
            answer(None)

    def on_sources(recorded: set[object], sources: Items | None) -> None:
        if sources is None:
            answer(None)
        else:
            answer(any(s.get("index") in recorded and not _is_monitor(s) for s in sources))

    return _pactl_list(helpers, "source-outputs", on_streams)


def gnome_do_not_disturb(helpers: Helpers, answer: Answer) -> bool:
    """Ask whether GNOME's notification banners are off; `answer` gets None when the
    schema is missing. False, and no answer, outside GNOME or without gsettings."""
    if "GNOME" not in os.environ.get("XDG_CURRENT_DESKTOP", "").split(":"):
        return False
    command = ["gsettings", "get", _GNOME_NOTIFICATIONS, "show-banners"]
    return helpers.run(
        command, lambda text: answer({"false": True, "true": False}.get((text or "").strip()))
    )
