"""Request and response models of the HTTP API (OpenAI Images API shape plus extensions).

Plain pydantic: no ray, so unit tests validate requests without a cluster.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from deployments.settings import ModelSpec
from governance.errors import InvalidRequestError
from governance.moderation import MAX_PROMPT_CHARS  # the limit lives with moderation

MAX_SEED = 2**32 - 1
_SIZE_RE = re.compile(r"^(\d{2,5})x(\d{2,5})$")


class ImageGenerationRequest(BaseModel):
    """`POST /v1/images/generations`. Unknown fields are refused rather than silently ignored."""

    model_config = ConfigDict(extra="forbid")

    model: str = Field(..., min_length=1, description="A model id from /v1/models.")
    prompt: str = Field(..., min_length=1, max_length=MAX_PROMPT_CHARS)
    n: int = Field(1, ge=1, le=16, description="Number of images.")
    size: str = Field("auto", description="`WIDTHxHEIGHT` or `auto` (the model's default).")
    response_format: Literal["b64_json"] = Field(
        "b64_json", description="Only b64_json: images are never stored for URLs."
    )
    output_format: Literal["png", "jpeg", "webp"] = Field("png")
    output_compression: int | None = Field(
        None, ge=0, le=100, description="Quality for jpeg/webp (default 90)."
    )
    user: str | None = Field(None, max_length=256, description="End-user id, for the audit.")
    # extensions
    negative_prompt: str | None = Field(None, max_length=MAX_PROMPT_CHARS)
    seed: int | None = Field(None, ge=0, le=MAX_SEED, description="Same seed, same image.")
    num_inference_steps: int | None = Field(None, ge=1)
    guidance_scale: float | None = Field(None, ge=0, le=30)

    @field_validator("prompt")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value


@dataclass(frozen=True)
class GenerationParams:
    """What a model deployment receives: resolved against the model's defaults and limits."""

    prompt: str
    negative_prompt: str | None
    width: int
    height: int
    n: int
    num_inference_steps: int
    guidance_scale: float
    seed: int
    temperature: float = 1.0
    extra: dict[str, Any] = field(default_factory=dict)


def parse_size(size: str, spec: ModelSpec) -> tuple[int, int]:
    """`auto` or `WxH`, checked against what the model can make; errors name `size`."""
    if size == "auto":
        return spec.default_size, spec.default_size
    match = _SIZE_RE.match(size)
    if not match:
        raise InvalidRequestError(
            f"Invalid size {size!r}: expected `WIDTHxHEIGHT` or `auto`.", param="size"
        )
    width, height = int(match.group(1)), int(match.group(2))
    if not spec.size_is_supported(width, height):
        raise InvalidRequestError(
            f"Model {spec.name!r} cannot make {size}; supported: {spec.sizes_description()}.",
            param="size",
        )
    return width, height


def resolve_params(request: ImageGenerationRequest, spec: ModelSpec, seed: int) -> GenerationParams:
    """Apply the model's defaults and limits to a validated request."""
    width, height = parse_size(request.size, spec)
    if request.n > spec.max_n:
        raise InvalidRequestError(
            f"Model {spec.name!r} makes at most {spec.max_n} images per request.", param="n"
        )
    steps = request.num_inference_steps or spec.default_steps
    if steps > spec.max_steps:
        raise InvalidRequestError(
            f"num_inference_steps is at most {spec.max_steps} for {spec.name!r}.",
            param="num_inference_steps",
        )
    guidance = (
        request.guidance_scale
        if request.guidance_scale is not None
        else spec.default_guidance_scale
    )
    return GenerationParams(
        prompt=request.prompt,
        negative_prompt=request.negative_prompt,
        width=width,
        height=height,
        n=request.n,
        num_inference_steps=steps,
        guidance_scale=guidance,
        seed=seed,
        temperature=spec.temperature,
    )


def model_card(spec: ModelSpec, created: int | None = None) -> dict[str, Any]:
    """One entry of GET /v1/models: OpenAI's fields plus family and sizes."""
    card: dict[str, Any] = {
        "id": spec.name,
        "object": "model",
        "created": created or int(time.time()),
        "owned_by": "imprimatur",
        "family": spec.family,
        "source": spec.source,
        "revision": spec.revision,
        "default_size": f"{spec.default_size}x{spec.default_size}",
        "max_n": spec.max_n,
    }
    if spec.family == "autoregressive":
        card["sizes"] = [f"{spec.native_size}x{spec.native_size}"]
    else:
        card["sizes"] = {
            "min": spec.min_size,
            "max": spec.max_size,
            "multiple_of": spec.size_multiple,
        }
        card["max_steps"] = spec.max_steps
    return card


class ModerationRequest(BaseModel):
    """`POST /v1/moderations` (OpenAI-compatible): text input only."""

    model_config = ConfigDict(extra="forbid")

    input: str | list[str] = Field(..., description="A text or a list of texts.")
    model: str | None = Field(None, description="Accepted for compatibility; one model here.")

    @field_validator("input")
    @classmethod
    def _bounded(cls, value: str | list[str]) -> str | list[str]:
        texts = [value] if isinstance(value, str) else value
        if not texts:
            raise ValueError("must not be empty")
        if len(texts) > 32:
            raise ValueError("at most 32 texts per request")
        if any(len(text) > MAX_PROMPT_CHARS for text in texts):
            raise ValueError(f"each text is at most {MAX_PROMPT_CHARS} characters")
        return value


async def read_image_upload(request) -> tuple[bytes, str | None]:
    """An uploaded image: the raw body with its Content-Type, or a multipart `file` field.

    Its size is capped before this runs, by deployments.body_limit (413 over 20 MiB)."""
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise InvalidRequestError("Send the image as the multipart field `file`.", param="file")
        data = await upload.read()
        declared = upload.content_type
    else:
        data = await request.body()
        declared = content_type or None
    if not data:
        raise InvalidRequestError("The request carries no image.", param="file")
    return data, declared
