"""Model engines: load a pipeline once, turn GenerationParams into RGB arrays.

Plain Python (no ray): the Serve deployments wrap these, and tests and benchmarks call them
in-process to measure what serving adds.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import numpy as np

from deployments.engine_extras import (
    Emit,
    TokenProgress,
    control_edit_pipeline,
    count_text_tokens,
    diffusion_callback,
    edit_pipeline,
    generation_output,
)
from deployments.lora import LoraSlots
from deployments.protocol import GenerationOutput, GenerationParams
from deployments.settings import ModelSpec
from deployments.tiny_models import ensure_tiny_model, is_tiny_model
from governance.adapters import adapter_set_id

logger = logging.getLogger(__name__)

# transformers >= 5.2x "kernelizes" every model it loads when the `kernels` package is installed
# (it is, as a dependency): layers are swapped for compiled kernels that `kernels` downloads from
# the Hugging Face Hub at load time on a GPU. Code fetched at run time, unpinned and unreviewed,
# has no place in a service whose output must be auditable, and it changes numerics between
# loads. Off unless the operator sets USE_HUB_KERNELS=1 in the replica's environment.
HUB_KERNELS_ENV = "USE_HUB_KERNELS"
os.environ.setdefault(HUB_KERNELS_ENV, "0")


class Engine(Protocol):
    spec: ModelSpec
    load_seconds: float

    def generate(self, params: GenerationParams) -> list[np.ndarray]: ...

    def batch_key(self, params: GenerationParams) -> tuple: ...

    def generate_batch(
        self, batch: list[GenerationParams], cancelled: Callable[[], bool] | None = None
    ) -> list[list[np.ndarray]]: ...

    def generate_stream(
        self,
        params: GenerationParams,
        emit: Emit | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[np.ndarray]: ...

    def output(self, params: GenerationParams, images: list[np.ndarray]) -> GenerationOutput: ...


def _torch_dtype(name: str):
    import torch

    return {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}[name]


def resolve_source(spec: ModelSpec, cache_dir: Path | None = None) -> str:
    """Hub id or folder to hand to from_pretrained; tiny models are built on first use."""
    if is_tiny_model(spec.source):
        return str(ensure_tiny_model(spec.source, cache_dir))
    return spec.source


class DiffusionEngine:
    """Any diffusers text-to-image pipeline (SDXL, SD3.5, FLUX, ...), loaded by from_pretrained."""

    def __init__(self, spec: ModelSpec, cache_dir: Path | None = None) -> None:
        import torch
        from diffusers import AutoPipelineForText2Image

        self.spec = spec
        if spec.torch_threads:
            torch.set_num_threads(spec.torch_threads)
        started = time.perf_counter()
        kwargs = {"dtype": _torch_dtype(spec.dtype)}
        if spec.revision:
            kwargs["revision"] = spec.revision
        if spec.variant:
            kwargs["variant"] = spec.variant
        self.pipeline = AutoPipelineForText2Image.from_pretrained(
            resolve_source(spec, cache_dir), **kwargs
        ).to(spec.device)
        self.pipeline.set_progress_bar_config(disable=True)
        if spec.vae_slicing and hasattr(self.pipeline, "vae"):
            self.pipeline.vae.enable_slicing()  # decoding 4 SDXL images at once: ~+5 GB peak
        self._edit_pipelines: dict[bool, object] = {}
        self._lock = threading.Lock()  # diffusers pipelines are not thread-safe
        self.lora = LoraSlots(self.pipeline, self._lock)  # LoRA sets next to the shared base
        self.controls: dict[str, tuple[str, object]] = {}  # type -> (sha256, ControlNet pipeline)
        self._control_edits: dict[tuple[str, bool], tuple[str, object]] = {}
        self.load_seconds = time.perf_counter() - started
        logger.info("loaded %s in %.1fs", spec.name, self.load_seconds)

    def generate(self, params: GenerationParams) -> list[np.ndarray]:
        return self.generate_batch([params])[0]

    def batch_key(self, params: GenerationParams) -> tuple:
        """Requests with equal keys can share one pipeline call; an edit runs on its own."""
        if params.is_edit or params.control is not None:
            return ("alone", id(params))  # an input image of its own: one request per call
        # One call runs one adapter set at one set of scales: never mix them in a batch.
        adapters = tuple((a.id, a.sha256, a.scale) for a in params.adapters)
        steps, guidance = params.num_inference_steps, params.guidance_scale
        return (params.width, params.height, steps, guidance, adapters)

    def load_controlnet(self, control_type: str, folder: Path, sha256: str) -> None:
        """The ControlNet pipeline for `control_type`, built from the loaded components
        (`from_pipe`: the base UNet, VAE and text encoders stay shared, LoRA layers too)."""
        import torch
        from diffusers import AutoPipelineForText2Image, ControlNetModel

        model = ControlNetModel.from_pretrained(str(folder), dtype=_torch_dtype(self.spec.dtype))
        model = model.to(self.spec.device)
        with self._lock, torch.inference_mode():
            pipeline = AutoPipelineForText2Image.from_pipe(self.pipeline, controlnet=model)
            pipeline.set_progress_bar_config(disable=True)
            self.controls[control_type] = (sha256, pipeline)

    def output(self, params: GenerationParams, images: list[np.ndarray]) -> GenerationOutput:
        tokenizer = self.pipeline.tokenizer or self.pipeline.tokenizer_2
        tokens = count_text_tokens(tokenizer, params.prompt, params.negative_prompt)
        return generation_output(params, images, tokens)

    def generate_stream(
        self,
        params: GenerationParams,
        emit: Emit | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[np.ndarray]:
        """One request, emitting `params.partial_images` partial images decoded from the
        latents on the way; stops between steps once `cancelled()` is true."""
        callback = diffusion_callback(emit, params.partial_images, cancelled)
        return self._run([params], callback)[0]

    def generate_batch(
        self, batch: list[GenerationParams], cancelled: Callable[[], bool] | None = None
    ) -> list[list[np.ndarray]]:
        """Stops between denoising steps once `cancelled()` is true (every caller left)."""
        callback = diffusion_callback(None, 0, cancelled) if cancelled is not None else None
        return self._run(batch, callback)

    def _run(self, batch: list[GenerationParams], callback) -> list[list[np.ndarray]]:
        """Run compatible requests (equal batch_key) as one pipeline call, or as several of at
        most `max_images_per_batch` images each, so memory depends on images, not requests.

        Image i of a request uses seed `seed + i`, so a request's images don't depend on what
        it was batched with, and seed s image 1 equals seed s+1 image 0.
        """
        import torch

        first = batch[0]
        if any(self.batch_key(p) != self.batch_key(first) for p in batch):
            raise ValueError("generate_batch needs compatible parameters")
        prompts, negatives, generators = [], [], []
        for params in batch:
            for i in range(params.n):
                prompts.append(params.prompt)
                negatives.append(params.negative_prompt or "")
                generators.append(
                    torch.Generator(device="cpu").manual_seed((params.seed + i) % 2**32)
                )
        images: list[np.ndarray] = []
        use_negatives = any(negatives)
        for chunk in _chunks(len(prompts), self.spec.max_images_per_batch):
            common = {
                "prompt": prompts[chunk],
                "negative_prompt": negatives[chunk] if use_negatives else None,
                "num_inference_steps": first.num_inference_steps,
                "guidance_scale": first.guidance_scale,
                "generator": generators[chunk],
                "output_type": "np",
            }
            if callback is not None:
                common["callback_on_step_end"] = callback
            with self._lock, torch.inference_mode():
                self.lora.activate(adapter_set_id(first.adapters), first.adapters)
                if first.is_edit:
                    output = self._edit(first, common)
                elif first.control is not None:
                    output = self._controlled(first, common)
                else:
                    output = self.pipeline(width=first.width, height=first.height, **common)
            images += _to_uint8(output.images)
        if first.is_edit and first.mask is not None:
            # Inpainting keeps the pixels outside the mask exactly (the VAE round trip would
            # not): alpha 0 in the client's mask means "edit here", nothing else changes.
            keep = (first.mask < 128)[..., None]
            images = [np.where(keep, first.image, image) for image in images]
        return _per_request(images, batch)

    def _controlled(self, params: GenerationParams, common: dict) -> object:
        """Text to image under ControlNet conditioning (the control image at the output size)."""
        from PIL import Image

        control = params.control
        sha256, pipeline = self.controls[control.type]
        if sha256 != control.sha256:
            raise RuntimeError(f"ControlNet {control.id!r} changed since it was loaded")
        images = [Image.fromarray(control.image)] * len(common["prompt"])
        return pipeline(
            image=images,
            controlnet_conditioning_scale=control.scale,
            width=params.width,
            height=params.height,
            **common,
        )

    def _edit(self, params: GenerationParams, common: dict) -> object:
        """Image-to-image, or inpainting where there is a mask (255 = repaint here)."""
        from PIL import Image

        masked = params.mask is not None
        count = len(common["prompt"])  # this call's share of the request's n images
        images = [Image.fromarray(params.image)] * count
        control = params.control
        if control is None:
            pipeline = edit_pipeline(self._edit_pipelines, self.pipeline, masked)
        else:  # the ControlNet variant, its control image next to the edited one
            pipeline = control_edit_pipeline(
                self._control_edits, self.controls, control.type, control.sha256, masked
            )
            common = {
                **common,
                "control_image": [Image.fromarray(control.image)] * count,
                "controlnet_conditioning_scale": control.scale,
            }
        if masked:
            masks = [Image.fromarray(params.mask)] * count
            return pipeline(
                image=images,
                mask_image=masks,
                width=params.width,
                height=params.height,
                strength=params.strength,
                **common,
            )
        return pipeline(image=images, strength=params.strength, **common)


def _chunks(total: int, cap: int | None) -> list[slice]:
    """Slices of at most `cap` items covering range(total): one pipeline call each."""
    step = cap or max(total, 1)
    return [slice(start, min(start + step, total)) for start in range(0, total, step)]


def _per_request(images: list[np.ndarray], batch: list[GenerationParams]) -> list[list[np.ndarray]]:
    """Hand each request of a batch its own `n` images, in order."""
    results, start = [], 0
    for params in batch:
        results.append(images[start : start + params.n])
        start += params.n
    return results


def _to_uint8(images) -> list[np.ndarray]:
    array = np.asarray(images)
    if array.dtype != np.uint8:
        array = (np.clip(array, 0.0, 1.0) * 255.0).round().astype(np.uint8)
    return [np.ascontiguousarray(image) for image in array]


class TokenEngine:
    """What the autoregressive engines share: every entry point is one `_run` over a batch,
    with partial images from the tokens so far and a stop within a token once cancelled."""

    def _run(
        self,
        batch: list[GenerationParams],
        emit: Emit | None,
        cancelled: Callable[[], bool] | None,
    ) -> list[list[np.ndarray]]:
        raise NotImplementedError

    def generate(self, params: GenerationParams) -> list[np.ndarray]:
        return self.generate_batch([params])[0]

    def generate_stream(
        self,
        params: GenerationParams,
        emit: Emit | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[np.ndarray]:
        """One request, emitting partial images decoded from the image tokens so far."""
        return self._run([params], emit, cancelled)[0]

    def generate_batch(
        self, batch: list[GenerationParams], cancelled: Callable[[], bool] | None = None
    ) -> list[list[np.ndarray]]:
        """Stops within a token once `cancelled()` is true (every caller in the batch left)."""
        return self._run(batch, None, cancelled)


class JanusEngine(TokenEngine):
    """Janus / Janus-Pro in image mode: classifier-free guidance over 576 image tokens."""

    def __init__(self, spec: ModelSpec, cache_dir: Path | None = None) -> None:
        import torch
        from transformers import AutoProcessor, JanusForConditionalGeneration

        self.spec = spec
        if spec.torch_threads:
            torch.set_num_threads(spec.torch_threads)
        started = time.perf_counter()
        source = resolve_source(spec, cache_dir)
        kwargs = {"revision": spec.revision} if spec.revision else {}
        self.processor = AutoProcessor.from_pretrained(source, **kwargs)
        self.model = (
            JanusForConditionalGeneration.from_pretrained(
                source, dtype=_torch_dtype(spec.dtype), **kwargs
            )
            .to(spec.device)
            .eval()
        )
        self._lock = threading.Lock()
        self.load_seconds = time.perf_counter() - started
        logger.info("loaded %s in %.1fs", spec.name, self.load_seconds)

    def _prompt_text(self, prompt: str) -> str:
        messages = [{"role": "user", "content": [{"type": "text", "text": prompt}]}]
        return self.processor.apply_chat_template(messages, add_generation_prompt=True)

    def batch_key(self, params: GenerationParams) -> tuple:
        return (params.guidance_scale, params.temperature)

    def output(self, params: GenerationParams, images: list[np.ndarray]) -> GenerationOutput:
        tokens = count_text_tokens(self.processor.tokenizer, params.prompt, params.negative_prompt)
        return generation_output(params, images, tokens)

    def _run(
        self,
        batch: list[GenerationParams],
        emit: Emit | None,
        cancelled: Callable[[], bool] | None,
    ) -> list[list[np.ndarray]]:
        """One generate call for every image of every request (Janus doubles rows for CFG),
        split into calls of at most `max_images_per_batch` images.

        Janus samples with the global torch RNG; instead, each row samples with its own
        generator (seed + image index), so a request's images don't depend on its batch.
        """
        import torch
        from transformers import LogitsProcessorList
        from transformers.generation.logits_process import ClassifierFreeGuidanceLogitsProcessor

        first = batch[0]
        if any(self.batch_key(p) != self.batch_key(first) for p in batch):
            raise ValueError("generate_batch needs compatible parameters")
        texts = [self._prompt_text(p.prompt) for p in batch for _ in range(p.n)]
        seeds = [(p.seed + i) % 2**32 for p in batch for i in range(p.n)]
        progress = TokenProgress(
            self.model.decode_image_tokens,
            self.model.model.vision_model.config.num_image_tokens,
            first.partial_images,
            emit,
            cancelled,
        )
        images: list[np.ndarray] = []
        for chunk in _chunks(len(texts), self.spec.max_images_per_batch):
            inputs = self.processor(
                text=texts[chunk], generation_mode="image", return_tensors="pt", padding=True
            ).to(self.spec.device)
            processors = LogitsProcessorList(
                [
                    ClassifierFreeGuidanceLogitsProcessor(first.guidance_scale),
                    _PerRowSampler(seeds[chunk], first.temperature, progress),
                ]
            )
            with self._lock, torch.inference_mode():
                tokens = self.model.generate(
                    **inputs,
                    generation_mode="image",
                    do_sample=False,  # _PerRowSampler samples; argmax then picks its token
                    guidance_scale=1.0,  # CFG is applied by our own processor, once
                    logits_processor=processors,
                )
                decoded = self.model.decode_image_tokens(tokens)
            # The VQ decoder's output lies in [-1, 1] (Janus normalises with mean = std = 0.5).
            pixels = ((decoded.float().clamp(-1, 1) + 1) * 127.5).round().to(torch.uint8)
            images += [np.ascontiguousarray(image) for image in pixels.cpu().numpy()]
        return _per_request(images, batch)


class _PerRowSampler:
    """Samples each row from softmax(scores / temperature) with that row's own generator.

    Gumbel-max: argmax(scores / T + Gumbel noise) is an exact sample. The uniforms are drawn on
    the CPU from per-row generators (the same stream on every device). On CUDA they are drawn into
    pinned memory: a copy from pageable memory syncs the stream first (CUDA's documented API
    behaviour), which would make the CPU wait for the GPU at every one of the 576 tokens.
    """

    def __init__(
        self, seeds: list[int], temperature: float, progress: TokenProgress | None = None
    ) -> None:
        import torch

        self.generators = [torch.Generator(device="cpu").manual_seed(s) for s in seeds]
        self.temperature = temperature
        self.progress = progress

    def __call__(self, input_ids, scores):
        import torch

        vocab = scores.shape[-1]
        pinned = scores.device.type == "cuda"
        uniform = torch.empty((len(self.generators), vocab), pin_memory=pinned)
        for row, generator in zip(uniform, self.generators, strict=True):
            torch.rand(vocab, generator=generator, out=row)
        # Pinned: the copy is queued behind the GPU's work, and the logs run there too.
        uniform = uniform.to(scores.device, non_blocking=True)
        gumbel = -torch.log(-torch.log(uniform.clamp_(1e-20, 1.0 - 1e-7)))
        tokens = (scores.float() / self.temperature + gumbel).argmax(dim=-1, keepdim=True)
        if self.progress is not None:
            self.progress(tokens)
        return torch.full_like(scores, float("-inf")).scatter_(1, tokens, 0.0)


def build_engine(spec: ModelSpec, cache_dir: Path | None = None) -> Engine:
    if spec.family == "diffusion":
        return DiffusionEngine(spec, cache_dir)
    if spec.architecture == "emu3":
        from deployments.emu3_engine import Emu3Engine  # imports this module: not at the top

        return Emu3Engine(spec, cache_dir)
    return JanusEngine(spec, cache_dir)


def split_compatible(engine: Engine, batch: list[GenerationParams]) -> list[list[int]]:
    """Indices of `batch` grouped by the engine's batch key, in first-seen order."""
    groups: dict[tuple, list[int]] = {}
    for index, params in enumerate(batch):
        groups.setdefault(engine.batch_key(params), []).append(index)
    return list(groups.values())
