"""The HTTP API, one module per area, attached to the app in one place (`create_app`).

images       POST /v1/images/generations (JSON, or SSE with stream)
edits        POST /v1/images/edits (multipart; image-to-image, inpainting)
moderations  POST /v1/moderations
provenance   POST /v1/provenance/verify, /v1/c2pa/... (the detection tool, soft bindings)
audit        GET /v1/audit/records[/{id}[/proof]], /v1/audit/verify, /v1/audit/checkpoint[/key],
             /v1/audit/consistency
models       GET /v1/models[/{id}]
health       GET /healthz, /readyz
usage        GET /v1/usage (images and refusals per day and category)
console      /console/ pages (playground, check, audit, usage), GET /v1/whoami
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from deployments.api import (
    audit,
    console,
    edits,
    health,
    images,
    models,
    moderations,
    provenance,
    usage,
)
from deployments.api.errors import install_error_handlers
from deployments.api.service import ApiService
from deployments.body_limit import BodyLimitMiddleware

AREAS = (images, edits, moderations, provenance, audit, usage, models, health, console)


def create_app(service: ApiService) -> FastAPI:
    """The FastAPI app over `service`: every area's routes, the OpenAI error shape, body caps."""
    app = FastAPI(
        title="Imprimatur",
        description="Governed text-to-image API (OpenAI Images API compatible).",
        version="0.1.0",
    )
    app.state.service = service
    app.add_middleware(BodyLimitMiddleware)
    install_error_handlers(app)
    for area in AREAS:
        app.include_router(area.router)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema less its generic 422: invalid input answers 400 in OpenAI's shape
    (deployments.api.errors), and each route documents that itself."""
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        for methods in schema.get("paths", {}).values():
            for operation in methods.values():
                operation.get("responses", {}).pop("422", None)
        schemas = schema.get("components", {}).get("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        app.openapi_schema = schema
    return app.openapi_schema
