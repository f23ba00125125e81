"""Model engines: load a pipeline once, turn GenerationParams into RGB arrays.

Plain Python (no ray): the Serve deployments wrap these, and tests and benchmarks call them
in-process to measure what serving adds.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Protocol

import numpy as np

from deployments.protocol import GenerationParams
from deployments.settings import ModelSpec
from deployments.tiny_models import ensure_tiny_model, is_tiny_model

logger = logging.getLogger(__name__)


class Engine(Protocol):
    spec: ModelSpec

    def generate(self, params: GenerationParams) -> list[np.ndarray]: ...


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
        self._lock = threading.Lock()  # diffusers pipelines are not thread-safe
        self.load_seconds = time.perf_counter() - started
        logger.info("loaded %s in %.1fs", spec.name, self.load_seconds)

    def generate(self, params: GenerationParams) -> list[np.ndarray]:
        return self.generate_batch([params])[0]

    def generate_batch(self, batch: list[GenerationParams]) -> list[list[np.ndarray]]:
        """Run compatible requests (equal batch_key) as one pipeline call.

        Image i of a request uses seed `seed + i`, so a request's images don't depend on what
        it was batched with, and seed s image 1 equals seed s+1 image 0.
        """
        import torch

        first = batch[0]
        if any(p.batch_key() != first.batch_key() for p in batch):
            raise ValueError("generate_batch needs compatible parameters")
        prompts, negatives, generators = [], [], []
        for params in batch:
            for i in range(params.n):
                prompts.append(params.prompt)
                negatives.append(params.negative_prompt or "")
                generators.append(
                    torch.Generator(device="cpu").manual_seed((params.seed + i) % 2**32)
                )
        with self._lock, torch.inference_mode():
            output = self.pipeline(
                prompt=prompts,
                negative_prompt=negatives if any(negatives) else None,
                width=first.width,
                height=first.height,
                num_inference_steps=first.num_inference_steps,
                guidance_scale=first.guidance_scale,
                generator=generators,
                output_type="np",
            )
        images = _to_uint8(output.images)
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


class JanusEngine:
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

    def generate(self, params: GenerationParams) -> list[np.ndarray]:
        return self.generate_batch([params])[0]

    def generate_batch(self, batch: list[GenerationParams]) -> list[list[np.ndarray]]:
        """One generate call for every image of every request (Janus doubles rows for CFG).

        Janus samples with the global torch RNG, so a batch is seeded once from its first
        request; a request alone is reproducible from its seed.
        """
        import torch

        texts = [self._prompt_text(p.prompt) for p in batch for _ in range(p.n)]
        inputs = self.processor(
            text=texts, generation_mode="image", return_tensors="pt", padding=True
        ).to(self.spec.device)
        first = batch[0]
        with self._lock, torch.inference_mode():
            torch.manual_seed(first.seed)
            tokens = self.model.generate(
                **inputs,
                generation_mode="image",
                do_sample=True,
                guidance_scale=first.guidance_scale,
                temperature=first.temperature,
            )
            decoded = self.model.decode_image_tokens(tokens)
        # The VQ decoder's output lies in [-1, 1] (Janus normalises with mean = std = 0.5).
        pixels = ((decoded.float().clamp(-1, 1) + 1) * 127.5).round().to(torch.uint8)
        images = [np.ascontiguousarray(image) for image in pixels.cpu().numpy()]
        results, start = [], 0
        for params in batch:
            results.append(images[start : start + params.n])
            start += params.n
        return results


def build_engine(spec: ModelSpec, cache_dir: Path | None = None) -> Engine:
    if spec.family == "diffusion":
        return DiffusionEngine(spec, cache_dir)
    return JanusEngine(spec, cache_dir)
