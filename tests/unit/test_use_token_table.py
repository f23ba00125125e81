"""USE-m3's forward pass with each token id's share computed once (use_encoder._TokenTable)
gives the package's own embeddings, on every service language, long windows, empty texts and
whatever the table holds: filled by earlier calls, refilled when full, or too small to help."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from governance.moderation.moderator import MAX_PROMPT_CHARS, prepare, windows
from governance.moderation.use_encoder import UseEncoder, _TokenTable

pytestmark = pytest.mark.unit

DATA = Path(__file__).resolve().parents[2] / "governance" / "moderation" / "data"


def _texts() -> list[str]:
    """Rows of every language from a training file, and a long prompt's windows."""
    rows = [json.loads(line) for line in (DATA / "train_round7.jsonl").open(encoding="utf-8")]
    by_lang: dict[str, list[str]] = {}
    for row in rows:
        by_lang.setdefault(row.get("lang", "en"), []).append(row["prompt"])
    assert len(by_lang) == 11
    picked = [p for prompts in by_lang.values() for p in prompts[:12]]
    long = " ".join(picked)[:MAX_PROMPT_CHARS]
    return [*picked, long, "", "  ", "a", "x" * 300]


@pytest.fixture(scope="module")
def encoder() -> UseEncoder:
    return UseEncoder()


def test_the_same_embeddings_as_the_package(encoder: UseEncoder) -> None:
    texts = _texts()
    texts += windows(prepare(encoder, texts[-5]))
    expected = encoder.reference_encode(texts)
    np.testing.assert_allclose(encoder.encode(texts), expected, atol=2e-6)
    # Again with the table filled by the first call, and one text at a time.
    np.testing.assert_allclose(encoder.encode(texts[::-1]), expected[::-1], atol=2e-6)
    for i in (0, 40, len(texts) - 5):
        np.testing.assert_allclose(encoder.encode([texts[i]]), expected[i : i + 1], atol=2e-6)


@pytest.mark.parametrize("capacity", [1, 64])
def test_a_small_or_full_table_changes_nothing(encoder: UseEncoder, capacity: int) -> None:
    """A table that overflows starts again empty; one smaller than a call's distinct ids is
    bypassed. Either way the embeddings are the package's."""
    texts = _texts()[:60]
    expected = encoder.reference_encode(texts)
    small = UseEncoder()
    small._table = _TokenTable(small._backend, capacity=capacity)
    for start in range(0, len(texts), 7):  # many calls: the table fills and restarts
        got = small.encode(texts[start : start + 7])
        np.testing.assert_allclose(got, expected[start : start + 7], atol=2e-6)
    assert small._table._used <= capacity
