"""The exercise pictures one break window has drawn.

A picture is drawn from its SVG for a side (with the side's tag), a size, the
palette's light or dark colours and the screen's pixel ratio, and kept: a routine
shows the same few pictures again on every set and side, and drawing one costs
more than everything else in a frame.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QSize
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from posture_break.core.coach import side_tag
from posture_break.core.routines import Exercise, Side
from posture_break.ui.illustration import render_illustration
from posture_break.ui.picture_view import Draw
from posture_break.ui.window_style import is_dark


class ExercisePictures:
    """Pictures as `shown_in` (a window) shows them: its palette, its screen."""

    def __init__(self, read: Callable[[str], bytes | None], shown_in: QWidget) -> None:
        self._read = read
        self._shown_in = shown_in
        self._drawn: dict[tuple[str, bool, str, bool, float, int], QPixmap] = {}

    def drawer(self, exercise: Exercise, side: Side | None) -> Draw:
        """What draws the exercise's picture for `side` at a size."""
        return partial(self.draw, exercise, side)

    def draw(self, exercise: Exercise, side: Side | None, size: QSize) -> QPixmap:
        """The exercise's picture for `side` with its side tag, drawn once per size,
        palette and screen."""
        name, flip = exercise.illustration_for(side)
        tag = side_tag(side)
        dark = is_dark(self._shown_in.palette())
        ratio = self._shown_in.devicePixelRatioF()
        key = (name, flip, tag, dark, ratio, size.width())
        if key not in self._drawn:
            self._drawn[key] = render_illustration(
                self._read(name),
                size=size,
                device_pixel_ratio=ratio,
                dark=dark,
                mirrored=flip,
                placeholder_label=exercise.name,
                side_tag=tag,
            )
        return self._drawn[key]
