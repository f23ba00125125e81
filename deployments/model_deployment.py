"""The model deployment: one class for both families, one Serve deployment per model.

Thin by design: the engine does the work. This adds the replica's tenant-fair queue
(deployments/fair_queue.py: who runs next, batched with which compatible requests already
waiting, per-tenant caps, deadlines, cancellation) and async dispatch, so a replica keeps
answering health checks while a pipeline runs. The queue lives here, not in Serve's router,
because tenant-fair ordering must see the waiting requests: give the deployment a
`max_ongoing_requests` well above `max_batch_size` so the backlog waits here, in fair order.
"""

import asyncio
import contextlib
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
from governance.adapters import AdapterRegistry, AdapterUse, adapter_set_id

RETRY_AFTER_S = 5


@serve.deployment(max_ongoing_requests=32)
class ModelDeployment:
    def __init__(
        self, spec: dict[str, Any], cache_dir: str | None = None, adapters_root: str | None = None
    ) -> None:
        self.spec = ModelSpec.model_validate(spec)
        self.engine = build_engine(self.spec, Path(cache_dir) if cache_dir else None)
        self.adapters = None
        self._control_lock = asyncio.Lock()
        if (self.spec.max_adapter_sets or self.spec.controlnets) and adapters_root:
            cache = Path(cache_dir) / "adapters" if cache_dir else None  # None: a temp folder
            self.adapters = AdapterRegistry(adapters_root, cache_dir=cache)
        if self.spec.max_adapter_sets and self.adapters is not None:
            self.engine.lora._observer = self._observe_adapters
            self._pending: dict[str, tuple[AdapterUse, ...]] = {}

            # Ray Serve's model multiplexing: an LRU of adapter sets per replica (evicting
            # calls LoadedAdapterSet.__del__), whose ids the router's handle options name, so
            # requests go to replicas that already hold their set.
            async def load_adapter_set(set_id: str):
                return await self._load_adapter_set(set_id)

            self._adapter_set = serve.multiplexed(
                max_num_models_per_replica=self.spec.max_adapter_sets
            )(load_adapter_set)
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

    def _observe_adapters(self, event: str) -> None:
        if event == "loaded":
            metrics.adapter_loaded(self.spec.name)
        elif event == "evicted":
            metrics.adapter_evicted(self.spec.name)

    async def _load_adapter_set(self, set_id: str):
        """Fetch each adapter's weights (checked against the authorised SHA-256) off the
        event loop, then inject them; only the injection holds the pipeline lock."""
        uses = self._pending[set_id]
        paths = await asyncio.gather(
            *(asyncio.to_thread(self.adapters.fetch, use.id, use.sha256) for use in uses)
        )
        files = list(zip(uses, paths, strict=True))
        return await asyncio.to_thread(self.engine.lora.load, set_id, files)

    async def _ensure_control(self, params: GenerationParams) -> None:
        """Load the request's ControlNet on first use (or again if it was re-published)."""
        control = params.control
        if control is None:
            return
        if self.adapters is None:
            raise RuntimeError(f"model {self.spec.name!r} serves no ControlNets")
        async with self._control_lock:
            loaded = self.engine.controls.get(control.type)
            if loaded is None or loaded[0] != control.sha256:
                folder = await asyncio.to_thread(self.adapters.fetch, control.id, control.sha256)
                await asyncio.to_thread(
                    self.engine.load_controlnet, control.type, folder, control.sha256
                )

    @contextlib.asynccontextmanager
    async def _adapters_for(self, params: GenerationParams):
        """Hold the request's adapter set loaded (pinned) while it waits and runs."""
        if not params.adapters:
            yield
            return
        if self.adapters is None or not self.spec.max_adapter_sets:
            raise RuntimeError(f"model {self.spec.name!r} serves no adapters")
        set_id = adapter_set_id(params.adapters)
        cache = "hit" if self.engine.lora.live(set_id) else "miss"
        counts = self.engine.lora.counts
        counts[cache] = counts.get(cache, 0) + 1
        metrics.adapter_request(self.spec.name, cache)
        self._pending[set_id] = params.adapters
        loaded = await self._adapter_set(set_id)
        loaded.pin()
        try:
            yield
        finally:
            loaded.unpin()

    def _run_batch(self, batch: list[GenerationParams], cancelled) -> list[list[np.ndarray]]:
        """One pipeline call for compatible requests (the queue batches only those); stops
        between steps once every caller in it has gone."""
        return self.engine.generate_batch(batch, cancelled=cancelled)

    async def generate(self, params: GenerationParams) -> GenerationOutput:
        """The request's images with their token counts (the router's `usage`). Waits its
        tenant's fair turn; a caller that goes away (Serve cancels this coroutine) leaves the
        queue at once, or stops its batch between steps if it was the last one in it."""
        await self._ensure_control(params)
        async with self._adapters_for(params):
            images = await self.scheduler.submit(params)
        return self.engine.output(params, images)

    async def generate_stream(self, params: GenerationParams) -> AsyncIterator[dict[str, Any]]:
        """Partial images while the request generates, then the final output (a Serve
        generator: called with `handle.options(stream=True)`; cancelling it stops the run)."""
        await self._ensure_control(params)
        async with self._adapters_for(params):
            async for event in stream_generation(self.engine, params):
                yield event

    async def queue_depth(self) -> dict[str, int]:
        """Requests waiting in this replica's fair queue (for benchmarks and operators)."""
        return {"queued": len(self.scheduler.queue)}

    async def adapter_status(self) -> dict[str, Any]:
        """The adapter sets this replica holds (for tests, benchmarks and operators)."""
        lora = getattr(self.engine, "lora", None)
        return {
            "replica_id": serve.get_replica_context().replica_id.unique_id,
            "peft_adapters": sorted(lora.loaded_names()) if lora else [],
            "counts": dict(lora.counts) if lora else {},  # loaded, evicted, hit, miss
        }

    async def ready(self) -> dict[str, Any]:
        """Answers once the model is loaded (the constructor has returned)."""
        return {
            "model": self.spec.name,
            "revision": self.spec.revision,  # the weights this replica loaded
            "load_seconds": round(self.engine.load_seconds, 2),
            "replica_pid": os.getpid(),
            "replica_id": serve.get_replica_context().replica_id.unique_id,
        }
