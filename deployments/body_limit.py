"""ASGI middleware capping request bodies: 413 request_too_large before the app reads them.

Counts bytes as they arrive, so a chunked upload without Content-Length is capped too.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException as StarletteHTTPException

from governance.errors import RequestTooLargeError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]

JSON_BODY_LIMIT = 256 * 1024
# A generation may carry a ControlNet's control image, base64 in its JSON (`extra_body.control`).
GENERATION_BODY_LIMIT = 8 * 1024 * 1024
UPLOAD_BODY_LIMIT = 20 * 1024 * 1024
_UPLOAD_PATHS = ("/v1/provenance/verify", "/v1/c2pa/matches/byContent", "/v1/images/edits")
_GENERATION_PATHS = ("/v1/images/generations",)


class BodyTooLarge(StarletteHTTPException):
    """Raised while the app reads the body. An HTTPException, so FastAPI's body parsing passes
    it through unchanged and the app's handler answers 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=f"Request body exceeds {limit} bytes.")


def limit_for(path: str) -> int:
    if path.endswith(_UPLOAD_PATHS):
        return UPLOAD_BODY_LIMIT
    return GENERATION_BODY_LIMIT if path.endswith(_GENERATION_PATHS) else JSON_BODY_LIMIT


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = limit_for(scope.get("path", ""))
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"").decode("latin-1")
        if declared.isdigit() and int(declared) > limit:
            await _reject(send, limit)
            return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _reject(send, limit)


async def _reject(send, limit: int) -> None:
    error = RequestTooLargeError(f"Request body exceeds {limit} bytes.")
    body = json.dumps(error.to_body()).encode()
    await send(
        {
            "type": "http.response.start",
            "status": error.status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
