"""GPU throughput: SDXL and Janus-Pro-1B architectures, raw library call vs the serving engine.

Run on a GPU:  python benchmarks/gpu.py                     (full size, fp16: about 5 min, H100)
Run on CPU:    python benchmarks/gpu.py --tiny              (tiny models; the default without CUDA)
Options:       --channels-last --fuse-qkv --compile --attention classic --fp16-vae
               --batches 1,2,4 --steps 30 --repeats 2 --models sdxl,janus --budget-s 420

No weights are downloaded: each model is built from its published architecture (written inline
below: SDXL base 1.0's UNet, VAE and two CLIP text encoders; Janus-Pro-1B's Llama, SigLIP and VQ
sizes) with random weights, since a step's cost does not depend on the weights' values. The model
is saved with `save_pretrained` to a temp folder and loaded again through the serving engine
(`deployments.engines.DiffusionEngine` / `JanusEngine`, in-process, no Ray) from a `ModelSpec`
whose source is that folder, exactly as production loads SDXL or Janus-Pro from the hub.
`--tiny` builds instead the configs of the embedded tiny-sdxl (256x256) and tiny-janus (384x384,
576 image tokens), imported from `deployments/tiny_models.py`: it checks the script, not figures.

Per model and batch size B (B requests of one image each):
  raw     the library's own call on the in-memory model: `pipe(prompt=[p] * B, ...)` for SDXL
          (1024x1024, 30 steps, CFG 5), `model.generate(generation_mode="image")` + VQ decode for
          Janus (576 image tokens, CFG 5, sampling);
  engine  `engine.generate_batch([params] * B)`: the batching path a model replica runs, with its
          per-request seeds (and, for Janus, its own CFG processor and per-row sampler).
Then, for SDXL at batch 1 on the engine, one row per option (SDPA is the default attention;
`classic` is diffusers' pre-SDPA AttnProcessor for comparison). The figures are ratios measured
side by side in one run; absolute times belong to the device named in the header.
`--budget-s` bounds the measuring time: rows past it print as skipped, so the script always ends.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import _common  # noqa: F401  (sets sys.path and offline env first)
from _common import print_table

from deployments.tiny_models import (  # --tiny builds the embedded tiny models' configs
    TINY_JANUS_TEXT,
    TINY_JANUS_VISION,
    TINY_JANUS_VQ,
    TINY_SDXL_SCHEDULER,
    TINY_SDXL_TEXT,
    TINY_SDXL_TEXT_2,
    TINY_SDXL_UNET,
    TINY_SDXL_VAE,
    janus_from_configs,
    sdxl_from_configs,
)

PROMPT = "a lighthouse on a cliff at dusk, oil painting, detailed"
GUIDANCE = 5.0

# --- SDXL base 1.0 (stabilityai/stable-diffusion-xl-base-1.0), as published -----------------
SDXL_UNET = dict(
    sample_size=128,
    in_channels=4,
    out_channels=4,
    down_block_types=("DownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D"),
    up_block_types=("CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "UpBlock2D"),
    mid_block_type="UNetMidBlock2DCrossAttn",
    block_out_channels=(320, 640, 1280),
    layers_per_block=2,
    attention_head_dim=(5, 10, 20),
    transformer_layers_per_block=(1, 2, 10),
    cross_attention_dim=2048,
    use_linear_projection=True,
    addition_embed_type="text_time",
    addition_time_embed_dim=256,
    projection_class_embeddings_input_dim=2816,
    norm_num_groups=32,
    norm_eps=1e-5,
    act_fn="silu",
    flip_sin_to_cos=True,
    freq_shift=0,
)  # 2,567,463,684 parameters
SDXL_VAE = dict(
    in_channels=3,
    out_channels=3,
    block_out_channels=(128, 256, 512, 512),
    down_block_types=("DownEncoderBlock2D",) * 4,
    up_block_types=("UpDecoderBlock2D",) * 4,
    latent_channels=4,
    layers_per_block=2,
    norm_num_groups=32,
    sample_size=1024,
    scaling_factor=0.13025,
    force_upcast=True,  # SDXL's VAE overflows in fp16: the pipeline decodes in fp32
)  # 83,653,863
SDXL_TEXT = dict(  # CLIP ViT-L/14 text tower: 123,060,480
    vocab_size=49408,
    hidden_size=768,
    intermediate_size=3072,
    num_attention_heads=12,
    num_hidden_layers=12,
    max_position_embeddings=77,
    hidden_act="quick_gelu",
    projection_dim=768,
)
SDXL_TEXT_2 = dict(  # OpenCLIP ViT-bigG/14 text tower with projection: 694,659,840
    vocab_size=49408,
    hidden_size=1280,
    intermediate_size=5120,
    num_attention_heads=20,
    num_hidden_layers=32,
    max_position_embeddings=77,
    hidden_act="gelu",
    projection_dim=1280,
)
SDXL_SCHEDULER = dict(
    beta_start=0.00085,
    beta_end=0.012,
    beta_schedule="scaled_linear",
    num_train_timesteps=1000,
    prediction_type="epsilon",
    steps_offset=1,
    timestep_spacing="leading",
    interpolation_type="linear",
    use_karras_sigmas=False,
)
# --- Janus-Pro-1B (deepseek-community/Janus-Pro-1B), as published ---------------------------
JANUS_TEXT = dict(  # DeepSeek-LLM 1.5B-class Llama
    vocab_size=102400,
    hidden_size=2048,
    intermediate_size=5632,
    num_hidden_layers=24,
    num_attention_heads=16,
    num_key_value_heads=16,
    max_position_embeddings=16384,
    rms_norm_eps=1e-6,
    rope_theta=10000.0,
)
JANUS_VISION = dict(  # SigLIP-L/16 at 384 px: 576 image tokens
    hidden_size=1024,
    num_hidden_layers=24,
    num_attention_heads=16,
    mlp_ratio=4.0,
    image_size=384,
    patch_size=16,
    projection_dim=2048,
    depth=2,
    num_image_tokens=576,
)
JANUS_VQ = dict(  # the generation VQ tokenizer: 16384 codes, 16x downsampling
    embed_dim=8,
    num_embeddings=16384,
    latent_channels=256,
    base_channels=128,
    channel_multiplier=(1, 1, 2, 2, 4),
    num_res_blocks=2,
    projection_dim=2048,
    image_token_embed_dim=2048,
    num_hidden_layers=2,
)


@dataclass
class Setup:
    tiny: bool
    device: str
    dtype_name: str
    size: int
    steps: int
    batches: list[int]
    repeats: int
    janus_repeats: int
    budget_s: float
    started: float

    @property
    def dtype(self):
        import torch

        return {"float16": torch.float16, "float32": torch.float32}[self.dtype_name]

    def over_budget(self) -> bool:
        return time.monotonic() - self.started > self.budget_s


def sync(device: str) -> None:
    import torch

    if device.startswith("cuda"):
        torch.cuda.synchronize()


def timed(setup: Setup, fn: Callable[[], object]) -> float:
    sync(setup.device)
    started = time.perf_counter()
    fn()
    sync(setup.device)
    return time.perf_counter() - started


def free_memory(setup: Setup) -> None:
    """Between sections: drop the last one's models and restart the peak-memory count."""
    import torch

    gc.collect()
    if setup.device.startswith("cuda"):
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()


