"""The chaos suite, full form (`make chaos`; not collected by `make test`).

One Ray cluster of its own with the audit on PostgreSQL (a database of its own) and the limits
on Redis (a redis-server of its own on CHAOS_REDIS_PORT, default 6390): the shared servers are
never stopped. Two replicas each of the router, governance and tiny-sdxl. Every scenario runs
under load from a few clients, then checks the invariants of tests/support/chaos.py and prints
its outcome counts:

- a model replica, a governance replica, a router replica killed mid-load;
- PostgreSQL out of reach (connections refused and terminated for our database): fail closed
  (503 audit_unavailable with Retry-After), then recover by itself;
- Redis stopped (our own server): fail closed (503 with Retry-After), then recover;
- a redeploy of a changed config (a new max_batch_size) under load: zero failed requests.

Bounded: each scenario runs ~20-60 s; the whole file well under 10 minutes on a quiet machine.
"""

from __future__ import annotations

import copy
import os
import secrets
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.conftest import DEV_KEY, tenant_key, write_tenants_file
from tests.support import chaos
from tests.support.environ import scoped_environ

pytestmark = pytest.mark.chaos

PG_SERVER = os.environ.get(
    "IMPRIMATUR_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
REDIS_PORT = int(os.environ.get("CHAOS_REDIS_PORT", "6390"))
CLIENTS = int(os.environ.get("CHAOS_CLIENTS", "4"))
OUTAGE_S = float(os.environ.get("CHAOS_OUTAGE_S", "8"))
BODY = {"model": "tiny-sdxl", "prompt": "a lighthouse at dusk", "num_inference_steps": 2}
REPLICATED = ("router", "governance", "tiny-sdxl")
LOAD_TENANT = "globex"  # the load's tenant: limits on Redis, tiny-sdxl allowed


class RedisServer:
    """A redis-server of our own (no persistence), stopped and started by PID."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            ping = subprocess.run(
                ["redis-cli", "-p", str(self.port), "ping"], capture_output=True, text=True
            )
            if ping.stdout.strip() == "PONG":
                return
            time.sleep(0.1)
        raise RuntimeError(f"redis-server on {self.port} did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


def limited_tenant(tenants: Path, name: str) -> None:
    """Give `name` limits far above the load, so every request counts in Redis (a tenant
    without limits never touches the store, and a Redis outage would go unseen)."""
    document = yaml.safe_load(tenants.read_text())
    [tenant] = [t for t in document["tenants"] if t["name"] == name]
    tenant["policy"].update(rate_limit_per_minute=1_000_000, image_quota_per_day=10_000_000)
    tenants.write_text(yaml.safe_dump(document, sort_keys=False))


def pg_admin():
    import psycopg

    return psycopg.connect(PG_SERVER, autocommit=True, connect_timeout=5)


def pg_outage(database: str, *, down: bool) -> None:
    """Our database refuses connections (and its open ones are ended), or accepts them again."""
    with pg_admin() as admin:
        admin.execute(
            f'ALTER DATABASE "{database}" WITH ALLOW_CONNECTIONS {"false" if down else "true"}'
        )
        if down:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                (database,),
            )


def chaos_config(audit_url: str, limits_url: str, tenants: Path, cache: Path) -> dict:
    from deployments import local_cluster

    config = local_cluster.load_config()
    app = config["applications"][0]
    app["args"]["models"] = [m for m in app["args"]["models"] if m["name"] == "tiny-sdxl"]
    app["deployments"] = [
        d for d in app["deployments"] if d["name"] in ("router", "governance", "tiny-sdxl")
    ]
    app["args"]["model_cache_dir"] = str(cache)
    app["args"]["tenants_file"] = str(tenants)
    app["args"]["governance"]["audit_url"] = audit_url
    app["args"]["limits_url"] = limits_url
    for name in REPLICATED:
        entry = local_cluster.deployment_overrides(config, name)
        entry.pop("autoscaling_config", None)
        entry["num_replicas"] = 2
    return config


@pytest.fixture(scope="module")
def cluster() -> Iterator[dict]:
    """The service on a Ray cluster of its own; yields what the scenarios need."""
    import psycopg

    from deployments import local_cluster
    from governance.certs import ensure_dev_ca

    try:
        pg_admin().close()
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable at {PG_SERVER}: {exc}")
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server not installed")
    home = Path(tempfile.mkdtemp(prefix="imprimatur-chaos-"))
    ensure_dev_ca(home / "certs")
    tenants = home / "tenants.yaml"
    write_tenants_file(tenants)
    limited_tenant(tenants, LOAD_TENANT)
    database = f"imprimatur_chaos_{secrets.token_hex(4)}"
    with pg_admin() as admin:
        admin.execute(f'CREATE DATABASE "{database}"')
    redis = RedisServer(REDIS_PORT)
    redis.start()
    from deployments.tiny_models import default_cache_dir

    cache = Path(os.environ.get("IMPRIMATUR_MODEL_CACHE") or default_cache_dir())
    environ = {
        "IMPRIMATUR_HOME": str(home),
        "IMPRIMATUR_DEV_KEY": DEV_KEY,
        "IMPRIMATUR_MODEL_CACHE": str(cache),
    }
    audit_url = PG_SERVER.rsplit("/", 1)[0] + f"/{database}?connect_timeout=3"
    config = chaos_config(audit_url, f"redis://127.0.0.1:{REDIS_PORT}/0", tenants, cache)
    with scoped_environ(environ):
        try:
            local_cluster.start_ray(num_cpus=6)
            base_url = local_cluster.deploy(config, local_cluster.free_port(), ready_timeout_s=600)
            auth = {"Authorization": f"Bearer {tenant_key(LOAD_TENANT, 'generate')}"}
            auditor = {"Authorization": f"Bearer {tenant_key(None, 'auditor')}"}
            yield {
                "url": base_url,
                "auth": auth,
                "checker": chaos.Checker(base_url, auditor, home / "certs" / "root_ca.pem"),
                "database": database,
                "redis": redis,
                "config": config,
            }
        finally:
            try:
                local_cluster.shutdown()
            finally:
                redis.stop()
                with pg_admin() as admin:
                    admin.execute(f'ALTER DATABASE "{database}" WITH ALLOW_CONNECTIONS true')
                    admin.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                        (database,),
                    )
                    admin.execute(f'DROP DATABASE IF EXISTS "{database}"')
                shutil.rmtree(home, ignore_errors=True)


def report(name: str, answers: list[chaos.Answer], recovered_s: float | None = None) -> None:
    slowest = max((a.elapsed_s for a in answers), default=0.0)
    line = f"[chaos] {name}: {len(answers)} answers {chaos.counts(answers)}; slowest {slowest:.1f}s"
    if recovered_s is not None:
        line += f"; serving again {recovered_s:.1f}s after the fault ended"
    print(line, flush=True)


def settle(cluster: dict) -> None:
    """Every replicated deployment back at 2 running replicas before the next scenario."""
    for name in REPLICATED:
        chaos.wait_running(name, replicas=2, timeout_s=180)


def killed_mid_load(cluster: dict, deployment: str) -> list[chaos.Answer]:
    settle(cluster)
    with chaos.Load(cluster["url"], cluster["auth"], clients=CLIENTS, body=BODY) as load:
        load.wait_for_answers(CLIENTS)
        before = len(load.answers)
        chaos.kill_replica(deployment)
        load.wait_for_answers(before + 3 * CLIENTS)
    recovered = chaos.serves_again(cluster["url"], cluster["auth"])
    report(f"kill a {deployment} replica", load.answers, recovered)
    return load.answers


@pytest.mark.parametrize("deployment", ["tiny-sdxl", "governance"])
def test_kill_a_replica_mid_load(cluster, deployment):
    answers = killed_mid_load(cluster, deployment)
    assert cluster["checker"].violations(answers) == []
    assert {a.status for a in answers} == {200}, "a replica death must cost no request"


def test_kill_a_router_replica_mid_load(cluster):
    """The router is the HTTP ingress: a request it held when it died cannot be sent again by
    Serve's proxy (the proxy does not know it is safe to repeat), so those few answer 5xx or
    drop the connection. Everything sent after the kill is held to the invariants, and the
    excused answers are at most the requests in flight (one per client)."""
    settle(cluster)
    with chaos.Load(cluster["url"], cluster["auth"], clients=CLIENTS, body=BODY) as load:
        load.wait_for_answers(CLIENTS)
        chaos.kill_replica("router")
        kill_offset = time.monotonic() - load._origin
        load.wait_for_answers(len(load.answers) + 3 * CLIENTS)
    recovered = chaos.serves_again(cluster["url"], cluster["auth"])
    report("kill a router replica", load.answers, recovered)

    def in_flight_at_kill(answer: chaos.Answer) -> bool:
        return answer.sent_at < kill_offset and answer.status in (0, 500, 502)

    excused = [a for a in load.answers if in_flight_at_kill(a)]
    print(f"[chaos] router kill: {len(excused)} in-flight requests lost with their router")
    assert len(excused) <= CLIENTS
    assert cluster["checker"].violations(load.answers, allowed=in_flight_at_kill) == []


def outage_under_load(cluster: dict, name: str, down, up) -> list[chaos.Answer]:
    settle(cluster)
    with chaos.Load(cluster["url"], cluster["auth"], clients=CLIENTS, body=BODY) as load:
        load.wait_for_answers(CLIENTS)
        down()
        time.sleep(OUTAGE_S)
        during = len(load.answers)
        up()
        ended = time.monotonic()
        chaos.serves_again(cluster["url"], cluster["auth"])
        recovered = time.monotonic() - ended
        load.wait_for_answers(during + 2 * CLIENTS)
    report(name, load.answers, recovered)
    return load.answers


def test_postgres_out_of_reach_fails_closed_then_recovers(cluster):
    database = cluster["database"]
    answers = outage_under_load(
        cluster,
        "PostgreSQL out of reach",
        lambda: pg_outage(database, down=True),
        lambda: pg_outage(database, down=False),
    )
    assert cluster["checker"].violations(answers) == []
    refused = [a for a in answers if a.status == 503]
    assert all(a.code in ("audit_unavailable", "overloaded", None) for a in refused), refused


def test_redis_stopped_fails_closed_then_recovers(cluster):
    redis: RedisServer = cluster["redis"]
    answers = outage_under_load(cluster, "Redis stopped", redis.stop, redis.start)
    assert cluster["checker"].violations(answers) == []
    assert any(a.status == 503 for a in answers), "the limits store was down: fail closed"


def test_redeploy_of_a_changed_config_under_load_fails_no_request(cluster):
    """Item 5: a redeploy of a new max_batch_size while clients generate: Serve replaces the
    replicas (the old ones drain their in-flight work before stopping); every answer is 200."""
    from ray.serve._private import api as serve_api
    from ray.serve.schema import ServeDeploySchema

    settle(cluster)
    config = copy.deepcopy(cluster["config"])
    port = int(cluster["url"].rsplit(":", 1)[1])
    config["http_options"] = {**config.get("http_options", {}), "host": "127.0.0.1", "port": port}
    [model] = config["applications"][0]["args"]["models"]
    model["max_batch_size"] = 2 if model["max_batch_size"] != 2 else 3
    old = set(chaos.replica_names("tiny-sdxl"))
    with chaos.Load(cluster["url"], cluster["auth"], clients=CLIENTS, body=BODY) as load:
        load.wait_for_answers(CLIENTS)
        started = time.monotonic()
        client = serve_api.serve_start(http_options=config["http_options"])
        client.deploy_apps(ServeDeploySchema.model_validate(config), _blocking=False)
        while not replaced(old) and time.monotonic() - started < 300:
            time.sleep(1)
        rolled_s = time.monotonic() - started
        load.wait_for_answers(len(load.answers) + 2 * CLIENTS)
    report(f"redeploy under load (replicas replaced in {rolled_s:.0f}s)", load.answers)
    assert replaced(old), "the model replicas were not replaced"
    assert cluster["checker"].violations(load.answers) == []
    assert {a.status for a in load.answers} == {200}, chaos.counts(load.answers)
    cluster["config"] = config


def replaced(old: set[str]) -> bool:
    """No replica of `old` is left, two new ones run, and the deployment is HEALTHY."""
    from ray import serve

    now = set(chaos.replica_names("tiny-sdxl"))
    status = serve.status().applications[chaos.APP].deployments.get("tiny-sdxl")
    if status is None:  # the application is being rebuilt from the new args
        return False
    healthy = str(status.status).endswith("HEALTHY")
    return healthy and not (now & old) and status.replica_states.get("RUNNING", 0) == 2


SOAK_S = float(os.environ.get("CHAOS_SOAK_S", "300"))
SOAK_CLIENTS = int(os.environ.get("CHAOS_SOAK_CLIENTS", "64"))
SOAK_SAMPLE_S = float(os.environ.get("CHAOS_SOAK_SAMPLE_S", "30"))


def test_soak_replica_memory_stays_flat(cluster):
    """64 clients for 5 minutes (CHAOS_SOAK_S, CHAOS_SOAK_CLIENTS); each replica's resident
    memory sampled every 30 s and printed as a table. Past warm-up (the first sample under
    load), no replica may grow by more than half: a leak of one request's worth per request
    would multiply it many times over in this many requests."""
    settle(cluster)
    samples: list[tuple[float, dict[str, float]]] = []
    started = time.monotonic()
    with chaos.Load(
        cluster["url"], cluster["auth"], clients=SOAK_CLIENTS, body=BODY, timeout_s=180
    ) as load:
        while time.monotonic() - started < SOAK_S:
            time.sleep(min(SOAK_SAMPLE_S, max(0.0, SOAK_S - (time.monotonic() - started))))
            samples.append((time.monotonic() - started, chaos.replica_rss_mb()))
    report(f"soak: {SOAK_CLIENTS} clients for {SOAK_S:.0f}s", load.answers)
    names = sorted({name for _, sizes in samples for name in sizes})
    print("[chaos] replica RSS (MB) over the soak")
    print("  t(s)  " + "  ".join(f"{name:>24}" for name in names))
    for at, sizes in samples:
        row = "  ".join(f"{sizes.get(name, float('nan')):>24.0f}" for name in names)
        print(f"  {at:5.0f}  {row}")
    assert cluster["checker"].violations(load.answers) == []
    assert sum(a.status == 200 for a in load.answers) > 0
    first, last = samples[0][1], samples[-1][1]
    grown = {n: last[n] / first[n] for n in first if n in last}  # replicas alive throughout
    assert grown and max(grown.values()) < 1.5, grown
