"""Train the moderation classifier heads: ``python -m governance.moderation.train``.

Reads every training file (``prompt``, ``categories``: a list, empty for benign), embeds the
normalised prompts with each encoder, the multilingual USE-m3 (the default reader since round
4) and the English MiniLM (kept for comparison), and fits one L2-regularised logistic
regression per category with Newton's method in numpy (no extra dependency, deterministic).

Since round 7 the USE head also reads **prototype similarity**: per category, ``PROTOTYPES``
spherical k-means centroids (numpy, seed ``KMEANS_SEED``) of that category's harmful training
embeddings, and as many of the benign ones; a prompt's features are the mean cosine of its
``TOP`` nearest prototypes of the category and of the benign group, and a per-category
logistic regression over [linear logit, harmful similarity, benign similarity] (``fit_stack``)
is fitted on cross-validated values (each fold's linear fit and prototypes made without it)
and calibrated by the same operating-point rule. Windows of long prompts read the higher of
that and the linear head calibrated alone (``window_bias``): scenery around a request is close
to benign prototypes. Inference adds one product with ~1,800 x 512 prototypes (~0.3 ms for
one window, ~0.9 ms for 20). Leave-one-set-out over the five former blind sets (rounds 2-6)
it lifted mean head-alone recall/FPR from 0.802/0.030 (linear) to 0.874/0.025, and the whole
moderator's from 0.895/0.043 to 0.931/0.037 (docs/moderation.md, "Round 7"). The MiniLM head
(comparison only) and the static heads stay linear.

Each category's operating point is calibrated by 5-fold cross-validation: the lowest raw
probability at which at most ``MAX_BENIGN_FP`` of the benign prompts would be flagged. The
bias is then shifted so that this point maps to 0.5, the default policy threshold; a term-list
hit still scores 1.0. The script first does all this on 80% of the files and reports held-out
figures, then repeats it on everything and writes ``data/head_use.npz`` and ``data/head.npz``
(and their static heads). The held-out splits of composed rounds (``data/heldout_round3.jsonl``,
``data/heldout_round4.jsonl``, ``data/heldout_round5.jsonl``: fragments never trained on) and
the dev set in ``../shared/eval`` are only reported, per language, for the MiniLM head, the USE
head and both together: not blind (written by this project, and looked at while tuning).
``--compare`` also fits every head
without round 3's blind set (training data since round 4, written by someone else) and scores
it, the nearest thing to other people's wording that may be tuned on. Round 4's blind set
(``data/blind_round4.jsonl``) is training and regression data since round 5, and round 5's
composed prompts (``data/train_round5.jsonl``) are trained on, their held-out split
(``data/heldout_round5.jsonl``) reported with the others. Round 5's blind set
(``data/blind_round5.jsonl``) is training and regression data since round 6, and round 6's
fresh prompts (``data/train_round6a.jsonl``, ``data/train_round6b.jsonl``) are trained on.
Round 6's blind set (``data/blind_round6.jsonl``) is training and regression data since round
7, and round 7's fresh prompts (``data/train_round7.jsonl``) and contrast pairs
(``data/train_round7_contrast.jsonl``) are trained on, and so are round 8's adult contrast rows
(``data/train_round8_adult.jsonl``: adults who state their age, with and without sexual content).
Round 7's blind set (``data/blind_round7.jsonl``) is training and regression data since round 8,
round 8's (``data/blind_round8.jsonl``) since round 9, round 9's (``data/blind_round9.jsonl``)
since round 10, round 10's (``data/blind_round10.jsonl``) since round 11, round 11's
(``data/blind_round11.jsonl``) since round 12 and round 12's (``data/blind_round12.jsonl``) since
round 13. Round 10's fresh prompts (``data/train_round10.jsonl``) are trained on since round 11,
when a long prompt's last words became a window of their own (``moderator.windows``): before,
heads fitted with them read a Russian self-harm request after 3,500 characters of scenery only
split, and served it. Since round 9 the USE head carries a head for the windows of long prompts,
fitted also on the windows of benign long prompts and on short harmful prompts set in scenery
(``with_window_rows``). Round 13's blind set (``data/blind_round13.jsonl``) and round 14's
fresh prompts (``data/train_round14.jsonl``: benign dark subjects in acceptable framings, and
the same framings as pretexts for harm) are trained on since round 14. Round 14's blind set
(``data/blind_round14.jsonl``) is regression data, not trained on: every one of its sexual rows
states an adult age or says "adult", and heads fitted with it read "catálogo de bañadores de
mujer adulta en la playa" as sexual (0.504; a pinned test), so round 15 kept round 14's heads.
Round 15's blind set and round 16's fresh prompts (``data/train_round16.jsonl``: benign rows that
state adulthood, sexual rows that state no age) are regression data too: round 16's refits with
them, with and without round 14's set, were rejected and round 14's heads kept
(docs/moderation.md, round 16). Round 16's blind set is regression data since round 17, not
trained on; round 17's is scored by the lead alone, with
``python -m governance.moderation.evaluate``, never here. Since round 30 the prompt head learns
rounds 14-29's sets and round 16's rows too, and long prompts keep heads fitted on round 14's
files (``WINDOW_TRAIN_FILES``, ``ROUND30_FILES``).

``--cache DIR`` (or ``IMPRIMATUR_EMBED_CACHE``) keeps the encoders' embeddings on disk, keyed
by encoder fingerprint and text hash, so a rerun embeds only new prompts.
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
from governance.moderation.head import (
    HEAD_PATH,
    PAD,
    STATIC_HEAD_PATH,
    USE_HEAD_PATH,
    USE_STATIC_HEAD_PATH,
    LinearHead,
    prototype_similarity,
    sigmoid,
    stacked_logits,
)
from governance.moderation.moderator import (
    _CLAUSE_BREAK,
    _UNIT,
    _WINDOW_UNITS,
    FINGERPRINT_TEXT,
    Moderator,
    prepare,
    windows,
)
from governance.moderation.normalize import views
from governance.moderation.terms import CENSOR_WORDS, match
from governance.moderation.use_encoder import ENCODER_NAME as USE_ENCODER_NAME
from governance.moderation.use_encoder import UseEncoder, load_use_encoder

DATA = Path(__file__).resolve().parent / "data"
TRAIN_PATH = DATA / "train.jsonl"
#: Every file the heads are fitted on: round 1's prompts (with its former hold-out), round 2's
#: composed prompts (data/compose_round2.py), round 2's former blind set (regression data since
#: round 3), round 3's fresh prompts (data/compose_round3.py, its held-out split excluded),
#: round 3's former blind set (training and regression data since round 4) and round 4's
#: fresh prompts in the ten other languages (data/compose_round4.py, held-out split excluded).
REGRESSION_PATH = DATA / "blind_round2.jsonl"
BLIND_ROUND3_PATH = DATA / "blind_round3.jsonl"
#: Round 4's former blind set: training and regression data since round 5.
BLIND_ROUND4_PATH = DATA / "blind_round4.jsonl"
#: Round 5's former blind set: scored before and after round 5, training data since round 6.
BLIND_ROUND5_PATH = DATA / "blind_round5.jsonl"
#: Round 6's former blind set: scored after round 6, training and regression data since round 7.
BLIND_ROUND6_PATH = DATA / "blind_round6.jsonl"
#: Round 7's former blind set: scored after round 7, training and regression data since round 8.
BLIND_ROUND7_PATH = DATA / "blind_round7.jsonl"
#: Round 8's former blind set: scored after round 8, training and regression data since round 9.
BLIND_ROUND8_PATH = DATA / "blind_round8.jsonl"
#: Round 9's former blind set: scored after round 9, training and regression data since round 10.
BLIND_ROUND9_PATH = DATA / "blind_round9.jsonl"
#: Round 10's former blind set: scored after round 10, training and regression data since 11.
BLIND_ROUND10_PATH = DATA / "blind_round10.jsonl"
#: Round 11's former blind set: scored after round 11, training and regression data since 12.
BLIND_ROUND11_PATH = DATA / "blind_round11.jsonl"
#: Round 12's former blind set: scored after round 12, training and regression data since 13.
BLIND_ROUND12_PATH = DATA / "blind_round12.jsonl"
#: Round 13's former blind set: scored after round 13, training and regression data since 14.
BLIND_ROUND13_PATH = DATA / "blind_round13.jsonl"
WINDOW_TRAIN_FILES = (
    TRAIN_PATH,
    DATA / "train_round2.jsonl",
    REGRESSION_PATH,
    DATA / "train_round3.jsonl",
    BLIND_ROUND3_PATH,
    DATA / "train_round4.jsonl",
    BLIND_ROUND4_PATH,
    DATA / "train_round5.jsonl",
    BLIND_ROUND5_PATH,
    DATA / "train_round6a.jsonl",
    DATA / "train_round6b.jsonl",
    BLIND_ROUND6_PATH,
    DATA / "train_round7.jsonl",
    DATA / "train_round7_contrast.jsonl",
    BLIND_ROUND7_PATH,
    DATA / "train_round8_adult.jsonl",
    BLIND_ROUND8_PATH,
    BLIND_ROUND9_PATH,
    DATA / "train_round10.jsonl",
    BLIND_ROUND10_PATH,
    BLIND_ROUND11_PATH,
    BLIND_ROUND12_PATH,
    BLIND_ROUND13_PATH,
    DATA / "train_round14.jsonl",
)
#: Since round 30 the prompt head (prompts read whole) also learns the former blind sets of
#: rounds 14-29 (8,959 prompts written by outsiders) and round 16's adult rows; the heads that
#: read long prompts (the prompt and window heads that read their windows,
#: ``LinearHead.for_long``, and the static head that picks which windows are read) stay fitted
#: on round 14's files (``WINDOW_TRAIN_FILES``), and a prompt that names self-harm reads the
#: higher of both heads there (``moderator.HIGHER_OF_BOTH``). Fitted so on rounds 14-25's sets, on
#: rounds 26-29's (never trained on) it refused 5 more of 1,232 harmful prompts and 7 fewer of
#: 1,007 benign ones, with harm hidden in long prompts found as before; window heads fitted
#: with the new sets read that hidden harm lower (docs/moderation.md, round 30).
ROUND30_FILES = (
    *(DATA / f"blind_round{n}.jsonl" for n in range(14, 30)),
    DATA / "train_round16.jsonl",
)
TRAIN_FILES = WINDOW_TRAIN_FILES + ROUND30_FILES
WINDOW_FILE_NAMES = frozenset(path.name for path in WINDOW_TRAIN_FILES)
#: The held-out splits of composed rounds' fragments: frozen before retraining, never trained on.
HELDOUT_PATH = DATA / "heldout_round3.jsonl"
HELDOUT_PATHS = (HELDOUT_PATH, DATA / "heldout_round4.jsonl", DATA / "heldout_round5.jsonl")
DEV_PATH = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "moderation_dev.jsonl"
#: benchmarks/moderation.py and the encoder tests read benign near-misses from here: round 2's
#: former blind set, a training file (never the current round's blind set, evaluate.BLIND_PATH).
NEAR_MISS_PATH = REGRESSION_PATH
L2 = 1e-4  # per-sample ridge penalty; chosen by cross-validation on the training split
MAX_BENIGN_FP = 0.003  # per category, on cross-validated benign training prompts
FOLDS = 5

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


def training_rows(files: Sequence[Path] = TRAIN_FILES) -> list[dict]:
    """Every training file's rows, as the head sees them: the prompt alone. A row whose harm
    lies in its negative prompt (round 2's former blind set has a few: a sexual prompt whose
    negative prompt excludes adulthood) keeps only the labels its prompt earns by itself;
    the floors, not the head, read negative prompts."""
    rows = []
    for path in files:
        for row in load_jsonl(path):
            if row.get("negative_prompt"):
                row = {**row, "categories": [c for c in row["categories"] if c != "sexual/minors"]}
            rows.append({**row, "source": path.name})
    return rows


def training_digest() -> str:
    """The sha256 of the training files, concatenated in order (recorded in the heads)."""
    return hashlib.sha256(b"".join(path.read_bytes() for path in TRAIN_FILES)).hexdigest()


def is_held_out(prompt: str) -> bool:
    """A stable 20% split by content hash, so adding prompts does not reshuffle the rest."""
    return hashlib.sha256(prompt.encode("utf-8")).digest()[0] % 5 == 0


def labels(rows: Sequence[dict]) -> np.ndarray:
    y = np.zeros((len(rows), len(CATEGORIES)), dtype=np.float64)
    for i, row in enumerate(rows):
        for category in row["categories"]:
            y[i, CATEGORIES.index(category)] = 1.0
    return y


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float = L2, start: tuple[np.ndarray, float] | None = None
) -> tuple[np.ndarray, float]:
    """L2 logistic regression by Newton's method; returns (w, b). ``start`` (a fit on more of
    the same rows) only saves iterations: the optimum is the same."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    reg = np.full(d + 1, l2 * n)
    reg[-1] = 0.0  # the bias is not shrunk
    w = np.zeros(d + 1) if start is None else np.append(start[0], start[1]).astype(np.float64)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -50, 50)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg)
        step = np.linalg.solve(hess + 1e-9 * np.eye(d + 1), grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w[:-1], float(w[-1])


def _fold_of(rows: Sequence[dict]) -> np.ndarray:
    return np.array([hashlib.sha256(r["prompt"].encode("utf-8")).digest()[1] % FOLDS for r in rows])


def applicable(rows: Sequence[dict]) -> np.ndarray:
    """Which rows each category's head learns from: (n, len(CATEGORIES)) booleans.

    The moderator only uses the ``deepfake/real-person`` head when the term lists find a
    person, so that head learns (and is calibrated) on those prompts alone: there, a name
    says nothing, and the head must learn what is done to the person.
    """
    mask = np.ones((len(rows), len(CATEGORIES)), dtype=bool)
    mask[:, CATEGORIES.index("deepfake/real-person")] = [
        match(views(r["prompt"], CENSOR_WORDS)).real_person for r in rows
    ]
    return mask


def fit_linear(
    x: np.ndarray, y: np.ndarray, mask: np.ndarray, l2: float = L2, start: tuple | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Every category's logistic regression on its applicable rows: (W, b)."""
    pairs = [
        fit_logistic(
            x[mask[:, k]],
            y[mask[:, k], k],
            l2,
            None if start is None else (start[0][k], start[1][k]),
        )
        for k in range(y.shape[1])
    ]
    return np.stack([w for w, _ in pairs]), np.array([b for _, b in pairs])


def cv_linear_logits(
    x: np.ndarray,
    y: np.ndarray,
    folds: np.ndarray,
    mask: np.ndarray,
    full: tuple[np.ndarray, np.ndarray],
    l2: float = L2,
) -> np.ndarray:
    """Each row's linear logit from the fit without its fold (warm-started from ``full``)."""
    logits = np.zeros_like(y)
    for f in range(FOLDS):
        train = folds != f
        w, b = fit_linear(x[train], y[train], mask[train], l2, full)
        logits[~train] = x[~train] @ w.T + b
    return logits


def operating_points(
    x: np.ndarray, y: np.ndarray, folds: np.ndarray, mask: np.ndarray
) -> np.ndarray:
    """Per category, the cross-validated raw probability that keeps benign flags rare."""
    logits = cv_linear_logits(x, y, folds, mask, fit_linear(x, y, mask))
    return points_from_probs(1.0 / (1.0 + np.exp(-logits)), y, mask)


#: Whether the USE head gets a head of its own for windows of long prompts, which also learns
#: from window rows (round 9, :func:`with_window_rows`); prompts read whole keep the head
#: fitted on prompts alone.
WINDOW_HEAD = True

#: Prototypes per group (the benign prompts, and each category's harmful ones) and how many
#: nearest count, chosen leave-one-set-out (docs/moderation.md, round 7); 0: the linear head.
PROTOTYPES = 200
TOP = 2
STACK_L2 = 1e-6
KMEANS_ITERATIONS = 20
KMEANS_SEED = 0


def kmeans(x: np.ndarray, k: int, seed: int = KMEANS_SEED) -> np.ndarray:
    """Spherical k-means (cosine; unit centroids) in numpy: k rows, deterministic for a seed
    and a row order. Starts from k distinct rows drawn at random; an emptied cluster keeps its
    last centroid."""
    x = x.astype(np.float32)
    if len(x) <= k:
        return x.copy()
    rng = np.random.default_rng(seed)
    centres = x[np.sort(rng.choice(len(x), size=k, replace=False))].copy()
    for _ in range(KMEANS_ITERATIONS):
        nearest = np.argmax(x @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, nearest, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        moved = norms[:, 0] > 0
        new = np.where(moved[:, None], sums / np.maximum(norms, 1e-9), centres)
        if np.array_equal(new, centres):
            break
        centres = new
    return centres


def fit_prototypes(
    x: np.ndarray, y: np.ndarray, mask: np.ndarray, k: int = PROTOTYPES
) -> tuple[np.ndarray, np.ndarray]:
    """Group 0: the benign rows' prototypes; group 1 + c: category c's harmful (applicable)
    rows'. A group gets min(k, its rows // 3) (at least 1) prototypes, padded to the largest
    group's count with rows whose offset is ``head.PAD``: (prototypes (G, K, d), offset (G, K))."""
    benign = y.sum(axis=1) == 0
    groups = [benign] + [(y[:, c] == 1) & mask[:, c] for c in range(y.shape[1])]
    centres = [kmeans(x[g], max(1, min(k, int(g.sum()) // 3))) for g in groups]
    width = max(len(c) for c in centres)
    protos = np.zeros((len(groups), width, x.shape[1]), dtype=np.float32)
    offset = np.full((len(groups), width), PAD, dtype=np.float32)
    for i, c in enumerate(centres):
        protos[i, : len(c)] = c
        offset[i, : len(c)] = 0.0
    return protos, offset


def cv_prototype_similarity(
    x: np.ndarray, y: np.ndarray, folds: np.ndarray, mask: np.ndarray, k: int, top: int
) -> np.ndarray:
    """Each row's prototype similarities (n, G), the prototypes fitted without its fold."""
    out = np.zeros((len(x), y.shape[1] + 1))
    for f in range(FOLDS):
        train = folds != f
        protos, offset = fit_prototypes(x[train], y[train], mask[train], k)
        out[~train] = prototype_similarity(x[~train].astype(np.float32), protos, offset, top)
    return out


def fit_stack(
    logits: np.ndarray, near: np.ndarray, y: np.ndarray, mask: np.ndarray, benign: bool = True
) -> np.ndarray:
    """Per category, a logistic regression over [linear logit, harmful similarity, benign
    similarity] on cross-validated values: rows [bias, a, c_harm, c_benign], (categories, 4).
    ``benign=False`` leaves the benign similarity out (c_benign = 0)."""
    stack = np.zeros((y.shape[1], 4))
    for c in range(y.shape[1]):
        cols = [logits[:, c], near[:, 1 + c]] + ([near[:, 0]] if benign else [])
        z = np.stack(cols, axis=1)[mask[:, c]]
        w, b = fit_logistic(z, y[mask[:, c], c], STACK_L2)
        stack[c, : 1 + len(w)] = [b, *w]
    return stack


def points_from_probs(
    probs: np.ndarray,
    y: np.ndarray,
    mask: np.ndarray,
    share: float = MAX_BENIGN_FP,
    floor: float = 0.5,
) -> np.ndarray:
    """Per category, just above the (allowed+1)-th highest cross-validated benign probability
    (``share`` of the benign prompts may score above it), but never below ``floor``."""
    benign = y.sum(axis=1) == 0
    points = np.empty(y.shape[1])
    for k in range(y.shape[1]):
        ranked = np.sort(probs[benign & mask[:, k], k])[::-1]
        allowed = int(share * ranked.size)
        points[k] = max(floor, float(ranked[allowed]) + 1e-3) if ranked.size > allowed else 0.5
    return np.minimum(points, 0.99)


# The static head picks which windows of a long prompt the encoder reads: it is calibrated
# for recall, so that at most this share of a category's harmful prompts falls below 0.5.
STATIC_MISS = 0.1


def fit_static_head(
    x: np.ndarray, y: np.ndarray, folds: np.ndarray, mask: np.ndarray, meta: dict
) -> LinearHead:
    """Per category, logistic regression on static embeddings, shifted so that 0.5 keeps
    (cross-validated) all but STATIC_MISS of the category's harmful prompts."""
    probs = np.zeros_like(y)
    for f in range(FOLDS):
        train = folds != f
        for k in range(y.shape[1]):
            w, b = fit_logistic(x[train & mask[:, k]], y[train & mask[:, k], k])
            probs[~train, k] = 1.0 / (1.0 + np.exp(-(x[~train] @ w + b)))
    points = np.empty(y.shape[1])
    for k in range(y.shape[1]):
        positive = np.sort(probs[(y[:, k] == 1) & mask[:, k], k])
        points[k] = positive[int(STATIC_MISS * positive.size)] if positive.size else 0.5
    points = np.clip(points, 1e-4, 0.99)
    weights, bias = zip(
        *(fit_logistic(x[mask[:, k]], y[mask[:, k], k]) for k in range(len(CATEGORIES))),
        strict=True,
    )
    shifted = np.array(bias) - np.log(points / (1.0 - points))
    benign = y.sum(axis=1) == 0
    escalated = float((probs[benign] >= points).any(axis=1).mean()) if benign.any() else 0.0
    meta = {
        **meta,
        "escalation_points": dict(zip(CATEGORIES, points.round(5).tolist(), strict=True)),
        "benign_escalation_rate": round(escalated, 4),
    }
    return LinearHead(CATEGORIES, np.stack(weights), shifted, meta)


def static_training_set(
    encoder: Encoder, rows: Sequence[dict], y: np.ndarray, folds: np.ndarray, mask: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Static embeddings of every prompt, plus the windows of benign prompts as extra benign
    rows: the static head judges windows of long prompts, so it must learn that a clause of
    scenery is not a harmful prompt."""
    x = embed(encoder, rows, static=True)
    extra = sorted(
        {
            c.strip()
            for row in rows
            if not row["categories"]
            for c in _CLAUSE_BREAK.split(prepare(encoder, row["prompt"]))
            if len(c.split()) >= 3
        }
    )
    xe = encoder.static_encode(extra)
    ye = np.zeros((len(extra), y.shape[1]))
    fe = np.array([hashlib.sha256(c.encode()).digest()[1] % FOLDS for c in extra], dtype=int)
    me = np.ones((len(extra), y.shape[1]), dtype=bool)
    me[:, CATEGORIES.index("deepfake/real-person")] = False
    return (
        np.vstack([x, xe]),
        np.vstack([y, ye]),
        np.concatenate([folds, fe]),
        np.vstack([mask, me]),
    )


def benign_windows(
    encoder: Encoder | UseEncoder, rows: Sequence[dict]
) -> tuple[list[str], np.ndarray]:
    """The windows the moderator reads of each benign long prompt (distinct), and the index of
    the row each came from.

    A long prompt is judged by its worst window, read alone, while the head learned from whole
    prompts: a clause of scenery ("a kettle steaming on an iron stove, dried lavender hanging
    from a hook") is like nothing it saw, and round 8's head scored such clauses up to 0.7
    self-harm, which refused 76 of the 138 benign long prompts of the data files (in-sample).
    A benign prompt's windows are benign whatever else is true of them; a harmful one's are
    not all harmful, so only benign prompts give windows."""
    texts: list[str] = []
    parents: list[int] = []
    seen: set[str] = set()
    for i, row in enumerate(rows):
        if row["categories"]:
            continue
        parts = windows(prepare(encoder, row["prompt"]))
        if len(parts) < 2:
            continue
        for part in parts:
            if part not in seen:
                seen.add(part)
                texts.append(part)
                parents.append(i)
    return texts, np.asarray(parents, dtype=int)


#: A harmful prompt of at most this many window units is also learned inside scenery.
MIX_MAX_UNITS = 20


def harm_in_scenery(
    encoder: Encoder | UseEncoder,
    rows: Sequence[dict],
    scenery: Sequence[str],
    scenery_langs: Sequence[str],
) -> tuple[list[str], np.ndarray]:
    """Each short harmful prompt with a clause or two of benign scenery before or after it,
    as a window of a long prompt reads it (``...over the water. a quiet harbour at dawn,
    draw the moment she steps off the bridge``), and the index of its row.

    Benign windows alone teach the window head that scenery is benign; a request that shares
    its window with scenery must still read as the request. Clauses come from ``scenery`` (the
    benign windows) in the prompt's language where there are any, chosen and placed by a hash
    of the prompt, so the set is deterministic."""
    pools: dict[str, set[str]] = {}
    for text, lang in zip(scenery, scenery_langs, strict=True):
        for c in _CLAUSE_BREAK.split(text):
            if 3 <= len(_UNIT.findall(c)) <= 12:
                pools.setdefault(lang, set()).add(c.strip())
                pools.setdefault("*", set()).add(c.strip())
    by_lang = {lang: sorted(pool) for lang, pool in pools.items()}
    texts: list[str] = []
    parents: list[int] = []
    if not by_lang:
        return texts, np.asarray(parents, dtype=int)
    for i, row in enumerate(rows):
        if not row["categories"]:
            continue
        harm = prepare(encoder, row["prompt"])
        units = len(_UNIT.findall(harm))
        if not units or units > MIX_MAX_UNITS:
            continue
        digest = hashlib.sha256(row["prompt"].encode("utf-8")).digest()
        clauses = by_lang.get(row.get("lang", "en"), by_lang["*"])
        picked = [clauses[int.from_bytes(digest[k : k + 4], "big") % len(clauses)] for k in (4, 8)]
        room = _WINDOW_UNITS - units
        if len(_UNIT.findall(picked[0])) + len(_UNIT.findall(picked[1])) > room:
            picked = picked[:1]
        around = ", ".join(picked)
        texts.append(f"{around}. {harm}" if digest[12] % 2 else f"{harm}. {around}")
        parents.append(i)
    return texts, np.asarray(parents, dtype=int)


def with_window_rows(
    encoder: Encoder | UseEncoder,
    rows: Sequence[dict],
    x: np.ndarray,
    y: np.ndarray,
    folds: np.ndarray,
    mask: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The training arrays with window rows appended: :func:`benign_windows` as benign rows,
    and :func:`harm_in_scenery` with their prompt's labels (each row in its prompt's fold, so
    that cross-validation never sees a prompt's windows from another fold, and with its
    prompt's applicability). The first ``len(rows)`` rows stay the prompts."""
    texts, parents = benign_windows(encoder, rows)
    if not texts:
        return x, y, folds, mask
    langs = [rows[p].get("lang", "en") for p in parents]
    mixes, mix_parents = harm_in_scenery(encoder, rows, texts, langs)
    xw = embed_texts(encoder, [*texts, *mixes]).astype(x.dtype)
    parents_all = np.concatenate([parents, mix_parents]).astype(int)
    labels_all = np.vstack([np.zeros((len(texts), y.shape[1]), dtype=y.dtype), y[mix_parents]])
    return (
        np.vstack([x, xw]),
        np.vstack([y, labels_all]),
        np.concatenate([folds, folds[parents_all]]),
        np.vstack([mask, mask[parents_all]]),
    )


def fit_head(
    x: np.ndarray,
    y: np.ndarray,
    folds: np.ndarray,
    mask: np.ndarray,
    meta: dict,
    prototypes: int = 0,
    top: int = TOP,
    benign: bool = True,
    prompts: int | None = None,
) -> LinearHead:
    """Fit every category, then shift so that its operating point maps to 0.5.

    With ``prototypes``, the prototype similarities are stacked on the linear logit: the
    stacking weights are fitted on cross-validated logits and similarities (each fold's
    linear fit and prototypes made without it), the operating points chosen on the stacked
    cross-validated probabilities by the same rule (``points_from_probs``), and the shift
    goes into the stack's bias; the linear weights and the prototypes are then fitted on
    every row. ``prompts``: only the first this many rows are prompts (the rest are windows,
    :func:`with_window_rows`): every row is fitted on, the operating points are chosen on
    the prompts alone, since a refusal is a prompt's."""
    n = len(x) if prompts is None else prompts
    weights, bias = fit_linear(x, y, mask)
    logits = cv_linear_logits(x, y, folds, mask, (weights, bias))
    linear_points = points_from_probs(sigmoid(logits[:n]), y[:n], mask[:n])
    if prototypes:
        near = cv_prototype_similarity(x, y, folds, mask, prototypes, top)
        stack = fit_stack(logits, near, y, mask, benign)
        logits = stacked_logits(logits, near, stack)
    points = points_from_probs(sigmoid(logits[:n]), y[:n], mask[:n])
    shift = np.log(points / (1.0 - points))
    meta = {
        **meta,
        "operating_points": dict(zip(CATEGORIES, points.round(4).tolist(), strict=True)),
    }
    if not prototypes:
        return LinearHead(CATEGORIES, weights, bias - shift, meta)
    protos, offset = fit_prototypes(x, y, mask, prototypes)
    stack[:, 0] -= shift
    meta = {
        **meta,
        "prototypes": prototypes,
        "top": top,
        "stack_l2": STACK_L2,
        "window_points": dict(zip(CATEGORIES, linear_points.round(4).tolist(), strict=True)),
    }
    window_bias = bias - np.log(linear_points / (1.0 - linear_points))
    return LinearHead(CATEGORIES, weights, bias, meta, protos, offset, stack, top, window_bias)


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


#: Where ``embed`` keeps embeddings between runs (``--cache DIR`` or this variable; unset: none).
CACHE_ENV = "IMPRIMATUR_EMBED_CACHE"


class EmbeddingCache:
    """Embeddings on disk, one file per encoder (its name and the bytes of its embedding of
    ``FINGERPRINT_TEXT``) and kind, keyed by the sha256 of the text the encoder reads: a
    changed encoder or normalisation never reads a stale vector, and a rerun only embeds what
    is new. Opt-in: the shipped heads must not depend on it, and they do not (same vectors)."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._tables: dict[Path, dict[bytes, np.ndarray]] = {}
        self._dirty: set[Path] = set()

    def _path(self, encoder: Encoder | UseEncoder, static: bool) -> Path:
        probe = np.asarray(encoder.encode([FINGERPRINT_TEXT])[0], dtype=np.float32).round(4)
        name = USE_ENCODER_NAME if isinstance(encoder, UseEncoder) else ENCODER_NAME
        key = hashlib.sha256(name.encode() + probe.tobytes()).hexdigest()[:16]
        return self.directory / f"{'static' if static else 'full'}-{key}.npz"

    def _table(self, path: Path) -> dict[bytes, np.ndarray]:
        if path not in self._tables:
            table: dict[bytes, np.ndarray] = {}
            if path.is_file():
                with np.load(path, allow_pickle=False) as data:
                    table = dict(zip((bytes(k) for k in data["keys"]), data["x"], strict=True))
            self._tables[path] = table
        return self._tables[path]

    def encode(
        self, encoder: Encoder | UseEncoder, texts: Sequence[str], static: bool, batch: int
    ) -> np.ndarray:
        path = self._path(encoder, static)
        table = self._table(path)
        keys = [hashlib.sha256(t.encode("utf-8")).digest() for t in texts]
        todo = sorted({(k, t) for k, t in zip(keys, texts, strict=True) if k not in table})
        encode = encoder.static_encode if static else encoder.encode
        for i in range(0, len(todo), batch):
            chunk = todo[i : i + batch]
            table.update(zip((k for k, _ in chunk), encode([t for _, t in chunk]), strict=True))
        if todo:
            self._dirty.add(path)
        return np.stack([table[k] for k in keys]).astype(np.float32)

    def save(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        for path in sorted(self._dirty):
            table = self._tables[path]
            keys = sorted(table)
            tmp = path.with_suffix(".tmp.npz")
            np.savez(tmp, keys=np.array(keys, dtype="S32"), x=np.stack([table[k] for k in keys]))
            tmp.replace(path)
        self._dirty.clear()


_CACHE: EmbeddingCache | None = (
    EmbeddingCache(Path(os.environ[CACHE_ENV])) if os.environ.get(CACHE_ENV) else None
)


def embed(
    encoder: Encoder, rows: Sequence[dict], batch: int = 64, static: bool = False
) -> np.ndarray:
    return embed_texts(encoder, [prepare(encoder, r["prompt"]) for r in rows], batch, static)


def embed_texts(
    encoder: Encoder, texts: list[str], batch: int = 64, static: bool = False
) -> np.ndarray:
    """Embeddings of texts already prepared for ``encoder`` (through the cache when set)."""
    if _CACHE is not None:
        out = _CACHE.encode(encoder, texts, static, batch)
        _CACHE.save()
        return out
    encode = encoder.static_encode if static else encoder.encode
    return np.concatenate([encode(texts[i : i + batch]) for i in range(0, len(texts), batch)])


ENCODERS = ("use", "minilm")
#: The configurations compared side by side: each head alone, and the higher of the two.
CONFIGS = {"minilm": ("minilm",), "use": ("use",), "both": ("use", "minilm")}


def load_named_encoder(name: str) -> Encoder | UseEncoder:
    return load_use_encoder(threads=1) if name == "use" else load_encoder()


def fit_static(
    name: str, encoder: Encoder | UseEncoder, rows: Sequence[dict], meta: dict
) -> LinearHead:
    """The head that picks which windows of a long prompt the encoder reads.

    MiniLM's learns from English rows only (fitted on all languages, its recall point sank
    until it escalated nearly every benign window: 0.43 of benign rows in round 3, vs 0.15);
    USE's token embeddings cover every language, so its learns from all of them.
    """
    if name == "minilm":
        rows = [r for r in rows if r.get("lang", "en") == "en"]
    x, y, folds, mask = static_training_set(
        encoder, rows, labels(rows), _fold_of(rows), applicable(rows)
    )
    static = fit_static_head(x, y, folds, mask, meta)
    print(
        f"  {name} static head ({len(x)} rows with benign clauses): benign rows escalated "
        f"{static.meta['benign_escalation_rate']:.3f}"
    )
    return static


def fit_reader(
    name: str,
    encoder: Encoder | UseEncoder,
    rows: Sequence[dict],
    x: np.ndarray,
    meta: dict,
    long_mask: np.ndarray | None = None,
) -> tuple[Encoder | UseEncoder, LinearHead, LinearHead]:
    """The (encoder, head, static head) reader fitted on ``rows``. With ``long_mask``, the
    heads that read long prompts learn only the rows it selects: the returned head reads
    windows through ``for_long``, a head fitted on those rows alone, and the static head is
    fitted on them."""
    k = PROTOTYPES if name == "use" else 0  # MiniLM (comparison only) keeps the linear head
    arrays = x, labels(rows), _fold_of(rows), applicable(rows)
    head = fit_head(*arrays, meta, prototypes=k)
    if long_mask is not None and not long_mask.all():
        long_rows = [r for r, keep in zip(rows, long_mask, strict=True) if keep]
        print(f"  {name} long-prompt heads on {len(long_rows)} of the {len(rows)} rows")
        _, head.for_long, static = fit_reader(
            name,
            encoder,
            long_rows,
            x[long_mask],
            {**meta, "reads": "long prompts", "n_train": len(long_rows)},
        )
        print(f"  {name} operating points: {head.meta['operating_points']}")
        return encoder, head, static
    if name == "use" and WINDOW_HEAD:
        arrays = with_window_rows(encoder, rows, *arrays)
        added = len(arrays[0]) - len(rows)
        benign = int((arrays[1][len(rows) :].sum(axis=1) == 0).sum())
        counts = {"benign_windows": benign, "harm_in_scenery": added - benign}
        head.for_windows = fit_head(*arrays, counts, prototypes=k, prompts=len(rows))
        print(f"  {name} window head: {counts}")
    print(f"  {name} operating points: {head.meta['operating_points']}")
    return (
        encoder,
        head,
        fit_static(name, encoder, rows, {"train_sha256": meta.get("train_sha256")}),
    )


def refusals(readers: Sequence, rows: Sequence[dict]) -> list[bool]:
    """Whether the whole moderator (terms, floors, negative prompts) refuses each row."""
    moderator = Moderator.from_readers(readers)
    return [moderator.check_prompt(r["prompt"], r.get("negative_prompt")).flagged for r in rows]


def side_by_side(title: str, rows: Sequence[dict], readers: dict[str, tuple]) -> dict:
    """Per language, recall and FPR of the whole moderator under each configuration."""
    rows = [{**r, "lang": r.get("lang", "en")} for r in rows]
    langs = sorted({r["lang"] for r in rows}, key=lambda lang: (lang != "en", lang))
    refused = {
        cfg: refusals([readers[n] for n in names], rows)
        for cfg, names in CONFIGS.items()
        if all(n in readers for n in names)
    }
    print(f"\n  {title}: {len(rows)} prompts; recall / FPR of the whole moderator")
    print(f"    {'lang':6} {'n+':>4} {'n-':>4} " + " ".join(f"{c:>13}" for c in refused))
    out: dict = {}
    for lang in [*langs, "ALL"]:
        idx = [i for i, r in enumerate(rows) if lang in ("ALL", r["lang"])]
        harm = [i for i in idx if rows[i]["categories"]]
        benign = [i for i in idx if not rows[i]["categories"]]
        cells = []
        for cfg, flags in refused.items():
            rec = sum(flags[i] for i in harm) / max(len(harm), 1)
            fpr = sum(flags[i] for i in benign) / max(len(benign), 1)
            out.setdefault(cfg, {})[lang] = [round(rec, 3), round(fpr, 3)]
            cells.append(f"{rec:6.3f}/{fpr:.3f}")
        print(
            f"    {lang:6} {len(harm):4d} {len(benign):4d} " + " ".join(f"{c:>13}" for c in cells)
        )
    return out


def heldout_rows() -> list[dict]:
    return [r for path in HELDOUT_PATHS if path.is_file() for r in load_jsonl(path)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="evaluate, do not write heads")
    parser.add_argument(
        "--compare",
        action="store_true",
        help="also fit without round 3's blind set and score it, per language",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=None,
        help=f"keep embeddings in this directory between runs (or set {CACHE_ENV})",
    )
    args = parser.parse_args(argv)
    global _CACHE
    if args.cache is not None:
        _CACHE = EmbeddingCache(args.cache)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    start = time.perf_counter()
    rows = training_rows()
    digest = training_digest()
    held_mask = np.array([is_held_out(r["prompt"]) for r in rows])
    print(f"training files: {len(rows)} prompts (sha256 {digest[:12]}), {held_mask.sum()} held out")
    encoders = {name: load_named_encoder(name) for name in ENCODERS}
    x_all = {name: embed(encoder, rows) for name, encoder in encoders.items()}
    print(f"embedded with {ENCODERS} in {time.perf_counter() - start:.1f}s")

    train = [r for r, h in zip(rows, held_mask, strict=True) if not h]
    held = [r for r, h in zip(rows, held_mask, strict=True) if h]
    print(f"fit on {len(train)} (L2={L2})")
    long_all = np.array([r["source"] in WINDOW_FILE_NAMES for r in rows])
    long_train = long_all[~held_mask]
    readers = {
        n: fit_reader(n, e, train, x_all[n][~held_mask], {}, long_train)
        for n, e in encoders.items()
    }
    metrics = {
        "held_out_20": side_by_side("20% of the training files, held out", held, readers),
        "heldout_rounds_80": side_by_side(
            "heldout_round3-5 (heads fitted on 80%)", heldout_rows(), readers
        ),
    }
    if args.compare:
        keep = np.array([r["source"] != BLIND_ROUND3_PATH.name for r in rows])
        without = [r for r, k in zip(rows, keep, strict=True) if k]
        print(f"fit on {len(without)}: every file but {BLIND_ROUND3_PATH.name}")
        readers_nb = {
            n: fit_reader(n, e, without, x_all[n][keep], {}, long_all[keep])
            for n, e in encoders.items()
        }
        metrics["blind_round3_unseen"] = side_by_side(
            f"{BLIND_ROUND3_PATH.name} (heads fitted without it; seen before, not blind)",
            load_jsonl(BLIND_ROUND3_PATH),
            readers_nb,
        )

    print(f"\nfit on all {len(rows)} prompts")
    final = {}
    for name, encoder in encoders.items():
        meta = {
            "encoder": USE_ENCODER_NAME if name == "use" else ENCODER_NAME,
            "train_sha256": digest,
            "n_train": len(rows),
            "l2": L2,
            "fingerprint": encoder.encode([FINGERPRINT_TEXT])[0, :16].round(5).tolist(),
            "held_out": {k: v.get(name) for k, v in metrics.items()},
        }
        final[name] = fit_reader(name, encoder, rows, x_all[name], meta, long_all)
    side_by_side("heldout_round3-5 (final heads; never trained on)", heldout_rows(), final)
    if DEV_PATH.is_file():
        dev = [
            {**r, "categories": [dev_category(r)] if dev_category(r) else []}
            for r in load_jsonl(DEV_PATH)
        ]
        side_by_side("dev set (final heads; never trained on)", dev, final)
    if args.dry_run:
        print("dry run: heads not written")
    else:
        for name, (_, head, static) in final.items():
            head_path, static_path = (
                (USE_HEAD_PATH, USE_STATIC_HEAD_PATH)
                if name == "use"
                else (HEAD_PATH, STATIC_HEAD_PATH)
            )
            head.save(head_path)
            static.save(static_path)
            print(f"wrote {head_path.name}, {static_path.name}")
    print(f"done in {time.perf_counter() - start:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
