"""`POST /v1/images/generations`: authenticate, validate, admit, then the governed request path.

The order of the governed stages (moderate, generate, govern, audit) lives in
governance.request_pipeline; this module turns an HTTP request into its facts and the
pipeline's result into OpenAI's answer.
"""

from __future__ import annotations

import logging
import re
import secrets
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, field_validator

from deployments.api.control import ControlRequest, plan_control
from deployments.api.errors import responses
from deployments.api.image_run import ImagePlan, serve_images
from deployments.api.service import Service
from deployments.protocol import MAX_PROMPT_CHARS, MAX_SEED, GenerationParams
from deployments.settings import ModelSpec
from governance.adapters import MAX_ADAPTERS_PER_REQUEST, MAX_SCALE, MIN_SCALE, parse_requested
from governance.errors import InvalidRequestError
from governance.policy_fields import ADAPTER_ID_PATTERN, MAX_IMAGES_PER_REQUEST

logger = logging.getLogger("imprimatur.router")
router = APIRouter(tags=["images"])
_SIZE_RE = re.compile(r"^(\d{2,5})x(\d{2,5})$")


Quality = Literal["low", "medium", "high", "xhigh", "max", "auto", "standard", "hd"]
# Steps as a fraction of the model's default_steps (capped at max_steps); what `quality` means
# for diffusion. Autoregressive models always sample their full token grid: quality is recorded
# and reported, and changes nothing.
QUALITY_STEP_FACTORS = {"low": 0.5, "medium": 1.0, "high": 1.5, "xhigh": 2.0, "max": None}
QUALITY_ALIASES = {"auto": "medium", "standard": "medium", "hd": "high"}
VIVID_GUIDANCE_FACTOR = 1.5  # `style: vivid`: stronger classifier-free guidance, both families


