"""The HTTP API's decisions without a Ray cluster: the app is built over an ApiService whose
backends run in this process, and called through FastAPI's TestClient.

Who may read which audit records, what the public detection answer reveals, readiness, model
visibility and the documented error contract are all decided in deployments/api/; the e2e
tests check the same things through Serve.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient

from deployments import metrics
from deployments.api import create_app
from deployments.api.audit import listing_tenant, readable_record
from deployments.api.provenance import may_see_private
from deployments.api.service import ApiService
from deployments.settings import parse_settings
from governance.audit import AuditRecord, AuditUnavailable, open_store, tlog
from governance.audit.checkpoint import open_checkpoint
from governance.audit.note import Signer, Verifier
from governance.errors import NotFoundError, PermissionDeniedError
from governance.limits import MemoryLimitStore
from governance.moderation import ModerationResult
from governance.provenance import SOFT_BINDING_ALG
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
        self.serve_states: dict[str, tuple[str, int]] | None = None
        self.calls: list[str] = []

    async def ready(self, component: str) -> dict[str, Any]:
        self.calls.append(component)
        answer = self.ready_answers.get(component)
        if isinstance(answer, BaseException):
            raise answer
        if answer == "hang":
            import asyncio

            await asyncio.sleep(30)
        return {"component": component, "revision": f"{component}-rev"}

    def model_replicas(self) -> dict[str, tuple[str, int]] | None:
        return self.serve_states

    async def generate(self, model, params):  # pragma: no cover - not reached by these tests
        raise NotImplementedError

    async def moderate(self, prompt, negative_prompt, policy):  # pragma: no cover
        raise NotImplementedError

    async def moderate_texts(self, texts, policy):
        # nothing flagged (the real moderator's verdicts are tested in test_moderation.py)
        return [ModerationResult(False, {}, {}) for _ in texts]

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
    # the public detection answer: private fields for the tenant's admins and auditors only,
    # as for audit reads (a `generate` key may not read its tenant's audit records either)
    assert not may_see_private(registry, None, "acme")
    assert not may_see_private(registry, user, "acme")
    assert not may_see_private(registry, user, "globex")
    assert may_see_private(registry, admin, "acme") and may_see_private(registry, auditor, "acme")
    assert not may_see_private(
        registry, Principal(tenant="globex", role="admin", key_id="d"), "acme"
    )


def test_withheld_images_manifests_do_not_resolve(api):
    client, service, _ = api
    records = {}
    for outcome, reason in (("granted", None), ("refused", "withheld: content_policy_violation")):
        record = AuditRecord(
            tenant="acme",
            model="tiny-sdxl",
            outcome=outcome,
            reason=reason,
            policy_version="unit-1",
            prompt_sha256="0" * 64,
            request_id=f"req-{outcome}",
            watermark_id=None,
            c2pa_manifest_id=f"urn:c2pa:unit-{outcome}",
            c2pa_manifest=base64.b64encode(b"manifest store bytes").decode("ascii"),
        )
        service.audit.append(record)
        records[outcome] = record
    alg = SOFT_BINDING_ALG
    granted, withheld = records["granted"], records["refused"]
    found = client.get(f"/v1/c2pa/manifests/{granted.c2pa_manifest_id}")
    assert found.status_code == 200 and found.content == b"manifest store bytes"
    assert client.get(f"/v1/c2pa/manifests/{withheld.c2pa_manifest_id}").status_code == 404
    matches = client.get(
        "/v1/c2pa/matches/byBinding", params={"alg": alg, "value": granted.record_id}
    )
    assert matches.json()["matches"] == [
        {"manifestId": granted.c2pa_manifest_id, "similarityScore": 100}
    ]
    matches = client.get(
        "/v1/c2pa/matches/byBinding", params={"alg": alg, "value": withheld.record_id}
    )
    assert matches.status_code == 200 and matches.json()["matches"] == []


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
    healthy = client.get("/readyz")
    assert healthy.status_code == 200
    assert healthy.json()["serve_status"] == "unknown"  # no Serve status: every model called
    assert healthy.json()["models"]["tiny-sdxl"] == {
        "state": "ready",
        "called": True,
        "replicas": None,
        "revision": "tiny-sdxl-rev",
    }
    backends.ready_answers["tiny-janus"] = RuntimeError("replica died")
    backends.ready_answers["governance"] = "hang"
    answer = client.get("/readyz")
    assert answer.status_code == 503 and answer.headers["Retry-After"] == "2"
    body = answer.json()
    assert body["models"]["tiny-sdxl"]["state"] == "ready"
    assert body["models"]["tiny-janus"]["state"] == "unavailable (RuntimeError)"
    assert body["governance"] == {"state": "timeout", "called": True}
    assert body["audit"] == {"state": "ready", "called": True}
    assert body["models"]["tiny-emu3"]["state"] == "ready"


def test_a_model_scaled_to_zero_is_ready_without_being_called(api):
    client, _, backends = api
    backends.serve_states = {"tiny-sdxl": ("HEALTHY", 2), "tiny-janus": ("HEALTHY", 0)}
    backends.ready_answers["tiny-janus"] = RuntimeError("would wake a GPU")
    answer = client.get("/readyz")
    assert answer.status_code == 200, answer.json()
    assert "tiny-janus" not in backends.calls
    assert {"tiny-sdxl", "tiny-emu3"} <= set(backends.calls)
    body = answer.json()
    assert body["serve_status"] == "known" and body["scaled_to_zero"] == ["tiny-janus"]
    assert body["models"]["tiny-janus"] == {
        "state": "scaled_to_zero",
        "called": False,
        "replicas": 0,
        "revision": None,
    }
    assert body["models"]["tiny-sdxl"]["replicas"] == 2


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


SQL_ERROR = (
    "audit read failed: canceling statement due to lock timeout\n"
    'CONTEXT: SQL statement "SELECT * FROM audit_records WHERE tenant = $1 FOR UPDATE"\n'
    "File /srv/imprimatur/governance/audit/postgres.py, line 193"
)


@pytest.mark.parametrize("failure", [AuditUnavailable, RuntimeError])
def test_a_5xx_carries_a_request_id_not_internal_details(api, monkeypatch, caplog, failure):
    client, service, _ = api

    def failing_list_fake(*args, **kwargs):
        """The audit store's list, failing as PostgreSQL did under a lock timeout."""
        raise failure(SQL_ERROR)

    monkeypatch.setattr(service.audit, "list", failing_list_fake)
    client = TestClient(client.app, raise_server_exceptions=False)
    with caplog.at_level("ERROR", logger="imprimatur.router"):
        answer = client.get("/v1/audit/records", headers=bearer(None, "auditor"))
    assert answer.status_code == 500
    request_id = answer.headers["X-Request-Id"]
    message = answer.json()["error"]["message"]
    assert request_id.startswith("req_") and request_id in message
    for leak in ("SELECT", "lock timeout", "/srv/", "postgres.py", "Traceback"):
        assert leak not in answer.text
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert request_id in logged and "lock timeout" in logged  # the details stay in the log


