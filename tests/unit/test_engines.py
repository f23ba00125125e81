"""Tiny model building and the engines, in-process (no Ray)."""

from __future__ import annotations

import numpy as np
import pytest

from deployments.engines import DiffusionEngine, JanusEngine, split_compatible
from deployments.protocol import GenerationParams
from deployments.settings import ModelSpec
from deployments.tiny_models import TINY_MODELS_VERSION, ensure_tiny_model
from tests.support.engines import assert_same_image, generation_params

SDXL = ModelSpec(
    name="tiny-sdxl", family="diffusion", source="tiny-sdxl", default_size=256, default_steps=2
)
JANUS = ModelSpec(name="tiny-janus", family="autoregressive", source="tiny-janus", native_size=384)


DEFAULTS = dict(
    prompt="a red fox in the snow",
    negative_prompt=None,
    width=256,
    height=256,
    n=1,
    num_inference_steps=2,
    guidance_scale=5.0,
    seed=1,
)


def params(**overrides) -> GenerationParams:
    return generation_params(DEFAULTS, **overrides)


@pytest.fixture(scope="module")
def sdxl(model_cache) -> DiffusionEngine:
    return DiffusionEngine(SDXL, model_cache)


@pytest.fixture(scope="module")
def janus(model_cache) -> JanusEngine:
    return JanusEngine(JANUS, model_cache)


def test_tiny_sdxl_is_saved_like_a_hub_model(model_cache):
    folder = ensure_tiny_model("tiny-sdxl", model_cache)
    assert folder.parent.name == f"v{TINY_MODELS_VERSION}"
    assert (folder / "model_index.json").exists()
    for component in ("unet", "vae", "text_encoder", "text_encoder_2", "tokenizer", "scheduler"):
        assert (folder / component).is_dir()
    assert ensure_tiny_model("tiny-sdxl", model_cache) == folder  # second call reuses


def test_tiny_sdxl_loads_as_the_real_sdxl_pipeline(sdxl):
    from diffusers import StableDiffusionXLPipeline

    assert isinstance(sdxl.pipeline, StableDiffusionXLPipeline)
    assert sdxl.pipeline.vae_scale_factor == 8  # SDXL's 8x downsampling


def test_same_seed_same_image_and_sizes(sdxl):
    first = sdxl.generate(params(seed=3))
    again = sdxl.generate(params(seed=3))
    other = sdxl.generate(params(seed=4))
    assert first[0].shape == (256, 256, 3) and first[0].dtype == np.uint8
    assert np.array_equal(first[0], again[0])
    assert not np.array_equal(first[0], other[0])
    wide = sdxl.generate(params(width=512, height=256))
    assert wide[0].shape == (256, 512, 3)


def test_n_images_use_consecutive_seeds(sdxl):
    two = sdxl.generate(params(seed=10, n=2))
    assert len(two) == 2
    assert_same_image(two[0], sdxl.generate(params(seed=10))[0])
    assert_same_image(two[1], sdxl.generate(params(seed=11))[0])
    assert np.abs(two[0].astype(int) - two[1].astype(int)).mean() > 1


def test_negative_prompt_changes_the_image(sdxl):
    plain = sdxl.generate(params(seed=5))
    negative = sdxl.generate(params(seed=5, negative_prompt="blurry"))
    assert not np.array_equal(plain[0], negative[0])


def test_tiny_janus_generates_native_size_reproducibly(janus):
    from transformers import JanusForConditionalGeneration

    assert isinstance(janus.model, JanusForConditionalGeneration)
    first = janus.generate(params(width=384, height=384, seed=2, n=2))
    assert [image.shape for image in first] == [(384, 384, 3)] * 2
    again = janus.generate(params(width=384, height=384, seed=2, n=2))
    assert np.array_equal(first[0], again[0])
    assert not np.array_equal(first[0], first[1])  # CFG sampling differs per image


def test_diffusion_batch_keeps_each_requests_seed_and_n(sdxl):
    a, b = params(seed=21, n=2), params(seed=40, prompt="a blue boat")
    batched = sdxl.generate_batch([a, b])
    assert [len(images) for images in batched] == [2, 1]
    assert_same_image(batched[0][1], sdxl.generate(params(seed=22))[0])
    assert_same_image(batched[1][0], sdxl.generate(b)[0])


def test_incompatible_requests_are_split_never_mixed(sdxl, janus):
    batch = [params(), params(width=512), params(seed=9), params(num_inference_steps=3)]
    assert split_compatible(sdxl, batch) == [[0, 2], [1], [3]]
    with pytest.raises(ValueError):
        sdxl.generate_batch([params(), params(width=512)])
    assert split_compatible(janus, [params(), params(guidance_scale=2.0), params()]) == [
        [0, 2],
        [1],
    ]


def test_janus_batch_keeps_each_requests_seed(janus):
    a = params(width=384, height=384, seed=7, prompt="a red fox")
    b = params(width=384, height=384, seed=8, prompt="a tin can on a long table")  # padded
    together = janus.generate_batch([a, b])
    assert_same_image(together[0][0], janus.generate(a)[0])
    assert_same_image(together[1][0], janus.generate(b)[0])