# --- SDXL ---------------------------------------------------------------------------------


def build_sdxl(setup: Setup, fp16_vae: bool):
    """A StableDiffusionXLPipeline with SDXL base 1.0's architecture (or tiny-sdxl's), random
    weights, the byte-level tokenizer (no download; pads to 77 tokens like CLIP's)."""
    if setup.tiny:
        configs = (TINY_SDXL_UNET, TINY_SDXL_VAE, TINY_SDXL_TEXT, TINY_SDXL_TEXT_2)
        scheduler = TINY_SDXL_SCHEDULER
    else:
        configs, scheduler = (SDXL_UNET, SDXL_VAE, SDXL_TEXT, SDXL_TEXT_2), SDXL_SCHEDULER
    unet, vae, text, text_2 = configs
    vae = {**vae, "force_upcast": vae["force_upcast"] and not fp16_vae}
    pipe = sdxl_from_configs(unet, vae, text, text_2, scheduler, device=setup.device)
    pipe.to(setup.device, setup.dtype)
    pipe.set_progress_bar_config(disable=True)
    return pipe


def apply_options(pipe, channels_last: bool, fuse_qkv: bool, attention: str, compile_: bool):
    """Returns a function that undoes what it applied (so option rows share one pipeline)."""
    import torch
    from diffusers.models.attention_processor import AttnProcessor, AttnProcessor2_0

    undo: list[Callable[[], None]] = []
    if attention == "classic":
        pipe.unet.set_attn_processor(AttnProcessor())
        undo.append(lambda: pipe.unet.set_attn_processor(AttnProcessor2_0()))
    if channels_last:
        pipe.unet.to(memory_format=torch.channels_last)
        pipe.vae.to(memory_format=torch.channels_last)

        def contiguous() -> None:
            pipe.unet.to(memory_format=torch.contiguous_format)
            pipe.vae.to(memory_format=torch.contiguous_format)

        undo.append(contiguous)
    if fuse_qkv:
        pipe.fuse_qkv_projections()
        undo.append(pipe.unfuse_qkv_projections)
    if compile_:
        original = pipe.unet
        pipe.unet = torch.compile(original)

        def uncompile() -> None:
            pipe.unet = original

        undo.append(uncompile)

    def revert() -> None:
        for step in reversed(undo):
            step()

    return revert


