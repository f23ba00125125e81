"""The FastAPI app object and its error handlers: every failure in the OpenAI error shape.

Errors are ImprimaturError subclasses that carry their status, so one set of handlers maps them
without if-chains, and nothing a client sees carries a stack trace.
"""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from deployments.body_limit import BodyLimitMiddleware
from governance.errors import (
    ImprimaturError,
    InvalidRequestError,
    NotFoundError,
    RequestTooLargeError,
)

logger = logging.getLogger("imprimatur.router")

api = FastAPI(
    title="Imprimatur",
    description="Governed text-to-image API (OpenAI Images API compatible).",
    version="0.1.0",
)
api.add_middleware(BodyLimitMiddleware)


def outcome_of(error: ImprimaturError) -> str:
    """Metrics outcome: refused (policy, limits), rejected (bad request), failed (our side)."""
    if error.code == "content_policy_violation" or error.status in (403, 429):
        return "refused"
    if error.status < 500:
        return "rejected"
    return "failed"


def record_json(record) -> dict[str, Any]:
    """An audit record for the API: the manifest store is served by its own route instead."""
    data = record.model_dump(mode="json", exclude={"c2pa_manifest"})
    if record.c2pa_manifest_id:
        data["c2pa_manifest_url"] = f"/v1/c2pa/manifests/{record.c2pa_manifest_id}"
    return data


async def resolve_response(response):
    """Await a DeploymentResponse inside a coroutine, so asyncio.wait_for can bound it."""
    return await response


def _error_response(error: ImprimaturError) -> JSONResponse:
    return JSONResponse(error.to_body(), status_code=error.status, headers=error.headers)


@api.exception_handler(ImprimaturError)
async def _imprimatur_error(_: Request, exc: ImprimaturError) -> JSONResponse:
    return _error_response(exc)


@api.exception_handler(RequestValidationError)
async def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
    errors = exc.errors()
    first = errors[0] if errors else {"loc": (), "msg": "invalid request", "type": ""}
    if first.get("type") == "json_invalid":
        return _error_response(
            InvalidRequestError("The request body is not valid JSON.", code="invalid_json")
        )
    loc = [str(part) for part in first.get("loc", ()) if part not in ("body", "query", "path")]
    param = ".".join(loc) or None
    if first.get("type") == "extra_forbidden":
        message = f"Unrecognized request argument supplied: {param}"
        code = "unknown_parameter"
    elif first.get("type") == "missing":
        message = f"Missing required parameter: {param}"
        code = "missing_required_parameter"
    else:
        message = f"Invalid value for {param}: {first.get('msg')}" if param else first["msg"]
        code = "invalid_value"
    return _error_response(InvalidRequestError(message, param=param, code=code))


@api.exception_handler(StarletteHTTPException)
async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
    if exc.status_code == 404:
        return _error_response(NotFoundError("Unknown route."))
    if exc.status_code == 413:
        return _error_response(RequestTooLargeError(str(exc.detail)))
    if exc.status_code == 405:
        error = InvalidRequestError("Method not allowed for this route.", code="method_not_allowed")
        error.status = 405
        return _error_response(error)
    return _error_response(InvalidRequestError(str(exc.detail)))


@api.exception_handler(Exception)
async def _unexpected_error(_: Request, exc: Exception) -> JSONResponse:
    logger.exception("unexpected error")  # the trace goes to the log, never to the client
    return _error_response(ImprimaturError("Internal server error."))
