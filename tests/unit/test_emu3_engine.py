"""The Emu3 engine in-process (no Ray), on tiny-emu3: the real Emu3 classes at toy width.

The spec asks for a smaller area than config/local.yaml (128x128 at 1:1, a 16x16 token grid):
Emu3 makes any grid its processor describes, and these tests are about batching and seeds.
"""

from __future__ import annotations

import numpy as np
import pytest

from deployments.emu3_engine import Emu3Engine, _GridTokens
from deployments.engines import build_engine, split_compatible
from deployments.protocol import GenerationParams
from deployments.settings import ModelSpec
from tests.support.engines import assert_same_image, generation_params

EMU3 = ModelSpec(
    name="tiny-emu3",
    family="autoregressive",
    architecture="emu3",
    source="tiny-emu3",
    aspect_ratios=["1:1", "2:1"],
    image_area=128 * 128,
    default_guidance_scale=3.0,
    torch_threads=1,
)
WIDE = {"width": 184, "height": 88}  # 2:1 at 128x128's area: an 11x23 grid


DEFAULTS = dict(
    prompt="a red fox in the snow",
    negative_prompt=None,
    width=128,
    height=128,
    n=1,
    num_inference_steps=1,
    guidance_scale=3.0,
    seed=1,
)


def params(**overrides) -> GenerationParams:
    return generation_params(DEFAULTS, **overrides)


def assert_different(a: np.ndarray, b: np.ndarray) -> None:
    assert np.abs(a.astype(np.int16) - b.astype(np.int16)).mean() > 1


@pytest.fixture(scope="module")
def emu3(model_cache) -> Emu3Engine:
    engine = build_engine(EMU3, model_cache)
    assert isinstance(engine, Emu3Engine)  # build_engine dispatches on the architecture
    return engine


def test_tiny_emu3_loads_as_the_real_emu3_classes(emu3):
    from transformers import Emu3ForConditionalGeneration, Emu3Processor

    assert isinstance(emu3.model, Emu3ForConditionalGeneration)
    assert isinstance(emu3.processor, Emu3Processor)
    assert emu3.model.model.vqmodel.vision_spatial_factor == 8  # Emu3's 8x8 px per token
    assert (
        len(emu3.model.vocabulary_mapping.image_tokens) == emu3.model.config.vq_config.codebook_size
    )


def test_same_seed_same_image_at_every_aspect_ratio(emu3):
    first = emu3.generate(params(seed=3))
    assert first[0].shape == (128, 128, 3) and first[0].dtype == np.uint8
    clipped = np.isin(first[0], (0, 255)).mean()
    assert clipped < 0.05, clipped  # in range, like a trained decoder's: room for the watermark
    assert np.array_equal(first[0], emu3.generate(params(seed=3))[0])
    assert_different(first[0], emu3.generate(params(seed=4))[0])
    wide = emu3.generate(params(**WIDE))
    assert wide[0].shape == (88, 184, 3)


def test_n_images_use_consecutive_seeds(emu3):
    two = emu3.generate(params(seed=10, n=2))
    assert len(two) == 2
    assert_same_image(two[0], emu3.generate(params(seed=10))[0])
    assert_same_image(two[1], emu3.generate(params(seed=11))[0])
    assert_different(two[0], two[1])


def test_batch_keeps_each_requests_seed_prompt_and_negative_prompt(emu3):
    """Different prompt lengths pad differently (left padding), negatives differ too: each
    request's images are still the ones it gets alone."""
    a = params(seed=21, n=2, prompt="a fox")
    b = params(
        seed=40, prompt="a lighthouse on a cliff at dusk, oil painting", negative_prompt="blurry"
    )
    batched = emu3.generate_batch([a, b])
    assert [len(images) for images in batched] == [2, 1]
    alone_a = emu3.generate(a)
    assert_same_image(batched[0][0], alone_a[0])
    assert_same_image(batched[0][1], alone_a[1])
    assert_same_image(batched[1][0], emu3.generate(b)[0])


def test_guidance_and_negative_prompt_change_the_image(emu3):
    plain = emu3.generate(params(seed=5))[0]
    assert_different(plain, emu3.generate(params(seed=5, negative_prompt="low quality"))[0])
    assert_different(plain, emu3.generate(params(seed=5, guidance_scale=1.0))[0])


