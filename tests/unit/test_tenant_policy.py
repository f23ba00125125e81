"""Tenant policies: inheritance from the default, the moderation floor, and request checks."""

from __future__ import annotations

import subprocess
import sys

import pytest

from governance.errors import InvalidRequestError, PermissionDeniedError
from governance.moderation.categories import ALWAYS_REFUSED, CATEGORIES, DEFAULT_THRESHOLDS
from governance.tenants import TenantPolicy, TenantRegistry, hash_api_key
from governance.tenants_file import TenantsFileError, parse_tenants, registry_from


def _data(**acme_policy) -> dict:
    return {
        "version": "2025-01-15",
        "default_policy": {
            "max_n": 4,
            "max_size": 1024,
            "moderation": {"thresholds": {"violence/graphic": 0.4}},
            "rate_limit_per_minute": 60,
        },
        "tenants": [
            {
                "name": "acme",
                "keys": [
                    {"hash": hash_api_key("acme-gen"), "role": "generate"},
                    {"hash": hash_api_key("acme-admin"), "role": "admin"},
                ],
                "policy": acme_policy,
            },
            {"name": "globex", "keys": [{"hash": hash_api_key("globex"), "role": "generate"}]},
        ],
        "auditors": [{"hash": hash_api_key("auditor"), "role": "auditor"}],
    }


def _registry(**acme_policy) -> TenantRegistry:
    return registry_from(parse_tenants(_data(**acme_policy)))


def test_tenants_inherit_and_override_the_default():
    registry = _registry(max_n=2, moderation={"thresholds": {"harassment": 0.3}})
    acme, globex = registry.policy("acme"), registry.policy("globex")
    assert (acme.max_n, acme.max_size, acme.rate_limit_per_minute) == (2, 1024, 60)
    # mappings merge key by key: the default's violence threshold stays, harassment is added
    assert acme.moderation.thresholds["violence/graphic"] == 0.4
    assert acme.moderation.thresholds["harassment"] == 0.3
    assert globex.max_n == 4 and globex.moderation.thresholds["harassment"] == 0.6
    assert acme.version == globex.version == "2025-01-15"  # the file's version by default
    assert registry.policy("unknown-tenant") == registry.policy("globex")


def test_version_tag_tells_policies_apart_even_with_one_version():
    registry = _registry(max_n=2)
    acme, globex = registry.policy("acme"), registry.policy("globex")
    assert acme.version == globex.version and acme.version_tag != globex.version_tag
    assert acme.version_tag.startswith("2025-01-15@")


def test_digest_is_the_same_in_every_process():
    """Sets (refused categories, NSFW labels) must not make the digest depend on hash order."""
    code = (
        "from governance.tenants import TenantPolicy; "
        "print(TenantPolicy(moderation={'refuse': ['hate', 'sexual', 'illicit']}).digest)"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in (1, 2, 3)
    }
    assert len(digests) == 1


def test_sexual_minors_always_refuses():
    policy = _registry(moderation={"refuse": ["hate"]}).policy("acme")
    assert policy.moderation.refuse == frozenset({"hate", ALWAYS_REFUSED})


def test_sexual_minors_threshold_cannot_be_raised():
    with pytest.raises(TenantsFileError) as info:
        parse_tenants(_data(moderation={"thresholds": {ALWAYS_REFUSED: 0.9}}), "t.yaml")
    assert f"tenants[acme].policy.moderation: thresholds['{ALWAYS_REFUSED}']" in str(info.value)
    with pytest.raises(ValueError, match="floor"):
        TenantPolicy(moderation={"thresholds": {ALWAYS_REFUSED: 0.41}})


def test_stricter_floor_and_other_categories_are_allowed():
    policy = TenantPolicy(moderation={"thresholds": {ALWAYS_REFUSED: 0.1, "sexual": 0.99}})
    assert policy.moderation.thresholds[ALWAYS_REFUSED] == 0.1
    assert policy.moderation.thresholds["sexual"] == 0.99
    assert set(policy.moderation.thresholds) == set(CATEGORIES)
    assert DEFAULT_THRESHOLDS[ALWAYS_REFUSED] >= 0.1


