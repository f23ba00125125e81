"""How selective the static pass can be: the windows of long prompts the full head flags, and
how many windows a second stage over static embeddings must escalate to keep them.

Run: python benchmarks/escalation.py [--cache DIR] [--texts N]

The encoder reads a long prompt's windows where the static pass (``static_head_use.npz``)
flags them, plus each prompt's ``ALWAYS_READ`` highest-ranked windows (moderator.classify).
Reading fewer windows is what makes 4,000 characters cheap (docs/moderation.md, "The cost of
4,000-character prompts"), but only if the windows the full head would flag are still read.

Corpus: long texts built deterministically from the training rows (round 2's former blind set,
the cost benchmark's near-miss source, left out), in five disjoint row folds: rows of every
kind joined, benign rows only, and benign rows with one harmful row at a random place; 400 to
4,000 characters. Every window of every text is embedded by the full encoder and scored by the
shipped head (``predict_window``); a window is *flagged* where any category reaches the point
at which it can change a verdict (``sexual`` 0.3, floors.MINOR_SEXUAL_EVIDENCE; ``sexual/minors``
0.4; the others 0.5). Reported: for the shipped static pass and for a logistic regression
distilled on those targets over the same static embeddings (``train.fit_logistic``; each fold
scored by a fit without it), the share of windows escalated at the point that keeps 99.5%, 99%
and 98% of the flagged windows, on all windows and on benign-only texts' windows, and how many
texts lose a flagged category when the encoder reads only the escalated windows and each text's
ALWAYS_READ best-ranked ones.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time
from pathlib import Path

import _common  # noqa: F401  (sets sys.path and offline env first)
import numpy as np  # noqa: E402
from _common import machine_line, print_table  # noqa: E402

from governance.moderation import train as tr  # noqa: E402
from governance.moderation.floors import MINOR_SEXUAL_EVIDENCE  # noqa: E402
from governance.moderation.moderator import ALWAYS_READ, Moderator, prepare, windows  # noqa: E402

FOLDS = 5
#: Per category (train.CATEGORIES order), the lowest score at which it can change a verdict.
POINTS = np.array([MINOR_SEXUAL_EVIDENCE, 0.4, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5])


def corpus(texts_per_fold: int, seed: int = 39) -> list[tuple[str, int, str]]:
    """(text, fold, kind) for long texts made of training rows, each fold's from its own rows."""
    rows = [r for r in tr.training_rows() if r["source"] != tr.NEAR_MISS_PATH.name]
    fold = [hashlib.sha256(r["prompt"].encode()).digest()[2] % FOLDS for r in rows]
    rng = random.Random(seed)
    out = []
    share = {"mixed": 0.3, "benign": 0.4, "tail": 0.3}
    for f in range(FOLDS):
        every = [r["prompt"] for r, g in zip(rows, fold, strict=True) if g == f]
        benign = [
            r["prompt"] for r, g in zip(rows, fold, strict=True) if g == f and not r["categories"]
        ]
        harm = [r["prompt"] for r, g in zip(rows, fold, strict=True) if g == f and r["categories"]]
        for kind, part in share.items():
            for _ in range(int(part * texts_per_fold)):
                length = rng.choice([4000, 4000, rng.randint(400, 4000)])
                if kind == "tail":
                    page = ". ".join(rng.sample(benign, 50))
                    n = rng.randint(300, 3700)
                    cut = rng.randint(0, n)
                    text = f"{page[:cut]}. {rng.choice(harm)}. {page[cut:n]}"[:4000]
                else:
                    text = ". ".join(rng.sample(every if kind == "mixed" else benign, 60))[:length]
                out.append((text, f, kind))
    return out


def read_mask(
    score: np.ndarray, escalated: np.ndarray, owner: np.ndarray, always_read: int = ALWAYS_READ
) -> np.ndarray:
    """The windows the encoder reads: those escalated, and each text's ``always_read``
    best-ranked ones (as moderator.classify; the windows here are distinct per text)."""
    read = escalated.copy()
    for t in np.unique(owner):
        rows = np.flatnonzero(owner == t)
        read[rows[np.argsort(-score[rows], kind="stable")[:always_read]]] = True
    return read


def lost_texts(read: np.ndarray, flags: np.ndarray, owner: np.ndarray) -> int:
    """Texts where some category flagged in a window is flagged in no window that is read."""
    lost = 0
    for t in np.unique(owner):
        rows = np.flatnonzero(owner == t)
        lost += bool((flags[rows].any(0) & ~flags[rows][read[rows]].any(0)).any())
    return lost


