"""Hardening of what `kubectl apply -k` creates: every pod passes Pod Security `restricted`
(its checks, as the Kubernetes Pod Security Standards define them, run here over the
kustomize-built overlays), roots are read-only, images are pinned by digest, the network is
default-deny with only the flows the service needs, and dependencies are locked."""

from __future__ import annotations

import copy
import re

import pytest

from tests.conftest import REPO_ROOT
from tests.unit.test_infra_rayservice import OVERLAYS, kustomize_build

# Pod Security Standards, `restricted` profile (latest).
ALLOWED_VOLUMES = {
    "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim",
    "projected", "secret",
}  # fmt: skip
SAFE_SYSCTLS = {
    "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
    "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
    "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
    "net.ipv4.tcp_keepalive_probes",
}  # fmt: skip
SELINUX_TYPES = {None, "", "container_t", "container_init_t", "container_kvm_t",
                 "container_engine_t"}  # fmt: skip


def restricted_violations(pod: dict, where: str) -> list[str]:
    """What Pod Security `restricted` (plus a read-only root) refuses in a pod spec."""
    errors = []
    pod_sc = pod.get("securityContext", {})
    for field in ("hostNetwork", "hostPID", "hostIPC"):
        if pod.get(field):
            errors.append(f"{where}: {field}")
    for volume in pod.get("volumes", []):
        kinds = set(volume) - {"name"}
        if not kinds <= ALLOWED_VOLUMES:
            errors.append(f"{where}: volume {volume['name']} of type {sorted(kinds)}")
    for sysctl in pod_sc.get("sysctls", []):
        if sysctl["name"] not in SAFE_SYSCTLS:
            errors.append(f"{where}: sysctl {sysctl['name']}")
    if pod_sc.get("seLinuxOptions", {}).get("type") not in SELINUX_TYPES:
        errors.append(f"{where}: SELinux type")
    if pod_sc.get("runAsUser") == 0:
        errors.append(f"{where}: runAsUser 0")
    pod_seccomp = pod_sc.get("seccompProfile", {}).get("type")
    if pod_seccomp not in (None, "RuntimeDefault", "Localhost"):
        errors.append(f"{where}: seccomp {pod_seccomp}")
    containers = [
        *pod.get("initContainers", []), *pod.get("containers", []),
        *pod.get("ephemeralContainers", []),
    ]  # fmt: skip
    if not containers:
        errors.append(f"{where}: no container")
    for container in containers:
        errors += container_violations(container, pod_sc, f"{where}/{container['name']}")
    return errors


def container_violations(container: dict, pod_sc: dict, where: str) -> list[str]:
    errors = []
    sc = container.get("securityContext", {})
    if sc.get("privileged"):
        errors.append(f"{where}: privileged")
    if sc.get("allowPrivilegeEscalation") is not False:
        errors.append(f"{where}: allowPrivilegeEscalation is not false")
    capabilities = sc.get("capabilities", {})
    if "ALL" not in capabilities.get("drop", []):
        errors.append(f"{where}: capabilities not dropped (ALL)")
    if set(capabilities.get("add", [])) - {"NET_BIND_SERVICE"}:
        errors.append(f"{where}: capabilities added {capabilities['add']}")
    if sc.get("runAsNonRoot", pod_sc.get("runAsNonRoot")) is not True:
        errors.append(f"{where}: runAsNonRoot is not true")
    if sc.get("runAsUser") == 0:
        errors.append(f"{where}: runAsUser 0")
    seccomp = sc.get("seccompProfile", {}).get("type") or pod_sc.get("seccompProfile", {}).get(
        "type"
    )
    if seccomp not in ("RuntimeDefault", "Localhost"):
        errors.append(f"{where}: seccomp profile {seccomp}")
    if sc.get("procMount", "Default") != "Default":
        errors.append(f"{where}: procMount")
    if sc.get("appArmorProfile", {}).get("type") == "Unconfined":
        errors.append(f"{where}: AppArmor unconfined")
    if sc.get("seLinuxOptions", {}).get("type") not in SELINUX_TYPES:
        errors.append(f"{where}: SELinux type")
    for port in container.get("ports", []):
        if port.get("hostPort"):
            errors.append(f"{where}: hostPort {port['hostPort']}")
    if sc.get("readOnlyRootFilesystem") is not True:  # ours, beyond `restricted`
        errors.append(f"{where}: root filesystem writable")
    return errors


def pod_specs(resources: list[dict]) -> list[tuple[str, dict]]:
    """Every pod template the overlay creates, by where it sits."""
    out = []
    for resource in resources:
        kind, name = resource["kind"], resource["metadata"]["name"]
        if kind == "RayService":
            cluster = resource["spec"]["rayClusterConfig"]
            head = cluster["headGroupSpec"]["template"]["spec"]
            # KubeRay adds the autoscaler container to the head from autoscalerOptions.
            options = cluster.get("autoscalerOptions", {})
            sidecar = {"name": "autoscaler", "securityContext": options.get("securityContext", {})}
            out.append((f"{name}/head", {**head, "containers": [*head["containers"], sidecar]}))
            for group in cluster["workerGroupSpecs"]:
                out.append((f"{name}/{group['groupName']}", group["template"]["spec"]))
        elif kind in ("Job", "Deployment", "StatefulSet", "DaemonSet"):
            out.append((f"{kind}/{name}", resource["spec"]["template"]["spec"]))
    return out


