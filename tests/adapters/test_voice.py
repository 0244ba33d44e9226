"""The voice speaks through spd-say, else espeak-ng, and is silent without either. The
real espeak-ng speaks once, into a WAV file instead of the sound device this machine
lacks; stand-ins on PATH record what they were asked."""

import logging
import os
import shutil
import wave
from pathlib import Path

import pytest

from posture_break.adapters.voice import Voice

ESPEAK = shutil.which("espeak-ng")


def stand_in(folder: Path, name: str, body: str) -> None:
    script = folder / name
    script.write_text(f"#!/bin/bash\n{body}\n")
    script.chmod(0o755)


@pytest.fixture
def only(tmp_path, monkeypatch):
    """PATH holding only a folder of our own, for the engines a test puts there."""
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    return folder


def speech_in(path: Path) -> tuple[float, float]:
    """(seconds, share of them loud enough to be a voice) of a 16-bit mono WAV."""
    with wave.open(str(path)) as sound:
        assert (sound.getnchannels(), sound.getsampwidth()) == (1, 2)
        frames = sound.readframes(sound.getnframes())
        seconds = sound.getnframes() / sound.getframerate()
    samples = memoryview(frames).cast("h")
    loud = sum(1 for sample in samples if abs(sample) > 1000)
    return seconds, loud / max(1, len(samples))


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is in ./dev's TEST_PACKAGES")
@pytest.mark.parametrize(
    ("language", "words"), [("en", "Switch sides."), ("de", "Seite wechseln.")]
)
def test_espeak_ng_really_speaks_the_words(only, tmp_path, qtbot, language, words):
    out = tmp_path / "said.wav"
    asked = tmp_path / "asked.txt"
    # The real engine, writing what it says to a file: the same words, the same voice.
    speak = f'echo "$@" > {asked}\n{ESPEAK} -w {out}.part "$@" && /bin/mv {out}.part {out}'
    stand_in(only, "espeak-ng", speak)
    voice = Voice()  # kept: its speech process goes with it
    voice.say(words, language)
    qtbot.waitUntil(out.exists, timeout=20000)
    voice.close()
    assert asked.read_text().split() == ["-v", language, "--", *words.split()]
    seconds, voiced = speech_in(out)
    assert 0.5 < seconds < 5
    assert voiced > 0.2  # speech, not a click or silence


def test_speech_dispatcher_comes_first(only, tmp_path, qtbot):
    said = tmp_path / "said.txt"
    stand_in(only, "espeak-ng", f'echo "espeak-ng $@" >> {said}')
    stand_in(only, "spd-say", f'echo "spd-say $@" >> {said}')
    voice = Voice()
    voice.say("Hold", "de")
    qtbot.waitUntil(said.exists, timeout=10000)
    voice.close()
    assert said.read_text() == "spd-say -l de -- Hold\n"


def test_newer_words_cut_espeak_ng_short(only, tmp_path, qtbot):
    """A skip or the next second of a countdown: what is still being said is out of date."""
    said = tmp_path / "said.txt"
    hold = tmp_path / "hold"
    os.mkfifo(hold)  # the first utterance "speaks" until the test lets it go: never
    stand_in(only, "espeak-ng", f'echo "$$ $@" >> {said}\n[ "$4" = Three ] && read -r < {hold}')
    voice = Voice()
    voice.say("Three", "en")
    qtbot.waitUntil(said.exists, timeout=10000)
    first = int(said.read_text().split()[0])
    voice.say("Two", "en")
    qtbot.waitUntil(lambda: not Path(f"/proc/{first}").exists(), timeout=10000)
    qtbot.waitUntil(lambda: said.read_text().count("\n") == 2, timeout=10000)
    voice.close()
    assert said.read_text().splitlines()[1].endswith("-v en -- Two")


def test_without_an_engine_it_is_silent_and_says_so_once(only, qtbot, caplog):
    voice = Voice()
    with caplog.at_level(logging.INFO, logger="posture_break.adapters.voice"):
        voice.say("Hold", "en")  # no exception, no dialog
        voice.say("Three", "en")
    assert [r.getMessage() for r in caplog.records] == [
        "no speech engine (spd-say, espeak-ng) found; spoken cues stay silent"
    ]
