"""The model deployment: one class for both families, one Serve deployment per model.

Thin by design: the engine does the work. This adds dynamic batching (`@serve.batch`, size and
wait from the model's settings) and async dispatch, so a replica keeps answering health checks
while a pipeline runs.
"""

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import numpy as np
from ray import serve

from deployments.engine_extras import stream_generation
from deployments.engines import build_engine, split_compatible
from deployments.protocol import GenerationOutput, GenerationParams
from deployments.settings import ModelSpec


@serve.deployment(max_ongoing_requests=4)
class ModelDeployment:
    def __init__(self, spec: dict[str, Any], cache_dir: str | None = None) -> None:
        self.spec = ModelSpec.model_validate(spec)
        self.engine = build_engine(self.spec, Path(cache_dir) if cache_dir else None)
        self._generate_batched.set_max_batch_size(self.spec.max_batch_size)
        self._generate_batched.set_batch_wait_timeout_s(self.spec.batch_wait_timeout_s)

    async def generate(self, params: GenerationParams) -> GenerationOutput:
        """The request's images with their token counts (the router's `usage`)."""
        if self.spec.max_batch_size <= 1 or params.is_edit:
            images = await asyncio.to_thread(self.engine.generate, params)
        else:
            images = await self._generate_batched(params)
        return self.engine.output(params, images)

    async def generate_stream(self, params: GenerationParams) -> AsyncIterator[dict[str, Any]]:
        """Partial images while the request generates, then the final output (a Serve
        generator: called with `handle.options(stream=True)`; cancelling it stops the run)."""
        async for event in stream_generation(self.engine, params):
            yield event

    @serve.batch(max_batch_size=4, batch_wait_timeout_s=0.05)
    async def _generate_batched(self, batch: list[GenerationParams]) -> list[list[np.ndarray]]:
        """Concurrent requests with compatible parameters share one pipeline call; others run
        as their own sub-batches, never mixed and never refused."""
        results: list[list[np.ndarray] | None] = [None] * len(batch)
        for indices in split_compatible(self.engine, batch):
            outputs = await asyncio.to_thread(
                self.engine.generate_batch, [batch[i] for i in indices]
            )
            for index, images in zip(indices, outputs, strict=True):
                results[index] = images
        return results  # type: ignore[return-value]

    async def ready(self) -> dict[str, Any]:
        """Answers once the model is loaded (the constructor has returned)."""
        return {
            "model": self.spec.name,
            "revision": self.spec.revision,  # the weights this replica loaded
            "load_seconds": round(self.engine.load_seconds, 2),
            "replica_pid": os.getpid(),
            "replica_id": serve.get_replica_context().replica_id.unique_id,
        }
