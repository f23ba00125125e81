"""Which image sizes an Emu3 model makes: an aspect ratio and a pixel area, as its processor says.

Emu3 has no fixed output size: the prompt ends with `<|image start|>H*W<|image token|>`, a grid
of H x W visual tokens, each decoded to 8x8 pixels. `Emu3Processor.calculate_generate_size`
derives the grid from a ratio and an area (BAAI/Emu3-Gen-hf: 518400 = 720x720); this module
repeats that arithmetic without torch, so settings, /v1/models and request validation agree
with the engine (which checks the processor's own answer against it). Plain Python.
"""

from __future__ import annotations

import re

SPATIAL_FACTOR = 8  # Emu3Processor.downsample_ratio: pixels per visual token, each way
RATIO_PATTERN = r"^([1-9][0-9]?):([1-9][0-9]?)$"


def token_grid(ratio: str, image_area: int) -> tuple[int, int]:
    """(height, width) in visual tokens, exactly as Emu3Processor.calculate_generate_size."""
    match = re.match(RATIO_PATTERN, ratio)
    if not match:
        raise ValueError(f"aspect ratio {ratio!r} is not `W:H` (e.g. `16:9`)")
    width, height = int(match.group(1)), int(match.group(2))
    scale = (image_area / (width * height)) ** 0.5
    return (
        int(round(height * scale / SPATIAL_FACTOR)),
        int(round(width * scale / SPATIAL_FACTOR)),
    )


def pixel_size(ratio: str, image_area: int) -> tuple[int, int]:
    """(width, height) in pixels of the image made for `ratio` at `image_area`."""
    rows, columns = token_grid(ratio, image_area)
    return columns * SPATIAL_FACTOR, rows * SPATIAL_FACTOR


def sizes_by_ratio(ratios: list[str], image_area: int) -> dict[str, tuple[int, int]]:
    """Each ratio's (width, height), in the configured order."""
    return {ratio: pixel_size(ratio, image_area) for ratio in ratios}
