"""Request bodies over the limit get 413 request_too_large, with or without Content-Length."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from deployments.api.errors import http_error
from deployments.body_limit import GENERATION_BODY_LIMIT, JSON_BODY_LIMIT, BodyLimitMiddleware


class Body(BaseModel):
    prompt: str


def make_client() -> TestClient:
    app = FastAPI()
    app.add_middleware(BodyLimitMiddleware)
    app.add_exception_handler(HTTPException, http_error)

    @app.post("/v1/images/generations")
    async def generate(body: Body) -> dict:
        return {"length": len(body.prompt)}

    @app.post("/v1/moderations")
    async def moderate(body: Body) -> dict:
        return {"length": len(body.prompt)}

    @app.post("/v1/provenance/verify")
    async def verify(request: Request) -> dict:
        return {"bytes": len(await request.body())}

    return TestClient(app)


def test_small_bodies_pass():
    client = make_client()
    assert client.post("/v1/images/generations", json={"prompt": "a fox"}).json() == {"length": 5}


def test_declared_oversize_json_is_413():
    client = make_client()
    response = client.post(
        "/v1/images/generations", json={"prompt": "x" * (GENERATION_BODY_LIMIT + 10)}
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "request_too_large"


def test_chunked_oversize_body_is_413():
    client = make_client()

    def chunks():
        for _ in range(40):
            yield b"x" * 10_000

    response = client.post(
        "/v1/moderations", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "request_too_large"


def test_uploads_have_a_larger_limit():
    client = make_client()
    payload = b"\\x89PNG" + b"0" * (JSON_BODY_LIMIT * 2)
    assert client.post("/v1/provenance/verify", content=payload).json()["bytes"] == len(payload)


def test_a_generation_may_carry_a_control_image_but_other_json_may_not():
    client = make_client()
    body = {"prompt": "x" * (JSON_BODY_LIMIT * 4)}  # 1 MiB: a control image's size, base64
    assert client.post("/v1/images/generations", json=body).status_code == 200
    assert client.post("/v1/moderations", json=body).status_code == 413
