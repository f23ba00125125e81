"""Per-tenant LoRA adapters through the whole service on Ray Serve: Serve model multiplexing
(an LRU of `max_adapter_sets: 2` per tiny-sdxl replica), alternation, eviction, the metrics;
the `openai` SDK's `extra_body`, and the adapters' ids and digests in the image's credentials
and audit record.

Images leave watermarked with their own record id, so pixel equality is checked on what the
model deployment returns (called as the router calls it), and the HTTP path for the rest.
"""

from __future__ import annotations

import base64

import httpx
import numpy as np
import openai
import pytest
from ray import serve

from deployments.protocol import GenerationParams
from deployments.tiny_adapters import build_tiny_controlnet, build_tiny_lora
from governance.adapters import AdapterRegistry, AdapterUse, adapter_set_id
from tests.conftest import tenant_key
from tests.integration.test_metrics import find, poll

APP = "imprimatur"
STEPS = {"num_inference_steps": 1, "seed": 11}
SMALL = {"model": "tiny-sdxl", "size": "256x256", **STEPS}
# what the router hands the model: 64 px, 2 steps (the engine takes any multiple of 8)
PIXELS = dict(
    prompt="a brand mascot",
    negative_prompt=None,
    width=64,
    height=64,
    n=1,
    num_inference_steps=2,
    guidance_scale=5.0,
    seed=11,
)
ADAPTERS = ("acme/lora-a", "acme/lora-b", "acme/lora-c")


