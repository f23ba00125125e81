"""Environment variables set for one block and put back after it, for fixtures and benchmarks
(which cannot use pytest's monkeypatch)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping


def _apply(values: Mapping[str, str | None]) -> None:
    for key, value in values.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@contextlib.contextmanager
def scoped_environ(changes: Mapping[str, str | None]) -> Iterator[None]:
    """Set these variables (``None``: unset) for the block; afterwards each has its old value
    again, or is unset if it was."""
    saved = {key: os.environ.get(key) for key in changes}
    _apply(changes)
    try:
        yield
    finally:
        _apply(saved)
