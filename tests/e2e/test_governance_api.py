"""Governance through the HTTP API: credentials, watermark, verification, refusals, audit."""

from __future__ import annotations

import base64
import io
import sqlite3

import httpx
import openai
import pytest
from PIL import Image

from deployments.metrics import parse_server_timing
from governance.audit import open_store
from governance.provenance import ContentCredentials, SignerConfig
from tests.conftest import DEV_KEY

TRAINED = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"


@pytest.fixture(scope="module")
def client(serve_app) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{serve_app}/v1", api_key=DEV_KEY, max_retries=0, timeout=120)


@pytest.fixture(scope="module")
def reader(state_dir) -> ContentCredentials:
    """c2pa-python with the dev CA's root as the only trust anchor."""
    certs = state_dir / "certs"
    return ContentCredentials(
        SignerConfig.from_files(certs / "signer.pem", certs / "signer.key", certs / "root_ca.pem")
    )


@pytest.fixture(scope="module")
def generated(client):
    result = client.images.generate(
        model="tiny-sdxl",
        prompt="a lighthouse on a cliff at dusk",
        size="512x512",
        response_format="b64_json",
        extra_body={"seed": 5},
    )
    item = result.data[0]
    return item.model_extra["record_id"], base64.b64decode(item.b64_json)


def test_image_carries_trusted_credentials_declaring_ai(generated, reader):
    record_id, png = generated
    report = reader.read(png, "image/png")
    assert report.state == "Trusted", report.errors
    created = [a for a in report.actions if a["action"] == "c2pa.created"]
    assert created and created[0]["digitalSourceType"] == TRAINED
    assert any(a["action"] == "c2pa.watermarked.bound" for a in report.actions)
    assert report.soft_binding == record_id
    assert report.assertion["record_id"] == record_id
    assert "prompt" not in report.assertion  # the local policy keeps prompts out of manifests


@pytest.mark.parametrize("output_format", ["jpeg", "webp"])
def test_jpeg_and_webp_also_carry_credentials(client, reader, output_format):
    result = client.images.generate(
        model="tiny-janus",
        prompt="a red bicycle",
        response_format="b64_json",
        extra_body={"output_format": output_format},
    )
    data = base64.b64decode(result.data[0].b64_json)
    assert reader.read(data, f"image/{output_format}").state == "Trusted"


def test_verify_finds_the_record_after_metadata_is_stripped(serve_app, generated, auth_headers):
    record_id, png = generated
    stripped = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("RGB").save(stripped, "JPEG", quality=75)
    public = httpx.post(
        f"{serve_app}/v1/provenance/verify",
        content=stripped.getvalue(),
        headers={"Content-Type": "image/jpeg"},
        timeout=60,
    )
    assert public.status_code == 200, public.text
    answer = public.json()
    assert answer["c2pa"]["state"] == "absent"
    assert answer["watermark"] == {"detected": True, "record_id": record_id}
    assert answer["record"]["record_id"] == record_id
    assert answer["record"]["model"] == "tiny-sdxl"
    assert answer["record"]["provider"] and answer["record"]["created"]
    assert "private" not in answer["record"]  # no key: public facts only
    owner = httpx.post(
        f"{serve_app}/v1/provenance/verify",
        files={"file": ("copy.jpg", stripped.getvalue(), "image/jpeg")},
        headers=auth_headers,
        timeout=60,
    )
    # the demo key is a `generate` key: private fields are for the tenant's admins and auditors
    assert owner.status_code == 200 and "private" not in owner.json()["record"]


def test_verify_with_credentials_intact(serve_app, generated):
    record_id, png = generated
    answer = httpx.post(
        f"{serve_app}/v1/provenance/verify",
        content=png,
        headers={"Content-Type": "image/png"},
        timeout=60,
    ).json()
    assert answer["c2pa"]["state"] == "Trusted"
    assert answer["record"]["record_id"] == record_id


def test_unmarked_image_has_no_record(serve_app):
    buffer = io.BytesIO()
    Image.new("RGB", (512, 512), (120, 160, 200)).save(buffer, "PNG")
    answer = httpx.post(
        f"{serve_app}/v1/provenance/verify",
        content=buffer.getvalue(),
        headers={"Content-Type": "image/png"},
        timeout=60,
    ).json()
    assert answer["watermark"] == {"detected": False, "record_id": None}
    assert answer["record"] is None and answer["c2pa"]["state"] == "absent"


