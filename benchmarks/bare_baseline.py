"""Against what a user would otherwise run: a bare FastAPI server vs the governed service.

Run: python benchmarks/bare_baseline.py [--concurrency 1 8] [--requests N] [--rounds R]
                                        [--steps S] [--size PX]

The bare server is the seed-style snippet: one ``StableDiffusionXLPipeline`` loaded with
``from_pretrained`` in a uvicorn process, a ``POST /generate`` that runs it and answers the PNG
as base64 JSON; no authentication, moderation, NSFW check, watermark, C2PA, audit or batching
(a lock keeps the one pipeline to one call at a time: diffusers' schedulers keep per-call state,
so concurrent calls on one pipeline would corrupt each other). Torch keeps its default threads
there, as the snippet sets none. It loads the same tiny-sdxl weights that the service loads.

The service is config/local.yaml with only tiny-sdxl, on a local Ray cluster, through
``POST /v1/images/generations`` (router, moderation, the model replica's fair queue, governance,
audit). Both are up at once; closed-loop HTTP clients (`--concurrency` of them) send the same
request (PNG, 256x256, 4 steps, own seed each) to one, then the other, alternating by round, so
outside load falls on both. Printed: images/s and p50 latency per side, and the ratios
service/bare (latency: lower is better, the goal at concurrency 1 is <= 1.3x; throughput:
higher is better, the goal at concurrency 8 is >= 1.0x).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import io
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import _common  # noqa: F401  (sets sys.path and offline env first)
from _common import (
    auth_headers,
    local_service,
    machine_line,
    median,
    model_cache_dir,
    only_model,
    percentile,
    print_table,
    ratio,
)
from pydantic import BaseModel

PROMPT = "a lighthouse on a cliff at dusk, oil painting"
MODEL = "tiny-sdxl"


class BareRequest(BaseModel):
    prompt: str
    size: int = 256
    steps: int = 4
    seed: int = 0


def bare_app(model_dir: str, threads: int = 0):
    """The seed-style server: the pipeline, one route, nothing else (``threads``: torch's
    intra-op threads, 0 for torch's default as in the snippet)."""
    import torch
    from diffusers import StableDiffusionXLPipeline
    from fastapi import FastAPI

    if threads:
        torch.set_num_threads(threads)

    pipe = StableDiffusionXLPipeline.from_pretrained(model_dir)
    pipe.set_progress_bar_config(disable=True)  # as the service's engine does
    lock = threading.Lock()
    app = FastAPI()

    @app.post("/generate")
    def generate(request: BareRequest) -> dict:
        with lock:
            image = pipe(
                request.prompt,
                height=request.size,
                width=request.size,
                num_inference_steps=request.steps,
                generator=torch.Generator().manual_seed(request.seed),
            ).images[0]
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return {"b64_json": base64.b64encode(buffer.getvalue()).decode("ascii")}

    @app.get("/healthz")
    def healthz() -> dict:
        return {"ok": True}

    return app


def serve_bare(model_dir: str, port: int, threads: int) -> None:
    import uvicorn

    uvicorn.run(bare_app(model_dir, threads), host="127.0.0.1", port=port, log_level="warning")


def start_bare(model_dir: Path, port: int, threads: int) -> subprocess.Popen:
    command = [sys.executable, __file__, "--serve-bare", str(model_dir), "--port", str(port)]
    command += ["--bare-threads", str(threads)]
    process = subprocess.Popen(command, env=os.environ.copy())
    import httpx

    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the bare server exited with {process.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.5)
    process.kill()
    raise RuntimeError("the bare server did not start")


async def closed_loop(call, concurrency: int, total: int) -> tuple[float, list[float]]:
    """`concurrency` clients share `total` requests; images/s over the step, latencies (ms)."""
    counter = iter(range(total))
    latencies: list[float] = []

    async def client() -> None:
        for seed in counter:
            started = time.perf_counter()
            await call(seed)
            latencies.append((time.perf_counter() - started) * 1000.0)

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    return total / (time.perf_counter() - started), latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--requests", type=int, default=16, help="per side, level and round")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument(
        "--bare-threads",
        type=int,
        default=0,
        help="torch threads of the bare server (0: torch's default, as the snippet; 1 matches "
        "the service's replica on a loaded machine)",
    )
    parser.add_argument("--serve-bare", metavar="MODEL_DIR", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_bare:
        serve_bare(args.serve_bare, args.port, args.bare_threads)
        return

    import httpx

    from deployments import local_cluster
    from deployments.settings import parse_settings
    from deployments.tiny_models import ensure_tiny_model

    config = only_model(local_cluster.load_config(), MODEL)
    spec = parse_settings(config["applications"][0]["args"]).model(MODEL)
    assert spec is not None
    model_dir = ensure_tiny_model(spec.source, model_cache_dir())
    bare_threads = args.bare_threads or "torch default"
    print(machine_line(f"service torch_threads={spec.torch_threads}; bare: {bare_threads}"))

    port = local_cluster.free_port()
    bare = start_bare(model_dir, port, args.bare_threads)
    bare_url = f"http://127.0.0.1:{port}/generate"
    results: dict[tuple[str, int], list[tuple[float, list[float]]]] = {}
    try:
        with local_service(config) as base_url:
            url = f"{base_url}/v1/images/generations"

            async def measure() -> None:
                async with httpx.AsyncClient(timeout=300) as client:

                    async def call_bare(seed: int) -> None:
                        body = {"prompt": PROMPT, "size": args.size, "steps": args.steps}
                        response = await client.post(bare_url, json={**body, "seed": seed})
                        response.raise_for_status()
                        assert response.json()["b64_json"]

                    async def call_service(seed: int) -> None:
                        response = await client.post(
                            url,
                            headers=auth_headers(),
                            json={
                                "model": MODEL,
                                "prompt": PROMPT,
                                "size": f"{args.size}x{args.size}",
                                "seed": seed,
                                "num_inference_steps": args.steps,
                                "output_format": "png",
                            },
                        )
                        response.raise_for_status()
                        assert response.json()["data"][0]["b64_json"]

                    calls = {"bare": call_bare, "service": call_service}
                    top = max(args.concurrency)
                    for call in calls.values():  # warm up, and let the service scale up
                        await closed_loop(call, top, 2 * top)
                    for round_index in range(args.rounds):
                        order = list(calls) if round_index % 2 == 0 else list(calls)[::-1]
                        for concurrency in args.concurrency:
                            for side in order:
                                total = max(args.requests, 2 * concurrency)
                                step = await closed_loop(calls[side], concurrency, total)
                                results.setdefault((side, concurrency), []).append(step)

            asyncio.run(measure())
    finally:
        bare.terminate()
        bare.wait(timeout=30)

    print(
        f"\nbare FastAPI server vs the governed service: {MODEL} {args.size}x{args.size}, "
        f"{args.steps} steps, png; {args.rounds} rounds, alternating, "
        f"{args.requests} requests per side and level a round"
    )
    rows = []
    for concurrency in args.concurrency:
        row = [concurrency]
        figures = {}
        for side in ("bare", "service"):
            steps = results[(side, concurrency)]
            rate = median([s[0] for s in steps])
            latencies = [ms for s in steps for ms in s[1]]
            figures[side] = (rate, percentile(latencies, 50))
            row += [f"{rate:.2f}", f"{percentile(latencies, 50):.0f}"]
        row += [
            ratio(figures["service"][1], figures["bare"][1]),
            ratio(figures["service"][0], figures["bare"][0]),
        ]
        rows.append(row)
    print_table(
        [
            "concurrency",
            "bare img/s",
            "bare p50 ms",
            "service img/s",
            "service p50 ms",
            "latency service/bare",
            "img/s service/bare",
        ],
        rows,
    )
    print("\n  goals (issue 16): latency <= 1.3x at concurrency 1; img/s >= 1.0x at concurrency 8")


if __name__ == "__main__":
    main()
