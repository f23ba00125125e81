"""`GET /v1/usage`: images and refusals per day and per category, for tenant admins and auditors.

Counted from the audit log (governance.audit.usage), bounded in days and records scanned.
"""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from deployments.api.audit import READER_ROLES, listing_tenant
from deployments.api.errors import responses
from deployments.api.service import Service
from governance.audit.usage import MAX_USAGE_DAYS, usage

router = APIRouter(tags=["audit"])


class UsageDay(BaseModel):
    date: str = Field(..., description="UTC day, YYYY-MM-DD.")
    images: int = Field(..., description="Images released (granted records).")
    refused: int = Field(..., description="Refusals: content policy, NSFW, withheld.")
    failed: int = Field(..., description="Requests that failed at a governance stage.")


class Usage(BaseModel):
    object: str
    tenant: str | None = Field(None, description="The tenant counted; null: every tenant.")
    since: str
    until: str
    days: list[UsageDay]
    refusals_by_category: dict[str, int]
    failures_by_stage: dict[str, int]
    images_by_model: dict[str, int]
    records_scanned: int
    truncated: bool = Field(..., description="The scan stopped at its bound: counts are partial.")


@router.get("/v1/usage", response_model=Usage, responses=responses(400, 401, 403))
async def usage_summary(
    request: Request,
    service: Service,
    days: int = Query(30, ge=1, le=MAX_USAGE_DAYS),
    tenant: str | None = None,
) -> dict[str, Any]:
    """A tenant admin sees its own tenant's usage; an auditor everyone's, or one tenant's."""
    principal = service.authenticate(request)
    service.registry.require(principal, READER_ROLES)
    scope = listing_tenant(principal, tenant)
    return await asyncio.to_thread(usage, service.audit, days=days, tenant=scope)
