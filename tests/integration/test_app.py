"""The application graph on a real local Ray cluster: one deployment per model plus the router."""

from __future__ import annotations

import httpx
from ray import serve

APP = "imprimatur"


def test_each_model_is_its_own_deployment_behind_the_router(serve_app):
    status = serve.status().applications[APP]
    assert status.status == "RUNNING"
    models = {"tiny-sdxl", "tiny-janus", "tiny-emu3"}
    assert set(status.deployments) == {"router", "governance", *models}
    for name in ("governance", *models):
        assert status.deployments[name].status in {"HEALTHY", "UPSCALING", "DOWNSCALING"}


def test_model_handles_answer_directly(serve_app):
    handle = serve.get_deployment_handle("tiny-janus", app_name=APP)
    info = handle.ready.remote().result(timeout_s=60)
    assert info["model"] == "tiny-janus" and info["load_seconds"] >= 0


def test_readyz_reports_every_model(serve_app):
    response = httpx.get(f"{serve_app}/readyz", timeout=30)
    assert response.status_code == 200
    body = response.json()
    assert {name: probe["state"] for name, probe in body["models"].items()} == {
        "tiny-sdxl": "ready",
        "tiny-janus": "ready",
        "tiny-emu3": "ready",
    }
    assert all(probe["called"] and probe["replicas"] >= 1 for probe in body["models"].values())
    assert body["models"]["tiny-sdxl"]["revision"] == "tiny-v1"
    assert body["serve_status"] == "known" and body["scaled_to_zero"] == []
    assert body["governance"]["state"] == "ready" and body["audit"]["state"] == "ready"
    assert httpx.get(f"{serve_app}/healthz", timeout=10).json() == {"status": "ok"}


def test_router_reads_model_replica_states_for_readiness(serve_app):
    """/readyz counts a model scaled to zero as ready without waking it; that needs Serve's
    status from inside the router replica."""
    router = serve.get_deployment_handle("router", app_name=APP)
    states = router.model_replicas.remote().result(timeout_s=60)
    assert set(states) == {"tiny-sdxl", "tiny-janus", "tiny-emu3"}
    assert all(count >= 1 for _, count in states.values())
