"""What the engines add for edits and streaming: edit pipelines that share the loaded weights,
partial images from the denoising latents or the image tokens so far, and token counts.

Plain Python (no ray), like deployments.engines.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any

import numpy as np

from deployments.protocol import GenerationOutput, GenerationParams, image_token_count

# emit(partial_image_index, pixels): called from the engine's worker thread.
Emit = Callable[[int, np.ndarray], None]


class GenerationCancelled(Exception):
    """The caller went away (client disconnect): the generation stopped between steps."""


def partial_steps(total_steps: int, partial_images: int) -> list[int]:
    """Steps (1-based, counted from the start) after which a partial image is emitted.

    Spread evenly and strictly before the last step, so the final image is never a partial;
    with fewer steps than partials, fewer partials (as OpenAI documents: the final image may
    come before all partials).
    """
    if partial_images <= 0 or total_steps <= 1:
        return []
    steps = {round(total_steps * (k + 1) / (partial_images + 1)) for k in range(partial_images)}
    return sorted(step for step in steps if 1 <= step < total_steps)


# Private copies of the tokenizers that count tokens, each with its lock. A tokenizer's padding
# and truncation are state of the object (set by each call): counting on the pipeline's own
# tokenizer while the pipeline encodes a batch in its worker thread switched padding off between
# the pipeline's setting it and using it, so the batch got 19 ids instead of 77 and failed
# ("Expected size 19 but got size 77"; found by the chaos suite's redeploy under load).
# Keyed by id; the entry holds the tokenizer itself, so that id cannot be reused meanwhile.
_counters: dict[int, tuple[Any, Any, threading.Lock]] = {}
_counters_lock = threading.Lock()


def _counting_copy(tokenizer: Any) -> tuple[Any, threading.Lock]:
    import copy

    with _counters_lock:
        entry = _counters.get(id(tokenizer))
        if entry is None:
            entry = (tokenizer, copy.deepcopy(tokenizer), threading.Lock())
            _counters[id(tokenizer)] = entry
        return entry[1], entry[2]


def count_text_tokens(tokenizer: Any, *texts: str | None) -> int:
    """Tokens of the prompt (and negative prompt) as the model's own tokenizer splits them,
    untruncated: what the client sent, not what fits the encoder. Counted on a private copy
    of the tokenizer, never the one a pipeline may be encoding with in another thread."""
    counter, lock = _counting_copy(tokenizer)
    total = 0
    with lock:
        for text in texts:
            if text:
                total += len(counter(text, truncation=False)["input_ids"])
    return total


def generation_output(
    params: GenerationParams, images: list[np.ndarray], text_tokens: int
) -> GenerationOutput:
    """The images with their usage: output image tokens per image (see image_token_count)."""
    per_image = sum(image_token_count(image.shape[1], image.shape[0]) for image in images)
    return GenerationOutput(
        images=images, input_text_tokens=text_tokens, output_image_tokens=per_image
    )


def edit_pipeline(cache: dict[bool, Any], pipeline: Any, masked: bool) -> Any:
    """Image-to-image or inpainting pipeline over the loaded components (`from_pipe`: the
    same modules, no second copy of the weights), built once per replica."""
    if masked not in cache:
        from diffusers import AutoPipelineForImage2Image, AutoPipelineForInpainting

        auto = AutoPipelineForInpainting if masked else AutoPipelineForImage2Image
        edit = auto.from_pipe(pipeline)
        edit.set_progress_bar_config(disable=True)
        cache[masked] = edit
    return cache[masked]


def control_edit_pipeline(
    cache: dict[tuple[str, bool], tuple[str, Any]],
    controls: dict[str, tuple[str, Any]],
    control_type: str,
    sha256: str,
    masked: bool,
) -> Any:
    """The ControlNet image-to-image or inpainting pipeline (SDXL: StableDiffusionXLControlNet-
    Img2ImgPipeline / -InpaintPipeline), `from_pipe` over the loaded ControlNet pipeline of
    `control_type`: the same UNet, VAE, text encoders and ControlNet, no second copy. Built on
    first use, again when the ControlNet was re-published (another digest)."""
    loaded_sha, controlled = controls[control_type]
    if loaded_sha != sha256:
        raise RuntimeError(f"ControlNet {control_type!r} changed since it was loaded")
    key = (control_type, masked)
    cached = cache.get(key)
    if cached is None or cached[0] != sha256:
        from diffusers import AutoPipelineForImage2Image, AutoPipelineForInpainting

        auto = AutoPipelineForInpainting if masked else AutoPipelineForImage2Image
        edit = auto.from_pipe(controlled, controlnet=controlled.controlnet)
        edit.set_progress_bar_config(disable=True)
        cache[key] = cached = (sha256, edit)
    return cached[1]


def decode_latents(pipeline: Any, latents: Any) -> np.ndarray:
    """RGB uint8 images from diffusion latents mid-denoising, as the pipeline decodes its
    final latents (SDXL: fp16 VAEs that need it are upcast for the decode, then put back)."""
    import torch

    vae = pipeline.vae
    needs_upcast = vae.dtype == torch.float16 and getattr(vae.config, "force_upcast", False)
    if needs_upcast:
        vae.to(dtype=torch.float32)
    try:
        latents = latents.to(next(iter(vae.post_quant_conv.parameters())).dtype)
        mean = getattr(vae.config, "latents_mean", None)
        std = getattr(vae.config, "latents_std", None)
        if mean is not None and std is not None:
            shape = (1, latents.shape[1], 1, 1)
            mean_t = torch.tensor(mean).view(shape).to(latents.device, latents.dtype)
            std_t = torch.tensor(std).view(shape).to(latents.device, latents.dtype)
            latents = latents * std_t / vae.config.scaling_factor + mean_t
        else:
            latents = latents / vae.config.scaling_factor
        decoded = vae.decode(latents, return_dict=False)[0]
    finally:
        if needs_upcast:
            vae.to(dtype=torch.float16)
    pixels = ((decoded.float().clamp(-1, 1) + 1) * 127.5).round().to(torch.uint8)
    return np.ascontiguousarray(pixels.permute(0, 2, 3, 1).cpu().numpy())


def diffusion_callback(
    emit: Emit | None, partial_images: int, cancelled: Callable[[], bool] | None
) -> Callable[..., dict[str, Any]]:
    """A diffusers `callback_on_step_end`: stops on cancel, emits partial images on schedule.

    The schedule is read from the pipeline once denoising starts (`num_timesteps`), so an
    image-to-image run with strength < 1 spreads its partials over the steps it really runs.
    """
    state: dict[str, Any] = {"steps": None, "index": 0}

    def callback(pipeline: Any, step: int, timestep: Any, kwargs: dict[str, Any]):
        if cancelled is not None and cancelled():
            raise GenerationCancelled()
        if emit is None:
            return kwargs
        if state["steps"] is None:
            state["steps"] = set(partial_steps(pipeline.num_timesteps, partial_images))
        if step + 1 in state["steps"]:
            for image in decode_latents(pipeline, kwargs["latents"]):
                emit(state["index"], image)
            state["index"] += 1
        return kwargs

    return callback


class TokenProgress:
    """Autoregressive partial images: keeps the image tokens sampled so far and, on schedule,
    decodes them (tokens not yet sampled repeat the last row's) into a partial image."""

    def __init__(
        self,
        decode: Callable[[Any], Any],
        total_tokens: int,
        partial_images: int,
        emit: Emit | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.decode = decode
        self.total = total_tokens
        self.steps = set(partial_steps(total_tokens, partial_images)) if emit else set()
        self.emit = emit
        self.cancelled = cancelled
        self.tokens: list[Any] = []
        self.index = 0

    def __call__(self, tokens: Any) -> None:
        """`tokens`: this step's sampled token per row, shape (rows, 1)."""
        import torch

        if self.cancelled is not None and self.cancelled():
            raise GenerationCancelled()
        if not self.steps:
            return
        self.tokens.append(tokens)
        if len(self.tokens) in self.steps:
            so_far = torch.cat(self.tokens, dim=1)
            missing = self.total - so_far.shape[1]
            filler = so_far[:, -1:].expand(-1, missing)
            decoded = self.decode(torch.cat([so_far, filler], dim=1))
            pixels = ((decoded.float().clamp(-1, 1) + 1) * 127.5).round().to(torch.uint8)
            for image in pixels.cpu().numpy():
                self.emit(self.index, np.ascontiguousarray(image))  # type: ignore[misc]
            self.index += 1


async def stream_generation(engine: Any, params: GenerationParams) -> AsyncIterator[dict[str, Any]]:
    """Run `engine.generate_stream` in a worker thread and yield its events as they come:
    `{"type": "partial", "index", "pixels"}` ..., then `{"type": "final", "output"}`.

    Closing the generator early (the caller cancelled: a client disconnect) makes the engine
    stop at its next step instead of finishing an image nobody will receive.
    """
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[str, Any, Any]] = asyncio.Queue()
    stop = threading.Event()

    def emit(index: int, pixels: np.ndarray) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, ("partial", index, pixels))

    def work() -> None:
        try:
            images = engine.generate_stream(params, emit, stop.is_set)
            output = engine.output(params, images)
            loop.call_soon_threadsafe(queue.put_nowait, ("final", output, None))
        except BaseException as exc:  # handed to the consumer, which re-raises it
            loop.call_soon_threadsafe(queue.put_nowait, ("error", None, exc))

    worker = loop.run_in_executor(None, work)
    try:
        while True:
            kind, first, second = await queue.get()
            if kind == "partial":
                yield {"type": "partial", "index": first, "pixels": second}
            elif kind == "final":
                yield {"type": "final", "output": first}
                return
            else:
                raise second
    finally:
        stop.set()  # the engine stops at its next step; the caller is not held until then
        worker.add_done_callback(lambda done: done.exception())  # retrieved, never unraised
