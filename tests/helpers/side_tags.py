"""Finding the side tag in a rendered picture: where it differs from the same picture
rendered without one."""

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPixmap


def tag_box(tagged: QPixmap, plain: QPixmap) -> QRect:
    """The smallest rectangle (in device pixels) holding every pixel that differs."""
    first = tagged.toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    second = plain.toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    assert first.size() == second.size()
    stride, width = first.bytesPerLine(), first.width()
    a, b = bytes(first.constBits()), bytes(second.constBits())
    box = QRect()
    for y in range(first.height()):
        row = slice(y * stride, y * stride + 4 * width)
        if a[row] == b[row]:
            continue
        xs = [x for x in range(width) if a[row][4 * x : 4 * x + 4] != b[row][4 * x : 4 * x + 4]]
        box = box.united(QRect(min(xs), y, max(xs) - min(xs) + 1, 1))
    return box
