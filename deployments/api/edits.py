"""`POST /v1/images/edits`: image-to-image and inpainting, multipart as the `openai` SDK sends it.

The inputs are governed before any GPU work: format and size limits (400/413 naming the field),
the mask's shape, the NSFW filter on every input, prompt moderation. Their provenance is kept:
each input becomes a C2PA ingredient of the new manifest (the first `parentOf`), and an input
that carries our watermark links the new audit record to its own (`params.lineage`). A
`control` form field adds ControlNet conditioning, its image governed the same way (`inputTo`).
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
import secrets
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import Field, ValidationError
from starlette.datastructures import UploadFile

from deployments.api.control import ControlPlan, ControlRequest, input_lineage, plan_control
from deployments.api.errors import responses
from deployments.api.image_run import ImagePlan, serve_images
from deployments.api.images import ImageOptions, ImagesResponse, parse_size, resolve_params
from deployments.api.service import ApiService, Service
from deployments.protocol import image_token_count
from deployments.settings import ModelSpec
from governance.edit_inputs import (
    MAX_INPUT_BYTES,
    MAX_INPUT_IMAGES,
    InputImage,
    read_input_image,
    read_mask,
    resize_to,
)
from governance.errors import ContentPolicyViolation, InvalidRequestError
from governance.provenance import InputIngredient
from governance.tenants import TenantPolicy

router = APIRouter(tags=["images"])

# How much of the input an edit keeps: img2img strength (the share of steps re-noised).
FIDELITY_STRENGTH = {"high": 0.5, "low": 0.85, None: 0.7}
_FILE_FIELDS = ("image", "image[]", "mask", "markup")
_CONTROL_KEY = re.compile(r"control\[(\w+)\]")
# A form field (not a file) may be this large: `control` carries its image as base64.
MAX_FIELD_BYTES = MAX_INPUT_BYTES * 4 // 3 + 4096


class ImageEditRequest(ImageOptions):
    """The non-file fields of `POST /v1/images/edits` (OpenAI's image_edit_params)."""

    input_fidelity: Literal["high", "low"] | None = Field(
        None, description="high keeps more of the input (strength 0.5), low less (0.85)."
    )
    control: ControlRequest | None = Field(
        None,
        description="ControlNet conditioning of the edit: a form field holding the JSON "
        '`{"type": "canny", "image": <base64>, "scale": 0.8}`, or the fields `control[type]`, '
        "`control[image]`, `control[scale]` (what the openai SDK sends for an `extra_body` "
        "dict). Governed like the generations' `control`.",
    )


async def read_form(request: Request) -> tuple[ImageEditRequest, list[UploadFile], Any]:
    """The multipart body: fields validated like JSON (unknown ones refused by name), the
    `image` / `image[]` files, and the optional `mask`."""
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        raise InvalidRequestError("Send the edit as multipart/form-data.", param="image")
    form = await request.form(max_files=MAX_INPUT_IMAGES + 2, max_part_size=MAX_FIELD_BYTES)
    fields = {k: v for k, v in form.multi_items() if k not in _FILE_FIELDS}
    nested = {k: fields.pop(k) for k in list(fields) if _CONTROL_KEY.fullmatch(k)}
    if nested:  # the openai SDK's extra_body={"control": {...}} on multipart
        if "control" in fields:
            raise InvalidRequestError("Send `control` once.", param="control")
        fields["control"] = {_CONTROL_KEY.fullmatch(k).group(1): v for k, v in nested.items()}
    if any(isinstance(v, UploadFile) for v in fields.values()):
        name = next(k for k, v in fields.items() if isinstance(v, UploadFile))
        raise InvalidRequestError(f"Unexpected file field `{name}`.", param=name)
    if form.get("markup") is not None:
        raise InvalidRequestError("`markup` images are not supported.", param="markup")
    try:
        body = ImageEditRequest.model_validate(fields)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors()) from None
    images = [f for f in form.getlist("image") + form.getlist("image[]") if f]
    if not images or not all(isinstance(f, UploadFile) for f in images):
        raise InvalidRequestError("Send at least one `image` file.", param="image")
    if len(images) > MAX_INPUT_IMAGES:
        raise InvalidRequestError(f"At most {MAX_INPUT_IMAGES} images.", param="image")
    mask = form.get("mask")
    if mask is not None and not isinstance(mask, UploadFile):
        raise InvalidRequestError("`mask` must be a file.", param="mask")
    return body, images, mask


