"""Every environment variable Imprimatur reads, and the defaults that depend on them, once.

The service (deployments.settings), the `imprimatur` command and the benchmarks all resolve
local state the same way, so `imprimatur audit verify` with no `--store` reads the log the
service writes.
"""

from __future__ import annotations

import os
from pathlib import Path

HOME = "IMPRIMATUR_HOME"  # local state: SQLite audit, dev certificates (default ./var)
AUDIT_URL = "IMPRIMATUR_AUDIT_URL"  # sqlite:///path or postgresql://...
WATERMARK_KEY = "IMPRIMATUR_WATERMARK_KEY"
MODEL_CACHE = "IMPRIMATUR_MODEL_CACHE"  # where tiny models are built
TENANTS_FILE = "IMPRIMATUR_TENANTS_FILE"
TENANT_KEYS_FILE = "IMPRIMATUR_TENANT_KEYS_FILE"
LIMITS_URL = "IMPRIMATUR_LIMITS_URL"
REDIS_URL = "IMPRIMATUR_REDIS_URL"
DEV_KEY = "IMPRIMATUR_DEV_KEY"  # the embedded default's demo tenant key
C2PA_CERT = "IMPRIMATUR_C2PA_CERT"
C2PA_KEY = "IMPRIMATUR_C2PA_KEY"
C2PA_TRUST_ANCHORS = "IMPRIMATUR_C2PA_TRUST_ANCHORS"

DEFAULT_HOME = "var"
AUDIT_DB = "audit.db"


def read(name: str) -> str | None:
    """The variable's value; unset and empty both read as None."""
    return os.environ.get(name) or None


def state_dir(configured: str | None = None) -> Path:
    """Local state folder: `configured`, else $IMPRIMATUR_HOME, else ./var (absolute)."""
    return Path(configured or read(HOME) or DEFAULT_HOME).expanduser().resolve()


def default_audit_url(state: Path | None = None) -> str:
    """$IMPRIMATUR_AUDIT_URL, else SQLite `audit.db` in the state folder."""
    return read(AUDIT_URL) or f"sqlite:///{(state or state_dir()) / AUDIT_DB}"
