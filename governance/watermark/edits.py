"""The edits the watermark must survive, in one place so tests and benchmark agree.

COMMON_EDITS are the "bar" from the watermark issue: re-encoding (JPEG q50-q80, WebP q75), a 50%
downscale, crops of up to 5% per edge (symmetric and asymmetric), brightness +-10% and a mild
Gaussian blur. GEOMETRIC_EDITS (issue 17) add rotations up to +-3 degrees, crops keeping half
the area and an aspect-ratio change. Each edit takes and returns an RGB PIL image.
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


def rotate(degrees: float) -> Edit:
    """Turn about the centre (counter-clockwise), same size, corners filled black."""

    def apply(image: Image.Image) -> Image.Image:
        return image.rotate(degrees, resample=Image.Resampling.BICUBIC)

    return apply


def stretch(fx: float, fy: float) -> Edit:
    """Resize each axis by its own factor: an aspect-ratio change."""

    def apply(image: Image.Image) -> Image.Image:
        size = (max(1, round(image.width * fx)), max(1, round(image.height * fy)))
        return image.resize(size, Image.Resampling.BICUBIC)

    return apply


def chain(*edits: Edit) -> Edit:
    def apply(image: Image.Image) -> Image.Image:
        for edit in edits:
            image = edit(image)
        return image

    return apply


# Geometry: rotations up to 3 degrees, crops keeping about half the area (15% off every edge:
# 49%; 29% off two edges: 50%), an aspect change, and a rotation then a re-encode.
GEOMETRIC_EDITS: dict[str, Edit] = {
    "rot+1": rotate(1.0),
    "rot-1": rotate(-1.0),
    "rot+2": rotate(2.0),
    "rot-2": rotate(-2.0),
    "rot+3": rotate(3.0),
    "rot-3": rotate(-3.0),
    "crop15": crop(0.15, 0.15, 0.15, 0.15),
    "crop_l29_t29": crop(0.29, 0.29, 0.0, 0.0),
    "crop_r29_b29": crop(0.0, 0.0, 0.29, 0.29),
    "aspect0.8": stretch(1.0, 0.8),
    "rot2+jpeg75": chain(rotate(2.0), reencode("JPEG", 75)),
}
