"""The audit API: tenant admins read their own tenant's records, auditors read all and verify.

Another tenant's record answers 404, not 403: its existence is not the caller's business.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, ConfigDict, Field

from deployments.api.errors import responses
from deployments.api.service import Service
from governance.audit import AuditRecord, ChainVerification
from governance.errors import InvalidRequestError, NotFoundError, PermissionDeniedError
from governance.tenants import Principal, TenantRegistry

# Sequence numbers and tree sizes are 64-bit integers in both stores (SQLite INTEGER, bigint):
# a larger one in a query is a bad request, not a crash.
MAX_SEQ = 2**63 - 1

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
    after_seq: int | None = Query(None, ge=0, le=MAX_SEQ),
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


# -- the transparency log -------------------------------------------------------------------


def _text_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a text/plain route: its errors still answer in the JSON error shape."""
    error = {"$ref": "#/components/schemas/ErrorResponse"}
    docs: dict[int | str, dict[str, Any]] = {
        200: {"content": {"text/plain": {"schema": {"type": "string"}}}}
    }
    for status, doc in responses(*statuses).items():
        docs[status] = {
            "description": doc["description"],
            "content": {"application/json": {"schema": error}},
        }
    return docs


class ProofJson(BaseModel):
    record_id: str
    leaf_index: int = Field(..., description="The record's leaf: its seq - 1.")
    tree_size: int
    leaf_hash: str = Field(..., description="SHA-256(0x00 || record.leaf_bytes()), hex.")
    audit_path: list[str] = Field(..., description="RFC 9162 inclusion proof, leaf to root, hex.")
    checkpoint: str = Field(..., description="Signed checkpoint of exactly `tree_size` records.")


class ConsistencyJson(BaseModel):
    first: int
    second: int
    proof: list[str] = Field(..., description="RFC 9162 consistency proof, hex.")


def _tree_size(service_size: int, asked: int | None, param: str) -> int:
    if asked is None:
        return service_size
    if asked > service_size:
        raise InvalidRequestError(
            f"{param}={asked} is beyond the log's {service_size} records.", param=param
        )
    return asked


@router.get(
    "/v1/audit/checkpoint",
    response_class=PlainTextResponse,
    responses=_text_responses(500),
)
async def audit_checkpoint(service: Service) -> PlainTextResponse:
    """The latest signed checkpoint (C2SP tlog-checkpoint in a signed note), public: it covers
    every record committed before the request. Save it; later, check the log extends it."""
    note = await asyncio.to_thread(service.checkpoints().latest)
    return PlainTextResponse(note, headers={"Cache-Control": "no-store"})


@router.get(
    "/v1/audit/checkpoint/key",
    response_class=PlainTextResponse,
    responses=_text_responses(500),
)
async def audit_checkpoint_key(service: Service) -> PlainTextResponse:
    """The log's verifier key (`<name>+<hex key id>+<base64 key>`), public."""
    return PlainTextResponse(service.log_signer().verifier.vkey + "\n")


@router.get(
    "/v1/audit/records/{record_id}/proof",
    response_model=ProofJson,
    responses=responses(400, 401, 403, 404),
)
async def audit_record_proof(
    record_id: str,
    request: Request,
    service: Service,
    tree_size: int | None = Query(None, ge=1, le=MAX_SEQ, description="Default: the tree now."),
) -> dict[str, Any]:
    """Proof that the record is in the tree of `tree_size` records, with that tree's signed
    checkpoint. A tenant's admin for its own records; auditors for all."""
    principal = service.authenticate(request)
    registry = service.registry
    registry.require(principal, READER_ROLES)
    record = readable_record(
        registry, principal, await asyncio.to_thread(service.audit.get, record_id), record_id
    )
    signer = service.log_signer()

    def prove() -> dict[str, Any]:
        size = _tree_size(service.audit.tree_head().size, tree_size, "tree_size")
        if (record.seq or 0) > size:
            raise InvalidRequestError(
                f"Record {record_id} (seq {record.seq}) is not in a tree of {size} records.",
                param="tree_size",
            )
        proof = service.audit.inclusion_proof(record_id, size).to_json()
        proof.pop("root_hash")
        return {**proof, "checkpoint": service.audit.checkpoint(signer, size)}

    return await asyncio.to_thread(prove)


@router.get(
    "/v1/audit/consistency", response_model=ConsistencyJson, responses=responses(400, 401, 403)
)
async def audit_consistency(
    request: Request,
    service: Service,
    first: int = Query(..., ge=0, le=MAX_SEQ),
    second: int | None = Query(None, ge=0, le=MAX_SEQ, description="Default: the tree now."),
) -> dict[str, Any]:
    """Proof that the tree of `second` records extends the tree of `first` (auditors)."""
    principal = service.authenticate(request)
    service.registry.require(principal, "auditor")

    def prove() -> dict[str, Any]:
        size = _tree_size(service.audit.tree_head().size, second, "second")
        if first > size:
            raise InvalidRequestError(f"first={first} is beyond second={size}.", param="first")
        proof = service.audit.consistency_proof(first, size)
        return {"first": first, "second": size, "proof": [h.hex() for h in proof]}

    return await asyncio.to_thread(prove)
