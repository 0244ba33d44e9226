"""A user's own picture as a PNG or JPEG image: drawn as large as fits, keeping its shape,
flipped for the left side with the side's letter unflipped in its top corner, and a
damaged one turns into the labelled frame, as a broken SVG does."""

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage

from posture_break.ui.illustration import LIGHT_BODY, LIGHT_PROP, render_illustration

pytestmark = pytest.mark.usefixtures("qapp")  # pixmaps need the application
RED, BLUE = QColor("#c00000"), QColor("#0000c0")


def image_bytes(kind):
    """A 200 x 100 image, red on its left half and blue on its right, as `kind` bytes."""
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(RED)
    for x in range(100, 200):
        for y in range(100):
            image.setPixelColor(x, y, BLUE)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind)
    return bytes(data.data())


def drawn(data, **options):
    pixmap = render_illustration(
        data,
        size=QSize(240, 240),
        device_pixel_ratio=1.0,
        dark=False,
        mirrored=options.get("mirrored", False),
        placeholder_label="Mine",
        side_tag=options.get("tag", ""),
    )
    return pixmap.toImage()


def near(colour, wanted):
    return max(abs(colour.red() - wanted.red()), abs(colour.blue() - wanted.blue())) < 24


def test_a_png_or_jpeg_is_drawn_as_large_as_fits_keeping_its_shape():
    for kind in ("PNG", "JPEG"):
        image = drawn(image_bytes(kind))
        assert near(image.pixelColor(30, 120), RED), kind
        assert near(image.pixelColor(210, 120), BLUE), kind
        assert image.pixelColor(120, 30).alpha() == 0  # 240 x 120 in the middle: room above
        assert image.pixelColor(120, 210).alpha() == 0


def test_the_left_side_is_the_mirror_image_with_its_letter_the_right_way_round():
    image = drawn(image_bytes("PNG"), mirrored=True, tag="L")
    assert near(image.pixelColor(30, 150), BLUE)
    assert near(image.pixelColor(210, 150), RED)
    # The letter's disc, in the body colour, in the top corner of the working side (left).
    disc = [
        (x, y)
        for x in range(240)
        for y in range(60, 120)
        if image.pixelColor(x, y).name() == LIGHT_BODY
    ]
    assert disc
    assert max(x for x, _ in disc) < 120


def test_a_damaged_image_is_the_labelled_frame():
    image = drawn(b"\x89PNG\r\n\x1a\n" + bytes(40))
    assert image.pixelColor(2, 120).name() == LIGHT_PROP  # the frame's edge
