"""Partial images and edits from the real tiny engines, in process (no Ray)."""

from __future__ import annotations

import asyncio
import dataclasses
import threading

import numpy as np
import pytest

from deployments.engine_extras import GenerationCancelled, partial_steps, stream_generation
from deployments.engines import DiffusionEngine
from deployments.protocol import GenerationParams
from deployments.settings import ModelSpec

pytestmark = pytest.mark.unit

SDXL = ModelSpec(
    name="tiny-sdxl", family="diffusion", source="tiny-sdxl", default_size=256, default_steps=4
)


@pytest.fixture(scope="module")
def sdxl(model_cache) -> DiffusionEngine:
    return DiffusionEngine(SDXL, model_cache)


def params(**overrides) -> GenerationParams:
    values = dict(
        prompt="a fox",
        negative_prompt=None,
        width=256,
        height=256,
        n=1,
        num_inference_steps=6,
        guidance_scale=5.0,
        seed=3,
    )
    return GenerationParams(**{**values, **overrides})


@pytest.mark.parametrize(
    ("steps", "partials", "expected"),
    [(6, 2, [2, 4]), (4, 3, [1, 2, 3]), (2, 3, [1]), (1, 3, []), (30, 0, [])],
)
def test_partials_are_spread_before_the_last_step(steps, partials, expected):
    assert partial_steps(steps, partials) == expected


def test_partials_come_from_the_latents_then_the_final_image(sdxl):
    seen: list[tuple[int, np.ndarray]] = []
    final = sdxl.generate_stream(params(partial_images=2), lambda i, px: seen.append((i, px)))
    assert [index for index, _ in seen] == [0, 1]
    assert all(px.shape == (256, 256, 3) and px.dtype == np.uint8 for _, px in seen)
    assert not np.array_equal(seen[-1][1], final[0])  # a partial is not the finished image
    plain = sdxl.generate(params())
    assert np.abs(plain[0].astype(int) - final[0].astype(int)).max() <= 1  # same image


def test_inpainting_keeps_what_the_mask_does_not_cover(sdxl):
    source = sdxl.generate(params(seed=9))[0]
    mask = np.zeros((256, 256), np.uint8)
    mask[:, :128] = 255  # repaint the left half
    edited = sdxl.generate(params(image=source, mask=mask, strength=0.8))[0]
    assert np.array_equal(edited[:, 128:], source[:, 128:])
    assert np.abs(edited[:, :128].astype(int) - source[:, :128].astype(int)).mean() > 5
    out = sdxl.output(params(image=source), [edited])
    assert out.output_image_tokens == 256 and out.input_text_tokens > 0


class RecordingEngine:
    """The real engine, remembering how its streamed run ended."""

    def __init__(self, engine: DiffusionEngine) -> None:
        self.engine = engine
        self.ended: BaseException | None = None
        self.done = threading.Event()

    def generate_stream(self, params, emit, cancelled):
        try:
            return self.engine.generate_stream(params, emit, cancelled)
        except BaseException as exc:
            self.ended = exc
            raise
        finally:
            self.done.set()

    def output(self, params, images):
        return self.engine.output(params, images)


def test_closing_the_stream_stops_the_engine(sdxl):
    engine = RecordingEngine(sdxl)
    request = dataclasses.replace(params(num_inference_steps=40), partial_images=3)

    async def take_one() -> dict:
        events = stream_generation(engine, request)
        first = await events.__anext__()
        await events.aclose()  # the client went away
        return first

    first = asyncio.run(take_one())
    assert first["type"] == "partial" and first["index"] == 0
    assert engine.done.wait(120)
    assert isinstance(engine.ended, GenerationCancelled)
