"""The classifier heads: per category, a logistic regression over sentence embeddings, and
(since round 7, on the USE head) the similarity to a few hundred prototypes of the training
prompts stacked on it.

Inference is two matrix products in numpy; the weights are written by
``python -m governance.moderation.train``: ``data/head_use.npz`` over the multilingual USE-m3
encoder (the default since round 4) and ``data/head.npz`` over the English MiniLM (kept for
comparison and for ``Moderator(classifier="minilm" | "both")``), each with a static head that
picks which windows of a long prompt its encoder reads. A file without prototypes (the MiniLM
and static heads, and every head before round 7) is read as the plain linear head.
"""

from __future__ import annotations

import contextlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

HEAD_PATH = Path(__file__).resolve().parent / "data" / "head.npz"
#: The head over static embeddings that picks which windows of a long prompt to encode.
STATIC_HEAD_PATH = HEAD_PATH.with_name("static_head.npz")
#: The heads over USE multilingual v3 (governance.moderation.use_encoder), the default reader.
USE_HEAD_PATH = HEAD_PATH.with_name("head_use.npz")
USE_STATIC_HEAD_PATH = HEAD_PATH.with_name("static_head_use.npz")
#: Padding rows of a short prototype group score this far below any cosine, so never count.
PAD = -10.0
# The window head's arrays are stored in its prompt head's file under this prefix.
_WINDOWS_PREFIX = "windows/"
_LONG_PREFIX = "long/"
#: Below this score the window head overrules the prompt head on a window (LinearHead
#: .predict_window): chosen leave-one-set-out over the former blind sets (docs/moderation.md,
#: round 9).
WINDOW_VETO = 0.2


