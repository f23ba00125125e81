"""The detection tool refuses hostile uploads with a 400, never a 500."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest

from governance.detection import MAX_UPLOAD_PIXELS, inspect_image
from governance.encoding import encode_image
from governance.errors import InvalidRequestError
from governance.provenance import ContentCredentials
from governance.watermark import Watermarker

pytestmark = pytest.mark.unit


def _chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


def png_claiming(width: int, height: int) -> bytes:
    """A few hundred bytes of PNG whose header claims width x height pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width * 3 + 1) * 4)  # a few real rows, then nothing
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", rows)
        + _chunk(b"IEND", b"")
    )


@pytest.fixture(scope="module")
def tools() -> tuple[ContentCredentials, Watermarker]:
    return ContentCredentials.reader_only(None), Watermarker()


@pytest.mark.parametrize(("width", "height"), [(10_000, 10_000), (60_000, 60_000), (1, 2**31 - 1)])
def test_decompression_bombs_are_400(tools, width, height) -> None:
    assert width * height > MAX_UPLOAD_PIXELS
    with pytest.raises(InvalidRequestError) as info:
        inspect_image(png_claiming(width, height), "image/png", *tools)
    assert info.value.status == 400 and info.value.param == "file"


@pytest.mark.parametrize("fmt", ["png", "jpeg", "webp"])
def test_truncated_images_are_400(tools, fmt) -> None:
    rng = np.random.default_rng(3)
    data = encode_image(rng.integers(0, 256, (256, 256, 3), dtype=np.uint8), fmt, 90)
    with pytest.raises(InvalidRequestError) as info:
        inspect_image(data[: len(data) // 2], f"image/{fmt}", *tools)
    assert info.value.status == 400 and info.value.code == "invalid_image"


def test_a_whole_image_still_reads(tools) -> None:
    rng = np.random.default_rng(4)
    data = encode_image(rng.integers(0, 256, (64, 64, 3), dtype=np.uint8), "png")
    found = inspect_image(data, "image/png", *tools)
    assert (found["width"], found["height"]) == (64, 64) and found["c2pa"]["state"] == "absent"