def option_label(channels_last: bool, fuse_qkv: bool, attention: str, compile_: bool) -> str:
    parts = [attention if attention != "sdpa" else "SDPA"]
    if channels_last:
        parts.append("channels_last")
    if fuse_qkv:
        parts.append("fused QKV")
    if compile_:
        parts.append("torch.compile")
    return " + ".join(parts)


def sdxl_section(
    setup: Setup, args, rows: list[list[str]], option_rows: list[list[str]], notes: list[str]
) -> None:
    import torch

    from deployments.engines import DiffusionEngine
    from deployments.protocol import GenerationParams
    from deployments.settings import ModelSpec

    if setup.over_budget():
        skip_section(setup, "sdxl", rows)
        return
    folder = Path(tempfile.mkdtemp(prefix="imprimatur-gpu-sdxl-"))
    try:
        t = time.monotonic()
        pipe = build_sdxl(setup, args.fp16_vae)
        pipe.save_pretrained(folder)
        built_s = time.monotonic() - t
        t = time.monotonic()
        spec = ModelSpec(
            name="sdxl-random",
            family="diffusion",
            source=str(folder),
            dtype=setup.dtype_name,
            device=setup.device,
            min_size=64,
            max_size=1024,
            size_multiple=64,
            default_size=setup.size,
            default_steps=min(setup.steps, 200),
            max_steps=200,
            max_batch_size=max(setup.batches),
        )
        engine = DiffusionEngine(spec)
        notes.append(
            f"sdxl: built + saved in {built_s:.0f} s, loaded by DiffusionEngine in "
            f"{time.monotonic() - t:.0f} s"
        )
        for pipeline in (pipe, engine.pipeline):  # the flags hold for the whole main table
            apply_options(pipeline, args.channels_last, args.fuse_qkv, args.attention, args.compile)

        def params(seed: int, steps: int) -> GenerationParams:
            return GenerationParams(
                prompt=PROMPT,
                negative_prompt=None,
                width=setup.size,
                height=setup.size,
                n=1,
                num_inference_steps=steps,
                guidance_scale=GUIDANCE,
                seed=seed,
            )

        def run(path: str, batch: int, steps: int) -> None:
            if path == "raw":
                with torch.inference_mode():
                    pipe(
                        prompt=[PROMPT] * batch,
                        height=setup.size,
                        width=setup.size,
                        num_inference_steps=steps,
                        guidance_scale=GUIDANCE,
                        generator=torch.Generator("cpu").manual_seed(0),
                        output_type="np",
                    )
            else:
                engine.generate_batch([params(seed, steps) for seed in range(batch)])

        measure_model(setup, "sdxl", run, setup.repeats, rows, warm_steps=2)
        if setup.device.startswith("cuda"):
            notes.append(
                f"sdxl: peak GPU memory {torch.cuda.max_memory_allocated() / 2**30:.1f} GiB "
                "(raw and engine copies both resident)"
            )

        if args.options_table and not (
            args.channels_last or args.fuse_qkv or args.compile or args.attention != "sdpa"
        ):
            options_rows(setup, engine, run, option_rows)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def options_rows(setup: Setup, engine, run, rows: list[list[str]]) -> None:
    """SDXL, engine path, batch 1: each option alone and the two memory-layout ones together."""
    variants = [
        (False, False, "sdpa"),
        (True, False, "sdpa"),
        (False, True, "sdpa"),
        (True, True, "sdpa"),
        (False, False, "classic"),
    ]
    baseline = None
    for channels_last, fuse_qkv, attention in variants:
        label = option_label(channels_last, fuse_qkv, attention, False)
        if setup.over_budget():
            rows.append([label, "skipped (budget)", "", ""])
            continue
        revert = apply_options(engine.pipeline, channels_last, fuse_qkv, attention, False)
        try:
            run("engine", 1, 2)  # warm up the new kernels
            seconds = sorted(timed(setup, lambda: run("engine", 1, setup.steps)) for _ in range(2))
        finally:
            revert()
        value = seconds[0]
        baseline = baseline or value
        rows.append([label, f"{value:.3f}", f"{1 / value:.3f}", f"{baseline / value:.2f}x"])


