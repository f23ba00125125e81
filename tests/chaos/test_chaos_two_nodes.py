"""Two Ray nodes besides the head, on this machine (`make chaos` only): model replicas land on a
node offering their resources, move when that node dies while another offers them, and answer
503 with Retry-After when none does.

`ray start --head` on free, non-default ports, then two nodes each offering one
`diffusion_gpu` (the custom resource a GPU group would offer; production asks for GPUs the same
way), every process in a session of its own so that a node is killed by its process group,
never by `ray stop` (other clusters live on this machine). Router and governance are pinned to
the head (a `head` resource), tiny-sdxl asks for `diffusion_gpu: 1`.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import DEV_KEY, REPO_ROOT, tenant_key, write_tenants_file
from tests.support import chaos
from tests.support.environ import scoped_environ

pytestmark = pytest.mark.chaos

BODY = {"model": "tiny-sdxl", "prompt": "a lighthouse at dusk", "num_inference_steps": 2}
TIMEOUT_S = 30  # the app's request_timeout_s here: a request with no replica answers 503 by then


def free_ports(count: int) -> list[int]:
    from deployments.local_cluster import free_port

    ports: set[int] = set()
    while len(ports) < count:
        ports.add(free_port())
    return sorted(ports)


class Node:
    """One `ray start --block` in its own process group."""

    def __init__(self, name: str, args: list[str], env: dict[str, str], temp_dir: Path):
        p = free_ports(6)
        command = ["ray", "start", "--block", "--disable-usage-stats", f"--temp-dir={temp_dir}"]
        command += [
            f"--node-manager-port={p[0]}",
            f"--object-manager-port={p[1]}",
            f"--metrics-export-port={p[2]}",
            f"--runtime-env-agent-port={p[3]}",
            f"--dashboard-agent-grpc-port={p[4]}",
            f"--dashboard-agent-listen-port={p[5]}",
            *args,
        ]
        command[0] = str(Path(sys.executable).parent / "ray")  # this venv's, not PATH's
        self.name = name
        self.process = subprocess.Popen(
            command,
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def kill(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)


def node_with(resource: str) -> list[str]:
    """Ids of the alive nodes offering `resource`."""
    import ray

    return [n["NodeID"] for n in ray.nodes() if n["Alive"] and resource in n["Resources"]]


def replica_node(deployment: str) -> str | None:
    """The node id of the (first) live replica of `deployment`."""
    import ray

    names = chaos.replica_names(deployment)
    if not names:
        return None
    actor_id = ray.get_actor(names[0], namespace="serve")._actor_id.hex()
    info = ray._private.state.state.actor_table(actor_id)
    return info.get("Address", {}).get("NodeID") if info else None


def _gcs_up(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def wait_for(predicate, timeout_s: float, what: str) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout_s:
        if predicate():
            return time.monotonic() - started
        time.sleep(0.5)
    raise AssertionError(f"{what}: not within {timeout_s}s")


@pytest.fixture(scope="module")
def two_nodes() -> Iterator[dict]:
    import ray

    from deployments import local_cluster
    from deployments.tiny_models import default_cache_dir
    from governance.certs import ensure_dev_ca

    if ray.is_initialized():
        ray.shutdown()
    home = Path(tempfile.mkdtemp(prefix="imprimatur-2nodes-"))
    temp_dir = Path(tempfile.mkdtemp(prefix="ray-2nodes-", dir="/tmp"))
    ensure_dev_ca(home / "certs")
    tenants = home / "tenants.yaml"
    write_tenants_file(tenants)
    cache = Path(os.environ.get("IMPRIMATUR_MODEL_CACHE") or default_cache_dir())
    env = {
        **os.environ,
        "IMPRIMATUR_HOME": str(home),
        "IMPRIMATUR_DEV_KEY": DEV_KEY,
        "IMPRIMATUR_MODEL_CACHE": str(cache),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])),
        # a cluster of our own on the loopback: no token (the CLI and this driver would look
        # for it in different places)
        "RAY_AUTH_MODE": "disabled",
    }
    gcs, client_port, dashboard_port = free_ports(3)
    head = Node(
        "head",
        ["--head", f"--port={gcs}", f"--ray-client-server-port={client_port}"]
        + [f"--dashboard-port={dashboard_port}"]
        + ["--include-dashboard=false", "--num-cpus=4", "--resources=" + json.dumps({"head": 1})],
        env,
        temp_dir,
    )
    address = f"127.0.0.1:{gcs}"
    workers = {}
    names = ("IMPRIMATUR_HOME", "IMPRIMATUR_DEV_KEY", "RAY_AUTH_MODE")
    with scoped_environ({k: env[k] for k in names}):
        try:
            wait_for(lambda: _gcs_up(gcs), 60, "the head's GCS port")
            ray.init(address=address, namespace="serve", log_to_driver=False)  # the head is up
            for name in ("gpu_a", "gpu_b"):
                resources = json.dumps({"diffusion_gpu": 1, name: 1})
                workers[name] = Node(
                    name,
                    [f"--address={address}", "--num-cpus=2", f"--resources={resources}"],
                    env,
                    temp_dir,
                )
            wait_for(lambda: len(node_with("diffusion_gpu")) == 2, 180, "two GPU nodes")
            config = local_cluster.load_config()
            app = config["applications"][0]
            app["args"]["models"] = [m for m in app["args"]["models"] if m["name"] == "tiny-sdxl"]
            app["args"]["model_cache_dir"] = str(cache)
            app["args"]["tenants_file"] = str(tenants)
            app["args"]["request_timeout_s"] = TIMEOUT_S
            app["deployments"] = [
                d for d in app["deployments"] if d["name"] in ("router", "governance", "tiny-sdxl")
            ]
            for name in ("router", "governance", "tiny-sdxl"):
                entry = local_cluster.deployment_overrides(config, name)
                entry.pop("autoscaling_config", None)
                entry["num_replicas"] = 1
                options = entry.setdefault("ray_actor_options", {})
                options["resources"] = (
                    {"diffusion_gpu": 1} if name == "tiny-sdxl" else {"head": 0.1}
                )
            base_url = local_cluster.deploy(config, local_cluster.free_port(), ready_timeout_s=600)
            auditor = {"Authorization": f"Bearer {tenant_key(None, 'auditor')}"}
            yield {
                "url": base_url,
                "auth": {"Authorization": f"Bearer {DEV_KEY}"},
                "checker": chaos.Checker(base_url, auditor, home / "certs" / "root_ca.pem"),
                "workers": workers,
            }
        finally:
            try:
                from ray import serve

                serve.shutdown()
            except Exception:
                pass
            ray.shutdown()
            for node in [*workers.values(), head]:
                node.kill()
            shutil.rmtree(home, ignore_errors=True)
            shutil.rmtree(temp_dir, ignore_errors=True)


def test_model_replicas_follow_their_resources_then_answer_503_without_them(two_nodes):
    import ray

    url, auth = two_nodes["url"], two_nodes["auth"]
    gpu_nodes = {name: node_with(name)[0] for name in ("gpu_a", "gpu_b")}
    first = replica_node("tiny-sdxl")
    assert first in gpu_nodes.values(), "the model replica must sit on a node offering its GPU"
    chaos.serves_again(url, auth)
    holder = next(name for name, node in gpu_nodes.items() if node == first)
    other = "gpu_b" if holder == "gpu_a" else "gpu_a"

    with chaos.Load(url, auth, clients=2, body=BODY, timeout_s=TIMEOUT_S + 30) as load:
        load.wait_for_answers(2)
        two_nodes["workers"][holder].kill()
        killed = time.monotonic()
        moved_s = wait_for(
            lambda: replica_node("tiny-sdxl") == gpu_nodes[other], 180, "replica moved"
        )
        chaos.serves_again(url, auth, within_s=120)
        served_s = time.monotonic() - killed
    moved = list(load.answers)
    print(
        f"[chaos] GPU node {holder} killed: replica on {other} after {moved_s:.0f}s, serving "
        f"{served_s:.0f}s after the kill; {chaos.counts(moved)}"
    )
    assert two_nodes["checker"].violations(moved) == []

    with chaos.Load(url, auth, clients=2, body=BODY, timeout_s=TIMEOUT_S + 30) as load:
        load.wait_for_answers(2)
        two_nodes["workers"][other].kill()
        wait_for(lambda: not node_with("diffusion_gpu"), 120, "both GPU nodes gone")
        before = len(load.answers)
        load.wait_for_answers(before + 4, timeout_s=4 * TIMEOUT_S)
    none_left = load.answers[before:]
    print(f"[chaos] no GPU node left: {chaos.counts(none_left)}")
    assert two_nodes["checker"].violations(load.answers) == []
    assert none_left and all(a.status == 503 and a.retry_after for a in none_left), chaos.counts(
        none_left
    )
    assert ray.is_initialized()
