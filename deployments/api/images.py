"""`POST /v1/images/generations`: authenticate, validate, admit, then the governed request path.

The order of the governed stages (moderate, generate, govern, audit) lives in
governance.request_pipeline; this module turns an HTTP request into its facts and the
pipeline's result into OpenAI's answer.
"""

from __future__ import annotations

import base64
import logging
import re
import secrets
import time
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator

from deployments import metrics
from deployments.api.errors import outcome_of, responses
from deployments.api.service import ApiService, Service
from deployments.protocol import MAX_PROMPT_CHARS, MAX_SEED, GenerationParams
from deployments.settings import ModelSpec
from governance.errors import (
    ImprimaturError,
    InvalidRequestError,
    ModelNotFoundError,
    OverloadedError,
    RateLimitError,
)
from governance.policy_fields import MAX_IMAGES_PER_REQUEST
from governance.request_pipeline import RequestFacts

logger = logging.getLogger("imprimatur.router")
router = APIRouter(tags=["images"])
_SIZE_RE = re.compile(r"^(\d{2,5})x(\d{2,5})$")


class ImageGenerationRequest(BaseModel):
    """`POST /v1/images/generations`. Unknown fields are refused rather than silently ignored."""

    model_config = ConfigDict(extra="forbid")

    model: str = Field(..., min_length=1, description="A model id from /v1/models.")
    prompt: str = Field(..., min_length=1, max_length=MAX_PROMPT_CHARS)
    n: int = Field(1, ge=1, le=MAX_IMAGES_PER_REQUEST, description="Number of images.")
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


class ImageData(BaseModel):
    b64_json: str = Field(..., description="The image file (PNG, JPEG or WebP), base64.")
    record_id: str = Field(..., description="Audit record id; the watermark carries it too.")


class ImagesResponse(BaseModel):
    created: int
    data: list[ImageData]
    model: str
    output_format: str
    size: str
    seed: int


@router.post(
    "/v1/images/generations",
    response_model=ImagesResponse,
    responses=responses(400, 401, 403, 404, 413, 429, 500, 503),
)
async def generate_images(
    body: ImageGenerationRequest,
    request: Request,
    service: Service,
) -> JSONResponse:
    """Counts every answer by tenant, model and outcome around the generation itself."""
    labels = {"tenant": "unknown", "model": "unknown"}
    if service.settings.model(body.model) is not None:
        labels["model"] = body.model
    service.current_model.set(labels["model"])
    try:
        response = await _generate(service, body, request, labels)
    except ImprimaturError as exc:
        metrics.request_finished(labels["tenant"], labels["model"], outcome_of(exc))
        exc.headers = {**exc.headers, "X-Imprimatur-Replica": service.backends.replica_id}
        raise
    except Exception:
        metrics.request_finished(labels["tenant"], labels["model"], "failed")
        raise
    metrics.request_finished(labels["tenant"], labels["model"], "granted")
    return response


async def _generate(
    service: ApiService,
    body: ImageGenerationRequest,
    request: Request,
    labels: dict[str, str],
) -> JSONResponse:
    started = time.perf_counter()
    principal = service.authenticate(request)
    registry = service.registry
    labels["tenant"] = principal.tenant or "auditor"
    spec = service.settings.model(body.model)
    if spec is None:
        raise ModelNotFoundError(
            f"The model {body.model!r} does not exist; see GET /v1/models.", param="model"
        )
    seed = body.seed if body.seed is not None else secrets.randbelow(2**32)
    params = resolve_params(body, spec, seed)
    policy = registry.policy(principal.tenant)
    registry.check_request(principal, policy, spec.name, params.n, params.width, params.height)
    try:
        admission = await service.limiter.admit_async(principal.tenant, policy, params.n)
    except RateLimitError:
        metrics.rate_limited(principal.tenant)
        raise
    facts = RequestFacts(
        tenant=principal.tenant,
        model=spec.name,
        model_revision=spec.revision or "unversioned",
        prompt=body.prompt,
        negative_prompt=body.negative_prompt,
        params={
            "size": f"{params.width}x{params.height}",
            "n": params.n,
            "num_inference_steps": params.num_inference_steps,
            "guidance_scale": params.guidance_scale,
            "seed": seed,
            "output_format": body.output_format,
            "output_compression": body.output_compression,
            "user": body.user,
            "key_id": principal.key_id,  # which key, never the key itself
        },
        output_format=body.output_format,
        quality=body.output_compression,
        moderation_policy=policy.moderation,
        nsfw_policy=policy.nsfw,
        policy_version=policy.version_tag,
        keep_prompts=policy.keep_prompts,
        prompt_in_manifest=policy.prompt_in_manifest,
    )
    timings: dict[str, float] = {}

    async def generate() -> Any:
        return await service.backends.generate(spec.name, params)

    try:
        result = await service.pipeline.run(facts, generate, timings)
    except OverloadedError:
        await service.limiter.refund_async(admission)  # nothing was made: give the quota back
        raise
    data = [
        {"b64_json": base64.b64encode(image.data).decode("ascii"), "record_id": image.record_id}
        for image in result.images
    ]
    logger.info(
        "granted tenant=%s model=%s n=%d size=%dx%d",
        principal.tenant,
        spec.name,
        len(data),
        params.width,
        params.height,
    )
    timings["total"] = (time.perf_counter() - started) * 1000.0
    metrics.images_generated(spec.name, len(data))
    for stage, milliseconds in timings.items():
        metrics.stage_latency(stage, spec.name, milliseconds)
    return JSONResponse(
        {
            "created": int(time.time()),
            "data": data,
            "model": spec.name,
            "output_format": body.output_format,
            "size": f"{params.width}x{params.height}",
            "seed": seed,
        },
        headers={
            "Server-Timing": metrics.server_timing(timings),
            "X-Imprimatur-Replica": service.backends.replica_id,
            **admission.headers,
        },
    )
