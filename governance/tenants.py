"""Tenants, API keys, roles and tenant policies: who is calling and what they may ask for.

The tenants file that declares them is parsed in governance.tenants_file.

Keys are stored only as SHA-256 hashes and every stored hash is compared in constant time,
so neither a lookup's timing nor a leaked tenants file reveals a key. Nothing here logs a key
or a prompt: only the `key_id` (a hash prefix) is safe to log and audit.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from governance.errors import AuthenticationError, InvalidRequestError, PermissionDeniedError
from governance.moderation.floors import FLOOR_THRESHOLDS
from governance.moderation.policy import DEFAULT_LONG_PROMPT_POINT, ModerationPolicy, relax
from governance.nsfw import NsfwPolicy
from governance.policy_fields import (
    HASH_PATTERN,
    AdapterIds,
    ImageSide,
    ImagesPerRequest,
    KeepPrompts,
    PromptInManifest,
)

logger = logging.getLogger(__name__)

Role = Literal["generate", "admin", "auditor"]
ROLES: tuple[Role, ...] = ("generate", "admin", "auditor")
TENANT_ROLES: tuple[Role, ...] = ("generate", "admin")
KEY_PREFIX = "imp_"  # lets secret scanners recognise a leaked key


def hash_api_key(key: str) -> str:
    """`sha256:<hex>`: API keys are long random strings, so one SHA-256 pass suffices."""
    return "sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest()


def key_id_of(key_hash: str) -> str:
    """First 12 hex chars of the hash: identifies a key in logs and audit, reveals nothing."""
    return key_hash[7:19]


def generate_api_key() -> str:
    """A new key: 256 random bits, URL-safe, with a recognisable prefix."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ApiKeySpec(_Strict):
    """One stored key: its hash and role. The key itself is never stored."""

    hash: str = Field(
        ..., pattern=HASH_PATTERN, description="`sha256:<hex>`; `imprimatur keys create` prints it."
    )
    role: Role = Field(
        ...,
        description="`generate` calls the API; `admin` reads its tenant's audit records; "
        "`auditor` (under `auditors:` only) reads every record and verifies the chain.",
    )
    label: str | None = Field(None, description="Free text to recognise the key (owner, purpose).")
    revoked: bool = Field(False, description="A revoked key answers 401; kept for the record.")

    @property
    def key_id(self) -> str:
        return key_id_of(self.hash)


class SchedulingPolicy(_Strict):
    """How a tenant's requests share a model replica with other tenants' (its fair queue)."""

    weight: float = Field(
        1.0,
        gt=0,
        le=1000,
        description="Share of a model replica's time when tenants compete: a tenant of weight "
        "2 gets twice the GPU time of one of weight 1 (weighted fair queuing by tenant).",
    )
    priority: Literal["interactive", "batch"] = Field(
        "interactive",
        description="`interactive` requests are always picked before waiting `batch` ones; "
        "weights share the time within each class.",
    )
    max_in_flight: int | None = Field(
        None,
        ge=1,
        description="Most of this tenant's requests one model replica runs at once; more wait "
        "in its queue. Unset: no cap beyond the batch size.",
    )
    max_queued: int | None = Field(
        None,
        ge=1,
        description="Most of this tenant's requests waiting at one model replica; one more "
        "answers 429 with Retry-After (this tenant only). Unset: no cap.",
    )


