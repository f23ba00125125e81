"""Settings validation: the Serve configs' args, without Ray."""

from __future__ import annotations

import copy

import pytest
import yaml
from ray.serve.schema import ServeDeploySchema

from deployments.settings import (
    SettingsError,
    load_serve_config,
    parse_settings,
    settings_from_serve_config,
)
from governance.tenants import hash_api_key
from tests.conftest import REPO_ROOT

LOCAL = REPO_ROOT / "config" / "local.yaml"
PRODUCTION = REPO_ROOT / "config" / "production.yaml"


def local_args() -> dict:
    return copy.deepcopy(load_serve_config(LOCAL)["applications"][0]["args"])


@pytest.mark.parametrize("path", [LOCAL, PRODUCTION])
def test_configs_are_valid_serve_configs_with_valid_args(path):
    config = yaml.safe_load(path.read_text())
    schema = ServeDeploySchema.model_validate(config)
    app = schema.applications[0]
    assert app.import_path == "deployments.app:build_app"
    settings = settings_from_serve_config(path)
    deployment_names = {d.name for d in app.deployments}
    guards = {g.name for g in settings.governance.guards.backends if g.kind == "llama-guard"}
    assert {m.name for m in settings.models} | {"router", "governance"} | guards == deployment_names


def test_local_config_runs_tiny_models_on_cpu_scaling_1_to_2():
    config = yaml.safe_load(LOCAL.read_text())
    settings = settings_from_serve_config(LOCAL)
    assert [m.source for m in settings.models] == ["tiny-sdxl", "tiny-janus", "tiny-emu3"]
    assert all(m.device == "cpu" for m in settings.models)
    for entry in config["applications"][0]["deployments"]:
        if entry["name"] in ("router", "governance"):
            continue
        assert entry["autoscaling_config"]["min_replicas"] == 1
        assert entry["autoscaling_config"]["max_replicas"] == 2
        assert entry["ray_actor_options"]["num_gpus"] == 0


def test_production_config_uses_gpus_and_no_dev_key():
    config = yaml.safe_load(PRODUCTION.read_text())
    settings = settings_from_serve_config(PRODUCTION)
    sources = {m.source for m in settings.models}
    assert sources == {
        "stabilityai/stable-diffusion-xl-base-1.0",
        "deepseek-community/Janus-Pro-7B",
        "BAAI/Emu3-Gen-hf",
    }
    sdxl = next(m for m in settings.models if m.family == "diffusion")
    assert sdxl.dtype == "float16" and sdxl.device == "cuda"
    assert all(t.dev_key is None for t in settings.tenants)
    for entry in config["applications"][0]["deployments"]:
        if entry["name"] not in ("router", "governance"):
            assert entry["ray_actor_options"]["num_gpus"] == 1
        else:
            assert entry["ray_actor_options"].get("num_gpus", 0) == 0
    sdxl_entry = next(e for e in config["applications"][0]["deployments"] if e["name"] == "sdxl")
    assert sdxl_entry["autoscaling_config"]["min_replicas"] == 0


def test_unknown_key_is_refused_naming_it():
    args = local_args()
    args["models"][0]["colour"] = "blue"
    with pytest.raises(SettingsError, match=r"args\.models\.0\.colour: unknown key"):
        parse_settings(args)


def test_bad_value_names_its_key():
    args = local_args()
    args["models"][1]["dtype"] = "float8"
    with pytest.raises(SettingsError, match=r"args\.models\.1\.dtype"):
        parse_settings(args)


def test_every_field_has_a_description():
    from deployments.settings import AppSettings, DevKey, InlineTenant, ModelSpec

    for model in (AppSettings, ModelSpec, InlineTenant, DevKey):
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name} lacks a description"


def test_cross_field_checks():
    args = local_args()
    args["models"][1].pop("native_size")
    with pytest.raises(SettingsError, match="native_size"):
        parse_settings(args)
    args = local_args()
    args["models"][0]["default_size"] = 300
    with pytest.raises(SettingsError, match="default_size"):
        parse_settings(args)
    args = local_args()
    args["models"][1]["name"] = args["models"][0]["name"]
    with pytest.raises(SettingsError, match="unique"):
        parse_settings(args)


def test_key_hashes_must_be_sha256_and_tenants_need_a_key():
    args = local_args()
    args["tenants"] = [{"name": "acme", "key_hashes": ["plaintext-key"]}]
    with pytest.raises(SettingsError, match="sha256"):
        parse_settings(args)
    args["tenants"] = [{"name": "acme"}]
    with pytest.raises(SettingsError, match="no key"):
        parse_settings(args)


