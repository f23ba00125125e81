"""Secrets from the environment or from a mounted file: `$NAME`, else the file `$NAME_FILE`.

Kubernetes mounts Secrets as files in the pods that use them; a file is not inherited by every
child process, printed by an environment dump, or fixed at the pod's start as a variable is.
A `_FILE` that is set but unreadable is an error, never a silent fallback (a missing watermark
key must not become the built-in development key).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path


class SecretFileError(ValueError):
    """`$NAME_FILE` names a file that cannot be read."""


def secret_from_env(
    name: str, environ: Mapping[str, str] | None = None, *, missing_ok: bool = False
) -> str | None:
    """`$name` if set, else the contents of the file at `$name_FILE`, else None.

    `missing_ok`: a `_FILE` whose file does not exist reads as unset (an optional key of a
    mounted Secret); other read errors still raise.
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
    return text.strip() if "-----BEGIN" not in text else text
