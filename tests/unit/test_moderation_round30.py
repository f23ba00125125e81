"""Round 30: the prompt head learns rounds 14-29's former blind sets; long prompts keep the
heads fitted on round 14's files (``LinearHead.for_long``, ``train.WINDOW_TRAIN_FILES``)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from governance.moderation import Moderator  # noqa: E402
from governance.moderation import train as tr  # noqa: E402
from governance.moderation.categories import CATEGORIES  # noqa: E402
from governance.moderation.head import USE_HEAD_PATH, LinearHead  # noqa: E402
from governance.moderation.moderator import HIGHER_OF_BOTH, _higher_where_named  # noqa: E402


def _toy_heads() -> tuple[LinearHead, LinearHead]:
    """Two stacked heads fitted on different toy data: a prompt head, and a long-prompt head
    with a window head of its own."""
    rng = np.random.default_rng(30)
    n, dim = 240, 16
    x = rng.standard_normal((n, dim))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    y = np.zeros((n, len(CATEGORIES)))
    y[:, 0] = x[:, 0] > 0.3
    y[:, 2] = x[:, 1] > 0.3
    y[:, 3] = x[:, 2] > 0.3  # self-harm
    folds = np.arange(n) % tr.FOLDS
    mask = np.ones_like(y, dtype=bool)
    prompt = tr.fit_head(x, y, folds, mask, {"which": "prompts"}, prototypes=8)
    half = n // 2
    long = tr.fit_head(x[:half], y[:half], folds[:half], mask[:half], {"which": "long"}, 8)
    long.for_windows = tr.fit_head(
        x[:half], y[:half], folds[:half], mask[:half], {"which": "windows"}, 8
    )
    return prompt, long


def test_windows_are_read_by_the_long_prompt_head_alone_and_survive_a_round_trip(
    tmp_path: Path,
) -> None:
    prompt, long = _toy_heads()
    e = np.random.default_rng(1).standard_normal((50, prompt.dim)).astype(np.float32)
    e /= np.linalg.norm(e, axis=1, keepdims=True)
    own = prompt.predict_window(e)
    prompt.for_long = long
    assert np.allclose(prompt.predict_window(e), long.predict_window(e))
    assert not np.allclose(own, long.predict_window(e))  # so the check above can fail
    path = tmp_path / "h.npz"
    prompt.save(path)
    again = LinearHead.load(path)
    assert again.for_windows is None and again.for_long is not None
    assert again.for_long.meta["which"] == "long"
    assert again.for_long.for_windows is not None
    assert again.for_long.for_windows.meta["which"] == "windows"
    assert np.allclose(again.predict(e), prompt.predict(e), atol=1e-6)
    assert np.allclose(again.predict_window(e), long.predict_window(e), atol=1e-6)


def test_self_harm_reads_the_higher_of_both_heads_only_where_the_text_names_it() -> None:
    """A refit must not lower self-harm: a prompt read whole that names self-harm takes the
    higher of the prompt head and the long-prompt head there (round 30: an Arabic implied
    suicide fell to 0.485); other prompts and other categories keep the prompt head's."""
    assert HIGHER_OF_BOTH == ("self-harm",)
    prompt, long = _toy_heads()
    e = np.random.default_rng(2).standard_normal((200, prompt.dim)).astype(np.float32)
    e /= np.linalg.norm(e, axis=1, keepdims=True)
    alone, other = prompt.predict(e), long.predict(e)
    named = "she swallowed the whole bottle of pills"
    texts = [named if i % 2 else "a quiet harbour at dawn, boats and gulls" for i in range(200)]
    probs = alone.copy()
    _higher_where_named(texts, e, long, probs)
    k = CATEGORIES.index("self-harm")
    odd, even = np.arange(1, 200, 2), np.arange(0, 200, 2)
    assert np.allclose(probs[odd, k], np.maximum(alone[odd, k], other[odd, k]))
    assert (other[odd, k] > alone[odd, k] + 1e-3).any()  # the long head's reading did count
    assert np.array_equal(probs[even], alone[even])
    rest = [i for i in range(len(CATEGORIES)) if i != k]
    assert np.array_equal(probs[:, rest], alone[:, rest])


def test_the_arabic_implied_suicide_reads_over_the_point_through_the_long_prompt_head(
    moderator: Moderator,
) -> None:
    """Round 4's pinned probe (no term-list word): the prompt head alone reads it under 0.5."""
    from governance.moderation.moderator import prepare

    text = "الليلة الاخيرة قبل ان تقفز من الجسر لان لا احد سيفتقدها"
    head, encoder = moderator._head, moderator._encoder
    e = encoder.encode([prepare(encoder, text)])
    k = CATEGORIES.index("self-harm")
    assert head.predict(e)[0, k] < 0.5 <= head.for_long.predict(e)[0, k]
    result = moderator.check_prompt(text)
    assert result.flagged and result.categories["self-harm"], result.category_scores


def test_the_shipped_prompt_head_learned_every_file_and_the_long_prompt_heads_round_14s() -> None:
    head = LinearHead.load(USE_HEAD_PATH)
    assert head.for_long is not None and head.for_long.meta["reads"] == "long prompts"
    assert head.meta["n_train"] == len(tr.training_rows(tr.TRAIN_FILES))
    assert head.for_long.meta["n_train"] == len(tr.training_rows(tr.WINDOW_TRAIN_FILES))
    assert head.for_long.for_windows is not None  # round 9's window head, under it
    assert head.for_long.for_windows.meta["benign_windows"] > 1000
    names = {path.name for path in tr.TRAIN_FILES}
    assert {f"blind_round{n}.jsonl" for n in range(14, 30)} <= names
    # Never the current round's blind set, nor a later one.
    assert not any(
        n.startswith(
            (
                "blind_round30",
                "blind_round31",
                "blind_round32",
                "blind_round33",
                "blind_round34",
                "blind_round35",
            )
        )
        for n in names
    )
    assert tr.WINDOW_FILE_NAMES < names


def test_a_fit_with_a_long_mask_gives_the_long_prompt_heads_only_the_masked_rows() -> None:
    """fit_reader's long_mask, on the real encoder and a few real rows (MiniLM's linear path:
    no window head, so it stays quick)."""
    rows = tr.training_rows([tr.DATA / "blind_round2.jsonl"])[:120]
    rows += tr.training_rows([tr.DATA / "blind_round20.jsonl"])[:120]
    encoder = tr.load_named_encoder("minilm")
    x = tr.embed(encoder, rows)
    keep = np.array([r["source"] == "blind_round2.jsonl" for r in rows])
    _, head, static = tr.fit_reader("minilm", encoder, rows, x, {"n_train": len(rows)}, keep)
    assert head.meta["n_train"] == 240
    assert head.for_long is not None and head.for_long.meta["n_train"] == 120
    assert head.for_long.for_long is None
    assert static.dim == head.dim
