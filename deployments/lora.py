"""LoRA adapter sets in one diffusers pipeline: load, activate per batch, unload when evicted.

The base weights stay shared: each adapter set is injected next to them with diffusers'
`load_lora_weights(..., adapter_name=...)` (PEFT layers), a batch picks its set with
`set_adapters` (or `disable_lora` for requests without adapters, which then compute exactly
the base model), and an evicted set is removed with `delete_adapters`. Nothing recompiles.

Which sets stay loaded is Ray Serve's multiplexing LRU (deployments.model_deployment): it
returns a `LoadedAdapterSet` per multiplexed model id and, to evict one, calls its `__del__`
from a worker thread. Eviction here only marks the set: a set still pinned by requests that
are queued or running stays until the last of them finishes, and the PEFT layers are removed
at the next pipeline call, under the engine's lock (never while a batch runs, and without a
second lock a garbage-collector call could deadlock on).

Plain Python (no ray): unit tests drive it with the tiny SDXL.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from governance.adapters import AdapterUse

logger = logging.getLogger(__name__)

# observer(event): "loaded" | "evicted"; metrics hang here.
Observer = Callable[[str], None]


class LoadedAdapterSet:
    """One adapter set in the pipeline: what the multiplexed LRU caches."""

    def __init__(self, slots: LoraSlots, set_id: str, names: dict[str, str], seconds: float):
        self.slots = slots
        self.set_id = set_id
        self.names = names  # adapter id -> PEFT adapter name in the pipeline
        self.load_seconds = seconds
        self.pins = 0
        self.evicted = False
        self.unloaded = False

    def pin(self) -> None:
        """A request will run with this set: it stays loaded until `unpin`."""
        self.slots._pin(self)

    def unpin(self) -> None:
        self.slots._unpin(self)

    def __del__(self) -> None:
        # Ray's multiplexing LRU calls this to evict (then Python's collector may call it
        # again): idempotent, and it never blocks.
        try:
            self.slots._evict(self)
        except Exception:  # a finaliser must not raise
            pass


class LoraSlots:
    """The adapter sets loaded into one pipeline. `lock` is the engine's pipeline lock."""

    def __init__(self, pipeline, lock: threading.Lock, observer: Observer | None = None):
        self.pipeline = pipeline
        self.lock = lock
        self._observer = observer
        self._mutex = threading.Lock()  # guards the bookkeeping below, never held long
        self._sets: dict[str, list[LoadedAdapterSet]] = {}
        self._doomed: list[LoadedAdapterSet] = []
        self._counter = itertools.count()
        self._active: tuple | None = None  # what the PEFT layers are set to now
        self.counts: dict[str, int] = {}  # events so far: loaded, evicted, hit, miss

    def _observe(self, event: str) -> None:
        self.counts[event] = self.counts.get(event, 0) + 1
        if self._observer is not None:
            try:
                self._observer(event)
            except Exception:
                logger.exception("adapter observer failed")

    # --- bookkeeping ------------------------------------------------------------------------
    def live(self, set_id: str) -> bool:
        """Whether a usable (not evicted) copy of the set is loaded."""
        with self._mutex:
            return any(not s.evicted for s in self._sets.get(set_id, []))

    def loaded_names(self) -> set[str]:
        """PEFT adapter names currently in the pipeline's UNet (for tests and operators)."""
        unet = self.pipeline.unet
        config = getattr(unet, "peft_config", None) or {}
        return set(config)

    def _pin(self, loaded: LoadedAdapterSet) -> None:
        with self._mutex:
            loaded.pins += 1

    def _unpin(self, loaded: LoadedAdapterSet) -> None:
        with self._mutex:
            loaded.pins -= 1
            if loaded.evicted and loaded.pins == 0 and loaded not in self._doomed:
                self._doomed.append(loaded)

    def _evict(self, loaded: LoadedAdapterSet) -> None:
        with self._mutex:
            if loaded.evicted:
                return
            loaded.evicted = True
            if loaded.pins == 0:
                self._doomed.append(loaded)
        self._observe("evicted")

    def _purge(self) -> None:
        """Remove evicted, unpinned sets from the pipeline. Call with `lock` held."""
        with self._mutex:
            doomed, self._doomed = self._doomed, []
            for loaded in doomed:
                copies = self._sets.get(loaded.set_id, [])
                if loaded in copies:
                    copies.remove(loaded)
                if not copies:
                    self._sets.pop(loaded.set_id, None)
        for loaded in doomed:
            if not loaded.unloaded:
                self.pipeline.delete_adapters(list(loaded.names.values()))
                loaded.unloaded = True
                self._active = None
                logger.info("unloaded adapter set %s", loaded.set_id)

    # --- the engine's side ------------------------------------------------------------------
    def load(self, set_id: str, files: Sequence[tuple[AdapterUse, Path]]) -> LoadedAdapterSet:
        """Inject the set's adapters (weights already fetched and checked). Blocks only for
        the injection itself, under the pipeline lock; runs in a worker thread."""
        started = time.perf_counter()
        serial = next(self._counter)
        names = {use.id: f"s{serial}_{index}" for index, (use, _) in enumerate(files)}
        with self.lock:
            self._purge()
            try:
                for use, path in files:
                    self.pipeline.load_lora_weights(str(path), adapter_name=names[use.id])
            except Exception:
                loaded_now = [n for n in names.values() if n in self.loaded_names()]
                if loaded_now:
                    self.pipeline.delete_adapters(loaded_now)
                raise
            self._active = None
        loaded = LoadedAdapterSet(self, set_id, names, time.perf_counter() - started)
        with self._mutex:
            self._sets.setdefault(set_id, []).append(loaded)
        self._observe("loaded")
        logger.info("loaded adapter set %s in %.2fs", set_id, loaded.load_seconds)
        return loaded

    def activate(self, set_id: str | None, adapters: Sequence[AdapterUse]) -> None:
        """Point the PEFT layers at this batch's adapters (or none). Call with `lock` held."""
        self._purge()
        if not adapters:
            if self._active != () and self.loaded_names():
                self.pipeline.disable_lora()  # PEFT layers then compute the base exactly
            self._active = ()
            return
        with self._mutex:
            copies = [s for s in self._sets.get(set_id or "", []) if not s.unloaded]
        if not copies:
            raise RuntimeError(f"adapter set {set_id} is not loaded on this replica")
        loaded = next((s for s in copies if not s.evicted), copies[0])
        wanted = (loaded.set_id, id(loaded), tuple((a.id, a.scale) for a in adapters))
        if self._active != wanted:
            self.pipeline.enable_lora()
            self.pipeline.set_adapters(
                [loaded.names[a.id] for a in adapters], [a.scale for a in adapters]
            )
            self._active = wanted
