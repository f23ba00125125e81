"""A development certificate authority and C2PA signer (`imprimatur certs dev` makes one).

Production mounts a real signing key and chain (see :mod:`governance.provenance`). For local
runs and tests we mint a private root CA and an ES256 leaf that pass c2pa-rs's certificate
profile checks: the leaf is not a CA, has keyUsage digitalSignature, an extendedKeyUsage that
C2PA trusts (emailProtection and documentSigning), and both key identifiers. `signer.pem` holds
the leaf only: an x5chain carries the signer and its intermediates (we have none), never the
trust anchor, which a verifier must already hold (`root_ca.pem`).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

ROOT_CERT = "root_ca.pem"
ROOT_KEY = "root_ca.key"
SIGNER_CHAIN = "signer.pem"
SIGNER_KEY = "signer.key"

# id-kp-documentSigning (RFC 9336); c2pa-rs lists it among the EKUs it accepts.
DOCUMENT_SIGNING_OID = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")

ROOT_VALID_DAYS = 3650
SIGNER_VALID_DAYS = 397


@dataclass(frozen=True)
class DevCertPaths:
    """Where `make_dev_ca` wrote the dev root and signer."""

    root_cert: Path
    root_key: Path
    signer_chain: Path
    signer_key: Path

    @classmethod
    def in_dir(cls, out_dir: Path) -> DevCertPaths:
        out_dir = Path(out_dir)
        return cls(
            root_cert=out_dir / ROOT_CERT,
            root_key=out_dir / ROOT_KEY,
            signer_chain=out_dir / SIGNER_CHAIN,
            signer_key=out_dir / SIGNER_KEY,
        )

    def all_exist(self) -> bool:
        return all(
            p.is_file() for p in (self.root_cert, self.root_key, self.signer_chain, self.signer_key)
        )


DEV_ORGANIZATION = "Imprimatur development"  # every dev CA certificate's O=, how checks spot one


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, DEV_ORGANIZATION),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "US"),
        ]
    )


def _root_cert(key: ec.EllipticCurvePrivateKey, now: dt.datetime) -> x509.Certificate:
    name = _name("Imprimatur Dev Root CA")
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=ROOT_VALID_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ski, critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False
        )
        .sign(key, hashes.SHA256())
    )


def _signer_cert(
    key: ec.EllipticCurvePrivateKey,
    root: x509.Certificate,
    root_key: ec.EllipticCurvePrivateKey,
    now: dt.datetime,
) -> x509.Certificate:
    root_ski = root.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    return (
        x509.CertificateBuilder()
        .subject_name(_name("Imprimatur Dev C2PA Signer"))
        .issuer_name(root.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=SIGNER_VALID_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION, DOCUMENT_SIGNING_OID]),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(root_ski),
            critical=False,
        )
        .sign(root_key, hashes.SHA256())
    )


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _write_private(path: Path, data: bytes) -> None:
    """Create the key file 0600 from the start, so it is never world-readable, even briefly."""
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(path, 0o600)  # in case a umask or filesystem widened it


def make_dev_ca(out_dir: Path) -> DevCertPaths:
    """Mint a fresh dev root CA and ES256 signer in `out_dir`, replacing any there."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = DevCertPaths.in_dir(out_dir)
    now = dt.datetime.now(dt.UTC)

    root_key = ec.generate_private_key(ec.SECP256R1())
    root = _root_cert(root_key, now)
    signer_key = ec.generate_private_key(ec.SECP256R1())
    signer = _signer_cert(signer_key, root, root_key, now)

    _write_private(paths.root_key, _key_pem(root_key))
    _write_private(paths.signer_key, _key_pem(signer_key))
    paths.root_cert.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    paths.signer_chain.write_bytes(signer.public_bytes(serialization.Encoding.PEM))
    return paths


def ensure_dev_ca(out_dir: Path) -> DevCertPaths:
    """Create the dev CA only if any of its files is missing; reuse it otherwise."""
    paths = DevCertPaths.in_dir(Path(out_dir))
    if paths.all_exist():
        return paths
    return make_dev_ca(out_dir)
