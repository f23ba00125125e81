"""Leave-one-set-out figures of the moderation head (docs/moderation.md, rounds 6 and 7).

Run: python benchmarks/moderation_loso.py [--method linear,proto,knn] [--points 0.003,-0.003]
    [--prototypes 200:2,100:2,200:2:bw2] [--vetoes 1.01,0.2] [--l2 1e-4] [--neighbours 5]
    [--whole]

For each former blind set (``blind_round2.jsonl`` ... ``blind_round13.jsonl``, each written by a
different outsider), fit on every file of ``train.TRAIN_FILES`` but that one, calibrate by
5-fold cross-validation inside that training part (a point is the per-category benign share
``MAX_BENIGN_FP``; a negative point drops the 0.5 floor of ``train.points_from_probs``), and
score the left-out set: recall over its harmful rows and FPR over its benign rows, head alone
(the classifier as ``score_texts`` reads it, without term-list hits or floors) and, with
``--whole``, the whole ``Moderator``. The linear fits are made once per set and shared by
every method, so the methods are compared side by side. ``--method proto`` is the shipped
head (``train.fit_head`` with prototypes): per ``k:top`` config, k-means prototypes per group
and a stacked regression over [linear logit, harmful and benign prototype similarity] fitted
on cross-validated values. ``--method knn`` stacks, per category, the linear logit and the
similarity to every training exemplar (mean cosine of the nearest ``--neighbours`` of the
category minus that of the nearest benign ones). A proto config ending ``:bw`` also fits on
``train.with_window_rows``; ``:bw2`` (listed after a plain one) keeps the plain head for prompts
and adds such a head for windows, once per ``--vetoes`` value (``head.WINDOW_VETO``; 1.01: the
window head alone), as round 9 ships it. Training embeddings go through
``train.embed`` (cache: ``IMPRIMATUR_EMBED_CACHE``), the windows of the left-out sets through
a cache in ``$LOSO_CACHE`` (default /tmp/loso_cache/loso.npz). With the training embeddings
cached, one run of five sets and six heads took ~29 minutes on the shared 2-core machine
(load 5), mostly the 48 Newton fits per set.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import itertools
import json
import os
import time
from pathlib import Path

import _common  # noqa: F401  (sets sys.path and offline env first)
import numpy as np

from governance.moderation import moderator as mod
from governance.moderation import terms
from governance.moderation import train as tr
from governance.moderation.categories import CATEGORIES, DEFAULT_THRESHOLDS
from governance.moderation.head import LinearHead, sigmoid, stacked_logits
from governance.moderation.negative import strip_safety_exclusions
from governance.moderation.use_encoder import UseEncoder, load_use_encoder

BLIND = (
    "blind_round2.jsonl",
    "blind_round3.jsonl",
    "blind_round4.jsonl",
    "blind_round5.jsonl",
    "blind_round6.jsonl",
    "blind_round7.jsonl",
    "blind_round8.jsonl",
    "blind_round9.jsonl",
    "blind_round10.jsonl",
    "blind_round11.jsonl",
    "blind_round12.jsonl",
    "blind_round13.jsonl",
)
THRESHOLDS = np.array([DEFAULT_THRESHOLDS[c] for c in CATEGORIES])
CACHE = Path(os.environ.get("LOSO_CACHE", "/tmp/loso_cache/loso.npz"))
#: Rows longer than this are reported apart (the moderator reads them in windows).
LONG_CHARS = 700


class CachedUse(UseEncoder):
    """The USE encoder with a text -> embedding cache (saved to CACHE)."""

    def __init__(self) -> None:
        real = load_use_encoder(threads=1)
        self.__dict__.update(real.__dict__)
        self._real = real
        self.cache: dict[str, np.ndarray] = {}
        if CACHE.is_file():
            with np.load(CACHE, allow_pickle=False) as data:
                self.cache = dict(zip((str(t) for t in data["texts"]), data["x"], strict=True))

    def encode(self, texts: list[str]) -> np.ndarray:
        todo = sorted({t for t in texts if t not in self.cache})
        for i in range(0, len(todo), 256):
            chunk = todo[i : i + 256]
            self.cache.update(zip(chunk, self._real.encode(chunk), strict=True))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self.cache[t] for t in texts]).astype(np.float32)

    def save(self) -> None:
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        texts = sorted(self.cache)
        np.savez(CACHE, texts=np.array(texts), x=np.stack([self.cache[t] for t in texts]))


def points_for(probs: np.ndarray, y: np.ndarray, mask: np.ndarray, point: float) -> np.ndarray:
    """train.operating_points' rule on given cross-validated probabilities."""
    floor, share = (0.5, point) if point > 0 else (0.0, -point)
    return tr.points_from_probs(probs, y, mask, share=share, floor=floor)


