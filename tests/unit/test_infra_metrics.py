"""deployments.metrics without Ray: names, labels, and that a metric failure never fails a call.

A fake metric with Ray's interface (`inc(value, tags=)`, `observe(value, tags=)`) stands in for
ray.serve.metrics; tests/integration/test_metrics.py checks the real export on a Ray cluster.
"""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from deployments import metrics
from tests.conftest import REPO_ROOT


class FakeMetric:
    def __init__(self, spec: metrics.MetricSpec) -> None:
        self.spec = spec
        self.records: list[tuple[float, dict[str, str]]] = []

    def _record(self, value: float, tags: dict[str, str] | None) -> None:
        tags = tags or {}
        assert set(tags) == set(self.spec.tag_keys), (self.spec.name, tags)
        assert all(isinstance(v, str) for v in tags.values())
        self.records.append((value, tags))

    def inc(self, value: float = 1.0, tags: dict[str, str] | None = None) -> None:
        assert self.spec.kind == "counter" and value > 0
        self._record(value, tags)

    def observe(self, value: float, tags: dict[str, str] | None = None) -> None:
        assert self.spec.kind == "histogram"
        self._record(value, tags)

    def set(self, value: float, tags: dict[str, str] | None = None) -> None:
        assert self.spec.kind == "gauge"
        self._record(value, tags)


class BrokenMetric(FakeMetric):
    def inc(self, value: float = 1.0, tags: dict[str, str] | None = None) -> None:
        raise RuntimeError("metrics agent gone")

    observe = inc


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> dict[str, FakeMetric]:
    created: dict[str, FakeMetric] = {}

    def factory(spec: metrics.MetricSpec) -> FakeMetric:
        created[spec.name] = FakeMetric(spec)
        return created[spec.name]

    monkeypatch.setattr(metrics, "_factory", factory)
    monkeypatch.setattr(metrics, "_metrics", {})
    monkeypatch.setattr(metrics, "_label_values", {})
    monkeypatch.setattr(metrics, "_warned", set())
    return created


def test_names_and_labels_are_the_contract():
    expected = {
        "imprimatur_requests_total": ("tenant", "model", "outcome"),
        "imprimatur_moderation_decisions_total": ("category", "decision"),
        "imprimatur_nsfw_blocks_total": ("model", "label"),
        "imprimatur_images_generated_total": ("model",),
        "imprimatur_stage_latency_ms": ("stage", "model"),
        "imprimatur_signing_failures_total": ("model",),
        "imprimatur_audit_write_failures_total": (),
        "imprimatur_rate_limited_total": ("tenant",),
        "imprimatur_cancellations_total": ("model", "stage"),
        "imprimatur_generation_seconds_saved_total": ("model",),
        "imprimatur_queue_refusals_total": ("model", "tenant", "reason"),
        "imprimatur_adapter_requests_total": ("model", "cache"),
        "imprimatur_adapter_loads_total": ("model",),
        "imprimatur_adapter_evictions_total": ("model",),
        "imprimatur_replica_deaths_total": ("component", "outcome"),
        "imprimatur_tenants_file_stale": (),
    }
    assert {name: spec.tag_keys for name, spec in metrics.METRICS.items()} == expected
    assert metrics.METRICS["imprimatur_stage_latency_ms"].kind == "histogram"
    assert metrics.METRICS["imprimatur_tenants_file_stale"].kind == "gauge"
    assert "ray_imprimatur_tenants_file_stale" in metrics.EXPORTED_NAMES
    # What Ray's Prometheus endpoint shows (checked against a live scrape in integration).
    assert "ray_imprimatur_requests_total" in metrics.EXPORTED_NAMES
    assert "ray_imprimatur_stage_latency_ms_bucket" in metrics.EXPORTED_NAMES
    assert list(metrics.LATENCY_BUCKETS_MS) == sorted(metrics.LATENCY_BUCKETS_MS)