def always_read_table(
    shipped: np.ndarray, flags: np.ndarray, owner: np.ndarray, kind: np.ndarray
) -> None:
    """What reading more of each text's best-ranked windows buys, with the static pass as
    shipped: windows read, and texts losing a flag, of those hiding one harmful row ("tail")
    and of the rest."""
    escalated = shipped >= 0.5
    tail = np.isin(owner, np.unique(owner[kind == "tail"]))
    rows = []
    for k in (0, 2, 3, 4, 6, 8):
        read = read_mask(shipped, escalated, owner, k)
        rows.append(
            [
                k,
                f"{read.mean():.3f}",
                f"{read[kind == 'benign'].mean():.3f}",
                lost_texts(read[tail], flags[tail], owner[tail]),
                lost_texts(read[~tail], flags[~tail], owner[~tail]),
            ]
        )
    print_table(
        [
            "always read",
            "windows read",
            "of benign texts'",
            "texts with a hidden harmful row losing a flag",
            "other texts losing a flag",
        ],
        rows,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="train.py's embedding cache")
    parser.add_argument("--texts", type=int, default=200, help="long texts per fold")
    args = parser.parse_args()
    if args.cache is not None:
        tr._CACHE = tr.EmbeddingCache(args.cache)
    print(machine_line())
    start = time.perf_counter()
    moderator = Moderator(num_threads=1)
    encoder, head, static = moderator._encoder, moderator._head, moderator._static_head
    parts, fold, kind, owner = [], [], [], []
    for i, (text, f, k) in enumerate(corpus(args.texts)):
        pieces = windows(prepare(encoder, text))
        if len(pieces) > 1:
            for piece in sorted(set(pieces)):
                parts.append(piece)
                fold.append(f)
                kind.append(k)
                owner.append(i)
    fold_a, kind_a, owner_a = np.array(fold), np.array(kind), np.array(owner)
    if tr._CACHE is not None:
        full = tr._CACHE.encode(encoder, parts, False, 64)
        tr._CACHE.save()
    else:
        full = np.concatenate([encoder.encode(parts[i : i + 64]) for i in range(0, len(parts), 64)])
    flags = head.predict_window(full) >= POINTS
    flagged = flags.any(axis=1)
    xs = encoder.static_encode(parts).astype(np.float64)
    shipped = static.predict(xs.astype(np.float32)).max(axis=1)
    xm = encoder.mid_encode(parts).astype(np.float64)
    distilled = np.zeros(len(parts))
    distilled_mid = np.zeros(len(parts))
    for f in range(FOLDS):
        train = fold_a != f
        w, b = tr.fit_logistic(xs[train], flagged[train].astype(float), 1e-5)
        distilled[~train] = xs[~train] @ w + b
        w, b = tr.fit_logistic(xm[train], flagged[train].astype(float), 1e-5)
        distilled_mid[~train] = xm[~train] @ w + b
    benign = kind_a == "benign"
    print(
        f"{len(set(owner))} long texts, {len(parts)} windows, {int(flagged.sum())} flagged by the "
        f"full head ({flagged[benign].mean():.3f} of benign texts' windows); "
        f"{time.perf_counter() - start:.0f} s"
    )
    table = []
    shipped_esc = shipped >= 0.5
    table.append(
        [
            "shipped static pass at 0.5",
            f"{shipped_esc[flagged].mean():.4f}",
            f"{shipped_esc.mean():.3f}",
            f"{shipped_esc[benign].mean():.3f}",
            lost_texts(read_mask(shipped, shipped_esc, owner_a), flags, owner_a),
        ]
    )
    for name, score in (
        ("shipped static pass", shipped),
        ("distilled logistic (CV)", distilled),
        ("first-layer features, distilled (CV)", distilled_mid),
    ):
        for recall in (0.995, 0.99, 0.98):
            ranked = np.sort(score[flagged])
            esc = score >= ranked[int((1 - recall) * ranked.size)]
            table.append(
                [
                    f"{name}, {recall:.1%} of flagged",
                    f"{esc[flagged].mean():.4f}",
                    f"{esc.mean():.3f}",
                    f"{esc[benign].mean():.3f}",
                    lost_texts(read_mask(score, esc, owner_a), flags, owner_a),
                ]
            )
    always_read_table(shipped, flags, owner_a, kind_a)
    print_table(
        [
            "second stage",
            "flagged windows kept",
            "escalated",
            "of benign texts'",
            "texts losing a flag",
        ],
        table,
    )


if __name__ == "__main__":
    main()
