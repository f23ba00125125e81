"""Shared fixtures. One local Ray cluster per test session, started only if a test asks for it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"
DEV_KEY = "imprimatur-test-key"
# Ray's logical CPUs: more than the 2 cores so autoscaled replicas never wait on accounting.
RAY_NUM_CPUS = 6


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test by its folder (unit / integration / e2e)."""
    for item in items:
        parts = Path(str(item.fspath)).parts
        for kind in ("unit", "integration", "e2e"):
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


@pytest.fixture(scope="session")
def serve_app(model_cache: Path, state_dir: Path, ray_metrics_port: int) -> Iterator[str]:
    """The local config deployed on one Ray cluster for the whole session; yields the base URL.

    Overrides for tests: a private model cache, a small model queue for tiny-janus so the
    overload test can fill it, and a dev key of our own.
    """
    from deployments import local_cluster

    os.environ["IMPRIMATUR_DEV_KEY"] = DEV_KEY
    os.environ["IMPRIMATUR_MODEL_CACHE"] = str(model_cache)
    os.environ["IMPRIMATUR_HOME"] = str(state_dir)
    os.environ.pop("IMPRIMATUR_AUDIT_URL", None)
    config = local_cluster.load_config()
    app = config["applications"][0]
    app["args"]["model_cache_dir"] = str(model_cache)
    local_cluster.deployment_overrides(config, "tiny-janus")["max_queued_requests"] = 2
    local_cluster.start_ray(num_cpus=RAY_NUM_CPUS, metrics_export_port=ray_metrics_port)
    try:
        yield local_cluster.deploy(config, local_cluster.free_port())
    finally:
        local_cluster.shutdown()


@pytest.fixture(scope="session")
def auth_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {DEV_KEY}"}
