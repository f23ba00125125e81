"""ControlNet control images, prepared on the CPU (the router) before any GPU work.

What each control type does to the client's image, at the request's size:
- `canny`: the edge map a Canny ControlNet was trained on (OpenCV's Canny on the grey image, as
  diffusers' ControlNet examples do).
- `tile`: the image itself, resized: a tile ControlNet conditions on the picture's own colours
  and layout; nothing is derived from it.
- `depth`: a depth map the CLIENT made (nearer brighter, as MiDaS/Depth Anything draw them),
  taken as sent in grey; no depth model runs here, so a photograph sent as `depth` is not turned
  into depth: the ControlNet would read its brightness as depth.
Plain Python (no ray).
"""

from __future__ import annotations

from typing import Literal, get_args

import numpy as np

ControlType = Literal["canny", "tile", "depth"]
CONTROL_TYPES: tuple[str, ...] = get_args(ControlType)
CANNY_LOW, CANNY_HIGH = 100, 200  # diffusers' SDXL ControlNet examples


def _resized(pixels: np.ndarray, width: int, height: int) -> np.ndarray:
    import cv2

    if pixels.shape[1] == width and pixels.shape[0] == height:
        return pixels
    return cv2.resize(pixels, (width, height), interpolation=cv2.INTER_AREA)


def canny(pixels: np.ndarray, width: int, height: int) -> np.ndarray:
    """HxWx3 uint8 edges (255 on an edge) of an RGB image, resized to width x height."""
    import cv2

    resized = _resized(pixels, width, height)
    edges = cv2.Canny(cv2.cvtColor(resized, cv2.COLOR_RGB2GRAY), CANNY_LOW, CANNY_HIGH)
    return np.ascontiguousarray(np.repeat(edges[:, :, None], 3, axis=2))


def tile(pixels: np.ndarray, width: int, height: int) -> np.ndarray:
    """The RGB image itself at width x height."""
    return np.ascontiguousarray(_resized(pixels, width, height))


def depth(pixels: np.ndarray, width: int, height: int) -> np.ndarray:
    """The client's depth map, grey in 3 channels (as depth ControlNets take it), resized."""
    import cv2

    grey = cv2.cvtColor(_resized(pixels, width, height), cv2.COLOR_RGB2GRAY)
    return np.ascontiguousarray(np.repeat(grey[:, :, None], 3, axis=2))


_PREPARE = {"canny": canny, "tile": tile, "depth": depth}


def prepare(control_type: str, pixels: np.ndarray, width: int, height: int) -> np.ndarray:
    if control_type not in _PREPARE:
        raise ValueError(f"unknown control type {control_type!r}")
    return _PREPARE[control_type](pixels, width, height)
