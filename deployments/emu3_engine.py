"""Emu3-Gen (`architecture: emu3`): text to a grid of visual tokens, decoded by Emu3's VQ model.

Follows the model's reference usage (transformers' Emu3 docs): the processor ends each prompt
with `<|image start|>H*W<|image token|>` for the requested aspect ratio and area; `generate`
runs with classifier-free guidance against a negative prompt (`negative_prompt_ids`, which
transformers turns into its unbatched CFG processor) and a prefix constraint that allows only
visual tokens inside the grid, the end-of-line token after every row, then the end-of-frame,
end-of-image and end-of-sequence tokens; `decode_image_tokens` turns the grid into pixels.

What serving adds: each image samples with its own generator (the request's seed + image index),
so a request's images don't depend on what it was batched with; compatible requests (same size,
guidance and temperature) share one `generate` call (at most `max_images_per_batch` images);
streaming emits partial images decoded from the grid tokens so far. Plain Python (no ray).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from deployments import emu3_sizes
from deployments.engine_extras import Emit, TokenProgress, count_text_tokens
from deployments.engines import (
    TokenEngine,
    _chunks,
    _per_request,
    _PerRowSampler,
    _torch_dtype,
    resolve_source,
)
from deployments.protocol import GenerationOutput, GenerationParams
from deployments.settings import ModelSpec

logger = logging.getLogger(__name__)


class Emu3Engine(TokenEngine):
    """Emu3ForConditionalGeneration + Emu3Processor, loaded once with from_pretrained."""

    def __init__(self, spec: ModelSpec, cache_dir: Path | None = None) -> None:
        import torch
        from transformers import Emu3ForConditionalGeneration, Emu3Processor

        if spec.architecture != "emu3":
            raise ValueError(f"{spec.name}: Emu3Engine serves `architecture: emu3` models only")
        self.spec = spec
        if spec.torch_threads:
            torch.set_num_threads(spec.torch_threads)
        started = time.perf_counter()
        source = resolve_source(spec, cache_dir)
        kwargs = {"revision": spec.revision} if spec.revision else {}
        self.processor = Emu3Processor.from_pretrained(source, **kwargs)
        self.processor.tokenizer.padding_side = "left"  # Emu3's docs: left-pad batched prompts
        self.model = (
            Emu3ForConditionalGeneration.from_pretrained(
                source, dtype=_torch_dtype(spec.dtype), **kwargs
            )
            .to(spec.device)
            .eval()
        )
        tokenizer, mapping = self.processor.tokenizer, self.model.vocabulary_mapping
        self._grid_tokens = _GridTokens(
            visual=mapping.image_tokens,
            end_of_line=mapping.eol_token_id,
            end_of_frame=tokenizer.eof_token_id,
            end_of_image=tokenizer.eoi_token_id,
            end_of_sequence=tokenizer.eos_token_id,
            pad=tokenizer.pad_token_id,
            image_wrapper=tokenizer.image_wrapper_token_id,
            device=spec.device,
        )
        self._ratio_of = {size: ratio for ratio, size in spec.sizes_by_ratio().items()}
        self._lock = threading.Lock()
        self.load_seconds = time.perf_counter() - started
        logger.info("loaded %s in %.1fs", spec.name, self.load_seconds)

    def batch_key(self, params: GenerationParams) -> tuple:
        """The grid (size) is shared by a generate call, and so are guidance and temperature."""
        return (params.width, params.height, params.guidance_scale, params.temperature)

    def output(self, params: GenerationParams, images: list[np.ndarray]) -> GenerationOutput:
        """Usage counts what Emu3 writes: per image, an 8x8-pixel token per grid cell, an
        end-of-line per row and the three closing tokens."""
        tokens = count_text_tokens(self.processor.tokenizer, params.prompt, params.negative_prompt)
        written = 0
        for image in images:
            ratio = self._ratio_of.get((image.shape[1], image.shape[0]))
            if ratio is not None:
                rows, columns = emu3_sizes.token_grid(ratio, self.spec.image_area or 0)
                written += (columns + 1) * rows + 3
        return GenerationOutput(
            images=images, input_text_tokens=tokens, output_image_tokens=written
        )

    def _run(
        self,
        batch: list[GenerationParams],
        emit: Emit | None,
        cancelled: Callable[[], bool] | None,
    ) -> list[list[np.ndarray]]:
        """One generate call for every image of every request (split into calls of at most
        `max_images_per_batch` images), then one VQ decode per call."""
        import torch
        from transformers import LogitsProcessorList, TopKLogitsWarper

        first = batch[0]
        if any(self.batch_key(p) != self.batch_key(first) for p in batch):
            raise ValueError("generate_batch needs compatible parameters")
        ratio = self._ratio_of.get((first.width, first.height))
        if ratio is None:
            raise ValueError(f"{self.spec.name} cannot make {first.width}x{first.height}")
        rows, columns = emu3_sizes.token_grid(ratio, self.spec.image_area or 0)
        texts = [p.prompt for p in batch for _ in range(p.n)]
        negatives = [p.negative_prompt or "" for p in batch for _ in range(p.n)]
        seeds = [(p.seed + i) % 2**32 for p in batch for i in range(p.n)]

        def decode(tokens):
            return self.model.decode_image_tokens(image_tokens=tokens, height=rows, width=columns)

        def decode_channels_last(tokens):  # what TokenProgress turns into partial images
            return decode(tokens).permute(0, 2, 3, 1)

        length = (columns + 1) * rows + 3
        progress = TokenProgress(
            decode_channels_last, length, first.partial_images, emit, cancelled
        )
        images: list[np.ndarray] = []
        for chunk in _chunks(len(texts), self.spec.max_images_per_batch):
            inputs = self._prompt_inputs(texts[chunk], ratio, (rows, columns))
            negative = self._prompt_inputs(negatives[chunk], ratio, (rows, columns))
            constraint = self._grid_tokens.constraint(inputs["input_ids"], rows, columns)
            processors = []
            if self.spec.top_k:
                processors.append(TopKLogitsWarper(self.spec.top_k))
            processors.append(_PerRowSampler(seeds[chunk], first.temperature, progress))
            with self._lock, torch.inference_mode():
                sequences = self.model.generate(
                    **inputs,
                    max_new_tokens=constraint.length,
                    prefix_allowed_tokens_fn=constraint,
                    negative_prompt_ids=negative["input_ids"],
                    negative_prompt_attention_mask=negative["attention_mask"],
                    guidance_scale=first.guidance_scale,
                    do_sample=False,  # _PerRowSampler samples; argmax then picks its token
                    logits_processor=LogitsProcessorList(processors),
                )
                generated = sequences[:, inputs["input_ids"].shape[1] :]
                if generated.shape[1] != constraint.length:
                    raise RuntimeError(f"{self.spec.name}: generation stopped inside the grid")
                decoded = decode(generated)
            # The processor undoes its own normalisation (the checkpoint's mean and std).
            pictures = self.processor.postprocess(
                list(decoded.float().cpu()), return_tensors="PIL.Image.Image"
            )["pixel_values"]
            images += [np.ascontiguousarray(np.asarray(p.convert("RGB"))) for p in pictures]
        return _per_request(images, batch)

    def _prompt_inputs(self, texts: list[str], ratio: str, grid: tuple[int, int]):
        inputs = self.processor(
            text=texts,
            padding=True,
            return_tensors="pt",
            return_for_image_generation=True,
            ratio=ratio,
            image_area=self.spec.image_area,
        )
        sizes = {tuple(size) for size in inputs.pop("image_sizes")}
        if sizes != {grid}:  # our size arithmetic must be the processor's
            raise RuntimeError(f"{self.spec.name}: processor grid {sizes} is not {grid}")
        return inputs.to(self.spec.device)


class _GridTokens:
    """Emu3's image layout tokens, as tensors on the model's device."""

    def __init__(self, *, visual: list[int], device: str, **special: int) -> None:
        import torch

        self.visual = torch.tensor(visual, device=device)
        self.special = {
            name: torch.tensor([token], device=device) for name, token in special.items()
        }
        self.image_wrapper = special["image_wrapper"]

    def constraint(self, input_ids, rows: int, columns: int) -> _GridConstraint:
        prompt_length = input_ids.shape[1]
        # Left padding puts every row's `<|image token|>` (the grid's start) last in the prompt.
        if not bool((input_ids[:, -1] == self.image_wrapper).all()):
            raise RuntimeError("Emu3 prompts must end with the image wrapper token")
        return _GridConstraint(self, prompt_length - 1, rows, columns)


class _GridConstraint:
    """`prefix_allowed_tokens_fn` of Emu3's reference usage: where each token may go.

    `offset` counts from the `<|image token|>` that opens the grid: every (columns + 1)-th
    token ends a row, then come end-of-frame, end-of-image and end-of-sequence; padding after.
    """

    def __init__(self, tokens: _GridTokens, wrapper_index: int, rows: int, columns: int) -> None:
        self.tokens, self.wrapper_index = tokens, wrapper_index
        self.rows, self.columns = rows, columns
        self.grid_length = (columns + 1) * rows
        self.length = self.grid_length + 3  # + end of frame, image, sequence

    def __call__(self, batch_id: int, input_ids):
        offset = input_ids.shape[0] - self.wrapper_index
        special = self.tokens.special
        if offset > self.length:
            return special["pad"]
        if offset > self.grid_length:
            step = offset - self.grid_length
            return special[("end_of_frame", "end_of_image", "end_of_sequence")[step - 1]]
        if offset % (self.columns + 1) == 0:
            return special["end_of_line"]
        return self.tokens.visual
