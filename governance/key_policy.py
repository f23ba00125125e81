"""Production keys: a config that is not a development config must bring its own secrets.

The development defaults are public: the built-in watermark key is in this repository (anyone
holding it can forge or overwrite marks), and the development C2PA CA is generated on each
machine, so images it signs prove nothing to anyone else. A non-development config therefore
refuses to start while the watermark key is unset, empty or the development key, or while the
C2PA signer's chain is (or is issued by) the development CA. Each problem names the setting to
fix. The checks see values only, so the service at start, `imprimatur config check` and tests
all ask the same questions.

The audit log's checkpoint signing key (a signed-note key, $IMPRIMATUR_AUDIT_LOG_KEY or the file
$IMPRIMATUR_AUDIT_LOG_KEY_FILE) is checked the same way: unset, empty, unreadable, or a
development key (whose name is under `imprimatur.invalid/`, as `ensure_dev_log_key` makes them)
is refused, since checkpoints signed with it prove nothing to an outside verifier.
"""

from __future__ import annotations

from cryptography import x509
from cryptography.x509.oid import NameOID

from governance.audit.note import NoteError, Signer
from governance.certs import DEV_ORGANIZATION
from governance.watermark import DEV_KEY


def watermark_key_problem(key: str | None, setting: str) -> str | None:
    """Why ``key`` (the watermark key's value) cannot mark production images, or None."""
    if key is None or not key.strip():
        return f"{setting}: the watermark key is unset or empty (set a secret key of your own)"
    if key.encode() == DEV_KEY:
        return f"{setting}: the watermark key is the public development key"
    return None


def c2pa_chain_problem(chain_pem: str | None, setting: str) -> str | None:
    """Why the C2PA signer's PEM chain cannot sign production images, or None."""
    if chain_pem is None or not chain_pem.strip():
        return f"{setting}: no C2PA signing certificate chain"
    try:
        chain = x509.load_pem_x509_certificates(chain_pem.encode())
    except ValueError as exc:
        return f"{setting}: the C2PA certificate chain cannot be parsed ({exc})"
    for cert in chain:
        for name in (cert.subject, cert.issuer):
            organizations = name.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
            if any(attr.value == DEV_ORGANIZATION for attr in organizations):
                return f"{setting}: the C2PA signer chains to the development CA"
    return None


DEV_LOG_KEY_PREFIX = "imprimatur.invalid/"  # development log keys' names (never a real origin)


def audit_log_key_problem(skey: str | None, setting: str) -> str | None:
    """Why ``skey`` (the audit log's signed-note key text) cannot sign production checkpoints."""
    if skey is None or not skey.strip():
        return f"{setting}: the audit log signing key is unset or empty"
    try:
        signer = Signer.from_skey(skey.strip())
    except (NoteError, ValueError) as exc:
        return f"{setting}: the audit log signing key cannot be read ({exc})"
    if signer.name.startswith(DEV_LOG_KEY_PREFIX):
        return f"{setting}: the audit log signing key is a development key ({signer.name})"
    return None
