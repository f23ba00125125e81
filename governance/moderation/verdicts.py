"""Record the moderator's verdicts on every labelled data file, and compare two recordings.

    python -m governance.moderation.verdicts record OUT.json
    python -m governance.moderation.verdicts compare BEFORE.json AFTER.json

For proving that a change meant to make moderation cheaper changes no verdict: record with the
code before the change, record again after, compare. Each row of every ``*.jsonl`` in
``governance/moderation/data`` (the frozen blind set of the current round excepted: it is read
by the lead alone, see :data:`SKIPPED`) goes through :meth:`Moderator.check_prompt` (with its
negative prompt when it has one) under the default policy and under the adult-content tenant's
(see :func:`governance.moderation.evaluate.adult_tenant_policy`); so do long prompts of up to
:data:`MAX_PROMPT_CHARS` built deterministically from those rows (rows joined end to end,
alone and after a page of scenery), which take the windowed path. Recorded per text and
policy: refused or served, the refusing categories, the floor's reason, the minor flag and
every category score (rounded to 6 places, as the moderator reports them). ``compare`` prints
every difference and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from governance.moderation.evaluate import BLIND_PATH, adult_tenant_policy, load_rows
from governance.moderation.moderator import MAX_PROMPT_CHARS, Moderator

DATA = Path(__file__).resolve().parent / "data"
#: Files never read here: the current round's frozen blind set, the one ``evaluate`` scores,
#: and any later one (a set frozen for the next round before ``evaluate.BLIND_PATH`` moves to
#: it: round 17's was read here while it still named round 16's).
_ROUND = re.compile(r"blind_round(\d+)\.jsonl")


def _blind_round(path: Path) -> int | None:
    found = _ROUND.fullmatch(path.name)
    return int(found.group(1)) if found else None


def skipped(data: Path = DATA, blind: Path = BLIND_PATH) -> tuple[str, ...]:
    """The stems of ``blind`` and of every blind set of a later round in ``data``."""
    current = _blind_round(blind)
    later = (
        p.stem
        for p in data.glob("blind_round*.jsonl")
        if current is not None and (_blind_round(p) or 0) > current
    )
    return (blind.stem, *sorted(later))


SKIPPED = skipped()

_SCENE = (
    "A sweeping view of a medieval market town at golden hour. Cobblestone streets wind "
    "between timber-framed houses with flower boxes under every window. Lanterns are being "
    "lit as the sky turns from amber to violet; a bard plays a lute on the guildhall steps. "
)


def data_files(data: Path = DATA, blind: Path = BLIND_PATH) -> list[Path]:
    stems = skipped(data, blind)
    return sorted(p for p in data.glob("*.jsonl") if p.stem not in stems)


def cases() -> list[tuple[str, str, str | None]]:
    """(id, prompt, negative prompt) for every row of every data file, then long prompts."""
    out: list[tuple[str, str, str | None]] = []
    prompts: list[str] = []
    for path in data_files():
        for i, row in enumerate(load_rows(path)):
            out.append((f"{path.name}:{i}", row["prompt"], row.get("negative_prompt")))
            prompts.append(row["prompt"])
    rng = random.Random(10)
    for k in range(300):
        picked = rng.sample(prompts, 60)
        joined = ". ".join(picked)[:MAX_PROMPT_CHARS]
        out.append((f"long:{k}", joined, None))
        scenery = (_SCENE * (MAX_PROMPT_CHARS // len(_SCENE) + 1))[: MAX_PROMPT_CHARS - 200]
        out.append((f"long-tail:{k}", f"{scenery} {picked[0]}"[:MAX_PROMPT_CHARS], None))
    return out


def record(moderator: Moderator) -> dict[str, dict]:
    policies = {"default": None, "adult": adult_tenant_policy()}
    result: dict[str, dict] = {}
    for key, prompt, negative in cases():
        for name, policy in policies.items():
            r = moderator.check_prompt(prompt, negative, policy)
            result[f"{key}|{name}"] = {
                "refused": r.flagged,
                "categories": sorted(c for c, on in r.categories.items() if on),
                "floor": r.floor,
                "mentions_minor": r.mentions_minor,
                "scores": r.category_scores,
            }
    return result


def compare(before: dict[str, dict], after: dict[str, dict], tol: float = 1e-6) -> list[str]:
    """Every difference: a text missing on one side, another verdict, or a score off by > tol."""
    diffs = [f"{k}: only before" for k in before.keys() - after.keys()]
    diffs += [f"{k}: only after" for k in after.keys() - before.keys()]
    for key in sorted(before.keys() & after.keys()):
        b, a = before[key], after[key]
        for field in ("refused", "categories", "floor", "mentions_minor"):
            if b[field] != a[field]:
                diffs.append(f"{key}: {field} {b[field]!r} -> {a[field]!r}")
        for cat, score in b["scores"].items():
            if abs(score - a["scores"].get(cat, float("nan"))) > tol or cat not in a["scores"]:
                diffs.append(f"{key}: score {cat} {score} -> {a['scores'].get(cat)}")
    return diffs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out", type=Path)
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("before", type=Path)
    cmp_.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "record":
        verdicts = record(Moderator(num_threads=1))
        args.out.write_text(json.dumps(verdicts, sort_keys=True), encoding="utf-8")
        refused = sum(v["refused"] for v in verdicts.values())
        print(f"{len(verdicts)} verdicts ({refused} refused) from {len(data_files())} files")
        return 0
    before = json.loads(args.before.read_text(encoding="utf-8"))
    after = json.loads(args.after.read_text(encoding="utf-8"))
    diffs = compare(before, after)
    for line in diffs:
        print(line)
    print(f"{len(before)} vs {len(after)} verdicts: {len(diffs)} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