@pytest.mark.parametrize(
    ("policy", "where"),
    [
        ({"max_n": 0}, "tenants[acme].policy.max_n"),
        ({"max_size": 10}, "tenants[acme].policy.max_size"),
        ({"rate_limit_per_minute": 0}, "tenants[acme].policy.rate_limit_per_minute"),
        ({"image_quota_per_day": 2}, "image_quota_per_day"),  # below max_n 4
        ({"nsfw": {"blocked_labels": ["NOT_A_LABEL"]}}, "tenants[acme].policy.nsfw.blocked_labels"),
        ({"moderation": {"refuse": ["nonsense"]}}, "tenants[acme].policy.moderation.refuse"),
        ({"keep_prompt": False}, "tenants[acme].policy.keep_prompt: unknown key"),
    ],
)
def test_bad_policies_name_the_field(policy, where):
    with pytest.raises(TenantsFileError) as info:
        parse_tenants(_data(**policy), "t.yaml")
    assert where in str(info.value)


# ---- checks on a request ---------------------------------------------------------------------


@pytest.fixture
def registry() -> TenantRegistry:
    return _registry(allowed_models=["tiny-sdxl"], max_n=2, max_size=512)


def _check(registry, key="acme-gen", model="tiny-sdxl", n=1, width=256, height=256) -> None:
    principal = registry.authenticate(f"Bearer {key}")
    registry.check_request(principal, registry.policy("acme"), model, n, width, height)


def test_a_request_within_the_policy_passes(registry):
    _check(registry)
    _check(registry, n=2, width=512, height=512)


def test_model_outside_allowed_models_is_403_naming_the_field(registry):
    with pytest.raises(PermissionDeniedError) as info:
        _check(registry, model="tiny-janus")
    assert info.value.status == 403 and info.value.code == "permission_denied"
    assert info.value.param == "model" and "allowed_models" in info.value.message


@pytest.mark.parametrize(
    ("kwargs", "param", "policy_field"),
    [
        ({"n": 3}, "n", "max_n is 2"),
        ({"width": 768}, "size", "max_size 512"),
        ({"height": 1024}, "size", "max_size 512"),
    ],
)
def test_limits_are_400_naming_the_field(registry, kwargs, param, policy_field):
    with pytest.raises(InvalidRequestError) as info:
        _check(registry, **kwargs)
    assert info.value.status == 400 and info.value.param == param
    assert policy_field in info.value.message


@pytest.mark.parametrize("key", ["acme-admin", "auditor"])
def test_only_generate_keys_may_generate(registry, key):
    with pytest.raises(PermissionDeniedError) as info:
        _check(registry, key=key)
    assert "'generate'" in info.value.message


def test_all_models_when_unset():
    TenantPolicy().check("anything", 1, 1024, 1024)


def test_prompt_retention_is_optional_and_leaves_old_digests_alone():
    from governance.tenants import TenantPolicy

    plain = TenantPolicy(version="v1")
    assert plain.prompt_retention_days is None
    retained = TenantPolicy(version="v1", prompt_retention_days=30)
    assert retained.digest != plain.digest
    # the digest of a policy without retention (or scheduling) is what it was before the
    # fields existed
    import hashlib
    import json

    from governance.tenants import _canonical

    # (a policy that keeps the long-prompt self-harm reading of before round 23: the default
    # reading changed then, and with it the default policy's digest; the long-prompt point of
    # round 24 at its default, 0.5, is how every window read before it existed)
    classic = TenantPolicy(version="v1", moderation={"long_prompt_self_harm": "classifier"})
    later = {"prompt_retention_days", "moderation_low", "scheduling", "adapters"}
    moderation_later = {"long_prompt_self_harm": True, "long_prompt_point": True}
    before = classic.model_dump(
        exclude={**dict.fromkeys(later, True), "moderation": moderation_later}
    )
    expected = hashlib.sha256(json.dumps(_canonical(before), sort_keys=True).encode()).hexdigest()
    assert classic.digest == expected
    assert plain.digest != classic.digest
    with pytest.raises(ValueError):
        TenantPolicy(version="v1", prompt_retention_days=0)
    relaxable = TenantPolicy(version="v1", moderation_low={"thresholds": {"hate": 0.9}})
    assert relaxable.digest != plain.digest  # a set moderation_low is part of the policy
    evidence = TenantPolicy(version="v1", moderation={"long_prompt_self_harm": "evidence"})
    assert evidence.digest == plain.digest  # the default reading, set or not
    assert classic.digest != plain.digest  # the other reading is part of the policy