def bearer(tenant: str, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {tenant_key(tenant, role)}"}


@pytest.fixture(scope="module")
def registry(serve_app, state_dir, model_cache, tmp_path_factory) -> AdapterRegistry:
    """Three tiny LoRAs of tenant acme in the registry the service reads (state_dir/adapters)."""
    registry = AdapterRegistry(state_dir / "adapters")
    folder = tmp_path_factory.mktemp("loras")
    for seed, adapter_id in enumerate(ADAPTERS, start=1):
        weights = build_tiny_lora(folder / str(seed), seed, cache_dir=model_cache)
        registry.add(adapter_id, weights, base_model="tiny-sdxl", base_revision="tiny-v1")
    # the local config's `controlnets: {canny: demo/canny}`
    built = build_tiny_controlnet(folder / "controlnet", cache_dir=model_cache)
    registry.add("demo/canny", built, base_model="tiny-sdxl", kind="controlnet", shared=True)
    return registry


def generate(base: str, *adapters: str, tenant: str = "acme") -> httpx.Response:
    body = {**SMALL, "prompt": "a brand mascot"}
    if adapters:
        body["adapters"] = [{"id": adapter_id, "scale": 1.0} for adapter_id in adapters]
    headers = {"Authorization": f"Bearer {tenant_key(tenant, 'generate')}"}
    return httpx.post(f"{base}/v1/images/generations", json=body, headers=headers, timeout=300)


def test_adapters_through_serve_multiplexing_alternate_and_evict(
    serve_app, registry, ray_metrics_port
):
    """The model deployment called as the router calls it (a handle with the adapter set as
    multiplexed model id), so pixels compare exactly, before any watermark."""
    handle = serve.get_deployment_handle("tiny-sdxl", app_name=APP)

    def run(*ids: str) -> np.ndarray:
        uses = tuple(AdapterUse(i, registry.get(i).sha256, 1.0) for i in ids)
        params = GenerationParams(adapters=uses, tenant="acme", **PIXELS)
        call = handle.options(multiplexed_model_id=adapter_set_id(uses)) if uses else handle
        return call.generate.remote(params).result(timeout_s=300).images[0]

    a, b, c = ADAPTERS
    base = run()
    first = {(a,): run(a), (b,): run(b)}
    assert not np.array_equal(first[(a,)], base) and not np.array_equal(first[(b,)], base)
    assert not np.array_equal(first[(a,)], first[(b,)])
    for _ in range(2):  # alternating: each adapter gives its own image again, exactly
        assert np.array_equal(run(b), first[(b,)])
        assert np.array_equal(run(a), first[(a,)])
        assert np.array_equal(run(), base)
    # five distinct sets over at most 2 replicas x 2 slots: some set is evicted, and
    # reloading it gives the same image
    for ids in ((c,), (a, b), (b, c)):
        first[ids] = run(*ids)
        assert not np.array_equal(first[ids], base)
    for ids, expected in first.items():
        assert np.array_equal(run(*ids), expected), ids
    assert np.array_equal(run(), base)

    # Counters are per replica, and a replica that autoscaling removes takes its counters
    # with it, so the checks hold per replica: an LRU of 2 slots that evicted has loaded at
    # least 3 sets, and no replica holds more than 2 (loads - evictions <= 2).
    samples = poll(ray_metrics_port, lambda s: _lru_evidence(s) is not None)
    assert _lru_evidence(samples) is not None, per_replica(samples)
    assert all(loads - evicted <= 2 for loads, evicted in per_replica(samples).values())


def per_replica(samples) -> dict[str, tuple[float, float]]:
    """replica -> (adapter sets loaded, evicted) on tiny-sdxl."""
    counts: dict[str, list[float]] = {}
    for column, name in enumerate(("loads", "evictions")):
        for tags, value in find(samples, f"ray_imprimatur_adapter_{name}_total", model="tiny-sdxl"):
            counts.setdefault(tags.get("replica", "?"), [0.0, 0.0])[column] += value
    return {replica: (loads, evicted) for replica, (loads, evicted) in counts.items()}


def _lru_evidence(samples) -> str | None:
    """A replica that evicted after loading at least 3 sets, once some request hit a loaded set."""
    if not find(samples, "ray_imprimatur_adapter_requests_total", cache="hit"):
        return None
    for replica, (loads, evicted) in per_replica(samples).items():
        if evicted >= 1 and loads >= 3 and loads - evicted <= 2:
            return replica
    return None


def test_an_adapter_request_through_the_api_is_credited_in_the_image(serve_app, registry):
    """The `openai` SDK's extra_body, the audit record, and the image's own credentials."""
    client = openai.OpenAI(base_url=f"{serve_app}/v1", api_key=tenant_key("acme", "generate"))
    answer = client.images.generate(
        prompt="a brand mascot",
        model="tiny-sdxl",
        size="256x256",
        extra_body={"adapters": [{"id": "acme/lora-c", "scale": 0.7}], **STEPS},
    )
    data = base64.b64decode(answer.data[0].b64_json)
    digest = registry.get("acme/lora-c").sha256
    expected = [{"id": "acme/lora-c", "sha256": digest, "scale": 0.7}]
    verified = httpx.post(
        f"{serve_app}/v1/provenance/verify",
        content=data,
        headers={"Content-Type": "image/png", **bearer("acme", "admin")},
        timeout=120,
    ).json()
    assert verified["c2pa"]["state"] == "Trusted"
    assert verified["c2pa"]["adapters"] == expected
    assert verified["record"]["private"]["params"]["adapters"] == expected


def test_another_tenants_adapter_is_404_through_the_service(serve_app, registry):
    answer = generate(serve_app, "acme/lora-a", tenant="globex")
    assert answer.status_code == 404
    assert answer.json()["error"]["param"] == "adapters[0].id"


def test_a_canny_control_through_the_service(serve_app, registry):
    """ControlNet conditioning end to end: the control image screened and turned into edges by
    the router, the ControlNet loaded by the replica on first use, credited in the image."""
    import io

    from PIL import Image

    square = np.zeros((256, 256, 3), np.uint8)
    square[64:192, 64:192] = 255
    buffer = io.BytesIO()
    Image.fromarray(square).save(buffer, format="PNG")
    control = {"type": "canny", "image": base64.b64encode(buffer.getvalue()).decode()}
    answer = httpx.post(
        f"{serve_app}/v1/images/generations",
        json={**SMALL, "prompt": "a brand mascot", "control": {**control, "scale": 0.8}},
        headers=bearer("acme", "generate"),
        timeout=300,
    )
    assert answer.status_code == 200, answer.text
    data = base64.b64decode(answer.json()["data"][0]["b64_json"])
    verified = httpx.post(
        f"{serve_app}/v1/provenance/verify",
        content=data,
        headers={"Content-Type": "image/png"},
        timeout=120,
    ).json()
    (entry,) = verified["c2pa"]["adapters"]
    assert entry["kind"] == "controlnet" and entry["id"] == "demo/canny"
    assert entry["sha256"] == registry.get("demo/canny").sha256
    # a plain control image: an `inputTo` ingredient without credentials, and no lineage
    (ingredient,) = verified["c2pa"]["ingredients"]
    assert (ingredient["relationship"], ingredient["state"]) == ("inputTo", "absent")
    assert verified["record"]["derived_from"] == []


def test_our_own_image_as_control_keeps_its_lineage(serve_app, registry):
    """An image this service made, used as the control image: its record is the new record's
    lineage (through its watermark), and its manifest a Trusted `inputTo` ingredient."""
    first = generate(serve_app)
    assert first.status_code == 200, first.text
    parent = first.json()["data"][0]
    control = {"type": "canny", "image": parent["b64_json"], "scale": 0.8}
    answer = httpx.post(
        f"{serve_app}/v1/images/generations",
        json={**SMALL, "prompt": "a brand mascot", "control": control},
        headers=bearer("acme", "generate"),
        timeout=300,
    )
    assert answer.status_code == 200, answer.text
    verified = httpx.post(
        f"{serve_app}/v1/provenance/verify",
        content=base64.b64decode(answer.json()["data"][0]["b64_json"]),
        headers={"Content-Type": "image/png", **bearer("acme", "admin")},
        timeout=120,
    ).json()
    (ingredient,) = verified["c2pa"]["ingredients"]
    assert (ingredient["relationship"], ingredient["state"]) == ("inputTo", "Trusted")
    assert verified["record"]["derived_from"] == [
        {"record_id": parent["record_id"], "relationship": "inputTo"}
    ]
    (lineage,) = verified["record"]["private"]["params"]["lineage"]
    assert lineage["record_id"] == parent["record_id"] and lineage["c2pa_state"] == "Trusted"


def test_a_controlled_edit_through_the_sdk(serve_app, registry):
    """`control` on an edit with the `openai` SDK's extra_body (sent as control[...] form
    fields): the ControlNet inpainting pipeline on the replica, credited, an inputTo ingredient
    next to the edit's parentOf."""
    import io

    from PIL import Image

    rng = np.random.default_rng(3)
    source = Image.fromarray(rng.integers(0, 256, (256, 256, 3), dtype=np.uint8))
    square = np.zeros((256, 256, 3), np.uint8)
    square[64:192, 64:192] = 255
    alpha = np.full((256, 256), 255, np.uint8)
    alpha[:128] = 0  # repaint the top half
    files = {}
    for name, image in (
        ("source", source),
        ("control", Image.fromarray(square)),
        ("mask", Image.fromarray(np.dstack([square, alpha]), "RGBA")),
    ):
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        files[name] = buffer.getvalue()
    client = openai.OpenAI(base_url=f"{serve_app}/v1", api_key=tenant_key("acme", "generate"))
    answer = client.images.edit(
        model="tiny-sdxl",
        image=("in.png", files["source"], "image/png"),
        mask=("mask.png", files["mask"], "image/png"),
        prompt="a brand mascot",
        size="256x256",
        extra_body={
            "control": {"type": "canny", "image": base64.b64encode(files["control"]).decode()},
            "num_inference_steps": 2,  # x strength 0.7: one denoising step
            "seed": 11,
        },
    )
    data = base64.b64decode(answer.data[0].b64_json)
    verified = httpx.post(
        f"{serve_app}/v1/provenance/verify",
        content=data,
        headers={"Content-Type": "image/png"},
        timeout=120,
    ).json()
    assert verified["c2pa"]["state"] == "Trusted"
    relationships = sorted(i["relationship"] for i in verified["c2pa"]["ingredients"])
    assert relationships == ["inputTo", "parentOf"]
    (entry,) = verified["c2pa"]["adapters"]
    assert entry["kind"] == "controlnet" and entry["id"] == "demo/canny"
    out = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=np.int16)
    kept = np.abs(out[128:] - np.asarray(source, dtype=np.int16)[128:]).mean()
    assert kept < 8  # outside the mask: the input (up to the invisible watermark)
