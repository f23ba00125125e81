"""`/healthz` (the router is up) and `/readyz` (every model, governance and the audit answer)."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from deployments.api.service import ApiService, Service

router = APIRouter(tags=["health"])
READY = "ready"


class Readiness(BaseModel):
    status: str = Field(..., description="`ready` or `not_ready`.")
    models: dict[str, str] = Field(..., description="Each model deployment's state.")
    governance: str
    audit: str
    tenants: str = Field(
        ...,
        description="`ready`, or `stale: ...` while a changed tenants file is rejected and the "
        "last good one serves (its revocations are not in force; still ready, and alerted).",
    )


async def _probe(service: ApiService, name: str, scaled_to_zero: set[str]) -> str:
    if name in scaled_to_zero:
        return READY  # healthy at zero replicas: calling it would wake a GPU deployment
    try:
        await asyncio.wait_for(service.backends.ready(name), service.settings.readiness_timeout_s)
        return READY
    except TimeoutError:
        return "timeout"
    except Exception as exc:  # any failure means not ready; say which kind
        return f"unavailable ({type(exc).__name__})"


async def _probe_audit(service: ApiService) -> str:
    try:
        await asyncio.to_thread(service.audit.ping)
        return READY
    except Exception as exc:
        return f"unavailable ({type(exc).__name__})"


async def readiness(service: ApiService) -> tuple[bool, dict[str, Any]]:
    """(ready, body): ready only when every model deployment can serve, governance answers
    and the audit store is reachable. A model scaled to zero by its autoscaling config
    (healthy, no replicas) counts as ready without being called."""
    scaled_to_zero = await asyncio.to_thread(service.backends.scaled_to_zero)
    names = [spec.name for spec in service.settings.models]
    states = await asyncio.gather(*(_probe(service, name, scaled_to_zero) for name in names))
    governance, audit = await asyncio.gather(
        _probe(service, "governance", set()), _probe_audit(service)
    )
    models = dict(zip(names, states, strict=True))
    ready = all(state == READY for state in [*states, governance, audit])
    stale = service.tenants.stale
    body = {
        "status": READY if ready else "not_ready",
        "models": models,
        "governance": governance,
        "audit": audit,
        "tenants": f"stale: the changed file was rejected ({stale}); the last good one serves"
        if stale
        else READY,
    }
    return ready, body


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    response_model=Readiness,
    responses={503: {"model": Readiness, "description": "Not ready; see `Retry-After`."}},
)
async def readyz(service: Service) -> JSONResponse:
    """200 only when everything can serve; otherwise 503 naming the laggards."""
    ready, body = await readiness(service)
    return JSONResponse(
        body,
        status_code=200 if ready else 503,
        headers={} if ready else {"Retry-After": str(service.settings.retry_after_s)},
    )
