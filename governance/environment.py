"""Every environment variable Imprimatur reads, and the defaults that depend on them, once.

The service (deployments.settings), the `imprimatur` command and the benchmarks all resolve
local state the same way, so `imprimatur audit verify` with no `--store` reads the log the
service writes.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

HOME = "IMPRIMATUR_HOME"  # local state: SQLite audit, dev certificates (default ./var)
AUDIT_URL = "IMPRIMATUR_AUDIT_URL"  # sqlite:///path or postgresql://...
WATERMARK_KEY = "IMPRIMATUR_WATERMARK_KEY"
MODEL_CACHE = "IMPRIMATUR_MODEL_CACHE"  # where tiny models are built
ADAPTERS_URL = "IMPRIMATUR_ADAPTERS_URL"  # the adapter registry: a folder or an fsspec URL
ENCODER_CACHE = "IMPRIMATUR_ENCODER_CACHE"  # the moderation encoder exported to ONNX
TENANTS_FILE = "IMPRIMATUR_TENANTS_FILE"
TENANT_KEYS_FILE = "IMPRIMATUR_TENANT_KEYS_FILE"
LIMITS_URL = "IMPRIMATUR_LIMITS_URL"
REDIS_URL = "IMPRIMATUR_REDIS_URL"
DEV_KEY = "IMPRIMATUR_DEV_KEY"  # the embedded default's demo tenant key
C2PA_CERT = "IMPRIMATUR_C2PA_CERT"
C2PA_KEY = "IMPRIMATUR_C2PA_KEY"
C2PA_TRUST_ANCHORS = "IMPRIMATUR_C2PA_TRUST_ANCHORS"
AUDIT_LOG_KEY = "IMPRIMATUR_AUDIT_LOG_KEY"  # the log's note signer key, PRIVATE+KEY+... text
AUDIT_LOG_KEY_FILE = "IMPRIMATUR_AUDIT_LOG_KEY_FILE"  # or a file (mounted Secret) holding it

DEFAULT_HOME = "var"
AUDIT_DB = "audit.db"
ADAPTERS_DIR = "adapters"


def read(name: str) -> str | None:
    """The variable's value; unset and empty both read as None."""
    return os.environ.get(name) or None


class SecretFileError(ValueError):
    """`$NAME_FILE` names a file that cannot be read."""


def read_secret(
    name: str, environ: Mapping[str, str] | None = None, *, missing_ok: bool = False
) -> str | None:
    """`$name` if set, else the contents of the file at `$name_FILE` (a Kubernetes Secret
    mounted as a file, only in the pods that use it), else None.

    A `_FILE` that is set but unreadable raises, never a silent fallback (a missing watermark
    key must not become the built-in development key); with `missing_ok`, a file that does not
    exist reads as unset (an optional key of a mounted Secret).
    """
    env = os.environ if environ is None else environ
    if value := env.get(name):
        return value
    path = env.get(f"{name}_FILE")
    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        if missing_ok:
            return None
        raise SecretFileError(f"{name}_FILE={path}: no such file") from None
    except OSError as exc:
        raise SecretFileError(f"{name}_FILE={path}: {exc.strerror}") from None
    return text if "-----BEGIN" in text else text.strip()


def state_dir(configured: str | None = None) -> Path:
    """Local state folder: `configured`, else $IMPRIMATUR_HOME, else ./var (absolute)."""
    return Path(configured or read(HOME) or DEFAULT_HOME).expanduser().resolve()


def default_audit_url(state: Path | None = None) -> str:
    """$IMPRIMATUR_AUDIT_URL (or its _FILE), else SQLite `audit.db` in the state folder."""
    return read_secret(AUDIT_URL) or f"sqlite:///{(state or state_dir()) / AUDIT_DB}"


def default_adapters_url(state: Path | None = None) -> str:
    """$IMPRIMATUR_ADAPTERS_URL, else the `adapters` folder in the state folder."""
    return read(ADAPTERS_URL) or str((state or state_dir()) / ADAPTERS_DIR)