def test_each_function_records_its_metric_with_its_labels(fake):
    metrics.request_finished("acme", "sdxl", "granted")
    metrics.moderation_decision("violence", "flagged")
    metrics.moderation_decision("none", "passed")
    metrics.nsfw_blocked("sdxl", "FEMALE_BREAST_EXPOSED")
    metrics.images_generated("sdxl", 3)
    metrics.stage_latency("generate", "sdxl", 812.5)
    metrics.signing_failure("sdxl")
    metrics.audit_write_failure()
    metrics.rate_limited("acme")
    metrics.generation_cancelled("sdxl", "running")
    metrics.generation_seconds_saved("sdxl", 2.5)
    metrics.queue_refused("sdxl", "acme", "deadline")
    metrics.replica_death("governance", "retried")
    metrics.tenants_file_stale(True)
    metrics.tenants_file_stale(False)  # a gauge records its zero too
    metrics.adapter_request("sdxl", "hit")
    metrics.adapter_loaded("sdxl")
    metrics.adapter_evicted("sdxl")

    assert fake["imprimatur_requests_total"].records == [
        (1.0, {"tenant": "acme", "model": "sdxl", "outcome": "granted"})
    ]
    assert fake["imprimatur_moderation_decisions_total"].records == [
        (1.0, {"category": "violence", "decision": "flagged"}),
        (1.0, {"category": "none", "decision": "passed"}),
    ]
    assert fake["imprimatur_nsfw_blocks_total"].records == [
        (1.0, {"model": "sdxl", "label": "FEMALE_BREAST_EXPOSED"})
    ]
    assert fake["imprimatur_images_generated_total"].records == [(3.0, {"model": "sdxl"})]
    assert fake["imprimatur_stage_latency_ms"].records == [
        (812.5, {"stage": "generate", "model": "sdxl"})
    ]
    assert fake["imprimatur_signing_failures_total"].records == [(1.0, {"model": "sdxl"})]
    assert fake["imprimatur_audit_write_failures_total"].records == [(1.0, {})]
    assert fake["imprimatur_rate_limited_total"].records == [(1.0, {"tenant": "acme"})]
    assert fake["imprimatur_cancellations_total"].records == [
        (1.0, {"model": "sdxl", "stage": "running"})
    ]
    assert fake["imprimatur_generation_seconds_saved_total"].records == [(2.5, {"model": "sdxl"})]
    assert fake["imprimatur_queue_refusals_total"].records == [
        (1.0, {"model": "sdxl", "tenant": "acme", "reason": "deadline"})
    ]
    assert fake["imprimatur_replica_deaths_total"].records == [
        (1.0, {"component": "governance", "outcome": "retried"})
    ]
    assert fake["imprimatur_tenants_file_stale"].records == [(1.0, {}), (0.0, {})]
    assert fake["imprimatur_adapter_requests_total"].records == [
        (1.0, {"model": "sdxl", "cache": "hit"})
    ]
    assert fake["imprimatur_adapter_loads_total"].records == [(1.0, {"model": "sdxl"})]
    assert fake["imprimatur_adapter_evictions_total"].records == [(1.0, {"model": "sdxl"})]


def test_metrics_are_created_once_per_process(fake, monkeypatch):
    calls = []
    factory = metrics._factory
    monkeypatch.setattr(metrics, "_factory", lambda spec: calls.append(spec) or factory(spec))
    for _ in range(3):
        metrics.rate_limited("acme")
    assert len(calls) == 1
    assert len(fake["imprimatur_rate_limited_total"].records) == 3


def test_zero_images_and_negative_durations_are_not_errors(fake):
    metrics.images_generated("sdxl", 0)  # Ray's counters refuse 0: skipped, not raised
    metrics.stage_latency("encode", "sdxl", -0.01)  # clock skew: recorded as 0
    assert "imprimatur_images_generated_total" not in fake
    assert fake["imprimatur_stage_latency_ms"].records == [
        (0.0, {"stage": "encode", "model": "sdxl"})
    ]


def test_a_failing_metric_never_raises_and_logs_once(fake, monkeypatch, caplog):
    monkeypatch.setattr(metrics, "_factory", BrokenMetric)
    with caplog.at_level(logging.WARNING, logger="imprimatur.metrics"):
        for _ in range(5):
            metrics.request_finished("acme", "sdxl", "failed")
            metrics.stage_latency("total", "sdxl", 5.0)
    messages = [r.getMessage() for r in caplog.records]
    assert messages.count("metrics: could not record imprimatur_requests_total") == 1
    assert messages.count("metrics: could not record imprimatur_stage_latency_ms") == 1


def test_a_failing_factory_never_raises(fake, monkeypatch):
    def explode(spec):
        raise ImportError("no ray here")

    monkeypatch.setattr(metrics, "_factory", explode)
    metrics.signing_failure("sdxl")
    metrics.audit_write_failure()


def test_unexpected_values_are_recorded_and_warned_once(fake, caplog):
    with caplog.at_level(logging.WARNING, logger="imprimatur.metrics"):
        metrics.request_finished("acme", "sdxl", "exploded")
        metrics.request_finished("acme", "sdxl", "exploded")
        metrics.stage_latency("teleport", "sdxl", 1.0)
    assert len(fake["imprimatur_requests_total"].records) == 2
    warnings = [r.getMessage() for r in caplog.records]
    assert sum("unexpected outcome" in m for m in warnings) == 1
    assert sum("unexpected stage" in m for m in warnings) == 1


def test_label_values_are_bounded(fake, monkeypatch):
    monkeypatch.setattr(metrics, "MAX_LABEL_VALUES", 3)
    for i in range(6):
        metrics.rate_limited(f"tenant-{i}")
    metrics.rate_limited("tenant-0")  # an early value keeps its own series
    metrics.rate_limited("x" * 500)
    tenants = [tags["tenant"] for _, tags in fake["imprimatur_rate_limited_total"].records]
    assert tenants == ["tenant-0", "tenant-1", "tenant-2", "other", "other", "other"] + [
        "tenant-0",
        "other",
    ]
    assert all(len(t) <= metrics.MAX_LABEL_LENGTH for t in tenants)


@pytest.mark.parametrize("module", ["deployments.metrics", "imprimatur_cli.k8s"])
def test_importing_does_not_import_ray(module):
    code = f"import sys, {module}; sys.exit(1 if 'ray' in sys.modules else 0)"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True)
    assert result.returncode == 0, f"{module} imports ray at import time: {result.stderr!r}"
