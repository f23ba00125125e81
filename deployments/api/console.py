"""The console: web pages for people, served by the service itself under `/console/`.

check     /console/check   the public detection tool (no key)
audit     /console/audit   records, chain status, export (admin or auditor key)
usage     /console/usage   images and refusals per day and category (admin or auditor key)
playground /console/       try a model (generate key)

Plain HTML, CSS and JavaScript modules shipped as package data (deployments/console/): no
build step, no CDN, nothing fetched from elsewhere. Every console answer carries a strict
Content-Security-Policy (no inline script or style, connections to this origin only). Keys are
typed into the page, kept in the tab's sessionStorage and sent as `Authorization`: never in a
URL, so never in an access log. `GET /v1/whoami` tells a page what the typed key may do.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from deployments.api.errors import responses
from deployments.api.service import Service
from governance.errors import NotFoundError

router = APIRouter(tags=["console"])

ASSETS_DIR = Path(__file__).resolve().parent.parent / "console"
PAGES = {"": "index.html", "check": "check.html", "audit": "audit.html", "usage": "usage.html"}
MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}
_ASSET_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*\.(js|css|svg)$")

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    # Small files that change with the package: revalidate, never serve a stale console.
    "Cache-Control": "no-cache",
}


def load_assets(directory: Path = ASSETS_DIR) -> dict[str, tuple[bytes, str]]:
    """Every shipped console file by name, read once: only these names are ever served."""
    assets = {}
    for path in sorted(directory.iterdir()):
        if path.is_file() and path.suffix in MEDIA_TYPES:
            assets[path.name] = (path.read_bytes(), MEDIA_TYPES[path.suffix])
    return assets


_ASSETS = load_assets()


def console_response(name: str) -> Response:
    """A shipped file with the console's security headers; 404 for anything else."""
    found = _ASSETS.get(name)
    if found is None:
        raise NotFoundError(f"No console file {name!r}.")
    body, media_type = found
    return Response(body, media_type=media_type, headers=SECURITY_HEADERS)


@router.get("/console", include_in_schema=False)
async def console_root() -> RedirectResponse:
    # Relative asset URLs in the pages resolve against /console/, so the slash matters.
    return RedirectResponse("console/", status_code=308)


@router.get("/console/", include_in_schema=False)
async def console_playground() -> Response:
    return console_response(PAGES[""])


@router.get("/console/assets/{name}", include_in_schema=False)
async def console_asset(name: str) -> Response:
    if not _ASSET_NAME.match(name):
        raise NotFoundError(f"No console file {name!r}.")
    return console_response(name)


@router.get("/console/{page}", include_in_schema=False)
async def console_page(page: str) -> Response:
    if page not in PAGES or not page:
        raise NotFoundError(f"No console page {page!r}.")
    return console_response(PAGES[page])


class WhoAmI(BaseModel):
    object: str
    tenant: str | None = Field(None, description="The key's tenant; null for an auditor.")
    role: str = Field(..., description="generate, admin or auditor.")
    key_id: str = Field(..., description="Which key (a prefix of its hash), never the key.")


@router.get("/v1/whoami", response_model=WhoAmI, responses=responses(401))
async def whoami(request: Request, service: Service) -> dict[str, Any]:
    """The tenant and role of the calling key: the console shows only what the key may do."""
    principal = service.authenticate(request)
    return {
        "object": "principal",
        "tenant": principal.tenant,
        "role": principal.role,
        "key_id": principal.key_id,
    }
