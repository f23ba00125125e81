"""ControlNet control images, prepared on the CPU (the router) before any GPU work.

`canny` turns the client's image into the edge map a Canny ControlNet was trained on (OpenCV's
Canny on the grey image, as diffusers' ControlNet examples do), at the request's size.
Plain Python (no ray).
"""

from __future__ import annotations

import numpy as np

CONTROL_TYPES = ("canny",)
CANNY_LOW, CANNY_HIGH = 100, 200  # diffusers' SDXL ControlNet examples


def canny(pixels: np.ndarray, width: int, height: int) -> np.ndarray:
    """HxWx3 uint8 edges (255 on an edge) of an RGB image, resized to width x height."""
    import cv2

    resized = cv2.resize(pixels, (width, height), interpolation=cv2.INTER_AREA)
    edges = cv2.Canny(cv2.cvtColor(resized, cv2.COLOR_RGB2GRAY), CANNY_LOW, CANNY_HIGH)
    return np.ascontiguousarray(np.repeat(edges[:, :, None], 3, axis=2))


def prepare(control_type: str, pixels: np.ndarray, width: int, height: int) -> np.ndarray:
    if control_type == "canny":
        return canny(pixels, width, height)
    raise ValueError(f"unknown control type {control_type!r}")
