"""A non-development config refuses the public development keys, naming the setting to fix."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from deployments.settings import production_key_problems, settings_from_serve_config
from governance import environment
from governance.audit.note import Signer
from governance.certs import make_dev_ca
from governance.key_policy import (
    audit_log_key_problem,
    c2pa_chain_problem,
    watermark_key_problem,
)
from governance.watermark import DEV_KEY
from imprimatur_cli.main import main as cli_main
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.unit

LOCAL = REPO_ROOT / "config" / "local.yaml"
PRODUCTION = REPO_ROOT / "config" / "production.yaml"
WATERMARK_SETTING = "governance.watermark_key_env ($IMPRIMATUR_WATERMARK_KEY)"


def own_chain() -> str:
    """A self-signed EC P-256 certificate of some other organisation (not the dev CA)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Example Images C2PA Signer"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Example Images Ltd"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM).decode()


@pytest.fixture(scope="module")
def dev_chain(tmp_path_factory) -> Path:
    return make_dev_ca(tmp_path_factory.mktemp("dev_ca")).signer_chain


def good_environ() -> dict[str, str]:
    return {
        environment.WATERMARK_KEY: "a-long-secret",
        environment.C2PA_CERT: own_chain(),
        environment.AUDIT_LOG_KEY: Signer.generate("audit.example.com/imprimatur").skey,
    }


def test_the_development_config_starts_with_nothing_set() -> None:
    settings = settings_from_serve_config(LOCAL)
    assert settings.development
    assert production_key_problems(settings, {}) == []


@pytest.mark.parametrize("value", [None, "", "   "])
def test_unset_or_empty_watermark_key_is_refused(value) -> None:
    environ = good_environ()
    if value is None:
        del environ[environment.WATERMARK_KEY]
    else:
        environ[environment.WATERMARK_KEY] = value
    [problem] = production_key_problems(settings_from_serve_config(PRODUCTION), environ)
    assert problem.startswith(WATERMARK_SETTING) and "unset or empty" in problem


def test_the_development_watermark_key_is_refused() -> None:
    environ = good_environ() | {environment.WATERMARK_KEY: DEV_KEY.decode()}
    [problem] = production_key_problems(settings_from_serve_config(PRODUCTION), environ)
    assert problem.startswith(WATERMARK_SETTING) and "development key" in problem


def test_a_signer_from_the_development_ca_is_refused(dev_chain: Path) -> None:
    settings = settings_from_serve_config(PRODUCTION)
    for chain in (dev_chain.read_text(), dev_chain.read_text().replace("\n", "\\n")):
        environ = good_environ() | {environment.C2PA_CERT: chain}
        [problem] = production_key_problems(settings, environ)
        assert problem.startswith("governance.provenance.from_env ($IMPRIMATUR_C2PA_CERT)")
        assert "development CA" in problem


def test_production_keys_pass() -> None:
    assert production_key_problems(settings_from_serve_config(PRODUCTION), good_environ()) == []


def test_chain_files_and_create_dev_ca_are_checked_too(dev_chain: Path) -> None:
    settings = settings_from_serve_config(PRODUCTION)
    provenance = settings.governance.provenance.model_copy(
        update={"from_env": False, "cert_chain": str(dev_chain), "create_dev_ca": True}
    )
    governance = settings.governance.model_copy(update={"provenance": provenance})
    files = settings.model_copy(update={"governance": governance})
    problems = production_key_problems(files, good_environ())
    assert any(p.startswith("governance.provenance.create_dev_ca") for p in problems)
    assert any(
        p.startswith(f"governance.provenance.cert_chain ({dev_chain})") and "development CA" in p
        for p in problems
    )


def test_key_policy_checks_values() -> None:
    assert watermark_key_problem("s3cret", "X") is None
    assert "X: " in watermark_key_problem(None, "X")
    assert c2pa_chain_problem(own_chain(), "C") is None
    assert "no C2PA" in c2pa_chain_problem(None, "C")
    assert "cannot be parsed" in c2pa_chain_problem("-----BEGIN CERTIFICATE-----\nxx", "C")


