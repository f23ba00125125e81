"""The common edits the watermark must survive, in one place so tests and benchmark agree.

These are the "bar" from the watermark issue: re-encoding (JPEG q50-q80, WebP q75), a 50%
downscale, crops of up to 5% per edge (symmetric and asymmetric), brightness +-10% and a mild
Gaussian blur. Each edit takes and returns an RGB PIL image.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from PIL import Image, ImageEnhance, ImageFilter

Edit = Callable[[Image.Image], Image.Image]


def reencode(fmt: str, quality: int) -> Edit:
    """Save and reload in a lossy format (PIL defaults otherwise: JPEG uses 4:2:0 chroma)."""

    def apply(image: Image.Image) -> Image.Image:
        buffer = io.BytesIO()
        image.save(buffer, format=fmt, quality=quality)
        buffer.seek(0)
        with Image.open(buffer) as reloaded:
            return reloaded.convert("RGB")

    return apply


def downscale(factor: float) -> Edit:
    def apply(image: Image.Image) -> Image.Image:
        size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
        return image.resize(size, Image.Resampling.BICUBIC)

    return apply


def crop(left: float, top: float, right: float, bottom: float) -> Edit:
    """Cut the given fraction of the width/height off each edge."""

    def apply(image: Image.Image) -> Image.Image:
        w, h = image.size
        box = (round(w * left), round(h * top), w - round(w * right), h - round(h * bottom))
        return image.crop(box)

    return apply


def brightness(factor: float) -> Edit:
    def apply(image: Image.Image) -> Image.Image:
        return ImageEnhance.Brightness(image).enhance(factor)

    return apply


def gaussian_blur(radius: float) -> Edit:
    def apply(image: Image.Image) -> Image.Image:
        return image.filter(ImageFilter.GaussianBlur(radius))

    return apply


COMMON_EDITS: dict[str, Edit] = {
    "jpeg50": reencode("JPEG", 50),
    "jpeg60": reencode("JPEG", 60),
    "jpeg70": reencode("JPEG", 70),
    "jpeg80": reencode("JPEG", 80),
    "webp75": reencode("WEBP", 75),
    "down50": downscale(0.5),
    "crop2": crop(0.02, 0.02, 0.02, 0.02),
    "crop5": crop(0.05, 0.05, 0.05, 0.05),
    "crop_l5_t2": crop(0.05, 0.02, 0.0, 0.0),
    "crop_r5_b5": crop(0.0, 0.0, 0.05, 0.05),
    "bright+10": brightness(1.10),
    "bright-10": brightness(0.90),
    "blur1": gaussian_blur(1.0),
}
