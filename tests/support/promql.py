"""Test helpers: which metric names a PromQL query reads, and a Grafana dashboard's queries.

Used by the infra tests to check that every alert and panel reads a metric the service exports.
"""

from __future__ import annotations

import re
from typing import Any

# PromQL words that look like metric names but are not.
_PROMQL_WORDS = {
    "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or",
    "unless", "offset", "atan2", "inf", "nan",
}  # fmt: skip
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')
_MODIFIER_LISTS = re.compile(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_IDENTIFIER = re.compile(r"(?<![\w:.$])([A-Za-z_:][\w:]*)(\s*\()?")


def promql_metric_names(expr: str) -> set[str]:
    """Metric names a PromQL expression reads (functions, labels and keywords left out)."""
    text = _STRINGS.sub('""', expr)
    text = re.sub(r"\{[^}]*\}", "", text)  # label matchers
    text = re.sub(r"\[[^\]]*\]", "", text)  # ranges and subqueries
    text = _MODIFIER_LISTS.sub(" ", text)
    text = re.sub(r"\$\{?\w+\}?", "", text)  # Grafana variables
    names = set()
    for match in _IDENTIFIER.finditer(text):
        name, call = match.groups()
        if not call and name.lower() not in _PROMQL_WORDS:
            names.add(name)
    return names


def dashboard_queries(dashboard: dict[str, Any]) -> list[tuple[str, str]]:
    """(panel title, PromQL) for every query target in a Grafana dashboard, rows included."""
    queries = []
    panels = list(dashboard.get("panels", []))
    while panels:
        panel = panels.pop(0)
        panels.extend(panel.get("panels", []))
        for target in panel.get("targets", []):
            if target.get("expr"):
                queries.append((panel.get("title", "?"), target["expr"]))
    return queries
