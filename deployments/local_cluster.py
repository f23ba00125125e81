"""Start a local Ray cluster and deploy a Serve config on it: for tests and benchmarks.

Deploys the config file the same way `serve run CONFIG` does (the config's `deployments:`
section applies), with a chosen port and optional overrides, and waits for /readyz.
"""

from __future__ import annotations

import copy
import socket
import time
from pathlib import Path
from typing import Any

import httpx

from deployments.settings import load_serve_config

REPO_ROOT = Path(__file__).resolve().parents[1]
LOCAL_CONFIG = REPO_ROOT / "config" / "local.yaml"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def deployment_overrides(config: dict[str, Any], name: str) -> dict[str, Any]:
    """The `deployments:` entry called `name` in the first application (created if absent)."""
    entries = config["applications"][0].setdefault("deployments", [])
    for entry in entries:
        if entry["name"] == name:
            return entry
    entry = {"name": name}
    entries.append(entry)
    return entry


def load_config(path: Path = LOCAL_CONFIG) -> dict[str, Any]:
    return copy.deepcopy(load_serve_config(path))


def start_ray(num_cpus: int, metrics_export_port: int | None = None) -> None:
    """A local cluster; `metrics_export_port` exposes Ray's Prometheus endpoint for scraping."""
    import ray

    if not ray.is_initialized():
        ray.init(
            num_cpus=num_cpus,
            _metrics_export_port=metrics_export_port,
            namespace="serve",
            include_dashboard=False,
            log_to_driver=False,
            configure_logging=False,
        )


# With HAProxy in front (direct ingress, config/local.yaml) a cluster also holds HAProxy's stats
# and metrics ports and Serve's fallback proxy port, fixed by default (8404, 9101, 8500): a
# cluster started here takes free ones instead, so it can run beside `make serve` or another.
HAPROXY_PORT_VARIABLES = (
    "RAY_SERVE_HAPROXY_STATS_PORT",
    "RAY_SERVE_HAPROXY_METRICS_PORT",
    "RAY_SERVE_FALLBACK_PROXY_HTTP_PORT",
)


def _private_haproxy_ports(config: dict[str, Any]) -> None:
    runtime_env = (config.get("controller_options") or {}).get("runtime_env") or {}
    env_vars = runtime_env.get("env_vars") or {}
    if env_vars.get("RAY_SERVE_ENABLE_HA_PROXY") == "1":
        # A copy: the application's runtime_env may be the same mapping (a YAML alias), and a
        # change there would make a later redeploy of the same config replace every replica.
        runtime_env["env_vars"] = {
            **{name: str(free_port()) for name in HAPROXY_PORT_VARIABLES},
            **env_vars,
        }


def deploy(config: dict[str, Any], port: int, ready_timeout_s: float = 300.0) -> str:
    """Deploy `config` on the running Ray cluster, serving HTTP on `port`; returns the base URL."""
    from ray.serve._private import api as serve_api
    from ray.serve.schema import ServeDeploySchema

    config = copy.deepcopy(config)
    config["http_options"] = {**config.get("http_options", {}), "host": "127.0.0.1", "port": port}
    _private_haproxy_ports(config)
    schema = ServeDeploySchema.model_validate(config)
    client = serve_api.serve_start(
        http_options=schema.http_options.model_dump(),
        proxy_location=schema.proxy_location,
        # As `serve run` does: the controller's env vars (e.g. direct ingress) come from here.
        controller_options=schema.controller_options,
    )
    # Not Serve's own blocking wait: it gives up after a fixed 60 s, which replicas that are slow
    # to schedule on a busy 2-core machine exceed; `ready_timeout_s` bounds the whole wait.
    client.deploy_apps(schema, _blocking=False)
    deadline = time.monotonic() + ready_timeout_s
    wait_running(client, {app.name for app in schema.applications}, deadline)
    base_url = f"http://127.0.0.1:{port}"
    wait_ready(base_url, max(1.0, deadline - time.monotonic()))
    return base_url


def wait_running(client: Any, names: set[str], deadline: float) -> None:
    """Until every application in `names` is RUNNING; raises at once if one failed."""
    from ray.serve.schema import ApplicationStatus

    while True:
        statuses = {
            status.name: status.app_status
            for status in client.list_serve_statuses()
            if status.name in names
        }
        states = {info.status for info in statuses.values()}
        if len(statuses) == len(names) and states == {ApplicationStatus.RUNNING}:
            return
        failed = [
            n for n, info in statuses.items() if info.status == ApplicationStatus.DEPLOY_FAILED
        ]
        if failed:
            messages = "; ".join(f"{n}: {statuses[n].message}" for n in failed)
            raise RuntimeError(f"Serve application failed to deploy: {messages}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"Serve applications {sorted(names)} not running: {statuses}")
        time.sleep(0.5)


def wait_ready(base_url: str, timeout_s: float) -> None:
    """Until /readyz answers 200; fails at once if Serve says an application failed."""
    deadline = time.monotonic() + timeout_s
    last = "no answer"
    while time.monotonic() < deadline:
        _raise_if_deploy_failed()
        try:
            response = httpx.get(f"{base_url}/readyz", timeout=10)
            if response.status_code == 200:
                return
            last = response.text
        except httpx.HTTPError as exc:
            last = repr(exc)
        time.sleep(1)
    raise TimeoutError(f"service at {base_url} not ready after {timeout_s}s: {last}")


def _raise_if_deploy_failed() -> None:
    import ray
    from ray import serve

    if not ray.is_initialized():  # serve.status() would start a cluster of its own
        return
    try:
        applications = serve.status().applications
    except Exception:  # no Serve status here (another process's cluster): rely on /readyz
        return
    for name, app in applications.items():
        if str(app.status).endswith("DEPLOY_FAILED"):
            raise RuntimeError(f"application {name!r} failed to deploy: {app.message}")


def shutdown() -> None:
    import ray
    from ray import serve

    try:
        serve.shutdown()
    finally:
        ray.shutdown()
