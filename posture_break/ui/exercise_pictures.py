"""The exercise pictures one break window has drawn.

A picture is drawn from its SVG for a side (with the side's tag), a phase of the
repetition, a size, the palette's light or dark colours and the screen's pixel ratio,
and kept: a routine shows the same few pictures again on every repetition, set and
side, and drawing one costs more than everything else in a frame. A picture without a
frame per phase is drawn once for all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QSize
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from posture_break.core.coach import side_tag
from posture_break.core.routines import Exercise, Side
from posture_break.ui.colour import is_dark
from posture_break.ui.illustration import frame_shown, phase_frames, render_illustration
from posture_break.ui.picture_view import Draw, Frames


class ExercisePictures:
    """Pictures as `shown_in` (a window) shows them: its palette, its screen."""

    def __init__(self, read: Callable[[str], bytes | None], shown_in: QWidget) -> None:
        self._read = read
        self._shown_in = shown_in
        self._drawn: dict[tuple[str, bool, str, int, bool, float, int], QPixmap] = {}
        self._files: dict[str, tuple[bytes | None, frozenset[int]]] = {}

    def drawer(self, exercise: Exercise, side: Side | None, phase: int = 0) -> Draw:
        """What draws the exercise's picture for `side` and `phase` (see `draw`) at a size."""
        return partial(self.draw, exercise, side, phase)

    def frames(self, exercise: Exercise, side: Side | None) -> Frames:
        """What gives the drawer of the exercise's picture for `side` in a phase."""
        return partial(self.drawer, exercise, side)

    def draw(self, exercise: Exercise, side: Side | None, phase: int, size: QSize) -> QPixmap:
        """The exercise's picture for `side` with its side tag, in the frame for the
        repetition's `phase` (its place from 1; 0 outside a repetition), drawn once per
        frame, size, palette and screen."""
        name, flip = exercise.illustration_for(side)
        svg, frames = self._file(name)
        tag = side_tag(side)
        dark = is_dark(self._shown_in.palette())
        ratio = self._shown_in.devicePixelRatioF()
        frame = frame_shown(frames, phase)
        key = (name, flip, tag, frame, dark, ratio, size.width())
        if key not in self._drawn:
            self._drawn[key] = render_illustration(
                svg,
                size=size,
                device_pixel_ratio=ratio,
                dark=dark,
                mirrored=flip,
                placeholder_label=exercise.name,
                side_tag=tag,
                phase=frame,
            )
        return self._drawn[key]

    def _file(self, name: str) -> tuple[bytes | None, frozenset[int]]:
        """The picture's file, read once, and the phases it has a frame for."""
        if name not in self._files:
            svg = self._read(name)
            self._files[name] = (svg, phase_frames(svg))
        return self._files[name]