class TenantPolicy(_Strict):
    """What one tenant may ask for and how its requests are governed. Recorded in every audit."""

    version: str = Field(
        "1",
        min_length=1,
        description="Recorded in every audit record; unset: inherits `default_policy`, whose "
        "default is the file's `version`.",
    )
    allowed_models: list[str] | None = Field(
        None, description="Model ids this tenant may use; unset: every served model."
    )
    adapters: AdapterIds = None
    max_n: ImagesPerRequest = 4
    max_size: ImageSide = Field(
        1024, description="Largest image side in pixels (the model's own limits apply too)."
    )
    moderation: ModerationPolicy = Field(
        default_factory=ModerationPolicy,
        description="Prompt moderation: thresholds and refused categories. sexual/minors always "
        "refuses and its threshold cannot be raised above the default.",
    )
    moderation_low: ModerationPolicy | None = Field(
        None,
        description="How far a request's `moderation: low` may relax `moderation` (each "
        "threshold the higher of the two, a category refused unless both stop refusing it; "
        "floors stay). Unset: `low` relaxes nothing.",
    )
    nsfw: NsfwPolicy = Field(default_factory=NsfwPolicy, description="Output image NSFW policy.")
    keep_prompts: KeepPrompts = True
    prompt_in_manifest: PromptInManifest = False
    rate_limit_per_minute: int | None = Field(
        None, ge=1, description="Requests per minute for the whole tenant; unset: no limit."
    )
    image_quota_per_day: int | None = Field(
        None, ge=1, description="Images per UTC day for the whole tenant; unset: no quota."
    )
    scheduling: SchedulingPolicy = Field(
        default_factory=SchedulingPolicy,
        description="Fair sharing of the model replicas: weight, priority class, and caps on "
        "requests in flight and queued per replica.",
    )
    prompt_retention_days: int | None = Field(
        None,
        ge=1,
        description="Erase prompt texts from audit records older than this (their SHA-256 "
        "stays, so the log still verifies, and the erasure is itself recorded); unset: kept.",
    )

    @field_validator("moderation", "moderation_low", mode="before")
    @classmethod
    def _floor_cannot_be_lowered(cls, value: Any) -> Any:
        # ModerationPolicy clamps silently (with a log line); in a tenants file an attempt to
        # loosen the floor is a mistake the operator must see.
        if isinstance(value, Mapping):
            for name, floor in FLOOR_THRESHOLDS.items():
                threshold = (value.get("thresholds") or {}).get(name)
                if isinstance(threshold, int | float) and threshold > floor:
                    raise ValueError(
                        f"thresholds[{name!r}] {threshold} is above the floor {floor}: "
                        "no tenant may loosen it"
                    )
        return value

    @model_validator(mode="after")
    def _quota_fits_one_request(self) -> TenantPolicy:
        if self.image_quota_per_day is not None and self.image_quota_per_day < self.max_n:
            raise ValueError(
                "`image_quota_per_day` is below `max_n`: a full request could never be admitted"
            )
        return self

    @property
    def digest(self) -> str:
        """SHA-256 of the effective policy: tells two policies apart even if a version wasn't
        bumped."""
        # Unset later fields are left out, so policies written before they existed keep the
        # digest (and the recorded version label) they had.
        unset = {
            name
            for name in ("prompt_retention_days", "moderation_low", "adapters")
            if getattr(self, name) is None
        }
        if self.scheduling == SchedulingPolicy():
            unset.add("scheduling")
        exclude: dict[str, Any] = dict.fromkeys(unset, True)
        # The long-prompt self-harm reading is left out where it is the one every policy had
        # before the field existed ("classifier"), so such a policy keeps its digest; the
        # default since round 23 ("evidence") reads differently and is part of the digest.
        # The long-prompt point is left out where it is the default, 0.5, which reads every
        # window as all policies did before the field existed (round 24).
        for name in ("moderation", "moderation_low"):
            policy = getattr(self, name)
            if policy is None:
                continue
            fields = {}
            if policy.long_prompt_self_harm == "classifier":
                fields["long_prompt_self_harm"] = True
            if policy.long_prompt_point == DEFAULT_LONG_PROMPT_POINT:
                fields["long_prompt_point"] = True
            if fields:
                exclude[name] = fields
        canonical = json.dumps(_canonical(self.model_dump(exclude=exclude)), sort_keys=True)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    @property
    def version_tag(self) -> str:
        """`<version>@<digest prefix>`: what an audit record should carry."""
        return f"{self.version}@{self.digest[:12]}"

    def moderation_for(self, level: str) -> ModerationPolicy:
        """The prompt moderation policy for a request's `moderation` (`auto` or `low`)."""
        if level == "low":
            return relax(self.moderation, self.moderation_low)
        return self.moderation

    def check(self, model: str, n: int, width: int, height: int) -> None:
        """Raise 403 (model) or 400 (n, size) naming the policy field the request exceeds."""
        if self.allowed_models is not None and model not in self.allowed_models:
            raise PermissionDeniedError(
                f"This tenant's policy allowed_models does not include {model!r}.", param="model"
            )
        if n > self.max_n:
            raise InvalidRequestError(
                f"n is {n}; this tenant's policy max_n is {self.max_n}.",
                param="n",
                code="tenant_policy",
            )
        if max(width, height) > self.max_size:
            raise InvalidRequestError(
                f"size {width}x{height} exceeds this tenant's policy max_size {self.max_size} "
                "(largest side, pixels).",
                param="size",
                code="tenant_policy",
            )


