"""Fixtures shared by the unit tests of one area."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def tiny_guard_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny Llama Guard, built once per session (guard tests)."""
    from deployments.tiny_models import ensure_tiny_model

    return ensure_tiny_model("tiny-llama-guard", tmp_path_factory.mktemp("guard-models"))
