"""The dev CA must produce certificates that c2pa-rs accepts; these pin the profile it checks."""

from __future__ import annotations

import argparse
import datetime as dt
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID

from governance.certs import DOCUMENT_SIGNING_OID, ensure_dev_ca, make_dev_ca
from imprimatur_cli.certs import register

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def dev_ca(tmp_path_factory: pytest.TempPathFactory):
    paths = make_dev_ca(tmp_path_factory.mktemp("ca"))
    root = x509.load_pem_x509_certificate(paths.root_cert.read_bytes())
    chain = x509.load_pem_x509_certificates(paths.signer_chain.read_bytes())
    return paths, root, chain


def test_writes_all_files_with_private_keys_0600(dev_ca) -> None:
    paths, _, _ = dev_ca
    for path in (paths.root_cert, paths.root_key, paths.signer_chain, paths.signer_key):
        assert path.is_file() and path.stat().st_size > 0
    for key in (paths.root_key, paths.signer_key):
        assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_root_is_a_self_signed_ca(dev_ca) -> None:
    _, root, _ = dev_ca
    assert root.subject == root.issuer
    root.verify_directly_issued_by(root)
    basic = root.extensions.get_extension_for_class(x509.BasicConstraints)
    assert basic.critical and basic.value.ca
    usage = root.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign and not usage.digital_signature
    root.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)


def test_signer_profile_matches_what_c2pa_requires(dev_ca) -> None:
    _, root, chain = dev_ca
    assert len(chain) == 1  # leaf only: the trust anchor is never part of x5chain
    leaf = chain[0]
    leaf.verify_directly_issued_by(root)
    assert isinstance(leaf.public_key(), ec.EllipticCurvePublicKey)
    assert leaf.public_key().curve.name == "secp256r1"  # ES256

    assert not leaf.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    usage = leaf.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.digital_signature
    assert not usage.value.key_cert_sign and not usage.value.crl_sign
    eku = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert ExtendedKeyUsageOID.EMAIL_PROTECTION in eku and DOCUMENT_SIGNING_OID in eku
    assert ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE not in eku

    ski = leaf.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert ski == x509.SubjectKeyIdentifier.from_public_key(leaf.public_key())
    aki = leaf.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    root_ski = root.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert aki.key_identifier == root_ski.digest


def test_validity_is_current_and_bounded(dev_ca) -> None:
    _, root, chain = dev_ca
    now = dt.datetime.now(dt.UTC)
    for cert in (root, chain[0]):
        assert cert.not_valid_before_utc <= now < cert.not_valid_after_utc
    assert chain[0].not_valid_after_utc - now <= dt.timedelta(days=398)
    assert chain[0].not_valid_after_utc <= root.not_valid_after_utc


def test_ensure_dev_ca_reuses_existing_files(tmp_path: Path) -> None:
    first = ensure_dev_ca(tmp_path)
    before = {p: p.read_bytes() for p in (first.root_cert, first.signer_key)}
    second = ensure_dev_ca(tmp_path)
    assert second == first
    assert {p: p.read_bytes() for p in before} == before

    first.signer_key.unlink()
    third = ensure_dev_ca(tmp_path)
    assert third.signer_key.is_file()
    assert third.root_cert.read_bytes() != before[first.root_cert]  # a whole new pair


def _run_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="imprimatur")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


def test_cli_certs_dev_writes_files_and_respects_force(tmp_path: Path, capsys) -> None:
    out = tmp_path / "certs"
    assert _run_cli(["certs", "dev", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    for name in ("root_ca.pem", "root_ca.key", "signer.pem", "signer.key"):
        assert (out / name).is_file()
        assert name in printed
    root = (out / "root_ca.pem").read_bytes()

    assert _run_cli(["certs", "dev", "--out", str(out)]) == 0
    assert "--force" in capsys.readouterr().out
    assert (out / "root_ca.pem").read_bytes() == root

    assert _run_cli(["certs", "dev", "--out", str(out), "--force"]) == 0
    assert (out / "root_ca.pem").read_bytes() != root
