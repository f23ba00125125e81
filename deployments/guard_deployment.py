"""The Llama Guard deployment: a guard model on its own replicas (a GPU in production), scaled
in the Serve config's `deployments:` section like a model deployment, under its spec's name.

Thin: the governance library does the work (template, generation, parsing). Texts from
concurrent requests share one generate call (`@serve.batch`); each request's answers are
parsed on their own, so one malformed answer fails only its request (closed).
The router reaches it through `guard_backends`, which wraps the handle in the
library's LlamaGuardBackend.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ray import serve
from ray.serve.handle import DeploymentHandle

from deployments.tiny_models import ensure_tiny_model, is_tiny_model
from governance.moderation.guards import GuardsConfig, LlamaGuardBackend, LlamaGuardSpec
from governance.moderation.guards.base import GuardBackend
from governance.moderation.guards.llama_guard import LlamaGuardClassifier, parse_output


def resolve_guard_source(source: str, cache_dir: str | None = None) -> str:
    """A hub id or folder as is; `tiny-llama-guard` built (once) into the model cache."""
    if is_tiny_model(source):
        return str(ensure_tiny_model(source, Path(cache_dir) if cache_dir else None))
    return source


@serve.deployment(name="llama-guard", max_ongoing_requests=32)
class LlamaGuardDeployment:
    def __init__(self, spec: dict[str, Any], cache_dir: str | None = None) -> None:
        self.spec = LlamaGuardSpec.model_validate(spec)
        self.classifier = LlamaGuardClassifier.from_pretrained(
            resolve_guard_source(self.spec.source, cache_dir),
            revision=self.spec.revision,
            dtype=self.spec.dtype,
            device=self.spec.device,
            max_new_tokens=self.spec.max_new_tokens,
        )
        self._generate_batched.set_max_batch_size(self.spec.max_batch_size)
        self._generate_batched.set_batch_wait_timeout_s(self.spec.batch_wait_timeout_s)

    async def check(self, texts: list[str]) -> list[list[str]]:
        """Hazard codes per text (empty list: safe); raises on a malformed answer."""
        if self.spec.max_batch_size <= 1:
            answers = await asyncio.to_thread(self.classifier.generate, texts)
        else:
            answers = await asyncio.gather(*(self._generate_batched(text) for text in texts))
        return [sorted(parse_output(answer)) for answer in answers]

    @serve.batch(max_batch_size=8, batch_wait_timeout_s=0.01)
    async def _generate_batched(self, texts: list[str]) -> list[str]:
        return await asyncio.to_thread(self.classifier.generate, texts)

    async def ready(self) -> dict[str, Any]:
        """Answers once the model is loaded (the constructor has returned)."""
        return {
            "component": self.spec.name,
            "source": self.spec.source,
            "load_seconds": round(self.classifier.load_seconds, 2),
            "replica_pid": os.getpid(),
        }


def guard_deployments(config: GuardsConfig, cache_dir: str | None = None) -> dict[str, Any]:
    """One bound deployment per llama-guard backend, named after it (for build_app)."""
    return {
        spec.name: LlamaGuardDeployment.options(name=spec.name).bind(
            spec.model_dump(mode="json"), cache_dir
        )
        for spec in config.backends
        if isinstance(spec, LlamaGuardSpec)
    }


def guard_backends(
    config: GuardsConfig, handles: Mapping[str, DeploymentHandle]
) -> dict[str, GuardBackend]:
    """Library backends whose classifier is a Llama Guard deployment's handle (for
    governance.moderation.guards.build_guard_set(provided=...) in the router replica).

    Called from the GuardSet's worker threads, never the event loop: `.result()` blocks.
    """
    backends: dict[str, GuardBackend] = {}
    for spec in config.backends:
        if isinstance(spec, LlamaGuardSpec):
            handle, timeout_s = handles[spec.name], spec.timeout_s

            def classify(texts: list[str], handle=handle, timeout_s=timeout_s) -> list[list[str]]:
                return handle.check.remote(texts).result(timeout_s=timeout_s)

            backends[spec.name] = LlamaGuardBackend(
                classify, name=spec.name, category_map=spec.category_map
            )
    return backends