class CountingCalls:
    """Wraps a pipeline or model method and records how many images each call makes."""

    def __init__(self, call, rows) -> None:
        self.call, self.rows, self.sizes = call, rows, []

    def __call__(self, *args, **kwargs):
        self.sizes.append(self.rows(kwargs))
        return self.call(*args, **kwargs)


@pytest.fixture(scope="module")
def sdxl_capped(model_cache) -> DiffusionEngine:
    return DiffusionEngine(SDXL.model_copy(update={"max_images_per_batch": 2}), model_cache)


def test_the_image_cap_splits_a_batch_into_calls_and_keeps_every_image(
    sdxl, sdxl_capped, monkeypatch
):
    counting = CountingCalls(sdxl_capped.pipeline, lambda kw: len(kw["prompt"]))
    monkeypatch.setattr(sdxl_capped, "pipeline", counting)
    a, b = params(seed=30, n=3), params(seed=50, n=2, prompt="a blue boat")
    capped = sdxl_capped.generate_batch([a, b])
    assert counting.sizes == [2, 2, 1], "5 images in calls of at most 2"
    assert [len(images) for images in capped] == [3, 2]
    whole = sdxl.generate_batch([a, b])
    for mine, theirs in zip(capped, whole, strict=True):
        for x, y in zip(mine, theirs, strict=True):
            assert_same_image(x, y)


def test_vae_slicing_is_on_by_default_and_changes_no_pixel(sdxl, model_cache):
    assert sdxl.pipeline.vae.use_slicing is True
    unsliced = DiffusionEngine(SDXL.model_copy(update={"vae_slicing": False}), model_cache)
    assert unsliced.pipeline.vae.use_slicing is False
    request = params(seed=70, n=2)
    for x, y in zip(sdxl.generate(request), unsliced.generate(request), strict=True):
        assert_same_image(x, y)


def test_the_image_cap_applies_to_janus_rows(janus, model_cache, monkeypatch):
    capped = JanusEngine(JANUS.model_copy(update={"max_images_per_batch": 1}), model_cache)
    counting = CountingCalls(capped.model.generate, lambda kw: len(kw["input_ids"]))
    monkeypatch.setattr(capped.model, "generate", counting)
    request = params(width=384, height=384, seed=11, n=2)
    images = capped.generate(request)
    assert counting.sizes == [1, 1]
    for x, y in zip(images, janus.generate(request), strict=True):
        assert_same_image(x, y)


class CancelAfter:
    """A `cancelled` callable that turns true after `calls` checks, counting every check."""

    def __init__(self, calls: int) -> None:
        self.calls, self.checks = calls, 0

    def __call__(self) -> bool:
        self.checks += 1
        return self.checks > self.calls


def test_a_cancelled_diffusion_batch_stops_at_the_next_step(sdxl):
    from deployments.engine_extras import GenerationCancelled

    cancelled = CancelAfter(1)
    with pytest.raises(GenerationCancelled):
        sdxl.generate_batch(
            [params(num_inference_steps=6), params(num_inference_steps=6, seed=2)], cancelled
        )
    assert cancelled.checks == 2  # stopped after step 2 of 6


def test_a_cancelled_janus_batch_stops_within_a_token(janus):
    from deployments.engine_extras import GenerationCancelled

    cancelled = CancelAfter(3)
    with pytest.raises(GenerationCancelled):
        janus.generate_batch([params(width=384, height=384)], cancelled)
    assert cancelled.checks == 4  # of the image's 576 tokens


def test_janus_sampler_draws_each_row_from_its_own_seeded_stream():
    """Gumbel-max over each row's own CPU stream: a row's tokens depend on its seed alone, and
    the stream is the one `torch.rand(vocab, generator=...)` gives (the same on CPU and CUDA,
    where the uniforms are drawn into pinned memory)."""
    import torch

    from deployments.engines import _PerRowSampler

    vocab, steps, seeds = 64, 4, [7, 8, 9]
    scores = torch.randn(len(seeds), vocab, generator=torch.Generator().manual_seed(0))
    sampler = _PerRowSampler(seeds, temperature=0.7)
    drawn = [sampler(None, scores).argmax(dim=-1) for _ in range(steps)]
    for row, seed in enumerate(seeds):
        stream = torch.Generator().manual_seed(seed)
        for step in range(steps):
            uniform = torch.rand(vocab, generator=stream).clamp(1e-20, 1.0 - 1e-7)
            expected = (scores[row] / 0.7 - torch.log(-torch.log(uniform))).argmax()
            assert drawn[step][row] == expected
    alone = _PerRowSampler([seeds[1]], temperature=0.7)
    assert alone(None, scores[1:2]).argmax(dim=-1) == drawn[0][1]


def test_engines_load_no_kernels_from_the_hub(janus):
    """transformers kernelizes loaded models with Hub-downloaded kernels unless told not to;
    the engines' module turns that off unless the operator opted in (USE_HUB_KERNELS=1)."""
    import os

    from transformers.integrations.hub_kernels import _kernels_enabled

    from deployments.engines import HUB_KERNELS_ENV

    if os.environ.get(HUB_KERNELS_ENV, "0") != "0":
        pytest.skip("the operator opted in to Hub kernels in this environment")
    assert not _kernels_enabled()
    assert not janus.model.use_kernels