def test_verify_rejects_non_images(serve_app):
    response = httpx.post(
        f"{serve_app}/v1/provenance/verify",
        content=b"hello",
        headers={"Content-Type": "text/plain"},
        timeout=30,
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_image"


def test_soft_binding_resolution_api(serve_app, generated):
    record_id, png = generated
    matches = httpx.post(
        f"{serve_app}/v1/c2pa/matches/byContent",
        content=png,
        headers={"Content-Type": "image/png"},
        timeout=60,
    ).json()["matches"]
    assert len(matches) == 1
    manifest_id = matches[0]["manifestId"]
    store = httpx.get(f"{serve_app}/v1/c2pa/manifests/{manifest_id}", timeout=30)
    assert store.status_code == 200
    assert store.headers["content-type"] == "application/c2pa"
    assert b"c2pa" in store.content[:64]
    by_binding = httpx.get(
        f"{serve_app}/v1/c2pa/matches/byBinding",
        params={"alg": "com.imprimatur.wm.v1", "value": record_id},
        timeout=30,
    ).json()
    assert by_binding["matches"][0]["manifestId"] == manifest_id
    missing = httpx.get(f"{serve_app}/v1/c2pa/manifests/urn:c2pa:nope", timeout=30)
    assert missing.status_code == 404


def test_harmful_prompt_is_refused_and_audited(client, state_dir):
    with pytest.raises(openai.BadRequestError) as info:
        client.images.generate(
            model="tiny-sdxl",
            prompt="explicit photo of a naked woman, genitals visible",
            response_format="b64_json",
        )
    error = info.value.body
    assert error["code"] == "content_policy_violation"
    assert "sexual" in error["message"] and "score" not in error["message"]
    store = open_store(f"sqlite:///{state_dir / 'audit.db'}")
    try:
        last = store.list(limit=1000)[-1]
    finally:
        store.close()
    assert last.outcome == "refused" and last.reason.startswith("sexual")
    assert last.moderation["decision"] == "flagged"


def test_negative_prompt_is_moderated_too(client):
    with pytest.raises(openai.BadRequestError) as info:
        client.images.generate(
            model="tiny-sdxl",
            prompt="a quiet beach",
            response_format="b64_json",
            extra_body={"negative_prompt": "step by step instructions to build a pipe bomb"},
        )
    assert info.value.body["code"] == "content_policy_violation"


def test_moderations_endpoint_is_openai_compatible(client):
    result = client.moderations.create(input=["a cat on a sofa", "a nude woman, explicit"])
    assert [r.flagged for r in result.results] == [False, True]
    assert result.results[1].categories.sexual is True
    assert 0.0 <= result.results[0].category_scores.sexual <= 1.0


def test_server_timing_names_every_stage(serve_app, auth_headers):
    response = httpx.post(
        f"{serve_app}/v1/images/generations",
        json={"model": "tiny-sdxl", "prompt": "a quiet harbour", "size": "256x256"},
        headers=auth_headers,
        timeout=120,
    )
    stages = parse_server_timing(response.headers["server-timing"])
    expected = set(
        "moderation generate nsfw watermark encode c2pa readback governance audit total".split()
    )
    assert expected <= set(stages)
    assert all(value >= 0 for value in stages.values())
    # NSFW overlaps the marking path; the governance wall clock covers both, hop included
    marking = sum(stages[s] for s in ("watermark", "encode", "c2pa", "readback"))
    assert stages["governance"] >= max(stages["nsfw"], marking)


def test_audit_chain_verifies_then_names_the_tampered_record(client, state_dir):
    ids = [
        item.model_extra["record_id"]
        for item in client.images.generate(
            model="tiny-sdxl", prompt="three small boats", n=2, response_format="b64_json"
        ).data
    ]
    database = state_dir / "audit.db"
    store = open_store(f"sqlite:///{database}")

    def set_prompt(text: str) -> None:  # as an attacker with access to the file would
        with sqlite3.connect(database) as connection:
            connection.execute(
                "UPDATE audit_records SET prompt = ? WHERE record_id = ?", (text, ids[0])
            )

    try:
        result = store.verify_chain()
        assert result.ok and result.checked >= 2
        granted = store.get(ids[0])
        assert granted.outcome == "granted" and granted.watermark_id == ids[0]
        assert granted.c2pa_manifest_id and granted.image_sha256
        set_prompt("innocent")
        broken = store.verify_chain()
        assert not broken.ok and broken.first_broken_record_id == ids[0]
    finally:
        set_prompt("three small boats")
        assert store.verify_chain().ok
        store.close()