def knn_features(q, ref, yref, mref, neighbours, qfold=None, rfold=None) -> np.ndarray:
    benign = yref.sum(axis=1) == 0
    out = np.zeros((len(q), yref.shape[1]))
    for s in range(0, len(q), 1000):
        sims = q[s : s + 1000] @ ref.T
        if qfold is not None:
            sims = np.where(qfold[s : s + 1000, None] == rfold[None, :], -2.0, sims)

        def top(cols, sims=sims):
            m = min(neighbours, int(cols.sum()))
            return np.partition(sims[:, cols], -m, axis=1)[:, -m:].mean(axis=1)

        negative = top(benign)
        for k in range(yref.shape[1]):
            out[s : s + 1000, k] = top((yref[:, k] == 1) & mref[:, k]) - negative
    return out


class StackedHead:
    """sigmoid(a + b * linear logit + c * knn feature - shift), per category."""

    def __init__(self, w, b, ref, yref, mref, coef, shift, neighbours) -> None:
        self.w, self.b, self.ref, self.yref, self.mref = w, b, ref, yref, mref
        self.coef, self.shift, self.neighbours = coef, shift, neighbours

    def predict(self, e: np.ndarray) -> np.ndarray:
        e = e.astype(np.float64)
        logit = e @ self.w.T + self.b
        feat = knn_features(e, self.ref, self.yref, self.mref, self.neighbours)
        z = self.coef[:, 0] + self.coef[:, 1] * logit + self.coef[:, 2] * feat - self.shift
        return sigmoid(z)


def flags(head, encoder, rows, whole: bool, dump: list | None = None) -> np.ndarray:
    """Which rows are refused: by the head alone, or (``whole``) by the whole moderator. With
    ``dump``, each row's whole verdict, final scores, classifier scores (term hits left out) and
    term-list categories are appended to it, for studying rules offline (``--dump``)."""
    if whole:
        moderator = mod.Moderator.from_readers([(encoder, head, None)])
        results = [moderator.check_prompt(r["prompt"], r.get("negative_prompt")) for r in rows]
        if dump is not None:
            alone = classifier_scores(head, encoder, rows)
            for r, result, clf in zip(rows, results, alone, strict=True):
                hits = sorted(terms.match_text(r["prompt"]).scores)
                dump.append(
                    {
                        "prompt": r["prompt"],
                        "negative_prompt": r.get("negative_prompt"),
                        "categories": r["categories"],
                        "lang": r.get("lang"),
                        "flagged": result.flagged,
                        "floor": result.floor,
                        "scores": result.category_scores,
                        "classifier": dict(zip(CATEGORIES, clf.round(6).tolist(), strict=True)),
                        "term_hits": hits,
                    }
                )
        return np.array([result.flagged for result in results])
    return (classifier_scores(head, encoder, rows) >= THRESHOLDS).any(axis=1)


