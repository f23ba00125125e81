"""Prompt moderation: quality on the dev set and on our own held-out prompts, and speed.

Run: python benchmarks/moderation.py [--threads N] [--repeats R]

Quality: recall (share of harmful prompts flagged, in any category) and false-positive rate
(share of benign prompts flagged) at the default policy, per category of
``../shared/eval/moderation_dev.jsonl``; then the same on the 20% of ``train.jsonl`` that a head
refitted on the other 80% never saw, and on ``blind_round2.jsonl`` (never trained on) with the
shipped head. Speed: ms per prompt when a batch goes through one ``check`` call versus one
call per prompt, on this machine's CPU with the given torch thread count.
"""

from __future__ import annotations

import argparse
import statistics
import time

import _common  # noqa: F401  (sets sys.path and offline env first)
import numpy as np
import torch
from _common import machine_line, print_table

from governance.moderation import Moderator
from governance.moderation import train as tr
from governance.moderation.categories import CATEGORIES, DEFAULT_THRESHOLDS
from governance.moderation.encoder import load_encoder
from governance.moderation.moderator import score_texts


def table(title: str, rows: list[dict], scores: np.ndarray, category_of) -> tuple[float, float]:
    """Print per-category recall (and benign FPR); return overall (recall, fpr)."""
    thresholds = np.array([DEFAULT_THRESHOLDS[c] for c in CATEGORIES])
    flagged = (scores >= thresholds).any(axis=1)
    groups: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        groups.setdefault(category_of(row) or "benign", []).append(i)
    print(f"\n{title}")
    lines: list[list[object]] = []
    harmful: list[int] = []
    for name in sorted(groups, key=lambda g: (g == "benign", g)):
        idx = groups[name]
        rate = f"{float(flagged[idx].mean()):.3f}"
        if name == "benign":
            lines.append([name, len(idx), "", rate])
        else:
            harmful += idx
            lines.append([name, len(idx), rate, ""])
    recall = float(flagged[harmful].mean())
    fpr = float(flagged[groups.get("benign", [])].mean()) if "benign" in groups else float("nan")
    lines.append(["ALL", len(flagged), f"{recall:.3f}", f"{fpr:.3f}"])
    print_table(["category", "n", "recall", "FPR"], lines)
    return recall, fpr


def held_out_scores(rows: list[dict]) -> tuple[list[dict], np.ndarray]:
    """Refit the head on 80% of train.jsonl, as train.py does, and score the other 20%."""
    encoder = load_encoder()
    x = tr.embed(encoder, rows)
    y = tr.labels(rows)
    held = np.array([tr.is_held_out(r["prompt"]) for r in rows])
    head = tr.fit_head(x[~held], y[~held], tr._fold_of(rows)[~held], tr.applicable(rows)[~held], {})
    held_rows = [r for r, h in zip(rows, held, strict=True) if h]
    return held_rows, score_texts([r["prompt"] for r in held_rows], encoder, head)


def timing(moderator: Moderator, prompts: list[str], repeats: int) -> tuple[float, float]:
    """Median ms per prompt: one check() for the whole batch, and one check() per prompt."""
    moderator.check(prompts[:4])  # warm up
    batched, single = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        moderator.check(prompts)
        batched.append((time.perf_counter() - start) * 1000 / len(prompts))
        start = time.perf_counter()
        for prompt in prompts:
            moderator.check([prompt])
        single.append((time.perf_counter() - start) * 1000 / len(prompts))
    return statistics.median(batched), statistics.median(single)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1, help="torch intra-op threads")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch", type=int, default=32, help="prompts per batched call")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    print(machine_line())
    moderator = Moderator()
    encoder, head = moderator._encoder, moderator._head

    if tr.DEV_PATH.is_file():
        dev = tr.load_jsonl(tr.DEV_PATH)
        scores = score_texts([r["prompt"] for r in dev], encoder, head)
        table(f"dev set ({tr.DEV_PATH.name}), shipped head", dev, scores, tr.dev_category)
    else:
        dev = []
        print(f"dev set not found at {tr.DEV_PATH}; skipped")

    rows = tr.load_jsonl(tr.TRAIN_PATH)
    held_rows, held = held_out_scores(rows)
    table("own held-out 20% of train.jsonl (head refitted on the other 80%)", held_rows, held,
          tr.own_category)  # fmt: skip
    holdout = tr.load_jsonl(tr.BLIND_PATH)
    scores = score_texts([r["prompt"] for r in holdout], encoder, head)
    table("blind_round2.jsonl (never trained on), shipped head", holdout, scores, tr.own_category)

    pool = [r["prompt"] for r in dev + holdout]
    prompts = (pool * (args.batch // max(len(pool), 1) + 1))[: args.batch]
    batched, single = timing(moderator, prompts, args.repeats)
    print(f"\nspeed ({args.batch} prompts, torch threads={args.threads}, median of {args.repeats})")
    print_table(
        ["mode", "ms/prompt"],
        [
            ["batched (one check() call)", f"{batched:.2f}"],
            ["unbatched (one call per prompt)", f"{single:.2f}"],
            ["ratio unbatched/batched", f"{single / batched:.2f}x"],
        ],
    )


if __name__ == "__main__":
    main()
