"""Tenants and API keys: who is calling.

Keys are stored only as SHA-256 hashes and every stored hash is compared in constant time,
so neither a lookup's timing nor a leaked config reveals a key.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass

from governance.errors import AuthenticationError


def hash_api_key(key: str) -> str:
    """`sha256:<hex>`: API keys are long random strings, so one SHA-256 pass suffices."""
    return "sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Principal:
    """The authenticated caller."""

    tenant: str
    key_id: str  # first 12 hex chars of the key's hash: safe to log and audit


class TenantRegistry:
    """Maps API keys (by hash) to tenants."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        """`entries`: (tenant, key hash as `sha256:<hex>`) pairs."""
        self._entries = [(tenant, key_hash.encode("ascii")) for tenant, key_hash in entries]

    @property
    def tenants(self) -> set[str]:
        return {tenant for tenant, _ in self._entries}

    def authenticate(self, authorization: str | None) -> Principal:
        """Resolve an `Authorization: Bearer <key>` header, or raise 401 invalid_api_key."""
        if not authorization:
            raise AuthenticationError("Missing API key: send it as `Authorization: Bearer <key>`.")
        scheme, _, key = authorization.partition(" ")
        key = key.strip()
        if scheme.lower() != "bearer" or not key:
            raise AuthenticationError("Malformed Authorization header: expected `Bearer <key>`.")
        presented = hash_api_key(key).encode("ascii")
        match: str | None = None
        for tenant, stored in self._entries:  # no early exit: the time doesn't depend on which
            if hmac.compare_digest(presented, stored) and match is None:
                match = tenant
        if match is None:
            raise AuthenticationError("Incorrect API key provided.")
        return Principal(tenant=match, key_id=presented.decode()[7:19])
