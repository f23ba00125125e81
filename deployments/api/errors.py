"""One error shape for every route: OpenAI's `{"error": {"message", "type", "param", "code"}}`.

Errors are ImprimaturError subclasses that carry their status, so one set of handlers maps them
without if-chains, and nothing a client sees carries a stack trace. A 5xx answer never carries
the error's own text either (a driver's message, SQL, a path): the client gets the class's
generic message and a request id (also in `X-Request-Id`); the log has the details under it.
`responses(...)` documents the same shape on each route, so the OpenAPI schema states the real
contract.
"""

from __future__ import annotations

import logging
import secrets
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from governance.errors import (
    GovernanceFailure,
    ImprimaturError,
    InvalidRequestError,
    NotFoundError,
    OverloadedError,
    RequestTooLargeError,
)

logger = logging.getLogger("imprimatur.router")


class ErrorDetail(BaseModel):
    message: str = Field(..., description="What went wrong, for a person.")
    type: str = Field(..., description="OpenAI error type, e.g. `invalid_request_error`.")
    param: str | None = Field(None, description="The request field at fault, if any.")
    code: str | None = Field(None, description="Machine-readable code, e.g. `invalid_api_key`.")


class ErrorResponse(BaseModel):
    """The body of every error answer."""

    error: ErrorDetail


_DESCRIPTIONS = {
    400: "Invalid request, or refused by the content policy (`content_policy_violation`).",
    401: "Missing or wrong API key (`invalid_api_key`).",
    403: "The key's role or the tenant's policy does not allow this.",
    404: "No such model, record or route.",
    413: "Request body too large (`request_too_large`).",
    429: "Rate limit or daily quota reached; see `Retry-After`.",
    500: "Governance or server failure: no image was released.",
    503: "Overloaded or unavailable; see `Retry-After`.",
}


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` for a route: each status with the OpenAI error body."""
    return {
        status: {"model": ErrorResponse, "description": _DESCRIPTIONS[status]}
        for status in statuses
    }


def outcome_of(error: ImprimaturError) -> str:
    """Metrics outcome: refused (policy, limits), rejected (bad request), failed (our side)."""
    if error.code == "content_policy_violation" or error.status in (403, 429):
        return "refused"
    if error.status < 500:
        return "rejected"
    return "failed"


def error_response(error: ImprimaturError) -> JSONResponse:
    return JSONResponse(error.to_body(), status_code=error.status, headers=error.headers)


def request_id_of(request: Request) -> str:
    """This request's id: set once, shared by the audit record, the log and the error answer."""
    request_id = getattr(request.state, "request_id", None)
    if request_id is None:
        request_id = request.state.request_id = "req_" + secrets.token_hex(8)
    return request_id


def public_server_error(error: ImprimaturError, request_id: str) -> ImprimaturError:
    """What a client may see of a 5xx: the class's own words, never the error's text."""
    if isinstance(error, OverloadedError):
        return error  # written by us for the client (which model, when to retry)
    if isinstance(error, GovernanceFailure):
        message = f"The {error.stage} stage failed; nothing was released."
    elif error.code == "generation_failed":
        message = "Image generation failed."
    else:
        message = "Internal server error."
    public = ImprimaturError(
        f"{message} Request id: {request_id}.", code=error.code, headers=error.headers
    )
    public.status, public.type = error.status, error.type
    return public


def server_error_response(request: Request, error: ImprimaturError) -> JSONResponse:
    request_id = request_id_of(request)
    logger.error(
        "request %s answered %d: %s: %s",
        request_id,
        error.status,
        type(error).__name__,
        error,
        exc_info=error if error.__cause__ is not None else None,
    )
    response = error_response(public_server_error(error, request_id))
    response.headers["X-Request-Id"] = request_id
    return response


async def imprimatur_error(request: Request, exc: ImprimaturError) -> JSONResponse:
    if exc.status >= 500:
        return server_error_response(request, exc)
    return error_response(exc)


async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
    errors = exc.errors()
    first = errors[0] if errors else {"loc": (), "msg": "invalid request", "type": ""}
    if first.get("type") == "json_invalid":
        return error_response(
            InvalidRequestError("The request body is not valid JSON.", code="invalid_json")
        )
    loc = [str(part) for part in first.get("loc", ()) if part not in ("body", "query", "path")]
    param = ".".join(loc) or None
    if first.get("type") == "extra_forbidden":
        message = f"Unrecognized request argument supplied: {param}"
        code = "unknown_parameter"
    elif first.get("type") == "missing" and param is None:  # no body at all
        message = "The request body is missing: send a JSON object with the parameters."
        code = "missing_required_parameter"
    elif first.get("type") == "missing":
        message = f"Missing required parameter: {param}"
        code = "missing_required_parameter"
    else:
        message = f"Invalid value for {param}: {first.get('msg')}" if param else first["msg"]
        code = "invalid_value"
    return error_response(InvalidRequestError(message, param=param, code=code))


async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
    if exc.status_code == 404:
        return error_response(NotFoundError("Unknown route."))
    if exc.status_code == 413:
        return error_response(RequestTooLargeError(str(exc.detail)))
    if exc.status_code == 405:
        error = InvalidRequestError("Method not allowed for this route.", code="method_not_allowed")
        error.status = 405
        return error_response(error)
    return error_response(InvalidRequestError(str(exc.detail)))


async def unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    request_id = request_id_of(request)
    # the trace goes to the log, never to the client
    logger.error("request %s: unexpected error", request_id, exc_info=exc)
    response = error_response(ImprimaturError(f"Internal server error. Request id: {request_id}."))
    response.headers["X-Request-Id"] = request_id
    return response


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ImprimaturError, imprimatur_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected_error)
