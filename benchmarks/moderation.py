"""Prompt moderation: quality on the dev set and on our own held-out prompts, and speed.

Run: python benchmarks/moderation.py [--threads N] [--repeats R] [--before REF]

``--before REF`` (e.g. ``--before main``): the cost table compares this tree's moderator with
the one at git ref REF instead (its ``governance/`` extracted to a temporary directory), both
with the default reader, each timed in its own process (the same code cannot be imported twice
in one), the two processes taking turns round by round so that both see the same load.

Cost: p50 of one ``check_prompt`` at 100 and 4,000 characters (the prompt limit), on one
thread, as CPU time of the calling thread (what one core spends; wall time is printed beside
it, and is what a loaded machine inflates), round 3's reader (the English MiniLM on ONNX
Runtime) and round 4's (the multilingual USE-m3 in numpy, the default) side by side, alternating
prompt by prompt; both with the same term lists and windows (this round's). Each timed prompt is
different and the term lists' per-text cache is cleared before each call, so no cache helps.
Targets: <= 20 ms p50 at both lengths (issue 10), <= 8 ms at 100 characters (issue 16).
``--readings``: the USE reader under ``long_prompt_self_harm: classifier`` (the default before
round 23) and ``evidence`` (the default since), alternating prompt by prompt, on the same
cases.
``--breakdown``: the same 4,000-character prompts, each stage timed on its own, and how many
windows and tokens the encoder reads.

Quality (the USE reader): recall (share of harmful prompts flagged, in any category) and
false-positive rate (share of benign prompts flagged) at the default policy, per category of
``../shared/eval/moderation_dev.jsonl``; then the same on the 20% of the training files that a
head refitted on the other 80% never saw, and on ``blind_round2.jsonl`` (training data since
round 3) with the shipped head. Speed: ms per prompt when a batch goes through one ``check``
call versus one call per prompt, on this machine's CPU with the given thread count.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import _common  # noqa: F401  (sets sys.path and offline env first)

# A worker of --before times the moderator of another tree: that tree's code goes first.
if os.environ.get("MODERATION_BENCH_TREE"):
    sys.path.insert(0, os.environ["MODERATION_BENCH_TREE"])

import numpy as np  # noqa: E402
import torch  # noqa: E402
from _common import REPO_ROOT, long_benign_english, machine_line, print_table  # noqa: E402

from governance.moderation import MAX_PROMPT_CHARS, Moderator, terms  # noqa: E402
from governance.moderation import train as tr  # noqa: E402
from governance.moderation.categories import CATEGORIES, DEFAULT_THRESHOLDS  # noqa: E402
from governance.moderation.moderator import score_texts  # noqa: E402
from governance.moderation.use_encoder import load_use_encoder  # noqa: E402
from governance.moderation.verdicts import SKIPPED  # noqa: E402


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
    """Refit the USE head on 80% of the training files, as train.py does; score the other 20%."""
    encoder = load_use_encoder()
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


_SCENE = (
    "A sweeping view of a medieval market town at golden hour. Cobblestone streets wind "
    "between timber-framed houses with flower boxes under every window. Merchants sell bread, "
    "cheese, apples and bolts of dyed wool from wooden stalls, while children chase a scruffy "
    "dog past a stone fountain. In the distance a cathedral spire rises above red-tiled roofs "
    "and beyond the walls rolling green hills are dotted with sheep and windmills. Lanterns "
    "are being lit as the sky turns from amber to violet; a bard plays a lute on the steps of "
    "the guildhall. Detailed oil painting, warm palette, soft volumetric light, 8k. "
)


_HARM = "a man with his throat slit open, blood pooling around him"


def length_p50(
    checks: dict[str, Callable[[str], object]],
    chars: int,
    repeats: int,
    kind: str,
    near_misses: list[str],
) -> dict[str, tuple[float, float]]:
    """p50 (CPU ms of this thread, wall ms) of each check (a moderator's check_prompt, or one
    under a given policy) on distinct prompts of ``chars``, alternating: scenery, benign
    near-misses of the blind set shuffled together, or scenery with harm at the end (the
    refused path, which reads more windows)."""
    cpu: dict[str, list[float]] = {name: [] for name in checks}
    wall: dict[str, list[float]] = {name: [] for name in checks}
    rng = random.Random(0)
    for i in range(repeats):
        prompt = _case_prompt(kind, i, chars, rng, near_misses)
        names = list(checks) if i % 2 == 0 else list(checks)[::-1]
        for name in names:
            terms.match_text.cache_clear()  # the other check just matched this prompt
            _clear_other_caches()
            c0, w0 = time.thread_time(), time.perf_counter()
            checks[name](prompt)
            cpu[name].append((time.thread_time() - c0) * 1000)
            wall[name].append((time.perf_counter() - w0) * 1000)
    return {n: (statistics.median(cpu[n]), statistics.median(wall[n])) for n in checks}


def readings_cost(repeats: int, threads: int) -> None:
    """p50 of check_prompt under long_prompt_self_harm: classifier and evidence, alternating
    prompt by prompt on one moderator (CPU ms of this thread)."""
    from governance.moderation import ModerationPolicy
    from governance.moderation.policy import LONG_PROMPT_SELF_HARM_READINGS

    moderator = Moderator(num_threads=threads)
    moderator.check_prompt(_SCENE)  # warm up
    checks: dict[str, Callable[[str], object]] = {
        reading: functools.partial(
            moderator.check_prompt, policy=ModerationPolicy(long_prompt_self_harm=reading)
        )
        for reading in LONG_PROMPT_SELF_HARM_READINGS
    }
    near_misses = _near_misses()
    rows = []
    for kind, chars in _CASES:
        p50 = length_p50(checks, chars, repeats, kind, near_misses)
        (classifier, _), (evidence, _) = p50["classifier"], p50["evidence"]
        ratio = f"{evidence / classifier:.2f}x"
        rows.append([kind, chars, f"{classifier:.1f}", f"{evidence:.1f}", ratio])
    title = "check_prompt p50 CPU ms, long_prompt_self_harm: classifier vs evidence"
    print(f"\n{title} (threads={threads})")
    print_table(["prompt", "chars", "classifier", "evidence", "evidence/classifier"], rows)


def _near_misses() -> list[str]:
    """The benign prompts of round 2's former blind set, the cost cases' near-miss source
    (trees before round 7 named that file train.BLIND_PATH; --before runs them too)."""
    source = getattr(tr, "NEAR_MISS_PATH", None) or tr.BLIND_PATH
    return [r["prompt"] for r in tr.load_jsonl(source) if not r["categories"]]


#: A cost case: long benign English rows of the former blind sets (written by outsiders, each
#: a whole request) joined, the kind of long prompt people write; "scenery" repeats one scene,
#: so its windows repeat and the encoder reads each once, which makes it the cheapest case.
#: English only, as serving_overhead.py's long prompt: rows of several languages joined make
#: most samples the first of their combination of scripts, whose term lists are built then
#: (0.25-0.35 s, once per process), which a warm service does not pay per prompt.
LONG_ROWS = "long benign rows"


@functools.cache
def _long_rows() -> tuple[str, ...]:
    return tuple(long_benign_english(300))


def _case_prompt(kind: str, i: int, chars: int, rng: random.Random, near_misses: list[str]) -> str:
    """The ``i``-th distinct prompt of ``chars`` for a cost case (shuffles ``near_misses`` in
    place for that case; the joined cases draw their order from ``rng``)."""
    if kind == "near-misses":
        rng.shuffle(near_misses)
        return ". ".join(near_misses)[:chars]
    if kind == LONG_ROWS:
        rows = list(_long_rows())
        rng.shuffle(rows)
        return ". ".join(rows)[:chars]
    scenery = f"v{i} " + _SCENE * (chars // len(_SCENE) + 1)
    if kind == "harm at end":
        return f"{scenery[: chars - len(_HARM) - 1]} {_HARM}"
    return scenery[:chars]


def _clear_other_caches() -> None:
    """Per-text caches other than the term lists' (trees that have them), so none helps."""
    from governance.moderation import lexicon_intl, normalize

    try:  # round 25
        from governance.moderation import romanized
    except ImportError:
        romanized = None
    for cache in (
        getattr(normalize, "_collapsed_fold", None),
        getattr(terms, "_innocent_blanked", None),
        getattr(terms, "_negations_blanked", None),
        getattr(lexicon_intl, "fold_intl", None),
        getattr(romanized, "cyrillic_view", None),
        getattr(romanized, "_romanized_languages", None),
        getattr(romanized, "_words", None),
    ):
        if hasattr(cache, "cache_clear"):
            cache.cache_clear()


