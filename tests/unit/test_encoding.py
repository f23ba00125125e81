"""Image encoding: lossless PNG from our fast writer, JPEG and WebP from Pillow."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pytest
from PIL import Image
from skimage import data

from governance.encoding import encode_image, png_decodes_to, png_same_image


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


def test_png_decodes_pixel_identical_with_pil_and_opencv_at_full_size():
    import cv2

    rng = np.random.default_rng(1)
    astronaut = np.asarray(Image.fromarray(data.astronaut()).resize((1024, 1024)))
    noise = rng.integers(0, 256, (1024, 768, 3), dtype=np.uint8)  # the tiny models' kind
    for pixels in (astronaut, noise):
        encoded = encode_image(pixels, "png")
        with Image.open(io.BytesIO(encoded)) as decoded:
            assert np.array_equal(np.asarray(decoded), pixels)
        bgr = cv2.imdecode(np.frombuffer(encoded, np.uint8), cv2.IMREAD_COLOR)
        assert np.array_equal(bgr[..., ::-1], pixels)
        assert png_decodes_to(encoded, pixels)


def _chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    out, pos = [], 8
    while pos < len(png):
        (length,) = struct.unpack_from(">I", png, pos)
        out.append((png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]))
        pos += 12 + length
    return out


def _assemble(chunks: list[tuple[bytes, bytes]]) -> bytes:
    body = b"".join(
        struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
        for tag, data in chunks
    )
    return b"\x89PNG\r\n\x1a\n" + body


def test_png_decodes_to_proves_only_exact_pixels():
    pixels = np.asarray(Image.fromarray(data.coffee()).resize((96, 64)))
    encoded = encode_image(pixels, "png")
    chunks = _chunks(encoded)
    assert [tag for tag, _ in chunks] == [b"IHDR", b"IDAT", b"IEND"]
    assert png_decodes_to(encoded, pixels)
    # an ancillary chunk (as C2PA's caBX) and the IDAT split in two: still proven
    idat = chunks[1][1]
    split = [chunks[0], (b"caBX", b"manifest"), (b"IDAT", idat[:50]), (b"IDAT", idat[50:])]
    assert png_decodes_to(_assemble([*split, chunks[2]]), pixels)

    other = pixels.copy()
    other[10, 20, 1] ^= 1  # one bit of one pixel
    assert not png_decodes_to(encoded, other)
    assert not png_decodes_to(encoded, pixels[:-1])
    assert not png_decodes_to(encode_image(other, "png"), pixels)
    broken = bytearray(encoded)
    broken[60] ^= 0xFF  # inside the IDAT: its CRC no longer matches, a decoder refuses it
    assert not png_decodes_to(bytes(broken), pixels)
    assert not png_decodes_to(encoded[:-20], pixels)  # truncated: no IEND
    assert not png_decodes_to(encode_image(pixels, "jpeg"), pixels)
    palette = [chunks[0], (b"PLTE", bytes(3)), *chunks[1:]]
    assert not png_decodes_to(_assemble(palette), pixels)  # a critical chunk it does not know
    # another writer's file of the same pixels (Pillow picks other filters): not proven
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    assert not png_decodes_to(buffer.getvalue(), pixels)


def test_png_same_image_allows_only_ancillary_changes():
    pixels = np.asarray(Image.fromarray(data.coffee()).resize((96, 64)))
    encoded = encode_image(pixels, "png")
    chunks = _chunks(encoded)
    assert png_same_image(encoded, encoded)
    signed_like = _assemble([chunks[0], (b"caBX", b"manifest"), *chunks[1:]])
    assert png_same_image(signed_like, encoded)  # what C2PA signing does: a chunk added
    other = pixels.copy()
    other[0, 0, 0] ^= 1
    assert not png_same_image(encode_image(other, "png"), encoded)
    assert not png_same_image(encode_image(pixels[:-1], "png"), encoded)
    broken = bytearray(signed_like)
    broken[-30] ^= 0xFF  # inside the IDAT: a decoder refuses it
    assert not png_same_image(bytes(broken), encoded)
    palette = _assemble([chunks[0], (b"PLTE", bytes(3)), *chunks[1:]])
    assert not png_same_image(palette, encoded)
    assert not png_same_image(encode_image(pixels, "jpeg"), encoded)
    assert not png_same_image(b"", encoded)


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
