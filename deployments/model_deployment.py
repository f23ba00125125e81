"""The model deployment: one class for both families, one Serve deployment per model.

Thin by design: the engine does the work; this adds async dispatch so a replica keeps
answering health checks while a pipeline runs.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import numpy as np
from ray import serve

from deployments.engines import build_engine
from deployments.protocol import GenerationParams
from deployments.settings import ModelSpec


@serve.deployment(max_ongoing_requests=2)
class ModelDeployment:
    def __init__(self, spec: dict[str, Any], cache_dir: str | None = None) -> None:
        self.spec = ModelSpec.model_validate(spec)
        self.engine = build_engine(self.spec, Path(cache_dir) if cache_dir else None)

    async def generate(self, params: GenerationParams) -> list[np.ndarray]:
        return await asyncio.to_thread(self.engine.generate, params)

    async def ready(self) -> dict[str, Any]:
        """Answers once the model is loaded (the constructor has returned)."""
        return {
            "model": self.spec.name,
            "load_seconds": round(self.engine.load_seconds, 2),
            "replica_pid": os.getpid(),
            "replica_id": serve.get_replica_context().replica_id.unique_id,
        }
