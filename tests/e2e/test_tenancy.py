"""Multi-tenancy through the HTTP API: roles x endpoints x tenants, policies, limits across
router replicas, hot reload without restarting models, and keys and prompts kept out of logs."""

from __future__ import annotations

import base64
import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai
import pytest
from ray import serve

from governance.errors import RateLimitError
from governance.limits import TenantLimiter
from governance.tenants import TenantPolicy, hash_api_key, key_id_of
from tests.conftest import DEV_KEY, tenant_key

APP = "imprimatur"
SMALL = {"model": "tiny-sdxl", "size": "256x256", "num_inference_steps": 1}


def bearer(key: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"} if key else {}


def generate(base: str, key: str | None, **fields) -> httpx.Response:
    body = {**SMALL, "prompt": "a small lighthouse", **fields}
    return httpx.post(f"{base}/v1/images/generations", json=body, headers=bearer(key), timeout=120)


@pytest.fixture(scope="module")
def images(serve_app) -> dict[str, tuple[str, bytes]]:
    """One image made by each of acme and globex: (record id, PNG bytes)."""
    made = {}
    for tenant in ("acme", "globex"):
        response = generate(serve_app, tenant_key(tenant, "generate"))
        assert response.status_code == 200, response.text
        item = response.json()["data"][0]
        made[tenant] = (item["record_id"], base64.b64decode(item["b64_json"]))
    return made


ROLES = {
    "acme-generate": ("acme", "generate"),
    "acme-admin": ("acme", "admin"),
    "globex-generate": ("globex", "generate"),
    "globex-admin": ("globex", "admin"),
    "auditor": (None, "auditor"),
    "no-key": None,
}


def key_of(role: str) -> str | None:
    spec = ROLES[role]
    return None if spec is None else tenant_key(*spec)


# role -> expected status, for each endpoint; "own" means acme's record, "other" globex's
MATRIX = {
    "generate": {"acme-generate": 200, "acme-admin": 403, "globex-generate": 200,
                 "globex-admin": 403, "auditor": 403, "no-key": 401},
    "moderations": {"acme-generate": 200, "acme-admin": 403, "globex-generate": 200,
                    "globex-admin": 403, "auditor": 403, "no-key": 401},
    "models": {"acme-generate": 200, "acme-admin": 200, "globex-generate": 200,
               "globex-admin": 200, "auditor": 200, "no-key": 401},
    "audit_list": {"acme-generate": 403, "acme-admin": 200, "globex-generate": 403,
                   "globex-admin": 200, "auditor": 200, "no-key": 401},
    "audit_get_acme": {"acme-generate": 403, "acme-admin": 200, "globex-generate": 403,
                       "globex-admin": 404, "auditor": 200, "no-key": 401},
    "audit_get_globex": {"acme-generate": 403, "acme-admin": 404, "globex-generate": 403,
                         "globex-admin": 200, "auditor": 200, "no-key": 401},
    "audit_verify": {"acme-generate": 403, "acme-admin": 403, "globex-generate": 403,
                     "globex-admin": 403, "auditor": 200, "no-key": 401},
    # provenance verify is public (200 for all); the value is whether private fields show:
    # as for audit reads, only the tenant's admins and auditors see them
    "verify_acme_private": {"acme-generate": False, "acme-admin": True, "globex-generate": False,
                            "globex-admin": False, "auditor": True, "no-key": False},
}  # fmt: skip


def call(base: str, endpoint: str, key: str | None, images) -> httpx.Response:
    headers = bearer(key)
    if endpoint == "generate":
        return generate(base, key)
    if endpoint == "moderations":
        return httpx.post(f"{base}/v1/moderations", json={"input": "a cat"}, headers=headers)
    if endpoint == "models":
        return httpx.get(f"{base}/v1/models", headers=headers)
    if endpoint == "audit_list":
        return httpx.get(f"{base}/v1/audit/records", headers=headers, timeout=30)
    if endpoint.startswith("audit_get_"):
        record_id = images[endpoint.removeprefix("audit_get_")][0]
        return httpx.get(f"{base}/v1/audit/records/{record_id}", headers=headers, timeout=30)
    if endpoint == "audit_verify":
        return httpx.get(f"{base}/v1/audit/verify", headers=headers, timeout=60)
    if endpoint == "verify_acme_private":
        return httpx.post(
            f"{base}/v1/provenance/verify",
            content=images["acme"][1],
            headers={**headers, "Content-Type": "image/png"},
            timeout=60,
        )
    raise AssertionError(endpoint)


@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize("endpoint", list(MATRIX))
def test_role_endpoint_tenant_matrix(serve_app, images, endpoint, role):
    response = call(serve_app, endpoint, key_of(role), images)
    expected = MATRIX[endpoint][role]
    if endpoint == "verify_acme_private":
        assert response.status_code == 200
        record = response.json()["record"]
        assert record["record_id"] == images["acme"][0]
        assert ("private" in record) is expected
        return
    assert response.status_code == expected, response.text
    if expected >= 400:
        error = response.json()["error"]
        assert error["code"] in {"invalid_api_key", "permission_denied", "not_found"}
    if endpoint == "audit_list" and expected == 200:
        tenants = {record["tenant"] for record in response.json()["data"]}
        if role == "auditor":
            assert {"acme", "globex"} <= tenants
        else:
            assert tenants == {ROLES[role][0]}


def test_admin_cannot_ask_for_another_tenant(serve_app, images):
    response = httpx.get(
        f"{serve_app}/v1/audit/records",
        params={"tenant": "globex"},
        headers=bearer(tenant_key("acme", "admin")),
    )
    assert response.status_code == 403 and response.json()["error"]["param"] == "tenant"


def test_policy_limits_name_the_policy_field(serve_app):
    too_many = generate(serve_app, tenant_key("acme", "generate"), n=3)
    assert too_many.status_code == 400 and too_many.json()["error"]["param"] == "n"
    assert "max_n" in too_many.json()["error"]["message"]
    wrong_model = generate(
        serve_app, tenant_key("globex", "generate"), model="tiny-janus", size="auto"
    )
    assert wrong_model.status_code == 403 and wrong_model.json()["error"]["param"] == "model"
    too_big = generate(serve_app, tenant_key("globex", "generate"), size="1024x1024")
    assert too_big.status_code == 400 and too_big.json()["error"]["param"] == "size"
    models = httpx.get(f"{serve_app}/v1/models", headers=bearer(tenant_key("globex", "generate")))
    assert [m["id"] for m in models.json()["data"]] == ["tiny-sdxl"]


def test_audit_records_carry_the_policy_and_retention(serve_app, images):
    auditor = bearer(tenant_key(None, "auditor"))
    acme = httpx.get(f"{serve_app}/v1/audit/records/{images['acme'][0]}", headers=auditor).json()
    assert acme["policy_version"].startswith("acme-1@")
    assert acme["prompt"] is None and len(acme["prompt_sha256"]) == 64  # acme keeps hashes only
    globex = httpx.get(
        f"{serve_app}/v1/audit/records/{images['globex'][0]}", headers=auditor
    ).json()
    assert globex["policy_version"].startswith("globex-1@")
    assert globex["prompt"] == "a small lighthouse"
    assert globex["params"]["key_id"] == key_id_of(hash_api_key(tenant_key("globex", "generate")))
    assert "c2pa_manifest" not in globex and globex["c2pa_manifest_url"].startswith("/v1/c2pa/")


def test_audit_paging(serve_app, images):
    auditor = bearer(tenant_key(None, "auditor"))
    first = httpx.get(f"{serve_app}/v1/audit/records", params={"limit": 1}, headers=auditor).json()
    assert len(first["data"]) == 1 and first["next_after_seq"] == first["data"][0]["seq"]
    second = httpx.get(
        f"{serve_app}/v1/audit/records",
        params={"limit": 1, "after_seq": first["next_after_seq"]},
        headers=auditor,
    ).json()
    assert second["data"][0]["seq"] > first["data"][0]["seq"]
    bad = httpx.get(f"{serve_app}/v1/audit/records", params={"limit": 0}, headers=auditor)
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "limit"


def test_rate_limit_holds_across_router_replicas(serve_app):
    routers = serve.status().applications[APP].deployments["router"].replica_states
    assert routers.get("RUNNING", 0) == 2
    key = tenant_key("limited", "generate")
    # The limiter counts per clock minute (governance/limits.py: fixed windows, which admit up
    # to twice the limit across a minute's boundary), so the requests start early in a minute
    # and only those sent and answered within that minute are counted.
    if time.time() % 60 > 30:
        time.sleep(60.5 - time.time() % 60)
    window = int(time.time() // 60)
    statuses, replicas = [], set()
    for _ in range(40):
        response = generate(serve_app, key)
        if int(time.time() // 60) != window:
            break
        statuses.append(response.status_code)
        replicas.add(response.headers.get("x-imprimatur-replica"))
        if response.status_code == 429:
            error = response.json()["error"]
            assert error["code"] == "rate_limit_exceeded"
            assert error["param"] == "rate_limit_per_minute"
            assert int(response.headers["retry-after"]) >= 1
        if len(replicas - {None}) == 2 and len(statuses) >= 8:
            break
    assert len(replicas - {None}) == 2, "both router replicas answered"
    assert statuses.count(200) == 3, statuses  # the tenant's limit, not 3 per replica
    assert set(statuses) == {200, 429}


def test_daily_quota_counts_images(serve_app):
    key = tenant_key("quota", "generate")
    assert generate(serve_app, key, n=2).status_code == 200
    assert generate(serve_app, key, n=2).status_code == 200
    refused = generate(serve_app, key, n=1)
    assert refused.status_code == 429
    assert refused.json()["error"]["param"] == "image_quota_per_day"
    # the quota lives outside the replicas: a limiter of our own on the same store agrees
    from deployments.limits_actor import RayActorLimitStore

    ours = TenantLimiter(RayActorLimitStore())
    with pytest.raises(RateLimitError) as info:
        ours.admit("quota", TenantPolicy(max_n=2, image_quota_per_day=4), 1)
    assert info.value.param == "image_quota_per_day"


def test_openai_client_maps_errors_to_its_classes(serve_app):
    def client(key: str) -> openai.OpenAI:
        return openai.OpenAI(base_url=f"{serve_app}/v1", api_key=key, max_retries=0, timeout=60)

    def make(key: str, **extra):
        return client(key).images.generate(
            model="tiny-sdxl", prompt="a kite", size="256x256", response_format="b64_json", **extra
        )

    with pytest.raises(openai.AuthenticationError):
        make("not-a-key")
    with pytest.raises(openai.PermissionDeniedError):
        make(tenant_key("acme", "admin"))
    with pytest.raises(openai.BadRequestError):
        make(tenant_key("acme", "generate"), n=3)
    with pytest.raises(openai.RateLimitError):
        for _ in range(5):
            make(tenant_key("limited", "generate"))


def test_revoked_key_is_refused_within_seconds_without_restarting_models(serve_app, tenants_file):
    key = tenant_key("acme", "generate", "revocable")
    handle = serve.get_deployment_handle("tiny-sdxl", app_name=APP)
    before = handle.ready.remote().result(timeout_s=60)["replica_id"]
    assert httpx.get(f"{serve_app}/v1/models", headers=bearer(key)).status_code == 200
    script = Path(sys.executable).with_name("imprimatur")
    subprocess.run(
        [str(script), "keys", "revoke", key_id_of(hash_api_key(key)), "--file", str(tenants_file)],
        check=True,
        capture_output=True,
    )
    deadline = time.monotonic() + 20
    statuses = []
    while time.monotonic() < deadline:
        # every router replica must have reloaded: ask several times
        statuses = [
            httpx.get(f"{serve_app}/v1/models", headers=bearer(key)).status_code for _ in range(6)
        ]
        if set(statuses) == {401}:
            break
        time.sleep(0.5)
    assert set(statuses) == {401}
    response = generate(serve_app, key)
    assert response.status_code == 401 and "revoked" in response.json()["error"]["message"]
    after = handle.ready.remote().result(timeout_s=60)["replica_id"]
    assert after == before, "the model replica was not restarted"
    assert generate(serve_app, tenant_key("acme", "generate")).status_code == 200


def test_keys_and_prompts_never_reach_the_logs(serve_app):
    import ray

    secret_prompt = "a teal heron standing in fog number 5f3a9c"
    key = tenant_key("globex", "generate")
    assert generate(serve_app, key, prompt=secret_prompt).status_code == 200
    refused = generate(serve_app, key, prompt="explicit nude photo, genitals visible 5f3a9c")
    assert refused.status_code == 400
    bad = generate(serve_app, "imp_wrong_" + DEV_KEY)
    assert bad.status_code == 401
    time.sleep(2)  # let the replicas flush their log files
    session = Path(ray._private.worker._global_node.get_session_dir_path())
    logs = [p for p in (session / "logs").rglob("*") if p.is_file()]
    assert logs
    secrets_to_find = [
        secret_prompt,
        "5f3a9c",
        DEV_KEY,
        *[
            tenant_key(t, r)
            for t, r in [
                ("acme", "generate"),
                ("acme", "admin"),
                ("globex", "generate"),
                (None, "auditor"),
            ]
        ],
    ]
    for path in logs:
        text = path.read_bytes().decode("utf-8", "replace")
        for secret in secrets_to_find:
            assert secret not in text, f"{secret[:12]}... found in {path.name}"
