"""Emu3's sizes and settings: the same arithmetic as Emu3Processor, strict config, /v1/models."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from deployments import emu3_sizes
from deployments.api.images import parse_size
from deployments.api.models import model_card
from deployments.settings import ModelSpec, settings_from_serve_config
from governance.errors import InvalidRequestError
from tests.conftest import REPO_ROOT

BASE = dict(name="emu3", family="autoregressive", architecture="emu3", source="BAAI/Emu3-Gen-hf")


def emu3(**overrides) -> ModelSpec:
    values = {**BASE, "aspect_ratios": ["1:1", "16:9", "9:16"], "image_area": 518400}
    values.update(overrides)
    return ModelSpec(**values)


@pytest.mark.parametrize("area", [65536, 262144, 518400, 1048576])
@pytest.mark.parametrize("ratio", ["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "2:3"])
def test_token_grid_is_the_processors(ratio, area):
    from transformers import Emu3Processor

    # calculate_generate_size uses no instance state: call it as the processor would.
    expected = Emu3Processor.calculate_generate_size(None, ratio, area, 8)
    assert emu3_sizes.token_grid(ratio, area) == expected


def test_emu3_gen_sizes_and_auto():
    spec = emu3()
    assert spec.sizes_by_ratio() == {"1:1": (720, 720), "16:9": (960, 544), "9:16": (544, 960)}
    assert spec.auto_size() == (720, 720)
    assert emu3(aspect_ratios=["16:9", "1:1"]).auto_size() == (960, 544)  # the first ratio
    assert spec.size_is_supported(960, 544) and not spec.size_is_supported(720, 544)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"aspect_ratios": None}, "need `aspect_ratios` and `image_area`"),
        ({"image_area": None}, "need `aspect_ratios` and `image_area`"),
        ({"native_size": 384}, "not `native_size`"),
        ({"aspect_ratios": ["1:1", "1:1"]}, "repeat a ratio"),
        ({"aspect_ratios": ["1:1", "2:2"]}, "repeat a ratio"),
        ({"aspect_ratios": ["16x9"]}, "pattern"),
        ({"aspect_ratios": []}, "at least 1"),
        ({"aspect_ratios": ["1:20"], "image_area": 65536}, "under 64 px"),
        ({"image_area": 100}, "greater than or equal"),
        ({"top_k": 0}, "greater than or equal"),
        ({"family": "diffusion"}, "autoregressive models only"),
        ({"architecture": "llamagen"}, "'janus' or 'emu3'"),
    ],
)
def test_emu3_settings_are_strict(overrides, message):
    with pytest.raises(ValidationError, match=message):
        emu3(**overrides)


def test_emu3_fields_are_refused_elsewhere_and_janus_stays_the_default():
    janus = ModelSpec(name="j", family="autoregressive", source="x", native_size=384)
    assert janus.architecture == "janus" and janus.auto_size() == (384, 384)
    for extra in ({"top_k": 5}, {"image_area": 65536}, {"aspect_ratios": ["1:1"]}):
        with pytest.raises(ValidationError, match="emu3` models only"):
            ModelSpec(name="j", family="autoregressive", source="x", native_size=384, **extra)
        with pytest.raises(ValidationError, match="emu3` models only"):
            ModelSpec(name="d", family="diffusion", source="x", default_size=512, **extra)
    diffusion = ModelSpec(name="d", family="diffusion", source="x", default_size=512)
    assert diffusion.architecture is None


def test_requests_get_only_the_listed_sizes():
    spec = emu3()
    assert parse_size("auto", spec) == (720, 720)
    assert parse_size("544x960", spec) == (544, 960)
    with pytest.raises(InvalidRequestError, match=r"720x720 \(1:1\), 960x544 \(16:9\)") as refused:
        parse_size("1024x1024", spec)
    assert refused.value.param == "size"


def test_model_card_lists_ratios_and_sizes():
    card = model_card(emu3(), created=1)
    assert (card["family"], card["architecture"]) == ("autoregressive", "emu3")
    assert card["sizes"] == ["720x720", "960x544", "544x960"]
    assert card["aspect_ratios"] == {"1:1": "720x720", "16:9": "960x544", "9:16": "544x960"}
    assert card["default_size"] == "720x720"


def test_configs_serve_three_families_of_engine():
    local = settings_from_serve_config(REPO_ROOT / "config" / "local.yaml")
    assert [(m.name, m.architecture) for m in local.models] == [
        ("tiny-sdxl", None),
        ("tiny-janus", "janus"),
        ("tiny-emu3", "emu3"),
    ]
    production = settings_from_serve_config(REPO_ROOT / "config" / "production.yaml")
    emu3_gen = next(m for m in production.models if m.architecture == "emu3")
    assert emu3_gen.source == "BAAI/Emu3-Gen-hf" and emu3_gen.image_area == 518400
    assert emu3_gen.device == "cuda" and emu3_gen.dtype == "bfloat16"
