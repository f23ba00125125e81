"""Secrets read from `$NAME` or from the file `$NAME_FILE` (a mounted Kubernetes Secret)."""

from __future__ import annotations

import pytest

from deployments.settings import parse_settings
from governance.environment import SecretFileError
from governance.environment import read_secret as secret_from_env
from governance.provenance import SignerConfig


def test_the_variable_wins_then_the_file_then_nothing(tmp_path):
    secret = tmp_path / "key"
    secret.write_text("s3cret\n")
    assert secret_from_env("K", {"K": "direct", "K_FILE": str(secret)}) == "direct"
    assert secret_from_env("K", {"K_FILE": str(secret)}) == "s3cret"
    assert secret_from_env("K", {}) is None


def test_a_missing_file_fails_closed_unless_optional(tmp_path):
    env = {"K_FILE": str(tmp_path / "absent")}
    with pytest.raises(SecretFileError, match="K_FILE"):
        secret_from_env("K", env)
    assert secret_from_env("K", env, missing_ok=True) is None


def test_the_signer_reads_its_pems_from_files(tmp_path):
    pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
    (tmp_path / "chain.pem").write_text(pem)
    (tmp_path / "key.pem").write_text(pem.replace("CERTIFICATE", "PRIVATE KEY"))
    env = {
        "IMPRIMATUR_C2PA_CERT_FILE": str(tmp_path / "chain.pem"),
        "IMPRIMATUR_C2PA_KEY_FILE": str(tmp_path / "key.pem"),
        "IMPRIMATUR_C2PA_TRUST_ANCHORS_FILE": str(tmp_path / "absent.pem"),  # optional key
    }
    config = SignerConfig.from_env(env)
    assert config.chain() == pem and "PRIVATE KEY" in config.private_key()
    assert config.trust_anchors_pem is None
    del env["IMPRIMATUR_C2PA_KEY_FILE"]
    with pytest.raises(ValueError, match="IMPRIMATUR_C2PA_KEY"):
        SignerConfig.from_env(env)


def test_audit_and_limits_urls_come_from_files(tmp_path, monkeypatch):
    (tmp_path / "audit-url").write_text("postgresql://u@db/imprimatur\n")
    (tmp_path / "redis-url").write_text("redis://redis:6379/0\n")
    for name in ("IMPRIMATUR_AUDIT_URL", "IMPRIMATUR_LIMITS_URL", "IMPRIMATUR_REDIS_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("IMPRIMATUR_AUDIT_URL_FILE", str(tmp_path / "audit-url"))
    monkeypatch.setenv("IMPRIMATUR_REDIS_URL_FILE", str(tmp_path / "redis-url"))
    settings = parse_settings(
        {"models": [{"name": "m", "family": "diffusion", "source": "tiny-sdxl"}],
         "tenants_file": "/t.yaml"}
    )  # fmt: skip
    assert settings.audit_url() == "postgresql://u@db/imprimatur"
    assert settings.limits_store_url() == "redis://redis:6379/0"
