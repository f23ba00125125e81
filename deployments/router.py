"""The router: FastAPI ingress that authenticates, validates and dispatches by `model`.

Route functions stay thin; errors are ImprimaturError subclasses that carry their status, and
one set of handlers turns every failure into the OpenAI error shape without a stack trace.
"""

import asyncio
import base64
import logging
import secrets
import time
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from ray import serve
from ray.serve.exceptions import BackPressureError, DeploymentUnavailableError
from ray.serve.handle import DeploymentHandle
from starlette.exceptions import HTTPException as StarletteHTTPException

from deployments.protocol import ImageGenerationRequest, model_card, resolve_params
from deployments.settings import AppSettings, parse_settings
from deployments.timing import StageTimer
from governance.encoding import encode_image
from governance.errors import (
    ImprimaturError,
    InvalidRequestError,
    ModelNotFoundError,
    NotFoundError,
    OverloadedError,
)
from governance.tenants import TenantRegistry

logger = logging.getLogger("imprimatur.router")

api = FastAPI(
    title="Imprimatur",
    description="Governed text-to-image API (OpenAI Images API compatible).",
    version="0.1.0",
)


async def _resolve(response):
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
    loc = [str(part) for part in first.get("loc", ()) if part != "body"]
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
async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
    if exc.status_code == 404:
        return _error_response(NotFoundError("Unknown route."))
    if exc.status_code == 405:
        error = InvalidRequestError("Method not allowed for this route.", code="method_not_allowed")
        error.status = 405
        return _error_response(error)
    return _error_response(InvalidRequestError(str(exc.detail)))


@api.exception_handler(Exception)
async def _unexpected_error(_: Request, exc: Exception) -> JSONResponse:
    logger.exception("unexpected error")  # the trace goes to the log, never to the client
    return _error_response(ImprimaturError("Internal server error."))


@serve.deployment(name="router", max_ongoing_requests=32)
@serve.ingress(api)
class Router:
    def __init__(self, settings: dict[str, Any], models: dict[str, DeploymentHandle]) -> None:
        self.settings: AppSettings = parse_settings(settings)
        self.models = models
        self.tenants = TenantRegistry(self.settings.tenant_key_entries())
        self._created = int(time.time())

    def _overloaded(self, message: str) -> OverloadedError:
        return OverloadedError(message, headers={"Retry-After": str(self.settings.retry_after_s)})

    async def _call_model(self, name: str, params) -> list:
        response = self.models[name].generate.remote(params)
        try:
            return await asyncio.wait_for(_resolve(response), self.settings.request_timeout_s)
        except BackPressureError:
            raise self._overloaded(f"Model {name!r} is at capacity; retry later.") from None
        except DeploymentUnavailableError:
            raise self._overloaded(f"Model {name!r} is not available; retry later.") from None
        except TimeoutError:
            response.cancel()
            raise self._overloaded(f"Model {name!r} did not answer in time; retry later.") from None

    @api.post("/v1/images/generations")
    async def generate_images(self, body: ImageGenerationRequest, request: Request) -> JSONResponse:
        timer = StageTimer()
        principal = self.tenants.authenticate(request.headers.get("authorization"))
        spec = self.settings.model(body.model)
        if spec is None:
            raise ModelNotFoundError(
                f"The model {body.model!r} does not exist; see GET /v1/models.", param="model"
            )
        seed = body.seed if body.seed is not None else secrets.randbelow(2**32)
        params = resolve_params(body, spec, seed)
        with timer.stage("generate"):
            images = await self._call_model(spec.name, params)
        data = []
        with timer.stage("encode"):
            for pixels in images:
                encoded = encode_image(pixels, body.output_format, body.output_compression)
                data.append({"b64_json": base64.b64encode(encoded).decode("ascii")})
        logger.info(
            "generated tenant=%s model=%s n=%d size=%dx%d",
            principal.tenant,
            spec.name,
            len(data),
            params.width,
            params.height,
        )
        return JSONResponse(
            {
                "created": int(time.time()),
                "data": data,
                "model": spec.name,
                "output_format": body.output_format,
                "size": f"{params.width}x{params.height}",
                "seed": seed,
            },
            headers={"Server-Timing": timer.header()},
        )

    @api.get("/v1/models")
    async def list_models(self, request: Request) -> dict[str, Any]:
        self.tenants.authenticate(request.headers.get("authorization"))
        return {
            "object": "list",
            "data": [model_card(spec, self._created) for spec in self.settings.models],
        }

    @api.get("/v1/models/{model_id}")
    async def get_model(self, model_id: str, request: Request) -> dict[str, Any]:
        self.tenants.authenticate(request.headers.get("authorization"))
        spec = self.settings.model(model_id)
        if spec is None:
            raise ModelNotFoundError(f"The model {model_id!r} does not exist.", param="model")
        return model_card(spec, self._created)

    @api.get("/healthz")
    async def healthz(self) -> dict[str, str]:
        return {"status": "ok"}

    @api.get("/readyz")
    async def readyz(self) -> JSONResponse:
        """200 only when every model deployment answers; otherwise 503 naming the laggards."""

        async def probe(name: str) -> tuple[str, str]:
            try:
                await asyncio.wait_for(
                    _resolve(self.models[name].ready.remote()),
                    self.settings.readiness_timeout_s,
                )
                return name, "ready"
            except TimeoutError:
                return name, "timeout"
            except Exception as exc:  # any failure means not ready; say which kind
                return name, f"unavailable ({type(exc).__name__})"

        results = dict(await asyncio.gather(*(probe(name) for name in self.models)))
        ready = all(state == "ready" for state in results.values())
        return JSONResponse(
            {"status": "ready" if ready else "not_ready", "models": results},
            status_code=200 if ready else 503,
            headers={} if ready else {"Retry-After": str(self.settings.retry_after_s)},
        )
