"""Writes the break window's sound cues into resources/sounds/ (run again to change them).

    python packaging/sounds/make_sounds.py

Each cue is a few soft sine tones with a quick attack and a long decay, like a small
bell: start (one rising pair), switch sides (two equal notes), set done (one low
note), finish (three rising notes). Quiet on purpose (peak at a third of full scale)
so they never startle in an open office; the volume setting scales them further.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
PEAK = 0.33
OUT = Path(__file__).resolve().parents[2] / "resources" / "sounds"

# cue: [(start in s, frequency in Hz, length in s)]
CUES = {
    "start": [(0.0, 659.3, 0.5), (0.16, 880.0, 0.7)],  # E5, A5
    "switch": [(0.0, 784.0, 0.45), (0.22, 784.0, 0.6)],  # G5 twice
    "set-done": [(0.0, 523.3, 0.7)],  # C5
    "finish": [(0.0, 523.3, 0.6), (0.18, 659.3, 0.6), (0.36, 784.0, 0.9)],  # C5 E5 G5
}


def render(notes: list[tuple[float, float, float]]) -> bytes:
    length = max(start + duration for start, _, duration in notes)
    samples = [0.0] * int(length * RATE)
    for start, frequency, duration in notes:
        first = int(start * RATE)
        for i in range(int(duration * RATE)):
            t = i / RATE
            attack = min(1.0, t / 0.008)  # 8 ms: no click
            decay = math.exp(-5.0 * t / duration)
            tone = math.sin(2 * math.pi * frequency * t)
            tone += 0.25 * math.sin(2 * math.pi * 2 * frequency * t)  # a little brightness
            samples[first + i] += attack * decay * tone
    loudest = max(abs(sample) for sample in samples)
    scale = PEAK * 32767 / loudest
    return b"".join(struct.pack("<h", round(sample * scale)) for sample in samples)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, notes in CUES.items():
        with wave.open(str(OUT / f"{name}.wav"), "wb") as file:
            file.setnchannels(1)
            file.setsampwidth(2)
            file.setframerate(RATE)
            file.writeframes(render(notes))


if __name__ == "__main__":
    main()
