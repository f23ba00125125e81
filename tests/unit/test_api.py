"""The HTTP API's decisions without a Ray cluster: the app is built over an ApiService whose
backends run in this process, and called through FastAPI's TestClient.

Who may read which audit records, what the public detection answer reveals, readiness, model
visibility and the documented error contract are all decided in deployments/api/; the e2e
tests check the same things through Serve.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient

from deployments.api import create_app
from deployments.api.audit import listing_tenant, readable_record
from deployments.api.provenance import may_see_private
from deployments.api.service import ApiService
from deployments.settings import parse_settings
from governance.audit import AuditRecord, open_store
from governance.errors import NotFoundError, PermissionDeniedError
from governance.limits import MemoryLimitStore
from governance.tenants import Principal, hash_api_key

pytestmark = pytest.mark.unit

REPO_ROOT = Path(__file__).resolve().parents[2]
KEYS = {
    ("acme", "generate"): "imp_unit_acme_generate",
    ("acme", "admin"): "imp_unit_acme_admin",
    ("globex", "generate"): "imp_unit_globex_generate",
    ("globex", "admin"): "imp_unit_globex_admin",
    (None, "auditor"): "imp_unit_auditor",
}


class InProcessBackendsFake:
    """A fake of `deployments.api.service.Backends` (the real one calls Serve handles).

    It honours the interface; readiness answers are scripted per component, and every call
    is recorded so tests can tell what was (not) woken."""

    replica_id = "unit-replica"

    def __init__(self) -> None:
        self.ready_answers: dict[str, Any] = {}
        self.zero: set[str] = set()
        self.calls: list[str] = []

    async def ready(self, component: str) -> None:
        self.calls.append(component)
        answer = self.ready_answers.get(component)
        if isinstance(answer, BaseException):
            raise answer
        if answer == "hang":
            import asyncio

            await asyncio.sleep(30)

    def scaled_to_zero(self) -> set[str]:
        return set(self.zero)

    async def generate(self, model, params):  # pragma: no cover - not reached by these tests
        raise NotImplementedError

    async def moderate(self, prompt, negative_prompt, policy):  # pragma: no cover
        raise NotImplementedError

    async def moderate_texts(self, texts, policy):  # pragma: no cover
        raise NotImplementedError

    async def govern_image(self, pixels, job):  # pragma: no cover
        raise NotImplementedError

    async def inspect(self, data, mime):  # pragma: no cover
        raise NotImplementedError


def _tenants_file(path: Path) -> Path:
    def keys(tenant: str) -> list[dict[str, str]]:
        return [
            {"hash": hash_api_key(key), "role": role}
            for (owner, role), key in KEYS.items()
            if owner == tenant
        ]

    document = {
        "version": "unit-1",
        "tenants": [
            {"name": "acme", "keys": keys("acme"), "policy": {"allowed_models": ["tiny-sdxl"]}},
            {"name": "globex", "keys": keys("globex")},
        ],
        "auditors": [{"hash": hash_api_key(KEYS[(None, "auditor")]), "role": "auditor"}],
    }
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return path


@pytest.fixture
def api(tmp_path: Path) -> tuple[TestClient, ApiService, InProcessBackendsFake]:
    local = yaml.safe_load((REPO_ROOT / "config" / "local.yaml").read_text())
    args = local["applications"][0]["args"]
    args["tenants"] = []
    args["tenants_file"] = str(_tenants_file(tmp_path / "tenants.yaml"))
    args["readiness_timeout_s"] = 0.2
    settings = parse_settings(args)
    audit = open_store(f"sqlite:///{tmp_path / 'audit.db'}")
    for tenant in ("acme", "acme", "globex"):
        audit.append(
            AuditRecord(
                tenant=tenant,
                model="tiny-sdxl",
                outcome="granted",
                policy_version="unit-1",
                prompt_sha256="0" * 64,
                request_id=f"req-{tenant}",
            )
        )
    backends = InProcessBackendsFake()
    service = ApiService(settings, backends, MemoryLimitStore(), audit=audit)
    return TestClient(create_app(service)), service, backends


def bearer(tenant: str | None, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {KEYS[(tenant, role)]}"}


def test_the_api_package_never_loads_ray():
    code = (
        "import sys, deployments.api, deployments.api.service; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'ray'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.replace("'", '"')) == []


def test_a_tenant_admin_lists_only_its_own_records(api):
    client, _, _ = api
    page = client.get("/v1/audit/records", headers=bearer("acme", "admin")).json()
    assert [r["tenant"] for r in page["data"]] == ["acme", "acme"]
    denied = client.get("/v1/audit/records?tenant=globex", headers=bearer("acme", "admin"))
    assert denied.status_code == 403 and denied.json()["error"]["param"] == "tenant"


def test_an_auditor_lists_everyone_and_can_filter(api):
    client, _, _ = api
    every = client.get("/v1/audit/records", headers=bearer(None, "auditor")).json()["data"]
    assert sorted(r["tenant"] for r in every) == ["acme", "acme", "globex"]
    only = client.get("/v1/audit/records?tenant=globex", headers=bearer(None, "auditor"))
    assert [r["tenant"] for r in only.json()["data"]] == ["globex"]


def test_generate_keys_read_no_audit_records(api):
    client, _, _ = api
    answer = client.get("/v1/audit/records", headers=bearer("acme", "generate"))
    assert answer.status_code == 403
    assert answer.json()["error"]["code"] == "permission_denied"


def test_another_tenants_record_is_not_found_for_an_admin(api):
    client, service, _ = api
    globex = service.audit.list(tenant="globex", limit=10)[0]
    hidden = client.get(f"/v1/audit/records/{globex.record_id}", headers=bearer("acme", "admin"))
    assert hidden.status_code == 404 and hidden.json()["error"]["param"] == "record_id"
    seen = client.get(f"/v1/audit/records/{globex.record_id}", headers=bearer(None, "auditor"))
    assert seen.status_code == 200 and seen.json()["record_id"] == globex.record_id


def test_chain_verification_is_for_auditors(api):
    client, _, _ = api
    assert client.get("/v1/audit/verify", headers=bearer("acme", "admin")).status_code == 403
    verdict = client.get("/v1/audit/verify", headers=bearer(None, "auditor"))
    assert verdict.status_code == 200 and verdict.json()["ok"] is True


def test_access_decisions_as_plain_functions(api):
    _, service, _ = api
    registry = service.registry
    admin = Principal(tenant="acme", role="admin", key_id="a")
    auditor = Principal(tenant=None, role="auditor", key_id="b")
    user = Principal(tenant="acme", role="generate", key_id="c")
    assert listing_tenant(admin, None) == "acme"
    assert listing_tenant(auditor, None) is None
    with pytest.raises(PermissionDeniedError):
        listing_tenant(admin, "globex")
    record = service.audit.list(tenant="globex", limit=1)[0]
    with pytest.raises(NotFoundError):
        readable_record(registry, admin, record, record.record_id)
    assert readable_record(registry, auditor, record, record.record_id) is record
    # the public detection answer: private fields for the tenant's own keys and auditors only
    assert not may_see_private(registry, None, "acme")
    assert may_see_private(registry, user, "acme")
    assert not may_see_private(registry, user, "globex")
    assert may_see_private(registry, admin, "acme") and may_see_private(registry, auditor, "acme")


def test_models_are_filtered_by_the_tenants_policy(api):
    client, _, _ = api
    acme = client.get("/v1/models", headers=bearer("acme", "generate")).json()["data"]
    assert [m["id"] for m in acme] == ["tiny-sdxl"]
    every = client.get("/v1/models", headers=bearer(None, "auditor")).json()["data"]
    assert [m["id"] for m in every] == ["tiny-sdxl", "tiny-janus", "tiny-emu3"]
    emu3 = every[2]
    assert (emu3["family"], emu3["architecture"]) == ("autoregressive", "emu3")
    assert emu3["aspect_ratios"] == {"1:1": "256x256", "4:3": "296x224", "3:4": "224x296"}


def test_wrong_key_is_401_in_openais_shape(api):
    client, _, _ = api
    answer = client.get("/v1/models", headers={"Authorization": "Bearer nope"})
    assert answer.status_code == 401
    assert set(answer.json()["error"]) == {"message", "type", "param", "code"}
    assert answer.json()["error"]["code"] == "invalid_api_key"


def test_readiness_names_the_laggard_and_says_retry(api):
    client, _, backends = api
    assert client.get("/readyz").status_code == 200
    backends.ready_answers["tiny-janus"] = RuntimeError("replica died")
    backends.ready_answers["governance"] = "hang"
    answer = client.get("/readyz")
    assert answer.status_code == 503 and answer.headers["Retry-After"] == "2"
    body = answer.json()
    assert body["models"] == {
        "tiny-sdxl": "ready",
        "tiny-janus": "unavailable (RuntimeError)",
        "tiny-emu3": "ready",
    }
    assert body["governance"] == "timeout" and body["audit"] == "ready"


def test_a_model_scaled_to_zero_is_ready_without_being_called(api):
    client, _, backends = api
    backends.zero = {"tiny-janus"}
    backends.ready_answers["tiny-janus"] = RuntimeError("would wake a GPU")
    answer = client.get("/readyz")
    assert answer.status_code == 200, answer.json()
    assert "tiny-janus" not in backends.calls
    assert {"tiny-sdxl", "tiny-emu3"} <= set(backends.calls)


def test_every_v1_route_documents_its_errors_in_openais_shape(api):
    client, _, _ = api
    schema = client.get("/openapi.json").json()
    assert "ErrorResponse" in schema["components"]["schemas"]
    for path, methods in schema["paths"].items():
        if not path.startswith("/v1/"):
            continue
        for method, operation in methods.items():
            errors = {code for code in operation["responses"] if code.startswith(("4", "5"))}
            assert errors, f"{method.upper()} {path} documents no error response"
            for code in errors:
                content = operation["responses"][code]["content"]["application/json"]
                assert content["schema"]["$ref"].endswith("/ErrorResponse"), (path, code)
    generate = schema["paths"]["/v1/images/generations"]["post"]["responses"]
    assert {"400", "401", "429", "503"} <= set(generate)
