"""OpenAI Images API parity through the real `openai` SDK: every official field, edits with and
without a mask, streaming with partial images, and the error cases."""

from __future__ import annotations

import base64
import io
import json
import time

import httpx
import numpy as np
import openai
import pytest
from PIL import Image

from tests.conftest import DEV_KEY


@pytest.fixture(scope="module")
def client(serve_app) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{serve_app}/v1", api_key=DEV_KEY, max_retries=0, timeout=300)


def png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def noise(size=(256, 256), seed=0) -> Image.Image:
    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8))


def test_generate_with_every_official_field(client):
    result = client.images.generate(
        model="tiny-sdxl",
        prompt="a lighthouse at dusk",
        n=1,
        size="auto",
        quality="low",
        style="vivid",
        background="opaque",
        moderation="low",
        output_format="webp",
        output_compression=80,
        response_format="b64_json",
        user="end-user-1",
        safety_identifier="hashed-user",
        complexity="low",
        stream=False,
    )
    assert result.background == "opaque" and result.output_format == "webp"
    assert result.quality == "low" and result.size == "256x256"
    assert result.usage.output_tokens == (256 // 16) ** 2
    assert result.usage.input_tokens > 0
    assert result.usage.total_tokens == result.usage.input_tokens + result.usage.output_tokens
    image = Image.open(io.BytesIO(base64.b64decode(result.data[0].b64_json)))
    assert image.format == "WEBP"
    assert result.data[0].model_extra["record_id"]


def test_transparent_background_is_refused_by_name(client):
    with pytest.raises(openai.BadRequestError) as info:
        client.images.generate(model="tiny-sdxl", prompt="a fox", background="transparent")
    assert info.value.body["param"] == "background"


def test_edit_without_and_with_mask(client, serve_app):
    source = noise(seed=1)
    plain = client.images.edit(
        model="tiny-sdxl",
        image=("in.png", png(source), "image/png"),
        prompt="make it blue",
        input_fidelity="high",
        size="256x256",
    )
    edited = Image.open(io.BytesIO(base64.b64decode(plain.data[0].b64_json)))
    assert edited.size == (256, 256) and plain.usage.input_tokens_details.image_tokens == 256
    alpha = np.full((256, 256), 255, np.uint8)
    alpha[:128] = 0  # edit only the top half
    mask = Image.fromarray(np.dstack([np.zeros((256, 256, 3), np.uint8), alpha]), "RGBA")
    masked = client.images.edit(
        model="tiny-sdxl",
        image=("in.png", png(source), "image/png"),
        mask=("mask.png", png(mask), "image/png"),
        prompt="a window",
    )
    out = np.asarray(
        Image.open(io.BytesIO(base64.b64decode(masked.data[0].b64_json))).convert("RGB")
    )
    src = np.asarray(source, dtype=np.int16)
    # the bottom half is kept (up to the invisible watermark), the top half repainted
    assert np.abs(out[128:].astype(np.int16) - src[128:]).mean() < 8
    assert np.abs(out[:128].astype(np.int16) - src[:128]).mean() > 20


def test_edit_of_our_own_image_keeps_its_provenance(client, serve_app):
    first = client.images.generate(model="tiny-sdxl", prompt="a harbour", size="256x256")
    parent = base64.b64decode(first.data[0].b64_json)
    child = client.images.edit(
        model="tiny-sdxl", image=("parent.png", parent, "image/png"), prompt="at night"
    )
    data = base64.b64decode(child.data[0].b64_json)
    answer = httpx.post(
        f"{serve_app}/v1/provenance/verify",
        content=data,
        headers={"content-type": "image/png"},
        timeout=120,
    ).json()
    ingredients = answer["c2pa"]["ingredients"]
    assert [i["relationship"] for i in ingredients] == ["parentOf"]
    assert ingredients[0]["state"] == "Trusted"
    actions = [a["action"] for a in answer["c2pa"]["actions"]]
    assert actions[:2] == ["c2pa.opened", "c2pa.edited"]
    assert answer["record"]["derived_from"] == [
        {"record_id": first.data[0].model_extra["record_id"], "relationship": "parentOf"}
    ]


def test_edit_errors(client):
    source = png(noise(seed=2))
    with pytest.raises(openai.BadRequestError) as info:
        client.images.edit(model="tiny-janus", image=("a.png", source, "image/png"), prompt="x")
    assert info.value.body["param"] == "model"
    with pytest.raises(openai.BadRequestError) as info:  # a mask without alpha
        client.images.edit(
            model="tiny-sdxl",
            image=("a.png", source, "image/png"),
            mask=("m.png", png(noise(seed=3)), "image/png"),
            prompt="x",
        )
    assert info.value.body["param"] == "mask"
    small = Image.new("RGBA", (128, 128), (0, 0, 0, 0))
    with pytest.raises(openai.BadRequestError) as info:  # mask size mismatch
        client.images.edit(
            model="tiny-sdxl",
            image=("a.png", source, "image/png"),
            mask=("m.png", png(small), "image/png"),
            prompt="x",
        )
    assert info.value.body["param"] == "mask" and "256x256" in info.value.message
    with pytest.raises(openai.BadRequestError) as info:  # not an image
        client.images.edit(model="tiny-sdxl", image=("a.png", b"hello", "image/png"), prompt="x")
    assert info.value.body["param"] == "image"
    with pytest.raises(openai.APIStatusError) as info:  # over the upload limit
        client.images.edit(
            model="tiny-sdxl", image=("a.png", b"\0" * (21 * 1024 * 1024), "image/png"), prompt="x"
        )
    assert info.value.status_code == 413


@pytest.mark.parametrize("model", ["tiny-sdxl", "tiny-janus", "tiny-emu3"])
def test_stream_with_partial_images(client, model):
    started = time.perf_counter()
    stream = client.images.generate(
        model=model, prompt="a red fox", stream=True, partial_images=2, quality="high"
    )
    events, times = [], []
    for event in stream:
        events.append(event)
        times.append(time.perf_counter() - started)
    kinds = [e.type for e in events]
    assert kinds[-1] == "image_generation.completed"
    partials = [e for e in events if e.type == "image_generation.partial_image"]
    assert [p.partial_image_index for p in partials] == list(range(len(partials)))
    assert 1 <= len(partials) <= 2
    # every image that left, partials included, carries the request's record id
    assert {e.model_extra["record_id"] for e in events} == {events[-1].model_extra["record_id"]}
    assert events[-1].usage.output_tokens > 0
    print(f"\n{model}: first partial {times[0]:.2f}s, completed {times[-1]:.2f}s")


def test_stream_edit(client):
    stream = client.images.edit(
        model="tiny-sdxl",
        image=("in.png", png(noise(seed=4)), "image/png"),
        prompt="a boat",
        stream=True,
        partial_images=1,
    )
    kinds = [event.type for event in stream]
    assert kinds[-1] == "image_edit.completed" and kinds[0] == "image_edit.partial_image"


def test_client_disconnect_stops_the_stream_and_is_audited(serve_app):
    from tests.conftest import tenant_key

    body = {"model": "tiny-janus", "prompt": "a kite", "stream": True, "partial_images": 3}
    headers = {"Authorization": f"Bearer {DEV_KEY}"}
    with httpx.stream(
        "POST", f"{serve_app}/v1/images/generations", json=body, headers=headers, timeout=120
    ) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        lines = response.iter_lines()
        first = next(line for line in lines if line.startswith("data: "))
    record_id = json.loads(first[6:])["record_id"]
    auditor = {"Authorization": f"Bearer {tenant_key(None, 'auditor')}"}
    deadline = time.monotonic() + 30
    record = None
    while time.monotonic() < deadline:
        answer = httpx.get(f"{serve_app}/v1/audit/records/{record_id}", headers=auditor)
        if answer.status_code == 200:
            record = answer.json()
            break
        time.sleep(0.5)
    assert record is not None, "the stopped stream was not audited"
    assert record["reason"] == "stream stopped: client_disconnected"
    assert len(record["params"]["partial_records"]) == 1  # the one partial that left
