"""A request's `control` (ControlNet conditioning): the control image governed like an edit's
input (limits, NSFW screening, its provenance: a C2PA `inputTo` ingredient, and lineage in the
audit record when it carries our watermark), the ControlNet authorised from the adapter
registry, and the edge map made here, on the router's CPU, before any GPU work."""

from __future__ import annotations

import asyncio
import base64
import binascii
import dataclasses
import hashlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from deployments.control import ControlType, prepare
from deployments.protocol import Control, GenerationParams
from deployments.settings import ModelSpec
from governance.edit_inputs import read_input_image
from governance.errors import (
    ContentPolicyViolation,
    ImprimaturError,
    InvalidRequestError,
    NotFoundError,
)
from governance.provenance import InputIngredient
from governance.tenants import TenantPolicy


class ControlRequest(BaseModel):
    """`{"type": "canny", "image": <base64 PNG/JPEG/WebP>, "scale": 0.8}`; the model's config
    names the ControlNet of each type (`controlnets:`)."""

    model_config = ConfigDict(extra="forbid")

    type: ControlType = Field(
        ...,
        description="canny: edges made here; tile: the image itself; depth: a depth map the "
        "client made (no depth model runs here).",
    )
    image: str = Field(..., min_length=1, description="The control image, base64.")
    scale: float = Field(1.0, ge=0, le=2, description="controlnet_conditioning_scale.")

    @model_validator(mode="before")
    @classmethod
    def _json_text(cls, value: Any) -> Any:
        if isinstance(value, str):  # an edit's multipart form field carries JSON text
            try:
                return json.loads(value)
            except json.JSONDecodeError as exc:
                raise ValueError(f"not JSON: {exc.msg}") from None
        return value


async def input_lineage(
    service: Any, screened: dict[str, Any], index: int, relationship: str
) -> dict[str, Any]:
    """One screened input's lineage entry for the audit record: its C2PA state and, when it
    carries our watermark, the record it was made under (None for a record we do not hold)."""
    marked = screened.get("watermark_record_id")
    record = await asyncio.to_thread(service.audit.get, marked) if marked else None
    return {
        "index": index,
        "relationship": relationship,
        "c2pa_state": screened["c2pa"]["state"],
        "c2pa_manifest_id": screened["c2pa"]["manifest_id"],
        "record_id": record.record_id if record is not None else None,
    }


@dataclass
class ControlPlan:
    """What a request's `control` adds: the params the model gets, the audit/manifest credit,
    the control image as a C2PA `inputTo` ingredient, and its screen (NSFW and lineage;
    `index` is the ingredient's position in the manifest)."""

    params: GenerationParams
    credit: dict[str, Any]
    ingredient: InputIngredient
    screen: Callable[[TenantPolicy, int], Awaitable[dict[str, Any]]]


def plan_control(
    service: Any, request: ControlRequest, spec: ModelSpec, params: GenerationParams
) -> ControlPlan:
    """400 naming `control.type` / `control.image`, 404 if the ControlNet is not registered."""
    controlnet_id = spec.controlnets.get(request.type)
    if controlnet_id is None:
        raise InvalidRequestError(
            f"Model {spec.name!r} has no {request.type!r} ControlNet.", param="control.type"
        )
    manifest = service.adapters.get(controlnet_id)
    if manifest is None or manifest.kind != "controlnet":
        raise NotFoundError(
            f"The ControlNet {controlnet_id!r} is not in the registry.", param="control.type"
        )
    if not manifest.fits(spec.name, spec.revision):
        raise InvalidRequestError(
            f"The ControlNet {controlnet_id!r} was trained for {manifest.base_model!r}.",
            param="control.type",
            code="adapter_base_mismatch",
        )
    try:
        data = base64.b64decode(request.image, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidRequestError(
            "control.image is not base64.", param="control.image", code="invalid_image"
        ) from None
    try:
        image = read_input_image(data, None, "control")
    except ImprimaturError as exc:
        exc.param = "control.image"
        raise
    edges = prepare(request.type, image.pixels, params.width, params.height)
    control = Control(request.type, manifest.id, manifest.sha256, request.scale, edges)
    entry = {
        "id": manifest.id,
        "sha256": manifest.sha256,
        "scale": request.scale,
        "kind": "controlnet",
        "type": request.type,
        "image_sha256": hashlib.sha256(data).hexdigest(),
    }

    async def screen(policy: TenantPolicy, index: int) -> dict[str, Any]:
        found = await service.backends.screen_input(image.data, image.mime, policy.nsfw)
        if found["nsfw"]["decision"] == "blocked":
            raise ContentPolicyViolation(
                "The control image was refused by the content policy (nsfw).",
                param="control.image",
            )
        lineage = await input_lineage(service, found, index, "inputTo")
        return {"control_nsfw": found["nsfw"]["decision"], "lineage": [lineage]}

    ingredient = InputIngredient(image.data, image.mime, f"control-{request.type}", "inputTo")
    return ControlPlan(dataclasses.replace(params, control=control), entry, ingredient, screen)
