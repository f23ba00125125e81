"""Imprimatur's own Prometheus metrics, recorded through Ray Serve's metrics API.

Every replica records into Ray's per-node metrics agent, so Prometheus scraping each Ray node
sees every replica (each series carries Serve's `deployment`, `replica` and `application`
labels). A `/metrics` route behind the load balancer would show one random replica instead.

Ray exports each metric with a `ray_` prefix: `imprimatur_requests_total` is scraped as
`ray_imprimatur_requests_total`, and the latency histogram as
`ray_imprimatur_stage_latency_ms_bucket` / `_sum` / `_count` (Ray approximates `_sum` from
bucket midpoints, so use the buckets for quantiles). `EXPORTED_NAMES` lists every name.

Recording never fails a request: each function swallows errors and logs the first one per
metric. Ray is imported only when a metric is first recorded, inside the replica, so this
module is safe to import anywhere (CLI, unit tests).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

logger = logging.getLogger("imprimatur.metrics")

RAY_PREFIX = "ray_"
OUTCOMES = ("granted", "refused", "failed", "rejected")
DECISIONS = ("flagged", "passed")
# The request path's stages, in order: the Server-Timing header's entries and the latency
# histogram's `stage` label, plus `total` for the whole request. The image stages (nsfw ..
# readback) overlap, NSFW running beside the others: `governance` is the wall clock the request
# spent on them, hops to the governance replicas included (`hop`: that wall clock less the
# replica's own), so moderation + generate + governance + audit (+ the router's own work) add up
# to `total`, and the image stages do not.
STAGES = (
    *("moderation", "generate", "nsfw", "watermark", "encode", "c2pa", "readback", "hop"),
    *("governance", "audit", "total"),
)
#: The entries that follow one another in time: their sum is the request's named time.
SEQUENTIAL_STAGES = ("moderation", "generate", "governance", "audit")
# Milliseconds: a watermark takes ~1 ms, an SDXL generation on a busy GPU tens of seconds.
LATENCY_BUCKETS_MS = (
    *(1, 2.5, 5, 10, 25, 50, 100, 250, 500),
    *(1_000, 2_500, 5_000, 10_000, 20_000, 30_000, 60_000, 120_000, 300_000),
)
# A label keeps at most this many distinct values per process; later ones are recorded as
# `other`, so a bug or a hostile client cannot grow Prometheus' series without bound.
MAX_LABEL_VALUES = 1000
MAX_LABEL_LENGTH = 64
OTHER = "other"
CANCEL_STAGES = ("queued", "running")
QUEUE_REFUSALS = ("queue_full", "deadline")
ADAPTER_CACHE = ("hit", "miss")
REPLICA_DEATH_OUTCOMES = ("retried", "unavailable")


@dataclass(frozen=True)
class MetricSpec:
    name: str
    kind: Literal["counter", "histogram", "gauge"]
    description: str
    tag_keys: tuple[str, ...]

    @property
    def exported_names(self) -> tuple[str, ...]:
        """What Ray's Prometheus endpoint shows for this metric (Ray adds the `ray_` prefix)."""
        base = RAY_PREFIX + self.name
        if self.kind == "histogram":
            return (f"{base}_bucket", f"{base}_sum", f"{base}_count")
        return (base,)


