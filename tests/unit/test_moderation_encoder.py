"""The moderation encoder on ONNX Runtime computes what the torch model computes.

Real packaged MiniLM on both sides (the ONNX graph exported from it into a throwaway cache, as
a replica does on its first start), compared on prompts of the blind set, long prompts' windows
and padded batches; then the moderator's scores through each backend.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from governance.moderation import MAX_PROMPT_CHARS, Moderator  # noqa: E402
from governance.moderation import encoder as enc  # noqa: E402
from governance.moderation import train as tr  # noqa: E402
from governance.moderation.moderator import windows  # noqa: E402

pytestmark = pytest.mark.unit

SCENE = (
    "A quiet harbour at dawn, fishing boats tied to weathered posts, gulls over the water. "
    "Nets dry on the quay; a woman in a yellow coat carries a crate of oysters past stacked "
    "lobster pots, and smoke curls from the chimney of the harbourmaster's cottage. "
)


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("encoders")


@pytest.fixture(scope="module")
def onnx_encoder(cache_dir: Path) -> enc.Encoder:
    pytest.importorskip("onnxruntime")
    return enc.Encoder(backend="onnx", threads=1, cache_dir=cache_dir)


@pytest.fixture(scope="module")
def torch_encoder() -> enc.Encoder:
    return enc.Encoder(backend="torch")


def sample_texts() -> list[str]:
    blind = [r["prompt"] for r in tr.load_jsonl(tr.NEAR_MISS_PATH)]
    long_prompt = (SCENE * (MAX_PROMPT_CHARS // len(SCENE) + 1))[:MAX_PROMPT_CHARS]
    # short, long (truncated at 256 tokens), a long prompt's windows, empty-ish, non-Latin
    parts = windows(long_prompt)
    return [
        *blind[:: max(len(blind) // 40, 1)],
        long_prompt,
        *parts[:: len(parts) // 8],
        " ",
        "猫と犬",
    ]


def test_onnx_is_the_default_where_onnxruntime_is_installed(cache_dir: Path) -> None:
    pytest.importorskip("onnxruntime")
    assert enc.Encoder(cache_dir=cache_dir).backend == "onnx"


def test_onnx_and_torch_embeddings_agree(
    onnx_encoder: enc.Encoder, torch_encoder: enc.Encoder
) -> None:
    texts = sample_texts()
    ours, theirs = onnx_encoder.encode(texts), torch_encoder.encode(texts)
    assert ours.shape == theirs.shape == (len(texts), 384)
    np.testing.assert_allclose(ours, theirs, atol=1e-4)
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_batching_does_not_change_an_embedding(onnx_encoder: enc.Encoder) -> None:
    """Padding and the cut into forward passes must not leak into a text's embedding."""
    texts = sample_texts()
    together = onnx_encoder.encode(texts)
    alone = np.stack([onnx_encoder.encode([t])[0] for t in texts[:12]])
    np.testing.assert_allclose(together[:12], alone, atol=1e-5)
    reordered = onnx_encoder.encode(texts[::-1])[::-1]
    np.testing.assert_allclose(together, reordered, atol=1e-5)


def test_the_export_is_cached_and_reused(cache_dir: Path, onnx_encoder: enc.Encoder) -> None:
    cached = enc.onnx_cache_file(onnx_encoder.path, cache_dir)
    assert cached.is_file() and cached.stat().st_size > 50_000_000
    before = cached.stat().st_mtime_ns
    again = enc.Encoder(backend="onnx", threads=1, cache_dir=cache_dir)
    assert cached.stat().st_mtime_ns == before  # loaded, not exported again
    np.testing.assert_allclose(again.encode([SCENE]), onnx_encoder.encode([SCENE]), atol=1e-6)


def test_an_unwritable_cache_still_gives_an_onnx_encoder(
    tmp_path: Path, cache_dir: Path, onnx_encoder: enc.Encoder, monkeypatch
) -> None:
    exported = enc.onnx_cache_file(onnx_encoder.path, cache_dir).read_bytes()
    monkeypatch.setattr(enc, "export_onnx", lambda path: exported)  # the same bytes, faster
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    encoder = enc.Encoder(backend="onnx", threads=1, cache_dir=blocked)
    assert encoder.backend == "onnx"
    assert encoder.encode(["a cat"]).shape == (1, 384)


def test_torch_is_the_fallback_when_onnx_cannot_load(monkeypatch, tmp_path: Path) -> None:
    def broken(*args, **kwargs):
        raise ImportError("no onnxruntime here")

    monkeypatch.setattr(enc, "_onnx_session", broken)
    assert enc.Encoder(cache_dir=tmp_path).backend == "torch"
    with pytest.raises(ImportError):
        enc.Encoder(backend="onnx", cache_dir=tmp_path)


def test_chunks_cover_every_text_once_and_split_only_where_it_pays() -> None:
    assert enc._chunks([]) == []
    assert enc._chunks([10, 11, 12, 12]) == [range(0, 4)]
    lengths = [5] * 10 + [200] * 3
    runs = enc._chunks(lengths)
    assert runs == [range(0, 10), range(10, 13)]
    lengths = sorted([7, 30, 31, 33, 90, 95, 250, 12, 12, 40])
    covered = [i for run in enc._chunks(lengths) for i in run]
    assert covered == list(range(len(lengths)))
    runs = enc._chunks([20] * 1000)  # a corpus in one call: bounded passes, quickly cut
    assert max(len(r) for r in runs) <= enc._MAX_RUN
    assert [i for run in runs for i in run] == list(range(1000))


def test_moderator_scores_agree_across_backends(
    onnx_encoder: enc.Encoder, cache_dir: Path, monkeypatch
) -> None:
    """The moderator's rounded scores through ONNX equal torch's within 1e-3 (the classifier
    head, trained on torch embeddings, is unchanged)."""
    monkeypatch.setattr(enc, "_CACHE", {})
    monkeypatch.setenv("IMPRIMATUR_ENCODER_CACHE", str(cache_dir))
    onnx_moderator = Moderator(backend="onnx", num_threads=1, classifier="minilm")
    torch_moderator = Moderator(backend="torch", num_threads=1, classifier="minilm")
    assert onnx_moderator._encoder.backend == "onnx"
    assert torch_moderator._encoder.backend == "torch"
    texts = sample_texts()[:60] + [
        (SCENE * 30)[: MAX_PROMPT_CHARS - 60] + " a man with his throat slit open, blood pooling",
    ]
    ours, theirs = onnx_moderator.check(texts), torch_moderator.check(texts)
    worst = max(
        abs(a.category_scores[c] - b.category_scores[c])
        for a, b in zip(ours, theirs, strict=True)
        for c in a.category_scores
    )
    assert worst <= 1e-3
    assert [r.flagged for r in ours] == [r.flagged for r in theirs]
    assert ours[-1].flagged  # harm at the end of a 4,000-character prompt is still read
