"""The KubeRay RayService: valid against KubeRay's CRD, and consistent with config/production.yaml.

The CRD's openAPIV3Schema becomes a JSON Schema the way the API server reads it, but strict:
fields the CRD doesn't declare are errors (the server would drop them silently), int-or-string
fields take either, `nullable` admits null. CEL rules (x-kubernetes-validations) are not run;
they concern only fields this manifest leaves unset (managedBy, GCS FT backend).
"""

from __future__ import annotations

import copy
import math
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from deployments.settings import load_serve_config, settings_from_serve_config
from deployments.weights import weight_specs
from governance.tenants_file import parse_tenants
from imprimatur_cli.k8s import render_manifest, serve_config_v2
from tests.conftest import REPO_ROOT, SHARED

CRD = SHARED / "schemas" / "kuberay" / "ray.io_rayservices.yaml"
PRODUCTION = REPO_ROOT / "config" / "production.yaml"
MANIFEST = REPO_ROOT / "infra" / "kuberay" / "base" / "rayservice.yaml"
OVERLAYS = {"dev": "imprimatur-dev", "prod": "imprimatur"}
GPU_GROUPS = {
    "diffusion": "diffusion-gpu",
    "autoregressive": "autoregressive-gpu",
    "guard": "guard-gpu",
}
CPU_GROUP = "cpu"
REQUIRED_SECRET_ENV = {
    "IMPRIMATUR_C2PA_CERT": ("imprimatur-c2pa", "chain.pem"),
    "IMPRIMATUR_C2PA_KEY": ("imprimatur-c2pa", "key.pem"),
    "IMPRIMATUR_WATERMARK_KEY": ("imprimatur-watermark", "key"),
    "IMPRIMATUR_AUDIT_LOG_KEY": ("imprimatur-audit-log", "skey"),
    "IMPRIMATUR_AUDIT_URL": ("imprimatur-datastores", "audit-url"),
    "IMPRIMATUR_REDIS_URL": ("imprimatur-datastores", "redis-url"),
}


