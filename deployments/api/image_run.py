"""What generations and edits share after their requests are parsed: authenticate, check the
policy, admit, govern the inputs (edits), run the governed pipeline, answer in OpenAI's shape:
JSON, or Server-Sent Events when the request streams."""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

from fastapi import Request
from fastapi.responses import Response, StreamingResponse

from deployments import metrics
from deployments.api.errors import outcome_of, request_id_of
from deployments.api.image_body import images_response
from deployments.api.service import ApiService
from deployments.api.sse import encode_error, encode_event, image_event
from deployments.protocol import GenerationOutput, GenerationParams, Schedule
from deployments.settings import ModelSpec
from governance.adapters import authorise
from governance.errors import (
    ImprimaturError,
    InvalidRequestError,
    ModelNotFoundError,
    OverloadedError,
    RateLimitError,
    TenantQueueFullError,
)
from governance.provenance import InputIngredient
from governance.request_pipeline import RequestFacts
from governance.tenants import TenantPolicy

logger = logging.getLogger("imprimatur.router")

# A client's own time budget in seconds (capped by the server's `request_timeout_s`): a request
# still waiting in the model replica's queue when it runs out is dropped (503, Retry-After).
TIMEOUT_HEADER = "X-Request-Timeout"

# screen(policy) -> audit params to add (an edit's lineage); raises (audited) on refusal
Screen = Callable[[TenantPolicy], Awaitable[dict[str, Any]]]


@dataclass
class ImagePlan:
    """One parsed request, resolved against its model."""

    kind: str  # "image_generation" | "image_edit"
    options: Any  # deployments.api.images.ImageOptions
    spec: ModelSpec
    params: GenerationParams
    seed: int
    input_image_tokens: int = 0
    ingredients: tuple[InputIngredient, ...] = ()
    audit_params: dict[str, Any] = field(default_factory=dict)
    screen: Screen | None = None
    credits: tuple[dict[str, Any], ...] = ()  # a ControlNet used: audit and manifest entries


async def serve_images(
    service: ApiService,
    request: Request,
    model: str,
    plan_for: Callable[[ModelSpec], Awaitable[ImagePlan]],
) -> Response:
    """Counts every answer by tenant, model and outcome around the work itself."""
    labels = {"tenant": "unknown", "model": "unknown"}
    if service.settings.model(model) is not None:
        labels["model"] = model
    service.current_model.set(labels["model"])
    try:
        response = await _serve(service, request, model, plan_for, labels)
    except ImprimaturError as exc:
        metrics.request_finished(labels["tenant"], labels["model"], outcome_of(exc))
        exc.headers = {**exc.headers, "X-Imprimatur-Replica": service.backends.replica_id}
        raise
    except Exception:
        metrics.request_finished(labels["tenant"], labels["model"], "failed")
        raise
    metrics.request_finished(labels["tenant"], labels["model"], "granted")
    return response


