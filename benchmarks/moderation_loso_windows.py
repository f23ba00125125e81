"""Leave-one-set-out figures for how the head reads the windows of long prompts (round 8).

Run: python benchmarks/moderation_loso_windows.py fit   (slow: the fits, saved per set)
     python benchmarks/moderation_loso_windows.py score [--variants a,b,...]

``fit``: for each former blind set (as ``moderation_loso.py``), fit the shipped USE head
(``train.fit_head``'s steps: linear, 200 prototypes top 2, stack on cross-validated values)
on every training file but that set, and keep what calibration needs: the cross-validated
linear and stacked logits of every training prompt, and those of every window of the long
training prompts (each window scored by its prompt's fold's fit and prototypes, so a benign
long prompt's windows are read by a head that never saw it). Saved to
``$LOSO_CACHE``'s folder as ``windows-<set>.npz``.

``score``: builds each variant's head from those files (no refit) and scores the left-out set
with the whole ``Moderator`` (static pass off: every window read), printing recall/FPR per set
and pooled over the six sets' rows; ``--probe`` also reads round 4's long-prompt regression
tests with each set's head. Variants (docs/moderation.md, "Round 8: false positives"):
``shipped``; ``win:S`` (the whole window score's operating point per category chosen on the
benign long training prompts' windows: at most share S of those prompts have a window crossing
it, never laxer than shipped); ``ws:S`` (the same for the stacked part alone; ``+only:C``
limits it to category C); ``wp:K`` (the benign prototype group also holds K prototypes of the
benign training windows, for windows); ``linonly`` (windows read by the linear part alone);
``cat:C=S`` (category C's prompt-level ``MAX_BENIGN_FP`` set to S); ``shift:S`` (every window's
log-odds lowered by S, as ``head.WINDOW_SHIFT``); combined with ``+``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import _common  # noqa: F401  (sets sys.path and offline env first)
import numpy as np
from moderation_loso import BLIND, CACHE, CachedUse, flags

from governance.moderation import moderator as mod
from governance.moderation import train as tr
from governance.moderation.categories import CATEGORIES
from governance.moderation.head import LinearHead, prototype_similarity, sigmoid, stacked_logits

OUT = CACHE.parent


def long_windows(encoder: CachedUse, rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Embeddings of every window of every long prompt in rows, and each window's row index."""
    texts: list[str] = []
    owner: list[int] = []
    for i, r in enumerate(rows):
        parts = mod.windows(mod.prepare(encoder, r["prompt"]))
        if len(parts) > 1:
            texts += parts
            owner += [i] * len(parts)
    return encoder.encode(texts).astype(np.float64), np.array(owner, dtype=int)


def fit(args: argparse.Namespace) -> None:
    encoder = CachedUse()
    rows = tr.training_rows()
    x = tr.embed(encoder._real, rows).astype(np.float64)
    y, mask, folds = tr.labels(rows), tr.applicable(rows), tr._fold_of(rows)
    source = np.array([r["source"] for r in rows])
    xw, owner = long_windows(encoder, rows)
    encoder.save()
    k, top = tr.PROTOTYPES, tr.TOP
    for name in args.sets.split(","):
        path = OUT / f"windows-{name}.npz"
        if path.is_file():
            print(f"{name}: have {path}", flush=True)
            continue
        t0 = time.perf_counter()
        keep = source != name
        xs, ys, ms, fs = x[keep], y[keep], mask[keep], folds[keep]
        index = np.cumsum(keep) - 1  # row -> its index among the kept rows
        wkeep = keep[owner]
        xws, wown = xw[wkeep], index[owner[wkeep]]
        w, b = tr.fit_linear(xs, ys, ms)
        cv_logit = np.zeros_like(ys)
        near = np.zeros((len(xs), ys.shape[1] + 1))
        w_logit = np.zeros((len(xws), ys.shape[1]))
        w_near = np.zeros((len(xws), ys.shape[1] + 1))
        for f in range(tr.FOLDS):
            train = fs != f
            wf, bf = tr.fit_linear(xs[train], ys[train], ms[train], tr.L2, (w, b))
            cv_logit[~train] = xs[~train] @ wf.T + bf
            protos, offset = tr.fit_prototypes(xs[train], ys[train], ms[train], k)
            near[~train] = prototype_similarity(xs[~train].astype(np.float32), protos, offset, top)
            held = fs[wown] == f
            w_logit[held] = xws[held] @ wf.T + bf
            w_near[held] = prototype_similarity(xws[held].astype(np.float32), protos, offset, top)
            print(f"{name}: fold {f} {time.perf_counter() - t0:.0f}s", flush=True)
        stack = tr.fit_stack(cv_logit, near, ys, ms)
        protos, offset = tr.fit_prototypes(xs, ys, ms, k)
        np.savez(
            path,
            w=w,
            b=b,
            stack=stack,
            protos=protos,
            offset=offset,
            cv_logit=cv_logit,
            near=near,
            y=ys,
            mask=ms,
            w_logit=w_logit,
            w_near=w_near,
            w_owner=wown,
        )
        print(f"{name}: saved in {time.perf_counter() - t0:.0f}s", flush=True)


