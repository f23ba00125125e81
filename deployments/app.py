"""Application builder: `import_path: deployments.app:build_app` in a Serve config.

One deployment per model (named after the model, so the config's `deployments:` section scales
each independently), one per llama-guard backend (named after it), the CPU `governance`
deployment for image work, and the router in front of them (it moderates prompts itself).
"""

from __future__ import annotations

from typing import Any

from ray.serve import Application

from deployments.governance_deployment import GovernanceDeployment
from deployments.guard_deployment import guard_deployments
from deployments.model_deployment import ModelDeployment
from deployments.router import Router
from deployments.settings import parse_settings


def build_app(args: dict[str, Any]) -> Application:
    settings = parse_settings(args)  # fails here, naming the bad key, before anything starts
    cache_dir = str(settings.cache_dir) if settings.cache_dir else None
    models = {
        spec.name: ModelDeployment.options(name=spec.name).bind(
            spec.model_dump(mode="json"), cache_dir, settings.adapters_root()
        )
        for spec in settings.models
    }
    settings_json = settings.model_dump(mode="json")
    guards = guard_deployments(settings.governance.guards, cache_dir)
    governance = GovernanceDeployment.bind(settings_json)
    return Router.bind(settings_json, models, governance, guards)
