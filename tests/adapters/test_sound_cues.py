"""Sound cues start the desktop's player with our file and volume, and stay silent,
without an error, where there is no player. A stand-in `pw-play` on PATH records what
it was asked to play: this machine has no sound device."""

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


def test_a_cue_plays_the_shipped_sound_at_the_set_volume(fake_player, qtbot):
    SoundCues(40).play("switch")
    qtbot.waitUntil(fake_player.exists, timeout=5000)
    volume, sound = fake_player.read_text().split()
    assert volume == "--volume=0.40"
    assert sound.endswith("sounds/switch.wav")


def test_volume_zero_means_silence(fake_player, qtbot):
    SoundCues(0).play("switch")
    SoundCues(40).play("finish")  # the one that should play, to know when to look
    qtbot.waitUntil(fake_player.exists, timeout=5000)
    assert fake_player.read_text().count("\n") == 1
    assert "finish.wav" in fake_player.read_text()


def test_without_a_player_a_cue_is_silent(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing to play with
    SoundCues(40).play("start")  # no exception, no dialog


@pytest.mark.parametrize("cue", CUES)
def test_every_cue_is_a_short_quiet_sound(cue):
    with wave.open(str(root() / "sounds" / f"{cue}.wav")) as sound:
        seconds = sound.getnframes() / sound.getframerate()
        frames = sound.readframes(sound.getnframes())
    samples = memoryview(frames).cast("h")
    assert 0.3 < seconds < 1.5
    assert max(abs(s) for s in samples) < 0.4 * 32767  # a chime, not an alarm
