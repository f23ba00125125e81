"""`POST /v1/moderations`: OpenAI-compatible prompt moderation under the caller's policy."""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator

from deployments.api.errors import responses
from deployments.api.service import Service
from deployments.protocol import MAX_PROMPT_CHARS
from governance.moderation import to_openai_result

router = APIRouter(tags=["moderations"])


class ModerationRequest(BaseModel):
    """`POST /v1/moderations` (OpenAI-compatible): text input only."""

    model_config = ConfigDict(extra="forbid")

    input: str | list[str] = Field(..., description="A text or a list of texts.")
    model: str | None = Field(None, description="Accepted for compatibility; one model here.")

    @field_validator("input")
    @classmethod
    def _bounded(cls, value: str | list[str]) -> str | list[str]:
        texts = [value] if isinstance(value, str) else value
        if not texts:
            raise ValueError("must not be empty")
        if len(texts) > 32:
            raise ValueError("at most 32 texts per request")
        if any(len(text) > MAX_PROMPT_CHARS for text in texts):
            raise ValueError(f"each text is at most {MAX_PROMPT_CHARS} characters")
        return value


class ModerationResponse(BaseModel):
    id: str
    model: str
    results: list[dict[str, Any]] = Field(..., description="One OpenAI moderation result a text.")


@router.post(
    "/v1/moderations",
    response_model=ModerationResponse,
    responses=responses(400, 401, 403, 413, 429, 500, 503),
)
async def moderations(
    body: ModerationRequest, request: Request, service: Service
) -> dict[str, Any]:
    principal = service.authenticate(request)
    registry = service.registry
    registry.require(principal, "generate")
    await service.limit_caller(request, principal, "moderation_rate_limit_per_minute")
    texts = [body.input] if isinstance(body.input, str) else list(body.input)
    results = await service.backends.moderate_texts(
        texts, registry.policy(principal.tenant).moderation
    )
    return {
        "id": "modr-" + secrets.token_hex(12),
        "model": body.model or "imprimatur-moderation",
        "results": [to_openai_result(result) for result in results],
    }
