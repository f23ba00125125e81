"""The detection tool and C2PA soft-binding resolution: where did this image come from?

`POST /v1/provenance/verify` is public (SB 942 asks for a free detection tool): anyone learns
what the image's credentials and watermark say; the tenant's own keys also see its private
audit fields. The `/v1/c2pa/...` routes resolve a watermark or manifest id to our manifest store.
"""

from __future__ import annotations

import asyncio
import base64
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from deployments.api.errors import responses
from deployments.api.service import ApiService, Service
from governance.detection import describe_record, sniff_mime
from governance.errors import InvalidRequestError, NotFoundError
from governance.provenance import SOFT_BINDING_ALG
from governance.tenants import Principal, TenantRegistry

router = APIRouter(tags=["provenance"])

_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "image/png": {"schema": {"type": "string", "format": "binary"}},
            "image/jpeg": {"schema": {"type": "string", "format": "binary"}},
            "image/webp": {"schema": {"type": "string", "format": "binary"}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                    "required": ["file"],
                }
            },
        },
    }
}


class ProvenanceAnswer(BaseModel):
    c2pa: dict[str, Any] = Field(..., description="The C2PA manifest's validation and content.")
    watermark: dict[str, Any] = Field(..., description="The invisible watermark's record id.")
    record: dict[str, Any] | None = Field(
        None, description="Our record of the image, when it is ours and was released."
    )


class Matches(BaseModel):
    matches: list[dict[str, Any]]


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


def may_see_private(
    registry: TenantRegistry, principal: Principal | None, record_tenant: str
) -> bool:
    """Anonymous callers see the public fields only; a tenant's keys and auditors see more."""
    if principal is None:
        return False
    if principal.role == "generate":
        return principal.tenant == record_tenant
    return registry.may_read_records_of(principal, record_tenant)


async def _inspect_upload(service: ApiService, request: Request) -> dict[str, Any]:
    data, declared = await read_image_upload(request)
    return await service.backends.inspect(data, sniff_mime(data, declared))


@router.post(
    "/v1/provenance/verify",
    response_model=ProvenanceAnswer,
    responses=responses(400, 401, 413, 500, 503),
    openapi_extra=_UPLOAD_BODY,
)
async def verify_provenance(request: Request, service: Service) -> dict[str, Any]:
    """Public detection tool: no key needed; a tenant's key also shows its private fields."""
    principal = None
    if request.headers.get("authorization"):
        principal = service.authenticate(request)  # a wrong key is 401, not "public"
    registry = service.registry
    found = await _inspect_upload(service, request)
    record_id = found["watermark"]["record_id"] or found["manifest_record_id"]
    record = await asyncio.to_thread(service.audit.get, record_id) if record_id else None
    answer: dict[str, Any] = {"c2pa": found["c2pa"], "watermark": found["watermark"]}
    if record is not None and record.outcome == "granted":
        answer["record"] = describe_record(
            record,
            service.settings.governance.provider,
            may_see_private(registry, principal, record.tenant),
        )
        # An edit: the records of the inputs that carried our watermark (ids only: each
        # input's own facts are for its own tenant to read).
        lineage = (record.params or {}).get("lineage") or []
        answer["record"]["derived_from"] = [
            {"record_id": item.get("record_id"), "relationship": item.get("relationship")}
            for item in lineage
            if item.get("record_id")
        ]
    else:
        answer["record"] = None
    return answer


@router.get(
    "/v1/c2pa/manifests/{manifest_id:path}",
    response_class=Response,
    responses={
        200: {"content": {"application/c2pa": {}}, "description": "The manifest store."},
        **responses(404),
    },
)
async def c2pa_manifest(manifest_id: str, service: Service) -> Response:
    """C2PA soft-binding resolution: the manifest store of one of our images."""
    record = await asyncio.to_thread(service.audit.get_by_manifest_id, manifest_id)
    if record is None or not record.c2pa_manifest:
        raise NotFoundError(f"No manifest {manifest_id!r}.", param="manifest_id")
    return Response(base64.b64decode(record.c2pa_manifest), media_type="application/c2pa")


@router.post(
    "/v1/c2pa/matches/byContent",
    response_model=Matches,
    responses=responses(400, 413, 500, 503),
    openapi_extra=_UPLOAD_BODY,
)
async def c2pa_matches_by_content(request: Request, service: Service) -> dict[str, Any]:
    """C2PA soft-binding resolution: manifests whose watermark this image carries."""
    found = await _inspect_upload(service, request)
    return await _matches(service, found["watermark"]["record_id"])


@router.get("/v1/c2pa/matches/byBinding", response_model=Matches, responses=responses(400))
async def c2pa_matches_by_binding(alg: str, value: str, service: Service) -> dict[str, Any]:
    if alg != SOFT_BINDING_ALG:
        raise InvalidRequestError(f"Unknown soft-binding algorithm {alg!r}.", param="alg")
    return await _matches(service, value)


async def _matches(service: ApiService, record_id: str | None) -> dict[str, Any]:
    record = await asyncio.to_thread(service.audit.get, record_id) if record_id else None
    if record is None or not record.c2pa_manifest_id:
        return {"matches": []}
    return {"matches": [{"manifestId": record.c2pa_manifest_id, "similarityScore": 100}]}
