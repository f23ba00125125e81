"""Fairness at one model replica: a quiet tenant's latency while another tenant floods.

Run: python benchmarks/fairness.py [--flood 32] [--quiet 8] [--steps 2] [--size 128]

In-process (no Ray): the replica's scheduler (deployments/fair_queue.py, FairBatcher) over the
real tiny-sdxl DiffusionEngine, max_batch_size 4. The flooding tenant keeps `--flood` requests
in flight (closed loop: each answer sends the next); the quiet tenant sends `--quiet` requests,
one at a time. Two orders are compared on the same engine, rounds alternating:

- fifo: every request under one tenant name, i.e. arrival order: what the replica did before
  (Serve's queue, then @serve.batch, is first come first served);
- fair: each tenant its own, weight 1 (weighted fair queuing by tenant).

Printed: medians of each tenant's latency, the quiet/flood ratio, and the quiet tenant's solo
latency (no flood) as the yardstick.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import time

import _common  # noqa: F401  (sets sys.path and offline env first)
from _common import machine_line, median, model_cache_dir, print_table, ratio


def make_params(args, tenant: str, seed: int):
    from deployments.protocol import GenerationParams

    return GenerationParams(
        prompt=f"a lighthouse at dusk, {tenant}",
        negative_prompt=None,
        width=args.size,
        height=args.size,
        n=1,
        num_inference_steps=args.steps,
        guidance_scale=5.0,
        seed=seed,
        tenant=tenant,
    )


async def scenario(engine, args, order: str, flood: bool) -> tuple[list[float], list[float]]:
    """Latencies (s) of the quiet tenant's and the flooding tenant's requests."""
    from deployments.fair_queue import FairBatcher

    def run_batch(batch, cancelled):
        return engine.generate_batch(batch, cancelled)

    batcher = FairBatcher(run_batch, engine.batch_key, 4)
    quiet_latency: list[float] = []
    flood_latency: list[float] = []
    stop = asyncio.Event()

    async def call(tenant: str, seed: int, into: list[float]) -> None:
        params = make_params(args, tenant, seed)
        if order == "fifo":
            params = dataclasses.replace(params, tenant="")
        started = time.perf_counter()
        await batcher.submit(params)
        into.append(time.perf_counter() - started)

    async def flooder(worker: int) -> None:
        seed = worker * 1000
        while not stop.is_set():
            seed += 1
            await call("flood", seed, flood_latency)

    workers = [asyncio.create_task(flooder(w)) for w in range(args.flood)] if flood else []
    await asyncio.sleep(0.5 if flood else 0)  # the flood's backlog builds up first
    for seed in range(args.quiet):
        await call("quiet", seed, quiet_latency)
        await asyncio.sleep(0.05)
    stop.set()
    await asyncio.gather(*workers)
    return quiet_latency, flood_latency


async def cancel_latency(engine, args, steps: int) -> tuple[float, float]:
    """(seconds from the caller's cancel to the engine returning, seconds of one step)."""
    from deployments.fair_queue import FairBatcher

    finished: list[float] = []

    def run_batch(batch, cancelled):
        try:
            return engine.generate_batch(batch, cancelled)
        finally:
            finished.append(time.perf_counter())

    batcher = FairBatcher(run_batch, engine.batch_key, 4)
    params = dataclasses.replace(make_params(args, "gone", 1), num_inference_steps=steps)
    started = time.perf_counter()
    engine.generate(params)
    per_step = (time.perf_counter() - started) / steps
    task = asyncio.create_task(batcher.submit(params))
    await asyncio.sleep(per_step * steps / 3)  # a third of the way through
    cancelled_at = time.perf_counter()
    task.cancel()
    while not finished:
        await asyncio.sleep(0.001)
    return finished[0] - cancelled_at, per_step


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--flood", type=int, default=32)
    parser.add_argument("--quiet", type=int, default=8)
    parser.add_argument("--steps", type=int, default=2)
    parser.add_argument("--size", type=int, default=128)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()

    from deployments.engines import DiffusionEngine
    from deployments.settings import ModelSpec

    spec = ModelSpec(name="tiny-sdxl", family="diffusion", source="tiny-sdxl", default_size=256)
    engine = DiffusionEngine(spec, model_cache_dir())
    print(machine_line(f"tiny-sdxl {args.size}px {args.steps} steps, max_batch_size 4"))
    engine.generate(make_params(args, "warm-up", 0))  # first call pays one-time setup
    solo, _ = asyncio.run(scenario(engine, args, "fair", flood=False))
    results: dict[str, tuple[list[float], list[float]]] = {"fifo": ([], []), "fair": ([], [])}
    for _ in range(args.rounds):
        for order in ("fifo", "fair"):
            quiet, flood = asyncio.run(scenario(engine, args, order, flood=True))
            results[order][0].extend(quiet)
            results[order][1].extend(flood)
    rows = []
    for order, (quiet, flood) in results.items():
        q, f = median(quiet), median(flood)
        rows.append(
            [order, f"{q * 1000:.0f}", f"{f * 1000:.0f}", ratio(q, f), ratio(q, median(solo))]
        )
    print(f"quiet tenant: {args.quiet} sequential requests; flood: {args.flood} in flight")
    print(f"quiet tenant solo median: {median(solo) * 1000:.0f} ms")
    print_table(
        ["order", "quiet ms (median)", "flood ms (median)", "quiet/flood", "quiet/solo"], rows
    )
    stop_s, step_s = asyncio.run(cancel_latency(engine, args, steps=30))
    print(
        f"cancel mid-run (30 steps): the engine stopped {stop_s * 1000:.0f} ms after the "
        f"caller's cancel; one step takes {step_s * 1000:.0f} ms, the whole run "
        f"{step_s * 30 * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
