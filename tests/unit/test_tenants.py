"""API key authentication (minimal tenancy)."""

from __future__ import annotations

import pytest

from governance.errors import AuthenticationError
from governance.tenants import TenantRegistry, hash_api_key


@pytest.fixture
def registry() -> TenantRegistry:
    return TenantRegistry([("acme", hash_api_key("key-a")), ("globex", hash_api_key("key-g"))])


def test_keys_resolve_to_their_tenant(registry):
    assert registry.authenticate("Bearer key-a").tenant == "acme"
    assert registry.authenticate("bearer key-g").tenant == "globex"


@pytest.mark.parametrize("header", [None, "", "Bearer ", "Basic a2V5LWE=", "key-a", "Bearer key-b"])
def test_missing_or_wrong_keys_are_401(registry, header):
    with pytest.raises(AuthenticationError) as info:
        registry.authenticate(header)
    assert info.value.status == 401 and info.value.code == "invalid_api_key"


def test_key_id_is_a_hash_prefix_not_the_key(registry):
    principal = registry.authenticate("Bearer key-a")
    assert "key-a" not in principal.key_id
    assert hash_api_key("key-a")[7:19] == principal.key_id
