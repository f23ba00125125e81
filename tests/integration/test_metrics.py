"""Our metrics leave every replica through Ray's Prometheus export, with their labels.

Scrapes the session cluster's metrics endpoint (Ray exports with a delay of several seconds,
so each check polls) and parses it with prometheus_client's parser, as Prometheus would.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from ray import serve

from deployments import metrics
from imprimatur_cli.k8s import prometheus_rules
from tests.conftest import REPO_ROOT
from tests.support.promql import dashboard_queries, promql_metric_names

PROBE_APP = "imprimatur-metrics-probe"
TENANT, MODEL = "probe-tenant", "probe-model"
SCRAPE_TIMEOUT_S = 60
# Ray metrics the dashboard or alerts use that a CPU-only cluster cannot show.
GPU_ONLY = {"ray_node_gpus_utilization", "ray_node_gram_used"}

Samples = dict[str, list[tuple[dict[str, str], float]]]


def scrape(port: int) -> Samples:
    text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text
    samples: Samples = defaultdict(list)
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[sample.name].append((sample.labels, sample.value))
    return samples


def poll(port: int, ready: Callable[[Samples], bool]) -> Samples:
    deadline = time.monotonic() + SCRAPE_TIMEOUT_S
    samples = scrape(port)
    while not ready(samples) and time.monotonic() < deadline:
        time.sleep(2)
        samples = scrape(port)
    return samples


def find(samples: Samples, name: str, **labels: str) -> list[tuple[dict[str, str], float]]:
    return [(tags, v) for tags, v in samples.get(name, []) if labels.items() <= tags.items()]


@pytest.fixture(scope="module")
def probe_samples(serve_app: str, ray_metrics_port: int):
    """Calls every metrics function inside a replica of a test-only app, then scrapes."""

    @serve.deployment(name="metrics-probe", num_replicas=1, ray_actor_options={"num_cpus": 0})
    class MetricsProbe:  # defined here so Ray pickles it by value
        def __call__(self) -> None:
            from deployments import metrics as m

            m.request_finished(TENANT, MODEL, "granted")
            m.moderation_decision("violence", "flagged")
            m.nsfw_blocked(MODEL, "FEMALE_BREAST_EXPOSED")
            m.images_generated(MODEL, 2)
            for stage in m.STAGES:
                m.stage_latency(stage, MODEL, 12.0)
            m.signing_failure(MODEL)
            m.audit_write_failure()
            m.rate_limited(TENANT)

    handle = serve.run(MetricsProbe.bind(), name=PROBE_APP, route_prefix=None)
    try:
        handle.remote().result(timeout_s=60)
        yield poll(
            ray_metrics_port,
            lambda s: all(find(s, n, application=PROBE_APP) for n in metrics.EXPORTED_NAMES),
        )
    finally:
        serve.delete(PROBE_APP)


def test_every_metric_is_exported_from_the_replica_with_its_labels(probe_samples):
    serve_labels = {"application": PROBE_APP, "deployment": "metrics-probe"}
    expected = {
        "ray_imprimatur_requests_total": (
            {"tenant": TENANT, "model": MODEL, "outcome": "granted"}, 1
        ),
        "ray_imprimatur_moderation_decisions_total": (
            {"category": "violence", "decision": "flagged"}, 1
        ),
        "ray_imprimatur_nsfw_blocks_total": ({"model": MODEL, "label": "FEMALE_BREAST_EXPOSED"}, 1),
        "ray_imprimatur_images_generated_total": ({"model": MODEL}, 2),
        "ray_imprimatur_signing_failures_total": ({"model": MODEL}, 1),
        "ray_imprimatur_audit_write_failures_total": ({}, 1),
        "ray_imprimatur_rate_limited_total": ({"tenant": TENANT}, 1),
    }  # fmt: skip
    for name, (labels, value) in expected.items():
        found = find(probe_samples, name, **labels, **serve_labels)
        assert len(found) == 1, f"{name}{labels}: {probe_samples.get(name)}"
        sample_labels, sample_value = found[0]
        assert sample_value == value, name
        assert sample_labels["replica"], f"{name}: no replica label"


def test_the_stage_latency_histogram_has_every_stage_and_its_buckets(probe_samples):
    for stage in metrics.STAGES:
        labels = {"stage": stage, "model": MODEL, "application": PROBE_APP}
        assert [
            v for _, v in find(probe_samples, "ray_imprimatur_stage_latency_ms_count", **labels)
        ] == [1]
        buckets = {
            float(tags["le"]): v
            for tags, v in find(probe_samples, "ray_imprimatur_stage_latency_ms_bucket", **labels)
        }  # fmt: skip
        assert sorted(b for b in buckets if b != float("inf")) == list(metrics.LATENCY_BUCKETS_MS)
        assert buckets[10.0] == 0 and buckets[25.0] == 1 and buckets[float("inf")] == 1, stage


def test_ray_metrics_that_the_dashboard_and_alerts_use_are_exported(probe_samples):
    board = json.loads((REPO_ROOT / "infra" / "grafana" / "imprimatur.json").read_text())
    rules = prometheus_rules(REPO_ROOT / "infra" / "prometheus" / "prometheusrule.yaml")
    queries = [q for _, q in dashboard_queries(board)]
    queries += [r["expr"] for g in rules["groups"] for r in g["rules"]]
    used = set().union(*(promql_metric_names(q) for q in queries))
    ray_used = {n for n in used if n.startswith("ray_") and n not in metrics.EXPORTED_NAMES}
    assert ray_used - GPU_ONLY, "the dashboard uses no Ray metric?"
    assert sorted(ray_used - GPU_ONLY - set(probe_samples)) == []
    # Serve's health series for our own application, which the no-healthy-replica alert reads.
    healthy = find(probe_samples, "ray_serve_deployment_replica_healthy", application="imprimatur")
    assert {tags["deployment"] for tags, v in healthy if v == 1} >= {
        "router",
        "tiny-sdxl",
        "tiny-janus",
    }


def test_a_request_through_the_router_is_counted(serve_app, auth_headers, ray_metrics_port):
    response = httpx.post(
        f"{serve_app}/v1/images/generations",
        headers=auth_headers,
        json={"model": "tiny-sdxl", "prompt": "a lighthouse at dusk", "size": "256x256", "seed": 7},
        timeout=120,
    )
    assert response.status_code == 200, response.text
    wanted = {"model": "tiny-sdxl", "outcome": "granted", "application": "imprimatur"}
    samples = poll(
        ray_metrics_port,
        lambda s: (
            find(s, "ray_imprimatur_requests_total", **wanted)
            and find(s, "ray_imprimatur_stage_latency_ms_count", stage="total", model="tiny-sdxl")
        ),
    )
    counted = find(samples, "ray_imprimatur_requests_total", **wanted)
    assert counted and sum(v for _, v in counted) >= 1, samples.get("ray_imprimatur_requests_total")
    assert {tags["deployment"] for tags, _ in counted} == {"router"}
    assert find(samples, "ray_imprimatur_stage_latency_ms_count", stage="total", model="tiny-sdxl")
