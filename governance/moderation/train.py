"""Train the moderation classifier head: ``python -m governance.moderation.train``.

Reads ``data/train.jsonl`` (``prompt``, ``categories``: a list, empty for benign), embeds the
normalised prompts with the packaged MiniLM, and fits one L2-regularised logistic regression
per category with Newton's method in numpy (no extra dependency, deterministic). It first
fits on 80% of the file and reports held-out figures for the classifier alone and for the
whole moderator (term lists + classifier), then refits on everything and writes
``data/head.npz``. The dev set in ``../shared/eval`` is only reported, never trained on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from governance.moderation.categories import CATEGORIES, DEFAULT_THRESHOLDS
from governance.moderation.encoder import ENCODER_NAME, Encoder, load_encoder
from governance.moderation.head import HEAD_PATH, LinearHead
from governance.moderation.moderator import FINGERPRINT_TEXT, score_texts
from governance.moderation.normalize import canonical
from governance.moderation.terms import CENSOR_WORDS

DATA = Path(__file__).resolve().parent / "data"
TRAIN_PATH = DATA / "train.jsonl"
DEV_PATH = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "moderation_dev.jsonl"
L2 = 0.05  # chosen on the held-out split: lower overfits the few hundred prompts

# The dev set's category labels, mapped onto ours ("obfuscated" spans several).
DEV_CATEGORY = {
    "sexual": "sexual",
    "sexual_minors": "sexual/minors",
    "violence_graphic": "violence/graphic",
    "self_harm": "self-harm",
    "hate": "hate",
    "deepfake_real_person": "deepfake/real-person",
    "weapons_illicit": "illicit",
}


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def is_held_out(prompt: str) -> bool:
    """A stable 20% split by content hash, so adding prompts does not reshuffle the rest."""
    return hashlib.sha256(prompt.encode("utf-8")).digest()[0] % 5 == 0


def labels(rows: Sequence[dict]) -> np.ndarray:
    y = np.zeros((len(rows), len(CATEGORIES)), dtype=np.float64)
    for i, row in enumerate(rows):
        for category in row["categories"]:
            y[i, CATEGORIES.index(category)] = 1.0
    return y


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float]:
    """Class-balanced L2 logistic regression by Newton's method; returns (w, b)."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    pos = max(y.sum(), 1.0)
    sample = np.where(y > 0, n / (2 * pos), n / (2 * max(n - pos, 1.0)))
    reg = np.full(d + 1, l2 * n)
    reg[-1] = 0.0  # the bias is not shrunk
    w = np.zeros(d + 1)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -50, 50)))
        grad = xb.T @ (sample * (p - y)) + reg * w
        hess = (xb * (sample * p * (1 - p))[:, None]).T @ xb + np.diag(reg)
        step = np.linalg.solve(hess + 1e-9 * np.eye(d + 1), grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w[:-1], float(w[-1])


def fit_head(x: np.ndarray, y: np.ndarray, meta: dict) -> LinearHead:
    weights, bias = zip(*(fit_logistic(x, y[:, k]) for k in range(len(CATEGORIES))), strict=True)
    return LinearHead(CATEGORIES, np.stack(weights), np.array(bias), meta)


def report(
    name: str, rows: Sequence[dict], scores: np.ndarray, category_of: Callable[[dict], str | None]
) -> dict[str, float]:
    """Print recall per harmful category and the false-positive rate on benign rows.

    A harmful row counts as caught when it is flagged at all (any category at its default
    threshold), as the API refuses it either way; ``cat`` is the share flagged in its own
    category.
    """
    thresholds = np.array([DEFAULT_THRESHOLDS[c] for c in CATEGORIES])
    flags = scores >= thresholds
    flagged = flags.any(axis=1)
    groups: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        groups.setdefault(category_of(row) or "benign", []).append(i)
    print(f"  {name}")
    print(f"    {'category':22} {'n':>4} {'recall':>7} {'cat':>6}")
    harmful = [i for g, idx in groups.items() if g != "benign" for i in idx]
    for group in sorted(g for g in groups if g != "benign"):
        idx = groups[group]
        own = [
            flags[i, CATEGORIES.index(group)] if group in CATEGORIES else flagged[i] for i in idx
        ]
        print(f"    {group:22} {len(idx):4d} {flagged[idx].mean():7.3f} {np.mean(own):6.3f}")
    benign = groups.get("benign", [])
    recall = float(flagged[harmful].mean()) if harmful else float("nan")
    fpr = float(flagged[benign].mean()) if benign else float("nan")
    print(f"    {'ALL harmful':22} {len(harmful):4d} {recall:7.3f}")
    print(f"    {'benign FPR':22} {len(benign):4d} {fpr:7.3f}")
    return {"recall": recall, "fpr": fpr}


def own_category(row: dict) -> str | None:
    """The category a training row is reported under: its most specific label."""
    cats = row["categories"]
    for preferred in ("sexual/minors", "deepfake/real-person"):
        if preferred in cats:
            return preferred
    return cats[0] if cats else None


def dev_category(row: dict) -> str | None:
    return None if not row["flag"] else DEV_CATEGORY.get(row["category"], row["category"])


def embed(encoder: Encoder, rows: Sequence[dict]) -> np.ndarray:
    return encoder.encode([canonical(r["prompt"], CENSOR_WORDS) for r in rows])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="evaluate, do not write the head")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    start = time.perf_counter()
    rows = load_jsonl(TRAIN_PATH)
    digest = hashlib.sha256(TRAIN_PATH.read_bytes()).hexdigest()
    train = [r for r in rows if not is_held_out(r["prompt"])]
    held = [r for r in rows if is_held_out(r["prompt"])]
    print(f"train.jsonl: {len(rows)} prompts (sha256 {digest[:12]}), {len(held)} held out")
    encoder = load_encoder()
    x_all = embed(encoder, rows)
    held_mask = np.array([is_held_out(r["prompt"]) for r in rows])
    y_all = labels(rows)
    print(f"embedded with {ENCODER_NAME} in {time.perf_counter() - start:.1f}s")

    print(f"fit on {len(train)}, evaluate on the {len(held)} held-out prompts (L2={L2})")
    head = fit_head(x_all[~held_mask], y_all[~held_mask], {})
    metrics = {
        "classifier": report(
            "classifier alone", held, head.predict(x_all[held_mask]), own_category
        ),
        "moderator": report(
            "moderator (terms + classifier)",
            held,
            score_texts([r["prompt"] for r in held], encoder, head),
            own_category,
        ),
    }

    meta = {
        "encoder": ENCODER_NAME,
        "train_sha256": digest,
        "n_train": len(rows),
        "l2": L2,
        "fingerprint": encoder.encode([FINGERPRINT_TEXT])[0, :16].round(5).tolist(),
        "held_out": metrics,
    }
    head = fit_head(x_all, y_all, meta)
    if DEV_PATH.is_file():
        dev = load_jsonl(DEV_PATH)
        scores = score_texts([r["prompt"] for r in dev], encoder, head)
        meta["dev"] = report("dev set (final head; never trained on)", dev, scores, dev_category)
    if args.dry_run:
        print("dry run: head not written")
    else:
        head.save(HEAD_PATH)
        print(f"wrote {HEAD_PATH}")
    print(f"done in {time.perf_counter() - start:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
