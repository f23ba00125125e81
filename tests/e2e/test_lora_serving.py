"""Per-tenant LoRA adapters through the whole service on Ray Serve: the `openai` SDK's
`extra_body`, Serve model multiplexing (an LRU of `max_adapter_sets: 2` per tiny-sdxl replica),
eviction, the metrics, and the adapters' ids and digests in the image's credentials.

Images leave watermarked with their own record id, so two answers to the same request differ
by the watermark; "the same image" here means far closer than an adapter moves it.
"""

from __future__ import annotations

import base64
import io

import httpx
import numpy as np
import openai
import pytest
from PIL import Image

from deployments.tiny_adapters import build_tiny_lora
from governance.adapters import AdapterRegistry
from tests.conftest import tenant_key
from tests.integration.test_metrics import find, poll

SMALL = {"model": "tiny-sdxl", "size": "256x256", "num_inference_steps": 1, "seed": 11}
ADAPTERS = ("acme/lora-a", "acme/lora-b", "acme/lora-c")


@pytest.fixture(scope="module")
def registry(serve_app, state_dir, model_cache, tmp_path_factory) -> AdapterRegistry:
    """Three tiny LoRAs of tenant acme in the registry the service reads (state_dir/adapters)."""
    registry = AdapterRegistry(state_dir / "adapters")
    folder = tmp_path_factory.mktemp("loras")
    for seed, adapter_id in enumerate(ADAPTERS, start=1):
        weights = build_tiny_lora(folder / str(seed), seed, cache_dir=model_cache)
        registry.add(adapter_id, weights, base_model="tiny-sdxl", base_revision="tiny-v1")
    return registry


def pixels(item: dict) -> np.ndarray:
    data = base64.b64decode(item["b64_json"])
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(np.int16)


def generate(base: str, *adapters: str, tenant: str = "acme") -> httpx.Response:
    body = {**SMALL, "prompt": "a brand mascot"}
    if adapters:
        body["adapters"] = [{"id": adapter_id, "scale": 1.0} for adapter_id in adapters]
    headers = {"Authorization": f"Bearer {tenant_key(tenant, 'generate')}"}
    return httpx.post(f"{base}/v1/images/generations", json=body, headers=headers, timeout=300)


def image_of(base: str, *adapters: str) -> tuple[np.ndarray, dict]:
    answer = generate(base, *adapters)
    assert answer.status_code == 200, answer.text
    item = answer.json()["data"][0]
    return pixels(item), item


def distance(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a - b).mean())


def test_adapters_change_images_alternate_evict_and_are_counted(
    serve_app, registry, ray_metrics_port
):
    base, _ = image_of(serve_app)
    base_again, _ = image_of(serve_app)
    same = distance(base, base_again)  # only the watermarks differ
    # through the openai SDK, as a client sends it
    client = openai.OpenAI(base_url=f"{serve_app}/v1", api_key=tenant_key("acme", "generate"))
    answer = client.images.generate(
        prompt="a brand mascot",
        model="tiny-sdxl",
        size="256x256",
        extra_body={
            "adapters": [{"id": "acme/lora-a", "scale": 1.0}],
            "seed": 11,
            "num_inference_steps": 1,
        },
    )
    with_a = pixels(answer.data[0].model_dump())
    with_b, _ = image_of(serve_app, "acme/lora-b")
    assert distance(with_a, base) > 5 * same + 1
    assert distance(with_b, base) > 5 * same + 1
    assert distance(with_a, with_b) > 5 * same + 1
    # alternating: each adapter gives its own image again, and no adapter gives the base
    for _ in range(2):
        assert distance(image_of(serve_app, "acme/lora-a")[0], with_a) <= 2 * same + 1
        assert distance(image_of(serve_app, "acme/lora-b")[0], with_b) <= 2 * same + 1
    assert distance(image_of(serve_app)[0], base) <= 2 * same + 1
    # a third set on a replica holding two evicts the least recently used one
    _, item_c = image_of(serve_app, "acme/lora-c")
    assert distance(image_of(serve_app, "acme/lora-a")[0], with_a) <= 2 * same + 1

    samples = poll(
        ray_metrics_port,
        lambda s: (
            bool(find(s, "ray_imprimatur_adapter_evictions_total", model="tiny-sdxl"))
            and bool(find(s, "ray_imprimatur_adapter_requests_total", cache="hit"))
        ),
    )
    loads = sum(v for _, v in find(samples, "ray_imprimatur_adapter_loads_total"))
    evictions = sum(v for _, v in find(samples, "ray_imprimatur_adapter_evictions_total"))
    hits = sum(v for _, v in find(samples, "ray_imprimatur_adapter_requests_total", cache="hit"))
    assert loads >= 3 and evictions >= 1 and hits >= 1

    # the image's credentials name the adapter and its digest
    verified = httpx.post(
        f"{serve_app}/v1/provenance/verify",
        content=base64.b64decode(item_c["b64_json"]),
        headers={"Content-Type": "image/png"},
        timeout=120,
    ).json()
    digest = registry.get("acme/lora-c").sha256
    assert verified["c2pa"]["adapters"] == [{"id": "acme/lora-c", "sha256": digest, "scale": 1.0}]


def test_another_tenants_adapter_is_404_through_the_service(serve_app, registry):
    answer = generate(serve_app, "acme/lora-a", tenant="globex")
    assert answer.status_code == 404
    assert answer.json()["error"]["param"] == "adapters[0].id"