def _canonical(value: Any) -> Any:
    """Sets become sorted lists, so the digest is the same in every process."""
    if isinstance(value, Mapping):
        return {str(key): _canonical(item) for key, item in value.items()}
    if isinstance(value, set | frozenset):
        return sorted(_canonical(item) for item in value)
    if isinstance(value, list | tuple):
        return [_canonical(item) for item in value]
    return value


@dataclass(frozen=True)
class Principal:
    """The authenticated caller. `tenant` is None for global auditors."""

    tenant: str | None
    key_id: str  # first 12 hex chars of the key's hash: safe to log and audit
    role: Role = "generate"


@dataclass(frozen=True)
class _StoredKey:
    tenant: str | None
    digest: bytes
    role: Role
    revoked: bool


class TenantRegistry:
    """Maps API keys (by hash) to principals, and tenants to their policies."""

    def __init__(
        self,
        entries: Iterable[tuple[str | None, str | ApiKeySpec]],
        policies: Mapping[str, TenantPolicy] | None = None,
        default_policy: TenantPolicy | None = None,
    ) -> None:
        """`entries`: (tenant, `sha256:<hex>`) pairs (role `generate`) or (tenant, ApiKeySpec);
        tenant None for auditors. Tenants without a policy get `default_policy`."""
        self._keys: list[_StoredKey] = []
        for tenant, key in entries:
            spec = key if isinstance(key, ApiKeySpec) else ApiKeySpec(hash=key, role="generate")
            if (tenant is None) != (spec.role == "auditor"):
                raise ValueError(f"key {spec.key_id}: only auditor keys have no tenant")
            digest = spec.hash.encode("ascii")
            self._keys.append(_StoredKey(tenant, digest, spec.role, spec.revoked))
        self._policies = dict(policies or {})
        self._default_policy = default_policy or TenantPolicy()

    @property
    def tenants(self) -> set[str]:
        return {key.tenant for key in self._keys if key.tenant is not None} | set(self._policies)

    def authenticate(self, authorization: str | None) -> Principal:
        """Resolve an `Authorization: Bearer <key>` header, or raise 401 invalid_api_key."""
        if not authorization:
            raise AuthenticationError("Missing API key: send it as `Authorization: Bearer <key>`.")
        scheme, _, key = authorization.partition(" ")
        key = key.strip()
        if scheme.lower() != "bearer" or not key:
            raise AuthenticationError("Malformed Authorization header: expected `Bearer <key>`.")
        presented = hash_api_key(key).encode("ascii")
        match: _StoredKey | None = None
        for stored in self._keys:  # no early exit: the time doesn't depend on which key matched
            if hmac.compare_digest(presented, stored.digest) and match is None:
                match = stored
        if match is None:
            raise AuthenticationError("Incorrect API key provided.")
        key_id = key_id_of(presented.decode("ascii"))
        if match.revoked:
            logger.info("revoked API key used: key_id=%s tenant=%s", key_id, match.tenant)
            raise AuthenticationError("This API key has been revoked.")
        return Principal(tenant=match.tenant, key_id=key_id, role=match.role)

    def policy(self, tenant: str) -> TenantPolicy:
        """The tenant's effective policy (the default for tenants without their own)."""
        return self._policies.get(tenant, self._default_policy)

    def require(self, principal: Principal, roles: Role | Iterable[Role]) -> None:
        """Raise 403 permission_denied unless the principal holds one of `roles`."""
        wanted = {roles} if isinstance(roles, str) else set(roles)
        if principal.role not in wanted:
            raise PermissionDeniedError(
                f"This API key has role {principal.role!r}; this needs "
                f"{' or '.join(repr(role) for role in sorted(wanted))}."
            )

    def may_read_records_of(self, principal: Principal, tenant: str | None) -> bool:
        """Auditors read every record; a tenant's admin reads its own tenant's."""
        if principal.role == "auditor":
            return True
        return principal.role == "admin" and tenant is not None and principal.tenant == tenant

    def check_request(
        self,
        principal: Principal,
        policy: TenantPolicy,
        model: str,
        n: int,
        width: int,
        height: int,
    ) -> None:
        """A generation request: needs role `generate` (403) and must fit the policy (400/403)."""
        self.require(principal, "generate")
        policy.check(model, n, width, height)