# --- Janus --------------------------------------------------------------------------------


def build_janus(setup: Setup):
    """A JanusForConditionalGeneration with Janus-Pro-1B's sizes (or tiny-janus's), random
    weights, and its processor (a small byte-level BPE tokenizer with Janus's special tokens)."""
    if setup.tiny:
        model, processor = janus_from_configs(
            TINY_JANUS_TEXT, TINY_JANUS_VISION, TINY_JANUS_VQ, device=setup.device
        )
    else:
        model, processor = janus_from_configs(
            JANUS_TEXT,
            JANUS_VISION,
            JANUS_VQ,
            device=setup.device,
            tie_word_embeddings=False,  # DeepSeek-LLM keeps its own output head
        )
    return model.to(setup.device, setup.dtype).eval(), processor


def janus_section(setup: Setup, args, rows: list[list[str]], notes: list[str]) -> None:
    import torch

    from deployments.engines import JanusEngine
    from deployments.protocol import GenerationParams
    from deployments.settings import ModelSpec

    if setup.over_budget():
        skip_section(setup, "janus", rows)
        return
    folder = Path(tempfile.mkdtemp(prefix="imprimatur-gpu-janus-"))
    try:
        t = time.monotonic()
        model, processor = build_janus(setup)
        model.save_pretrained(folder)
        processor.save_pretrained(folder)
        built_s = time.monotonic() - t
        t = time.monotonic()
        side = (TINY_JANUS_VISION if setup.tiny else JANUS_VISION)["image_size"]
        spec = ModelSpec(
            name="janus-random",
            family="autoregressive",
            source=str(folder),
            dtype=setup.dtype_name,
            device=setup.device,
            native_size=side,
            default_size=side,
            max_batch_size=max(setup.batches),
        )
        engine = JanusEngine(spec)
        notes.append(
            f"janus: built + saved in {built_s:.0f} s, loaded by JanusEngine in "
            f"{time.monotonic() - t:.0f} s"
        )
        messages = [{"role": "user", "content": [{"type": "text", "text": PROMPT}]}]
        text = processor.apply_chat_template(messages, add_generation_prompt=True)

        def run(path: str, batch: int, _steps: int) -> None:
            if path == "raw":
                inputs = processor(
                    text=[text] * batch, generation_mode="image", return_tensors="pt", padding=True
                ).to(setup.device)
                with torch.inference_mode():
                    generated = model.generate(
                        **inputs, generation_mode="image", do_sample=True, guidance_scale=GUIDANCE
                    )
                    model.decode_image_tokens(generated).float().cpu()
            else:
                engine.generate_batch(
                    [
                        GenerationParams(
                            prompt=PROMPT,
                            negative_prompt=None,
                            width=side,
                            height=side,
                            n=1,
                            num_inference_steps=1,
                            guidance_scale=GUIDANCE,
                            seed=seed,
                        )
                        for seed in range(batch)
                    ]
                )

        measure_model(setup, "janus", run, setup.janus_repeats, rows, warm_steps=None)
        if setup.device.startswith("cuda"):
            notes.append(
                f"janus: peak GPU memory {torch.cuda.max_memory_allocated() / 2**30:.1f} GiB "
                "(raw and engine copies both resident)"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- measuring ----------------------------------------------------------------------------


def skipped(model: str, batch: int) -> list[list[str]]:
    return [[model, path, str(batch), "skipped (budget)", "", "", ""] for path in ("raw", "engine")]


def skip_section(setup: Setup, model: str, rows: list[list[str]]) -> None:
    for batch in setup.batches:
        rows.extend(skipped(model, batch))


def measure_model(
    setup: Setup,
    model: str,
    run: Callable[[str, int, int], None],
    repeats: int,
    rows: list[list[str]],
    warm_steps: int | None,
) -> None:
    """Rows `model path batch s/batch images/s engine/raw vs-batch-1`, best of `repeats`.

    Warm-up: SDXL runs each shape once with `warm_steps` steps (cheap, it only loads kernels);
    Janus, whose token count is fixed, runs once in full at batch 1 per path.
    """
    if warm_steps is None:
        for path in ("raw", "engine"):
            run(path, 1, 0)
    per_image_b1: dict[str, float] = {}
    for batch in setup.batches:
        if setup.over_budget():
            rows.extend(skipped(model, batch))
            continue
        if warm_steps is not None:
            for path in ("raw", "engine"):
                run(path, batch, warm_steps)
        seconds: dict[str, list[float]] = {"raw": [], "engine": []}
        for _ in range(repeats):  # alternate, so drift falls on both paths alike
            for path in ("raw", "engine"):
                seconds[path].append(timed(setup, lambda p=path, b=batch: run(p, b, setup.steps)))
        for path in ("raw", "engine"):
            best = min(seconds[path])
            rate = batch / best
            if batch == setup.batches[0]:
                per_image_b1[path] = rate
            vs_raw = f"{min(seconds['raw']) / best:.2f}x" if path == "engine" else ""
            vs_b1 = f"{rate / per_image_b1[path]:.2f}x" if path in per_image_b1 else ""
            rows.append([model, path, str(batch), f"{best:.3f}", f"{rate:.3f}", vs_raw, vs_b1])


def header(setup: Setup, args) -> list[str]:
    import diffusers
    import torch
    import transformers

    if setup.device.startswith("cuda"):
        device = f"{torch.cuda.get_device_name()} (CUDA {torch.version.cuda})"
    else:
        device = f"CPU: {_common.cpu_name()} x{os.cpu_count()}, torch threads "
        device += str(torch.get_num_threads())
    lines = [
        f"device: {device}",
        f"torch {torch.__version__}, diffusers {diffusers.__version__}, "
        f"transformers {transformers.__version__}, {setup.dtype_name}",
        f"sizes: {'TINY (toy models, CPU check only)' if setup.tiny else 'full'}; sdxl "
        f"{setup.size}x{setup.size}, {setup.steps} steps, CFG {GUIDANCE}; batches "
        f"{setup.batches}; best of {setup.repeats} (janus {setup.janus_repeats})",
        "options: "
        + option_label(args.channels_last, args.fuse_qkv, args.attention, args.compile)
        + (", fp16 VAE (no upcast)" if args.fp16_vae else ", VAE decodes in fp32 (SDXL default)"),
    ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--tiny", action="store_true", help="toy sizes (default without CUDA)")
    size.add_argument("--full", action="store_true", help="full sizes even without CUDA (slow)")
    parser.add_argument("--models", default="sdxl,janus")
    parser.add_argument("--batches", default="1,2,4")
    parser.add_argument("--steps", type=int, default=None, help="SDXL steps (full 30, tiny 2)")
    parser.add_argument("--repeats", type=int, default=2, help="timed runs per SDXL row")
    parser.add_argument("--janus-repeats", type=int, default=1, help="timed runs per Janus row")
    parser.add_argument("--channels-last", action="store_true")
    parser.add_argument("--fuse-qkv", action="store_true", help="pipe.fuse_qkv_projections()")
    parser.add_argument("--compile", action="store_true", help="torch.compile the UNet (slow)")
    parser.add_argument("--attention", choices=("sdpa", "classic"), default="sdpa")
    parser.add_argument("--fp16-vae", action="store_true", help="decode without fp32 upcast")
    parser.add_argument(
        "--no-options-table",
        dest="options_table",
        action="store_false",
        help="skip the per-option SDXL rows",
    )
    parser.add_argument(
        "--budget-s", type=float, default=390.0, help="start no new row after this many seconds"
    )
    args = parser.parse_args()

    import torch

    cuda = torch.cuda.is_available()
    tiny = args.tiny or (not cuda and not args.full)
    setup = Setup(
        tiny=tiny,
        device="cuda" if cuda else "cpu",
        dtype_name="float16" if cuda else "float32",
        size=(TINY_SDXL_VAE if tiny else SDXL_VAE)["sample_size"],  # native: 256 or 1024
        steps=args.steps or (2 if tiny else 30),
        batches=[int(b) for b in args.batches.split(",")],
        repeats=args.repeats,
        janus_repeats=args.janus_repeats,
        budget_s=args.budget_s,
        started=time.monotonic(),
    )
    if not cuda:
        torch.set_num_threads(1)  # 2 threads on a shared 2-core machine only add jitter
        if not args.tiny:
            print(
                "note: no CUDA device here; "
                + ("full sizes on CPU (slow)" if args.full else "running --tiny (toy sizes) to "
                   "check the script; run on a GPU for figures")
            )  # fmt: skip
    for line in header(setup, args):
        print(line)

    warnings.filterwarnings("ignore", message=".*invalid value encountered in cast.*")
    rows: list[list[str]] = []
    option_rows: list[list[str]] = []
    notes: list[str] = []
    models = args.models.split(",")
    failed = False
    sections = {
        "sdxl": lambda: sdxl_section(setup, args, rows, option_rows, notes),
        "janus": lambda: janus_section(setup, args, rows, notes),
    }
    for model, section in sections.items():
        if model not in models:
            continue
        # One model's failure (a library version's bug, say) must not lose the other's rows:
        # on a lent GPU a rerun costs minutes of a short lease.
        try:
            section()
        except Exception as error:  # noqa: BLE001  (reported below, and the exit status says so)
            failed = True
            notes.append(f"{model}: FAILED, {type(error).__name__}: {str(error)[:300]}")
            traceback.print_exc()
        free_memory(setup)  # the section's models are gone once it returns

    print("\nthroughput: raw library call vs the serving engine (best of the timed runs)")
    print_table(["model", "path", "batch", "s/batch", "images/s", "engine/raw", "vs batch 1"], rows)
    if option_rows:
        print("\nsdxl options: engine path, batch 1")
        print_table(["option", "s/image", "images/s", "vs SDPA"], option_rows)
    print()
    for note in notes:
        print(f"  {note}")
    print(f"  total {time.monotonic() - setup.started:.0f} s")
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