class WindowHead(LinearHead):
    """The shipped head; windows' log-odds lowered by ``delta`` per category (both parts), the
    stacked part's by ``sdelta``, and the benign group optionally widened by ``wproto``."""

    delta: np.ndarray
    wproto: np.ndarray | None = None
    linear_only: bool = False
    sdelta: np.ndarray | float = 0.0

    def predict_window(self, embeddings: np.ndarray) -> np.ndarray:
        near = prototype_similarity(embeddings, self.prototypes, self.offset, self.top)
        if self.wproto is not None:  # the benign group also holds benign windows' prototypes
            extra = prototype_similarity(
                embeddings, self.wproto[None], np.zeros((1, len(self.wproto))), self.top
            )
            near[:, 0] = np.maximum(near[:, 0], extra[:, 0])
        product = embeddings @ self.weights.T
        probs = sigmoid(stacked_logits(product + self.bias, near, self.stack) - self.sdelta)
        linear = product + self.window_bias
        probs = sigmoid(linear) if self.linear_only else np.maximum(probs, sigmoid(linear))
        z = np.log(np.clip(probs, 1e-12, 1.0)) - np.log(np.clip(1.0 - probs, 1e-12, 1.0))
        return sigmoid(z - self.delta)


def logit(p: np.ndarray) -> np.ndarray:
    return np.log(p / (1.0 - p))


def per_prompt_points(data: dict, wz: np.ndarray, share: float) -> np.ndarray:
    """The prompt rule (points_from_probs) on the benign long training prompts, each scored
    by its highest cross-validated window."""
    y, mask, owner = data["y"], data["mask"], data["w_owner"]
    per_prompt = np.full((len(y), len(CATEGORIES)), -np.inf)
    np.maximum.at(per_prompt, owner, wz)
    long_rows = np.zeros(len(y), dtype=bool)
    long_rows[owner] = True
    return tr.points_from_probs(
        sigmoid(per_prompt[long_rows]), y[long_rows], mask[long_rows], share=share
    )