METRICS: dict[str, MetricSpec] = {
    spec.name: spec
    for spec in (
        MetricSpec(
            "imprimatur_requests_total",
            "counter",
            "Image requests by tenant, model and outcome (granted|refused|failed|rejected).",
            ("tenant", "model", "outcome"),
        ),
        MetricSpec(
            "imprimatur_moderation_decisions_total",
            "counter",
            "Prompt moderation decisions (flagged|passed) by category; `none` when passed.",
            ("category", "decision"),
        ),
        MetricSpec(
            "imprimatur_nsfw_blocks_total",
            "counter",
            "Generated images withheld by the NSFW filter, by model and detector label.",
            ("model", "label"),
        ),
        MetricSpec(
            "imprimatur_images_generated_total",
            "counter",
            "Images generated, by model (counted when the model returns them).",
            ("model",),
        ),
        MetricSpec(
            "imprimatur_stage_latency_ms",
            "histogram",
            "Duration of each request stage in milliseconds (the Server-Timing stages).",
            ("stage", "model"),
        ),
        MetricSpec(
            "imprimatur_signing_failures_total",
            "counter",
            "C2PA signing failures, by model; each one withheld an image.",
            ("model",),
        ),
        MetricSpec(
            "imprimatur_audit_write_failures_total",
            "counter",
            "Audit records that could not be written; each one failed its request.",
            (),
        ),
        MetricSpec(
            "imprimatur_rate_limited_total",
            "counter",
            "Requests refused by the per-tenant rate limit or image quota (429).",
            ("tenant",),
        ),
        MetricSpec(
            "imprimatur_cancellations_total",
            "counter",
            "Generations whose caller went away (disconnect, timeout), by model and where the "
            "request was: queued (removed at once) or running (stopped between steps).",
            ("model", "stage"),
        ),
        MetricSpec(
            "imprimatur_generation_seconds_saved_total",
            "counter",
            "Replica seconds not spent on generations whose callers had gone: the estimated "
            "run time of a request removed from the queue, or the remainder of a batch stopped "
            "early (the replica's measured seconds per image-step times the work left).",
            ("model",),
        ),
        MetricSpec(
            "imprimatur_queue_refusals_total",
            "counter",
            "Requests a model replica's fair queue turned away before generation, by tenant: "
            "queue_full (429, the tenant's max_queued) or deadline (503, it waited too long).",
            ("model", "tenant", "reason"),
        ),
        MetricSpec(
            "imprimatur_adapter_requests_total",
            "counter",
            "Requests with LoRA adapters at a model replica, by whether their adapter set was "
            "already loaded there (hit) or had to be loaded (miss): the hit ratio is "
            "hit / (hit + miss).",
            ("model", "cache"),
        ),
        MetricSpec(
            "imprimatur_adapter_loads_total",
            "counter",
            "Adapter sets loaded into a model replica's pipeline (each a multiplexed model).",
            ("model",),
        ),
        MetricSpec(
            "imprimatur_adapter_evictions_total",
            "counter",
            "Adapter sets evicted from a model replica (its LRU of `max_adapter_sets`).",
            ("model",),
        ),
        MetricSpec(
            "imprimatur_replica_deaths_total",
            "counter",
            "Calls from the router whose replica died while holding them, by component (a "
            "model name, moderation, governance): retried (answered by another replica) or "
            "unavailable (no replica in time: 503 with Retry-After).",
            ("component", "outcome"),
        ),
        MetricSpec(
            "imprimatur_tenants_file_stale",
            "gauge",
            "1 while this router serves the last good tenants file because a changed one was "
            "rejected (its revocations and policy changes are not in force), else 0.",
            (),
        ),
    )
}
EXPORTED_NAMES: frozenset[str] = frozenset(
    name for spec in METRICS.values() for name in spec.exported_names
)


def _ray_metric(spec: MetricSpec) -> Any:
    from ray.serve import metrics as serve_metrics  # here, not at import: see the docstring

    if spec.kind == "histogram":
        return serve_metrics.Histogram(
            spec.name,
            description=spec.description,
            boundaries=list(LATENCY_BUCKETS_MS),
            tag_keys=spec.tag_keys,
        )
    if spec.kind == "gauge":
        return serve_metrics.Gauge(spec.name, description=spec.description, tag_keys=spec.tag_keys)
    return serve_metrics.Counter(spec.name, description=spec.description, tag_keys=spec.tag_keys)


# Builds a metric object from its spec; tests swap in a fake with the same interface.
_factory: Callable[[MetricSpec], Any] = _ray_metric
_metrics: dict[str, Any] = {}
_label_values: dict[str, set[str]] = {}
_warned: set[str] = set()
_lock = threading.Lock()


def _warn_once(key: str, message: str, *args: object, exc_info: bool = False) -> None:
    if key in _warned:
        return
    _warned.add(key)
    logger.warning(message, *args, exc_info=exc_info)


def _label(key: str, value: object) -> str:
    text = str(value)[:MAX_LABEL_LENGTH]
    with _lock:
        seen = _label_values.setdefault(key, set())
        if text in seen:
            return text
        if len(seen) < MAX_LABEL_VALUES:
            seen.add(text)
            return text
    _warn_once(f"label:{key}", "metrics: label %r has too many values; recording `other`", key)
    return OTHER