async def _serve(
    service: ApiService,
    request: Request,
    model: str,
    plan_for: Callable[[ModelSpec], Awaitable[ImagePlan]],
    labels: dict[str, str],
) -> Response:
    started = time.perf_counter()
    principal = service.authenticate(request)
    registry = service.registry
    labels["tenant"] = principal.tenant or "auditor"
    spec = service.settings.model(model)
    if spec is None:
        raise ModelNotFoundError(
            f"The model {model!r} does not exist; see GET /v1/models.", param="model"
        )
    plan = await plan_for(spec)
    options = plan.options
    policy = registry.policy(principal.tenant)
    deadline = time.time() + request_budget(request, service.settings.request_timeout_s)
    plan.params = params = with_schedule(plan.params, principal.tenant, policy, deadline)
    registry.check_request(principal, policy, spec.name, params.n, params.width, params.height)
    plan.params = params = await with_adapters(service, params, options, spec, principal, policy)
    try:
        admission = await service.limiter.admit_async(principal.tenant, policy, params.n)
    except RateLimitError:
        metrics.rate_limited(principal.tenant)
        raise
    audit_params: dict[str, Any] = {
        "endpoint": plan.kind,
        "size": f"{params.width}x{params.height}",
        "n": params.n,
        "num_inference_steps": params.num_inference_steps,
        "guidance_scale": params.guidance_scale,
        "seed": plan.seed,
        "quality": options.quality,
        "background": options.background,
        "moderation": options.moderation,
        "complexity": options.complexity,
        "stream": options.stream,
        "partial_images": params.partial_images,
        "output_format": options.output_format,
        "output_compression": options.output_compression,
        "user": options.end_user,
        "key_id": principal.key_id,  # which key, never the key itself
        **plan.audit_params,
    }
    adapters = tuple(use.record() for use in params.adapters) + plan.credits
    if adapters:  # only then, so that records of other requests keep their shape
        audit_params["adapters"] = list(adapters)
    facts = RequestFacts(
        tenant=principal.tenant,
        model=spec.name,
        model_revision=spec.revision or "unversioned",
        prompt=options.prompt,
        negative_prompt=options.negative_prompt,
        params=audit_params,
        output_format=options.output_format,
        quality=options.output_compression,
        moderation_policy=policy.moderation_for(options.moderation),
        nsfw_policy=policy.nsfw,
        policy_version=policy.version_tag,
        keep_prompts=policy.keep_prompts,
        prompt_in_manifest=policy.prompt_in_manifest,
        ingredients=plan.ingredients,
        request_id=request_id_of(request),  # the audit record's, the log's and any 5xx's
        adapters=adapters,
    )
    if plan.screen is not None:
        try:
            audit_params.update(await plan.screen(policy))
        except ImprimaturError as refusal:
            await service.limiter.refund_async(admission)
            await service.pipeline.refuse(facts, f"input: {refusal.code}", refusal)
    headers = {"X-Imprimatur-Replica": service.backends.replica_id, **admission.headers}
    if options.stream:
        return await _stream(service, plan, facts, admission, headers)
    timings: dict[str, float] = {}
    outputs: list[GenerationOutput] = []

    async def generate() -> Any:
        output = await service.backends.generate(spec.name, params)
        outputs.append(output)
        return output.images

    try:
        result = await service.pipeline.run(facts, generate, timings)
    except (OverloadedError, TenantQueueFullError):
        await service.limiter.refund_async(admission)  # nothing was made: give the quota back
        raise
    images = [(image.data, image.record_id) for image in result.images]
    logger.info(
        "granted %s tenant=%s model=%s n=%d", plan.kind, principal.tenant, spec.name, len(images)
    )
    timings["total"] = (time.perf_counter() - started) * 1000.0
    metrics.images_generated(spec.name, len(images))
    for stage, milliseconds in timings.items():
        metrics.stage_latency(stage, spec.name, milliseconds)
    fields = {
        "created": int(time.time()),
        "data": None,  # the images' base64, placed by images_response (deployments/api/image_body)
        "background": "opaque",
        "output_format": options.output_format,
        "quality": options.reported_quality,
        "size": f"{params.width}x{params.height}",
        "usage": usage_of(outputs[0], plan.input_image_tokens),
        "model": spec.name,
        "seed": plan.seed,
        "request_id": facts.request_id,
    }
    if options.end_user:
        fields["safety_identifier"] = options.end_user
    headers = {"Server-Timing": metrics.server_timing(timings), **headers}
    return images_response(fields, images, headers)


async def with_adapters(
    service: ApiService,
    params: GenerationParams,
    options: Any,
    spec: ModelSpec,
    principal: Any,
    policy: TenantPolicy,
) -> GenerationParams:
    """The request's adapters, authorised against the registry and the tenant's policy
    (404 unknown, 403 not allowed, 400 another base model; each naming `adapters[i].id`)."""
    requested = getattr(options, "adapters", None)
    if not requested:
        return params
    if not spec.max_adapter_sets:
        raise InvalidRequestError(
            f"Model {spec.name!r} takes no adapters.", param="adapters", code="adapters_unsupported"
        )
    uses = await asyncio.to_thread(
        authorise,
        [(item.id, item.scale) for item in requested],
        service.adapters,
        tenant=principal.tenant,
        allowed=policy.adapters,
        model=spec.name,
        revision=spec.revision,
    )
    return replace(params, adapters=uses)


