"""Test helpers for the engines: requests with defaults, and image equality up to rounding."""

from __future__ import annotations

import numpy as np

from deployments.protocol import GenerationParams


def generation_params(defaults: dict, **overrides) -> GenerationParams:
    """A request: the test module's defaults with `overrides` on top."""
    return GenerationParams(**{**defaults, **overrides})


def assert_same_image(a: np.ndarray, b: np.ndarray) -> None:
    """Equal up to float rounding: a batched call may round a pixel the other way."""
    difference = np.abs(a.astype(np.int16) - b.astype(np.int16))
    assert difference.max() <= 1 and difference.mean() < 0.01
