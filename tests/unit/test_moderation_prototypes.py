"""Round 7: the USE head stacks prototype similarity on the linear logit (head.py, train.py).

Small synthetic data for the mechanics (save/load, padding, determinism); the committed head
for what ships (it carries prototypes, and stays a couple of small matrix products).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from governance.moderation import train as tr  # noqa: E402
from governance.moderation.categories import CATEGORIES  # noqa: E402
from governance.moderation.head import (  # noqa: E402
    HEAD_PATH,
    PAD,
    USE_HEAD_PATH,
    USE_STATIC_HEAD_PATH,
    LinearHead,
    prototype_similarity,
)

pytestmark = pytest.mark.unit


def _unit(rng: np.random.Generator, n: int, d: int = 16) -> np.ndarray:
    x = rng.standard_normal((n, d))
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_kmeans_is_deterministic_and_unit() -> None:
    x = _unit(np.random.default_rng(1), 300)
    a, b = tr.kmeans(x, 20), tr.kmeans(x, 20)
    assert a.shape == (20, 16) and np.array_equal(a, b)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)


def test_similarity_ignores_padding_rows() -> None:
    protos = np.zeros((2, 3, 4), dtype=np.float32)
    protos[0, 0, 0] = protos[0, 1, 1] = protos[0, 2, 2] = 1.0
    protos[1, 0, 0] = 1.0  # group 1 has one real prototype, two padding rows
    offset = np.zeros((2, 3), dtype=np.float32)
    offset[1, 1:] = PAD
    e = np.array([[-1.0, 0.0, 0.0, 0.0]], dtype=np.float32)
    near = prototype_similarity(e, protos, offset, top=1)
    assert near[0, 0] == pytest.approx(0.0) and near[0, 1] == pytest.approx(-1.0)


def test_stacked_head_round_trips_and_old_files_stay_linear(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    n = 400
    x = _unit(rng, n)
    y = np.zeros((n, len(CATEGORIES)))
    y[: n // 2, 0] = 1.0
    x[: n // 2, 0] += 1.0  # the harmful half leans one way
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    y[n // 2 : n // 2 + 60, 3] = 1.0
    mask = np.ones_like(y, dtype=bool)
    folds = np.arange(n) % tr.FOLDS
    head = tr.fit_head(x, y, folds, mask, {"n": n}, prototypes=10)
    assert head.prototypes is not None and head.prototypes.shape == (len(CATEGORIES) + 1, 10, 16)
    path = tmp_path / "h.npz"
    head.save(path)
    again = LinearHead.load(path)
    assert np.allclose(again.predict(x[:20].astype(np.float32)), head.predict(x[:20]), atol=1e-5)
    assert again.top == head.top and again.meta["prototypes"] == 10
    linear = tr.fit_head(x, y, folds, mask, {}, prototypes=0)
    linear.save(path)
    assert LinearHead.load(path).prototypes is None


def test_the_shipped_use_head_carries_prototypes_and_stays_cheap() -> None:
    head = LinearHead.load(USE_HEAD_PATH)
    assert head.prototypes is not None and head.stack is not None
    assert head.prototypes.shape[0] == len(CATEGORIES) + 1 and head.dim == 512
    assert head.prototypes.shape[1] <= 400  # a few hundred per group, not every exemplar
    # The static and MiniLM heads stay linear.
    assert LinearHead.load(USE_STATIC_HEAD_PATH).prototypes is None
    assert LinearHead.load(HEAD_PATH).prototypes is None


def test_long_prompt_windows_also_read_the_linear_head() -> None:
    head = LinearHead.load(USE_HEAD_PATH)
    head = head.for_long or head  # round 30: long prompts have heads of their own
    head = head.for_windows or head  # round 9: windows have a head of their own
    assert head.window_bias is not None
    e = np.random.default_rng(2).standard_normal((5, head.dim)).astype(np.float32)
    e /= np.linalg.norm(e, axis=1, keepdims=True)
    linear = 1.0 / (1.0 + np.exp(-(e @ head.weights.T + head.window_bias)))
    got = head.predict_window(e)
    assert np.all(got >= head.predict(e) - 1e-7) and np.all(got >= linear - 1e-6)