def test_top_k_one_makes_the_seed_irrelevant(model_cache):
    greedy = Emu3Engine(EMU3.model_copy(update={"top_k": 1}), model_cache)
    first = greedy.generate(params(seed=1))[0]
    assert np.array_equal(first, greedy.generate(params(seed=2))[0])


def test_incompatible_requests_are_split_never_mixed(emu3):
    batch = [params(), params(**WIDE), params(seed=9), params(guidance_scale=5.0)]
    assert split_compatible(emu3, batch) == [[0, 2], [1], [3]]
    with pytest.raises(ValueError, match="compatible"):
        emu3.generate_batch([params(), params(**WIDE)])
    with pytest.raises(ValueError, match="cannot make"):
        emu3.generate(params(width=320, height=320))


def test_grid_constraint_lays_out_rows_then_the_closing_tokens():
    """Emu3's reference constraint, on a 2x3 grid: three visual tokens and an end-of-line per
    row, then end-of-frame, end-of-image, end-of-sequence, and padding after."""
    import torch

    names = ("end_of_line", "end_of_frame", "end_of_image", "end_of_sequence", "pad")
    special = dict(zip(names, range(100, 105), strict=True))
    tokens = _GridTokens(visual=[1, 2, 3], image_wrapper=99, device="cpu", **special)
    prompt = torch.tensor([[7, 8, 99], [0, 7, 99]])
    constraint = tokens.constraint(prompt, rows=2, columns=3)
    sequence, allowed = prompt[0].tolist(), []
    for _ in range(constraint.length + 1):
        choice = constraint(0, torch.tensor(sequence)).tolist()
        allowed.append(choice if len(choice) > 1 else choice[0])
        sequence.append(allowed[-1] if isinstance(allowed[-1], int) else allowed[-1][0])
    visual = [1, 2, 3]
    assert allowed == [visual] * 3 + [100] + [visual] * 3 + [100, 101, 102, 103, 104]
    with pytest.raises(RuntimeError, match="wrapper"):
        tokens.constraint(torch.tensor([[99, 7]]), rows=2, columns=3)


def test_the_engine_refuses_other_architectures(model_cache):
    janus = ModelSpec(name="j", family="autoregressive", source="tiny-janus", native_size=384)
    with pytest.raises(ValueError, match="emu3"):
        Emu3Engine(janus, model_cache)


def test_a_cap_on_images_per_call_changes_no_image(emu3, model_cache):
    capped = Emu3Engine(EMU3.model_copy(update={"max_images_per_batch": 1}), model_cache)
    a, b = params(seed=30, n=2), params(seed=31, prompt="a boat")
    split = capped.generate_batch([a, b])
    together = emu3.generate_batch([a, b])
    for mine, theirs in zip(sum(split, []), sum(together, []), strict=True):
        assert_same_image(mine, theirs)


def test_stream_emits_partials_then_the_image_generate_makes(emu3):
    from deployments.engine_extras import GenerationCancelled

    emitted: list[tuple[int, tuple]] = []
    final = emu3.generate_stream(
        params(seed=3, partial_images=2), lambda index, px: emitted.append((index, px.shape))
    )
    assert emitted == [(0, (128, 128, 3)), (1, (128, 128, 3))]
    assert np.array_equal(final[0], emu3.generate(params(seed=3))[0])
    with pytest.raises(GenerationCancelled):
        emu3.generate_stream(params(partial_images=1), lambda *_: None, lambda: True)


def test_usage_counts_the_tokens_emu3_writes(emu3):
    images = emu3.generate(params(n=2))
    usage = emu3.output(params(n=2, negative_prompt="blur"), images)
    assert usage.output_image_tokens == 2 * ((16 + 1) * 16 + 3)  # grid, row ends, closing
    plain = emu3.output(params(n=2), images)
    assert usage.input_text_tokens > plain.input_text_tokens > 0


def test_a_cancelled_emu3_batch_stops_within_a_token(emu3):
    """The fair queue cancels a batch once every caller left; Emu3 stops at the next token."""
    from deployments.engine_extras import GenerationCancelled

    checks = []

    def cancelled() -> bool:
        checks.append(1)
        return len(checks) > 3

    with pytest.raises(GenerationCancelled):
        emu3.generate_batch([params(), params(seed=2)], cancelled)
    assert len(checks) == 4  # stopped on the fourth check, long before the grid is full
