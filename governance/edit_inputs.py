"""An edit's inputs, governed before any GPU work: format and size limits, the mask's shape,
the NSFW filter on each input, and what its credentials and watermark say (its lineage).

Errors name the multipart field at fault (`image`, `mask`) and carry their status.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PIL import Image, UnidentifiedImageError

from governance.detection import sniff_mime
from governance.errors import InvalidRequestError, RequestTooLargeError
from governance.nsfw import NsfwFilter, NsfwPolicy
from governance.provenance import ContentCredentials
from governance.watermark import Watermarker

MAX_INPUT_IMAGES = 16
MAX_INPUT_BYTES = 20 * 1024 * 1024  # per file; the whole body is capped by body_limit too
MAX_INPUT_PIXELS = 4096 * 4096  # decompression bombs stop here, before decoding


@dataclass(frozen=True)
class InputImage:
    """One uploaded input: its bytes as received (they go into the manifest), and its pixels."""

    data: bytes = field(repr=False)
    mime: str
    title: str
    pixels: np.ndarray = field(repr=False)  # HxWx3 uint8

    @property
    def size(self) -> tuple[int, int]:
        return self.pixels.shape[1], self.pixels.shape[0]


def _open(data: bytes, param: str) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_INPUT_PIXELS:
            raise InvalidRequestError(
                f"`{param}` is {image.width}x{image.height}; at most {MAX_INPUT_PIXELS} pixels.",
                param=param,
                code="image_too_large",
            )
        image.load()
        return image
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise InvalidRequestError(
            f"`{param}` is not a readable image.", param=param, code="invalid_image"
        ) from exc


def read_input_image(data: bytes, declared: str | None, title: str) -> InputImage:
    """A PNG, JPEG or WebP input under the size limits; 400/413 naming `image`."""
    if len(data) > MAX_INPUT_BYTES:
        raise RequestTooLargeError(
            f"Each `image` is at most {MAX_INPUT_BYTES} bytes.", param="image"
        )
    if not data:
        raise InvalidRequestError("An `image` file is empty.", param="image")
    try:
        mime = sniff_mime(data, declared)
    except InvalidRequestError as exc:
        raise InvalidRequestError(exc.message, param="image", code="invalid_image") from exc
    image = _open(data, "image")
    pixels = np.ascontiguousarray(np.asarray(image.convert("RGB"), dtype=np.uint8))
    return InputImage(data=data, mime=mime, title=title, pixels=pixels)


def read_mask(data: bytes, size: tuple[int, int]) -> np.ndarray:
    """OpenAI's mask: a PNG with an alpha channel, the first image's size; fully transparent
    (alpha 0) pixels are where to edit. Returns uint8, 255 = repaint here."""
    if len(data) > MAX_INPUT_BYTES:
        raise RequestTooLargeError(f"`mask` is at most {MAX_INPUT_BYTES} bytes.", param="mask")
    if not data.startswith(b"\x89PNG"):
        raise InvalidRequestError("`mask` must be a PNG.", param="mask", code="invalid_mask")
    image = _open(data, "mask")
    if "A" not in image.getbands() and "transparency" not in image.info:
        raise InvalidRequestError(
            "`mask` needs an alpha channel: fully transparent pixels mark where to edit.",
            param="mask",
            code="invalid_mask",
        )
    if image.size != size:
        raise InvalidRequestError(
            f"`mask` is {image.width}x{image.height}; it must be the first image's size "
            f"{size[0]}x{size[1]}.",
            param="mask",
            code="invalid_mask",
        )
    alpha = np.asarray(image.convert("RGBA"), dtype=np.uint8)[..., 3]
    return np.where(alpha == 0, 255, 0).astype(np.uint8)


def resize_to(pixels: np.ndarray, width: int, height: int, *, nearest: bool = False) -> np.ndarray:
    """The input at the size the model makes (masks without interpolated edges)."""
    if pixels.shape[1] == width and pixels.shape[0] == height:
        return pixels
    method = Image.Resampling.NEAREST if nearest else Image.Resampling.LANCZOS
    return np.asarray(Image.fromarray(pixels).resize((width, height), method), dtype=np.uint8)


def screen_input(
    data: bytes,
    mime: str,
    nsfw_filter: NsfwFilter,
    credentials: ContentCredentials,
    watermarker: Watermarker,
    policy: NsfwPolicy | None,
) -> dict[str, Any]:
    """NSFW verdict on an input, and its provenance: C2PA state and our watermark's record id.

    Runs on the governance replicas. Detector errors propagate (fail closed)."""
    image = _open(data, "image").convert("RGB")
    verdict = nsfw_filter.check(image, policy)
    report = credentials.read(data, mime)
    return {
        "nsfw": {
            "decision": "blocked" if verdict.blocked else "passed",
            "reason": verdict.reason,
            "scores": {label: round(score, 4) for label, score in verdict.scores.items()},
        },
        "c2pa": {"state": report.state, "manifest_id": report.manifest_id},
        "watermark_record_id": watermarker.decode(image),
    }
