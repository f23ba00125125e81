"""LoRA adapters in the diffusion engine (deployments.lora), in-process with the tiny SDXL and
tiny LoRAs built from the real PEFT classes: outputs, alternation, eviction, batching."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from deployments.engines import DiffusionEngine
from deployments.fair_queue import FairQueue
from deployments.protocol import GenerationParams
from deployments.tiny_adapters import build_tiny_lora
from governance.adapters import AdapterUse, adapter_set_id, sha256_file
from tests.support.engines import (
    TINY_SDXL_64,
    assert_same_image,
    generation_params,
    tiny_sdxl_spec,
)

SPEC = tiny_sdxl_spec(max_adapter_sets=2)
DEFAULTS = TINY_SDXL_64


@pytest.fixture(scope="module")
def loras(model_cache, tmp_path_factory) -> dict[str, tuple[AdapterUse, Path]]:
    folder = tmp_path_factory.mktemp("loras")
    built = {}
    for name, seed in (("acme/a", 1), ("acme/b", 2), ("acme/c", 3)):
        path = build_tiny_lora(folder / name.replace("/", "_"), seed, cache_dir=model_cache)
        built[name] = (AdapterUse(name, sha256_file(path), 1.0), path)
    return built


@pytest.fixture(scope="module")
def engine(model_cache) -> DiffusionEngine:
    return DiffusionEngine(SPEC, model_cache)


def run(engine: DiffusionEngine, *uses: AdapterUse, **overrides) -> np.ndarray:
    params = generation_params(DEFAULTS, adapters=tuple(uses), **overrides)
    return engine.generate(params)[0]


def load(engine: DiffusionEngine, loras, *names: str, scale: float = 1.0):
    uses = [AdapterUse(loras[n][0].id, loras[n][0].sha256, scale) for n in names]
    loaded = engine.lora.load(adapter_set_id(uses), [(u, loras[u.id][1]) for u in uses])
    return loaded, uses


def test_tiny_lora_is_deterministic_peft_format(loras, model_cache, tmp_path):
    again = build_tiny_lora(tmp_path / "again", 1, cache_dir=model_cache)
    assert sha256_file(again) == loras["acme/a"][0].sha256
    from safetensors import safe_open

    with safe_open(str(again), "pt") as handle:
        keys = list(handle.keys())
    assert keys and all(k.startswith("unet.") and ".lora_" in k for k in keys)


def test_adapter_changes_the_output_and_the_base_stays_exact(engine, loras):
    base = run(engine)
    loaded, uses = load(engine, loras, "acme/a")
    loaded.pin()
    try:
        with_a = run(engine, *uses)
        assert np.abs(with_a.astype(int) - base.astype(int)).max() > 10
        # no adapters: the plain base, exactly, while the adapter stays loaded
        assert np.array_equal(run(engine), base)
        # a scale of 0 computes the base too; a half scale lies in between
        half = run(engine, AdapterUse(uses[0].id, uses[0].sha256, 0.5))
        assert not np.array_equal(half, with_a) and not np.array_equal(half, base)
        assert_same_image(run(engine, AdapterUse(uses[0].id, uses[0].sha256, 0.0)), base)
    finally:
        loaded.unpin()
        loaded.__del__()  # as Ray's LRU evicts it
    assert np.array_equal(run(engine), base)
    assert engine.lora.loaded_names() == set()


def test_two_adapters_alternate_across_requests(engine, loras):
    a, uses_a = load(engine, loras, "acme/a")
    b, uses_b = load(engine, loras, "acme/b")
    for loaded in (a, b):
        loaded.pin()
    try:
        first_a, first_b = run(engine, *uses_a), run(engine, *uses_b)
        assert not np.array_equal(first_a, first_b)
        for _ in range(2):  # the same answers in any order
            assert np.array_equal(run(engine, *uses_b), first_b)
            assert np.array_equal(run(engine, *uses_a), first_a)
        # both at once: a set of two, loaded as its own unit
        ab, uses_ab = load(engine, loras, "acme/a", "acme/b")
        ab.pin()
        both = run(engine, *uses_ab)
        assert not np.array_equal(both, first_a) and not np.array_equal(both, first_b)
        ab.unpin()
        ab.__del__()
    finally:
        for loaded in (a, b):
            loaded.unpin()
            loaded.__del__()
    run(engine)  # the next call removes evicted sets
    assert engine.lora.loaded_names() == set()


def test_eviction_waits_for_pinned_requests(engine, loras):
    """Evicted while a request still needs it: the set stays until that request finished."""
    events: list[str] = []
    engine.lora._observer = events.append
    try:
        loaded, uses = load(engine, loras, "acme/c")
        loaded.pin()
        expected = run(engine, *uses)
        loaded.__del__()  # the LRU evicts it while the request is queued
        loaded.__del__()  # and Python's collector calls it again: no effect
        assert not engine.lora.live(adapter_set_id(uses))
        assert np.array_equal(run(engine, *uses), expected)  # still served, exactly
        loaded.unpin()
        run(engine)
        assert engine.lora.loaded_names() == set()
        with pytest.raises(RuntimeError, match="not loaded"):
            run(engine, *uses)
    finally:
        engine.lora._observer = None
    assert events == ["loaded", "evicted"]


def test_edits_run_through_the_same_adapters(engine, loras):
    """An edit's pipeline (from_pipe) shares the UNet, so the adapter applies there too."""
    picture = np.random.default_rng(0).integers(0, 256, (64, 64, 3), dtype=np.uint8)
    edit = dict(image=picture, strength=0.7)
    before = run(engine, **edit)
    loaded, uses = load(engine, loras, "acme/a")
    loaded.pin()
    try:
        assert np.abs(run(engine, *uses, **edit).astype(int) - before.astype(int)).max() > 10
        assert np.array_equal(run(engine, **edit), before)
    finally:
        loaded.unpin()
        loaded.__del__()
    run(engine)


def test_batches_never_mix_adapter_sets(engine, loras):
    """The fair queue batches by the engine's key: requests with different adapter sets or
    scales never share a pipeline call, while equal ones do."""
    a, b = loras["acme/a"][0], loras["acme/b"][0]
    queue = FairQueue()

    def params(*uses: AdapterUse, tenant: str = "t") -> GenerationParams:
        return generation_params(DEFAULTS, adapters=uses, tenant=tenant)

    for item in (
        params(a),
        params(b),
        params(),
        params(a, tenant="u"),
        params(AdapterUse(a.id, a.sha256, 0.5)),
    ):
        queue.push(item, now=0.0)
    batches = []
    while batch := queue.next_batch(8, engine.batch_key, now=0.0):
        batches.append([t.params.adapters for t in batch])
        queue.finished(batch)
    assert sorted(len(b) for b in batches) == [1, 1, 1, 2]
    for batch in batches:
        assert len({tuple((u.id, u.scale) for u in uses) for uses in batch}) == 1
