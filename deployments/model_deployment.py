"""The model deployment: one class for both families, one Serve deployment per model.

Thin by design: the engine does the work. This adds the replica's tenant-fair queue
(deployments/fair_queue.py: who runs next, batched with which compatible requests already
waiting, per-tenant caps, deadlines, cancellation) and async dispatch, so a replica keeps
answering health checks while a pipeline runs. The queue lives here, not in Serve's router,
because tenant-fair ordering must see the waiting requests: give the deployment a
`max_ongoing_requests` well above `max_batch_size` so the backlog waits here, in fair order.
"""

import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import numpy as np
from ray import serve

from deployments import metrics
from deployments.engine_extras import stream_generation
from deployments.engines import build_engine
from deployments.fair_queue import FairBatcher
from deployments.protocol import GenerationOutput, GenerationParams
from deployments.settings import ModelSpec

RETRY_AFTER_S = 5


@serve.deployment(max_ongoing_requests=32)
class ModelDeployment:
    def __init__(self, spec: dict[str, Any], cache_dir: str | None = None) -> None:
        self.spec = ModelSpec.model_validate(spec)
        self.engine = build_engine(self.spec, Path(cache_dir) if cache_dir else None)
        self.scheduler: FairBatcher[list[np.ndarray]] = FairBatcher(
            self._run_batch,
            self.engine.batch_key,
            self.spec.max_batch_size,
            observer=self._observe,
            retry_after_s=RETRY_AFTER_S,
        )

    def _observe(self, event: str, labels: dict[str, str]) -> None:
        if event == "cancelled":
            metrics.generation_cancelled(self.spec.name, labels["stage"])
        elif event == "saved":
            metrics.generation_seconds_saved(self.spec.name, float(labels["seconds"]))
        else:
            metrics.queue_refused(self.spec.name, labels["tenant"], event)

    def _run_batch(self, batch: list[GenerationParams], cancelled) -> list[list[np.ndarray]]:
        """One pipeline call for compatible requests (the queue batches only those); stops
        between steps once every caller in it has gone."""
        return self.engine.generate_batch(batch, cancelled=cancelled)

    async def generate(self, params: GenerationParams) -> GenerationOutput:
        """The request's images with their token counts (the router's `usage`). Waits its
        tenant's fair turn; a caller that goes away (Serve cancels this coroutine) leaves the
        queue at once, or stops its batch between steps if it was the last one in it."""
        images = await self.scheduler.submit(params)
        return self.engine.output(params, images)

    async def generate_stream(self, params: GenerationParams) -> AsyncIterator[dict[str, Any]]:
        """Partial images while the request generates, then the final output (a Serve
        generator: called with `handle.options(stream=True)`; cancelling it stops the run)."""
        async for event in stream_generation(self.engine, params):
            yield event

    async def queue_depth(self) -> dict[str, int]:
        """Requests waiting in this replica's fair queue (for benchmarks and operators)."""
        return {"queued": len(self.scheduler.queue)}

    async def ready(self) -> dict[str, Any]:
        """Answers once the model is loaded (the constructor has returned)."""
        return {
            "model": self.spec.name,
            "revision": self.spec.revision,  # the weights this replica loaded
            "load_seconds": round(self.engine.load_seconds, 2),
            "replica_pid": os.getpid(),
            "replica_id": serve.get_replica_context().replica_id.unique_id,
        }
