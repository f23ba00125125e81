"""Every query of the Grafana dashboard and of the alerts names a metric that exists.

"Exists" means one of: our own metrics as Ray exports them (deployments.metrics), a metric that
the installed Ray defines (found in its source, with Ray's `ray_` prefix and Prometheus'
suffixes), a recording rule of our PrometheusRule, or one of the few Kubernetes-side metrics
the alerts read (KUBERNETES_METRICS: KubeRay's operator and kube-state-metrics, which cannot be
found here; their names are from those projects' metric references). The integration test
tests/integration/test_metrics.py checks the same names against a live scrape.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
import yaml

from deployments.metrics import EXPORTED_NAMES
from imprimatur_cli.k8s import prometheus_rules
from tests.conftest import REPO_ROOT
from tests.support.promql import dashboard_queries, promql_metric_names

DASHBOARD = REPO_ROOT / "infra" / "grafana" / "imprimatur.json"
RULES = REPO_ROOT / "infra" / "prometheus" / "prometheusrule.yaml"
# Ray defines metrics as e.g. metrics.Gauge("serve_deployment_queued_queries", ...) or
# Gauge(name=f"serve_num_{protocol_name}_requests", ...).
_RAY_METRIC = re.compile(
    r"\b(Gauge|Counter|Histogram)\(\s*(?:name\s*=\s*)?f?[\"']([A-Za-z_{][\w{}]*)[\"']"
)
KUBERNETES_METRICS = {
    "kuberay_service_condition_ready",  # KubeRay operator 1.4+, labels name, namespace, condition
    "kube_pod_status_phase",  # kube-state-metrics
    "kube_pod_container_resource_requests",  # kube-state-metrics, resource="nvidia_com_gpu"
}
_GRAFANA_VARIABLES = {"$__rate_interval": "5m", "$__interval": "1m", "$__range": "1h"}


@cache
def ray_metric_patterns() -> tuple[re.Pattern[str], ...]:
    """Each metric Ray's Python code defines, as exported: `ray_` + name (+ type suffixes)."""
    spec = importlib.util.find_spec("ray")
    assert spec and spec.origin, "ray is not installed"
    root = Path(spec.origin).parent
    patterns = set()
    for folder in ("serve", "dashboard", "autoscaler", "util", "_private"):
        for path in (root / folder).rglob("*.py"):
            if "test" in path.name:
                continue
            for kind, name in _RAY_METRIC.findall(path.read_text(errors="ignore")):
                suffixes = {"Counter": ("_total",), "Histogram": ("_bucket", "_sum", "_count")}
                body = re.sub(r"\\\{\w+\\\}", "[a-z0-9_]+", re.escape(name))  # f-string fields
                for suffix in suffixes.get(kind, ("",)):
                    patterns.add(f"ray_{body}{suffix}")
    assert len(patterns) > 100, "found too few Ray metrics: has Ray's layout changed?"
    return tuple(re.compile(p) for p in sorted(patterns))


def recorded_names() -> set[str]:
    groups = prometheus_rules(RULES)["groups"]
    return {rule["record"] for group in groups for rule in group["rules"] if "record" in rule}


def is_known(name: str) -> bool:
    return (
        name in EXPORTED_NAMES
        or name in recorded_names()
        or name in KUBERNETES_METRICS
        or any(p.fullmatch(name) for p in ray_metric_patterns())
    )


def dashboard() -> dict:
    return json.loads(DASHBOARD.read_text())


def variable_queries(board: dict) -> list[tuple[str, str]]:
    out = []
    for variable in board.get("templating", {}).get("list", []):
        query = variable.get("query")
        query = query.get("query") if isinstance(query, dict) else query
        if variable.get("type") == "query" and query:
            out.append((f"${variable['name']}", query))
    return out


def names_in(query: str) -> set[str]:
    match = re.fullmatch(r"\s*label_values\(\s*([\w:]+)(?:\{.*\})?\s*,\s*\w+\s*\)\s*", query)
    return {match[1]} if match else promql_metric_names(query)


def test_every_dashboard_query_names_a_metric_we_or_ray_export():
    board = dashboard()
    queries = dashboard_queries(board) + variable_queries(board)
    assert len(queries) >= 20
    unknown = [
        (title, name) for title, query in queries for name in names_in(query) if not is_known(name)
    ]
    assert unknown == []
    for title, query in queries:
        assert names_in(query), f"{title}: no metric in {query!r}"


def test_every_alert_and_recording_rule_names_a_metric_we_or_ray_export():
    rules = [rule for group in prometheus_rules(RULES)["groups"] for rule in group["rules"]]
    unknown = [
        (rule.get("alert") or rule.get("record"), name)
        for rule in rules
        for name in promql_metric_names(rule["expr"])
        if not is_known(name)
    ]
    assert unknown == []


def test_the_name_checker_refuses_names_nobody_exports():
    assert not is_known("ray_serve_deployment_queued_requests")  # a plausible typo
    assert not is_known("imprimatur_requests_total")  # ours without Ray's prefix
    assert is_known("ray_serve_num_http_requests_total")  # from an f-string template
    assert is_known("ray_node_gpus_utilization")
    assert promql_metric_names(
        'histogram_quantile(0.95, sum by (le, stage) (rate(x_bucket{stage="a b"}[5m]))) > 3e4'
    ) == {"x_bucket"}


def test_the_dashboard_covers_what_operators_need():
    text = json.dumps(dashboard())
    needs = {
        "traffic": "ray_imprimatur_requests_total",
        "latency per stage": "ray_imprimatur_stage_latency_ms_bucket",
        "images by model": "ray_imprimatur_images_generated_total",
        "refusals by category": "ray_imprimatur_moderation_decisions_total",
        "replicas": "ray_serve_deployment_replica_healthy",
        "autoscaling target": "ray_serve_autoscaling_target_replicas",
        "GPU utilisation": "ray_node_gpus_utilization",
        "queue": "ray_serve_deployment_queued_queries",
    }
    assert [need for need, metric in needs.items() if metric not in text] == []


def test_every_dashboard_query_parses_as_promql(tmp_path):
    """promtool parses each query (Grafana's variables replaced), by checking it as a rule."""
    promtool = shutil.which("promtool")
    if promtool is None:
        pytest.skip("promtool not installed (Debian package `prometheus`)")
    rules = []
    for i, (_, query) in enumerate(dashboard_queries(dashboard())):
        for variable, value in _GRAFANA_VARIABLES.items():
            query = query.replace(variable, value)
        query = query.replace("$model", ".*")
        rules.append({"record": f"dashboard:query_{i}", "expr": query})
    path = tmp_path / "dashboard.rules.yaml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
    result = subprocess.run(
        [promtool, "check", "rules", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_panels_have_unique_ids_and_a_prometheus_datasource():
    panels = dashboard()["panels"]
    ids = [panel["id"] for panel in panels]
    titles = [panel["title"] for panel in panels]
    assert len(ids) == len(set(ids)) and len(titles) == len(set(titles))
    for panel in panels:
        if panel["type"] != "row":
            assert panel["datasource"]["uid"] == "${datasource}", panel["title"]
