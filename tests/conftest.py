"""Shared fixtures. One local Ray cluster per test session, started only if a test asks for it."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"
DEV_KEY = "imprimatur-test-key"
# Ray's logical CPUs: more than the 2 cores so autoscaled replicas never wait on accounting.
RAY_NUM_CPUS = 6


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test by its folder (unit / integration / e2e / chaos)."""
    for item in items:
        parts = Path(str(item.fspath)).parts
        for kind in ("unit", "integration", "e2e", "chaos"):
            if kind in parts:
                item.add_marker(getattr(pytest.mark, kind))


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Tiny models are built once per session, in a throwaway folder."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def ray_metrics_port() -> int:
    """Port of Ray's Prometheus metrics endpoint on the session's cluster."""
    from deployments.local_cluster import free_port

    return free_port()


@pytest.fixture(scope="session")
def state_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app's IMPRIMATUR_HOME for the session: SQLite audit and the dev CA live here."""
    from governance.certs import ensure_dev_ca

    home = tmp_path_factory.mktemp("imprimatur-home")
    ensure_dev_ca(home / "certs")
    return home


# Test keys by (tenant, role, label); the session's tenants file holds only their hashes.
TENANT_KEYS: dict[tuple[str | None, str, str], str] = {
    (tenant, role, label): f"imp_test_{tenant or 'global'}_{role}_{label}_{secrets.token_hex(8)}"
    for tenant, role, label in [
        ("acme", "generate", "main"),
        ("acme", "admin", "main"),
        ("acme", "generate", "revocable"),
        ("globex", "generate", "main"),
        ("globex", "admin", "main"),
        ("limited", "generate", "main"),
        ("quota", "generate", "main"),
        (None, "auditor", "main"),
    ]
}


def tenant_key(tenant: str | None, role: str, label: str = "main") -> str:
    return TENANT_KEYS[(tenant, role, label)]


def write_tenants_file(path: Path) -> None:
    from governance.tenants import hash_api_key

    policies = {
        "acme": {"version": "acme-1", "max_n": 2, "keep_prompts": False},
        "globex": {"version": "globex-1", "allowed_models": ["tiny-sdxl"], "max_size": 512},
        "limited": {"version": "limited-1", "rate_limit_per_minute": 3},
        "quota": {"version": "quota-1", "max_n": 2, "image_quota_per_day": 4},
    }
    tenants = []
    for name, policy in policies.items():
        keys = [
            {"hash": hash_api_key(key), "role": role, "label": label}
            for (tenant, role, label), key in TENANT_KEYS.items()
            if tenant == name
        ]
        tenants.append({"name": name, "keys": keys, "policy": policy})
    auditors = [
        {"hash": hash_api_key(key), "role": "auditor", "label": label}
        for (tenant, _, label), key in TENANT_KEYS.items()
        if tenant is None
    ]
    document = {
        "version": "test-1",
        "default_policy": {"max_n": 4, "max_size": 1024},
        "tenants": tenants,
        "auditors": auditors,
    }
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="session")
def tenants_file(state_dir: Path) -> Path:
    path = state_dir / "tenants.yaml"
    write_tenants_file(path)
    return path


@pytest.fixture(scope="session")
def serve_app(
    model_cache: Path, state_dir: Path, tenants_file: Path, ray_metrics_port: int
) -> Iterator[str]:
    """The local config deployed on one Ray cluster for the whole session; yields the base URL.

    Overrides for tests: a private model cache, a small model queue (4 ongoing, 2 queued) for
    tiny-janus so the overload test can fill it, a dev key of our own, the session's tenants
    file, and two router replicas so limits are tested across replicas.
    """
    from deployments import local_cluster

    os.environ["IMPRIMATUR_DEV_KEY"] = DEV_KEY
    os.environ["IMPRIMATUR_MODEL_CACHE"] = str(model_cache)
    os.environ["IMPRIMATUR_HOME"] = str(state_dir)
    os.environ.pop("IMPRIMATUR_AUDIT_URL", None)
    config = local_cluster.load_config()
    app = config["applications"][0]
    app["args"]["model_cache_dir"] = str(model_cache)
    app["args"]["tenants_file"] = str(tenants_file)
    app["args"]["tenants_reload_s"] = 0.5
    local_cluster.deployment_overrides(config, "router")["num_replicas"] = 2
    local_cluster.deployment_overrides(config, "tiny-janus")["max_queued_requests"] = 2
    local_cluster.deployment_overrides(config, "tiny-janus")["max_ongoing_requests"] = 4
    local_cluster.start_ray(num_cpus=RAY_NUM_CPUS, metrics_export_port=ray_metrics_port)
    try:
        yield local_cluster.deploy(config, local_cluster.free_port())
    finally:
        local_cluster.shutdown()


@pytest.fixture(scope="session")
def auth_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {DEV_KEY}"}
