"""Scraping and alerts: promtool accepts the rules and their unit tests pass; the rules' limits
equal config/production.yaml's; the PodMonitor finds the RayService's pods and ports."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from deployments.settings import load_serve_config
from imprimatur_cli.k8s import prometheus_rules
from tests.conftest import REPO_ROOT

PROMETHEUS = REPO_ROOT / "infra" / "prometheus"
RULES = PROMETHEUS / "prometheusrule.yaml"
RULE_TESTS = PROMETHEUS / "tests" / "imprimatur.rules.test.yaml"
MANIFEST = REPO_ROOT / "infra" / "kuberay" / "base" / "rayservice.yaml"
OPERATIONS = REPO_ROOT / "docs" / "operations.md"
# Recording rule -> the `deployments:` entry key it mirrors.
LIMITS = {
    "imprimatur:serve_max_queued_requests": ("max_queued_requests",),
    "imprimatur:serve_max_replicas": ("autoscaling_config", "max_replicas"),
    "imprimatur:serve_target_ongoing_requests": ("autoscaling_config", "target_ongoing_requests"),
}
REQUIRED_ALERTS = {
    "ImprimaturSigningFailure",
    "ImprimaturAuditWriteFailure",
    "ImprimaturModerationBlockRateHigh",
    "ImprimaturQueueNearLimit",
    "ImprimaturDeploymentNoHealthyReplica",
    "ImprimaturLatencyP95High",
    "ImprimaturAvailabilityBudgetBurnFast",
    "ImprimaturAvailabilityBudgetBurnSlow",
    "ImprimaturLatencyBudgetBurnFast",
    "ImprimaturLatencyBudgetBurnSlow",
    "ImprimaturRayServiceNotReady",
    "ImprimaturServeMetricsAbsent",
    "ImprimaturGPUPodsPending",
    "ImprimaturColdStartSlow",
}
# Outages page: these must be critical.
CRITICAL_ALERTS = {
    "ImprimaturAvailabilityBudgetBurnFast",
    "ImprimaturLatencyBudgetBurnFast",
    "ImprimaturRayServiceNotReady",
    "ImprimaturServeMetricsAbsent",
    "ImprimaturAuditWriteFailure",
}


def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.skip("promtool not installed (Debian package `prometheus`; `make test` installs it)")
    return path


def all_rules() -> list[dict]:
    return [rule for group in prometheus_rules(RULES)["groups"] for rule in group["rules"]]


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    """The PrometheusRule's groups as a plain rules file, beside a copy of the unit tests."""
    (tmp_path / "imprimatur.rules.yaml").write_text(yaml.safe_dump(prometheus_rules(RULES)))
    shutil.copy(RULE_TESTS, tmp_path / RULE_TESTS.name)
    return tmp_path


def test_promtool_accepts_the_rules(rules_dir):
    result = subprocess.run(
        [promtool(), "check", "rules", "imprimatur.rules.yaml"],
        cwd=rules_dir,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(rf"SUCCESS: {len(all_rules())} rules found", result.stdout), result.stdout


def test_promtool_unit_tests_of_the_alerts_pass(rules_dir):
    result = subprocess.run(
        [promtool(), "test", "rules", RULE_TESTS.name],
        cwd=rules_dir,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    tested = set(re.findall(r"alertname: (\w+)", RULE_TESTS.read_text()))
    assert tested >= REQUIRED_ALERTS - {"ImprimaturLatencyBudgetBurnSlow"}  # as its twin


def test_the_required_alerts_exist_with_severity_and_a_runbook():
    alerts = {rule["alert"]: rule for rule in all_rules() if "alert" in rule}
    assert REQUIRED_ALERTS <= set(alerts)
    headings = {
        re.sub(r"[^a-z0-9 -]", "", line.lstrip("#").strip().lower()).replace(" ", "-")
        for line in OPERATIONS.read_text().splitlines()
        if line.startswith("#")
    }
    for name, rule in alerts.items():
        assert rule["labels"]["severity"] in {"critical", "warning"}, name
        if name in CRITICAL_ALERTS:
            assert rule["labels"]["severity"] == "critical", name
        if name == "ImprimaturAuditWriteFailure":
            assert rule.get("for"), "a single blip must not page"
        assert rule["annotations"]["summary"] and rule["annotations"]["description"], name
        page, _, anchor = rule["annotations"]["runbook"].partition("#")
        assert page == "docs/operations.md" and anchor in headings, f"{name}: no {anchor}"


def test_the_limits_the_alerts_use_equal_the_serve_config():
    app = load_serve_config(REPO_ROOT / "config" / "production.yaml")["applications"][0]
    recorded: dict[tuple[str, str], float] = {}
    for rule in all_rules():
        if rule.get("record") in LIMITS:
            match = re.fullmatch(r"vector\((\d+(?:\.\d+)?)\)", rule["expr"].strip())
            assert match and rule["labels"]["application"] == app["name"], rule
            recorded[(rule["record"], rule["labels"]["deployment"])] = float(match[1])
    for entry in app["deployments"]:
        for record, path in LIMITS.items():
            value = entry
            for key in path:
                value = value[key]
            assert recorded.get((record, entry["name"])) == value, (
                f"{record} for {entry['name']}: config/production.yaml says {value}, "
                f"infra/prometheus/prometheusrule.yaml says {recorded.get((record, entry['name']))}"
            )
    assert len(recorded) == len(LIMITS) * len(app["deployments"])


def test_the_podmonitor_selects_every_ray_pod_and_its_ports():
    monitor = yaml.safe_load((PROMETHEUS / "podmonitor.yaml").read_text())
    selector = monitor["spec"]["selector"]["matchLabels"]
    manifest = yaml.safe_load(MANIFEST.read_text())
    cluster = manifest["spec"]["rayClusterConfig"]
    groups = [cluster["headGroupSpec"], *cluster["workerGroupSpecs"]]
    ports: set[str] = set()
    for group in groups:
        labels = {**group["template"]["metadata"]["labels"], "ray.io/is-ray-node": "yes"}
        assert selector.items() <= labels.items(), group.get("groupName", "head")
        ports |= {p["name"] for c in group["template"]["spec"]["containers"] for p in c["ports"]}
    endpoints = {e["port"] for e in monitor["spec"]["podMetricsEndpoints"]}
    assert "metrics" in endpoints and endpoints <= ports
