"""The adapter registry (governance.adapters) and the policy checks on a request's adapters."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from governance.adapters import (
    AdapterError,
    AdapterRegistry,
    AdapterUse,
    adapter_set_id,
    authorise,
    parse_requested,
)
from governance.errors import InvalidRequestError, NotFoundError, PermissionDeniedError
from governance.tenants import TenantPolicy


def weights_file(folder: Path, content: bytes = b"lora-bytes") -> Path:
    path = folder / "pytorch_lora_weights.safetensors"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


@pytest.fixture()
def registry(tmp_path: Path) -> AdapterRegistry:
    registry = AdapterRegistry(tmp_path / "registry")
    registry.add(
        "acme/brand-v2",
        weights_file(tmp_path / "a"),
        base_model="tiny-sdxl",
        base_revision="tiny-v1",
    )
    registry.add(
        "acme/shared-style",
        weights_file(tmp_path / "b", b"other"),
        base_model="tiny-sdxl",
        shared=True,
    )
    registry.add("globex/secret", weights_file(tmp_path / "c", b"x"), base_model="tiny-sdxl")
    registry.add("acme/for-janus", weights_file(tmp_path / "d", b"y"), base_model="tiny-janus")
    return registry


def test_add_records_the_digest_and_owner(registry: AdapterRegistry, tmp_path: Path):
    manifest = registry.get("acme/brand-v2")
    assert manifest is not None
    assert manifest.sha256 == hashlib.sha256(b"lora-bytes").hexdigest()
    assert manifest.owner == "acme" and not manifest.shared
    assert (manifest.base_model, manifest.base_revision) == ("tiny-sdxl", "tiny-v1")
    stored = json.loads((tmp_path / "registry/acme/brand-v2/manifest.json").read_text())
    assert stored["id"] == "acme/brand-v2"


def test_list_and_remove(registry: AdapterRegistry):
    ids = [m.id for m in registry.list()]
    assert ids == ["acme/brand-v2", "acme/for-janus", "acme/shared-style", "globex/secret"]
    assert [m.id for m in registry.list("globex")] == ["globex/secret"]
    registry.remove("globex/secret")
    assert registry.get("globex/secret") is None
    with pytest.raises(AdapterError, match="not in the registry"):
        registry.remove("globex/secret")


def test_add_refuses_duplicates_pickles_and_bad_ids(registry: AdapterRegistry, tmp_path: Path):
    with pytest.raises(AdapterError, match="exists"):
        registry.add("acme/brand-v2", weights_file(tmp_path / "e"), base_model="tiny-sdxl")
    pickle = tmp_path / "f" / "lora.bin"
    pickle.parent.mkdir()
    pickle.write_bytes(b"x")
    with pytest.raises(AdapterError, match="safetensors"):
        registry.add("acme/pickled", pickle, base_model="tiny-sdxl")
    with pytest.raises(AdapterError, match="owner/name"):
        registry.add("Acme Brand", weights_file(tmp_path / "g"), base_model="tiny-sdxl")
    replaced = registry.add(
        "acme/brand-v2", weights_file(tmp_path / "h", b"new"), base_model="tiny-sdxl", replace=True
    )
    assert replaced.sha256 == hashlib.sha256(b"new").hexdigest()


def test_fetch_verifies_the_authorised_digest(registry: AdapterRegistry, tmp_path: Path):
    manifest = registry.get("acme/brand-v2")
    path = registry.fetch("acme/brand-v2", manifest.sha256)
    assert path.read_bytes() == b"lora-bytes"
    # Weights swapped in the store after the router authorised the request: refused.
    path.write_bytes(b"tampered")
    with pytest.raises(AdapterError, match="does not match"):
        registry.fetch("acme/brand-v2", manifest.sha256)


def test_fsspec_url_root(tmp_path: Path):
    """An object-store root goes through fsspec (here its in-memory filesystem), and weights
    are copied into the local cache by digest."""
    registry = AdapterRegistry("memory://imprimatur-test-adapters", cache_dir=tmp_path / "cache")
    manifest = registry.add("acme/remote", weights_file(tmp_path / "w"), base_model="tiny-sdxl")
    assert [m.id for m in registry.list()] == ["acme/remote"]
    local = registry.fetch("acme/remote", manifest.sha256)
    assert local.parent == tmp_path / "cache" / manifest.sha256
    assert local.read_bytes() == b"lora-bytes"
    registry.remove("acme/remote")
    assert registry.list() == []


def check(registry, tenant="acme", allowed=None, model="tiny-sdxl", revision="tiny-v1", ids=()):
    return authorise(
        [(i, 0.5) for i in ids],
        registry,
        tenant=tenant,
        allowed=allowed,
        model=model,
        revision=revision,
    )


def test_own_and_shared_adapters_are_authorised(registry: AdapterRegistry):
    uses = check(registry, ids=["acme/brand-v2"])
    assert uses == (AdapterUse("acme/brand-v2", registry.get("acme/brand-v2").sha256, 0.5),)
    assert check(registry, tenant="globex", ids=["acme/shared-style"])[0].id == "acme/shared-style"


def test_unknown_and_other_tenants_private_adapters_are_404(registry: AdapterRegistry):
    for tenant, adapter in [("acme", "acme/nope"), ("acme", "globex/secret")]:
        with pytest.raises(NotFoundError) as error:
            check(registry, tenant=tenant, ids=["acme/brand-v2", adapter])
        assert error.value.status == 404 and error.value.param == "adapters[1].id"
    # even when a policy lists it
    with pytest.raises(NotFoundError):
        check(registry, allowed=["globex/secret"], ids=["globex/secret"])


def test_adapters_outside_the_policy_list_are_403(registry: AdapterRegistry):
    with pytest.raises(PermissionDeniedError) as error:
        check(registry, allowed=["acme/shared-style"], ids=["acme/brand-v2"])
    assert error.value.status == 403 and error.value.param == "adapters[0].id"
    with pytest.raises(PermissionDeniedError):
        check(registry, allowed=[], ids=["acme/shared-style"])


def test_wrong_base_model_or_revision_is_400(registry: AdapterRegistry):
    with pytest.raises(InvalidRequestError) as error:
        check(registry, ids=["acme/for-janus"])
    assert error.value.status == 400 and error.value.code == "adapter_base_mismatch"
    assert error.value.param == "adapters[0].id"
    with pytest.raises(InvalidRequestError, match="tiny-v1"):
        check(registry, revision="tiny-v2", ids=["acme/brand-v2"])
    # no base_revision in the manifest: fits any revision
    assert check(registry, revision="tiny-v2", ids=["acme/shared-style"])


def test_listed_twice_is_400(registry: AdapterRegistry):
    with pytest.raises(InvalidRequestError, match="twice"):
        check(registry, ids=["acme/brand-v2", "acme/brand-v2"])


def test_set_id_ignores_order_and_scale_but_not_the_digest():
    a, b = AdapterUse("acme/a", "1" * 64, 0.5), AdapterUse("acme/b", "2" * 64, 1.0)
    assert adapter_set_id([a, b]) == adapter_set_id([b, AdapterUse("acme/a", "1" * 64, 0.9)])
    assert adapter_set_id([a]) != adapter_set_id([AdapterUse("acme/a", "3" * 64, 0.5)])


def test_policy_field_and_its_digest():
    assert TenantPolicy(adapters=["acme/brand-v2"]).adapters == ["acme/brand-v2"]
    with pytest.raises(ValidationError):
        TenantPolicy(adapters=["not an id"])
    # Unset, the field leaves the digest of policies written before it existed unchanged
    # (the value computed before `adapters` was added). Since round 23 that is a policy that
    # keeps the old long-prompt self-harm reading; the default reading changed, and so did the
    # default policy's digest.
    before = "c1c6293270c58ebfb54293ca8a1c15c121eb9ae49bc0ea2bbaac64d4bf153bb4"
    classic = {"long_prompt_self_harm": "classifier"}
    assert TenantPolicy(version="v1", moderation=classic).digest == before
    assert TenantPolicy(version="v1").digest != before
    assert TenantPolicy().digest != TenantPolicy(adapters=[]).digest


def test_form_field_json():
    assert parse_requested('[{"id": "acme/a", "scale": 0.8}]') == [{"id": "acme/a", "scale": 0.8}]
    assert parse_requested([{"id": "acme/a"}]) == [{"id": "acme/a"}]
    with pytest.raises(ValueError, match="not JSON"):
        parse_requested("[{")


def test_cli_add_list_remove(tmp_path: Path, capsys):
    from imprimatur_cli.main import main

    root = str(tmp_path / "cli-registry")
    weights = weights_file(tmp_path / "cli")
    add = ["adapters", "--registry", root, "add", "acme/brand-v2", str(weights)]
    assert main([*add, "--base-model", "tiny-sdxl", "--base-revision", "tiny-v1"]) == 0
    assert "sha256:" + hashlib.sha256(b"lora-bytes").hexdigest() in capsys.readouterr().out
    assert main(["adapters", "--registry", root, "list", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["id"], listed["owner"], listed["shared"]) == ("acme/brand-v2", "acme", False)
    assert main([*add, "--base-model", "tiny-sdxl"]) == 1  # exists: refused, by name
    assert "exists" in capsys.readouterr().err
    assert main(["adapters", "--registry", root, "remove", "acme/brand-v2"]) == 0
    assert capsys.readouterr().out.startswith("removed acme/brand-v2")
    assert main(["adapters", "--registry", root, "list"]) == 0
    assert capsys.readouterr().out == ""


def test_serve_registers_the_embedded_defaults_controlnet_once(tmp_path: Path, model_cache, capsys):
    """`imprimatur serve config/local.yaml` must serve the `control` its tiny SDXL advertises."""
    from deployments.settings import parse_settings
    from imprimatur_cli.serve import _register_tiny_controlnets

    model = dict(name="tiny-sdxl", family="diffusion", source="tiny-sdxl", default_steps=2)
    settings = parse_settings(
        {
            "models": [{**model, "controlnets": {"canny": "demo/canny"}}],
            "tenants_file": "/etc/tenants.yaml",
            "adapters_url": str(tmp_path / "registry"),
            "model_cache_dir": str(model_cache),
        }
    )
    _register_tiny_controlnets(settings)
    manifest = AdapterRegistry(tmp_path / "registry").get("demo/canny")
    assert manifest is not None and manifest.kind == "controlnet" and manifest.shared
    assert manifest.base_model == "tiny-sdxl"
    _register_tiny_controlnets(settings)  # already there: left as it is
    assert capsys.readouterr().out.count("building a tiny one") == 1
    assert AdapterRegistry(tmp_path / "registry").get("demo/canny").sha256 == manifest.sha256
