"""Autoscaling reaction times: a load step to the second replica serving, idle to scale-down.

Run: python benchmarks/autoscaling.py [--clients N] [--timeout S]

The local config with tiny-sdxl alone (its autoscaling_config as in config/local.yaml: 1..2
replicas, target 1 ongoing request) is deployed on a local Ray cluster. At t=0, N clients start
sending full API requests back to back (a load step); the script watches `serve.status()` and
probes the model deployment's `ready()` through a handle until a replica other than the first one
answers. Then the load stops, and it waits for the deployment to be back at one replica.

Reported beside the config's delays, which set the floor: the decision to scale up can't come
before `upscale_delay_s` of sustained load (averaged over `look_back_period_s`), nor the decision
to scale down before `downscale_delay_s` of low load; a new replica then still has to start (a
Ray worker process, imports, loading the model) before it serves.
"""

from __future__ import annotations

import argparse
import threading
import time

import _common  # noqa: F401  (sets sys.path and offline env first)
from _common import (
    APP_NAME,
    auth_headers,
    local_service,
    machine_line,
    model_cache_dir,
    only_model,
    print_table,
)

MODEL = "tiny-sdxl"
POLL_S = 0.25


def replica_states(name: str) -> tuple[str, dict[str, int]]:
    from ray import serve

    deployment = serve.status().applications[APP_NAME].deployments[name]
    return str(deployment.status), {str(k): v for k, v in deployment.replica_states.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients in the step")
    parser.add_argument("--timeout", type=float, default=120.0, help="give up on a phase after")
    args = parser.parse_args()

    import httpx
    from ray import serve

    from deployments import local_cluster
    from deployments.tiny_models import ensure_tiny_model

    config = only_model(local_cluster.load_config(), MODEL)
    app = config["applications"][0]
    entry = next(d for d in app["deployments"] if d["name"] == MODEL)
    scaling = entry["autoscaling_config"]
    ensure_tiny_model(MODEL, model_cache_dir())
    print(machine_line())

    marks: dict[str, float] = {}
    statuses: list[int] = []
    with local_service(config) as base_url:
        handle = serve.get_deployment_handle(MODEL, app_name=APP_NAME)
        first_replica = handle.ready.remote().result(timeout_s=60)["replica_id"]
        _, states = replica_states(MODEL)
        assert states.get("RUNNING", 0) == 1, states
        stop = threading.Event()

        def client_loop(index: int) -> None:
            with httpx.Client(timeout=300) as client:
                seed = index * 1000
                while not stop.is_set():
                    seed += 1
                    response = client.post(
                        f"{base_url}/v1/images/generations",
                        headers=auth_headers(),
                        json={"model": MODEL, "prompt": "a lighthouse at dusk", "seed": seed},
                    )
                    statuses.append(response.status_code)

        workers = [
            threading.Thread(target=client_loop, args=(i,), daemon=True)
            for i in range(args.clients)
        ]
        t0 = time.monotonic()
        for worker in workers:
            worker.start()
        try:
            while time.monotonic() - t0 < args.timeout:
                status, states = replica_states(MODEL)
                now = time.monotonic() - t0
                if "decided" not in marks and ("UPSCALING" in status or sum(states.values()) > 1):
                    marks["decided"] = now
                if "running" not in marks and states.get("RUNNING", 0) >= 2:
                    marks["running"] = now
                if "running" in marks:
                    answer = handle.ready.remote().result(timeout_s=60)
                    if answer["replica_id"] != first_replica:
                        marks["serving"] = time.monotonic() - t0
                        marks["new_load_s"] = answer["load_seconds"]
                        break
                time.sleep(POLL_S)
        finally:
            stop.set()
            for worker in workers:
                worker.join(timeout=300)
        t1 = time.monotonic()  # the last request has returned: idle from here
        while "serving" in marks and time.monotonic() - t1 < args.timeout:
            status, states = replica_states(MODEL)
            now = time.monotonic() - t1
            if "down_decided" not in marks and (
                "DOWNSCALING" in status or states.get("STOPPING", 0) > 0
            ):
                marks["down_decided"] = now
            if states.get("RUNNING", 0) == 1 and sum(states.values()) == 1:
                marks["down_done"] = now
                break
            time.sleep(POLL_S)

    def mark(key: str) -> str:
        return f"{marks[key]:.1f}" if key in marks else f"> {args.timeout:.0f} (not seen)"

    print(
        f"\nautoscaling {MODEL}: {args.clients} clients step from idle, 1 -> "
        f"{scaling.get('max_replicas')} replicas; {len(statuses)} requests, "
        f"statuses {sorted(set(statuses))}"
    )
    print(
        "  config: "
        + ", ".join(
            f"{key} {scaling.get(key)}"
            for key in (
                "target_ongoing_requests",
                "upscale_delay_s",
                "downscale_delay_s",
                "look_back_period_s",
                "metrics_interval_s",
            )
        )
    )
    up_floor = scaling.get("upscale_delay_s", 30)
    down_floor = scaling.get("downscale_delay_s", 600)
    print_table(
        ["event", "seconds", "config floor (s)"],
        [
            ["load step -> scale-up decided", mark("decided"), f"{up_floor}"],
            ["load step -> 2nd replica RUNNING", mark("running"), ""],
            ["load step -> 2nd replica serving", mark("serving"), ""],
            ["idle -> scale-down decided", mark("down_decided"), f"{down_floor}"],
            ["idle -> back to 1 replica", mark("down_done"), ""],
        ],
    )
    if "decided" in marks and "running" in marks:
        start_s = marks["running"] - marks["decided"]
        print(f"\n  replica start (decided -> RUNNING): {start_s:.1f} s", end="")
        if "new_load_s" in marks:
            print(f", of which loading the model {marks['new_load_s']:.1f} s", end="")
        print(" (the rest: worker process, imports, health check)")
    if "serving" in marks:
        print(f"  serving / upscale_delay_s: {marks['serving'] / up_floor:.1f}x")
    if "down_done" in marks:
        print(f"  back to 1 / downscale_delay_s: {marks['down_done'] / down_floor:.1f}x")


if __name__ == "__main__":
    main()