@cache
def _blas() -> Any:
    """threadpoolctl's handle on numpy's BLAS (None without it): see :func:`_one_thread`."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController().select(user_api="blas")


def _one_thread() -> contextlib.AbstractContextManager:
    """One BLAS thread: the prototype product (a few windows x ~1,800 x 512) is big enough
    for OpenBLAS to start its thread pool, which cost 5-25 ms per call on a loaded 2-core
    host, against ~0.7 ms on one thread (the USE encoder limits its own products the same
    way); the limit itself costs ~0.01 ms."""
    blas = _blas()
    return contextlib.nullcontext() if blas is None else blas.limit(limits=1)


def prototype_similarity(
    embeddings: np.ndarray,
    prototypes: np.ndarray,
    offset: np.ndarray,
    top: int,
    columns: np.ndarray | None = None,
) -> np.ndarray:
    """Per prototype group, the mean cosine of the ``top`` nearest prototypes: shape (n, G).

    ``prototypes`` is (G, K, d), unit rows, groups padded to K rows whose ``offset`` is PAD;
    ``columns``, when given, is the same as a C-contiguous (d, G * K) matrix (the product
    with it took 0.64 ms for 20 windows against 1.06 ms through a transposed view)."""
    g, k, d = prototypes.shape
    if columns is None:
        columns = prototypes.reshape(g * k, d).T
    with _one_thread():
        sims = (embeddings @ columns).reshape(-1, g, k) + offset
    if top >= k:
        return sims.mean(axis=2)
    return np.partition(sims, k - top, axis=2)[:, :, k - top :].mean(axis=2)


def sigmoid(logits: np.ndarray) -> np.ndarray:
    """Probabilities from log-odds, clipped to +-50 so that exp never overflows."""
    return 1.0 / (1.0 + np.exp(-np.clip(logits, -50.0, 50.0)))


def stacked_logits(linear: np.ndarray, near: np.ndarray, stack: np.ndarray) -> np.ndarray:
    """The stacked log-odds ``s0 + s1 * linear + s2 * harmful_k + s3 * benign`` per category,
    from the linear logits (n, C), the prototype similarities (n, 1 + C: benign first) and the
    stacking rows (C, 4); train.py fits ``stack`` on the very same formula."""
    return (
        stack[:, 0] + stack[:, 1] * linear + stack[:, 2] * near[:, 1:] + stack[:, 3] * near[:, :1]
    )


class LinearHead:
    """Per-category probabilities ``sigmoid(x @ W.T + b)``; with prototypes, stacked:
    ``sigmoid(s0 + s1 * (x @ W.T + b) + s2 * harmful_k(x) + s3 * benign(x))``, where
    ``harmful_k`` is the mean cosine of the ``top`` nearest prototypes of category k's
    training prompts and ``benign`` that of the benign prompts' (group 0)."""

    def __init__(
        self,
        categories: tuple[str, ...],
        weights: np.ndarray,
        bias: np.ndarray,
        meta: dict,
        prototypes: np.ndarray | None = None,
        offset: np.ndarray | None = None,
        stack: np.ndarray | None = None,
        top: int = 2,
        window_bias: np.ndarray | None = None,
    ) -> None:
        if weights.shape != (len(categories), weights.shape[1]) or bias.shape != (len(categories),):
            raise ValueError(f"head shape mismatch: W {weights.shape}, b {bias.shape}")
        if prototypes is not None and (
            prototypes.shape[0] != len(categories) + 1
            or prototypes.shape[2] != weights.shape[1]
            or offset is None
            or offset.shape != prototypes.shape[:2]
            or stack is None
            or stack.shape != (len(categories), 4)
        ):
            raise ValueError(f"prototype shape mismatch: {prototypes.shape}")
        self.categories = categories
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.meta = meta
        self.prototypes = None if prototypes is None else prototypes.astype(np.float32)
        self.offset = None if offset is None else offset.astype(np.float32)
        self.stack = None if stack is None else stack.astype(np.float32)
        self.top = int(top)
        #: The linear head's own calibrated bias (stacked heads only): see predict_window.
        self.window_bias = None if window_bias is None else window_bias.astype(np.float32)
        #: The head that judges windows of long prompts, where one was fitted for them (round
        #: 9: it also learned from benign prompts' windows); None: this head judges them.
        self.for_windows: LinearHead | None = None
        #: With :attr:`for_windows`: below this, the window head overrules this head's reading
        #: of a window (see predict_window).
        self.window_veto = WINDOW_VETO
        #: The head that reads the windows of long prompts in this one's place, where the
        #: prompt head was fitted on more files than the long-prompt heads (round 30: see
        #: ``train.WINDOW_TRAIN_FILES``); None: this head reads them (``predict_window``).
        self.for_long: LinearHead | None = None
        self._columns = (
            None
            if self.prototypes is None
            else np.ascontiguousarray(self.prototypes.reshape(-1, self.dim).T)
        )

    @property
    def dim(self) -> int:
        return int(self.weights.shape[1])

    def logits(self, embeddings: np.ndarray) -> np.ndarray:
        """The log-odds behind :meth:`predict`, shape (n, len(categories))."""
        return self._logits(embeddings, embeddings @ self.weights.T)

    def _logits(self, embeddings: np.ndarray, product: np.ndarray) -> np.ndarray:
        """:meth:`logits` given ``product = embeddings @ weights.T`` (predict_window reuses it)."""
        linear = product + self.bias
        if self.prototypes is None or self.offset is None or self.stack is None:
            return linear
        near = prototype_similarity(
            embeddings, self.prototypes, self.offset, self.top, self._columns
        )
        return stacked_logits(linear, near, self.stack)

    def predict(self, embeddings: np.ndarray) -> np.ndarray:
        """Probabilities, shape (n, len(categories)), each in [0, 1]."""
        return sigmoid(self.logits(embeddings))

    def predict_window(self, embeddings: np.ndarray) -> np.ndarray:
        """Probabilities for windows of a long prompt: the higher of :meth:`predict` and the
        linear head alone, calibrated on its own (``window_bias``). A window mixes a request
        with scenery, whose closeness to benign prototypes pulls the stacked score down (a
        self-harm request after 3,500 characters of harbour scenery scored 0.21 stacked,
        0.6 linear).

        With :attr:`for_windows`, that head's reading, or this head's where it is higher and
        the window head gives at least :attr:`window_veto`: the window head vetoes only the
        windows it is sure are scenery, so that a request the prompt head knows still counts
        when it shares its window with scenery. With :attr:`for_long`, that head's reading
        alone."""
        if self.for_long is not None:
            return self.for_long.predict_window(embeddings)
        if self.for_windows is not None:
            window = self.for_windows.predict_window(embeddings)
            own = self._own_window(embeddings)
            return np.where(window >= self.window_veto, np.maximum(window, own), window)
        return self._own_window(embeddings)

    def _own_window(self, embeddings: np.ndarray) -> np.ndarray:
        product = embeddings @ self.weights.T
        probs = sigmoid(self._logits(embeddings, product))
        if self.window_bias is None:
            return probs
        return np.maximum(probs, sigmoid(product + self.window_bias))

    def save(self, path: Path = HEAD_PATH) -> None:
        np.savez(path, **self._arrays())

    def _arrays(self) -> dict[str, np.ndarray]:
        extra = {}
        if self.prototypes is not None:
            extra = {
                "prototypes": self.prototypes,
                "offset": self.offset,
                "stack": self.stack,
                "top": np.array(self.top),
            }
            if self.window_bias is not None:
                extra["window_bias"] = self.window_bias
        if self.for_windows is not None:
            for key, value in self.for_windows._arrays().items():
                extra[_WINDOWS_PREFIX + key] = value
        if self.for_long is not None:
            for key, value in self.for_long._arrays().items():
                extra[_LONG_PREFIX + key] = value
        return {
            "categories": np.array(self.categories),
            "weights": self.weights,
            "bias": self.bias,
            "meta": np.array(json.dumps(self.meta, sort_keys=True)),
            **extra,
        }

    @classmethod
    def load(cls, path: Path = HEAD_PATH) -> LinearHead:
        with np.load(path, allow_pickle=False) as data:
            return cls._from_arrays({key: data[key] for key in data.files})

    @classmethod
    def _from_arrays(cls, data: dict[str, np.ndarray]) -> LinearHead:
        stacked = "prototypes" in data
        head = cls(
            tuple(str(c) for c in data["categories"]),
            data["weights"],
            data["bias"],
            json.loads(str(data["meta"])),
            data["prototypes"] if stacked else None,
            data["offset"] if stacked else None,
            data["stack"] if stacked else None,
            int(data["top"]) if stacked else 2,
            data["window_bias"] if "window_bias" in data else None,
        )
        for prefix, attribute in ((_LONG_PREFIX, "for_long"), (_WINDOWS_PREFIX, "for_windows")):
            nested = {
                key[len(prefix) :]: value for key, value in data.items() if key.startswith(prefix)
            }
            if nested:
                setattr(head, attribute, cls._from_arrays(nested))
        return head
