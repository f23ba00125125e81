"""Sample pictures and the PSNR measure, in one place so the watermark's tests and benchmark agree.

``photo`` reads scikit-image's bundled photographs; scikit-image is in the dev extra only, so it is
imported when a photo is asked for, never by the service.

A tiny, untrained diffusion model (the embedded default) returns noise-like pictures: colour
blobs about 16-25 px across with a high-frequency tail of horizontal and vertical streaks from
the decoder's 8-px grid, luma std ~30 (channel std ~27/45/38 around mid-grey), the same in pixels
at every size. Natural textures (grass, gravel) behave alike for the mark: their texture in the
mark's band is as strong as the mark's own response, everywhere. ``busy_texture`` imitates the
former with numpy alone (no model), so a test can check them without generating any.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

_CHANNEL_MEAN = np.array([127.0, 125.0, 127.0], dtype=np.float32)
_CHANNEL_STD = np.array([27.0, 45.0, 38.0], dtype=np.float32)
# correlated channels, as a VAE decoder's output has them
_MIX = np.array([[0.9, 0.3, 0.1], [0.2, 1.0, 0.3], [0.1, 0.4, 0.9]], dtype=np.float32)


PHOTO_NAMES = (
    "astronaut",
    "chelsea",
    "coffee",
    "rocket",
    "motorcycle",
    "camera",  # greyscale photograph, as RGB
    "retina",  # large dark background
    "hubble",  # mostly black sky
)


def photo_array(name: str) -> np.ndarray:
    """One of PHOTO_NAMES as scikit-image returns it (uint8, greyscale or RGB)."""
    import skimage.data  # dev extra: tests and benchmarks only

    if name not in PHOTO_NAMES:
        raise KeyError(f"unknown sample photo {name!r}; one of {', '.join(PHOTO_NAMES)}")
    if name == "motorcycle":
        return skimage.data.stereo_motorcycle()[0]  # the left view of the stereo pair
    if name == "hubble":
        return skimage.data.hubble_deep_field()
    return getattr(skimage.data, name)()


def photo(name: str, width: int, height: int | None = None) -> Image.Image:
    """A real photograph, centre-cropped to the aspect ratio, then resized (Lanczos)."""
    height = height or width
    image = Image.fromarray(photo_array(name)).convert("RGB")
    w, h = image.size
    scale = max(width / w, height / h)
    cw, ch = round(width / scale), round(height / scale)
    box = ((w - cw) // 2, (h - ch) // 2, (w - cw) // 2 + cw, (h - ch) // 2 + ch)
    return image.crop(box).resize((width, height), Image.Resampling.LANCZOS)


def psnr(a: Image.Image, b: Image.Image) -> float:
    """Peak signal-to-noise ratio in dB over all channels (8-bit peak)."""
    diff = np.asarray(a, np.float64) - np.asarray(b, np.float64)
    return float(10 * np.log10(255.0**2 / max(np.mean(diff * diff), 1e-12)))


def busy_texture(width: int, height: int | None = None, seed: int = 0) -> Image.Image:
    """A noise-like RGB picture with the tiny diffusion model's statistics (deterministic)."""
    height = height or width
    rng = np.random.default_rng(seed)
    white = rng.normal(size=(height, width, 3)).astype(np.float32)
    # band-pass blobs: a difference of Gaussians peaks near 0.05 cycles per pixel
    blobs = cv2.GaussianBlur(white, (0, 0), 2.5) - cv2.GaussianBlur(white, (0, 0), 6.0)
    blobs /= blobs.std()
    # streaks: random along one axis, constant across 8-px bands of the other
    rows, cols = -(-height // 8), -(-width // 8)
    streaks = np.repeat(rng.normal(size=(rows, width, 3)), 8, axis=0)[:height]
    streaks += np.repeat(rng.normal(size=(height, cols, 3)), 8, axis=1)[:, :width]
    picture = (blobs + 0.35 * streaks.astype(np.float32)) @ _MIX
    picture = (picture - picture.mean(axis=(0, 1))) / picture.std(axis=(0, 1))
    rgb = np.clip(picture * _CHANNEL_STD + _CHANNEL_MEAN, 0, 255)
    return Image.fromarray(np.round(rgb).astype(np.uint8), "RGB")
