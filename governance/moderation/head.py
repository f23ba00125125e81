"""The classifier heads: one logistic regression per category over sentence embeddings.

Inference is a matrix product in numpy; the weights are written by
``python -m governance.moderation.train``: ``data/head_use.npz`` over the multilingual USE-m3
encoder (the default since round 4) and ``data/head.npz`` over the English MiniLM (kept for
comparison and for ``Moderator(classifier="minilm" | "both")``), each with a static head that
picks which windows of a long prompt its encoder reads.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

HEAD_PATH = Path(__file__).resolve().parent / "data" / "head.npz"
#: The head over static embeddings that picks which windows of a long prompt to encode.
STATIC_HEAD_PATH = HEAD_PATH.with_name("static_head.npz")
#: The heads over USE multilingual v3 (governance.moderation.use_encoder), the default reader.
USE_HEAD_PATH = HEAD_PATH.with_name("head_use.npz")
USE_STATIC_HEAD_PATH = HEAD_PATH.with_name("static_head_use.npz")


class LinearHead:
    """Per-category probabilities ``sigmoid(x @ W.T + b)``."""

    def __init__(
        self, categories: tuple[str, ...], weights: np.ndarray, bias: np.ndarray, meta: dict
    ) -> None:
        if weights.shape != (len(categories), weights.shape[1]) or bias.shape != (len(categories),):
            raise ValueError(f"head shape mismatch: W {weights.shape}, b {bias.shape}")
        self.categories = categories
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.meta = meta

    @property
    def dim(self) -> int:
        return int(self.weights.shape[1])

    def predict(self, embeddings: np.ndarray) -> np.ndarray:
        """Probabilities, shape (n, len(categories)), each in [0, 1]."""
        logits = embeddings @ self.weights.T + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -50.0, 50.0)))

    def save(self, path: Path = HEAD_PATH) -> None:
        np.savez(
            path,
            categories=np.array(self.categories),
            weights=self.weights,
            bias=self.bias,
            meta=np.array(json.dumps(self.meta, sort_keys=True)),
        )

    @classmethod
    def load(cls, path: Path = HEAD_PATH) -> LinearHead:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                tuple(str(c) for c in data["categories"]),
                data["weights"],
                data["bias"],
                json.loads(str(data["meta"])),
            )