_CASES = [("scenery", 100)] + [
    (kind, MAX_PROMPT_CHARS) for kind in ("scenery", LONG_ROWS, "near-misses", "harm at end")
]


def _stage_timer(stages: dict[str, list[float]]):
    """A function that runs fn(*args), adds its CPU ms to stages[stage], returns its result."""

    def timed(stage: str, fn, *args):
        start = time.thread_time()
        out = fn(*args)
        stages.setdefault(stage, []).append((time.thread_time() - start) * 1000)
        return out

    return timed


def _static_flags(encoder, static, parts: list[str]) -> np.ndarray:
    return (static.predict(encoder.static_encode(parts)) >= 0.5).any(axis=1)


def _encoder_probs(encoder, head, parts: list[str]) -> np.ndarray:
    return head.predict(encoder.encode(parts))


def breakdown(repeats: int, threads: int) -> None:
    """Where check_prompt's time goes at 4,000 characters, per kind (p50 CPU ms of each stage,
    run separately): the text the encoder reads, its windows, the static pass, the encoder
    on the windows that pass flags, the term lists; and how many tokens the encoder reads."""
    from governance.moderation.moderator import prepare, windows

    moderator = Moderator(num_threads=threads)
    encoder, head, static = moderator._encoder, moderator._head, moderator._static_head
    moderator.check_prompt(_SCENE)  # warm up
    near_misses = _near_misses()
    rng = random.Random(0)
    rows = []
    for kind in ("scenery", LONG_ROWS, "near-misses", "harm at end"):
        stages: dict[str, list[float]] = {}
        counts = []
        for i in range(repeats):
            prompt = _case_prompt(kind, i, MAX_PROMPT_CHARS, rng, near_misses)
            terms.match_text.cache_clear()
            _clear_other_caches()

            timed = _stage_timer(stages)
            timed("check_prompt", moderator.check_prompt, prompt)
            terms.match_text.cache_clear()
            _clear_other_caches()
            text = timed("prepare", prepare, encoder, prompt)
            parts = timed("windows", windows, text)
            flags = timed("static", _static_flags, encoder, static, parts)
            read = sorted({w for w, f in zip(parts, flags, strict=True) if f})
            timed("encoder", _encoder_probs, encoder, head, read)
            timed("term lists", terms.match_text, prompt)
            tokens = sum(len(encoder.token_ids(w)) + 2 for w in read)  # with the markers
            counts.append((len(parts), len(read), tokens, len(encoder.token_ids(text))))
        p50 = {k: statistics.median(v) for k, v in stages.items()}
        n = [int(statistics.median(c)) for c in zip(*counts, strict=True)]
        rows.append([kind, *(f"{p50[k]:.1f}" for k in stages), *n])
    print(f"\ncheck_prompt at {MAX_PROMPT_CHARS} chars, p50 CPU ms per stage (threads={threads})")
    headers = ["prompt", *stages, "windows", "read", "tokens read", "text tokens"]
    print_table(headers, rows)