def request_budget(request: Request, server_timeout_s: float) -> float:
    """Seconds this request may wait for its generation to start: the client's
    `X-Request-Timeout` if it sent one, never more than the server's `request_timeout_s`."""
    raw = request.headers.get(TIMEOUT_HEADER)
    if raw is None:
        return server_timeout_s
    try:
        budget = float(raw)
    except ValueError:
        budget = float("nan")
    if not budget > 0:  # also refuses NaN
        raise InvalidRequestError(
            f"{TIMEOUT_HEADER} must be a positive number of seconds.", param=TIMEOUT_HEADER
        )
    return min(budget, server_timeout_s)


def with_schedule(
    params: GenerationParams, tenant: str, policy: TenantPolicy, deadline: float
) -> GenerationParams:
    """The request as the model replica's fair queue sees it: tenant, policy, deadline."""
    scheduling = policy.scheduling
    schedule = Schedule(
        weight=scheduling.weight,
        priority=scheduling.priority,
        max_in_flight=scheduling.max_in_flight,
        max_queued=scheduling.max_queued,
        deadline=deadline,
    )
    return replace(params, tenant=tenant, schedule=schedule)


def usage_of(output: GenerationOutput, input_image_tokens: int) -> dict[str, Any]:
    """OpenAI's usage, with an edit's input images counted as input image tokens."""
    counted = GenerationOutput(
        images=[],
        input_text_tokens=output.input_text_tokens,
        input_image_tokens=input_image_tokens,
        output_image_tokens=output.output_image_tokens,
    )
    return counted.usage()


async def _stream(
    service: ApiService,
    plan: ImagePlan,
    facts: RequestFacts,
    admission: Any,
    headers: dict[str, str],
) -> Response:
    """SSE. The first governed image is awaited before answering, so a refusal before any
    image left (moderation, overload, a blocked first partial) keeps its HTTP status."""
    params, options = plan.params, plan.options
    common = {
        "size": f"{params.width}x{params.height}",
        "quality": options.reported_quality,
        "background": "opaque",
        "output_format": options.output_format,
    }
    items = service.pipeline.run_stream(
        facts, lambda: service.backends.generate_stream(plan.spec.name, params)
    )
    try:
        first = await items.__anext__()
    except (OverloadedError, TenantQueueFullError):
        await service.limiter.refund_async(admission)  # nothing was made: give the quota back
        raise

    def encode(item: Any) -> bytes:
        if item.kind == "final":
            metrics.images_generated(plan.spec.name, 1)
        b64 = base64.b64encode(item.image.data).decode("ascii")
        extra = {"record_id": item.image.record_id}
        if item.kind == "partial":
            event = image_event(
                plan.kind,
                "partial_image",
                b64,
                created_at=int(time.time()),
                partial_image_index=item.index,
                extra=extra,
                **common,
            )
        else:
            usage = usage_of(item.output, plan.input_image_tokens)
            event = image_event(
                plan.kind,
                "completed",
                b64,
                created_at=int(time.time()),
                usage=usage,
                extra=extra,
                **common,
            )
        return encode_event(event)

    async def body() -> AsyncIterator[bytes]:
        try:
            yield encode(first)
            async for item in items:
                yield encode(item)
        except ImprimaturError as exc:
            yield encode_error(exc)  # audited by the pipeline; no image follows
        except Exception:
            logger.exception("stream failed")
            yield encode_error(ImprimaturError("Internal server error."))
        finally:
            await items.aclose()

    return StreamingResponse(
        body(), media_type="text/event-stream", headers={"Cache-Control": "no-cache", **headers}
    )
