"""Fixtures shared by the unit tests of one area."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from governance.moderation import Moderator


@pytest.fixture(scope="session")
def tiny_guard_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny Llama Guard, built once per session (guard tests)."""
    from deployments.tiny_models import ensure_tiny_model

    return ensure_tiny_model("tiny-llama-guard", tmp_path_factory.mktemp("guard-models"))


@pytest.fixture(scope="session")
def moderator() -> Moderator:
    """The default moderator, built once per session (its encoder takes a while to load); a
    test module that needs another configuration defines its own ``moderator``."""
    from governance.moderation import Moderator

    return Moderator()
