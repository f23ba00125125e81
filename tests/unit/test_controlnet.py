"""ControlNet conditioning in the diffusion engine, in-process: a tiny ControlNetModel built from
tiny-sdxl's UNet (the real class), Canny edges made on the CPU, the pipeline from the loaded
components; and the registry's ControlNet folders."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from deployments.control import canny, prepare
from deployments.engines import DiffusionEngine
from deployments.protocol import Control
from deployments.tiny_adapters import build_tiny_controlnet, build_tiny_lora
from governance.adapters import AdapterRegistry, AdapterUse, adapter_set_id, sha256_file
from tests.support.engines import TINY_SDXL_64, generation_params, tiny_sdxl_spec

SPEC = tiny_sdxl_spec(max_adapter_sets=1, controlnets={"canny": "studio/canny"})
DEFAULTS = TINY_SDXL_64
PICTURE = np.zeros((96, 96, 3), np.uint8)
PICTURE[24:72, 24:72] = 255  # a white square: four clear edges


@pytest.fixture(scope="module")
def registry(model_cache, tmp_path_factory) -> AdapterRegistry:
    folder = tmp_path_factory.mktemp("controlnet")
    registry = AdapterRegistry(folder / "registry")
    built = build_tiny_controlnet(folder / "built", cache_dir=model_cache)
    registry.add("studio/canny", built, base_model="tiny-sdxl", kind="controlnet", shared=True)
    return registry


@pytest.fixture(scope="module")
def engine(model_cache, registry) -> DiffusionEngine:
    engine = DiffusionEngine(SPEC, model_cache)
    manifest = registry.get("studio/canny")
    engine.load_controlnet(
        "canny", registry.fetch("studio/canny", manifest.sha256), manifest.sha256
    )
    return engine


def control(registry: AdapterRegistry, scale: float) -> Control:
    sha = registry.get("studio/canny").sha256
    return Control("canny", "studio/canny", sha, scale, canny(PICTURE, 64, 64))


def test_canny_finds_the_square_at_the_requested_size():
    edges = canny(PICTURE, 64, 64)
    assert edges.shape == (64, 64, 3) and edges.dtype == np.uint8
    assert set(np.unique(edges)) == {0, 255}
    assert edges[32, 32].max() == 0 and edges[:, :, 0].sum() > 0  # edges, not the inside


def test_tile_is_the_image_and_depth_the_clients_map_in_grey():
    colours = np.random.default_rng(1).integers(0, 256, (64, 64, 3), dtype=np.uint8)
    assert np.array_equal(prepare("tile", colours, 64, 64), colours)
    assert prepare("tile", PICTURE, 64, 64).shape == (64, 64, 3)
    ramp = np.repeat(np.linspace(0, 255, 64, dtype=np.uint8)[None, :, None], 64, 0)
    depth = prepare("depth", np.repeat(ramp, 3, axis=2), 64, 64)
    assert np.array_equal(depth[..., 0], ramp[..., 0])  # a grey map passes through unchanged
    assert np.array_equal(depth[..., 0], depth[..., 2])
    with pytest.raises(ValueError):
        prepare("scribble", PICTURE, 64, 64)


def test_registry_keeps_controlnet_folders_checked(registry):
    manifest = registry.get("studio/canny")
    assert manifest.kind == "controlnet"
    folder = registry.fetch("studio/canny", manifest.sha256)
    assert (folder / "config.json").is_file()
    assert sha256_file(folder / "diffusion_pytorch_model.safetensors") == manifest.sha256


def test_control_changes_the_image_and_scale_zero_is_the_base(engine, registry):
    base = engine.generate(generation_params(DEFAULTS))[0]
    controlled = engine.generate(generation_params(DEFAULTS, control=control(registry, 1.0)))[0]
    assert np.abs(controlled.astype(int) - base.astype(int)).max() > 5
    # the control image itself counts: other edges, another image
    sha = registry.get("studio/canny").sha256
    blank = Control("canny", "studio/canny", sha, 1.0, np.zeros((64, 64, 3), np.uint8))
    other = engine.generate(generation_params(DEFAULTS, control=blank))[0]
    assert np.abs(other.astype(int) - controlled.astype(int)).max() > 5
    zero = engine.generate(generation_params(DEFAULTS, control=control(registry, 0.0)))[0]
    assert np.array_equal(zero, base)
    # the ControlNet pipeline shares the loaded UNet: nothing was loaded twice
    assert engine.controls["canny"][1].unet is engine.pipeline.unet


def test_control_with_a_lora(engine, registry, model_cache, tmp_path: Path):
    weights = build_tiny_lora(tmp_path / "lora", 1, cache_dir=model_cache)
    use = AdapterUse("acme/a", sha256_file(weights), 1.0)
    loaded = engine.lora.load(adapter_set_id([use]), [(use, weights)])
    loaded.pin()
    try:
        only_control = engine.generate(generation_params(DEFAULTS, control=control(registry, 1.0)))
        both = engine.generate(
            generation_params(DEFAULTS, control=control(registry, 1.0), adapters=(use,))
        )
        assert not np.array_equal(both[0], only_control[0])
    finally:
        loaded.unpin()
        loaded.__del__()


def test_a_republished_controlnet_is_refused_until_reloaded(engine, registry):
    changed = Control("canny", "studio/canny", "0" * 64, 1.0, canny(PICTURE, 64, 64))
    with pytest.raises(RuntimeError, match="changed"):
        engine.generate(generation_params(DEFAULTS, control=changed))


@pytest.mark.parametrize("masked", [False, True], ids=["img2img", "inpaint"])
def test_control_on_an_edit(engine, registry, masked):
    """The ControlNet img2img / inpainting pipeline (from_pipe over the ControlNet pipeline):
    the control changes the edit, scale 0 is the plain edit, the weights stay shared."""
    source = np.random.default_rng(5).integers(0, 256, (64, 64, 3), dtype=np.uint8)
    mask = np.zeros((64, 64), np.uint8)
    mask[:32] = 255  # repaint the top half
    edit = dict(image=source, mask=mask if masked else None, strength=0.7)
    plain = engine.generate(generation_params(DEFAULTS, **edit))[0]
    controlled = engine.generate(
        generation_params(DEFAULTS, control=control(registry, 1.0), **edit)
    )[0]
    assert np.abs(controlled.astype(int) - plain.astype(int)).max() > 5
    zero = engine.generate(generation_params(DEFAULTS, control=control(registry, 0.0), **edit))[0]
    assert np.array_equal(zero, plain)
    if masked:  # outside the mask, the input's pixels exactly
        assert np.array_equal(controlled[32:], source[32:])
    pipeline = engine._control_edits[("canny", masked)][1]
    assert pipeline.unet is engine.pipeline.unet
    assert pipeline.controlnet is engine.controls["canny"][1].controlnet


def test_a_second_control_type_has_its_own_pipeline(engine, registry):
    """`tile` conditions on the image itself, through its own ControlNet pipeline (here the
    same tiny ControlNet, registered for the type: what differs is the prepared image)."""
    manifest = registry.get("studio/canny")
    engine.load_controlnet("tile", registry.fetch("studio/canny", manifest.sha256), manifest.sha256)
    colours = np.random.default_rng(2).integers(0, 256, (96, 96, 3), dtype=np.uint8)
    tiled = Control("tile", "studio/canny", manifest.sha256, 1.0, prepare("tile", colours, 64, 64))
    by_tile = engine.generate(generation_params(DEFAULTS, control=tiled))[0]
    by_edges = engine.generate(generation_params(DEFAULTS, control=control(registry, 1.0)))[0]
    assert not np.array_equal(by_tile, by_edges)
    assert engine.controls["tile"][1] is not engine.controls["canny"][1]
