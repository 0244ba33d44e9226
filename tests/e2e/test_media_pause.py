"""A routine pauses the music that plays, and plays exactly that again when its window
closes: real mpv players with Debian's MPRIS plugin (mpv-mpris) on the test desktop's
session bus, playing a generated tone into no sound device."""

import math
import struct
import subprocess
import wave

import pytest
from jeepney import DBusAddress, Properties, message_bus
from jeepney.io.blocking import open_dbus_connection

PLUGIN = "/usr/lib/mpv-mpris/mpris.so"
TITLE = "Posture reset — Posture Break"


def tone(path, seconds=2, rate=8000):
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        frames = (
            round(8000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(seconds * rate)
        )
        out.writeframes(b"".join(struct.pack("<h", frame) for frame in frames))


class Players:
    """mpv processes, and what each one says on the bus about itself."""

    def __init__(self, sound):
        self._sound = sound
        self._bus = open_dbus_connection("SESSION")
        self._started = []

    def start(self, paused=False):
        command = ["mpv", "--no-config", f"--script={PLUGIN}", "--ao=null", "--vo=null"]
        command += ["--no-video", "--loop-file=inf", "--no-terminal", str(self._sound)]
        process = subprocess.Popen([*command, *(["--pause"] if paused else [])])
        self._started.append(process)
        return process

    def status(self, process):
        """PlaybackStatus of the player in `process`; None while it has no MPRIS name."""
        for name in self._call(message_bus.ListNames())[0]:
            if not name.startswith("org.mpris.MediaPlayer2."):
                continue
            pid = self._call(message_bus.GetConnectionUnixProcessID(name), error_ok=True)
            if pid is not None and pid[0] == process.pid:
                player = DBusAddress(
                    "/org/mpris/MediaPlayer2", name, "org.mpris.MediaPlayer2.Player"
                )
                reply = self._call(Properties(player).get("PlaybackStatus"), error_ok=True)
                return None if reply is None else reply[0][1]
        return None

    def _call(self, message, error_ok=False):
        from jeepney.wrappers import DBusErrorResponse

        try:
            return self._bus.send_and_get_reply(message, timeout=10).body
        except DBusErrorResponse:
            if error_ok:
                return None  # a player that is just going away
            raise

    def close(self):
        for process in self._started:
            process.terminate()
            process.wait(timeout=10)
        self._bus.close()


@pytest.fixture
def players(tmp_path):
    sound = tmp_path / "tone.wav"
    tone(sound)
    players = Players(sound)
    yield players
    players.close()


def close_break_window(qtbot):
    """Esc, as a user closes the window: during get-ready it closes at once (after that
    it shows the finish page, which a second Esc closes)."""

    def pressed_and_gone():
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", f"^{TITLE}$"],
            capture_output=True,
            text=True,
        ).stdout.split()
        if found:
            subprocess.run(["xdotool", "windowfocus", "--sync", found[0]], check=False)
            # Typed (XTEST), not sent to the window: a key sent to a window that closes
            # in between stays pressed, and its repeats close the next test's window.
            subprocess.run(["xdotool", "key", "Escape"], check=False)
        return not found

    qtbot.waitUntil(pressed_and_gone, timeout=20000)


def seen_safety_note(home):
    data = home / ".local/share/posture-break"
    data.mkdir(parents=True, exist_ok=True)
    (data / "acknowledged.json").write_text('{"safety_note": true}')


def test_a_routine_pauses_what_plays_and_plays_exactly_that_again(
    start_app, private_home, players, qtbot
):
    seen_safety_note(private_home)
    music = players.start()
    already_paused = players.start(paused=True)
    leaving = players.start()  # quits while the routine plays
    qtbot.waitUntil(
        lambda: (
            (players.status(music), players.status(already_paused), players.status(leaving))
            == ("Playing", "Paused", "Playing")
        ),
        timeout=20000,
    )
    app = start_app()
    assert app.cli("start", "posture-reset").returncode == 0
    qtbot.waitUntil(
        lambda: (players.status(music), players.status(leaving)) == ("Paused", "Paused"),
        timeout=15000,
    )
    leaving.terminate()
    leaving.wait(timeout=10)

    close_break_window(qtbot)
    qtbot.waitUntil(lambda: players.status(music) == "Playing", timeout=15000)
    assert players.status(already_paused) == "Paused"  # it was not ours to play
    assert app.running()


def test_with_the_setting_off_the_music_plays_on(start_app, private_home, players, qtbot):
    seen_safety_note(private_home)
    settings = private_home / ".config/posture-break/settings.toml"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("version = 1\n[window]\npause_media = false\n")
    music = players.start()
    qtbot.waitUntil(lambda: players.status(music) == "Playing", timeout=20000)
    app = start_app()
    assert app.cli("start", "posture-reset").returncode == 0
    log = private_home / ".local/state/posture-break/log/posture-break.log"
    # Decided as the routine begins, and said in the log: from then on nothing pauses it.
    qtbot.waitUntil(lambda: "media players play on" in log.read_text(), timeout=15000)
    assert players.status(music) == "Playing"
    close_break_window(qtbot)


def test_quitting_during_a_routine_plays_the_music_again(start_app, private_home, players, qtbot):
    seen_safety_note(private_home)
    music = players.start()
    qtbot.waitUntil(lambda: players.status(music) == "Playing", timeout=20000)
    app = start_app()
    assert app.cli("start", "posture-reset").returncode == 0
    qtbot.waitUntil(lambda: players.status(music) == "Paused", timeout=15000)
    assert app.cli("quit").returncode == 0
    qtbot.waitUntil(lambda: not app.running(), timeout=15000)
    qtbot.waitUntil(lambda: players.status(music) == "Playing", timeout=15000)