def crd_json_schema(node: Any) -> Any:
    """A CRD structural schema as a strict JSON Schema (see the module docstring)."""
    if isinstance(node, list):
        return [crd_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key.startswith("x-kubernetes-") or key in ("default", "nullable", "format"):
            continue
        if key == "properties":
            out[key] = {name: crd_json_schema(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not", "anyOf", "allOf", "oneOf"):
            out[key] = crd_json_schema(value)
        else:
            out[key] = value
    if node.get("x-kubernetes-int-or-string"):
        out.pop("type", None)
        out.setdefault("anyOf", [{"type": "integer"}, {"type": "string"}])
    if node.get("format") == "int32":
        out.update(minimum=max(out.get("minimum", -(2**31)), -(2**31)), maximum=2**31 - 1)
    if node.get("nullable") and "type" in out:
        out["type"] = [out["type"], "null"]
    open_object = node.get("x-kubernetes-preserve-unknown-fields") or node.get(
        "x-kubernetes-embedded-resource"
    )
    if "properties" in node and "additionalProperties" not in node and not open_object:
        out["additionalProperties"] = False
    return out


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    return crd_validator()


def crd_validator() -> jsonschema.Draft7Validator:
    """The RayService CRD's v1 schema as a strict validator."""
    assert CRD.exists(), f"KubeRay CRD not found at {CRD} (shared/ must sit beside the repository)"
    crd = yaml.load(CRD.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert crd["spec"]["names"]["kind"] == "RayService"
    version = next(v for v in crd["spec"]["versions"] if v["name"] == "v1")
    schema = crd_json_schema(version["schema"]["openAPIV3Schema"])
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def schema_errors(validator: jsonschema.Draft7Validator, manifest: dict) -> list[str]:
    return [
        f"{'/'.join(str(p) for p in error.absolute_path)}: {error.message}"
        for error in sorted(validator.iter_errors(manifest), key=lambda e: list(e.absolute_path))
    ]


def operator_errors(manifest: dict) -> list[str]:
    """What KubeRay's own validation (utils/validation.go) refuses beyond the schema."""
    errors = []
    name = manifest["metadata"]["name"]
    if not re.fullmatch(r"[a-z]([-a-z0-9]{0,38}[a-z0-9])?", name):
        errors.append(f"name {name!r} is not a DNS-1035 label of at most 40 characters")
    spec = manifest["spec"]
    upgrade = spec.get("upgradeStrategy", {}).get("type")
    if upgrade not in (None, "NewCluster", "None", "NewClusterWithIncrementalUpgrade"):
        errors.append(f"upgradeStrategy.type {upgrade!r}")
    cluster = spec["rayClusterConfig"]
    groups = [cluster["headGroupSpec"], *cluster.get("workerGroupSpecs", [])]
    names = [g.get("groupName", "head") for g in groups]
    if len(set(names)) != len(names):
        errors.append(f"duplicate group names {names}")
    for group, group_name in zip(groups, names, strict=True):
        if not group["template"]["spec"].get("containers"):
            errors.append(f"{group_name}: no container")
        params = group.get("rayStartParams", {})
        if "labels" in params:
            errors.append(f"{group_name}: rayStartParams.labels is not supported")
        if group.get("resources") and {"num-cpus", "num-gpus", "memory", "resources"} & set(params):
            errors.append(f"{group_name}: resources in both rayStartParams and resources")
        if group_name != "head" and not (
            group["minReplicas"]
            <= group.get("replicas", group["minReplicas"])
            <= group["maxReplicas"]
        ):
            errors.append(f"{group_name}: replicas outside minReplicas..maxReplicas")
    errors += _gcs_ft_errors(cluster, manifest["metadata"].get("annotations", {}))
    if cluster.get("authOptions", {}).get("mode") == "token":
        if tuple(int(x) for x in cluster["rayVersion"].split(".")[:2]) < (2, 52):
            errors.append("token authentication needs Ray 2.52 or later")
    return errors


def _gcs_ft_errors(cluster: dict, annotations: dict) -> list[str]:
    """KubeRay's rules for gcsFaultToleranceOptions (validation.go), which the schema lacks."""
    options = cluster.get("gcsFaultToleranceOptions")
    if options is None:
        return []
    errors = []
    if "ray.io/ft-enabled" in annotations:
        errors.append("gcsFaultToleranceOptions with the ray.io/ft-enabled annotation")
    if options.get("backend", "redis") == "redis" and not options.get("redisAddress"):
        errors.append("gcsFaultToleranceOptions: redisAddress is required")
    head = cluster["headGroupSpec"]
    if "redis-password" in head.get("rayStartParams", {}):
        errors.append("redis-password in rayStartParams: use gcsFaultToleranceOptions")
    for container in head["template"]["spec"]["containers"]:
        names = {e["name"] for e in container.get("env", [])}
        for name in ("RAY_REDIS_ADDRESS", "REDIS_PASSWORD", "RAY_external_storage_namespace"):
            if name in names:
                errors.append(f"head env {name}: KubeRay sets it from gcsFaultToleranceOptions")
    return errors


def load_manifest(path: Path = MANIFEST) -> dict:
    return yaml.safe_load(path.read_text())


def groups_by_name(manifest: dict) -> dict[str, dict]:
    return {g["groupName"]: g for g in manifest["spec"]["rayClusterConfig"]["workerGroupSpecs"]}


def containers(manifest: dict) -> list[tuple[str, dict, dict]]:
    """(group, container, pod spec) for the Ray container of the head and each worker group."""
    cluster = manifest["spec"]["rayClusterConfig"]
    out = [("head", *_ray_container(cluster["headGroupSpec"]))]
    out += [(g["groupName"], *_ray_container(g)) for g in cluster["workerGroupSpecs"]]
    return out


def _ray_container(group: dict) -> tuple[dict, dict]:
    pod = group["template"]["spec"]
    return pod["containers"][0], pod


def deployment_entries() -> dict[str, dict]:
    app = load_serve_config(PRODUCTION)["applications"][0]
    return {entry["name"]: entry for entry in app["deployments"]}


def test_the_rayservice_validates_against_the_kuberay_crd(validator):
    manifest = load_manifest()
    assert manifest["apiVersion"] == "ray.io/v1" and manifest["kind"] == "RayService"
    assert schema_errors(validator, manifest) == []
    assert operator_errors(manifest) == []


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("spec", "rayClusterConfig", "workerGroupSpecs", 0, "minReplica"), 1, "minReplica"),
        (
            ("spec", "rayClusterConfig", "headGroupSpec", "rayStartParams", "num-cpus"),
            0,
            "num-cpus",
        ),
        (("spec", "rayClusterConfig", "enableInTreeAutoscaling"), "yes", "enableInTreeAutoscaling"),
        (
            ("spec", "rayClusterConfig", "autoscalerOptions", "upscalingMode"),
            "Fast",
            "upscalingMode",
        ),
        (("spec", "rayClusterConfig", "workerGroupSpecs", 0, "maxReplicas"), 2**31, "maxReplicas"),
        (("spec", "serveConfigV2"), {"applications": []}, "serveConfigV2"),
    ],
)
def test_the_schema_check_catches_mistakes(validator, path, value, expected):
    """The converted CRD refuses a typo, a non-string rayStartParam, a wrong type or enum."""
    manifest = copy.deepcopy(load_manifest())
    node = manifest
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    errors = schema_errors(validator, manifest)
    assert errors and any(expected in error for error in errors), errors


def test_quantities_take_int_or_string(validator):
    manifest = copy.deepcopy(load_manifest())
    head = manifest["spec"]["rayClusterConfig"]["headGroupSpec"]["template"]["spec"]
    head["containers"][0]["resources"]["limits"]["cpu"] = 4
    assert schema_errors(validator, manifest) == []
    head["containers"][0]["resources"]["limits"]["cpu"] = "four"
    assert schema_errors(validator, manifest)


def test_serve_config_v2_holds_exactly_the_production_applications():
    assert serve_config_v2(load_manifest()) == {
        "applications": load_serve_config(PRODUCTION)["applications"]
    }


def test_the_manifest_is_what_k8s_render_writes():
    text = MANIFEST.read_text()
    assert render_manifest(PRODUCTION, text) == text, (
        "infra/kuberay/base/rayservice.yaml is stale: run "
        "`imprimatur k8s render --out infra/kuberay/base/rayservice.yaml`"
    )


def test_render_replaces_a_stale_block_and_keeps_the_rest(tmp_path):
    config = tmp_path / "serve.yaml"
    text = PRODUCTION.read_text().replace("retry_after_s: 10", "retry_after_s: 11")
    config.write_text(text)
    stale = render_manifest(PRODUCTION, MANIFEST.read_text())
    rendered = render_manifest(config, stale)
    assert (
        serve_config_v2(yaml.safe_load(rendered))["applications"][0]["args"]["retry_after_s"] == 11
    )
    assert render_manifest(config, rendered) == rendered
    changed = [
        (a.strip(), b.strip())
        for a, b in zip(stale.splitlines(), rendered.splitlines(), strict=True)
        if a != b
    ]
    assert changed == [("retry_after_s: 10", "retry_after_s: 11")]


def test_render_refuses_a_config_whose_args_do_not_validate(tmp_path):
    config = tmp_path / "serve.yaml"
    config.write_text(PRODUCTION.read_text().replace("retry_after_s: 10", "retry_after_sec: 10"))
    with pytest.raises(ValueError, match="retry_after_sec"):
        render_manifest(config, MANIFEST.read_text())


def test_autoscaling_and_the_head():
    cluster = load_manifest()["spec"]["rayClusterConfig"]
    assert cluster["enableInTreeAutoscaling"] is True
    assert cluster["autoscalerOptions"]["idleTimeoutSeconds"] > 0
    assert cluster["rayVersion"] == "2.60.0"
    head = cluster["headGroupSpec"]
    assert head["rayStartParams"]["num-cpus"] == "0", "replicas must not land on the head"
    assert "nvidia.com/gpu" not in str(head["template"]["spec"]["containers"][0]["resources"])
    assert set(groups_by_name(load_manifest())) == {CPU_GROUP, *GPU_GROUPS.values()}


def test_gpu_groups_fit_the_models_and_scale_to_zero_with_them():
    settings = settings_from_serve_config(PRODUCTION)
    deployments = deployment_entries()
    groups = groups_by_name(load_manifest())
    for family, group_name in GPU_GROUPS.items():
        group = groups[group_name]
        container, pod = _ray_container(group)
        limits = container["resources"]["limits"]
        gpus_per_pod = int(limits["nvidia.com/gpu"])
        assert gpus_per_pod >= 1 and container["resources"]["requests"]["nvidia.com/gpu"]
        assert pod["nodeSelector"] and any(
            t["key"] == "nvidia.com/gpu" for t in pod.get("tolerations", [])
        )
        models = [deployments[m.name] for m in weight_specs(settings) if m.family == family]
        assert models, f"no {family} model for group {group_name}"
        for entry in models:
            actor = entry["ray_actor_options"]
            assert actor["num_gpus"] <= gpus_per_pod
            assert actor.get("num_cpus", 1) <= float(limits["cpu"]), entry["name"]
        pods_needed = math.ceil(
            sum(e["autoscaling_config"]["max_replicas"] * e["ray_actor_options"]["num_gpus"]
                for e in models) / gpus_per_pod
        )  # fmt: skip
        assert group["maxReplicas"] >= pods_needed, group_name
        scales_to_zero = all(e["autoscaling_config"]["min_replicas"] == 0 for e in models)
        assert (group["minReplicas"] == 0) == scales_to_zero, group_name


def test_the_cpu_group_holds_the_router_and_governance_at_their_maximum():
    deployments = deployment_entries()
    group = groups_by_name(load_manifest())[CPU_GROUP]
    container, _ = _ray_container(group)
    assert "nvidia.com/gpu" not in container["resources"]["limits"]
    cpus_per_pod = float(container["resources"]["limits"]["cpu"])
    cpu_deployments = [
        e for e in deployments.values() if not e["ray_actor_options"].get("num_gpus")
    ]
    assert {e["name"] for e in cpu_deployments} >= {"router", "governance"}
    most = sum(e["autoscaling_config"]["max_replicas"] * e["ray_actor_options"]["num_cpus"]
               for e in cpu_deployments)  # fmt: skip
    least = sum(e["autoscaling_config"]["min_replicas"] * e["ray_actor_options"]["num_cpus"]
                for e in cpu_deployments)  # fmt: skip
    assert group["maxReplicas"] * cpus_per_pod >= most
    assert group["minReplicas"] >= 1 and group["minReplicas"] * cpus_per_pod >= least


def test_custom_resources_a_deployment_asks_for_are_offered():
    offered = {}
    for group in load_manifest()["spec"]["rayClusterConfig"]["workerGroupSpecs"]:
        raw = group.get("rayStartParams", {}).get("resources")
        if raw:
            offered.update(yaml.safe_load(yaml.safe_load(raw)))  # '"{\"x\": 1}"': JSON in quotes
    assert set(offered) == {"diffusion_gpu", "autoregressive_gpu", "guard_gpu", "cpu_tier"}
    for entry in deployment_entries().values():
        for resource in entry.get("ray_actor_options", {}).get("resources", {}):
            assert resource in offered, f"{entry['name']} asks for {resource}: no group offers it"


def test_every_ray_container_exports_metrics_and_serves():
    for group_name, container, _ in containers(load_manifest()):
        ports = {p["name"]: p["containerPort"] for p in container["ports"]}
        assert ports["metrics"] == 8080 and ports["serve"] == 8000, group_name
    for group in load_manifest()["spec"]["rayClusterConfig"]["workerGroupSpecs"]:
        assert group["rayStartParams"]["metrics-export-port"] == "8080"


def test_the_router_group_is_ready_only_when_it_serves():
    container, _ = _ray_container(groups_by_name(load_manifest())[CPU_GROUP])
    command = " ".join(container["readinessProbe"]["exec"]["command"])
    assert "localhost:8000/-/healthz" in command and "localhost:8000/healthz" in command


def secret_files(container: dict, pod: dict) -> dict[str, tuple[str, str, bool]]:
    """`$NAME_FILE` env -> (Secret, key, optional) of the file it names, through the mounts."""
    volumes = {v["name"]: v for v in pod["volumes"]}
    sources: dict[str, tuple[str, str, bool]] = {}  # file path -> secret
    for mount in container["volumeMounts"]:
        volume = volumes[mount["name"]]
        secrets = (
            [volume["secret"] | {"name": volume["secret"]["secretName"]}]
            if ("secret" in volume)
            else [
                s["secret"] for s in volume.get("projected", {}).get("sources", []) if "secret" in s
            ]
        )
        for secret in secrets:
            for item in secret.get("items", []):
                path = f"{mount['mountPath']}/{item['path']}"
                sources[path] = (secret["name"], item["key"], bool(secret.get("optional")))
    return {
        e["name"].removesuffix("_FILE"): sources.get(e["value"], ("?", e["value"], True))
        for e in container.get("env", [])
        if e["name"].endswith("_FILE")
        and e["name"].startswith("IMPRIMATUR_C2PA")
        or e["name"] in {f"{n}_FILE" for n in REQUIRED_SECRET_ENV}
    }


def test_secrets_are_files_in_the_cpu_pods_only():
    manifest = load_manifest()
    for group_name, container, pod in containers(manifest):
        env = {e["name"]: e for e in container.get("env", [])}
        assert not any("valueFrom" in e for e in env.values()), f"{group_name}: secret in env"
        volumes = {v["name"]: v for v in pod["volumes"]}
        for mount in container["volumeMounts"]:
            assert mount["name"] in volumes, (group_name, mount["name"])
        if group_name != CPU_GROUP:
            assert "secret" not in str(pod["volumes"]), f"{group_name} holds a secret"
            continue
        files = secret_files(container, pod)
        for name, (secret, key) in REQUIRED_SECRET_ENV.items():
            assert files[name] == (secret, key, False), f"{name} must be required: fail closed"
        assert files["IMPRIMATUR_C2PA_TRUST_ANCHORS"] == (
            "imprimatur-c2pa",
            "trust-anchors.pem",
            True,
        )
        for mount in container["volumeMounts"]:
            if "secret" in str(volumes[mount["name"]]):
                assert mount["readOnly"] is True, mount["name"]
        assert volumes["tenants"]["configMap"]["name"] == "imprimatur-tenants"
        assert volumes["tenant-keys"]["secret"]["secretName"] == "imprimatur-tenant-keys"
        mounted = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
        assert env["IMPRIMATUR_TENANTS_FILE"]["value"].startswith(mounted["tenants"] + "/")
        assert env["IMPRIMATUR_TENANT_KEYS_FILE"]["value"].startswith(mounted["tenant-keys"] + "/")


def test_the_tenants_configmap_holds_a_valid_tenants_file_without_keys():
    configmap = yaml.safe_load((MANIFEST.parent / "tenants-configmap.yaml").read_text())
    assert configmap["metadata"]["name"] == "imprimatur-tenants"
    tenants = parse_tenants(yaml.safe_load(configmap["data"]["tenants.yaml"]), "configmap")
    assert tenants.tenants and not any(t.keys for t in tenants.tenants) and not tenants.auditors


def kustomize_build(path: Path) -> list[dict]:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl (with kustomize) is not installed: overlays not built")
    result = subprocess.run(
        [kubectl, "kustomize", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return list(yaml.safe_load_all(result.stdout))


@pytest.mark.parametrize("overlay", sorted(OVERLAYS))
def test_each_overlay_builds_a_valid_rayservice(validator, overlay):
    resources = kustomize_build(REPO_ROOT / "infra" / "kuberay" / "overlays" / overlay)
    kinds = {(r["kind"], r["metadata"]["name"]): r for r in resources}
    manifest = kinds[("RayService", "imprimatur")]
    assert schema_errors(validator, manifest) == []
    assert operator_errors(manifest) == []
    assert {r["metadata"].get("namespace") for r in resources} == {OVERLAYS[overlay]}
    assert serve_config_v2(manifest) == serve_config_v2(load_manifest())
    assert list(groups_by_name(manifest)) == list(groups_by_name(load_manifest()))
    base = {group_name: container for group_name, container, _ in containers(load_manifest())}
    for group_name, container, _ in containers(manifest):
        assert container["image"] != "imprimatur:0.1.0", f"{overlay}/{group_name}: base image"
        assert container["env"] == base[group_name]["env"], f"{overlay}/{group_name}"
    assert ("Job", "imprimatur-weights-prefetch") in kinds
    assert ("ConfigMap", "imprimatur-tenants") in kinds
    if overlay == "prod":
        assert {("PodMonitor", "imprimatur-ray"), ("PrometheusRule", "imprimatur")} <= set(kinds)
        assert ("ConfigMap", "imprimatur-dashboard") in kinds
