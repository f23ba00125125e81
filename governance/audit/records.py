"""The audit record and its hash chain: one canonical form, so every store hashes the same bytes."""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    field_serializer,
    field_validator,
    model_validator,
)

GENESIS_HASH = "0" * 64
"""prev_hash of the first record: a chain starts from a known value, so a deleted head shows."""

_HEX16 = r"^[0-9a-f]{16}$"
_HEX64 = r"^[0-9a-f]{64}$"

Outcome = Literal["granted", "refused", "failed"]


def new_record_id() -> str:
    """64 random bits, 16 lowercase hex: the watermark carries it, so it must be unguessable."""
    return secrets.token_hex(8)


def sha256_hex(text: str) -> str:
    """SHA-256 of UTF-8 text: prompts are hashed even when a tenant keeps them out of the log."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def utc_iso(value: datetime) -> str:
    """One fixed text form (UTC, microseconds, +00:00): it hashes stably and sorts as text."""
    if value.tzinfo is None:
        raise ValueError("datetimes in the audit log must be timezone-aware")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _finite_json(value: dict[str, Any] | None) -> dict[str, Any] | None:
    # NaN/Infinity are not JSON: a record holding them could be stored but never re-verified.
    if value is not None:
        json.dumps(value, allow_nan=False)
    return value


class AuditRecord(BaseModel):
    """Who generated what, with which model, under which policy, and what governance decided.

    The chain fields (`seq`, `prev_hash`, `hash`) are None until a store appends the record.
    """

    # protected_namespaces=(): `model_revision` is a field here, not pydantic API.
    model_config = ConfigDict(extra="forbid", frozen=True, protected_namespaces=())

    record_id: str = Field(
        default_factory=new_record_id,
        pattern=_HEX16,
        description="64 random bits, 16 lowercase hex; embedded in the image's watermark.",
    )
    tenant: str = Field(..., min_length=1, description="Tenant that made the request.")
    created: datetime = Field(
        default_factory=lambda: datetime.now(UTC),
        description="When the record was made; timezone-aware, stored as UTC with microseconds.",
    )
    model: str = Field(..., description="Model name as requested (e.g. 'sdxl').")
    model_revision: str | None = Field(None, description="Weights revision that served it.")
    params: dict[str, Any] = Field(
        default_factory=dict,
        description="Generation parameters: size, n index, steps, guidance, seed, output_format.",
    )
    prompt: str | None = Field(
        None, description="The prompt, or None where the tenant keeps it out."
    )
    prompt_sha256: str = Field(
        "", description="SHA-256 of the prompt; always present, computed from `prompt` if omitted."
    )
    negative_prompt: str | None = Field(None, description="The negative prompt, or None.")
    negative_prompt_sha256: str | None = Field(
        None, description="SHA-256 of the negative prompt when there was one."
    )
    moderation: dict[str, Any] | None = Field(
        None, description="Prompt moderation: decision and scores (None if not reached)."
    )
    nsfw: dict[str, Any] | None = Field(
        None, description="Image NSFW check: decision, scores, reason (None if not reached)."
    )
    watermark_id: str | None = Field(
        None, description="Payload embedded by the invisible watermark."
    )
    watermark_reliable: bool | None = Field(
        None, description="Whether the watermark read back after encoding (None if not checked)."
    )
    c2pa_manifest_id: str | None = Field(None, description="Id of the signed C2PA manifest.")
    c2pa_manifest: str | None = Field(
        None,
        description="The signed manifest store (application/c2pa), base64: the soft-binding "
        "resolution API serves it, and the chain makes it tamper-evident.",
    )
    image_sha256: str | None = Field(None, description="SHA-256 of the encoded image bytes.")
    outcome: Outcome = Field(
        ..., description="granted, refused (policy) or failed (a stage broke)."
    )
    reason: str | None = Field(None, description="Refusal category or failed stage.")
    policy_version: str = Field(
        ..., description="Tenant policy version the decision was made under."
    )
    request_id: str = Field(..., min_length=1, description="Groups the n images of one request.")
    seq: int | None = Field(None, ge=1, description="Position in the chain, assigned by the store.")
    prev_hash: str | None = Field(None, pattern=_HEX64, description="Hash of the record before.")
    hash: str | None = Field(
        None, pattern=_HEX64, description="SHA-256 of this record's canonical form."
    )

    @field_validator("created")
    @classmethod
    def _aware_utc(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("created must be timezone-aware (UTC)")
        return value.astimezone(UTC)

    @field_validator("params", "moderation", "nsfw")
    @classmethod
    def _json_safe(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        return _finite_json(value)

    @field_validator("prompt_sha256", "negative_prompt_sha256", "image_sha256")
    @classmethod
    def _hex_digest(cls, value: str | None) -> str | None:
        if value and (len(value) != 64 or any(c not in "0123456789abcdef" for c in value)):
            raise ValueError("must be a lowercase hex SHA-256 digest")
        return value

    @model_validator(mode="after")
    def _prompt_digests(self) -> AuditRecord:
        # Fill the digest from the text, or check that a given one matches it: a record whose
        # hash and text disagree would mislead a reviewer.
        for text_field, digest_field in (
            ("prompt", "prompt_sha256"),
            ("negative_prompt", "negative_prompt_sha256"),
        ):
            text, digest = getattr(self, text_field), getattr(self, digest_field)
            if text is not None:
                actual = sha256_hex(text)
                if digest and digest != actual:
                    raise ValueError(f"{digest_field} does not match {text_field}")
                object.__setattr__(self, digest_field, actual)
        if not self.prompt_sha256:
            raise ValueError("prompt_sha256 is required when prompt is not kept")
        return self

    @field_serializer("created")
    def _ser_created(self, value: datetime) -> str:
        return utc_iso(value)

    def canonical_json(self) -> bytes:
        """The bytes the chain hashes: every field but `hash`, sorted keys, no whitespace."""
        return self._canonical({"hash"})

    def leaf_bytes(self) -> bytes:
        """The bytes the Merkle tree commits to: the canonical form without the prompt texts.

        Their SHA-256 digests stay, so the leaf still pins the exact prompt, yet erasing the
        text (retention) changes no leaf, proof or checkpoint.
        """
        return self._canonical({"hash", "prompt", "negative_prompt"})

    def _canonical(self, exclude: set[str]) -> bytes:
        body = self.model_dump(mode="json", exclude=exclude)
        return json.dumps(
            body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        ).encode("utf-8")

    def compute_hash(self) -> str:
        """SHA-256 over the canonical form (which includes seq and prev_hash)."""
        return hashlib.sha256(self.canonical_json()).hexdigest()

    def chained(self, seq: int, prev_hash: str) -> AuditRecord:
        """This record placed at `seq` after `prev_hash`, with its hash computed."""
        placed = self.model_copy(update={"seq": seq, "prev_hash": prev_hash, "hash": None})
        return placed.model_copy(update={"hash": placed.compute_hash()})

    def same_content(self, other: AuditRecord) -> bool:
        """Equal apart from the chain fields: tells an idempotent retry from an id collision."""
        chain = {"seq", "prev_hash", "hash"}
        return self.model_dump(mode="json", exclude=chain) == other.model_dump(
            mode="json", exclude=chain
        )


class ChainVerification(BaseModel):
    """Result of re-hashing the chain: the first broken link (later breaks follow from it)."""

    model_config = ConfigDict(frozen=True)

    ok: bool
    checked: int = Field(..., description="Records read (up to and including the broken one).")
    first_broken_seq: int | None = None
    first_broken_record_id: str | None = None
    reason: str | None = None
    tree_size: int | None = Field(None, description="Records in the re-grown Merkle tree.")
    root: str | None = Field(None, description="Its root hash, hex, when the log verified.")