def worker(repeats: int, threads: int, seed: int) -> None:
    """--before's worker: this tree's p50s (cpu, wall ms) per case, as one JSON line."""
    moderator = Moderator(num_threads=threads)
    moderator.check_prompt(_SCENE)  # warm up
    checks: dict[str, Callable[[str], object]] = {"tree": moderator.check_prompt}
    near_misses = _near_misses()
    random.Random(seed).shuffle(near_misses)
    out = {f"{k}|{c}": length_p50(checks, c, repeats, k, near_misses)["tree"] for k, c in _CASES}
    print(json.dumps(out))


def compare_trees(ref: str, repeats: int, rounds: int, threads: int) -> None:
    """The cost table, this tree against git ref ``ref``, in alternating worker processes."""
    before_tree = Path(tempfile.mkdtemp(prefix="moderation-before-"))
    blind = [f":(exclude)governance/moderation/data/{name}*" for name in SKIPPED]
    archive = subprocess.run(
        ["git", "archive", ref, "governance", *blind],
        cwd=REPO_ROOT, check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(["tar", "-x", "-C", str(before_tree)], input=archive.stdout, check=True)
    trees = {"before": str(before_tree), "after": str(REPO_ROOT)}
    runs: dict[str, list[dict]] = {name: [] for name in trees}
    for r in range(rounds):
        for name in list(trees) if r % 2 == 0 else list(trees)[::-1]:
            env = {**os.environ, "MODERATION_BENCH_TREE": trees[name]}
            cmd = [sys.executable, __file__, "--worker", "--repeats", str(repeats)]
            cmd += ["--threads", str(threads), "--seed", str(r)]
            done = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
            runs[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(
        f"\ncheck_prompt p50, before (git {ref}) vs after (this tree), default reader, "
        f"threads={threads}, {rounds} alternating rounds x {repeats} distinct prompts "
        "(median of the rounds' p50s)"
    )
    rows = []
    for kind, chars in _CASES:
        key = f"{kind}|{chars}"
        b_cpu, a_cpu = (statistics.median(run[key][0] for run in runs[n]) for n in trees)
        b_wall, a_wall = (statistics.median(run[key][1] for run in runs[n]) for n in trees)
        target = 8.0 if chars <= 100 else 20.0
        rows.append(
            [kind, chars, f"{b_cpu:.1f}", f"{a_cpu:.1f}", f"{a_cpu / b_cpu:.2f}x"]
            + [f"{b_wall:.1f}", f"{a_wall:.1f}", f"{a_cpu / target:.2f}x of {target:.0f}"]
        )
    headers = ["prompt", "chars", "before cpu ms", "after cpu ms", "after/before"]
    headers += ["before wall ms", "after wall ms", "after cpu / target"]
    print_table(headers, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1, help="encoder threads")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch", type=int, default=32, help="prompts per batched call")
    parser.add_argument("--cost-only", action="store_true", help="only the p50 table")
    parser.add_argument("--before", metavar="REF", help="cost: this tree against git ref REF")
    parser.add_argument("--rounds", type=int, default=4, help="--before: alternating rounds")
    parser.add_argument("--breakdown", action="store_true", help="cost per stage at 4000")
    parser.add_argument(
        "--readings",
        action="store_true",
        help="cost: long_prompt_self_harm classifier vs evidence",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    if args.worker:
        worker(max(args.repeats, 15), args.threads, args.seed)
        return
    print(machine_line())
    if args.breakdown:
        breakdown(max(args.repeats, 15), args.threads)
        return
    if args.before:
        compare_trees(args.before, max(args.repeats, 15), args.rounds, args.threads)
        return
    if args.readings:
        readings_cost(max(args.repeats, 15), args.threads)
        return
    moderators = {
        "minilm": Moderator(num_threads=args.threads, backend="onnx", classifier="minilm"),
        "use": Moderator(num_threads=args.threads, classifier="use"),
    }
    moderator = moderators["use"]
    encoder, head = moderator._encoder, moderator._head
    for warm in moderators.values():
        warm.check_prompt(_SCENE)  # warm up
    near_misses = [r["prompt"] for r in tr.load_jsonl(tr.NEAR_MISS_PATH) if not r["categories"]]
    rows_p50 = []
    checks = {name: m.check_prompt for name, m in moderators.items()}
    for kind, chars in _CASES:
        p50 = length_p50(checks, chars, max(args.repeats, 15), kind, near_misses)
        (t_cpu, t_wall), (o_cpu, o_wall) = p50["minilm"], p50["use"]
        target = 8.0 if chars <= 100 else 20.0
        rows_p50.append(
            [kind, chars, f"{t_cpu:.1f}", f"{o_cpu:.1f}", f"{o_cpu / t_cpu:.2f}x"]
            + [f"{t_wall:.1f}", f"{o_wall:.1f}", f"{o_cpu / target:.2f}x of {target:.0f}"]
        )
    print(
        f"\ncheck_prompt p50, before (round 3's reader: MiniLM on ONNX Runtime) vs after "
        f"(round 4's: USE-m3, numpy), same term lists and windows, threads={args.threads}"
    )
    headers = ["prompt", "chars", "before cpu ms", "after cpu ms", "after/before"]
    headers += ["before wall ms", "after wall ms", "after cpu / target"]
    print_table(headers, rows_p50)
    if args.cost_only:
        return

    if tr.DEV_PATH.is_file():
        dev = tr.load_jsonl(tr.DEV_PATH)
        scores = score_texts([r["prompt"] for r in dev], encoder, head)
        table(f"dev set ({tr.DEV_PATH.name}), shipped head", dev, scores, tr.dev_category)
    else:
        dev = []
        print(f"dev set not found at {tr.DEV_PATH}; skipped")

    rows = [r for path in tr.TRAIN_FILES for r in tr.load_jsonl(path)]
    held_rows, held = held_out_scores(rows)
    title = "own held-out 20% of the training files (USE head refitted on the other 80%)"
    table(title, held_rows, held, tr.own_category)
    holdout = tr.load_jsonl(tr.NEAR_MISS_PATH)
    scores = score_texts([r["prompt"] for r in holdout], encoder, head)
    table("blind_round2.jsonl (training data since round 3), shipped head", holdout, scores,
          tr.own_category)  # fmt: skip

    pool = [r["prompt"] for r in dev + holdout]
    prompts = (pool * (args.batch // max(len(pool), 1) + 1))[: args.batch]
    batched, single = timing(moderator, prompts, args.repeats)
    print(f"\nspeed ({args.batch} prompts, USE threads={args.threads}, median of {args.repeats})")
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
