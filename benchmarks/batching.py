"""Dynamic batching: images/s at concurrency 1, 4 and 8 with batching on vs off.

Run: python benchmarks/batching.py [--model M] [--concurrency C ...] [--requests N] [--rounds R]
                                   [--http] [--no-serve]

Serve (first table): the model (`--model`, default tiny-sdxl; tiny-janus and tiny-emu3 work too)
is deployed twice in one application, from the same weights, on one replica each (autoscaling
off, so only batching differs): e.g. `tiny-sdxl` with the config's `max_batch_size` (4) and
`tiny-sdxl-b1` with `max_batch_size: 1` (batching off), both with `max_ongoing_requests` at the
highest concurrency so that it reaches the replica. Closed-loop clients call each
deployment's `generate` through a Serve DeploymentHandle (the router's own path to a model);
`--http` sends the full API request instead (router, moderation, governance, audit), which mixes in
CPU work that batching does not touch. Rounds alternate on/off, so load from other processes falls
on both alike; the figure is the median round.

In-process (second table): the model's engine's `generate_batch` on B requests vs B sequential
`generate` calls, the same work without Serve.

Every request: the model's `auto` size (tiny-sdxl: 256x256), 4 steps, n=1, its own seed.

Beside images/s, each table gives CPU milliseconds per image (the replica process's CPU time, or
this process's): on a shared machine wall-clock rates swing with other load, CPU time per image
much less, and on one dedicated core its ratio is the throughput ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import time

import _common  # noqa: F401  (sets sys.path and offline env first)
from _common import (
    APP_NAME,
    auth_headers,
    fixed_replicas,
    local_service,
    machine_line,
    median,
    model_cache_dir,
    only_model,
    print_table,
    ratio,
)

PROMPT = "a watercolor fox in the snow"
CONCURRENCY = (1, 4, 8)


def unbatched_name(model: str) -> str:
    return f"{model}-b1"


def request_params(args, spec, seed: int):
    """The one request both tables time: `auto` size, the model's guidance, `args.steps` steps."""
    from deployments.protocol import GenerationParams

    width, height = spec.auto_size()
    return GenerationParams(
        prompt=PROMPT,
        negative_prompt=None,
        width=width,
        height=height,
        n=1,
        num_inference_steps=args.steps,
        guidance_scale=spec.default_guidance_scale,
        temperature=spec.temperature,
        seed=seed,
    )


