"""The model replica's fair queue and scheduler, as plain classes (no Ray, no models)."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from deployments.fair_queue import FairBatcher, FairQueue
from deployments.protocol import GenerationParams, Schedule
from governance.errors import DeadlineExceededError, TenantQueueFullError


def params(tenant: str, size: int = 64, steps: int = 4, **schedule) -> GenerationParams:
    return GenerationParams(
        prompt=f"a lighthouse for {tenant}",
        negative_prompt=None,
        width=size,
        height=size,
        n=1,
        num_inference_steps=steps,
        guidance_scale=5.0,
        seed=1,
        tenant=tenant,
        schedule=Schedule(**schedule),
    )


def key(p: GenerationParams) -> tuple:
    return (p.width, p.height, p.num_inference_steps)


def drain_order(queue: FairQueue, max_size: int = 1) -> list[str]:
    order = []
    while batch := queue.next_batch(max_size, key, 0.0):
        order += [ticket.tenant for ticket in batch]
        queue.finished(batch)
    return order


def test_a_flood_does_not_delay_another_tenants_request_behind_it():
    queue = FairQueue()
    for _ in range(10):
        queue.push(params("flood"), 0.0)
    queue.push(params("quiet"), 0.0)
    order = drain_order(queue)
    # FIFO would serve quiet 11th; fair order serves it after at most one of flood's
    assert order.index("quiet") <= 1
    assert order.count("flood") == 10


def test_equal_weights_alternate():
    queue = FairQueue()
    for _ in range(4):
        queue.push(params("a"), 0.0)
    for _ in range(4):
        queue.push(params("b"), 0.0)
    order = drain_order(queue)
    assert order == ["a", "b"] * 4


def test_weights_share_the_time():
    queue = FairQueue()
    for _ in range(30):
        queue.push(params("heavy", weight=3.0), 0.0)
        queue.push(params("light", weight=1.0), 0.0)
    first = drain_order(queue)[:20]
    assert first.count("heavy") == 15 and first.count("light") == 5


def test_cost_counts_pixels_and_steps():
    queue = FairQueue()
    for _ in range(8):
        queue.push(params("big", size=128), 0.0)  # 4x the pixels of small's
        queue.push(params("small", size=64), 0.0)
    order = drain_order(queue)[:10]
    assert order.count("small") == 8 and order.count("big") == 2


def test_interactive_runs_before_batch():
    queue = FairQueue()
    for _ in range(3):
        queue.push(params("offline", priority="batch"), 0.0)
    queue.push(params("user", priority="interactive"), 0.0)
    queue.push(params("user", priority="interactive"), 0.0)
    assert drain_order(queue) == ["user", "user", "offline", "offline", "offline"]


def test_batches_only_compatible_requests_in_fair_order():
    queue = FairQueue()
    for _ in range(6):
        queue.push(params("flood"), 0.0)
    queue.push(params("other", size=128), 0.0)  # incompatible: its own batch
    queue.push(params("quiet"), 0.0)
    batch = queue.next_batch(4, key, 0.0)
    assert [t.tenant for t in batch].count("quiet") == 1
    assert {key(t.params) for t in batch} == {(64, 64, 4)}
    assert len(batch) == 4
    queue.finished(batch)
    assert [t.tenant for t in queue.next_batch(4, key, 0.0)] == ["other"]


def test_max_in_flight_caps_a_tenants_share_of_a_batch():
    queue = FairQueue()
    for _ in range(6):
        queue.push(params("flood", max_in_flight=2), 0.0)
    batch = queue.next_batch(4, key, 0.0)
    assert len(batch) == 2
    assert queue.queued("flood") == 4 and queue.in_flight("flood") == 2


def test_max_queued_refuses_only_that_tenant():
    queue = FairQueue()
    for _ in range(3):
        queue.push(params("flood", max_queued=3), 0.0)
    with pytest.raises(TenantQueueFullError) as caught:
        queue.push(params("flood", max_queued=3), 0.0)
    assert caught.value.status == 429
    queue.push(params("quiet", max_queued=3), 0.0)  # another tenant still gets in
    assert queue.queued("quiet") == 1


def test_expired_requests_leave_the_queue():
    queue = FairQueue()
    late = queue.push(params("a", deadline=10.0), 0.0)
    queue.push(params("a", deadline=100.0), 0.0)
    assert queue.expired(50.0) == [late]
    assert late.state == "dropped" and queue.queued("a") == 1


class Runner:
    """run_batch over nothing but a gate: records batches, honours `cancelled` per step."""

    def __init__(self, steps: int = 1) -> None:
        self.batches: list[list[str]] = []
        self.gate = threading.Event()
        self.steps = steps
        self.stopped_early = False

    def __call__(self, batch, cancelled):
        self.batches.append([p.tenant for p in batch])
        for _ in range(self.steps):
            self.gate.wait(5)
            if cancelled():
                self.stopped_early = True
                raise RuntimeError("cancelled between steps")
        return [p.tenant for p in batch]


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0.01)


def test_an_idle_replica_starts_at_once_without_waiting_for_a_batch():
    runner = Runner()
    runner.gate.set()

    async def main():
        batcher = FairBatcher(runner, key, 4)
        started = time.perf_counter()
        result = await batcher.submit(params("a"))
        return result, time.perf_counter() - started

    result, _ = asyncio.run(main())
    assert result == "a" and runner.batches == [["a"]]


def test_waiting_requests_batch_while_the_replica_is_busy():
    runner = Runner()

    async def main():
        batcher = FairBatcher(runner, key, 4)
        first = asyncio.create_task(batcher.submit(params("a")))
        await settle()
        rest = [asyncio.create_task(batcher.submit(params(t))) for t in ("b", "c")]
        await settle()
        runner.gate.set()
        return await asyncio.gather(first, *rest)

    assert asyncio.run(main()) == ["a", "b", "c"]
    assert runner.batches == [["a"], ["b", "c"]]


def test_cancelling_a_queued_request_removes_it_at_once():
    runner = Runner()
    events = []

    async def main():
        batcher = FairBatcher(runner, key, 1, observer=lambda e, labels: events.append((e, labels)))
        running = asyncio.create_task(batcher.submit(params("a")))
        await settle()
        queued = asyncio.create_task(batcher.submit(params("b")))
        await settle()
        assert batcher.queue.queued("b") == 1
        queued.cancel()
        await settle()
        assert batcher.queue.queued("b") == 0
        runner.gate.set()
        return await running

    assert asyncio.run(main()) == "a"
    assert runner.batches == [["a"]]  # b never ran
    assert ("cancelled", {"stage": "queued", "tenant": "b"}) in events


def test_cancelling_a_running_request_stops_its_batch_when_alone():
    runner = Runner(steps=50)

    async def main():
        batcher = FairBatcher(runner, key, 4)
        task = asyncio.create_task(batcher.submit(params("a")))
        await settle()
        task.cancel()
        await settle()
        for _ in range(3):
            runner.gate.set()
            await settle()
        return batcher

    batcher = asyncio.run(main())
    assert runner.stopped_early
    assert batcher.queue.in_flight("a") == 0


def test_a_cancelled_batch_mate_does_not_disturb_the_others():
    runner = Runner(steps=3)

    async def main():
        batcher = FairBatcher(runner, key, 4)
        blocker = asyncio.create_task(batcher.submit(params("z", size=128)))
        await settle()
        a = asyncio.create_task(batcher.submit(params("a")))
        b = asyncio.create_task(batcher.submit(params("b")))
        await settle()
        runner.gate.set()  # z finishes; a and b run together
        await blocker
        await settle()
        a.cancel()
        return await b

    assert asyncio.run(main()) == "b"
    assert runner.batches[1] == ["a", "b"] and not runner.stopped_early


def test_a_deadline_passing_in_the_queue_answers_503_before_generation():
    runner = Runner()

    async def main():
        batcher = FairBatcher(runner, key, 1, retry_after_s=7)
        running = asyncio.create_task(batcher.submit(params("a")))
        await settle()
        late = asyncio.create_task(batcher.submit(params("b", deadline=time.time() + 0.05)))
        with pytest.raises(DeadlineExceededError) as caught:
            await late
        runner.gate.set()
        await running
        return caught.value

    error = asyncio.run(main())
    assert error.status == 503 and error.headers["Retry-After"] == "7"
    assert runner.batches == [["a"]]


def test_queue_full_answers_429_with_retry_after():
    runner = Runner()

    async def main():
        batcher = FairBatcher(runner, key, 1, retry_after_s=3)
        tasks = [asyncio.create_task(batcher.submit(params("f", max_queued=2)))]
        await settle()  # the first runs: the queue is empty again
        tasks += [asyncio.create_task(batcher.submit(params("f", max_queued=2))) for _ in range(3)]
        await settle()
        runner.gate.set()
        return await asyncio.gather(*tasks, return_exceptions=True)

    results = asyncio.run(main())
    refused = [r for r in results if isinstance(r, TenantQueueFullError)]
    assert len(refused) == 1 and refused[0].headers["Retry-After"] == "3"


def test_a_cancellation_reports_the_run_time_it_spared():
    runner = Runner()
    events = []

    async def main():
        batcher = FairBatcher(runner, key, 1, observer=lambda e, labels: events.append((e, labels)))
        runner.gate.set()
        await batcher.submit(params("a"))  # measured: seconds per unit of cost
        assert batcher.seconds_per_cost is not None
        runner.gate.clear()
        running = asyncio.create_task(batcher.submit(params("a")))
        await settle()
        queued = asyncio.create_task(batcher.submit(params("b", size=128)))
        await settle()
        rate = batcher.seconds_per_cost  # the estimate in force when it is cancelled
        queued.cancel()
        await settle()
        runner.gate.set()
        await running
        return rate

    rate = asyncio.run(main())
    [saved] = [labels for event, labels in events if event == "saved"]
    cost = 128 * 128 * 4 / (512 * 512)
    assert float(saved["seconds"]) == pytest.approx(cost * rate, abs=1e-3)
