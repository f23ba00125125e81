"""Autoscaling for real: load on one model scales it 1 -> 2 and back; the others (the diffusion
model, and the other autoregressive one: each model is its own deployment) stay at 1."""

from __future__ import annotations

import threading
import time

import httpx
from ray import serve

APP = "imprimatur"
IDLE = ("tiny-sdxl", "tiny-emu3")


def running_replicas(name: str) -> int:
    deployment = serve.status().applications[APP].deployments[name]
    return deployment.replica_states.get("RUNNING", 0)


def wait_for(predicate, timeout_s: float, interval_s: float = 0.5) -> float:
    """Seconds until predicate() held; raises if it never does within timeout_s."""
    started = time.monotonic()
    while time.monotonic() - started < timeout_s:
        if predicate():
            return time.monotonic() - started
        time.sleep(interval_s)
    raise AssertionError(f"condition not met within {timeout_s}s")


def test_loaded_model_scales_up_and_back_down_alone(serve_app, auth_headers):
    # Earlier tests may have scaled any model up: start from every model at its minimum.
    wait_for(lambda: all(running_replicas(n) == 1 for n in ("tiny-janus", *IDLE)), 120)
    stop = threading.Event()
    statuses: list[int] = []

    def client_loop() -> None:
        with httpx.Client(timeout=120) as client:
            while not stop.is_set():
                response = client.post(
                    f"{serve_app}/v1/images/generations",
                    headers=auth_headers,
                    json={"model": "tiny-janus", "prompt": "a lighthouse at dusk"},
                )
                statuses.append(response.status_code)

    workers = [threading.Thread(target=client_loop, daemon=True) for _ in range(4)]
    for worker in workers:
        worker.start()
    idle_counts: set[tuple[int, ...]] = set()

    def janus_scaled_up() -> bool:
        idle_counts.add(tuple(running_replicas(name) for name in IDLE))
        return running_replicas("tiny-janus") == 2

    try:
        scale_up_s = wait_for(janus_scaled_up, timeout_s=180)
    finally:
        stop.set()
        for worker in workers:
            worker.join(timeout=180)
    assert idle_counts == {(1, 1)}, "the idle models must stay at their minimum"
    assert 200 in statuses
    assert set(statuses) <= {200, 503}, statuses  # 503 only as back-pressure, never an error
    scale_down_s = wait_for(lambda: running_replicas("tiny-janus") == 1, timeout_s=120)
    assert all(running_replicas(name) == 1 for name in IDLE)
    print(f"scale up after {scale_up_s:.1f}s of load; down {scale_down_s:.1f}s after it stopped")
