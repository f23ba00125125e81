"""A request's `adapters` through the HTTP API without Ray: 404 / 403 / 400 naming the field,
the authorised adapters (with their digests) handed to the model, the audit record, and the
multipart form field of edits."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from deployments.api import create_app
from deployments.api.service import ApiService
from deployments.settings import parse_settings
from governance.adapters import AdapterRegistry
from governance.audit import open_store
from governance.errors import OverloadedError
from governance.limits import MemoryLimitStore
from governance.moderation import ModerationResult
from governance.tenants import hash_api_key
from tests.unit.test_api import KEYS, REPO_ROOT, InProcessBackendsFake, bearer
from tests.unit.test_edits_api import IMAGE

pytestmark = pytest.mark.unit


class RecordingBackendsFake(InProcessBackendsFake):
    """Moderation passes; generation records what the model would receive, then answers 503
    (so the request ends without images)."""

    def __init__(self) -> None:
        super().__init__()
        self.generated: list = []
        self.nsfw = "passed"
        self.watermark_record_id: str | None = None

    async def moderate(self, prompt, negative_prompt, policy):
        return ModerationResult(False, {}, {})

    async def screen_input(self, data, mime, policy):
        return {
            "nsfw": {"decision": self.nsfw, "reason": None, "scores": {}},
            "c2pa": {"state": "absent", "manifest_id": None},
            "watermark_record_id": self.watermark_record_id,
        }

    async def generate(self, model, params):
        self.generated.append(params)
        raise OverloadedError("test: stop after generation was asked")


@pytest.fixture
def api(tmp_path: Path):
    return build_api(tmp_path)


def build_api(tmp_path: Path, backends: RecordingBackendsFake | None = None):
    """(client, service, backends, registry): tiny-sdxl takes adapters and a canny ControlNet."""
    registry = AdapterRegistry(tmp_path / "adapters")
    for adapter_id, shared, base in [
        ("acme/brand-v2", False, "tiny-sdxl"),
        ("acme/other", False, "tiny-sdxl"),
        ("globex/style", True, "tiny-sdxl"),
        ("globex/private", False, "tiny-sdxl"),
        ("acme/janus-style", False, "tiny-janus"),
    ]:
        weights = tmp_path / "w" / adapter_id / "pytorch_lora_weights.safetensors"
        weights.parent.mkdir(parents=True)
        weights.write_bytes(adapter_id.encode())
        registry.add(adapter_id, weights, base_model=base, base_revision="tiny-v1", shared=shared)
    folder = tmp_path / "w" / "controlnet"
    folder.mkdir(parents=True)
    (folder / "config.json").write_text("{}")
    (folder / "diffusion_pytorch_model.safetensors").write_bytes(b"controlnet")
    registry.add("studio/canny", folder, base_model="tiny-sdxl", kind="controlnet", shared=True)
    tenants = {
        "version": "unit-1",
        "tenants": [
            {
                "name": tenant,
                "keys": [
                    {"hash": hash_api_key(key), "role": role}
                    for (owner, role), key in KEYS.items()
                    if owner == tenant
                ],
                "policy": policy,
            }
            for tenant, policy in [
                ("acme", {"adapters": ["acme/brand-v2", "globex/style"]}),
                ("globex", {}),
            ]
        ],
    }
    (tmp_path / "tenants.yaml").write_text(yaml.safe_dump(tenants), encoding="utf-8")
    local = yaml.safe_load((REPO_ROOT / "config" / "local.yaml").read_text())
    args = local["applications"][0]["args"]
    args["tenants"] = []
    args["tenants_file"] = str(tmp_path / "tenants.yaml")
    args["adapters_url"] = str(tmp_path / "adapters")
    args["models"][0]["max_adapter_sets"] = 2  # tiny-sdxl takes adapters; tiny-janus none
    args["models"][0]["controlnets"] = {"canny": "studio/canny"}
    backends = backends or RecordingBackendsFake()
    audit = open_store(f"sqlite:///{tmp_path / 'audit.db'}")
    service = ApiService(parse_settings(args), backends, MemoryLimitStore(), audit=audit)
    return TestClient(create_app(service)), service, backends, registry


def generate(client, tenant="acme", model="tiny-sdxl", **fields):
    body = {"model": model, "prompt": "a red fox", "size": "256x256", **fields}
    return client.post("/v1/images/generations", json=body, headers=bearer(tenant, "generate"))


def error_of(answer, status: int) -> dict:
    assert answer.status_code == status, answer.text
    return answer.json()["error"]


def test_allowed_adapters_reach_the_model_with_their_digests_and_are_audited(api):
    client, service, backends, registry = api
    adapters = [{"id": "acme/brand-v2", "scale": 0.8}, {"id": "globex/style"}]
    error_of(generate(client, adapters=adapters), 503)
    (params,) = backends.generated
    assert [(a.id, a.scale) for a in params.adapters] == [
        ("acme/brand-v2", 0.8),
        ("globex/style", 1.0),
    ]
    assert params.adapters[0].sha256 == registry.get("acme/brand-v2").sha256
    (record,) = service.audit.list(tenant="acme")
    assert record.params["adapters"] == [a.record() for a in params.adapters]


def test_unknown_and_private_adapters_are_404(api):
    client, _, backends, _ = api
    for adapter in ("acme/missing", "globex/private"):
        error = error_of(generate(client, adapters=[{"id": adapter}]), 404)
        assert error["param"] == "adapters[0].id" and error["code"] == "adapter_not_found"
    assert backends.generated == []


def test_adapters_outside_the_policy_are_403(api):
    client, _, backends, _ = api
    error = error_of(
        generate(client, adapters=[{"id": "acme/brand-v2"}, {"id": "acme/other"}]), 403
    )
    assert error["param"] == "adapters[1].id" and error["code"] == "permission_denied"
    assert backends.generated == []


def test_wrong_base_model_is_400_naming_the_adapter(api, tmp_path):
    client, _, _, registry = api
    weights = tmp_path / "w" / "globex-janus.safetensors"
    weights.write_bytes(b"janus lora")
    registry.add("globex/janus", weights, base_model="tiny-janus")
    error = error_of(generate(client, tenant="globex", adapters=[{"id": "globex/janus"}]), 400)
    assert error["param"] == "adapters[0].id" and error["code"] == "adapter_base_mismatch"


def test_models_without_adapter_slots_refuse_adapters(api):
    client, _, _, _ = api
    error = error_of(
        generate(client, model="tiny-janus", size="384x384", adapters=[{"id": "acme/brand-v2"}]),
        400,
    )
    assert error["param"] == "adapters" and error["code"] == "adapters_unsupported"


def test_malformed_adapters_are_400(api):
    client, _, _, _ = api
    for adapters in ([{"id": "Not An Id"}], [{"id": "acme/brand-v2", "scale": 9}], [{}] * 5):
        answer = generate(client, adapters=adapters)
        assert answer.status_code == 400, adapters


def test_edits_take_adapters_as_a_json_form_field(api):
    client, _, backends, _ = api
    files = [("image", ("in.png", IMAGE, "image/png"))]
    data = {
        "model": "tiny-sdxl",
        "prompt": "make it blue",
        "adapters": '[{"id": "acme/brand-v2", "scale": 0.5}]',
    }
    answer = client.post(
        "/v1/images/edits", data=data, files=files, headers=bearer("acme", "generate")
    )
    error_of(answer, 503)
    (params,) = backends.generated
    assert params.is_edit and [(a.id, a.scale) for a in params.adapters] == [("acme/brand-v2", 0.5)]
    data["adapters"] = '[{"id": "acme/other"}]'
    answer = client.post(
        "/v1/images/edits", data=data, files=files, headers=bearer("acme", "generate")
    )
    assert error_of(answer, 403)["param"] == "adapters[0].id"
    data["adapters"] = "[{"
    answer = client.post(
        "/v1/images/edits", data=data, files=files, headers=bearer("acme", "generate")
    )
    assert answer.status_code == 400


CONTROL = {"type": "canny", "image": base64.b64encode(IMAGE).decode(), "scale": 0.8}


def test_control_is_screened_preprocessed_and_credited(api):
    client, service, backends, registry = api
    error_of(generate(client, control=CONTROL), 503)
    (params,) = backends.generated
    control = params.control
    assert (control.type, control.id, control.scale) == ("canny", "studio/canny", 0.8)
    assert control.sha256 == registry.get("studio/canny").sha256
    assert control.image.shape == (256, 256, 3)  # edges at the request's size
    (record,) = service.audit.list(tenant="acme")
    (entry,) = record.params["adapters"]
    assert entry["kind"] == "controlnet" and entry["id"] == "studio/canny"
    assert entry["image_sha256"] == hashlib.sha256(IMAGE).hexdigest()
    assert record.params["control_nsfw"] == "passed"


def test_control_errors_name_the_field(api):
    client, service, backends, _ = api
    error = error_of(generate(client, model="tiny-janus", size="384x384", control=CONTROL), 400)
    assert error["param"] == "control.type"
    bad = {**CONTROL, "image": "not base64!"}
    assert error_of(generate(client, control=bad), 400)["param"] == "control.image"
    not_image = {**CONTROL, "image": base64.b64encode(b"hello").decode()}
    assert error_of(generate(client, control=not_image), 400)["param"] == "control.image"
    backends.nsfw = "blocked"
    error = error_of(generate(client, control=CONTROL), 400)
    assert error["param"] == "control.image" and error["code"] == "content_policy_violation"
    assert backends.generated == []
    (refused,) = service.audit.list(tenant="acme")
    assert refused.outcome == "refused"
