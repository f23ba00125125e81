"""Image encoding: lossless PNG from our fast writer, JPEG and WebP from Pillow."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image
from skimage import data

from governance.encoding import encode_image


@pytest.mark.parametrize(
    "pixels",
    [
        np.asarray(Image.fromarray(data.astronaut()).resize((300, 200))),
        np.random.default_rng(0).integers(0, 256, (64, 96, 3), dtype=np.uint8),
        np.zeros((1, 1, 3), dtype=np.uint8),
        np.full((17, 5, 3), 255, dtype=np.uint8),
    ],
)
def test_png_is_lossless_and_standard(pixels):
    encoded = encode_image(pixels, "png")
    decoded = Image.open(io.BytesIO(encoded))
    decoded.load()  # Pillow checks the CRCs and the zlib stream
    assert decoded.format == "PNG" and decoded.mode == "RGB"
    assert np.array_equal(np.asarray(decoded), pixels)


def test_png_compresses_photos():
    photo = np.asarray(Image.fromarray(data.astronaut()))
    assert len(encode_image(photo, "png")) < photo.nbytes * 0.85


@pytest.mark.parametrize(("fmt", "pil"), [("jpeg", "JPEG"), ("webp", "WEBP")])
def test_lossy_formats_and_quality(fmt, pil):
    photo = np.asarray(Image.fromarray(data.astronaut()))
    high = encode_image(photo, fmt, quality=95)
    low = encode_image(photo, fmt, quality=40)
    assert Image.open(io.BytesIO(high)).format == pil
    assert len(low) < len(high)


def test_bad_input_is_refused():
    with pytest.raises(ValueError):
        encode_image(np.zeros((4, 4), dtype=np.uint8), "png")
    with pytest.raises(ValueError):
        encode_image(np.zeros((4, 4, 3), dtype=np.uint8), "gif")