def two_deployments(config: dict, model: str, max_ongoing: int) -> dict:
    """One app serving `model` twice: as configured (batching on) and with batching off."""
    app = config["applications"][0]
    batched = next(m for m in app["args"]["models"] if m["name"] == model)
    unbatched = {**copy.deepcopy(batched), "name": unbatched_name(model), "max_batch_size": 1}
    app["args"]["models"].append(unbatched)
    entry = next(d for d in app["deployments"] if d["name"] == model)
    fixed_replicas(entry, 1)
    entry["max_ongoing_requests"] = max(max_ongoing, entry.get("max_ongoing_requests", 1))
    entry["max_queued_requests"] = max(4 * max_ongoing, entry.get("max_queued_requests", 0))
    app["deployments"].append({**copy.deepcopy(entry), "name": unbatched_name(model)})
    return config


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds of a process so far (nan where psutil is missing)."""
    try:
        import psutil
    except ImportError:
        return float("nan")
    if pid is None:
        return float("nan")
    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


async def closed_loop(call, concurrency: int, total: int) -> float:
    """`concurrency` clients share `total` requests, each sending its next when one returns;
    returns images per second over the whole step."""
    counter = iter(range(total))

    async def client() -> None:
        for seed in counter:
            await call(seed)

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    return total / (time.perf_counter() - started)


def serve_table(args, spec) -> None:
    import httpx
    from ray import serve

    from deployments import local_cluster

    model_name, unbatched = spec.name, unbatched_name(spec.name)
    config = only_model(local_cluster.load_config(), model_name)
    config = two_deployments(config, model_name, max(args.concurrency))
    with local_service(config) as base_url:
        client = httpx.AsyncClient(timeout=300) if args.http else None

        def caller(model: str):
            if args.http:

                async def call(seed: int) -> None:
                    response = await client.post(
                        f"{base_url}/v1/images/generations",
                        headers=auth_headers(),
                        json={
                            "model": model,
                            "prompt": PROMPT,
                            "size": "{}x{}".format(*spec.auto_size()),
                            "seed": seed,
                            "num_inference_steps": args.steps,
                        },
                    )
                    response.raise_for_status()

                return call
            handle = serve.get_deployment_handle(model, app_name=APP_NAME)

            async def call(seed: int) -> None:
                output = await handle.generate.remote(request_params(args, spec, seed))
                assert len(output.images) == 1  # a GenerationOutput (images + token counts)

            return call

        async def measure() -> dict[tuple[int, str], list[tuple[float, float]]]:
            calls = {model_name: caller(model_name), unbatched: caller(unbatched)}
            pids = {}
            for model, call in calls.items():  # warm both replicas (first call pays lazy init)
                await closed_loop(call, 4, 4)
                handle = serve.get_deployment_handle(model, app_name=APP_NAME)
                pids[model] = (await handle.ready.remote())["replica_pid"]
            results: dict[tuple[int, str], list[tuple[float, float]]] = {}
            for concurrency in args.concurrency:
                total = max(args.requests, 2 * concurrency)
                for round_ in range(args.rounds):
                    order = (model_name, unbatched)
                    order = order if round_ % 2 == 0 else order[::-1]
                    for model in order:
                        cpu = cpu_seconds(pids[model])
                        rate = await closed_loop(calls[model], concurrency, total)
                        cpu_ms = (cpu_seconds(pids[model]) - cpu) * 1000.0 / total
                        results.setdefault((concurrency, model), []).append((rate, cpu_ms))
            if client is not None:
                await client.aclose()
            return results

        results = asyncio.run(measure())

    path = "HTTP, full request path" if args.http else "Serve DeploymentHandle -> model replica"
    print(
        f"\nServe ({path}): images/s, median of {args.rounds} rounds; batching on = "
        f"max_batch_size {spec.max_batch_size}, batch_wait_timeout_s {spec.batch_wait_timeout_s}; "
        f"one replica each, torch_threads {spec.torch_threads}"
    )
    rows = []
    for concurrency in args.concurrency:
        on = median([rate for rate, _ in results[(concurrency, model_name)]])
        off = median([rate for rate, _ in results[(concurrency, unbatched)]])
        cpu_on = median([cpu for _, cpu in results[(concurrency, model_name)]])
        cpu_off = median([cpu for _, cpu in results[(concurrency, unbatched)]])
        rows.append(_comparison_row(concurrency, on, off, cpu_on, cpu_off))
    print_table(
        [
            "concurrency",
            "img/s on",
            "img/s off",
            "on / off",
            "cpu ms/img on",
            "cpu ms/img off",
            "off / on",
        ],
        rows,
    )


def _comparison_row(label: int, on: float, off: float, cpu_on: float, cpu_off: float) -> list:
    """One table row: throughput on and off, their ratio, CPU ms per image and its ratio."""
    return [
        label,
        f"{on:.2f}",
        f"{off:.2f}",
        ratio(on, off),
        f"{cpu_on:.0f}",
        f"{cpu_off:.0f}",
        ratio(cpu_off, cpu_on),
    ]


def in_process_table(args, spec) -> None:
    from deployments.engines import build_engine

    engine = build_engine(spec, model_cache_dir())

    def params(seed: int):
        return request_params(args, spec, seed)

    engine.generate_batch([params(0), params(1)])  # warm up
    rows = []
    for size in args.concurrency:
        batched, sequential, cpu_batched, cpu_sequential = [], [], [], []
        for round_ in range(args.rounds):
            batch = [params(round_ * 100 + i) for i in range(size)]
            started, cpu = time.perf_counter(), time.process_time()
            engine.generate_batch(batch)
            batched.append(size / (time.perf_counter() - started))
            cpu_batched.append((time.process_time() - cpu) * 1000.0 / size)
            started, cpu = time.perf_counter(), time.process_time()
            for p in batch:
                engine.generate(p)
            sequential.append(size / (time.perf_counter() - started))
            cpu_sequential.append((time.process_time() - cpu) * 1000.0 / size)
        on, off = median(batched), median(sequential)
        cpu_on, cpu_off = median(cpu_batched), median(cpu_sequential)
        rows.append(_comparison_row(size, on, off, cpu_on, cpu_off))
    print(
        f"\nin-process ({type(engine).__name__} {spec.name}, torch threads "
        f"{spec.torch_threads}): images/s, "
        f"median of {args.rounds} rounds"
    )
    print_table(
        [
            "requests B",
            "img/s batch",
            "img/s B calls",
            "batch / calls",
            "cpu ms/img batch",
            "cpu ms/img calls",
            "calls / batch",
        ],
        rows,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="tiny-sdxl", help="a model of config/local.yaml")
    parser.add_argument(
        "--concurrency", type=int, nargs="+", default=list(CONCURRENCY), help="levels to measure"
    )
    parser.add_argument("--requests", type=int, default=12, help="requests per measurement")
    parser.add_argument("--rounds", type=int, default=2, help="on/off rounds per concurrency")
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--http", action="store_true", help="full API path instead of handles")
    parser.add_argument("--no-serve", action="store_true", help="in-process table only")
    args = parser.parse_args()

    from deployments import local_cluster
    from deployments.settings import parse_settings
    from deployments.tiny_models import ensure_tiny_model

    settings = parse_settings(local_cluster.load_config()["applications"][0]["args"])
    spec = settings.model(args.model)
    assert spec is not None, f"{args.model} is not in config/local.yaml"
    ensure_tiny_model(spec.source, model_cache_dir())
    print(machine_line())
    if not args.no_serve:
        serve_table(args, spec)
    in_process_table(args, spec)


if __name__ == "__main__":
    main()
