"""Guard overhead: what the combinator and the always-on floors add to builtin moderation.

Run: python benchmarks/guards.py [--repeats R] [--threads N]

Per prompt, p50 and p90 ms, at about 100 and 4,000 characters: the Moderator alone (today's
path), a GuardSet with the builtin backend and the builtin floors (the new default path: the
floor check is a second builtin run), and the same plus the tiny Llama Guard in-process (its
answers are random; the figure is the cost of the template, generation and parsing path).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401  (sets sys.path and offline env first)
import torch
from _common import machine_line, percentile, print_table, ratio

from deployments.tiny_models import ensure_tiny_model
from governance.errors import GovernanceFailure
from governance.moderation import ModerationPolicy, Moderator
from governance.moderation.guards import (
    BuiltinBackend,
    GuardError,
    GuardSet,
    LlamaGuardBackend,
    LlamaGuardClassifier,
)

SHORT = "a watercolor of a lighthouse on a cliff at dusk, soft light, gulls over the waves"
LONG = ("a quiet harbour town at dawn, fishing boats, wet cobblestones, gulls, " * 60)[:4000]


def timed(call, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        try:
            call()
        except (GuardError, GovernanceFailure):
            pass  # the tiny guard's random answers fail closed; the path still ran
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    print(machine_line(f"repeats={args.repeats}"))

    moderator = Moderator()
    builtin = BuiltinBackend(moderator)
    with tempfile.TemporaryDirectory() as cache:
        folder = ensure_tiny_model("tiny-llama-guard", Path(cache))
        classifier = LlamaGuardClassifier.from_pretrained(str(folder), max_new_tokens=8)
    tiny = LlamaGuardBackend(classifier.classify)
    policy = ModerationPolicy()
    only_builtin = GuardSet({"builtin": builtin}, builtin)
    with_tiny = GuardSet({"builtin": builtin, "llama-guard": tiny}, builtin)
    paths = {
        "Moderator.check_prompt": moderator.check_prompt,
        "GuardSet(builtin) + floors": only_builtin.check_prompt,
        "GuardSet(builtin, tiny llama-guard) + floors": with_tiny.check_prompt,
    }
    rows = []
    for label, prompt in (("~100 chars", SHORT), ("4,000 chars", LONG)):
        base = None
        for name, check in paths.items():

            def run(check=check, prompt=prompt) -> None:
                check(prompt, "blurry", policy)

            timed(run, 1)  # warm up
            times = timed(run, args.repeats)
            p50 = percentile(times, 50)
            base = base or p50
            rows.append(
                [f"{label}: {name}", f"{p50:.1f}", f"{percentile(times, 90):.1f}", ratio(p50, base)]
            )
    print_table(["path", "p50 ms", "p90 ms", "vs Moderator"], rows)


if __name__ == "__main__":
    main()
