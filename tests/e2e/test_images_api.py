"""The HTTP API through the real `openai` client and plain HTTP: images and error statuses."""

from __future__ import annotations

import base64
import io
import threading
import time

import httpx
import numpy as np
import openai
import pytest
from PIL import Image

from tests.conftest import DEV_KEY


@pytest.fixture(scope="module")
def client(serve_app) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{serve_app}/v1", api_key=DEV_KEY, max_retries=0, timeout=120)


def decode(item) -> Image.Image:
    return Image.open(io.BytesIO(base64.b64decode(item.b64_json)))


def decode_b64(item: dict) -> Image.Image:
    return Image.open(io.BytesIO(base64.b64decode(item["b64_json"])))


@pytest.mark.parametrize(
    ("model", "size"),
    [("tiny-sdxl", "256x256"), ("tiny-sdxl", "512x256"), ("tiny-janus", "384x384")],
)
def test_generate_with_openai_client(client, model, size):
    result = client.images.generate(
        model=model, prompt="a red fox", size=size, response_format="b64_json"
    )
    assert len(result.data) == 1
    image = decode(result.data[0])
    assert image.format == "PNG"
    assert f"{image.width}x{image.height}" == size


def test_n_and_output_format_and_extensions(client):
    result = client.images.generate(
        model="tiny-sdxl",
        prompt="a lighthouse",
        n=2,
        size="256x256",
        response_format="b64_json",
        extra_body={"output_format": "jpeg", "seed": 42, "num_inference_steps": 2},
    )
    images = [decode(item) for item in result.data]
    assert [image.format for image in images] == ["JPEG", "JPEG"]


def psnr(a: Image.Image, b: Image.Image) -> float:
    x = np.asarray(a.convert("RGB"), dtype=np.float64)
    y = np.asarray(b.convert("RGB"), dtype=np.float64)
    mse = float(np.mean((x - y) ** 2))
    return float("inf") if mse == 0 else 10 * np.log10(255.0**2 / mse)


def test_same_seed_same_image_over_http(serve_app, auth_headers):
    """Same seed, same picture: only the invisible watermark (a new record id) differs."""

    def generate(seed: int) -> dict:
        body = {"model": "tiny-sdxl", "prompt": "a lighthouse", "seed": seed, "size": "256x256"}
        response = httpx.post(
            f"{serve_app}/v1/images/generations", json=body, headers=auth_headers, timeout=120
        )
        assert response.status_code == 200, response.text
        assert "generate;dur=" in response.headers["server-timing"]
        return response.json()["data"][0]

    first, second, other = generate(99), generate(99), generate(100)
    assert first["record_id"] != second["record_id"]
    same = psnr(decode_b64(first), decode_b64(second))
    different = psnr(decode_b64(first), decode_b64(other))
    assert same >= 35.0, same
    assert different < 25.0, different


def test_models_list_states_family_and_sizes(client):
    models = {model.id: model for model in client.models.list().data}
    assert set(models) == {"tiny-sdxl", "tiny-janus", "tiny-emu3"}
    assert models["tiny-janus"].model_extra["family"] == "autoregressive"
    assert models["tiny-janus"].model_extra["sizes"] == ["384x384"]
    assert models["tiny-sdxl"].model_extra["sizes"]["max"] == 1024


def test_wrong_key_is_authentication_error(serve_app):
    bad = openai.OpenAI(base_url=f"{serve_app}/v1", api_key="wrong-key", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as info:
        bad.images.generate(model="tiny-sdxl", prompt="a fox", response_format="b64_json")
    assert info.value.body["code"] == "invalid_api_key"


def test_unknown_model_is_404_model_not_found(client):
    with pytest.raises(openai.NotFoundError) as info:
        client.images.generate(model="dall-e-9", prompt="a fox", response_format="b64_json")
    assert info.value.body["code"] == "model_not_found"
    assert info.value.body["param"] == "model"


def test_unsupported_size_is_400_naming_size(client):
    with pytest.raises(openai.BadRequestError) as info:
        client.images.generate(
            model="tiny-janus", prompt="a fox", size="1024x1024", response_format="b64_json"
        )
    assert info.value.body["param"] == "size"


@pytest.mark.parametrize(
    ("content", "status", "param"),
    [
        (b"{not json", 400, None),
        (b'{"model": "tiny-sdxl"}', 400, "prompt"),
        (b'{"model": "tiny-sdxl", "prompt": "x", "n": "many"}', 400, "n"),
        (
            b'{"model": "tiny-sdxl", "prompt": "x", "response_format": "url"}',
            400,
            "response_format",
        ),
        (b'{"model": "tiny-sdxl", "prompt": "x", "colour": "red"}', 400, "colour"),
    ],
)
def test_bad_bodies_get_openai_error_shape(serve_app, auth_headers, content, status, param):
    response = httpx.post(
        f"{serve_app}/v1/images/generations",
        content=content,
        headers={**auth_headers, "Content-Type": "application/json"},
        timeout=30,
    )
    assert response.status_code == status
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["param"] == param
    assert "Traceback" not in response.text


def test_missing_key_is_401(serve_app):
    response = httpx.post(
        f"{serve_app}/v1/images/generations", json={"model": "tiny-sdxl", "prompt": "x"}, timeout=30
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_api_key"


def test_overload_answers_503_with_retry_after_never_hangs(serve_app, auth_headers):
    """tiny-janus takes 4 at once per replica and queues 2 in the test config: a burst of 16
    must overflow that quickly, with 1 or 2 replicas."""
    results: list[httpx.Response] = []
    lock = threading.Lock()

    def one() -> None:
        response = httpx.post(
            f"{serve_app}/v1/images/generations",
            headers=auth_headers,
            json={"model": "tiny-janus", "prompt": "a storm"},
            timeout=180,
        )
        with lock:
            results.append(response)

    started = time.monotonic()
    threads = [threading.Thread(target=one) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=200)
    assert len(results) == 16, "every request got an answer"
    refused = [r for r in results if r.status_code == 503]
    assert refused, "a burst beyond the queue must be refused, not queued forever"
    for response in refused:
        assert int(response.headers["retry-after"]) >= 1
        assert response.json()["error"]["code"] == "overloaded"
    assert {r.status_code for r in results} <= {200, 503}
    assert time.monotonic() - started < 200
