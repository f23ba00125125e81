"""What serving adds: one tiny-model request in-process vs through Ray Serve + router + governance.

Run: python benchmarks/serving_overhead.py [--model M] [--requests N] [--steps S] [--size PX]

The same request (default tiny-sdxl, 256x256, 4 steps, seed 7, n=1, png; `--model tiny-emu3` or
`tiny-janus` use the model's `auto` size) is timed two ways, alternating one of each so that load
from other processes on the machine falls on both alike:

* in-process: the model's engine (``build_engine``) ``generate`` in this process (torch threads
  as the model's ``torch_threads``, 1 in config/local.yaml), pixels only;
* HTTP: ``POST /v1/images/generations`` on the local config deployed on a local Ray cluster:
  proxy -> router (auth, validation, limits) -> moderation -> model replica -> governance replica
  (NSFW, watermark, PNG encode, C2PA sign) -> audit append -> base64 JSON.

The ratio of the two is the serving overhead for a tiny model on CPU; the Server-Timing medians
say where it goes. Only the measured model is deployed (the others are dropped to start faster).
"""

from __future__ import annotations

import argparse
import time

import _common  # noqa: F401  (sets sys.path and offline env first)
from _common import (
    auth_headers,
    local_service,
    long_benign_english,
    machine_line,
    median,
    model_cache_dir,
    only_model,
    percentile,
    print_table,
    ratio,
)

PROMPT = "a lighthouse on a cliff at dusk, oil painting"
SEED = 7


