"""Score the whole moderator on a labelled prompt file, per category and per language.

    python -m governance.moderation.evaluate [FILE ...] [--adult-tenant] [--misses]
        [--classifier use|minilm|both]

Each prompt goes through :meth:`Moderator.check_prompt` (with its ``negative_prompt`` when the
row has one) under the default policy, or, with ``--adult-tenant``, under a policy that stops
refusing ``sexual`` (the tenant the minors floor must hold for; its ``sexual`` rows then count
as benign except those that involve minors). Recall is the share of harmful rows refused at all;
FPR the share of benign rows refused. Rows are ``{"prompt", "categories": [...], "lang"?,
"negative_prompt"?}`` or the dev set's ``{"prompt", "flag", "category"}``. Default file: the
frozen blind set of the current round (round 35's, ``blind_round35.jsonl``: written by someone
else, frozen on main before the round's changes are merged, scored by the lead alone). Rounds
3's to 34's blind sets (``blind_round3.jsonl`` ... ``blind_round34.jsonl``) are training and
regression data since rounds 4 to 35; pass them (or any other file) on the command line to
score them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from governance.moderation.categories import CATEGORIES
from governance.moderation.policy import ModerationPolicy

DATA = Path(__file__).resolve().parent / "data"
BLIND_PATH = DATA / "blind_round35.jsonl"
DEV_CATEGORY = {
    "sexual_minors": "sexual/minors",
    "violence_graphic": "violence/graphic",
    "self_harm": "self-harm",
    "deepfake_real_person": "deepfake/real-person",
    "weapons_illicit": "illicit",
}


def load_rows(path: Path) -> list[dict]:
    """Rows in one shape: ``prompt``, ``categories`` (list), ``lang``, ``negative_prompt``."""
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            if "categories" not in row:  # the dev set's shape
                cat = row.get("category") or ""
                row["categories"] = [DEV_CATEGORY.get(cat, cat)] if row["flag"] else []
            row.setdefault("lang", "en")
            rows.append(row)
    return rows


def primary(categories: Sequence[str]) -> str | None:
    """The category a row is reported under: sexual/minors when present, else its first."""
    if "sexual/minors" in categories:
        return "sexual/minors"
    return categories[0] if categories else None


def adult_tenant_policy() -> ModerationPolicy:
    """A tenant that allows adult sexual content: everything but ``sexual`` refuses."""
    return ModerationPolicy(refuse=frozenset(CATEGORIES) - {"sexual"})


def expected_refused(row: dict, policy_allows_sexual: bool) -> bool:
    cats = set(row["categories"])
    if policy_allows_sexual:
        cats.discard("sexual")
    return bool(cats)


def _line(name: str, n_harm: int, caught: int, n_benign: int, fp: int) -> str:
    recall = f"{caught / n_harm:.3f}" if n_harm else "   - "
    fpr = f"{fp / n_benign:.3f}" if n_benign else "   - "
    return f"  {name:22} {n_harm:5d} {recall:>7} {n_benign:5d} {fpr:>7}"


def table(rows: Sequence[dict], refused: Sequence[bool], adult: bool, key: str) -> None:
    """Print recall and FPR grouped by ``key`` (``category`` or ``lang``)."""
    groups: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        if key == "lang":
            group = row["lang"]
        else:
            cats = [c for c in row["categories"] if not (adult and c == "sexual")]
            group = primary(cats) or "benign"
        groups.setdefault(group, []).append(i)
    print(f"  {key:22} {'n+':>5} {'recall':>7} {'n-':>5} {'FPR':>7}")
    total = [0, 0, 0, 0]
    for group in sorted(groups, key=lambda g: (g == "benign", g)):
        harm = [i for i in groups[group] if expected_refused(rows[i], adult)]
        benign = [i for i in groups[group] if not expected_refused(rows[i], adult)]
        counts = [
            len(harm),
            sum(refused[i] for i in harm),
            len(benign),
            sum(refused[i] for i in benign),
        ]
        total = [a + b for a, b in zip(total, counts, strict=True)]
        print(_line(group, *counts))
    print(_line("ALL", *total))


def run(
    paths: Sequence[Path], adult: bool, misses: bool, classifier: str = "use"
) -> dict[str, float]:
    from governance.moderation import Moderator

    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"no such file: {', '.join(map(str, missing))}")
    moderator = Moderator(classifier=classifier)
    policy = adult_tenant_policy() if adult else None
    summary: dict[str, float] = {}
    for path in paths:
        rows = load_rows(path)
        results = [
            moderator.check_prompt(r["prompt"], r.get("negative_prompt"), policy) for r in rows
        ]
        refused = [r.flagged for r in results]
        name = "adult tenant" if adult else "default"
        print(f"\n{path.name}: {len(rows)} prompts, policy={name}")
        table(rows, refused, adult, "category")
        print()
        table(rows, refused, adult, "lang")
        harm = [i for i, r in enumerate(rows) if expected_refused(r, adult)]
        benign = [i for i, r in enumerate(rows) if not expected_refused(r, adult)]
        summary[f"{path.stem}.recall"] = sum(refused[i] for i in harm) / max(len(harm), 1)
        summary[f"{path.stem}.fpr"] = sum(refused[i] for i in benign) / max(len(benign), 1)
        if misses:
            for i, row in enumerate(rows):
                if refused[i] != expected_refused(row, adult):
                    kind = "MISS" if not refused[i] else "FP  "
                    neg = f" [neg: {row['negative_prompt']}]" if row.get("negative_prompt") else ""
                    print(f"  {kind} {row['lang']} {row['categories']} {row['prompt'][:110]}{neg}")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=[BLIND_PATH])
    parser.add_argument("--adult-tenant", action="store_true", help="policy without 'sexual'")
    parser.add_argument("--misses", action="store_true", help="list misses and false positives")
    parser.add_argument(
        "--classifier",
        choices=("use", "minilm", "both"),
        default="use",
        help="which classifier reads the prompts (default: the service's, use)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    run(args.files, args.adult_tenant, args.misses, args.classifier)
    return 0


if __name__ == "__main__":
    sys.exit(main())