def test_a_rejected_tenants_file_is_reported_and_never_silent(api, tmp_path, monkeypatch):
    client, service, _ = api
    stale_values: list[float] = []
    monkeypatch.setattr(
        metrics, "tenants_file_stale", lambda stale: stale_values.append(float(stale))
    )
    admin = bearer("acme", "admin")
    assert client.get("/readyz").json()["tenants"] == "ready"
    # an edit that revokes acme's admin key but fails to parse: the last good file serves...
    path = Path(service.settings.tenants_path())
    good = path.read_text()
    path.write_text(good.replace("acme", "acme-revoked") + "\n  - : [broken\n")
    service.tenants._next_check = 0.0  # the next call checks the file now
    assert client.get("/v1/audit/records", headers=admin).status_code == 200
    body = client.get("/readyz").json()
    assert body["tenants"].startswith("stale: the changed file was rejected")
    assert "/" not in body["tenants"]  # no path or parser detail on a public endpoint
    assert stale_values[-1] == 1.0
    # ...until a good file loads: the revocation then applies and the report clears
    path.write_text(good.replace(hash_api_key(KEYS[("acme", "admin")]), hash_api_key("other")))
    service.tenants._next_check = 0.0
    assert client.get("/v1/audit/records", headers=admin).status_code == 401
    assert client.get("/readyz").json()["tenants"] == "ready"
    assert stale_values[-1] == 0.0


