"""GuardSet: runs the configured backends and the floors for one request, and combines them.

The floors always run, for every tenant and whichever backends a tenant uses, and they take no
policy. When the floor hook is also a selected backend (the builtin), one pass gives both the
backend's verdict and the floors (``check_prompt_with_floors``), so the default path costs what
the Moderator alone costs. Backends run concurrently (a remote endpoint or the Llama Guard
deployment waits on the network, not on this CPU). Any backend or floor failure fails the
moderation stage closed.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial

from governance.errors import GovernanceFailure
from governance.moderation import floors as floor_rules
from governance.moderation.categories import ALWAYS_REFUSED
from governance.moderation.guards.base import (
    FloorCheck,
    GuardBackend,
    GuardedResult,
    GuardVerdict,
    combine,
    fail_closed,
)
from governance.moderation.policy import ModerationPolicy

logger = logging.getLogger(__name__)

_FLOORS = "floors"


class GuardSet:
    """The guards of one service: backends by name, which run by default, which always run.

    ``floors`` is the floor hook (base.FloorCheck). It is required: pass the builtin backend
    (governance.moderation.guards.builtin.BuiltinBackend implements it), whether or not the
    builtin is also one of the backends. Only tests of the combinator may pass ``floors=None``,
    and then must say ``allow_no_floors=True``.
    """

    def __init__(
        self,
        backends: Mapping[str, GuardBackend],
        floors: FloorCheck | None,
        *,
        default: Sequence[str] | None = None,
        required: Sequence[str] = (),
        allow_no_floors: bool = False,
        max_workers: int = 16,
    ) -> None:
        """``max_workers`` bounds the threads that wait on backends for all concurrent requests
        of this replica (a request whose only job is the builtin runs in the caller's thread)."""
        if not backends:
            raise ValueError("a GuardSet needs at least one backend")
        if floors is None and not allow_no_floors:
            raise ValueError("floors are always on: pass the builtin backend as floors")
        for name, backend in backends.items():
            if backend.name != name:
                raise ValueError(f"backend registered as {name!r} is named {backend.name!r}")
        self.backends = dict(backends)
        self.default = tuple(default) if default is not None else tuple(self.backends)
        self.required = tuple(required)
        self._check_names(self.default)
        self._check_names(self.required)
        self._floors = floors
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="guard")

    def _check_names(self, names: Sequence[str]) -> None:
        unknown = sorted(set(names) - set(self.backends))
        if unknown:
            raise ValueError(f"unknown guard backends {unknown}; known: {sorted(self.backends)}")

    def selected(self, use: Sequence[str] | None = None) -> tuple[str, ...]:
        """The backends a request runs: the tenant's choice (or the default) plus the required."""
        names = tuple(use) if use is not None else self.default
        self._check_names(names)
        ordered = [*names, *(n for n in self.required if n not in names)]
        if not ordered:
            raise ValueError("no guard backend selected")
        return tuple(dict.fromkeys(ordered))

    def _fused(self, names: Sequence[str]) -> str | None:
        """The selected backend that is also the floor hook and can do both in one pass."""
        for name in names:
            floors = self._floors
            if self.backends[name] is floors and hasattr(floors, "check_prompt_with_floors"):
                return name
        return None

    def check_prompt(
        self,
        prompt: str,
        negative_prompt: str | None,
        policy: ModerationPolicy,
        *,
        use: Sequence[str] | None = None,
    ) -> GuardedResult:
        """Moderate a prompt and its negative prompt: every selected backend, and the floors."""
        names = self.selected(use)
        fused = self._fused(names)
        calls: dict[str, Callable[[], object]] = {
            name: partial(self.backends[name].check_prompt, prompt, negative_prompt, policy)
            for name in names
            if name != fused
        }
        if fused is not None:
            calls[fused] = partial(
                self._floors.check_prompt_with_floors,  # type: ignore[union-attr]
                prompt,
                negative_prompt,
                policy,
            )
        elif self._floors is not None:
            calls[_FLOORS] = partial(self._floors.floor_prompt, prompt, negative_prompt)
        results = self._run(calls)
        floors: frozenset[str] = results.pop(_FLOORS, frozenset())
        if fused is not None:
            results[fused], floors = results[fused]
        combined = combine([results[name] for name in names], frozenset(floors))
        return with_floor_facts(combined, prompt, negative_prompt)

    def check(
        self,
        texts: list[str],
        policy: ModerationPolicy,
        *,
        use: Sequence[str] | None = None,
    ) -> list[GuardedResult]:
        """Moderate each text on its own (the /v1/moderations endpoint): backends and floors."""
        if isinstance(texts, str) or not all(isinstance(t, str) for t in texts):
            raise TypeError("texts must be a list of str")
        if not texts:
            return []
        names = self.selected(use)
        fused = self._fused(names)
        calls: dict[str, Callable[[], object]] = {
            name: partial(self.backends[name].check, list(texts), policy)
            for name in names
            if name != fused
        }
        if fused is not None:
            calls[fused] = partial(self._floors.check_with_floors, list(texts), policy)  # type: ignore[union-attr]
        elif self._floors is not None:
            calls[_FLOORS] = partial(self._floors.floor_texts, list(texts))
        results = self._run(calls)
        floors = results.pop(_FLOORS, [frozenset()] * len(texts))
        if fused is not None:
            results[fused], floors = results[fused]
        if len(floors) != len(texts):
            raise fail_closed(_FLOORS, ValueError("wrong number of floor results"))
        per_text: list[GuardedResult] = []
        for index in range(len(texts)):
            verdicts: list[GuardVerdict] = []
            for name in names:
                answer = results[name]
                if len(answer) != len(texts):
                    raise fail_closed(name, ValueError("wrong number of verdicts"))
                verdicts.append(answer[index])
            combined = combine(verdicts, frozenset(floors[index]))
            per_text.append(with_floor_facts(combined, texts[index], None))
        return per_text

    def _run(self, calls: Mapping[str, Callable[[], object]]) -> dict:
        """Run every call (in this thread when there is one, else concurrently) and wait for
        all; the first failure, in order, fails the stage closed."""
        if len(calls) == 1:
            ((key, call),) = calls.items()
            try:
                return {key: call()}
            except Exception as exc:  # any backend error is the moderation stage failing
                raise fail_closed(key, exc) from exc
        jobs: dict[str, Future] = {key: self._pool.submit(call) for key, call in calls.items()}
        results: dict = {}
        failure: GovernanceFailure | None = None
        for key, job in jobs.items():
            try:
                results[key] = job.result()
            except Exception as exc:  # any backend error is the moderation stage failing
                if failure is None:
                    failure = fail_closed(key, exc)
        if failure is not None:
            raise failure
        return results

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        for backend in self.backends.values():
            close = getattr(backend, "close", None)
            if callable(close):
                close()


def with_floor_facts(
    result: GuardedResult, prompt: str, negative_prompt: str | None
) -> GuardedResult:
    """The combined verdict with what the floors say of the text itself: whether it mentions a
    minor (the image NSFW check then runs at least at the default policy) and why a floor
    refused. Read from the text and the combined scores, so it holds whichever backends ran."""
    floor = floor_rules.check(prompt, negative_prompt, result.category_scores)
    if not floor.sexual_minors:
        return dataclasses.replace(result, mentions_minor=floor.mentions_minor)
    categories = {**result.categories, ALWAYS_REFUSED: True}
    return dataclasses.replace(
        result,
        flagged=True,
        categories=categories,
        category_scores={**result.category_scores, ALWAYS_REFUSED: 1.0},
        floors=result.floors | {ALWAYS_REFUSED},
        mentions_minor=True,
        floor=floor.reason,
    )
