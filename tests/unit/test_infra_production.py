"""Production concerns of the manifests: pinned weights read from a shared cache, the head's
fault tolerance, upgrades that drain, placement, and the overlays built with kustomize."""

from __future__ import annotations

import yaml

from deployments.settings import settings_from_serve_config
from deployments.weights import pinning_problems
from tests.conftest import REPO_ROOT
from tests.unit.test_infra_rayservice import (
    GPU_GROUPS,
    MANIFEST,
    PRODUCTION,
    containers,
    groups_by_name,
    load_manifest,
)

BASE = MANIFEST.parent


def base_resources() -> dict[tuple[str, str], dict]:
    out = {}
    for path in sorted(BASE.glob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        for doc in yaml.safe_load_all(path.read_text()):
            out[(doc["kind"], doc["metadata"]["name"])] = doc
    listed = yaml.safe_load((BASE / "kustomization.yaml").read_text())["resources"]
    assert sorted(listed) == sorted(
        p.name for p in BASE.glob("*.yaml") if p.name != "kustomization.yaml"
    ), "every base file is a kustomize resource"
    return out


def env_of(container: dict) -> dict[str, dict]:
    return {e["name"]: e for e in container.get("env", [])}


def test_gpu_pods_read_pinned_weights_offline_from_the_read_only_cache():
    resources = base_resources()
    claim = resources[("PersistentVolumeClaim", "imprimatur-weights")]
    assert set(claim["spec"]["accessModes"]) & {"ReadWriteMany", "ReadOnlyMany"}
    groups = groups_by_name(load_manifest())
    for group_name in GPU_GROUPS.values():
        pod = groups[group_name]["template"]["spec"]
        container = pod["containers"][0]
        env = env_of(container)
        assert env["HF_HUB_OFFLINE"]["value"] == "1", group_name
        volumes = {v["name"]: v for v in pod["volumes"]}
        weights = volumes["weights"]["persistentVolumeClaim"]
        assert weights == {"claimName": "imprimatur-weights", "readOnly": True}
        mount = next(m for m in container["volumeMounts"] if m["name"] == "weights")
        assert mount["readOnly"] is True
        assert env["HF_HUB_CACHE"]["value"].startswith(mount["mountPath"] + "/")
        assert "HF_TOKEN" not in env and "emptyDir" not in str(volumes.get("model-cache", ""))


def test_the_prefetch_job_fills_that_cache_from_the_production_config():
    job = base_resources()[("Job", "imprimatur-weights-prefetch")]
    pod = job["spec"]["template"]["spec"]
    container = pod["containers"][0]
    command = container["command"]
    assert command[:3] == ["python", "-m", "deployments.weights"]
    assert command[command.index("--config") + 1] == "config/production.yaml"
    cache_dir = command[command.index("--cache-dir") + 1]
    mount = next(m for m in container["volumeMounts"] if m["name"] == "weights")
    assert not mount.get("readOnly") and cache_dir.startswith(mount["mountPath"] + "/")
    volumes = {v["name"]: v for v in pod["volumes"]}
    assert volumes["weights"]["persistentVolumeClaim"]["claimName"] == "imprimatur-weights"
    gpu_env = env_of(containers(load_manifest())[-1][1])
    assert gpu_env["HF_HUB_CACHE"]["value"] == cache_dir, "the pods read where the Job writes"


def test_every_production_model_is_pinned_or_a_named_placeholder():
    settings = settings_from_serve_config(PRODUCTION)
    problems = pinning_problems(settings)
    assert all("PIN-ME" in p for p in problems), problems
    assert len(problems) < len(settings.models), "at least one real commit"


def test_no_fixed_shared_memory_volume():
    """KubeRay sizes /dev/shm from the container's memory limit; a fixed one overrides it."""
    for group_name, container, pod in containers(load_manifest()):
        assert all(m["mountPath"] != "/dev/shm" for m in container["volumeMounts"]), group_name
        assert "Memory" not in str(pod["volumes"]), group_name


def test_docs_give_the_cold_start_budget():
    text = (REPO_ROOT / "docs" / "operations.md").read_text()
    assert "Cold-start budget" in text and "imprimatur-weights-prefetch" in text