def test_public_endpoints_are_limited_per_caller(api):
    client, service, _ = api
    service.settings = service.settings.model_copy(update={"public_rate_limit_per_minute": 3})
    params = {"alg": SOFT_BINDING_ALG, "value": "0123456789abcdef"}
    for _ in range(3):
        assert client.get("/v1/c2pa/matches/byBinding", params=params).status_code == 200
    refused = client.get("/v1/c2pa/manifests/urn:c2pa:anything")  # the same caller's budget
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
    error = refused.json()["error"]
    assert error["param"] == "public_rate_limit_per_minute" and error["type"]
    # another caller (an API key on verify) has its own budget
    answer = client.post("/v1/provenance/verify", content=b"", headers=bearer("globex", "generate"))
    assert answer.status_code == 400  # counted and admitted, then refused for the empty body


def test_moderations_are_limited_per_key(api):
    client, service, _ = api
    service.settings = service.settings.model_copy(update={"moderation_rate_limit_per_minute": 2})
    body = {"input": ["a cat", "a dog"]}
    for _ in range(2):
        answer = client.post("/v1/moderations", json=body, headers=bearer("acme", "generate"))
        assert answer.status_code == 200 and len(answer.json()["results"]) == 2
    refused = client.post("/v1/moderations", json=body, headers=bearer("acme", "generate"))
    assert refused.status_code == 429 and refused.headers["Retry-After"]
    assert refused.json()["error"]["param"] == "moderation_rate_limit_per_minute"
    other = client.post("/v1/moderations", json=body, headers=bearer("globex", "generate"))
    assert other.status_code == 200


def test_per_address_limits_trust_forwarded_for_only_behind_a_proxy(api):
    client, service, _ = api
    service.settings = service.settings.model_copy(update={"public_rate_limit_per_minute": 1})
    params = {"alg": SOFT_BINDING_ALG, "value": "0123456789abcdef"}

    def call(forwarded: str) -> int:
        headers = {"X-Forwarded-For": forwarded}
        return client.get("/v1/c2pa/matches/byBinding", params=params, headers=headers).status_code

    # no trusted proxy: the header is the client's own claim, so it cannot buy a new budget
    assert [call("192.0.2.1"), call("192.0.2.2")] == [200, 429]
    # one trusted proxy (an ingress): the entry it appended is the caller
    service.settings = service.settings.model_copy(update={"trusted_proxy_hops": 1})
    assert [call("198.51.100.9, 203.0.113.1"), call("198.51.100.9, 203.0.113.2")] == [200, 200]
    assert call("forged, 203.0.113.1") == 429  # a forged prefix does not change the caller


# -- the audit log as a transparency log ---------------------------------------------------


@pytest.fixture
def log_key(monkeypatch: pytest.MonkeyPatch) -> Signer:
    signer = Signer.generate("unit.example/audit")
    monkeypatch.setenv("IMPRIMATUR_AUDIT_LOG_KEY", signer.skey)
    return signer


def test_checkpoint_and_key_are_public_and_verify(api, log_key):
    client, service, _ = api
    key = client.get("/v1/audit/checkpoint/key")
    assert key.status_code == 200 and key.text.strip() == log_key.verifier.vkey
    answer = client.get("/v1/audit/checkpoint")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/plain")
    cp = open_checkpoint(answer.text, Verifier.from_vkey(key.text)).checkpoint
    assert (cp.size, cp.root) == (3, service.audit.tree_head().root)
    service.audit.append(service.audit.list(limit=1)[0].model_copy(
        update={"record_id": "1" * 16, "seq": None, "prev_hash": None, "hash": None}
    ))  # fmt: skip
    later = open_checkpoint(client.get("/v1/audit/checkpoint").text, log_key.verifier)
    assert later.checkpoint.size == 4  # covers every record committed before the request


