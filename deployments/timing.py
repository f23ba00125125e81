"""Per-stage timing for the `Server-Timing` response header."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager


class StageTimer:
    """Collects stage durations; `header()` renders `name;dur=ms` entries plus `total`."""

    def __init__(self) -> None:
        self._started = time.perf_counter()
        self.stages: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, (time.perf_counter() - started) * 1000.0)

    def add(self, name: str, milliseconds: float) -> None:
        self.stages[name] = self.stages.get(name, 0.0) + milliseconds

    def header(self) -> str:
        total = (time.perf_counter() - self._started) * 1000.0
        parts = [f"{name};dur={ms:.1f}" for name, ms in self.stages.items()]
        parts.append(f"total;dur={total:.1f}")
        return ", ".join(parts)
