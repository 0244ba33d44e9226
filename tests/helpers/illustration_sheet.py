"""Contact sheets of the exercise pictures, for looking at them the way a user will.

    tests/helpers/with-desktop.sh .venv/bin/python tests/helpers/illustration_sheet.py OUT_DIR

Writes into OUT_DIR:
  small.png          every picture at 96 px: light and dark, right side and mirrored
  large-<id>.png     one picture at 480 px, on white and on #2b2b2b, right and left
A picture with a side-tag mark carries its R (right side) or L (mirrored) as the window
draws it; a picture with a frame per phase of a repetition is drawn once per frame, as
<id>-phase-<n>. The id under each small picture is for the reader of the sheet.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

from posture_break.ui.illustration import SIDE_TAG_ID, phase_frames, render_illustration

LIGHT_BACKGROUND = QColor("#ffffff")
DARK_BACKGROUND = QColor("#2b2b2b")
SMALL_PX = 96
LARGE_PX = 480
GAP_PX = 12
LABEL_PX = 16


def shipped_pictures() -> list[tuple[str, bytes, int]]:
    """Each shipped picture as (id, SVG, phase), once per phase frame it has."""
    folder = files("posture_break.resources").joinpath("illustrations")
    found = [(entry.name, entry) for entry in folder.iterdir() if entry.name.endswith(".svg")]
    pictures = []
    for file_name, entry in sorted(found):
        name, svg = file_name.removesuffix(".svg"), entry.read_bytes()
        frames = sorted(phase_frames(svg))
        pictures += [(f"{name}-phase-{n}", svg, n) for n in frames] or [(name, svg, 0)]
    return pictures


def picture(
    svg: bytes, px: int, *, dark: bool, mirrored: bool, label: str, phase: int = 0
) -> QImage:
    sided = f'id="{SIDE_TAG_ID}"'.encode() in svg
    pixmap = render_illustration(
        svg,
        size=QSize(px, px),
        device_pixel_ratio=1.0,
        dark=dark,
        mirrored=mirrored,
        placeholder_label=label,
        side_tag=("L" if mirrored else "R") if sided else "",
        phase=phase,
    )
    return pixmap.toImage()


def small_sheet(pictures: list[tuple[str, bytes, int]]) -> QImage:
    """Four rows (light, light mirrored, dark, dark mirrored), one column per picture."""
    rows = ((False, False), (False, True), (True, False), (True, True))
    cell_w = SMALL_PX + GAP_PX
    cell_h = SMALL_PX + GAP_PX + LABEL_PX
    sheet = QImage(
        GAP_PX + cell_w * len(pictures), GAP_PX + cell_h * len(rows), QImage.Format.Format_RGB32
    )
    sheet.fill(LIGHT_BACKGROUND)
    painter = QPainter(sheet)
    font = QFont(painter.font())
    font.setPixelSize(10)
    painter.setFont(font)
    for row, (dark, mirrored) in enumerate(rows):
        top = row * cell_h
        background = DARK_BACKGROUND if dark else LIGHT_BACKGROUND
        painter.fillRect(QRect(0, top, sheet.width(), cell_h + GAP_PX), background)
        painter.setPen(QColor("#aaaaaa"))
        for column, (name, svg, phase) in enumerate(pictures):
            left = GAP_PX + column * cell_w
            image = picture(svg, SMALL_PX, dark=dark, mirrored=mirrored, label=name, phase=phase)
            painter.drawImage(QPoint(left, top + GAP_PX), image)
            caption = name + (" (mirrored)" if mirrored else "")
            painter.drawText(
                QRect(left - GAP_PX // 2, top + GAP_PX + SMALL_PX, cell_w, LABEL_PX),
                int(Qt.AlignmentFlag.AlignCenter),
                caption[:18],
            )
    painter.end()
    return sheet


def large_sheet(name: str, svg: bytes, phase: int) -> QImage:
    """The picture at 480 px: light right side, light left side, dark right side."""
    sheet = QImage(LARGE_PX * 3, LARGE_PX, QImage.Format.Format_RGB32)
    painter = QPainter(sheet)
    for column, (dark, mirrored, background) in enumerate(
        ((False, False, LIGHT_BACKGROUND), (False, True, LIGHT_BACKGROUND),
         (True, False, DARK_BACKGROUND))
    ):  # fmt: skip
        left = column * LARGE_PX
        painter.fillRect(QRect(left, 0, LARGE_PX, LARGE_PX), background)
        image = picture(svg, LARGE_PX, dark=dark, mirrored=mirrored, label=name, phase=phase)
        painter.drawImage(QPoint(left, 0), image)
    painter.end()
    return sheet


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication([argv[0]])
    pictures = shipped_pictures()
    if not pictures:
        print("no pictures found in posture_break.resources/illustrations", file=sys.stderr)
        return 1
    written = [out / "small.png"]
    small_sheet(pictures).save(str(written[0]))
    for name, svg, phase in pictures:
        path = out / f"large-{name}.png"
        large_sheet(name, svg, phase).save(str(path))
        written.append(path)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
