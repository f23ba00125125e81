"""Request validation and parameter resolution, without Ray."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from deployments.api.images import ImageGenerationRequest, resolve_params
from deployments.api.models import model_card
from deployments.settings import ModelSpec
from governance.errors import InvalidRequestError

SDXL = ModelSpec(
    name="tiny-sdxl", family="diffusion", source="tiny-sdxl", default_size=256, default_steps=4
)
JANUS = ModelSpec(name="tiny-janus", family="autoregressive", source="tiny-janus", native_size=384)


def request(**fields) -> ImageGenerationRequest:
    return ImageGenerationRequest(**{"model": "tiny-sdxl", "prompt": "a fox", **fields})


def test_defaults_resolve_from_the_model():
    params = resolve_params(request(), SDXL, seed=7)
    assert (params.width, params.height, params.n, params.num_inference_steps) == (256, 256, 1, 4)
    assert params.guidance_scale == SDXL.default_guidance_scale and params.seed == 7


@pytest.mark.parametrize("size", ["256x256", "1024x1024", "512x768", "320x1024"])
def test_diffusion_sizes_in_range(size):
    params = resolve_params(request(size=size), SDXL, seed=0)
    assert f"{params.width}x{params.height}" == size


@pytest.mark.parametrize("size", ["255x256", "1088x1088", "192x192", "300x300", "big", "1024"])
def test_diffusion_sizes_out_of_range_name_size(size):
    with pytest.raises(InvalidRequestError) as info:
        resolve_params(request(size=size), SDXL, seed=0)
    assert info.value.param == "size" and info.value.status == 400


def test_autoregressive_model_only_makes_its_native_size():
    assert resolve_params(request(size="auto"), JANUS, seed=0).width == 384
    assert resolve_params(request(size="384x384"), JANUS, seed=0).height == 384
    with pytest.raises(InvalidRequestError, match="384x384") as info:
        resolve_params(request(size="512x512"), JANUS, seed=0)
    assert info.value.param == "size"


def test_limits_name_their_parameter():
    with pytest.raises(InvalidRequestError) as info:
        resolve_params(request(n=5), SDXL, seed=0)
    assert info.value.param == "n"
    with pytest.raises(InvalidRequestError) as info:
        resolve_params(request(num_inference_steps=51), SDXL, seed=0)
    assert info.value.param == "num_inference_steps"


@pytest.mark.parametrize(
    "fields",
    [
        {"prompt": ""},
        {"prompt": "   "},
        {"n": 0},
        {"response_format": "url"},
        {"output_format": "gif"},
        {"seed": -1},
        {"guidance_scale": 99},
        {"style": "cinematic"},
        {"partial_images": 4},
        {"quality": "ultra"},
        {"not_an_openai_field": 1},
        {"prompt": "x" * 4001},
    ],
)
def test_invalid_requests_are_refused(fields):
    with pytest.raises(ValidationError):
        request(**fields)


def test_model_cards_state_family_and_sizes():
    assert model_card(JANUS)["sizes"] == ["384x384"]
    card = model_card(SDXL)
    assert card["family"] == "diffusion"
    assert card["sizes"] == {"min": 256, "max": 1024, "multiple_of": 64}


def test_every_official_field_is_accepted():
    body = request(
        n=1,
        size="auto",
        quality="high",
        style="vivid",
        background="opaque",
        moderation="low",
        stream=True,
        partial_images=2,
        output_format="webp",
        output_compression=70,
        response_format="b64_json",
        user="u-1",
        safety_identifier="hash-9",
        complexity="low",
    )
    params = resolve_params(body, SDXL, seed=1)
    assert params.partial_images == 2
    assert body.end_user == "hash-9" and body.reported_quality == "high"


@pytest.mark.parametrize(
    ("quality", "steps"),
    [("low", 2), ("medium", 4), ("auto", 4), ("standard", 4), ("high", 6), ("hd", 6), ("max", 50)],
)
def test_quality_maps_to_steps_for_diffusion(quality, steps):
    assert resolve_params(request(quality=quality), SDXL, seed=0).num_inference_steps == steps


def test_explicit_steps_win_over_quality():
    params = resolve_params(request(quality="low", num_inference_steps=9), SDXL, seed=0)
    assert params.num_inference_steps == 9


def test_vivid_raises_guidance_natural_keeps_it():
    vivid = resolve_params(request(style="vivid"), SDXL, seed=0).guidance_scale
    natural = resolve_params(request(style="natural"), SDXL, seed=0).guidance_scale
    assert natural == SDXL.default_guidance_scale and vivid == natural * 1.5
    assert (
        resolve_params(request(style="vivid", guidance_scale=2), SDXL, seed=0).guidance_scale == 2
    )


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"background": "transparent"}, "background"),
        ({"frame_count": 4}, "frame_count"),
        ({"frame_duration_ms": 100}, "frame_duration_ms"),
        ({"svg": {"model": "x"}}, "svg"),
        ({"stream": True, "n": 2}, "n"),
    ],
)
def test_fields_no_model_can_honour_are_refused_by_name(fields, param):
    for spec in (SDXL, JANUS):
        with pytest.raises(InvalidRequestError) as info:
            resolve_params(request(**fields), spec, seed=0)
        assert info.value.param == param and info.value.status == 400


def test_partial_images_only_count_when_streaming():
    assert resolve_params(request(partial_images=3), SDXL, seed=0).partial_images == 0
