"""LoRA adapters: load time, latency with the adapter cached vs not, and the multiplexed cache's
hit ratio for 4 adapters over 2 replicas holding 2 sets each.

Run: python benchmarks/adapters.py [--rounds R] [--requests N] [--no-serve]

In-process (first table): tiny-sdxl's engine at 64x64, 2 steps, with tiny LoRAs (rank 4 on the
UNet's attention, built from the real PEFT classes). Side by side in one run, rounds
interleaved so other load falls on all alike: a request without adapters; with its adapter
already loaded (cached); and with it not loaded (fetch + SHA-256 check + inject, then
generate); plus the load alone. Medians over the rounds.

Serve (second table): the local config's tiny-sdxl alone on 2 fixed replicas with
`max_adapter_sets: 2`, 4 adapters registered, N sequential requests through the HTTP API,
each naming one adapter drawn at random (fixed seed). The hit ratio is read from the replicas'
own counts (the same events as `imprimatur_adapter_requests_total`), next to what the same
sequence gives, simulated, if requests went to a random replica (no multiplexed routing) and
to a single replica holding 2 sets.

ControlNet (third table, in-process): the same engine and request with a tiny ControlNet
(`ControlNetModel.from_unet` of tiny-sdxl) on Canny edges vs without: the added latency per
image, and the Canny preprocessing alone (the router's CPU work).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections import OrderedDict
from pathlib import Path

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

ADAPTERS = ("demo/style-a", "demo/style-b", "demo/style-c", "demo/style-d")
PROMPT = "a poster of a lighthouse"


def build_loras(folder: Path) -> dict[str, Path]:
    from deployments.tiny_adapters import build_tiny_lora

    return {
        adapter_id: build_tiny_lora(folder / str(seed), seed, cache_dir=model_cache_dir())
        for seed, adapter_id in enumerate(ADAPTERS, start=1)
    }


def in_process(rounds: int, loras: dict[str, Path], folder: Path) -> None:
    from deployments.engines import DiffusionEngine
    from deployments.protocol import GenerationParams
    from deployments.settings import ModelSpec
    from governance.adapters import AdapterRegistry, AdapterUse, adapter_set_id

    spec = ModelSpec(
        name="tiny-sdxl",
        family="diffusion",
        source="tiny-sdxl",
        min_size=64,
        default_size=64,
        default_steps=2,
        max_adapter_sets=2,
        torch_threads=1,
    )
    engine = DiffusionEngine(spec, model_cache_dir())
    registry = AdapterRegistry(folder / "registry")
    uses = {}
    for adapter_id, path in loras.items():
        manifest = registry.add(adapter_id, path, base_model="tiny-sdxl")
        uses[adapter_id] = AdapterUse(adapter_id, manifest.sha256, 1.0)

    def params(*adapters: AdapterUse) -> GenerationParams:
        return GenerationParams(
            prompt=PROMPT,
            negative_prompt=None,
            width=64,
            height=64,
            n=1,
            num_inference_steps=2,
            guidance_scale=5.0,
            seed=5,
            adapters=adapters,
        )

    def load(use: AdapterUse):
        path = registry.fetch(use.id, use.sha256)
        return engine.lora.load(adapter_set_id([use]), [(use, path)])

    def evict(loaded) -> None:
        loaded.unpin()
        loaded.__del__()
        with engine._lock:
            engine.lora._purge()

    cached_use = uses[ADAPTERS[0]]
    cached = load(cached_use)
    cached.pin()
    engine.generate(params())  # warm both paths
    engine.generate(params(cached_use))
    base_ms, cached_ms, cold_ms, load_ms = [], [], [], []
    for _ in range(rounds):
        started = time.perf_counter()
        engine.generate(params())
        base_ms.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        engine.generate(params(cached_use))
        cached_ms.append((time.perf_counter() - started) * 1000)

        cold_use = uses[ADAPTERS[1]]
        started = time.perf_counter()
        loaded = load(cold_use)
        loaded.pin()
        load_ms.append((time.perf_counter() - started) * 1000)
        engine.generate(params(cold_use))
        cold_ms.append((time.perf_counter() - started) * 1000)
        evict(loaded)
    evict(cached)
    control_table(engine, params, rounds, folder)
    base, hot, cold, loading = map(median, (base_ms, cached_ms, cold_ms, load_ms))
    print(f"\nIn-process, tiny-sdxl 64x64, 2 steps, rank-4 LoRA, median of {rounds} rounds:")
    print_table(
        ["request", "ms", "vs no adapter"],
        [
            ["no adapter", f"{base:.1f}", "1.00x"],
            ["adapter cached", f"{hot:.1f}", ratio(hot, base)],
            ["adapter not loaded (load + generate)", f"{cold:.1f}", ratio(cold, base)],
            ["load alone (fetch + sha256 + inject)", f"{loading:.1f}", ratio(loading, base)],
        ],
    )
    print(f"  not loaded vs cached: {ratio(cold, hot)}")


def control_table(engine, params, rounds: int, folder: Path) -> None:
    import dataclasses

    import numpy as np

    from deployments.control import canny
    from deployments.protocol import Control
    from deployments.tiny_adapters import build_tiny_controlnet
    from governance.adapters import sha256_file

    built = build_tiny_controlnet(folder / "controlnet", cache_dir=model_cache_dir())
    sha = sha256_file(built / "diffusion_pytorch_model.safetensors")
    engine.load_controlnet("canny", built, sha)
    picture = np.random.default_rng(0).integers(0, 256, (512, 512, 3), dtype=np.uint8)
    plain = params()
    controlled = dataclasses.replace(
        plain, control=Control("canny", "bench/canny", sha, 0.8, canny(picture, 64, 64))
    )
    # an edit (img2img, strength 0.7 of 2 steps: 1 step), without and with the same control
    edit = dataclasses.replace(plain, image=picture[:64, :64].copy(), strength=0.7)
    controlled_edit = dataclasses.replace(edit, control=controlled.control)
    for warm in (controlled, edit, controlled_edit):
        engine.generate(warm)
    runs: dict[str, list[float]] = {"plain": [], "control": [], "edit": [], "edit+control": []}
    preprocess = []
    for _ in range(rounds):
        for name, request in zip(runs, (plain, controlled, edit, controlled_edit), strict=True):
            started = time.perf_counter()
            engine.generate(request)
            runs[name].append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        canny(picture, 1024, 1024)
        preprocess.append((time.perf_counter() - started) * 1000)
    plain_ms, control_ms = median(runs["plain"]), median(runs["control"])
    edit_ms, edit_control_ms = median(runs["edit"]), median(runs["edit+control"])
    print(f"\nControlNet, in-process, tiny-sdxl 64x64, 2 steps, median of {rounds} rounds:")
    print_table(
        ["request", "ms", "vs no control"],
        [
            ["no control", f"{plain_ms:.1f}", "1.00x"],
            ["canny ControlNet, scale 0.8", f"{control_ms:.1f}", ratio(control_ms, plain_ms)],
            ["edit (img2img, 1 step)", f"{edit_ms:.1f}", "1.00x"],
            ["edit + canny ControlNet", f"{edit_control_ms:.1f}", ratio(edit_control_ms, edit_ms)],
        ],
    )
    print(f"  added per image: {control_ms - plain_ms:.1f} ms; Canny of a 512 px upload at")
    print(f"  1024x1024 on the router's CPU: {median(preprocess):.1f} ms")


def simulate(sequence: list[str], replicas: int, slots: int, trials: int = 2000) -> float:
    """Hit ratio of `sequence` sent to a random replica each (no routing by model id)."""
    rng = random.Random(0)
    hits = 0
    for _ in range(trials):
        caches = [OrderedDict() for _ in range(replicas)]
        for adapter in sequence:
            cache = caches[rng.randrange(replicas)]
            if adapter in cache:
                hits += 1
                cache.move_to_end(adapter)
            else:
                if len(cache) >= slots:
                    cache.popitem(last=False)
                cache[adapter] = True
    return hits / (trials * len(sequence))


def serve_part(requests: int, loras: dict[str, Path]) -> None:
    import os

    import httpx
    from ray import serve

    from deployments import local_cluster
    from governance.adapters import AdapterRegistry

    config = only_model(local_cluster.load_config(), "tiny-sdxl")
    app = config["applications"][0]
    app["args"]["models"][0]["max_adapter_sets"] = 2
    for entry in app["deployments"]:
        if entry["name"] == "tiny-sdxl":
            fixed_replicas(entry, 2)
    rng = random.Random(7)
    sequence = [rng.choice(ADAPTERS) for _ in range(requests)]
    with local_service(config) as base:
        registry = AdapterRegistry(Path(os.environ["IMPRIMATUR_HOME"]) / "adapters")
        for adapter_id, path in loras.items():
            registry.add(adapter_id, path, base_model="tiny-sdxl")
        latencies = []
        for index, adapter_id in enumerate(sequence):
            body = {
                "model": "tiny-sdxl",
                "prompt": PROMPT,
                "size": "256x256",
                "num_inference_steps": 1,
                "seed": index,
                "adapters": [{"id": adapter_id}],
            }
            started = time.perf_counter()
            answer = httpx.post(
                f"{base}/v1/images/generations", json=body, headers=auth_headers(), timeout=300
            )
            latencies.append((time.perf_counter() - started) * 1000)
            answer.raise_for_status()
        handle = serve.get_deployment_handle("tiny-sdxl", app_name=APP_NAME)
        replicas: dict[str, dict] = {}
        for _ in range(40):
            status = handle.adapter_status.remote().result()
            replicas[status["replica_id"]] = status["counts"]
            if len(replicas) == 2:
                break
    hits = sum(c.get("hit", 0) for c in replicas.values())
    misses = sum(c.get("miss", 0) for c in replicas.values())
    measured = hits / (hits + misses) if hits + misses else float("nan")
    print(
        f"\nServe, 4 adapters over 2 replicas x 2 sets, {requests} sequential requests "
        f"(256x256, 1 step, full API path), replicas seen: {len(replicas)}:"
    )
    print_table(
        ["routing", "hit ratio"],
        [
            ["Serve multiplexed (measured)", f"{measured:.2f}"],
            ["random replica (simulated)", f"{simulate(sequence, 2, 2):.2f}"],
            ["one replica x 2 sets (simulated)", f"{simulate(sequence, 1, 2):.2f}"],
        ],
    )
    per_replica = {rid[-6:]: counts for rid, counts in replicas.items()}
    print(f"  per replica (loaded/evicted/hit/miss): {per_replica}")
    print(f"  request latency median {median(latencies):.0f} ms (hits and misses together)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--no-serve", action="store_true", help="in-process table only")
    args = parser.parse_args()
    print(machine_line())
    with tempfile.TemporaryDirectory(prefix="imprimatur-adapters-") as tmp:
        loras = build_loras(Path(tmp) / "loras")
        in_process(args.rounds, loras, Path(tmp))
        if not args.no_serve:
            serve_part(args.requests, loras)


if __name__ == "__main__":
    main()