def build(data: dict, variant: str, name: str = "") -> tuple[WindowHead, dict]:
    """One variant's head from a set's saved fits, and what it chose."""
    y, mask = data["y"], data["mask"]
    share = np.full(len(CATEGORIES), tr.MAX_BENIGN_FP)
    window_share = None
    wproto_k = 0
    stacked_share = None
    window_shift = 0.0
    for part in variant.split("+"):
        if part.startswith("cat:"):
            cat, value = part[4:].split("=")
            share[CATEGORIES.index(cat)] = float(value)
        elif part.startswith("win:"):
            window_share = float(part[4:])
        elif part.startswith("ws:"):
            stacked_share = float(part[3:])
        elif part.startswith("wp:"):
            wproto_k = int(part[3:])
        elif part.startswith("shift:"):
            window_shift = float(part[6:])
    stack = data["stack"].copy()
    cv_z = stacked_logits(data["cv_logit"], data["near"], stack)
    points = np.array(
        [tr.points_from_probs(sigmoid(cv_z), y, mask, share=s)[c] for c, s in enumerate(share)]
    )
    stack[:, 0] -= logit(points)
    linear_points = tr.points_from_probs(sigmoid(data["cv_logit"]), y, mask)
    window_bias = data["b"] - logit(linear_points)
    # Cross-validated windows of the long training prompts: the window linear part's log-odds.
    w_linear = data["w_logit"] - logit(linear_points)
    delta = np.zeros(len(CATEGORIES))
    if window_share is not None:
        wz = np.maximum(stacked_logits(data["w_logit"], data["w_near"], stack), w_linear)
        delta = logit(per_prompt_points(data, wz, window_share))  # >= 0 (the 0.5 floor)
    head = WindowHead(
        CATEGORIES,
        data["w"],
        data["b"],
        {},
        data["protos"],
        data["offset"],
        stack,
        tr.TOP,
        window_bias,
    )
    head.delta = (delta + window_shift).astype(np.float32)
    if stacked_share is not None:  # the stacked part of windows calibrated on its own
        wz = stacked_logits(data["w_logit"], data["w_near"], stack)
        head.sdelta = logit(per_prompt_points(data, wz, stacked_share))
        only = [p[5:] for p in variant.split("+") if p.startswith("only:")]
        if only:  # the stacked windows' point moved for these categories alone
            keep = np.isin(np.array(CATEGORIES), only)
            head.sdelta = np.where(keep, head.sdelta, 0.0)
        chosen_extra = head.sdelta.round(2)
    else:
        chosen_extra = None
    head.linear_only = "linonly" in variant.split("+")
    if wproto_k:
        xw = BENIGN_WINDOWS[name]
        head.wproto = tr.kmeans(xw, min(wproto_k, len(xw) // 3))
    return head, {
        "points": points.round(3),
        "delta": delta.round(2),
        "sdelta": chosen_extra,
    }


#: Per left-out set: the embeddings of the windows of the benign long training prompts.
BENIGN_WINDOWS: dict[str, np.ndarray] = {}


def score(args: argparse.Namespace) -> None:
    encoder = CachedUse()
    if any("wp:" in v for v in args.variants.split(",")):
        rows = tr.training_rows()
        benign = [r for r in rows if not r["categories"]]
        xw, owner = long_windows(encoder, benign)
        source = np.array([r["source"] for r in benign])[owner]
        for name in args.sets.split(","):
            BENIGN_WINDOWS[name] = xw[source != name].astype(np.float32)
    variants = args.variants.split(",")
    sets = args.sets.split(",")
    got: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
    for name in sets:
        with np.load(OUT / f"windows-{name}.npz") as f:
            data = {key: f[key] for key in f.files}
        rows = tr.load_jsonl(tr.DATA / name)
        harmful = np.array([bool(r["categories"]) for r in rows])
        for variant in variants:
            head, chosen = build(data, variant, name)
            t0 = time.perf_counter()
            flagged = flags(head, encoder, rows, whole=True)
            got[(variant, name)] = (flagged[harmful], flagged[~harmful])
            print(
                f"{name} {variant}: recall {flagged[harmful].mean():.3f} "
                f"FPR {flagged[~harmful].mean():.3f} ({time.perf_counter() - t0:.0f}s) "
                f"delta {chosen['delta'].tolist()} sdelta {chosen['sdelta']}",
                flush=True,
            )
            if args.show and variant == variants[0]:
                for r, f in zip(rows, flagged, strict=True):
                    if f and not r["categories"]:
                        print(f"  FP: {r['prompt'][:110]!r}")
    encoder.save()
    if args.probe:
        probe(encoder, sets, variants)
    print()
    print("| variant | " + " | ".join(n[6:13] for n in sets) + " | pooled | mean |")
    for variant in variants:
        cells = []
        for name in sets:
            h, b = got[(variant, name)]
            cells.append(f"{h.mean():.3f}/{b.mean():.3f}")
        h = np.concatenate([got[(variant, n)][0] for n in sets])
        b = np.concatenate([got[(variant, n)][1] for n in sets])
        means = np.array([[got[(variant, n)][i].mean() for i in (0, 1)] for n in sets]).mean(0)
        print(
            f"| {variant} | " + " | ".join(cells) + f" | {h.mean():.3f}/{b.mean():.3f} "
            f"({h.sum()}/{len(h)}, {b.sum()}/{len(b)}) | {means[0]:.3f}/{means[1]:.3f} |"
        )


def probe(encoder: CachedUse, sets: list[str], variants: list[str]) -> None:
    """Round 4's regression tests, read by each set's heads: a harmful clause (one no term list
    knows) after 3,500 characters of scenery, in each language, must be refused, and the
    scenery alone served (``tests/unit/test_moderation_round4.py``)."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "tests" / "unit" / "test_moderation_round4.py"
    spec = importlib.util.spec_from_file_location("round4", path)
    r4 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(r4)
    langs = sorted(r4.SCENERY)
    harm = [f"{r4._scenery(lang)} {r4.HARMFUL[lang]}" for lang in langs]
    calm = [r4._scenery(lang) for lang in langs]
    for name in sets:
        with np.load(OUT / f"windows-{name}.npz") as f:
            data = {key: f[key] for key in f.files}
        for variant in variants:
            head, _ = build(data, variant, name)
            moderator = mod.Moderator.from_readers([(encoder, head, None)])
            missed = [
                g for g, t in zip(langs, harm, strict=True) if not moderator.check_prompt(t).flagged
            ]
            refused = [
                g for g, t in zip(langs, calm, strict=True) if moderator.check_prompt(t).flagged
            ]
            print(
                f"probe {name} {variant}: harm missed {missed}, scenery refused {refused}",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stage", choices=("fit", "score"))
    parser.add_argument("--sets", default=",".join(BLIND))
    parser.add_argument("--variants", default="shipped,win:0.003,win:0.01,win:0.02")
    parser.add_argument("--probe", action="store_true", help="round 4's long-prompt tests")
    parser.add_argument("--show", action="store_true", help="print the first variant's FPs")
    args = parser.parse_args()
    {"fit": fit, "score": score}[args.stage](args)


if __name__ == "__main__":
    main()
