"""Production concerns of the manifests: pinned weights read from a shared cache, the head's
fault tolerance, upgrades that drain, placement, and the overlays built with kustomize."""

from __future__ import annotations

import jsonschema
import pytest
import yaml

from deployments.settings import settings_from_serve_config
from deployments.weights import pinning_problems
from tests.conftest import REPO_ROOT
from tests.unit.test_infra_rayservice import (
    GPU_GROUPS,
    MANIFEST,
    PRODUCTION,
    containers,
    crd_validator,
    groups_by_name,
    load_manifest,
    operator_errors,
    schema_errors,
)

BASE = MANIFEST.parent


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    return crd_validator()


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
    assert command[:4] == ["imprimatur", "models", "prefetch", "config/production.yaml"]
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


def test_the_head_can_die_gcs_state_lives_in_an_external_redis():
    cluster = load_manifest()["spec"]["rayClusterConfig"]
    options = cluster["gcsFaultToleranceOptions"]
    host, _, port = options["redisAddress"].rpartition(":")
    assert host and port.isdigit()
    ref = options["redisPassword"]["valueFrom"]["secretKeyRef"]
    assert ref["name"] and ref["key"] and not ref.get("optional")
    # A fixed namespace would let the old and new clusters of an upgrade share GCS state.
    assert "externalStorageNamespace" not in options


def test_the_gcs_ft_checks_catch_what_kuberay_refuses(validator):
    import copy

    manifest = copy.deepcopy(load_manifest())
    cluster = manifest["spec"]["rayClusterConfig"]
    cluster["gcsFaultToleranceOptions"].pop("redisAddress")
    manifest["metadata"]["annotations"] = {"ray.io/ft-enabled": "true"}
    cluster["headGroupSpec"]["template"]["spec"]["containers"][0]["env"].append(
        {"name": "RAY_REDIS_ADDRESS", "value": "redis:6379"}
    )
    errors = operator_errors(manifest)
    assert len(errors) == 3, errors
    cluster["gcsFaultToleranceOptions"]["backend"] = "etcd"
    assert any("backend" in e for e in schema_errors(validator, manifest))


def test_production_limits_are_shared_through_redis_not_the_in_cluster_actor():
    """The `ray` limits store lives in one cluster: a NewCluster upgrade or a head lost without
    GCS state would reset every tenant's counters. Production resolves to Redis."""
    settings = settings_from_serve_config(PRODUCTION)
    assert settings.limits_url in (None, "") or settings.limits_url.startswith("redis")
    groups = groups_by_name(load_manifest())
    env = env_of(groups["cpu"]["template"]["spec"]["containers"][0])
    assert {"IMPRIMATUR_REDIS_URL_FILE", "IMPRIMATUR_LIMITS_URL_FILE"} & set(env)
    text = (REPO_ROOT / "docs" / "operations.md").read_text()
    assert "Losing the head" in text and "single-cluster" in text


def test_upgrades_let_in_flight_requests_finish():
    """The old cluster and a stopping replica both outlive the longest request."""
    settings = settings_from_serve_config(PRODUCTION)
    own = {m.name: m.request_timeout_s or settings.request_timeout_s for m in settings.models}
    longest = max(settings.request_timeout_s, *own.values())  # the router holds every request
    spec = load_manifest()["spec"]
    assert spec["upgradeStrategy"]["type"] in ("NewCluster", "NewClusterWithIncrementalUpgrade")
    assert spec["rayClusterDeletionDelaySeconds"] >= longest
    from imprimatur_cli.k8s import serve_config_v2

    for entry in serve_config_v2(load_manifest())["applications"][0]["deployments"]:
        timeout = own.get(entry["name"], longest if entry["name"] == "router" else 0)
        timeout = max(timeout, settings.request_timeout_s)
        assert entry["graceful_shutdown_timeout_s"] >= timeout, entry["name"]
        # Serve starts replacements before it stops old replicas (Ray 2.60's surge).
        assert 0 < entry["max_surge_percent"] <= 100, entry["name"]


def test_the_api_tier_is_pinned_to_the_cpu_group_and_spread():
    from imprimatur_cli.k8s import serve_config_v2

    deployments = {
        e["name"]: e for e in serve_config_v2(load_manifest())["applications"][0]["deployments"]
    }
    group = groups_by_name(load_manifest())["cpu"]
    offered = yaml.safe_load(yaml.safe_load(group["rayStartParams"]["resources"]))
    assert list(offered) == ["cpu_tier"]
    for name, other in groups_by_name(load_manifest()).items():
        if name != "cpu":
            assert "cpu_tier" not in other.get("rayStartParams", {}).get("resources", "")
    for name in ("router", "governance"):
        entry = deployments[name]
        assert entry["ray_actor_options"]["resources"] == {"cpu_tier": 1}, name
        assert entry["max_replicas_per_node"] == 1, name
        # One replica per pod: the group must have a pod for each replica at the maximum.
        assert group["maxReplicas"] >= entry["autoscaling_config"]["max_replicas"], name
        assert entry["autoscaling_config"]["min_replicas"] >= 2, name
    assert group["minReplicas"] >= 2
    pod = group["template"]["spec"]
    keys = {c["topologyKey"]: c for c in pod["topologySpreadConstraints"]}
    assert keys["kubernetes.io/hostname"]["whenUnsatisfiable"] == "DoNotSchedule"
    assert "topology.kubernetes.io/zone" in keys
    labels = group["template"]["metadata"]["labels"]
    for constraint in keys.values():
        assert constraint["labelSelector"]["matchLabels"].items() <= labels.items()


def test_a_disruption_budget_keeps_a_cpu_pod_through_drains():
    pdb = base_resources()[("PodDisruptionBudget", "imprimatur-cpu")]
    assert isinstance(pdb["spec"]["minAvailable"], int) and pdb["spec"]["minAvailable"] >= 1
    group = groups_by_name(load_manifest())["cpu"]
    labels = group["template"]["metadata"]["labels"]
    assert pdb["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert pdb["spec"]["minAvailable"] < group["minReplicas"], "a drain must be able to proceed"


def test_autoscaler_v2():
    cluster = load_manifest()["spec"]["rayClusterConfig"]
    assert cluster["autoscalerOptions"]["version"] == "v2"
    major, minor = (int(x) for x in cluster["rayVersion"].split(".")[:2])
    assert (major, minor) >= (2, 47), "autoscaler v2 on KubeRay needs Ray 2.47 or later"
