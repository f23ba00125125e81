"""tiny-emu3 through Serve and the `openai` client: its sizes, batching with seeds, and the same
governance as the other models (moderation, watermark, C2PA naming the model, audit)."""

from __future__ import annotations

import base64
import io
from concurrent.futures import ThreadPoolExecutor

import httpx
import numpy as np
import openai
import pytest
from PIL import Image

from governance.provenance import ContentCredentials, SignerConfig
from tests.conftest import DEV_KEY

MODEL = "tiny-emu3"


@pytest.fixture(scope="module")
def client(serve_app) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{serve_app}/v1", api_key=DEV_KEY, max_retries=0, timeout=120)


def generate(client: openai.OpenAI, **extra_body):
    size = extra_body.pop("size", openai.NOT_GIVEN)
    return client.images.generate(
        model=MODEL,
        prompt=extra_body.pop("prompt", "a lighthouse at dusk"),
        size=size,
        response_format="b64_json",
        extra_body=extra_body,
    ).data


def pixels(item) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(base64.b64decode(item.b64_json))).convert("RGB"))


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2))
    return float("inf") if mse == 0 else 10 * np.log10(255.0**2 / mse)


def test_models_list_emu3_with_its_aspect_ratios(client):
    card = next(m for m in client.models.list().data if m.id == MODEL)
    extra = card.model_extra
    assert (extra["family"], extra["architecture"]) == ("autoregressive", "emu3")
    assert extra["aspect_ratios"] == {"1:1": "256x256", "4:3": "296x224", "3:4": "224x296"}
    assert extra["default_size"] == "256x256"


@pytest.mark.parametrize("size", ["auto", "296x224"])
def test_generates_each_listed_size(client, size):
    data = generate(client, size=size, seed=3)
    image = Image.open(io.BytesIO(base64.b64decode(data[0].b64_json)))
    assert image.format == "PNG"
    assert f"{image.width}x{image.height}" == ("256x256" if size == "auto" else size)


def test_a_size_it_cannot_make_is_400_listing_the_sizes(client):
    with pytest.raises(openai.BadRequestError) as info:
        generate(client, size="384x384")
    assert info.value.body["param"] == "size"
    assert "296x224 (4:3)" in info.value.body["message"]


def test_concurrent_requests_keep_their_own_seeds(client):
    """Four requests at once (Serve batches them into one generate call): each request's
    picture is the one its seed makes alone; only the watermark (its record id) differs."""
    seeds = [11, 12, 13, 11]
    with ThreadPoolExecutor(len(seeds)) as pool:
        together = list(pool.map(lambda s: pixels(generate(client, seed=s)[0]), seeds))
    alone = pixels(generate(client, seed=12)[0])
    assert psnr(together[1], alone) >= 35.0
    assert psnr(together[0], together[3]) >= 35.0  # same seed in one batch, same picture
    assert psnr(together[0], together[1]) < 25.0


def test_governed_like_the_others(serve_app, client, state_dir):
    """Credentials name tiny-emu3; the watermark leads back to the audit record."""
    item = generate(client, prompt="a watercolor fox", seed=7)[0]
    record_id, png = item.model_extra["record_id"], base64.b64decode(item.b64_json)
    certs = state_dir / "certs"
    reader = ContentCredentials(
        SignerConfig.from_files(certs / "signer.pem", certs / "signer.key", certs / "root_ca.pem")
    )
    report = reader.read(png, "image/png")
    assert report.state == "Trusted", report.errors
    assert report.assertion["model"] == MODEL and report.soft_binding == record_id
    stripped = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("RGB").save(stripped, "JPEG", quality=75)
    answer = httpx.post(
        f"{serve_app}/v1/provenance/verify",
        content=stripped.getvalue(),
        headers={"Content-Type": "image/jpeg"},
        timeout=60,
    ).json()
    assert answer["watermark"] == {"detected": True, "record_id": record_id}
    assert answer["record"]["model"] == MODEL
    with pytest.raises(openai.BadRequestError) as info:
        generate(client, prompt="explicit photo of a naked woman, genitals visible")
    assert info.value.body["code"] == "content_policy_violation"