def long_prompt(chars: int) -> str:
    """PROMPT followed by benign scenery up to ``chars``: long benign rows of the former blind
    sets (written by outsiders; no two windows alike) that the moderator serves, joined, the
    whole checked again (a refused prompt would measure a refusal, not a generation)."""
    from governance.moderation import Moderator

    moderator = Moderator()
    text = PROMPT
    for row in long_benign_english(600):
        longer = f"{text}. {row}"
        if not moderator.check_prompt(longer[:chars]).flagged:
            text = longer
        if len(text) >= chars:
            return text[:chars]
    raise SystemExit(f"no served benign scenery of {chars} characters in the data files")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="tiny-sdxl", help="a model of config/local.yaml")
    parser.add_argument("--requests", type=int, default=20, help="timed requests per path")
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--size", type=int, default=256, help="square side (diffusion only)")
    parser.add_argument(
        "--prompt-chars",
        type=int,
        default=0,
        help="lengthen the prompt with benign scenery to this many characters (what moderation"
        " costs at that length: Server-Timing `moderation`)",
    )
    parser.add_argument(
        "--by-value-max-bytes",
        type=int,
        default=None,
        help="override the app's `by_value_max_bytes` (0: every call through the object store,"
        " Serve's default transport; before/after for the hop)",
    )
    parser.add_argument(
        "--keep-freed-memory-mb",
        type=int,
        default=None,
        help="override the app's `keep_freed_memory_mb` (0: glibc's defaults, the router and"
        " governance replicas hand freed arrays back to the kernel; before/after)",
    )
    args = parser.parse_args()
    prompt = long_prompt(args.prompt_chars) if args.prompt_chars > len(PROMPT) else PROMPT

    import httpx

    from deployments import local_cluster
    from deployments.engines import build_engine
    from deployments.metrics import SEQUENTIAL_STAGES, STAGES, parse_server_timing
    from deployments.protocol import GenerationParams
    from deployments.settings import parse_settings
    from deployments.tiny_models import ensure_tiny_model

    model = args.model
    config = only_model(local_cluster.load_config(), model)
    if args.by_value_max_bytes is not None:
        config["applications"][0]["args"]["by_value_max_bytes"] = args.by_value_max_bytes
    if args.keep_freed_memory_mb is not None:
        config["applications"][0]["args"]["keep_freed_memory_mb"] = args.keep_freed_memory_mb
    settings = parse_settings(config["applications"][0]["args"])
    spec = settings.model(model)
    assert spec is not None, f"{model} is not in config/local.yaml"
    cache = model_cache_dir()
    ensure_tiny_model(spec.source, cache)  # built once, before either path loads it
    engine = build_engine(spec, cache)  # sets this process's torch threads from the spec
    width, height = (args.size, args.size) if spec.family == "diffusion" else spec.auto_size()
    params = GenerationParams(
        prompt=prompt,
        negative_prompt=None,
        width=width,
        height=height,
        n=1,
        num_inference_steps=args.steps,
        guidance_scale=spec.default_guidance_scale,
        temperature=spec.temperature,
        seed=SEED,
    )
    body = {
        "model": model,
        "prompt": prompt,
        "size": f"{width}x{height}",
        "seed": SEED,
        "num_inference_steps": args.steps,
        "output_format": "png",
    }

    transport = (
        f"by_value_max_bytes={settings.by_value_max_bytes}, "
        f"keep_freed_memory_mb={settings.keep_freed_memory_mb}"
    )
    print(machine_line(f"model torch_threads={spec.torch_threads}, {transport}"))
    local_ms: list[float] = []
    http_ms: list[float] = []
    stages: dict[str, list[float]] = {}
    with local_service(config) as base_url, httpx.Client(timeout=120) as client:
        url = f"{base_url}/v1/images/generations"

        def over_http() -> tuple[float, dict[str, float]]:
            started = time.perf_counter()
            response = client.post(url, headers=auth_headers(), json=body)
            elapsed = (time.perf_counter() - started) * 1000.0
            if response.status_code == 400:  # a --prompt-chars prompt refused: say so plainly
                raise SystemExit(f"the prompt was refused: {response.json()['error']}")
            response.raise_for_status()
            assert response.json()["data"][0]["b64_json"]
            return elapsed, parse_server_timing(response.headers.get("server-timing", ""))

        for _ in range(args.warmup):
            engine.generate(params)
            over_http()
        for _ in range(args.requests):
            started = time.perf_counter()
            engine.generate(params)
            local_ms.append((time.perf_counter() - started) * 1000.0)
            elapsed, timing = over_http()
            http_ms.append(elapsed)
            for name, ms in timing.items():
                stages.setdefault(name, []).append(ms)

    print(
        f"\nserving overhead: {model} {width}x{height}, {args.steps} steps, seed {SEED}, "
        f"n=1, png; {args.requests} requests per path after {args.warmup} warm-up, interleaved"
    )
    p50_local, p95_local = percentile(local_ms, 50), percentile(local_ms, 95)
    p50_http, p95_http = percentile(http_ms, 50), percentile(http_ms, 95)
    print_table(
        ["path", "p50 ms", "p95 ms"],
        [
            [f"in-process {type(engine).__name__}", f"{p50_local:.0f}", f"{p95_local:.0f}"],
            ["HTTP: Serve + router + governance", f"{p50_http:.0f}", f"{p95_http:.0f}"],
            ["ratio HTTP / in-process", ratio(p50_http, p50_local), ratio(p95_http, p95_local)],
            ["added by serving (ms)", f"{p50_http - p50_local:.0f}", f"{p95_http - p95_local:.0f}"],
        ],
    )

    print(
        "\nwhere the time goes (Server-Timing medians, ms; share of the server total; the image"
        "\nstages overlap, so `governance`, their wall clock with the hop, is what adds up)"
    )
    total = median(stages.get("total", []))
    rows = []
    named = 0.0
    for name in STAGES:
        if name == "total" or name not in stages:
            continue
        value = median(stages[name])
        if name in SEQUENTIAL_STAGES or "governance" not in stages:
            named += value
            label = name
        else:  # an image stage: they overlap inside the governance wall clock
            label = f"  {name} (within governance)"
        rows.append([label, f"{value:.1f}", f"{100 * value / total:.0f}%"])
    rows.append(["router, unattributed (total - stages)", f"{total - named:.1f}", ""])
    rows.append(["total (server)", f"{total:.1f}", "100%"])
    rows.append(["client - server total (proxy, HTTP, JSON)", f"{p50_http - total:.1f}", ""])
    print_table(["stage", "median ms", "share"], rows)
    generate = median(stages.get("generate", []))
    print(
        f"\n  generate through a replica {generate:.0f} ms vs in-process {p50_local:.0f} ms: "
        f"{ratio(generate, p50_local)} (handle call and pixels back to the router; the fair\n"
        f"  queue starts a lone request at once, batching only requests already waiting)"
    )


if __name__ == "__main__":
    main()
