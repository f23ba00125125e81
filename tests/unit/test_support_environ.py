"""scoped_environ: the block sees the changes; afterwards every variable is as it was."""

from __future__ import annotations

import os

import pytest

from tests.support.environ import scoped_environ

pytestmark = pytest.mark.unit


def test_set_and_unset_for_the_block_then_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMP_TEST_KEPT", "old")
    monkeypatch.setenv("IMP_TEST_UNSET", "there")
    monkeypatch.delenv("IMP_TEST_NEW", raising=False)
    changes = {"IMP_TEST_KEPT": "new", "IMP_TEST_UNSET": None, "IMP_TEST_NEW": "made"}
    with pytest.raises(RuntimeError), scoped_environ(changes):
        assert os.environ["IMP_TEST_KEPT"] == "new"
        assert "IMP_TEST_UNSET" not in os.environ
        assert os.environ["IMP_TEST_NEW"] == "made"
        raise RuntimeError("the block fails: the variables are put back all the same")
    assert os.environ["IMP_TEST_KEPT"] == "old"
    assert os.environ["IMP_TEST_UNSET"] == "there"
    assert "IMP_TEST_NEW" not in os.environ