def edit_size(body: ImageEditRequest, spec: ModelSpec, first: InputImage) -> tuple[int, int]:
    """`auto`: the first input's size, snapped to what the model makes."""
    if body.size != "auto":
        return parse_size(body.size, spec)

    def snap(side: int) -> int:
        side = side - side % spec.size_multiple
        return min(spec.max_size, max(spec.min_size, side))

    return snap(first.size[0]), snap(first.size[1])


def screen_inputs(service: ApiService, inputs: list[InputImage]):
    """Input governance before any GPU work: NSFW on every input, and its lineage."""

    async def screen(policy: TenantPolicy) -> dict[str, Any]:
        found = await asyncio.gather(
            *(service.backends.screen_input(i.data, i.mime, policy.nsfw) for i in inputs)
        )
        lineage: list[dict[str, Any]] = []
        for index, result in enumerate(found):
            if result["nsfw"]["decision"] == "blocked":
                raise ContentPolicyViolation(
                    f"Input image {index} was refused by the content policy (nsfw).",
                    param="image",
                )
            relationship = "parentOf" if index == 0 else "componentOf"
            lineage.append(await input_lineage(service, result, index, relationship))
        return {"lineage": lineage, "input_nsfw": [r["nsfw"]["decision"] for r in found]}

    return screen


def with_control_screen(screen, control: ControlPlan, index: int):
    """The inputs' screen, then the control image's (its lineage after the inputs')."""

    async def both(policy: TenantPolicy) -> dict[str, Any]:
        found = await screen(policy)
        controlled = await control.screen(policy, index)
        return {**found, **controlled, "lineage": found["lineage"] + controlled["lineage"]}

    return both


@router.post(
    "/v1/images/edits",
    response_model=ImagesResponse,
    responses={
        200: {"content": {"text/event-stream": {}}, "description": "JSON, or SSE if stream."},
        **responses(400, 401, 403, 404, 413, 429, 500, 503),
    },
)
async def edit_images(request: Request, service: Service) -> Response:
    """Edit one image (image-to-image), or the transparent part of `mask` (inpainting)."""
    body, uploads, mask_upload = await read_form(request)

    async def plan_for(spec: ModelSpec) -> ImagePlan:
        if spec.family != "diffusion":
            raise InvalidRequestError(
                f"Model {spec.name!r} ({spec.family}) cannot edit images; use a diffusion model.",
                param="model",
            )
        inputs = []
        for index, upload in enumerate(uploads):
            data = await upload.read()
            title = upload.filename or f"input-{index}"
            inputs.append(read_input_image(data, upload.content_type, title))
        first = inputs[0]
        mask = read_mask(await mask_upload.read(), first.size) if mask_upload else None
        seed = body.seed if body.seed is not None else secrets.randbelow(2**32)
        width, height = edit_size(body, spec, first)
        params = resolve_params(body, spec, seed, size=(width, height))
        params = dataclasses.replace(
            params,
            image=resize_to(first.pixels, width, height),
            mask=resize_to(mask, width, height, nearest=True) if mask is not None else None,
            strength=FIDELITY_STRENGTH[body.input_fidelity],
        )
        if int(params.num_inference_steps * params.strength) < 1:
            # an edit denoises steps x strength of them (diffusers); none would be a 500
            raise InvalidRequestError(
                f"An edit at strength {params.strength} runs num_inference_steps x strength "
                f"steps: {params.num_inference_steps} is too few.",
                param="num_inference_steps",
            )
        ingredients = tuple(InputIngredient(i.data, i.mime, i.title) for i in inputs)
        screen, credits = screen_inputs(service, inputs), ()
        if body.control is not None:
            control = plan_control(service, body.control, spec, params)
            params, credits = control.params, (control.credit,)
            ingredients += (control.ingredient,)
            screen = with_control_screen(screen, control, len(inputs))
        return ImagePlan(
            "image_edit",
            body,
            spec,
            params,
            seed,
            input_image_tokens=sum(image_token_count(*i.size) for i in inputs),
            ingredients=ingredients,
            audit_params={
                "inputs": len(inputs),
                "masked": mask is not None,
                "input_fidelity": body.input_fidelity,
                "strength": params.strength,
            },
            screen=screen,
            credits=credits,
        )

    return await serve_images(service, request, body.model, plan_for)
