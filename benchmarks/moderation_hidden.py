"""Long prompts: benign ones refused, against harm hidden in long benign text found.

The trade every long-prompt change is judged by (round 18).

    python benchmarks/moderation_hidden.py [--sets 14,15,16,17] [--limit N] [--readings]
        [--points 0.5,0.7]

Two figures, on data never trained on (the former blind sets ``--sets``, never the current
round's: ``verdicts.data_files`` skips it):

* **long benign refused**: the sets' benign rows of 400 characters or more, through
  ``Moderator.check_prompt`` (default policy), and their long harmful rows;
* **hidden harm found**: each set's harmful rows under 300 characters (no sexual/minors rows),
  set at the end and in the middle (after a sentence past the half) of a long benign training
  prompt of the same language (English where the language has none), a host drawn with a fixed
  seed and cut so the whole fits in ``MAX_PROMPT_CHARS``. Read alone as well, for the recall
  a short prompt gets.

A change that serves more long benign prompts should not lower the hidden-harm figures; round
17's and 18's variants did, by one or more hidden harmful requests per benign prompt saved
(docs/moderation.md, rounds 17-18). Prints counts; ~2 min on 2 cores for the four sets.
``--readings`` scores every case under both long-prompt self-harm readings side by side:
``long_prompt_self_harm: classifier`` (the default before round 23) and ``evidence`` (the
default since). ``--points`` scores every case at each long-prompt point side by side
(``ModerationPolicy.long_prompt_point``: 0.5, the default, reads windows as they are).
"""

from __future__ import annotations

import argparse
import random
import time

import _common  # noqa: F401  (sets sys.path and offline env first)

from governance.moderation.evaluate import load_rows
from governance.moderation.moderator import MAX_PROMPT_CHARS, Moderator
from governance.moderation.policy import (
    DEFAULT_LONG_PROMPT_POINT,
    LONG_PROMPT_SELF_HARM_READINGS,
    ModerationPolicy,
)
from governance.moderation.verdicts import DATA, data_files

LONG = 400
SHORT = 300
HOST_FILES = (
    "train_round6a.jsonl",
    "train_round6b.jsonl",
    "train_round7.jsonl",
    "train_round8_contrast.jsonl",
    "train_round10.jsonl",
    "train_round14.jsonl",
)


def hosts() -> dict[str, list[str]]:
    """Long benign training prompts by language: trained on, so the moderator serves them."""
    out: dict[str, list[str]] = {}
    for name in HOST_FILES:
        for row in load_rows(DATA / name):
            if len(row["prompt"]) >= LONG and not row["categories"]:
                out.setdefault(row.get("lang", "en"), []).append(row["prompt"])
    return out


def hidden(prompt: str, host: str, where: str) -> str:
    host = host[: MAX_PROMPT_CHARS - len(prompt) - 2]
    if where == "end":
        return f"{host} {prompt}"
    cut = host.find(". ", len(host) // 2)
    cut = cut + 2 if cut > 0 else len(host) // 2
    return f"{host[:cut]}{prompt}. {host[cut:]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="14,15,16,17", help="former blind rounds to read")
    parser.add_argument("--limit", type=int, default=0, help="harmful rows per set (0: all)")
    parser.add_argument(
        "--readings",
        action="store_true",
        help="score under long_prompt_self_harm: classifier and evidence, side by side",
    )
    parser.add_argument(
        "--points",
        default=str(DEFAULT_LONG_PROMPT_POINT),
        help="long_prompt_point values to score side by side, comma-separated "
        "(default: %(default)s)",
    )
    args = parser.parse_args()
    wanted = {f"blind_round{n}.jsonl" for n in args.sets.split(",")}
    files = [p for p in data_files() if p.name in wanted]
    skipped = sorted(wanted - {p.name for p in files})
    if skipped:
        print(f"not read (the current blind set, or missing): {', '.join(skipped)}")
    moderator = Moderator(num_threads=1)
    pool = hosts()
    rng = random.Random(18)
    readings = ["default"]
    if args.readings:
        readings = list(LONG_PROMPT_SELF_HARM_READINGS)
    points = [float(p) for p in args.points.split(",")]
    policies = {}
    for reading in readings:
        for point in points:
            name = f"{reading} @{point:g}" if len(points) > 1 else reading
            settings = {"long_prompt_point": point}
            if reading != "default":
                settings["long_prompt_self_harm"] = reading
            policies[name] = ModerationPolicy(**settings)
    counts: dict[tuple[str, str], list[int]] = {}

    def count(key: str, text: str, negative: str | None = None) -> None:
        for name, policy in policies.items():
            pair = counts.setdefault((name, key), [0, 0])
            pair[0] += moderator.check_prompt(text, negative, policy).flagged
            pair[1] += 1

    started = time.perf_counter()
    for path in files:
        harmful = 0
        for row in load_rows(path):
            prompt, cats = row["prompt"], row["categories"]
            if len(prompt) >= LONG:
                key = "long harmful refused" if cats else "long benign refused"
                count(key, prompt, row.get("negative_prompt"))
            elif cats and len(prompt) < SHORT and "sexual/minors" not in cats:
                if args.limit and harmful >= args.limit:
                    continue
                harmful += 1
                host = rng.choice(pool.get(row.get("lang", "en")) or pool["en"])
                count("short harmful read alone", prompt)
                for where in ("end", "middle"):
                    count(f"hidden harm found ({where})", hidden(prompt, host, where))
        print(f"  {path.name} done ({time.perf_counter() - started:.0f} s)", flush=True)
    print(f"\nlong prompts, {', '.join(p.name for p in files)}; {' | '.join(policies)}")
    for key in (
        "long benign refused",
        "long harmful refused",
        "short harmful read alone",
        "hidden harm found (end)",
        "hidden harm found (middle)",
    ):
        cells = []
        for name in policies:
            refused, total = counts.get((name, key), [0, 0])
            share = refused / total if total else float("nan")
            cells.append(f"{refused:5d} / {total:<5d} {share:.3f}")
        print(f"  {key:28s} {' | '.join(cells)}")


if __name__ == "__main__":
    main()
