"""The audit API: tenant admins read their own tenant's records, auditors read all and verify.

Another tenant's record answers 404, not 403: its existence is not the caller's business.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from deployments.api.errors import responses
from deployments.api.service import Service
from governance.audit import AuditRecord, ChainVerification
from governance.errors import NotFoundError, PermissionDeniedError
from governance.tenants import Principal, TenantRegistry

router = APIRouter(tags=["audit"])
READER_ROLES = ("admin", "auditor")


class RecordJson(BaseModel):
    """An audit record; its manifest store is served by `c2pa_manifest_url` instead."""

    model_config = ConfigDict(extra="allow")

    record_id: str
    seq: int | None
    tenant: str | None
    outcome: str


class RecordPage(BaseModel):
    object: str
    data: list[RecordJson]
    next_after_seq: int | None = Field(None, description="Pass as `after_seq` for the next page.")


def record_json(record: AuditRecord) -> dict[str, Any]:
    """An audit record for the API: the manifest store is served by its own route instead."""
    data = record.model_dump(mode="json", exclude={"c2pa_manifest"})
    if record.c2pa_manifest_id:
        data["c2pa_manifest_url"] = f"/v1/c2pa/manifests/{record.c2pa_manifest_id}"
    return data


def listing_tenant(principal: Principal, asked: str | None) -> str | None:
    """Whose records a listing may show: an admin only its own tenant's (403 for another);
    an auditor the tenant asked for, or everyone's (None)."""
    if principal.role == "auditor":
        return asked
    if asked not in (None, principal.tenant):
        raise PermissionDeniedError(
            "Tenant admins read only their own tenant's records.", param="tenant"
        )
    return principal.tenant


def readable_record(
    registry: TenantRegistry, principal: Principal, record: AuditRecord | None, record_id: str
) -> AuditRecord:
    """The record if this caller may read it; otherwise 404, as if it did not exist."""
    if record is None or not registry.may_read_records_of(principal, record.tenant):
        raise NotFoundError(f"No audit record {record_id!r}.", param="record_id")
    return record


@router.get("/v1/audit/records", response_model=RecordPage, responses=responses(400, 401, 403))
async def audit_records(
    request: Request,
    service: Service,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = Query(100, ge=1, le=1000),
    after_seq: int | None = Query(None, ge=0),
    tenant: str | None = None,
) -> dict[str, Any]:
    """A tenant admin reads its own tenant's records; the auditor reads everyone's."""
    principal = service.authenticate(request)
    service.registry.require(principal, READER_ROLES)
    records = await asyncio.to_thread(
        service.audit.list,
        tenant=listing_tenant(principal, tenant),
        since=since,
        until=until,
        limit=limit,
        after_seq=after_seq,
    )
    return {
        "object": "list",
        "data": [record_json(record) for record in records],
        "next_after_seq": records[-1].seq if len(records) == limit else None,
    }


@router.get(
    "/v1/audit/records/{record_id}", response_model=RecordJson, responses=responses(401, 403, 404)
)
async def audit_record(record_id: str, request: Request, service: Service) -> dict[str, Any]:
    principal = service.authenticate(request)
    registry = service.registry
    registry.require(principal, READER_ROLES)
    record = await asyncio.to_thread(service.audit.get, record_id)
    return record_json(readable_record(registry, principal, record, record_id))


@router.get("/v1/audit/verify", response_model=ChainVerification, responses=responses(401, 403))
async def audit_verify(request: Request, service: Service) -> Any:
    """Re-hash the whole chain (auditors only): ok, or the first broken link."""
    principal = service.authenticate(request)
    service.registry.require(principal, "auditor")
    result = await asyncio.to_thread(service.audit.verify_chain)
    return result.model_dump(mode="json")