def test_config_check_reports_the_same(monkeypatch, capsys, tmp_path: Path) -> None:
    # production.yaml with its weights pinned (the repository's holds PIN-ME placeholders)
    pinned = tmp_path / "production.yaml"
    pinned.write_text(re.sub(r"revision: \S+", f'revision: "{"ab" * 20}"', PRODUCTION.read_text()))
    for name in (environment.WATERMARK_KEY, environment.C2PA_CERT, environment.AUDIT_LOG_KEY):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv(environment.AUDIT_LOG_KEY_FILE, raising=False)
    assert cli_main(["config", "check", str(pinned)]) == 1
    err = capsys.readouterr().err
    assert WATERMARK_SETTING in err and "$IMPRIMATUR_C2PA_CERT" in err
    assert "$IMPRIMATUR_AUDIT_LOG_KEY" in err and "refuse to start" in err
    assert cli_main(["config", "check", "--skip-keys", str(pinned)]) == 0  # the file alone
    for name, value in good_environ().items():
        monkeypatch.setenv(name, value)
    assert cli_main(["config", "check", str(pinned)]) == 0
    assert "ok" in capsys.readouterr().out
    monkeypatch.delenv(environment.WATERMARK_KEY)
    assert cli_main(["config", "check", str(LOCAL)]) == 0  # development: unchanged


def test_the_audit_log_key_must_be_set_and_not_a_development_key(tmp_path: Path) -> None:
    settings = settings_from_serve_config(PRODUCTION)
    environ = good_environ()
    del environ[environment.AUDIT_LOG_KEY]
    [problem] = production_key_problems(settings, environ)
    assert problem.startswith("$IMPRIMATUR_AUDIT_LOG_KEY") and "unset or empty" in problem
    dev = Signer.generate("imprimatur.invalid/dev-audit/0a1b2c3d").skey
    [problem] = production_key_problems(settings, environ | {environment.AUDIT_LOG_KEY: dev})
    assert "development key" in problem
    key_file = tmp_path / "log.key"
    key_file.write_text("PRIVATE+KEY+garbage\n")
    environ[environment.AUDIT_LOG_KEY_FILE] = str(key_file)
    [problem] = production_key_problems(settings, environ)
    assert problem.startswith("$IMPRIMATUR_AUDIT_LOG_KEY (file $IMPRIMATUR_AUDIT_LOG_KEY_FILE)")
    assert "cannot be read" in problem
    key_file.write_text(Signer.generate("audit.example.com/imprimatur").skey + "\n")
    assert production_key_problems(settings, environ) == []
    assert audit_log_key_problem(None, "L") == "L: the audit log signing key is unset or empty"


def test_the_development_audit_log_key_setting_is_refused() -> None:
    settings = settings_from_serve_config(PRODUCTION)
    governance = settings.governance.model_copy(update={"audit_log_dev_key": True})
    problems = production_key_problems(
        settings.model_copy(update={"governance": governance}), good_environ()
    )
    assert [p.split(":")[0] for p in problems] == ["governance.audit_log_dev_key"]


def test_keys_mounted_as_files_are_read_as_the_service_reads_them(tmp_path: Path) -> None:
    # the RayService mounts each Secret as a file and sets $NAME_FILE (governance.environment)
    settings = settings_from_serve_config(PRODUCTION)
    environ = {}
    for name, value in good_environ().items():
        path = tmp_path / name.lower()
        path.write_text(value + "\n")
        environ[f"{name}_FILE"] = str(path)
    assert production_key_problems(settings, environ) == []
    (tmp_path / environment.WATERMARK_KEY.lower()).write_text(DEV_KEY.decode())
    [problem] = production_key_problems(settings, environ)
    assert problem.startswith(f"{WATERMARK_SETTING[:-1]} (file $IMPRIMATUR_WATERMARK_KEY_FILE))")
    assert "development key" in problem
    environ[f"{environment.C2PA_CERT}_FILE"] = str(tmp_path / "missing.pem")
    problems = production_key_problems(settings, environ)
    assert any("IMPRIMATUR_C2PA_CERT_FILE" in p and "no such file" in p for p in problems)
