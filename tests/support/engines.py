"""Test helpers for the engines: requests with defaults, and image equality up to rounding."""

from __future__ import annotations

import numpy as np

from deployments.protocol import GenerationParams
from deployments.settings import ModelSpec

# A 64 px, 2-step request to the tiny SDXL: what the adapter and ControlNet tests send.
TINY_SDXL_64 = dict(
    prompt="a lighthouse at dusk",
    negative_prompt=None,
    width=64,
    height=64,
    n=1,
    num_inference_steps=2,
    guidance_scale=5.0,
    seed=3,
)


def tiny_sdxl_spec(**fields) -> ModelSpec:
    """The tiny SDXL at 64 px and 2 steps, with `fields` (adapter slots, ControlNets) on top."""
    base = dict(
        name="tiny-sdxl",
        family="diffusion",
        source="tiny-sdxl",
        min_size=64,
        default_size=64,
        default_steps=2,
    )
    return ModelSpec(**{**base, **fields})


def generation_params(defaults: dict, **overrides) -> GenerationParams:
    """A request: the test module's defaults with `overrides` on top."""
    return GenerationParams(**{**defaults, **overrides})


def assert_same_image(a: np.ndarray, b: np.ndarray) -> None:
    """Equal up to float rounding: a batched call may round a pixel the other way."""
    difference = np.abs(a.astype(np.int16) - b.astype(np.int16))
    assert difference.max() <= 1 and difference.mean() < 0.01
