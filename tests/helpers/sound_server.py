"""A PulseAudio server of the test's own, and programs that record from it.

The server listens where every client looks first, $XDG_RUNTIME_DIR/pulse/native, so
the code under test finds it unaided. It has a virtual speaker, whose monitor
(SPEAKER_MONITOR) hears what plays, and a virtual microphone (MICROPHONE). As root,
PulseAudio warns that it is not meant to run as root outside --system mode, and runs.

Run as a script, this file records with stream flags parecord has no option for (a
level meter's PEAK_DETECT, a paused recorder's START_CORKED), through libpulse:
`python sound_server.py SOURCE FLAGS`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

SPEAKER = "speaker"
SPEAKER_MONITOR = f"{SPEAKER}.monitor"
MICROPHONE = "microphone"
# pa_stream_flags_t, <pulse/def.h>
START_CORKED = 0x0001
PEAK_DETECT = 0x0800


def _tool(name: str) -> str:
    """The program's full path, so a test may empty PATH while the server runs."""
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"{name} is missing: ./dev installs the test packages")
    return path


class SoundServer:
    """A running PulseAudio server; `wait_until` is qtbot.waitUntil."""

    def __init__(self, runtime_dir: Path, wait_until: Callable[[Callable[[], bool]], None]):
        self._wait_until = wait_until
        self._pactl, self._parecord = _tool("pactl"), _tool("parecord")
        socket = runtime_dir / "pulse" / "native"
        socket.parent.mkdir(mode=0o700, exist_ok=True)  # pactl may have made it
        self._log = runtime_dir / "pulseaudio.log"
        with self._log.open("w") as log:
            self._process = subprocess.Popen(
                [
                    _tool("pulseaudio"),
                    "-n",  # no default.pa: only the modules below
                    "--daemonize=no",
                    "--use-pid-file=no",
                    "--exit-idle-time=-1",
                    "--realtime=no",
                    "--high-priority=no",
                    "-L",
                    f"module-null-sink sink_name={SPEAKER}",
                    "-L",
                    f"module-null-source source_name={MICROPHONE}",
                    # Last: once its socket exists, the devices above are there.
                    "-L",
                    f"module-native-protocol-unix auth-anonymous=1 socket={socket}",
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        try:
            wait_until(lambda: self._alive(self._process, "pulseaudio") and socket.exists())
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        self._process.terminate()
        self._process.wait(timeout=5)

    @contextmanager
    def recording(self, source: str, flags: int = 0) -> Iterator[None]:
        """A program records from `source` for the length of the block: parecord, or
        with `flags` this file's libpulse recorder."""
        command = (
            [sys.executable, __file__, source, str(flags)]
            if flags
            else [self._parecord, f"--device={source}", os.devnull]
        )
        streams = self._stream_count()
        recorder = subprocess.Popen(command, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            self._wait_until(
                lambda: (
                    self._alive(recorder, f"recording from {source}")
                    and self._stream_count() > streams
                )
            )
            yield
        finally:
            recorder.kill()
            recorder.communicate(timeout=5)
            self._wait_until(lambda: self._stream_count() == streams)

    @contextmanager
    def loopback(self, source: str) -> Iterator[None]:
        """The server itself plays `source` on the speaker (module-loopback), for the
        length of the block."""
        streams = self._stream_count()
        module = self._run("load-module", "module-loopback", f"source={source}", f"sink={SPEAKER}")
        try:
            self._wait_until(lambda: self._stream_count() > streams)
            yield
        finally:
            self._run("unload-module", module.strip())
            self._wait_until(lambda: self._stream_count() == streams)

    @contextmanager
    def not_answering(self) -> Iterator[None]:
        """The server is stopped (SIGSTOP) for the length of the block: clients connect
        and wait."""
        self._process.send_signal(signal.SIGSTOP)
        try:
            yield
        finally:
            self._process.send_signal(signal.SIGCONT)

    def _stream_count(self) -> int:
        return len(self._run("list", "short", "source-outputs").splitlines())

    def _run(self, *args: str) -> str:
        return subprocess.run(
            [self._pactl, *args], capture_output=True, text=True, check=True, timeout=5
        ).stdout

    def _alive(self, process: subprocess.Popen[bytes], name: str) -> bool:
        """True while `process` runs; when it has ended, raises (waiting on is no use)."""
        if process.poll() is None:
            return True
        if process is self._process:
            details = self._log.read_text()
        else:
            details = process.stderr.read().decode() if process.stderr else ""
        raise RuntimeError(f"{name} ended ({process.returncode}): {details}")


def _record(source: str, flags: int) -> None:
    """Records from `source` with `flags` until killed, reading nothing."""
    pa = ctypes.CDLL(ctypes.util.find_library("pulse") or "libpulse.so.0")
    pointer, integer, text = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
    for name, argtypes, restype in (
        ("pa_mainloop_new", [], pointer),
        ("pa_mainloop_get_api", [pointer], pointer),
        ("pa_mainloop_iterate", [pointer, integer, pointer], integer),
        ("pa_mainloop_run", [pointer, pointer], integer),
        ("pa_context_new", [pointer, text], pointer),
        ("pa_context_connect", [pointer, text, integer, pointer], integer),
        ("pa_context_get_state", [pointer], integer),
        ("pa_stream_new", [pointer, text, pointer, pointer], pointer),
        ("pa_stream_connect_record", [pointer, text, pointer, integer], integer),
        ("pa_stream_get_state", [pointer], integer),
    ):
        function = getattr(pa, name)
        function.argtypes, function.restype = argtypes, restype

    class SampleSpec(ctypes.Structure):
        _fields_ = (("format", integer), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8))

    loop = pa.pa_mainloop_new()
    context = pa.pa_context_new(pa.pa_mainloop_get_api(loop), b"level meter")
    no_autospawn = 1  # PA_CONTEXT_NOAUTOSPAWN
    if pa.pa_context_connect(context, None, no_autospawn, None) < 0:
        sys.exit("cannot connect to the sound server")
    context_ready, context_failed = 4, 5  # PA_CONTEXT_READY, PA_CONTEXT_FAILED
    while (state := pa.pa_context_get_state(context)) not in (context_ready, context_failed):
        pa.pa_mainloop_iterate(loop, 1, None)
    if state == context_failed:
        sys.exit("the sound server refused the connection")
    float32le = 5  # PA_SAMPLE_FLOAT32LE; 25 values a second, mono, as pavucontrol's meters
    spec = SampleSpec(float32le, 25, 1)
    stream = pa.pa_stream_new(context, b"Peak detect", ctypes.byref(spec), None)
    if pa.pa_stream_connect_record(stream, source.encode(), None, flags) < 0:
        sys.exit(f"cannot record from {source}")
    pa.pa_mainloop_run(loop, None)


if __name__ == "__main__":
    _record(sys.argv[1], int(sys.argv[2]))
