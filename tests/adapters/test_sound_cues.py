"""Sound cues start the desktop's player with our file and volume, and stay silent,
without an error, where there is no player. A stand-in `pw-play` on PATH records what
it was asked to play: this machine has no sound device."""

import logging
import os
import wave

import pytest

from posture_break.adapters.sound_cues import CUES, SoundCues
from posture_break.shipped import root


@pytest.fixture
def fake_player(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    played = tmp_path / "played.txt"
    script = bin_dir / "pw-play"
    script.write_text(f'#!/bin/sh\necho "$@" >> {played}\n')
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}/usr/bin:/bin")
    return played


def played(record):
    """The players' command lines the stand-in has written in full so far."""
    text = record.read_text() if record.exists() else ""
    return text.splitlines()[: text.count("\n")]


def test_a_cue_plays_the_shipped_sound_at_the_set_volume(fake_player, qtbot):
    SoundCues(40).play("switch")
    qtbot.waitUntil(lambda: played(fake_player) != [], timeout=5000)
    volume, sound = played(fake_player)[0].split()
    assert volume == "--volume=0.40"
    assert sound.endswith("sounds/switch.wav")


def test_volume_zero_means_silence(fake_player, qtbot):
    SoundCues(0).play("switch")
    SoundCues(40).play("finish")  # the one that should play, to know when to look
    qtbot.waitUntil(lambda: played(fake_player) != [], timeout=5000)
    (line,) = played(fake_player)
    assert line.endswith("finish.wav")


def test_without_a_player_a_cue_is_silent_and_the_log_says_so_once(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing to play with
    caplog.set_level(logging.INFO)
    cues = SoundCues(40)
    cues.play("start")  # no exception, no dialog
    cues.play("finish")
    assert sum("no sound player" in r.message for r in caplog.records) == 1


@pytest.mark.parametrize("cue", CUES)
def test_every_cue_is_a_short_quiet_sound(cue):
    with wave.open(str(root() / "sounds" / f"{cue}.wav")) as sound:
        seconds = sound.getnframes() / sound.getframerate()
        frames = sound.readframes(sound.getnframes())
    samples = memoryview(frames).cast("h")
    assert 0.3 < seconds < 1.5
    assert max(abs(s) for s in samples) < 0.4 * 32767  # a chime, not an alarm
