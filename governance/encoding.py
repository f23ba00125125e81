"""Image encoding: RGB arrays to PNG, JPEG or WebP bytes (Pillow)."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

MIME_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "webp": "image/webp"}
_PIL_FORMATS = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}
DEFAULT_QUALITY = 90


def to_image(pixels: np.ndarray | Image.Image) -> Image.Image:
    if isinstance(pixels, Image.Image):
        return pixels.convert("RGB")
    if pixels.dtype != np.uint8 or pixels.ndim != 3 or pixels.shape[2] != 3:
        raise ValueError(f"expected an HxWx3 uint8 array, got {pixels.dtype} {pixels.shape}")
    return Image.fromarray(pixels, mode="RGB")


def encode_image(
    image: np.ndarray | Image.Image, output_format: str, quality: int | None = None
) -> bytes:
    """Encode to `png`, `jpeg` or `webp`. PNG uses a low compress level: speed over bytes."""
    if output_format not in _PIL_FORMATS:
        raise ValueError(f"unsupported output format {output_format!r}")
    buffer = io.BytesIO()
    options: dict = {}
    if output_format == "png":
        options["compress_level"] = 1
    else:
        options["quality"] = DEFAULT_QUALITY if quality is None else quality
    to_image(image).save(buffer, format=_PIL_FORMATS[output_format], **options)
    return buffer.getvalue()
