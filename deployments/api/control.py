"""A generation's `control` (ControlNet conditioning): the control image governed like an
edit's input (limits, NSFW screening), the ControlNet authorised from the adapter registry,
and the edge map made here, on the router's CPU, before any GPU work."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from deployments.control import prepare
from deployments.protocol import Control, GenerationParams
from deployments.settings import ModelSpec
from governance.edit_inputs import read_input_image
from governance.errors import (
    ContentPolicyViolation,
    ImprimaturError,
    InvalidRequestError,
    NotFoundError,
)
from governance.tenants import TenantPolicy


class ControlRequest(BaseModel):
    """`{"type": "canny", "image": <base64 PNG/JPEG/WebP>, "scale": 0.8}`."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["canny"] = Field(..., description="The preprocessing and its ControlNet.")
    image: str = Field(..., min_length=1, description="The control image, base64.")
    scale: float = Field(1.0, ge=0, le=2, description="controlnet_conditioning_scale.")


def plan_control(service: Any, request: ControlRequest, spec: ModelSpec, params: GenerationParams):
    """(params with the control, the audit/manifest entry, a screen for the control image).
    400 naming `control.type` / `control.image`, 404 if the ControlNet is not registered."""
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

    async def screen(policy: TenantPolicy) -> dict[str, Any]:
        found = await service.backends.screen_input(image.data, image.mime, policy.nsfw)
        if found["nsfw"]["decision"] == "blocked":
            raise ContentPolicyViolation(
                "The control image was refused by the content policy (nsfw).",
                param="control.image",
            )
        return {"control_nsfw": found["nsfw"]["decision"]}

    return dataclasses.replace(params, control=control), entry, screen
