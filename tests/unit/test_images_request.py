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
        {"style": "vivid"},
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