def _expect(key: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        _warn_once(
            f"value:{key}:{value}", "metrics: unexpected %s %r (expected %s)", key, value, allowed
        )


def _metric(name: str) -> Any:
    metric = _metrics.get(name)
    if metric is None:
        with _lock:
            metric = _metrics.get(name)
            if metric is None:
                metric = _metrics[name] = _factory(METRICS[name])
    return metric


def _record(name: str, value: float, labels: dict[str, object]) -> None:
    try:
        value = float(value)
        if METRICS[name].kind == "counter" and value <= 0:
            return  # Ray's counters refuse increments that are not positive
        tags = {key: _label(key, val) for key, val in labels.items()}
        metric = _metric(name)
        if METRICS[name].kind == "histogram":
            metric.observe(max(value, 0.0), tags=tags)
        elif METRICS[name].kind == "gauge":
            metric.set(value, tags=tags)
        else:
            metric.inc(value, tags=tags)
    except Exception:  # a metric must never fail the request that it counts
        _warn_once(f"record:{name}", "metrics: could not record %s", name, exc_info=True)


def request_finished(tenant: str, model: str, outcome: str) -> None:
    """One request answered. outcome: granted | refused | failed | rejected."""
    _expect("outcome", outcome, OUTCOMES)
    _record("imprimatur_requests_total", 1, {"tenant": tenant, "model": model, "outcome": outcome})


def moderation_decision(category: str, decision: str) -> None:
    """decision: flagged | passed; category is `none` when passed."""
    _expect("decision", decision, DECISIONS)
    _record(
        "imprimatur_moderation_decisions_total", 1, {"category": category, "decision": decision}
    )


def nsfw_blocked(model: str, label: str) -> None:
    _record("imprimatur_nsfw_blocks_total", 1, {"model": model, "label": label})


def images_generated(model: str, count: int) -> None:
    _record("imprimatur_images_generated_total", count, {"model": model})


def stage_latency(stage: str, model: str, milliseconds: float) -> None:
    """stage: one of STAGES (the Server-Timing stages, plus `total`)."""
    _expect("stage", stage, STAGES)
    _record("imprimatur_stage_latency_ms", milliseconds, {"stage": stage, "model": model})


def signing_failure(model: str) -> None:
    _record("imprimatur_signing_failures_total", 1, {"model": model})


def audit_write_failure() -> None:
    _record("imprimatur_audit_write_failures_total", 1, {})


def tenants_file_stale(stale: bool) -> None:
    """Whether the router is serving the last good tenants file after rejecting a new one."""
    _record("imprimatur_tenants_file_stale", 1.0 if stale else 0.0, {})


def rate_limited(tenant: str) -> None:
    _record("imprimatur_rate_limited_total", 1, {"tenant": tenant})


def generation_cancelled(model: str, stage: str) -> None:
    """stage: queued | running (see deployments/fair_queue.py)."""
    _expect("stage", stage, CANCEL_STAGES)
    _record("imprimatur_cancellations_total", 1, {"model": model, "stage": stage})


def generation_seconds_saved(model: str, seconds: float) -> None:
    _record("imprimatur_generation_seconds_saved_total", seconds, {"model": model})


def queue_refused(model: str, tenant: str, reason: str) -> None:
    """reason: queue_full | deadline."""
    _expect("reason", reason, QUEUE_REFUSALS)
    _record(
        "imprimatur_queue_refusals_total", 1, {"model": model, "tenant": tenant, "reason": reason}
    )


def adapter_request(model: str, cache: str) -> None:
    """cache: hit | miss (the request's adapter set was, or was not, loaded at the replica)."""
    _expect("cache", cache, ADAPTER_CACHE)
    _record("imprimatur_adapter_requests_total", 1, {"model": model, "cache": cache})


def adapter_loaded(model: str) -> None:
    _record("imprimatur_adapter_loads_total", 1, {"model": model})


def adapter_evicted(model: str) -> None:
    _record("imprimatur_adapter_evictions_total", 1, {"model": model})


def replica_death(component: str, outcome: str) -> None:
    """outcome: retried | unavailable (see deployments/retry.py)."""
    _expect("outcome", outcome, REPLICA_DEATH_OUTCOMES)
    _record("imprimatur_replica_deaths_total", 1, {"component": component, "outcome": outcome})


def server_timing(timings_ms: dict[str, float]) -> str:
    """The `Server-Timing` header: `name;dur=ms` entries in request-path order (unknown stages
    after them)."""
    names = [n for n in STAGES if n in timings_ms]
    names += [n for n in timings_ms if n not in STAGES]
    return ", ".join(f"{name};dur={timings_ms[name]:.1f}" for name in names)


def parse_server_timing(header: str) -> dict[str, float]:
    """The inverse, for tests and benchmarks."""
    stages: dict[str, float] = {}
    for entry in header.split(","):
        name, _, rest = entry.strip().partition(";dur=")
        if name and rest:
            stages[name] = float(rest)
    return stages
