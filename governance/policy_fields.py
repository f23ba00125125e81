"""Policy fields that the application settings and tenant policies share, defined once.

The service's defaults (deployments.settings.GovernanceSettings, ModelSpec) and each tenant's
policy (governance.tenants.TenantPolicy) use these types, so a bound or a description changes
in one place. Patterns for stored key hashes and tenant names live here for the same reason.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

HASH_PATTERN = r"^sha256:[0-9a-f]{64}$"
TENANT_NAME_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
ADAPTER_ID_PATTERN = TENANT_NAME_PATTERN[:-1] + r"/[a-z0-9][a-z0-9._-]{0,63}$"  # owner/name
MAX_IMAGES_PER_REQUEST = 16

ImagesPerRequest = Annotated[
    int,
    Field(ge=1, le=MAX_IMAGES_PER_REQUEST, description="Most images one request may ask for."),
]
ImageSide = Annotated[int, Field(ge=64, description="An image side in pixels.")]
KeepPrompts = Annotated[
    bool, Field(description="Keep prompts in audit records; false keeps only their SHA-256.")
]
PromptInManifest = Annotated[
    bool, Field(description="Put the prompt in the public C2PA manifest (off: it is private).")
]
KeyHash = Annotated[
    str, Field(pattern=HASH_PATTERN, description="An API key as `sha256:<64 lowercase hex>`.")
]
TenantName = Annotated[str, Field(pattern=TENANT_NAME_PATTERN, description="Tenant id.")]
AdapterIds = Annotated[
    list[Annotated[str, Field(pattern=ADAPTER_ID_PATTERN)]] | None,
    Field(
        description="Adapter ids (`owner/name`) this tenant may use: its own or shared ones "
        "(another tenant's private adapter never). Unset: every adapter it owns and every "
        "shared one; `[]`: none."
    ),
]