@pytest.fixture(scope="module", params=sorted(OVERLAYS))
def built(request) -> list[dict]:
    return kustomize_build(REPO_ROOT / "infra" / "kuberay" / "overlays" / request.param)


def test_every_pod_passes_pod_security_restricted(built):
    pods = pod_specs(built)
    assert len(pods) >= 5, [where for where, _ in pods]  # head, 3 worker groups, weights Job
    errors = [e for where, pod in pods for e in restricted_violations(pod, where)]
    assert errors == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda c, p: c["securityContext"].pop("allowPrivilegeEscalation"), "allowPrivilege"),
        (lambda c, p: c["securityContext"].update(capabilities={"add": ["SYS_ADMIN"]}), "capab"),
        (
            lambda c, p: [x["securityContext"].pop("runAsNonRoot") for x in (c, p)],
            "runAsNonRoot",
        ),
        (lambda c, p: [x["securityContext"].pop("seccompProfile") for x in (c, p)], "seccomp"),
        (lambda c, p: p.update(hostNetwork=True), "hostNetwork"),
        (lambda c, p: p["volumes"].append({"name": "h", "hostPath": {"path": "/"}}), "hostPath"),
        (lambda c, p: c["securityContext"].update(readOnlyRootFilesystem=False), "writable"),
    ],
)
def test_the_checker_catches_each_violation(built, change, expected):
    where, pod = next((w, p) for w, p in pod_specs(built) if w.endswith("/cpu"))
    pod = copy.deepcopy(pod)
    container = pod["containers"][0]
    container["securityContext"] = dict(container["securityContext"])
    pod["securityContext"] = dict(pod["securityContext"])
    change(container, pod)
    assert any(expected in e for e in restricted_violations(pod, where))


def test_images_are_pinned_by_digest(built):
    images = [c["image"] for _, pod in pod_specs(built) for c in pod["containers"] if "image" in c]
    assert images and all(re.fullmatch(r"[\w.\-/:]+@sha256:[0-9a-f]{64}", i) for i in images)


def test_the_network_is_default_deny_with_the_needed_flows(built):
    policies = {r["metadata"]["name"]: r["spec"] for r in built if r["kind"] == "NetworkPolicy"}
    deny = policies["imprimatur-default-deny"]
    assert deny["podSelector"] == {} and set(deny["policyTypes"]) == {"Ingress", "Egress"}
    assert "ingress" not in deny and "egress" not in deny

    def ingress_ports(name: str) -> set[int]:
        return {p["port"] for rule in policies[name]["ingress"] for p in rule["ports"]}

    def egress_ports(name: str) -> set[int]:
        return {p["port"] for rule in policies[name]["egress"] for p in rule.get("ports", [])}

    assert ingress_ports("imprimatur-serve") == {8000}
    assert ingress_ports("imprimatur-metrics") == {8080, 44217, 44227}
    assert 8265 in ingress_ports("imprimatur-kuberay-operator")
    assert egress_ports("imprimatur-datastores") == {5432, 6379}
    assert egress_ports("imprimatur-dns") == {53}
    assert egress_ports("imprimatur-weights-download") == {443}
    # Ray's ports (GCS 6379, client 10001, dashboard 8265) open only among the Ray pods.
    internal = policies["imprimatur-ray-internal"]
    ray_pods = internal["podSelector"]["matchLabels"]
    assert [r["from"] for r in internal["ingress"]] == [
        [{"podSelector": {"matchLabels": ray_pods}}]
    ]
    for name, spec in policies.items():
        if name in ("imprimatur-ray-internal", "imprimatur-default-deny"):
            continue
        for rule in spec.get("ingress", []):
            assert {p["port"] for p in rule["ports"]} & {6379, 10001} == set(), name
    # The GPU pods reach no datastore and no internet.
    datastores = policies["imprimatur-datastores"]["podSelector"]["matchExpressions"][0]
    assert set(datastores["values"]) == {"ray-worker-cpu", "ray-head"}


def test_dependencies_are_locked():
    lock = (REPO_ROOT / "requirements.lock").read_text()
    pins = dict(
        line.split("==", 1) for line in lock.splitlines() if line and not line.startswith("#")
    )
    pyproject = (REPO_ROOT / "pyproject.toml").read_text()
    for name, version in re.findall(r'"([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?==([^"]+)"', pyproject):
        key = next((k for k in pins if k.lower().replace("_", "-") == name.lower()), None)
        assert key and pins[key] == version, f"{name}=={version} not locked as such"
    assert "torch" in {k.lower() for k in pins} and "ray" in {k.lower() for k in pins}