def classifier_scores(head, encoder, rows) -> np.ndarray:
    """Per row, the moderator's scores with the term lists' hits left out (max over the prompt
    and its negative prompt), shape (rows, categories)."""
    original = terms.match_text
    terms.match_text = lambda text: dataclasses.replace(original(text), scores={})
    try:
        out = []
        for r in rows:
            texts = [r["prompt"]]
            if r.get("negative_prompt") and strip_safety_exclusions(r["negative_prompt"]):
                texts.append(strip_safety_exclusions(r["negative_prompt"]))
            scores = mod.score_texts(texts, encoder, head, None, negative=[False, True])
            out.append(scores.max(axis=0))
        return np.array(out)
    finally:
        terms.match_text = original


def write_dump(folder: Path, title: str, rows: list) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    name = "".join(c if c.isalnum() or c in "=.-" else "_" for c in title) + ".jsonl"
    with open(folder / name, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--method", default="linear,proto", help="linear, knn, proto (comma list)")
    parser.add_argument("--points", default="0.003")
    parser.add_argument("--l2", type=float, default=tr.L2)
    parser.add_argument("--neighbours", type=int, default=5)
    parser.add_argument(
        "--prototypes", default=f"{tr.PROTOTYPES}:{tr.TOP}", help="proto configs, k:top,..."
    )
    parser.add_argument("--whole", action="store_true", help="also the whole moderator")
    parser.add_argument(
        "--vetoes", default="1.01", help="proto:bw2's window vetoes (head.WINDOW_VETO), a list"
    )
    parser.add_argument("--sets", default=",".join(BLIND), help="which sets to leave out")
    parser.add_argument("--every", type=int, default=1, help="smoke test: every Nth row only")
    parser.add_argument(
        "--dump", type=Path, help="write each whole-moderator row's scores here (a folder)"
    )
    args = parser.parse_args()
    encoder = CachedUse()
    rows = tr.training_rows()[:: args.every]
    sets = args.sets.split(",")
    x = tr.embed(encoder._real, rows).astype(np.float64)
    y, mask, folds = tr.labels(rows), tr.applicable(rows), tr._fold_of(rows)
    source = np.array([r["source"] for r in rows])
    points = [float(p) for p in args.points.split(",")]
    configs: list[tuple[str, int, int]] = []
    for method in args.method.split(","):
        if method == "proto":
            for spec in args.prototypes.split(","):
                k, top, *variant = spec.split(":")
                configs.append(("proto" + "".join(f":{v}" for v in variant), int(k), int(top)))
        else:
            configs.append((method, 0, 0))
    results: dict = {}
    base_heads: dict[float, LinearHead] = {}
    for name in sets:
        t0 = time.perf_counter()
        keep = source != name
        xs, ys, ms, fs = x[keep], y[keep], mask[keep], folds[keep]
        w, b = tr.fit_linear(xs, ys, ms, args.l2)
        cv_logit = tr.cv_linear_logits(xs, ys, fs, ms, (w, b), args.l2)
        print(f"{name}: linear fits {time.perf_counter() - t0:.0f}s", flush=True)
        eval_rows = tr.load_jsonl(tr.DATA / name)[:: args.every]
        harmful = np.array([bool(r["categories"]) for r in eval_rows])
        long = np.array([len(r["prompt"]) > LONG_CHARS for r in eval_rows])
        kept_rows = [r for r, k in zip(rows, keep, strict=True) if k]
        for method, k, top in configs:
            proto = method.startswith("proto")
            label = f"{method} {k}:{top}" if proto else method
            n_prompts = len(xs)
            if ":bw" in method:  # the windows of benign long prompts as benign rows too
                # (":bw2": only for the window head, on top of the plain "proto" head)
                saved = xs, ys, ms, fs, w, b, cv_logit
                xs, ys, fs, ms = tr.with_window_rows(encoder, kept_rows, xs, ys, fs, ms)
                xs = xs.astype(np.float64)
                w, b = tr.fit_linear(xs, ys, ms, args.l2)
                cv_logit = tr.cv_linear_logits(xs, ys, fs, ms, (w, b), args.l2)
            if method == "knn":
                feat = knn_features(xs, xs, ys, ms, args.neighbours, fs, fs)
                coef = np.zeros((len(CATEGORIES), 3))
                for c in range(len(CATEGORIES)):
                    z = np.c_[cv_logit[ms[:, c], c], feat[ms[:, c], c]]
                    wk, bk = tr.fit_logistic(z, ys[ms[:, c], c], 1e-6)
                    coef[c] = [bk, *wk]
                cv_z = coef[:, 0] + coef[:, 1] * cv_logit + coef[:, 2] * feat
            elif proto:
                near = tr.cv_prototype_similarity(xs, ys, fs, ms, k, top)
                stack = tr.fit_stack(cv_logit, near, ys, ms, benign=":h" not in method)
                cv_z = stacked_logits(cv_logit, near, stack)
                protos, offset = tr.fit_prototypes(xs, ys, ms, k)
            else:
                cv_z = cv_logit
            cv_prob = sigmoid(cv_z)[:n_prompts]
            for point in points:
                p = points_for(cv_prob, ys[:n_prompts], ms[:n_prompts], point)
                shift = np.log(p / (1 - p))
                if method == "knn":
                    head = StackedHead(w, b, xs, ys, ms, coef, shift, args.neighbours)
                elif proto:
                    s2 = stack.copy()
                    s2[:, 0] -= shift
                    lp = points_for(
                        sigmoid(cv_logit[:n_prompts]), ys[:n_prompts], ms[:n_prompts], point
                    )
                    wb = b - np.log(lp / (1 - lp)) if ":w" in method else None
                    head = LinearHead(CATEGORIES, w, b, {}, protos, offset, s2, top, wb)
                    if method == "proto":
                        base_heads[point] = head
                else:
                    head = LinearHead(CATEGORIES, w, b - shift, {})
                variants = [(label, head)]
                if ":bw2" in method:  # the plain head's prompts, this head's windows
                    variants = []
                    for veto in (float(v) for v in args.vetoes.split(",")):
                        prompt_head = copy.copy(base_heads[point])
                        prompt_head.for_windows, prompt_head.window_veto = head, veto
                        variants.append((f"{label} veto={veto}", prompt_head))
                for (label_v, head_v), kind in itertools.product(
                    variants, ("alone", "whole") if args.whole else ("alone",)
                ):
                    dump: list | None = [] if args.dump and kind == "whole" else None
                    got = flags(head_v, encoder, eval_rows, kind == "whole", dump)
                    if dump is not None:
                        write_dump(args.dump, f"{name[:-6]} {label_v} point={point}", dump)
                    rate = (float(got[harmful].mean()), float(got[~harmful].mean()))
                    results[(label_v, point, kind, name)] = rate
                    counts = (
                        f"long: {int(got[harmful & long].sum())}/{int((harmful & long).sum())} "
                        f"harmful and {int(got[~harmful & long].sum())}/"
                        f"{int((~harmful & long).sum())} benign refused"
                    )
                    print(
                        f"{name} {label_v} point={point} {kind}: "
                        f"recall {rate[0]:.3f} FPR {rate[1]:.3f} ({counts})",
                        flush=True,
                    )
            if ":bw" in method:  # back to the prompts alone for the next method
                xs, ys, ms, fs, w, b, cv_logit = saved
        encoder.save()
        print(f"{name}: done in {time.perf_counter() - t0:.0f}s", flush=True)
    keys = sorted({k[:3] for k in results})
    for label, point, kind in keys:
        rates = np.array([results[(label, point, kind, n)] for n in sets])
        cells = " ".join(
            f"{n[6:13]} {r[0]:.3f}/{r[1]:.3f}" for n, r in zip(sets, rates, strict=True)
        )
        recall, fpr = rates.mean(axis=0)
        print(f"MEAN {label} point={point} {kind}: {recall:.3f}/{fpr:.3f}  ({cells})")


if __name__ == "__main__":
    main()