class AdapterRequest(BaseModel):
    """One LoRA adapter a request applies: `{"id": "acme/brand-v2", "scale": 0.8}`."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(..., pattern=ADAPTER_ID_PATTERN, description="`owner/name` (registry id).")
    scale: float = Field(1.0, ge=MIN_SCALE, le=MAX_SCALE, description="The adapter's weight.")


class ImageOptions(BaseModel):
    """Fields shared by generations and edits (OpenAI's names and values)."""

    model_config = ConfigDict(extra="forbid")

    model: str = Field(..., min_length=1, description="A model id from /v1/models.")
    prompt: str = Field(..., min_length=1, max_length=MAX_PROMPT_CHARS)
    n: int = Field(1, ge=1, le=MAX_IMAGES_PER_REQUEST, description="Number of images.")
    size: str = Field("auto", description="`WIDTHxHEIGHT` or `auto` (the model's default).")
    quality: Quality = Field(
        "auto", description="Denoising steps for diffusion (see README); recorded otherwise."
    )
    background: Literal["transparent", "opaque", "auto"] = Field(
        "auto", description="`transparent` is refused: no served model makes an alpha channel."
    )
    response_format: Literal["b64_json"] = Field(
        "b64_json", description="Only b64_json: images are never stored for URLs."
    )
    output_format: Literal["png", "jpeg", "webp"] = Field("png")
    output_compression: int | None = Field(
        None, ge=0, le=100, description="Quality for jpeg/webp (default 90); ignored for png."
    )
    stream: bool = Field(False, description="Server-Sent Events: partial images, then the image.")
    partial_images: int = Field(0, ge=0, le=3, description="Partial images when streaming.")
    moderation: Literal["auto", "low"] = Field(
        "auto", description="`low` relaxes prompt moderation as far as the tenant's policy allows."
    )
    complexity: Literal["low", "medium", "high"] | None = Field(
        None, description="Accepted and recorded; no served model plans separately from rendering."
    )
    frame_count: int | None = Field(None, description="GIF only: refused (no GIF output).")
    frame_duration_ms: int | None = Field(None, description="GIF only: refused (no GIF output).")
    svg: dict[str, Any] | None = Field(None, description="SVG only: refused (no SVG output).")
    safety_identifier: str | None = Field(None, max_length=256, description="End user, audited.")
    user: str | None = Field(None, max_length=256, description="End-user id, for the audit.")
    # extensions
    negative_prompt: str | None = Field(None, max_length=MAX_PROMPT_CHARS)
    seed: int | None = Field(None, ge=0, le=MAX_SEED, description="Same seed, same image.")
    num_inference_steps: int | None = Field(None, ge=1)
    guidance_scale: float | None = Field(None, ge=0, le=30)
    adapters: list[AdapterRequest] | None = Field(
        None,
        max_length=MAX_ADAPTERS_PER_REQUEST,
        description="LoRA adapters to apply (diffusion models with `max_adapter_sets`); each "
        "must be the tenant's own or shared, allowed by its policy, and trained for this model. "
        "On edits: a form field holding the same JSON.",
    )

    @field_validator("adapters", mode="before")
    @classmethod
    def _adapters_json(cls, value: Any) -> Any:
        return parse_requested(value)  # a multipart form field carries JSON text

    @field_validator("prompt")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value

    @property
    def end_user(self) -> str | None:
        """OpenAI's rule: a non-empty safety_identifier wins over the deprecated `user`."""
        return self.safety_identifier or self.user or None

    @property
    def reported_quality(self) -> str:
        return QUALITY_ALIASES.get(self.quality, self.quality)


class ImageGenerationRequest(ImageOptions):
    """`POST /v1/images/generations`. Unknown fields are refused rather than silently ignored."""

    style: Literal["vivid", "natural"] | None = Field(
        None, description="`vivid`: stronger guidance (x1.5); `natural`: the model's default."
    )
    control: ControlRequest | None = Field(
        None,
        description="ControlNet conditioning for diffusion models whose config lists "
        "`controlnets`: the control image is NSFW-checked and prepared (canny: edges; tile: as is; "
        "depth: a client-made depth map, in grey) first, and "
        "kept as the output's C2PA `inputTo` ingredient.",
    )


def check_options(request: ImageOptions, spec: ModelSpec) -> None:
    """Official fields that name something no served model does: 400 naming the field."""
    if request.background == "transparent":
        raise InvalidRequestError(
            f"Model {spec.name!r} cannot make transparent backgrounds; use `opaque` or `auto`.",
            param="background",
        )
    for name in ("frame_count", "frame_duration_ms", "svg"):
        if getattr(request, name) is not None:
            raise InvalidRequestError(
                f"`{name}` needs GIF or SVG output, which no served model makes.", param=name
            )
    if request.stream and request.n != 1:
        raise InvalidRequestError("A streamed request makes one image: n must be 1.", param="n")


def quality_steps(request: ImageOptions, spec: ModelSpec) -> int:
    """Denoising steps: num_inference_steps if given, else `quality` scaled from the model's
    default_steps (low 0.5x, medium/auto/standard 1x, high/hd 1.5x, xhigh 2x, max = max_steps)."""
    if request.num_inference_steps is not None:
        steps = request.num_inference_steps
    else:
        factor = QUALITY_STEP_FACTORS[request.reported_quality]
        if factor is None:
            return spec.max_steps
        steps = min(spec.max_steps, max(1, round(spec.default_steps * factor)))
    if steps > spec.max_steps:
        raise InvalidRequestError(
            f"num_inference_steps is at most {spec.max_steps} for {spec.name!r}.",
            param="num_inference_steps",
        )
    return steps


def parse_size(size: str, spec: ModelSpec) -> tuple[int, int]:
    """`auto` or `WxH`, checked against what the model can make; errors name `size`."""
    if size == "auto":
        return spec.auto_size()
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


def resolve_params(
    request: ImageOptions,
    spec: ModelSpec,
    seed: int,
    size: tuple[int, int] | None = None,
) -> GenerationParams:
    """Apply the model's defaults and limits to a validated request."""
    check_options(request, spec)
    width, height = size or parse_size(request.size, spec)
    if request.n > spec.max_n:
        raise InvalidRequestError(
            f"Model {spec.name!r} makes at most {spec.max_n} images per request.", param="n"
        )
    steps = quality_steps(request, spec)
    guidance = (
        request.guidance_scale
        if request.guidance_scale is not None
        else spec.default_guidance_scale
    )
    if getattr(request, "style", None) == "vivid" and request.guidance_scale is None:
        guidance = min(30.0, guidance * VIVID_GUIDANCE_FACTOR)
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
        partial_images=request.partial_images if request.stream else 0,
    )


class ImageData(BaseModel):
    b64_json: str = Field(..., description="The image file (PNG, JPEG or WebP), base64.")
    record_id: str = Field(..., description="Audit record id; the watermark carries it too.")


class ImagesResponse(BaseModel):
    """OpenAI's ImagesResponse, plus our extensions (model, seed, request_id, record ids)."""

    created: int
    data: list[ImageData]
    background: Literal["opaque"]
    output_format: str
    quality: str
    size: str
    usage: dict[str, Any] = Field(..., description="OpenAI's usage: input/output tokens.")
    model: str
    seed: int
    request_id: str
    safety_identifier: str | None = None


@router.post(
    "/v1/images/generations",
    response_model=ImagesResponse,
    responses={
        200: {"content": {"text/event-stream": {}}, "description": "JSON, or SSE if stream."},
        **responses(400, 401, 403, 404, 413, 429, 500, 503),
    },
)
async def generate_images(
    body: ImageGenerationRequest,
    request: Request,
    service: Service,
) -> Response:
    """Text to image; with `stream: true`, Server-Sent Events (partial images, then the image)."""

    async def plan_for(spec: ModelSpec) -> ImagePlan:
        seed = body.seed if body.seed is not None else secrets.randbelow(2**32)
        params = resolve_params(body, spec, seed)
        if body.control is None:
            return ImagePlan("image_generation", body, spec, params, seed)
        control = plan_control(service, body.control, spec, params)
        return ImagePlan(
            "image_generation",
            body,
            spec,
            control.params,
            seed,
            ingredients=(control.ingredient,),
            screen=lambda policy: control.screen(policy, 0),
            credits=(control.credit,),
        )

    return await serve_images(service, request, body.model, plan_for)
