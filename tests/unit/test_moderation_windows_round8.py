"""Round 8: the stacked score's operating point for the windows of long prompts is set on the
windows of benign long training prompts (train.fit_head's ``window_rows``,
``LinearHead.window_shift``; docs/moderation.md, "Round 8: false positives, leave-one-set-out").

Small synthetic data for the mechanics; the committed head for what ships.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from governance.moderation import train as tr  # noqa: E402
from governance.moderation.categories import CATEGORIES  # noqa: E402
from governance.moderation.head import USE_HEAD_PATH, LinearHead, sigmoid  # noqa: E402

pytestmark = pytest.mark.unit
HARM = CATEGORIES.index("self-harm")


def _data(n: int = 400, d: int = 16) -> tuple[np.ndarray, ...]:
    """Prompts whose harmful half leans along axes 0 and 1, and windows of benign long prompts
    that lean along axis 0 alone (scenery holding a word the harmful prompts use)."""
    rng = np.random.default_rng(0)
    x = rng.standard_normal((n, d))
    y = np.zeros((n, len(CATEGORIES)))
    y[: n // 2, HARM] = 1.0
    x[: n // 2, :2] += 1.5
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    xw = rng.standard_normal((300, d))
    xw[:, 0] += 2.0
    xw /= np.linalg.norm(xw, axis=1, keepdims=True)
    owner = n // 2 + np.arange(300) // 3  # three windows each of 100 benign prompts
    return x, y, np.ones_like(y, dtype=bool), np.arange(n) % tr.FOLDS, xw, owner


def test_benign_windows_set_the_stacked_window_point_and_leave_the_rest_alone(
    tmp_path: Path,
) -> None:
    x, y, mask, folds, xw, owner = _data()
    plain = tr.fit_head(x, y, folds, mask, {}, prototypes=10)
    head = tr.fit_head(x, y, folds, mask, {}, prototypes=10, window_rows=(xw, owner))
    assert plain.window_shift is None and head.window_shift is not None
    assert np.all(head.window_shift >= 0) and head.window_shift[HARM] > 0
    assert head.meta["window_rows"] == 300
    # The prompt head (weights, prototypes, stack, the linear window bias) is the same fit.
    for name in ("weights", "bias", "prototypes", "stack", "window_bias"):
        assert np.array_equal(getattr(head, name), getattr(plain, name)), name
    probe = xw[:60].astype(np.float32)
    assert np.array_equal(head.predict(probe), plain.predict(probe))  # prompts read as before
    lowered = sigmoid(plain.logits(probe) - head.window_shift)
    linear = sigmoid(probe @ head.weights.T + head.window_bias)
    assert np.allclose(head.predict_window(probe), np.maximum(lowered, linear), atol=1e-6)
    path = tmp_path / "h.npz"
    head.save(path)
    again = LinearHead.load(path)
    assert np.array_equal(again.window_shift, head.window_shift)
    assert np.allclose(again.predict_window(probe), head.predict_window(probe), atol=1e-6)


def test_no_windows_keeps_the_round7_window_rule() -> None:
    x, y, mask, folds, _, _ = _data()
    empty = (np.zeros((0, x.shape[1])), np.zeros(0, dtype=int))
    head = tr.fit_head(x, y, folds, mask, {}, prototypes=10, window_rows=empty)
    assert head.window_shift is None and head.window_bias is not None


def test_the_shipped_use_head_sets_its_window_point_on_benign_windows() -> None:
    head = LinearHead.load(USE_HEAD_PATH)
    assert head.window_shift is not None and np.all(head.window_shift >= 0)
    assert head.meta["window_rows"] > 1000
