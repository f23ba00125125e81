"""`GET /v1/models`: the models this key's tenant may use, with the sizes each can make."""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict

from deployments.api.errors import responses
from deployments.api.service import ApiService, Service
from deployments.settings import ModelSpec
from governance.errors import ModelNotFoundError

router = APIRouter(tags=["models"])


class ModelCard(BaseModel):
    """OpenAI's model object plus `family`, `architecture`, `source`, `revision` and the sizes
    it makes (Emu3 also maps each aspect ratio to its size)."""

    model_config = ConfigDict(extra="allow")

    id: str
    object: str
    created: int
    owned_by: str
    family: str


class ModelList(BaseModel):
    object: str
    data: list[ModelCard]


def model_card(spec: ModelSpec, created: int | None = None) -> dict[str, Any]:
    """One entry of GET /v1/models: OpenAI's fields plus family, architecture and sizes."""
    card: dict[str, Any] = {
        "id": spec.name,
        "object": "model",
        "created": created or int(time.time()),
        "owned_by": "imprimatur",
        "family": spec.family,
        "architecture": spec.architecture,
        "source": spec.source,
        "revision": spec.revision,
        "default_size": "{}x{}".format(*spec.auto_size()),
        "max_n": spec.max_n,
    }
    if spec.architecture == "emu3":
        card["sizes"] = [f"{w}x{h}" for w, h in spec.sizes_by_ratio().values()]
        card["aspect_ratios"] = {r: f"{w}x{h}" for r, (w, h) in spec.sizes_by_ratio().items()}
    elif spec.family == "autoregressive":
        card["sizes"] = [f"{spec.native_size}x{spec.native_size}"]
    else:
        card["sizes"] = {
            "min": spec.min_size,
            "max": spec.max_size,
            "multiple_of": spec.size_multiple,
        }
        card["max_steps"] = spec.max_steps
    return card


def visible_models(service: ApiService, tenant: str | None) -> list[ModelSpec]:
    """A tenant sees the models its policy allows; auditors (no tenant) see every model."""
    allowed = None if tenant is None else service.registry.policy(tenant).allowed_models
    return [spec for spec in service.settings.models if allowed is None or spec.name in allowed]


@router.get("/v1/models", response_model=ModelList, responses=responses(401))
async def list_models(request: Request, service: Service) -> dict:
    principal = service.authenticate(request)
    return {
        "object": "list",
        "data": [
            model_card(spec, service.created) for spec in visible_models(service, principal.tenant)
        ],
    }


@router.get("/v1/models/{model_id}", response_model=ModelCard, responses=responses(401, 404))
async def get_model(model_id: str, request: Request, service: Service) -> dict[str, Any]:
    service.authenticate(request)
    spec = service.settings.model(model_id)
    if spec is None:
        raise ModelNotFoundError(f"The model {model_id!r} does not exist.", param="model")
    return model_card(spec, service.created)