def test_inclusion_proofs_follow_record_visibility(api, log_key):
    client, service, _ = api
    acme, globex = service.audit.list(tenant="acme")[0], service.audit.list(tenant="globex")[0]
    url = f"/v1/audit/records/{acme.record_id}/proof"
    own = client.get(url, headers=bearer("acme", "admin"))
    assert own.status_code == 200
    body = own.json()
    cp = open_checkpoint(body["checkpoint"], log_key.verifier).checkpoint
    assert (body["tree_size"], body["leaf_index"]) == (cp.size, acme.seq - 1)
    path = [bytes.fromhex(h) for h in body["audit_path"]]
    leaf = bytes.fromhex(body["leaf_hash"])
    assert leaf == tlog.leaf_hash(acme.leaf_bytes())
    assert tlog.verify_inclusion(body["leaf_index"], cp.size, leaf, path, cp.root)
    older = client.get(f"{url}?tree_size=1", headers=bearer(None, "auditor")).json()
    assert open_checkpoint(older["checkpoint"], log_key.verifier).checkpoint.size == 1
    other = client.get(
        f"/v1/audit/records/{globex.record_id}/proof", headers=bearer("acme", "admin")
    )
    assert other.status_code == 404
    assert client.get(url, headers=bearer("acme", "generate")).status_code == 403
    too_big = client.get(f"{url}?tree_size=99", headers=bearer("acme", "admin"))
    assert too_big.status_code == 400 and too_big.json()["error"]["param"] == "tree_size"
    last = service.audit.list()[-1]
    before_it = client.get(
        f"/v1/audit/records/{last.record_id}/proof?tree_size=1", headers=bearer(None, "auditor")
    )
    assert before_it.status_code == 400


def test_consistency_proofs_are_for_auditors(api, log_key):
    client, service, _ = api
    assert (
        client.get("/v1/audit/consistency?first=1", headers=bearer("acme", "admin")).status_code
        == 403
    )
    body = client.get(
        "/v1/audit/consistency?first=1&second=3", headers=bearer(None, "auditor")
    ).json()
    proof = [bytes.fromhex(h) for h in body["proof"]]
    assert (body["first"], body["second"]) == (1, 3)
    assert tlog.verify_consistency(1, 3, service.audit.root(1), service.audit.root(3), proof)
    bad = client.get("/v1/audit/consistency?first=3&second=2", headers=bearer(None, "auditor"))
    assert bad.status_code == 400


def test_checkpoint_without_a_log_key_fails_closed(api, monkeypatch, caplog):
    client, service, _ = api
    monkeypatch.delenv("IMPRIMATUR_AUDIT_LOG_KEY", raising=False)
    monkeypatch.delenv("IMPRIMATUR_AUDIT_LOG_KEY_FILE", raising=False)
    service.settings.governance.__dict__["audit_log_dev_key"] = False  # production settings
    with caplog.at_level("ERROR", logger="imprimatur.router"):
        answer = client.get("/v1/audit/checkpoint")
    # a 5xx names its stage and request id; why (which key is missing) is in the log
    assert answer.status_code == 500 and "audit stage failed" in answer.json()["error"]["message"]
    request_id = answer.headers["X-Request-Id"]
    assert any(
        request_id in r.getMessage() and "sign checkpoints" in r.getMessage()
        for r in caplog.records
    )


def test_a_missing_body_and_a_missing_field_are_told_apart(api):
    client, _, _ = api
    headers = bearer("acme", "generate")
    empty = client.post("/v1/images/generations", headers=headers)
    assert empty.status_code == 400
    assert empty.json()["error"]["param"] is None
    assert "request body is missing" in empty.json()["error"]["message"]
    no_prompt = client.post("/v1/images/generations", json={"model": "tiny-sdxl"}, headers=headers)
    assert no_prompt.status_code == 400
    assert no_prompt.json()["error"] == {
        "message": "Missing required parameter: prompt",
        "type": "invalid_request_error",
        "param": "prompt",
        "code": "missing_required_parameter",
    }
