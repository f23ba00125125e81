"""Tenant-fair scheduling at one model replica: who runs next, batched with whom, and what
happens to a request whose caller went away or whose deadline passed.

Why an app-level queue in the replica rather than Ray Serve's request router API: the router
API chooses *which replica* gets a request; ordering *within* a replica is whatever arrives
first. Tenant-fair ordering has to see the queue's contents (whose requests wait, how many,
at what cost), so the replica accepts requests up to its `max_ongoing_requests` and keeps them
here, and Serve's own queue stays short. Per-tenant caps are per replica for the same reason.

The order is weighted fair queuing by tenant in its virtual-time form (start-time fair
queuing): each tenant's next request gets the start tag max(V, the tenant's last finish) and
a finish tag start + cost / weight; the smallest start tag runs next. It is deficit round robin
without a quantum: request costs differ by orders of magnitude (64 px tiny vs 1024 px at 40
steps), and a DRR quantum large enough to stay O(1) would let a flood through many small
requests per turn. An idle tenant banks no credit (max with V). `interactive` requests are
picked before `batch` ones; weights share the time within each class.

Plain Python (no ray): tests drive it directly.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from deployments.protocol import GenerationParams
from governance.errors import DeadlineExceededError, TenantQueueFullError

PRIORITY_RANK = {"interactive": 0, "batch": 1}
R = TypeVar("R")
# observer(event, labels): "cancelled" {stage, tenant}, "deadline" {tenant}, "queue_full"
# {tenant}, "saved" {seconds}: an estimate of the run time a cancellation spared
Observer = Callable[[str, dict[str, str]], None]


def request_cost(params: GenerationParams) -> float:
    """GPU work of a request, in 512x512 image-steps (autoregressive: image tokens decide)."""
    steps = max(1, params.num_inference_steps)
    return params.n * steps * params.width * params.height / (512 * 512)


@dataclass(eq=False)
class Ticket:
    """One request in the replica: queued, then running, then done (or dropped)."""

    params: GenerationParams
    cost: float
    seq: int
    enqueued: float
    state: str = "queued"  # queued | running | done | dropped
    cancelled: bool = False
    started: float | None = None
    future: asyncio.Future | None = field(default=None, repr=False)

    @property
    def tenant(self) -> str:
        return self.params.tenant

    @property
    def rank(self) -> int:
        return PRIORITY_RANK.get(self.params.schedule.priority, 0)


@dataclass
class _Tenant:
    queue: deque[Ticket] = field(default_factory=deque)
    finish: float = 0.0  # virtual finish tag of its last dispatched request
    in_flight: int = 0


class FairQueue:
    """The queue itself: push, pick the next batch, remove; no asyncio, no clock of its own."""

    def __init__(self, cost: Callable[[GenerationParams], float] = request_cost) -> None:
        self._cost = cost
        self._tenants: dict[str, _Tenant] = {}
        self._virtual = [0.0] * len(PRIORITY_RANK)  # V per priority class
        self._seq = itertools.count()

    def queued(self, tenant: str) -> int:
        state = self._tenants.get(tenant)
        return len(state.queue) if state else 0

    def in_flight(self, tenant: str) -> int:
        state = self._tenants.get(tenant)
        return state.in_flight if state else 0

    def __len__(self) -> int:
        return sum(len(state.queue) for state in self._tenants.values())

    def push(self, params: GenerationParams, now: float) -> Ticket:
        """Queue a request; 429 for this tenant when its `max_queued` is reached."""
        state = self._tenants.setdefault(params.tenant, _Tenant())
        cap = params.schedule.max_queued
        if cap is not None and len(state.queue) >= cap:
            raise TenantQueueFullError(
                f"This tenant already has {len(state.queue)} requests waiting for this model "
                f"(policy scheduling.max_queued {cap}); retry later.",
            )
        ticket = Ticket(params, self._cost(params), next(self._seq), now)
        state.queue.append(ticket)
        return ticket

    def remove(self, ticket: Ticket) -> bool:
        """Take a queued request out (its caller went away, or its deadline passed)."""
        state = self._tenants.get(ticket.tenant)
        if ticket.state != "queued" or state is None or ticket not in state.queue:
            return False
        state.queue.remove(ticket)
        ticket.state = "dropped"
        return True

    def expired(self, now: float) -> list[Ticket]:
        """Remove and return the queued requests whose deadline has passed."""
        gone = [
            ticket
            for state in self._tenants.values()
            for ticket in state.queue
            if ticket.params.schedule.deadline is not None
            and ticket.params.schedule.deadline <= now
        ]
        for ticket in gone:
            self.remove(ticket)
        return gone

    def _eligible(self, state: _Tenant, ticket: Ticket, running: int) -> bool:
        cap = ticket.params.schedule.max_in_flight
        return cap is None or state.in_flight + running < cap

    def _pick(self, key: Callable[[GenerationParams], Hashable] | None, want: Hashable, taken):
        """The next ticket by (priority class, start tag, arrival); with `key`, only tickets
        compatible with `want` (which may sit behind a tenant's incompatible head)."""
        best: tuple | None = None
        for name, state in self._tenants.items():
            candidates = (
                state.queue
                if key is None
                else [t for t in state.queue if key(t.params) == want][:1]
            )
            if not candidates:
                continue
            ticket = candidates[0]
            if not self._eligible(state, ticket, taken.get(name, 0)):
                continue
            start = max(self._virtual[ticket.rank], state.finish)
            order = (ticket.rank, start, ticket.seq)
            if best is None or order < best[0]:
                best = (order, name, state, ticket)
        if best is None:
            return None
        (rank, start, _), name, state, ticket = best
        state.queue.remove(ticket)
        state.finish = start + ticket.cost / ticket.params.schedule.weight
        self._virtual[rank] = start
        return ticket

    def next_batch(
        self, max_size: int, key: Callable[[GenerationParams], Hashable], now: float
    ) -> list[Ticket]:
        """The next request in fair order and up to `max_size - 1` compatible ones that are
        already waiting, also in fair order; never waits for more to arrive."""
        taken: dict[str, int] = {}
        first = self._pick(None, None, taken)
        if first is None:
            return []
        batch = [first]
        taken[first.tenant] = 1
        want = key(first.params)
        while len(batch) < max_size:
            ticket = self._pick(key, want, taken)
            if ticket is None:
                break
            batch.append(ticket)
            taken[ticket.tenant] = taken.get(ticket.tenant, 0) + 1
        for ticket in batch:
            ticket.state = "running"
            ticket.started = now
            self._tenants[ticket.tenant].in_flight += 1
        return batch

    def finished(self, batch: list[Ticket]) -> None:
        for ticket in batch:
            ticket.state = "done"
            state = self._tenants[ticket.tenant]
            state.in_flight -= 1
            if not state.queue and state.in_flight == 0:
                del self._tenants[ticket.tenant]  # an idle tenant banks no credit


# run_batch(params of the batch, cancelled) -> one result per request, in order; it runs in a
# worker thread and should stop early once `cancelled()` is true (every request gave up).
RunBatch = Callable[[list[GenerationParams], Callable[[], bool]], list[Any]]


class FairBatcher(Generic[R]):
    """The replica's scheduler: callers `await submit(params)`; one worker drains the queue,
    a batch at a time, starting at once when the replica is idle (no batching wait).

    A caller's cancellation (client disconnect, router timeout) removes its queued request at
    once, or flags it while running: the batch stops at its next step once every request in
    it is flagged, otherwise the others finish undisturbed and the flagged result is dropped.
    """

    def __init__(
        self,
        run_batch: RunBatch,
        key: Callable[[GenerationParams], Hashable],
        max_batch_size: int,
        *,
        clock: Callable[[], float] = time.time,
        observer: Observer | None = None,
        retry_after_s: int = 5,
    ) -> None:
        self.queue = FairQueue()
        self._run_batch = run_batch
        self._key = key
        self.max_batch_size = max_batch_size
        self._clock = clock
        self._observer = observer
        self._retry_after = {"Retry-After": str(retry_after_s)}
        self._worker: asyncio.Task | None = None
        self.seconds_per_cost: float | None = None  # measured on completed batches

    def _observe(self, event: str, **labels: str) -> None:
        if self._observer is not None:
            self._observer(event, labels)

    async def submit(self, params: GenerationParams) -> R:
        """The request's result; raises 429 (queue cap), 503 (deadline) or CancelledError."""
        loop = asyncio.get_running_loop()
        try:
            ticket = self.queue.push(params, self._clock())
        except TenantQueueFullError as error:
            self._observe("queue_full", tenant=params.tenant)
            error.headers.update(self._retry_after)
            raise
        ticket.future = loop.create_future()
        if self._worker is None or self._worker.done():
            self._worker = loop.create_task(self._drain())
        try:
            while True:
                deadline = params.schedule.deadline
                timeout = None if deadline is None else max(0.0, deadline - self._clock())
                if ticket.state != "queued":
                    timeout = None  # started in time: the router's own timeout bounds the run
                done, _ = await asyncio.wait({ticket.future}, timeout=timeout)
                if done:
                    return ticket.future.result()
                if self.queue.remove(ticket):
                    self._drop_expired(ticket)
                    return ticket.future.result()  # raises the deadline error
        except asyncio.CancelledError:
            self.cancel(ticket)
            raise

    def cancel(self, ticket: Ticket) -> None:
        """The caller went away: drop it if queued, flag it if running."""
        if self.queue.remove(ticket):
            self._observe("cancelled", stage="queued", tenant=ticket.tenant)
            self._saved(ticket.cost, 0.0)
        elif ticket.state == "running" and not ticket.cancelled:
            ticket.cancelled = True
            self._observe("cancelled", stage="running", tenant=ticket.tenant)
        if ticket.future is not None and not ticket.future.done():
            ticket.future.cancel()

    def _drop_expired(self, ticket: Ticket) -> None:
        self._observe("deadline", tenant=ticket.tenant)
        waited = self._clock() - ticket.enqueued
        error = DeadlineExceededError(
            f"The request's deadline passed after {waited:.1f}s waiting for the model; "
            "retry later.",
            headers=dict(self._retry_after),
        )
        if ticket.future is not None and not ticket.future.done():
            ticket.future.set_exception(error)

    def _measure(self, batch: list[Ticket], seconds: float) -> None:
        """Seconds per unit of cost, a moving average over completed batches."""
        cost = sum(ticket.cost for ticket in batch)
        if cost <= 0:
            return
        rate = seconds / cost
        previous = self.seconds_per_cost
        self.seconds_per_cost = rate if previous is None else 0.8 * previous + 0.2 * rate

    def _saved(self, cost: float, spent: float) -> None:
        """Report the run time a cancellation spared (estimated; nothing before a first run)."""
        if self.seconds_per_cost is not None:
            seconds = max(0.0, cost * self.seconds_per_cost - spent)
            self._observe("saved", seconds=f"{seconds:.3f}")

    async def _drain(self) -> None:
        while True:
            for ticket in self.queue.expired(self._clock()):
                self._drop_expired(ticket)
            batch = self.queue.next_batch(self.max_batch_size, self._key, self._clock())
            if not batch:
                return
            started = time.perf_counter()
            try:
                results = await asyncio.to_thread(
                    self._run_batch,
                    [ticket.params for ticket in batch],
                    lambda batch=batch: all(ticket.cancelled for ticket in batch),
                )
            except Exception as exc:
                if all(ticket.cancelled for ticket in batch):  # stopped early: work spared
                    cost = sum(ticket.cost for ticket in batch)
                    self._saved(cost, time.perf_counter() - started)
                for ticket in batch:
                    if ticket.future is not None and not ticket.future.done():
                        ticket.future.set_exception(exc)
            else:
                self._measure(batch, time.perf_counter() - started)
                for ticket, result in zip(batch, results, strict=True):
                    if ticket.future is not None and not ticket.future.done():
                        ticket.future.set_result(result)
            finally:
                self.queue.finished(batch)