def test_dev_key_comes_from_environment_with_default(monkeypatch):
    settings = parse_settings(local_args())
    monkeypatch.delenv("IMPRIMATUR_DEV_KEY", raising=False)
    assert settings.tenant_key_entries() == [("demo", hash_api_key("imprimatur-dev-key"))]
    monkeypatch.setenv("IMPRIMATUR_DEV_KEY", "another-dev-key")
    assert settings.tenant_key_entries() == [("demo", hash_api_key("another-dev-key"))]


def test_tsa_url_is_unset_by_default_and_must_be_http():
    assert parse_settings(local_args()).governance.provenance.tsa_url is None
    args = local_args()
    args.setdefault("governance", {}).setdefault("provenance", {})["tsa_url"] = "https://tsa.test"
    assert parse_settings(args).governance.provenance.tsa_url == "https://tsa.test"
    args["governance"]["provenance"]["tsa_url"] = "tsa.test"
    with pytest.raises(ValueError, match="tsa_url"):
        parse_settings(args)


def test_disclosed_provider_must_not_be_empty():
    args = local_args()
    args.setdefault("governance", {})["provider"] = ""
    with pytest.raises(ValueError, match="provider"):
        parse_settings(args)


def test_gpu_models_cap_the_images_of_one_pipeline_call():
    """max_batch_size counts requests; without a cap one call could make max_batch_size x
    max_n images (16 SDXL images at 1024 px: out of memory on a 24 GB GPU)."""
    settings = settings_from_serve_config(PRODUCTION)
    for model in settings.models:
        assert model.max_images_per_batch is not None, model.name
        assert model.max_images_per_batch < model.max_batch_size * model.max_n, model.name
        assert model.family != "diffusion" or model.vae_slicing
    with pytest.raises(SettingsError, match="max_images_per_batch"):
        parse_settings(
            {
                "models": [
                    {"name": "m", "family": "diffusion", "source": "tiny-sdxl",
                     "max_images_per_batch": 0}
                ],
                "tenants_file": "/t.yaml",
            }
        )  # fmt: skip


def test_guard_backends_are_checked_where_they_are_named(tmp_path):
    args = local_args()
    args["governance"]["moderation"] = {"guards": ["llama-guard"]}
    with pytest.raises(SettingsError, match="unknown guard backends"):
        parse_settings(args)
    args = local_args()
    args["governance"]["guards"] = {
        "backends": [{"kind": "builtin"}, {"kind": "llama-guard", "name": "tiny-sdxl"}]
    }
    with pytest.raises(SettingsError, match="share a deployment name"):
        parse_settings(args)


def test_a_tenant_picking_an_unknown_guard_is_a_tenants_file_error(tmp_path):
    from governance.tenants_file import TenantsFileError

    tenants = tmp_path / "tenants.yaml"
    tenants.write_text(
        yaml.safe_dump(
            {
                "version": "1",
                "tenants": [
                    {
                        "name": "acme",
                        "keys": [{"hash": hash_api_key("imp_k" * 4), "role": "generate"}],
                        "policy": {"moderation": {"guards": ["openai"]}},
                    }
                ],
            }
        )
    )
    args = local_args()
    args["tenants_file"] = str(tenants)
    settings = parse_settings(args)
    with pytest.raises(TenantsFileError, match="acme: moderation.guards: unknown guard"):
        settings.build_tenant_registry()
    args["governance"]["guards"] = {
        "backends": [{"kind": "builtin"}, {"kind": "remote", "name": "openai", "url": "http://x"}],
        "default": ["builtin"],
    }
    registry = parse_settings(args).build_tenant_registry()
    assert registry.policy("acme").moderation.guards == ("openai",)


def test_the_router_gets_the_guard_handles_and_governance_moderates_nothing():
    """Prompt moderation runs in the router: build_app hands it each llama-guard deployment
    (as a handle), and the governance deployment gets the settings alone."""
    from deployments.app import build_app
    from deployments.governance_deployment import GovernanceDeployment

    args = local_args()
    args["governance"] = {
        **args.get("governance", {}),
        "guards": {
            "backends": [
                {"kind": "builtin"},
                {"kind": "llama-guard", "name": "lg", "source": "tiny-llama-guard"},
            ]
        },
    }
    router = build_app(args)._bound_deployment
    assert router.name == "router"
    settings, models, governance, guards = router.init_args
    assert list(guards) == ["lg"] and guards["lg"]._bound_deployment.name == "lg"
    assert governance._bound_deployment.name == "governance"
    assert len(governance._bound_deployment.init_args) == 1  # the settings, no guard handles
    assert not hasattr(GovernanceDeployment, "moderate")
    assert not hasattr(GovernanceDeployment, "moderate_texts")


def test_kept_freed_memory_defaults_on_and_rejects_a_negative_size():
    assert parse_settings(local_args()).keep_freed_memory_mb == 256
    args = local_args()
    args["keep_freed_memory_mb"] = -1
    with pytest.raises(SettingsError, match="keep_freed_memory_mb"):
        parse_settings(args)
