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


SCALED_TO_ZERO = "scaled_to_zero"


class Probe(BaseModel):
    state: str = Field(
        ...,
        description="`ready`; `scaled_to_zero` (healthy at zero replicas: not called, serves "
        "after a cold start); `timeout`; `unavailable (Error)`.",
    )
    called: bool = Field(..., description="Whether /readyz called it (a model at zero is not).")
    replicas: int | None = Field(None, description="Running replicas, when Serve says.")
    revision: str | None = Field(None, description="The weights revision the replica loaded.")


class Readiness(BaseModel):
    status: str = Field(..., description="`ready` or `not_ready`.")
    serve_status: str = Field(
        ...,
        description="`known`, or `unknown` when Serve's status could not be read (then "
        "every model is called).",
    )
    models: dict[str, Probe] = Field(..., description="Each model deployment's state.")
    scaled_to_zero: list[str] = Field(..., description="Models at zero replicas, not called.")
    governance: Probe
    audit: Probe


async def _probe(service: ApiService, name: str) -> dict[str, Any]:
    try:
        answer = await asyncio.wait_for(
            service.backends.ready(name), service.settings.readiness_timeout_s
        )
    except TimeoutError:
        return {"state": "timeout", "called": True}
    except Exception as exc:  # any failure means not ready; say which kind
        return {"state": f"unavailable ({type(exc).__name__})", "called": True}
    revision = answer.get("revision") if isinstance(answer, dict) else None
    return {"state": READY, "called": True, "revision": revision}


async def _probe_audit(service: ApiService) -> dict[str, Any]:
    try:
        await asyncio.to_thread(service.audit.ping)
        return {"state": READY, "called": True}
    except Exception as exc:
        return {"state": f"unavailable ({type(exc).__name__})", "called": True}


async def _probe_model(
    service: ApiService, name: str, serve_states: dict[str, tuple[str, int]] | None
) -> dict[str, Any]:
    status, replicas = (serve_states or {}).get(name, (None, None))
    if status == "HEALTHY" and replicas == 0:
        # healthy at zero replicas: calling it would wake a GPU deployment for a probe
        return {"state": SCALED_TO_ZERO, "called": False, "replicas": 0, "revision": None}
    return {**await _probe(service, name), "replicas": replicas}


async def readiness(service: ApiService) -> tuple[bool, dict[str, Any]]:
    """(ready, body): ready when every model can serve or is scaled to zero by its autoscaling
    config, governance answers and the audit store is reachable. Says which models are at zero
    and which components it called."""
    serve_states = await asyncio.to_thread(service.backends.model_replicas)
    names = [spec.name for spec in service.settings.models]
    probes = await asyncio.gather(*(_probe_model(service, n, serve_states) for n in names))
    governance, audit = await asyncio.gather(_probe(service, "governance"), _probe_audit(service))
    governance.pop("revision", None)
    models = dict(zip(names, probes, strict=True))
    ready = all(p["state"] in (READY, SCALED_TO_ZERO) for p in probes) and all(
        p["state"] == READY for p in (governance, audit)
    )
    body = {
        "status": READY if ready else "not_ready",
        "serve_status": "unknown" if serve_states is None else "known",
        "models": models,
        "scaled_to_zero": [n for n, p in models.items() if p["state"] == SCALED_TO_ZERO],
        "governance": governance,
        "audit": audit,
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
